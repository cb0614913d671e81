"""Exceptions the library raises."""


class QuotexError(Exception):
    """Base class of every error quotex raises on purpose."""


class UnsupportedLanguage(QuotexError, ValueError):
    """No lexicon exists for the requested language."""


class InvalidOption(QuotexError, ValueError):
    """An option passed to :func:`quotex.extract` has a value it cannot take."""

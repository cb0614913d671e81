"""quotex: quotations and their speakers from news text, with character offsets.

>>> import quotex
>>> [q.speaker for q in quotex.extract('"We will not retreat," Ana Ortiz said.')]
['Ana Ortiz']
"""
from .errors import InvalidOption, QuotexError, UnsupportedLanguage
from .pipeline import extract, iter_quotes
from .records import FIELDS, KINDS, Quote

__version__ = "0.1.0"
__all__ = [
    "FIELDS", "KINDS", "InvalidOption", "Quote", "QuotexError", "UnsupportedLanguage",
    "__version__", "extract", "iter_quotes",
]

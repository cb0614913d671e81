"""quotex: quotations and their speakers from news text, with character offsets.

>>> import quotex
>>> [q.speaker for q in quotex.extract('"We will not retreat," Ana Ortiz said.')]
['Ana Ortiz']

The public names load on first use (PEP 562), so that ``quotex --version`` and
``quotex --help`` start without compiling the pipeline's patterns.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_EXPORTS = {
    "FIELDS": "records", "KINDS": "records", "Quote": "records",
    "InvalidOption": "errors", "QuotexError": "errors", "UnsupportedLanguage": "errors",
    "extract": "pipeline", "iter_quotes": "pipeline",
}
__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:
    from .errors import InvalidOption, QuotexError, UnsupportedLanguage
    from .pipeline import extract, iter_quotes
    from .records import FIELDS, KINDS, Quote


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'quotex' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))

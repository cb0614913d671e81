"""Who is quoted and how often across documents (``quotex speakers``).

Speakers are grouped by their name without leading titles or honorifics, case aside, so that
``Mr. Trump`` and ``Trump`` count together; a surname alone joins the one full name across
the inputs that ends with it (``Trump`` joins ``Donald Trump``), when only one does.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import ENGLISH

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s\b")
_DROP = frozenset(ENGLISH.titles) | frozenset(w.rstrip(".") for w in ENGLISH.honorifics) | {"the"}

Key = tuple[str, ...]


def name_key(name: str) -> Key:
    """The words of a name that identify the person: lower case, leading titles dropped."""
    name = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", name).lower())
    words = tuple(_WORD.findall(name))
    first = 0
    while first < len(words) - 1 and words[first] in _DROP:
        first += 1
    return words[first:]


def quoted_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class _Row:
    quotes: int = 0
    words: int = 0
    documents: set[int] = field(default_factory=set)
    names: Counter = field(default_factory=Counter)


class SpeakerTally:
    """Add each document's records, then read the rows."""

    def __init__(self) -> None:
        self._rows: dict[Key | None, _Row] = {}
        self._documents = 0

    def add(self, records: list[dict]) -> None:
        self._documents += 1
        for record in records:
            speaker = record.get("speaker")
            key = (name_key(speaker) or None) if speaker else None
            row = self._rows.setdefault(key, _Row())
            row.quotes += 1
            row.words += quoted_words(record["text"])
            row.documents.add(self._documents)
            if speaker:
                row.names[speaker] += 1

    def rows(self) -> list[dict]:
        """Speakers, most quoted first: speaker, quotes, words, documents."""
        rows = self._merged()
        out = [
            {"speaker": _display_name(row) if key is not None else None, "quotes": row.quotes,
             "words": row.words, "documents": len(row.documents)}
            for key, row in rows.items()
        ]
        out.sort(key=lambda r: (-r["quotes"], r["speaker"] is None, (r["speaker"] or "").lower()))
        return out

    def _merged(self) -> dict[Key | None, _Row]:
        rows = {key: row for key, row in self._rows.items()}
        full_names: dict[str, list[Key]] = {}
        for key in rows:
            if key is not None and len(key) > 1:
                full_names.setdefault(key[-1], []).append(key)
        for key in list(rows):
            if key is not None and len(key) == 1 and len(full_names.get(key[0], ())) == 1:
                target = rows[full_names[key[0]][0]]
                row = rows.pop(key)
                target.quotes += row.quotes
                target.words += row.words
                target.documents |= row.documents
                target.names.update({name: 0 for name in row.names})  # known, never preferred
        return rows


def _display_name(row: _Row) -> str:
    """The most frequent spelling; between equals, the longest."""
    return max(row.names.items(), key=lambda item: (item[1], len(item[0])))[0]

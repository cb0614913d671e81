"""The typed records quotex produces and the internal spans the stages pass along."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal, NamedTuple

Kind = Literal["direct", "mixed", "indirect"]
KINDS: tuple[Kind, ...] = ("direct", "mixed", "indirect")

#: How a record's ``speaker`` was found from its ``speaker_mention``.
Resolution = Literal["name", "alias", "pronoun", "description", "unresolved", "none"]


class Span(NamedTuple):
    """A half-open character range ``[start, end)`` into the original text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:  # type: ignore[override]
        return self.end - self.start

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation (or reported statement) and who said it.

    Every offset is a Python string index into the text given to :func:`quotex.extract`,
    so ``text[q.start:q.end] == q.text`` always holds.
    """

    text: str
    start: int
    end: int
    kind: Kind
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    rule: str
    confidence: float
    paragraph: int
    resolution: Resolution = "none"

    def to_dict(self) -> dict:
        return asdict(self)


#: Field order of a record; the JSON Lines and CSV writers keep it.
FIELDS: tuple[str, ...] = tuple(Quote.__dataclass_fields__)

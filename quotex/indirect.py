"""Stage 5: reported (indirect) speech, from the speech cues no quotation claimed.

`X said (that) …`, `…, X said.`, `…, said X.`, `According to X, …`, `…, according to X.`
and headline attributions (`Kremlin: Talks have failed`). The reported content is the
clause the cue governs, up to the end of its sentence, trimmed of edge punctuation.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from .attribution import Attributed, Event
from .lexicon import ENGLISH, Lexicon
from .mentions import Mention, subject_before
from .records import Span
from .rules import confidence

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")
_TRIM = " \t\n\r\u00a0,;:.—–-"
# Words after a cue that start its object or an adverbial rather than the reported clause.
_OBJECT_LEAD = regex.compile(
    r"\s*(?:(?:to\s+)?(?:reporters|the\s+press|journalists|the\s+crowd|supporters|an?\s+audience|"
    r"(?:the|a|an)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?\s+(?:reporter|audience|crowd|interviewer|host)|"
    r"\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}|him|her|them|us|me)\s*)?",
)
# An adverbial between the cue and its clause: `on Monday`, `in a statement`, `last week`.
_ADVERBIAL = regex.compile(
    r"\s*,?\s*(?:(?:on|in|at|during|after|before|last|this|earlier|late|early|recently|repeatedly|also)"
    r"(?:\s+(?!that\b)[\p{L}\p{N}’'\-]+){0,6}?\s*,?\s*(?=that\b)"
    r"|(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\b\s*,?)?"
)
_THAT = regex.compile(r"\s*,?\s*(?:that\b)?\s*")
_CLAUSE_START = regex.compile(
    r"(?:that\b|the\b|a\b|an\b|it\b|he\b|she\b|they\b|we\b|i\b|there\b|this\b|his\b|her\b|their\b|"
    r"its\b|\p{Lu}|[\p{Ll}\p{N}])", regex.I,
)
_HEADLINE = regex.compile(r"(\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,3})\s*:\s+(?=\p{Lu})")
_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Reported:
    span: Span
    mention: Mention
    cue: Span
    rule: str
    confidence: float
    paragraph: int


def find_reported(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    attributed: Attributed,
    lexicon: Lexicon = ENGLISH,
) -> list[Reported]:
    """Reported statements of the text, in order, one per free speech cue at most."""
    claimed = {a.cue for a in attributed.quotes if a.cue is not None and not a.inherited}
    quoted = sorted((a.quote.outer for a in attributed.quotes), key=lambda s: s.start)
    quoted_starts = [s.start for s in quoted]
    starts = [s.start for s in sentences]
    out: list[Reported] = []
    used: set[Span] = set()
    for event in attributed.events:
        if event.cue in claimed:
            continue
        sentence = sentences[bisect_right(starts, event.cue.start) - 1]
        if _has_quote(sentence, quoted, quoted_starts):
            continue
        found = _content(text, sentence, event, lexicon)
        if found is None or found[0] in used:
            continue
        span, rule = found
        used.add(span)
        out.append(Reported(span, event.mention, event.cue, rule, confidence(rule), event.paragraph))
    out.extend(_headlines(text, paragraphs, quoted, quoted_starts, lexicon))
    return sorted(out, key=lambda r: r.span.start)


def _has_quote(sentence: Span, quoted: list[Span], starts: list[int]) -> bool:
    i = bisect_right(starts, sentence.end - 1) - 1
    return i >= 0 and quoted[i].end > sentence.start


def _content(text: str, sentence: Span, event: Event, lexicon: Lexicon) -> tuple[Span, str] | None:
    verb = text[event.cue.start : event.cue.end].lower()
    according = verb.startswith("according")
    if not according and verb not in lexicon.clause_verbs and verb not in lexicon.cue_phrases:
        return None
    first = min(event.cue.start, event.mention.span.start)
    last = max(event.cue.end, event.mention.span.end)
    before = _trimmed(text, sentence.start, first)
    if before is not None and text[before.end : first].strip().startswith(","):
        # `…, X said.` / `…, according to X.`: the cue closes the sentence
        rest = text[last : sentence.end].strip(_TRIM)
        if len(_WORD.findall(rest)) <= 6:
            return before, "reported-according-to" if according else "reported-after"
    if according:
        after = _after_comma(text, last, sentence)
        return (after, "reported-according-to") if after is not None else None
    if event.inverted:
        return None
    pos = _OBJECT_LEAD.match(text, event.cue.end, sentence.end).end() if verb.startswith(("told", "tell")) else event.cue.end
    pos = _ADVERBIAL.match(text, pos, sentence.end).end()
    that = _THAT.match(text, pos, sentence.end)
    pos = that.end()
    if not _CLAUSE_START.match(text, pos, sentence.end):
        return None
    span = _trimmed(text, pos, sentence.end)
    return (span, "reported-that") if span is not None else None


def _after_comma(text: str, pos: int, sentence: Span) -> Span | None:
    comma = text.find(",", pos, sentence.end)
    if comma < 0 or comma - pos > 80:
        return None
    return _trimmed(text, comma + 1, sentence.end)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if len(_WORD.findall(text[start:end])) < _MIN_WORDS:
        return None
    return Span(start, end)


def _headlines(
    text: str, paragraphs: Sequence[Span], quoted: list[Span], starts: list[int], lexicon: Lexicon
) -> Iterable[Reported]:
    for index, para in enumerate(paragraphs):
        if para.end - para.start > 200 or text[para.end - 1] in ".!?\"”":
            continue
        match = _HEADLINE.match(text, para.start, para.end)
        if match is None or _has_quote(para, quoted, starts):
            continue
        mention = subject_before(text, match.start(1), match.end(1), lexicon)
        span = _trimmed(text, match.end(), para.end)
        if mention is None or span is None or mention.kind != "name":
            continue
        cue = Span(match.end(1), match.end(1) + 1)
        yield Reported(span, mention, cue, "reported-headline", confidence("reported-headline"), index)

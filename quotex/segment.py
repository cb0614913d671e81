"""Stage 1: paragraphs and sentences, as spans into the untouched text."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

import regex

from .lexicon import ENGLISH, Lexicon
from .records import Span

# A line ends at a line feed, a bare carriage return (old Mac files) or a line or paragraph separator.
_LINE = regex.compile(r"[^\n\r\u2028\u2029]+")
_BLANK_GAP = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n")
# Terminal punctuation, any closing quotes or brackets after it, then a space or the end.
# The lookbehind lets a run of full stops be tried once, from its start, not from each stop.
_TERMINAL = regex.compile(r"(?<![.!?…])[.!?…]++[\"”’'»)\]]*+(?=\s|$)")
# REVERSE: a pattern anchored where its search window ends (`…$`) is matched from that end
# backwards: the same match, without the engine trying every start in the window.
_WORD_BEFORE = regex.compile(r"([\w.]+)\.$", regex.REVERSE)
# The next word, after any opening marks: `"`, `“`, `«` (spaced, as in French), `„`, ``` `` ```, `‹`.
_NEXT_WORD = regex.compile(
    r"\s+((?:[\"“‘'(\[«»„‚‹›`][ \u00a0\u202f]?|&(?:quot|ldquo|lsquo|laquo|bdquo|#34|#822[02]|#8216);)*)(\w+)"
)
_LINE_END_PUNCT = tuple(".!?:;\"”’'»)…")


def paragraphs(text: str) -> list[Span]:
    """Split text into paragraphs: lines, rejoined where a line break wraps a sentence.

    A blank line always ends a paragraph; a single line break does too unless the line does
    not end like a sentence and the next one starts in lower case (hard-wrapped text).
    """
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        stripped = line.group().rstrip(" \t\r\f\v")
        if not stripped.strip():
            continue
        end = start + len(stripped)
        lead = len(stripped) - len(stripped.lstrip())
        start += lead
        if spans and _continues(text, spans[-1], start):
            spans[-1] = Span(spans[-1].start, end)
        else:
            spans.append(Span(start, end))
    return spans


def _continues(text: str, previous: Span, start: int) -> bool:
    gap = text[previous.end : start]
    if _BLANK_GAP.search(gap) or gap.count("\n") != 1:
        return False
    return not text[previous.end - 1].endswith(_LINE_END_PUNCT) and text[start].islower()


def sentences(
    text: str,
    paragraph: Span,
    protected: Sequence[Span] = (),
    lexicon: Lexicon = ENGLISH,
) -> list[Span]:
    """Sentences of one paragraph.

    ``protected`` spans (quotations, sorted by start) are never cut: a full stop inside a
    quotation does not end the sentence the quotation stands in.
    """
    starts = [s.start for s in protected]
    out: list[Span] = []
    begin = paragraph.start
    for end in _boundaries(text, paragraph, protected, starts, lexicon):
        out.append(Span(begin, end))
        begin = skip_space(text, end, paragraph.end)
    if begin < paragraph.end:
        out.append(Span(begin, paragraph.end))
    return out


def _boundaries(
    text: str, paragraph: Span, protected: Sequence[Span], starts: list[int], lexicon: Lexicon
) -> Iterator[int]:
    for match in _TERMINAL.finditer(text, paragraph.start, paragraph.end):
        end = match.end()
        if end >= paragraph.end:
            return
        if _inside(end, protected, starts) or not _starts_sentence(text, end, paragraph.end):
            continue
        if match.group()[0] == "." and _is_abbreviation(text, match.start(), end, paragraph, lexicon):
            continue
        yield end


def _inside(pos: int, protected: Sequence[Span], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and protected[i].start < pos < protected[i].end


def _starts_sentence(text: str, pos: int, limit: int) -> bool:
    nxt = _NEXT_WORD.match(text, pos, limit)
    if not nxt:
        return False
    word = nxt.group(2)
    return word[0].isupper() or word[0].isdigit() or bool(nxt.group(1))


def _is_abbreviation(text: str, dot: int, end: int, paragraph: Span, lexicon: Lexicon) -> bool:
    before = _WORD_BEFORE.search(text, max(paragraph.start, dot - 12), dot + 1)
    if not before:
        return False
    word = before.group(1).lower().rstrip(".")
    nxt = _NEXT_WORD.match(text, end, paragraph.end)
    next_word = nxt.group(2).lower() if nxt else ""
    if word in lexicon.sentence_final_abbreviations:
        return next_word not in lexicon.function_words
    if word in lexicon.abbreviations:
        return True
    if nxt is not None and nxt.group(1).strip("(["):  # an opening quotation mark before the next word
        return False  # `… on X. "Great work!"`: no name goes on after an initial with a quotation
    # An initial (`J. Smith`) or a dotted acronym ending mid-name (`J.R.R. Tolkien`).
    return len(word) == 1 and word.isalpha() or ("." in word and next_word not in lexicon.function_words)


def skip_space(text: str, pos: int, limit: int) -> int:
    """The first position at or after ``pos`` that is no whitespace, at most ``limit``."""
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


# Nothing but spaces and punctuation, quotation marks included (`fullmatch` it over a stretch).
PUNCT_ONLY = regex.compile(r"[\s,;:.!?—–\-()\[\]…\"“”'‘’«»]*")

# How far a look-ahead anchored at a position may reach (`match_near`).
LOOKAHEAD = 300


def match_near(pattern: regex.Pattern, text: str, pos: int, reach: int = LOOKAHEAD) -> regex.Match | None:
    """``pattern`` matched at ``pos``, seeing at most ``reach`` characters. With no end bound,
    `regex` first searches all the rest of the text for the pattern's fixed letters (`by`,
    `that`), so a long document would pay a scan of everything after ``pos`` for every call."""
    return pattern.match(text, pos, min(len(text), pos + reach))

"""Stage 2: quotation marks paired into quoted spans.

Marks are classified by their glyph and by what stands on either side of them (a mark
after a space and before a letter opens; one after a letter and before a space or
punctuation closes), then paired with a stack per paragraph. Apostrophes (`don't`,
`president’s`, `'90s`) are told apart from single quotation marks by the same context.
A quotation still open at the end of a paragraph continues into the next paragraph when
that paragraph opens with a quotation mark; otherwise it is dropped unless it opened the
paragraph, so one stray mark never swallows more than its own paragraph.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import ENGLISH, FURNITURE_LINES, Lexicon
from .records import Span

# Quotation marks written as HTML character references, read as the marks they stand for;
# offsets stay those of the references in the text.
_ENTITY_MARKS = {
    "&quot;": '"', "&#34;": '"', "&#x22;": '"', "&ldquo;": "“", "&rdquo;": "”", "&#8220;": "“", "&#8221;": "”",
    "&#x201c;": "“", "&#x201d;": "”", "&lsquo;": "‘", "&rsquo;": "’", "&#8216;": "‘", "&#8217;": "’",
    "&#x2018;": "‘", "&#x2019;": "’", "&laquo;": "«", "&raquo;": "»", "&bdquo;": "„", "&#8222;": "„",
}
_ENTITY = "(?i:" + "|".join(regex.escape(name) for name in sorted(_ENTITY_MARKS, key=len, reverse=True)) + ")"
_MARK = regex.compile(r"''|``|" + _ENTITY + r"|[\"“”„‟«»‹›「」『』'‘’‚]")
_ELISIONS = regex.compile(r"(?i)(?:em|til|cause|tis|twas|n|t|bout|round|nuff)\b|\d")
_OPEN_CONTEXT = set(" \t\n\r\u00a0\u2009\u202f([{<—–-/\u2014")
_LINE_END_CHARS = frozenset(" \t\u00a0\r\n")
_SENTENCE_END = frozenset(".!?,")
_AT_LINE_END = regex.compile(r"[ \t\u00a0]*+(?:\r?\n|$)")
_CLOSE_CONTEXT = set(" \t\n\r\u00a0\u2009\u202f.,;:!?)]}>—–-/…")
_QUOTE_CHARS = set("\"“”„‟«»‹›「」『』'‘’‚`")
_SINGLE = frozenset("'‘’‚")
# A plural possessive's apostrophe before the noun it owns: a lower-case word that is no
# conjunction, pronoun, preposition or cue after a closing mark (`'the girls' and left`).
_PLURAL_POSSESSIVE = regex.compile(
    r"[ \u00a0]+(?!(?:and|or|but|nor|he|she|they|it|we|i|you|said|says|told|asked|added|wrote|as|in|on|at|to|for|"
    r"with|from|of|by|when|while|after|before|that|which|who|is|was|are|were|be|been|has|have|had|will|would|"
    r"than|so|if|because|until|since|into|over|about|according|the|a|an|this|these|those|its|his|her|their|"
    r"our|my|your|not|now|then|too|also)\b)\p{Ll}"
)


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between a pair of quotation marks, at the top level of nesting.

    ``open_mark``/``close_mark`` are the spans of the marks themselves; an unclosed quote
    that runs to its paragraph's end has an empty close mark there. Pieces of one quotation
    that runs over several paragraphs share a ``chain`` number.
    """

    open_mark: Span
    close_mark: Span
    paragraph: int
    chain: int
    closed: bool
    glyph: str

    @property
    def start(self) -> int:
        return self.open_mark.end

    @property
    def end(self) -> int:
        return self.close_mark.start

    @property
    def outer(self) -> Span:
        return Span(self.open_mark.start, self.close_mark.end)

    @property
    def single(self) -> bool:
        return self.glyph in _SINGLE


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    glyph: str
    can_open: bool
    can_close: bool
    after_sentence_end: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def classify(text: str, start: int, end: int) -> _Mark | None:
    """What the quotation mark at ``text[start:end]`` can do; None for an apostrophe."""
    glyph = _ENTITY_MARKS.get(text[start:end].lower(), text[start:end])
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left = (before in _OPEN_CONTEXT or before in _QUOTE_CHARS) and not after.isspace()
    right = not before.isspace() and (after in _CLOSE_CONTEXT or after in _QUOTE_CHARS)
    if glyph in _SINGLE:
        return _single(text, end, glyph, before, after, left, right, start)
    french = _french_spaced(text, start, end, glyph, before, after)
    if french is not None:
        return french
    if after in _LINE_END_CHARS and _AT_LINE_END.match(text, end):
        return _Mark(start, end, glyph, False, True)  # `… in the future.“` ending a paragraph: a closer, whatever its shape
    if before == "\n" or start == 0:
        return _Mark(start, end, glyph, True, False)  # `” … what I learned`: opening its paragraph, an opener, whatever its shape
    if glyph in "“„«‹「『‟" or glyph == "``":
        return _Mark(start, end, glyph, left or not right, right and not left)
    if glyph in "”»›」』":
        return _Mark(start, end, glyph, left and not right, right or not left)
    if left == right:  # straight marks with no clear side may do either
        left = right = True
    return _Mark(start, end, glyph, left, right)


def _french_spaced(text: str, start: int, end: int, glyph: str, before: str, after: str) -> _Mark | None:
    """`« Nous restons »,`: guillemets set off by a space inside them open and close by their
    shape; the spaces go with the marks, so the quotation holds only its words."""
    if glyph in "«‹" and after in _FRENCH_SPACES and before in _OPEN_CONTEXT:
        return _Mark(start, _FRENCH_INNER_AFTER.match(text, end).end(), glyph, True, False)
    if glyph in "»›" and before in _FRENCH_SPACES and (after in _CLOSE_CONTEXT or after in _QUOTE_CHARS):
        inner = start
        while inner > 0 and text[inner - 1] in _FRENCH_SPACES:
            inner -= 1
        return _Mark(inner, end, glyph, False, True)
    return None


_FRENCH_SPACE_CHARS = " \u00a0\u202f\u2009"  # a space, no-break spaces, a thin space
_FRENCH_SPACES = frozenset(_FRENCH_SPACE_CHARS)
_FRENCH_INNER_AFTER = regex.compile(f"[{_FRENCH_SPACE_CHARS}]*")


def _single(text, end, glyph, before, after, left, right, start) -> _Mark | None:
    if before.isalnum() and after.isalnum():
        return None  # don't, president’s
    if left and _ELISIONS.match(text, end):
        return None  # '90s, ’em
    if glyph == "’" and not right:
        return None
    if glyph != "‘" and (_PLURAL_POSSESSIVE.match(text, end) and before in "sS" or text[max(0, start - 2) : start] in ("'n", "’n")):
        return None  # `the girls' effort`, `rock 'n' roll`: apostrophes, whatever the marks around them
    if glyph == "‘":
        return _Mark(start, end, glyph, True, right and not left)
    return _Mark(start, end, glyph, left and glyph != "’", right, before in _SENTENCE_END)


def find_quotes(text: str, paragraphs: Sequence[Span], lexicon: Lexicon = ENGLISH) -> list[QuotedSpan]:
    """Every top-level quoted span of the text, in order."""
    out: list[QuotedSpan] = []
    marks_by_para = [list(_marks(text, para)) for para in paragraphs]
    furniture = [_furniture_line(text, para) for para in paragraphs]
    following = _following_paragraphs(furniture)
    chain = 0
    carried = False  # the previous paragraph ended inside an open quotation
    for index, para in enumerate(paragraphs):
        if furniture[index]:
            continue  # `Advertisement` between two paragraphs of a quotation: as if not there
        marks = marks_by_para[index]
        opens_here = _opens_paragraph(marks, para)
        if not opens_here:
            carried = False
        nxt = following[index]
        next_opens = nxt < len(paragraphs) and _opens_paragraph(marks_by_para[nxt], paragraphs[nxt])
        pieces, left_open, inner = _pair(text, para, marks, lexicon)
        next_glyph = marks_by_para[nxt][0].glyph if next_opens else None
        if pieces and not pieces[-1][3] and _stray(pieces[-1], para, next_glyph):
            # a stray opener left open is dropped, and the quotations inside it stand alone
            pieces = sorted(pieces[:-1] + inner, key=lambda piece: piece[0].start)
            left_open = False
        for open_mark, close_mark, glyph, closed in pieces:
            continuing = carried and open_mark.start == para.start
            if not continuing:
                chain += 1
            out.append(QuotedSpan(open_mark, close_mark, index, chain, closed, glyph))
            carried = False
        carried = left_open and next_opens
    return out


def _following_paragraphs(furniture: list[bool]) -> list[int]:
    """For each paragraph, the index of the next one that is not a furniture line (the
    number of paragraphs when there is none)."""
    out = [len(furniture)] * len(furniture)
    for index in range(len(furniture) - 2, -1, -1):
        out[index] = out[index + 1] if furniture[index + 1] else index + 1
    return out


def previous_paragraphs(text: str, paragraphs: Sequence[Span]) -> list[int]:
    """For each paragraph, the index of the last one before it that is not a furniture line
    (-1 when there is none)."""
    out = [-1] * len(paragraphs)
    for index in range(1, len(paragraphs)):
        out[index] = out[index - 1] if _furniture_line(text, paragraphs[index - 1]) else index - 1
    return out


def _furniture_line(text: str, para: Span) -> bool:
    return para.end - para.start <= 60 and " ".join(text[para.start : para.end].split()).rstrip(".:").lower() in FURNITURE_LINES


def _stray(piece: Piece, para: Span, next_glyph: str | None) -> bool:
    """Whether a piece left open at its paragraph's end is a stray opener: it neither opens
    the paragraph nor goes on into the next, which opens with a mark of its own kind (single
    marks run on into single marks only, as apostrophes are single marks too)."""
    if piece[2] in _SINGLE:
        return next_glyph is None or next_glyph not in _SINGLE
    return not (piece[0].start == para.start or next_glyph is not None)


def _marks(text: str, para: Span) -> Iterator[_Mark]:
    for match in _MARK.finditer(text, para.start, para.end):
        mark = classify(text, match.start(), match.end())
        if mark is not None:
            yield mark


def _opens_paragraph(marks: list[_Mark], para: Span) -> bool:
    return bool(marks) and marks[0].start == para.start and marks[0].can_open


def _closes(opener: str, closer: _Mark, lexicon: Lexicon) -> bool:
    if opener == "''" and closer.glyph == "'":
        return closer.after_sentence_end  # `… of popularity.'.')`: a doubled mark that lost one half
    return closer.glyph in _closers(opener, lexicon)


@lru_cache(maxsize=64)
def _closers(opener: str, lexicon: Lexicon) -> frozenset[str]:
    """The marks that close ``opener``, read as marks: `''` closes `''`, a lone `'` does not
    (`''… both parties' interest …''`)."""
    table = lexicon.single_openers if opener in _SINGLE else lexicon.double_openers
    return frozenset(_MARK.findall(table.get(opener, "")))


Piece = tuple[Span, Span, str, bool]


def _pair(text: str, para: Span, marks: list[_Mark], lexicon: Lexicon) -> tuple[list[Piece], bool, list[Piece]]:
    """Pair one paragraph's marks into top-level pieces.

    Also says whether a piece was left open at the paragraph's end, and gives the pairs
    found one level inside that open piece, which stand alone if it is dropped."""
    stack: list[_Mark] = []
    pieces: list[Piece] = []
    inner: list[Piece] = []  # pairs one level inside the opener at the bottom of the stack
    for k, mark in enumerate(marks):
        depth = _matching_opener(stack, mark, lexicon) if mark.can_close else -1
        if depth == 0 and (_plural_possessive(text, stack[0], mark, marks, k)
                           or _possessive_before_close(text, stack[0], mark, marks, k)):
            continue
        if depth >= 0:
            opener = stack[depth]
            del stack[depth:]
            if depth == 0 and mark.start > opener.end:
                pieces.append((opener.span, mark.span, opener.glyph, True))
                inner = []
            elif depth == 1 and mark.start > opener.end and opener.glyph not in _SINGLE:
                inner.append((opener.span, mark.span, opener.glyph, True))
        elif mark.can_open:
            if mark.glyph == '"' and stack and stack[0].glyph == '"':
                # a straight opener while one is open: the first was never closed
                pieces.extend(inner)
                del stack[:]
                inner = []
            stack.append(mark)
    if stack and (stack[0].glyph not in _SINGLE or not stack[0].can_close) and stack[0].end < para.end:
        # a quotation left open at the paragraph's end goes on in the next one; in single
        # marks only from a mark that can only open, as apostrophes are single marks too
        pieces.append((stack[0].span, Span(para.end, para.end), stack[0].glyph, False))
        return pieces, True, inner
    return sorted(pieces + inner, key=lambda piece: piece[0].start), False, []


def _plural_possessive(text: str, opener: _Mark, mark: _Mark, marks: list[_Mark], k: int) -> bool:
    """`‘It is the members’ and the parents’ decision,’ she said`: in a quotation opened with
    a curly single mark, a plural possessive's apostrophe that no closing punctuation follows
    closes nothing while a closing mark comes later, before any new opening one."""
    if opener.glyph != "‘" or mark.glyph != "’" or text[mark.start - 1] not in "sS" \
            or mark.end >= len(text) or text[mark.end] in _AFTER_CLOSING:
        return False
    for later in marks[k + 1 :]:
        if later.glyph == "‘":
            return False
        if later.glyph == "’" and later.can_close:
            return True
    return False


def _possessive_before_close(text: str, opener: _Mark, mark: _Mark, marks: list[_Mark], k: int) -> bool:
    """`'We stand with the workers'.'`: in a quotation in single marks, a plural possessive's
    apostrophe right before the punctuation and the closing mark that end the quotation
    closes nothing; the same mark right after the punctuation does."""
    if opener.glyph not in _SINGLE or mark.glyph == "‘" or text[mark.start - 1] not in "sS" \
            or mark.end + 1 >= len(text) or text[mark.end] not in ",.!?" or k + 1 >= len(marks):
        return False
    later = marks[k + 1]
    return later.start == mark.end + 1 and later.glyph == mark.glyph and later.can_close


_AFTER_CLOSING = frozenset(",.;:!?…)\n\r")
_MAX_NESTING = 6  # quotations nest two or three deep; openers below this are never closed


def _matching_opener(stack: list[_Mark], mark: _Mark, lexicon: Lexicon) -> int:
    """The innermost open mark this one closes; only the top levels are searched, so openers
    that are never closed cannot make a paragraph quadratic."""
    for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - _MAX_NESTING), -1):
        if _closes(stack[depth].glyph, mark, lexicon):
            return depth
    return -1

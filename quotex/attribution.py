"""Stage 3: find speech cues and attach a speaker mention and a cue to every quotation.

A quotation's own cue is searched next to it in its sentence: after the closing mark
(`"…," X said`, `"…," said X`, `"…," according to X`) and before the opening mark
(`X said: "…"`, `X said the talks "…"`, `X: "…"`). A quotation without a cue of its own
continues the speaker of the quotation or speech cue before it in the paragraph, of the
other pieces of a quotation running over several paragraphs, or of the previous paragraph.
Short quoted terms with no cue (`so-called "experts"`) and quoted titles are scare quotes
and are dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .lexicon import ENGLISH, Lexicon
from .mentions import CLAUSE_WORDS, Mention, subject_after, subject_before, tokens
from .quotemarks import QuotedSpan
from .records import Kind, Span
from .rules import confidence

_EDGE = regex.compile(r"[\s,;:—–\-(\[…]*")
_PUNCT_ONLY = regex.compile(r"[\s,;:.!?—–\-()\[\]…\"“”'‘’«»]*")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")
_LETTER = regex.compile(r"\p{L}")
_COLON_NAME = regex.compile(r"\s*(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,4})\s*:\s*")
_TRAIL_WINDOW = 160
_DIRECT_GAP_WORDS = 12
_SCARE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Event:
    """A speech cue with its speaker: `Smith said`, `said a spokesman`, `according to X`."""

    cue: Span
    mention: Mention
    paragraph: int
    inverted: bool  # the speaker follows the cue


@dataclass(frozen=True, slots=True)
class Attribution:
    quote: QuotedSpan
    kind: Kind
    mention: Mention | None
    cue: Span | None
    rule: str
    confidence: float
    inherited: bool = False  # speaker and cue were taken over from another quotation or cue


@dataclass(frozen=True, slots=True)
class Attributed:
    """What the attribution stage hands on: quotations with speakers, and all speech cues."""

    quotes: list[Attribution]
    events: list[Event]


@lru_cache(maxsize=8)
def cue_pattern(lexicon: Lexicon = ENGLISH) -> re.Pattern:
    """One pattern for every cue word and phrase, compiled as a trie: a flat alternation of
    hundreds of words costs the engine a try per word at every position. It is the hottest
    pattern of the pipeline, and the standard library's engine runs it three times faster."""
    words = set(lexicon.cue_phrases) | lexicon.speech_verbs
    words |= {w[0].upper() + w[1:] for w in lexicon.cue_phrases}
    return re.compile(rf"(?<![\w’'\-])(?:{trie_pattern(words)})(?![\w’'\-])")


def trie_pattern(words: set[str]) -> str:
    """A regular expression matching exactly ``words``, factored by common prefixes."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_branch(root)


def _trie_branch(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s+" if ch == " " else regex.escape(ch)) + _trie_branch(sub)
                for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def find_events(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], quotes: Sequence[QuotedSpan],
    lexicon: Lexicon = ENGLISH,
) -> list[Event]:
    """Every speech cue outside quotation marks that has a speaker mention."""
    pattern = cue_pattern(lexicon)
    quote_starts = [q.open_mark.start for q in quotes]
    para_starts = [p.start for p in paragraphs]
    events: list[Event] = []
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if _inside_quote(match.start(), quotes, quote_starts):
                continue
            event = _event(text, sentence, match, quotes, quote_starts, lexicon)
            if event is not None:
                paragraph = bisect_right(para_starts, match.start()) - 1
                events.append(Event(event[0], event[1], paragraph, event[2]))
    return events


def _inside_quote(pos: int, quotes: Sequence[QuotedSpan], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i].open_mark.start <= pos < quotes[i].close_mark.end


def _clause_start(sentence: Span, pos: int, quotes: Sequence[QuotedSpan], starts: list[int]) -> int:
    """Start of the text a subject may come from: the sentence, or after the last quote."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and quotes[i].close_mark.end <= pos and quotes[i].close_mark.end > sentence.start:
        return quotes[i].close_mark.end
    return sentence.start


def _event(text, sentence, match, quotes, starts, lexicon) -> tuple[Span, Mention, bool] | None:
    cue = Span(match.start(), match.end())
    if match.group().lower().startswith("according"):
        mention = subject_after(text, cue.end, sentence.end, lexicon)
        return (cue, mention, True) if mention else None
    lo = _clause_start(sentence, cue.start, quotes, starts)
    before = text[lo : cue.start]
    if before.strip(" ,\u00a0") == "" or before.rstrip().endswith((",", "—")):
        mention = subject_after(text, cue.end, sentence.end, lexicon)
        if mention is not None and mention.kind != "pronoun" or (mention and before.strip() == ","):
            return cue, mention, True
        if before.strip(" ,\u00a0") == "":
            return None
    mention = subject_before(text, lo, cue.start, lexicon)
    return (cue, mention, False) if mention else None


def attribute(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[QuotedSpan],
    lexicon: Lexicon = ENGLISH,
) -> Attributed:
    """Attach a speaker and cue to each quotation; scare quotes are left out."""
    events = find_events(text, paragraphs, sentences, quotes, lexicon)
    sentence_starts = [s.start for s in sentences]
    own = [
        _own_attribution(text, quotes, i, _sentence_of(sentences, sentence_starts, q.open_mark.start), sentences,
                         sentence_starts, lexicon)
        for i, q in enumerate(quotes)
    ]
    kept = [a for a in own if not _is_scare_quote(text, a)]
    return Attributed(_continue_speakers(text, paragraphs, kept, events), events)


def _sentence_of(sentences: Sequence[Span], starts: list[int], pos: int) -> Span:
    i = max(0, bisect_right(starts, pos) - 1)
    return sentences[i]


def _own_attribution(
    text: str, quotes: Sequence[QuotedSpan], index: int, sentence: Span, sentences: Sequence[Span],
    sentence_starts: list[int], lexicon: Lexicon,
) -> Attribution:
    quote = quotes[index]
    prev_close = quotes[index - 1].close_mark.end if index > 0 else -1
    next_open = quotes[index + 1].open_mark.start if index + 1 < len(quotes) else len(text)
    lead = Span(max(sentence.start, prev_close), quote.open_mark.start)
    trail = Span(quote.close_mark.end, max(quote.close_mark.end, min(sentence.end, next_open)))
    lead_empty = _PUNCT_ONLY.fullmatch(text, lead.start, lead.end) is not None
    trail_empty = _PUNCT_ONLY.fullmatch(text, trail.start, trail.end) is not None

    found = _trailing_cue(text, trail, lexicon)
    if found is not None:
        mention, cue, rule = found
        kind: Kind = "direct" if lead_empty or _lead_is_cue(text, lead, lexicon) else "mixed"
        return Attribution(quote, kind, mention, cue, rule, confidence(rule))
    found_lead = _leading_cue(text, lead, quote, lexicon)
    if found_lead is not None:
        mention, cue, rule = found_lead
        kind = "direct" if rule != "speaker-verb-partial" else "mixed"
        return Attribution(quote, kind, mention, cue, rule, confidence(rule))
    if trail_empty and quote.closed:
        found = _next_sentence_cue(text, sentence, sentences, sentence_starts, lexicon)
        if found is not None:
            mention, cue = found
            return Attribution(quote, "direct" if lead_empty else "mixed", mention, cue, "quote-then-cue",
                               confidence("quote-then-cue"))
    kind = "direct" if lead_empty else "mixed"
    return Attribution(quote, kind, None, None, "no-speaker", confidence("no-speaker"))


def _trailing_cue(text: str, trail: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    start = _EDGE.match(text, trail.start, trail.end).end()
    end = min(trail.end, start + _TRAIL_WINDOW)
    match = cue_pattern(lexicon).search(text, start, end)
    if match is None:
        return None
    cue = Span(match.start(), match.end())
    if match.start() == start:
        mention = subject_after(text, cue.end, trail.end, lexicon)
        if mention is None:
            return None
        rule = "quote-according-to" if match.group().lower().startswith("according") else "quote-verb-speaker"
        return mention, cue, rule
    if len(tokens(text, start, match.start())) > 14:
        return None
    mention = subject_before(text, start, match.start(), lexicon)
    if mention is None or not _plain_prefix(text, start, mention.span.start):
        return None
    return mention, cue, "quote-speaker-verb"


def _plain_prefix(text: str, start: int, end: int) -> bool:
    """Text before a trailing speaker holds no clause (`"…," X's aide, Y, said` is fine)."""
    words = [w.lower() for w in _WORD.findall(text[start:end])]
    return len(words) <= 8 and not any(w in CLAUSE_WORDS for w in words)


def _leading_cue(text: str, lead: Span, quote: QuotedSpan, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    if lead.end <= lead.start:
        return None
    colon = _COLON_NAME.fullmatch(text, lead.start, lead.end)
    if colon is not None:
        mention = subject_before(text, colon.start(1), colon.end(1), lexicon)
        if mention is not None and mention.kind == "name":
            return mention, Span(colon.end(1), colon.end(1) + 1), "speaker-colon"
    matches = list(cue_pattern(lexicon).finditer(text, lead.start, lead.end))
    for match in reversed(matches):
        cue = Span(match.start(), match.end())
        if match.group().lower().startswith("according"):
            mention = subject_after(text, cue.end, lead.end, lexicon)
            if mention is not None:
                return mention, cue, "according-to-quote"
            continue
        mention = subject_before(text, lead.start, cue.start, lexicon)
        if mention is None:
            after = text[lead.start:cue.start].strip(" ,\u00a0")
            if after == "" or text[lead.start:cue.start].rstrip().endswith(","):
                mention = subject_after(text, cue.end, lead.end, lexicon)
            if mention is None:
                continue
        gap = text[cue.end : lead.end]
        rule = "speaker-verb-quote" if _introduces(gap, text, quote) else "speaker-verb-partial"
        return mention, cue, rule
    return None


def _introduces(gap: str, text: str, quote: QuotedSpan) -> bool:
    """Whether the text between a cue and a quotation lets the quotation stand on its own."""
    stripped = gap.strip()
    words = _WORD.findall(stripped)
    if stripped.endswith((":", ",")) and len(words) <= _DIRECT_GAP_WORDS:
        return True
    first = text[quote.start : quote.start + 1]
    return len(words) <= 2 and first.isupper()


def _lead_is_cue(text: str, lead: Span, lexicon: Lexicon) -> bool:
    """Whether the text before a quotation ends with a cue that introduces it (`X said:`)."""
    last = None
    for last in cue_pattern(lexicon).finditer(text, lead.start, lead.end):
        pass
    if last is None:
        return False
    gap = text[last.end() : lead.end].strip()
    return gap.endswith((":", ",")) and len(_WORD.findall(gap)) <= _DIRECT_GAP_WORDS


def _next_sentence_cue(
    text: str, sentence: Span, sentences: Sequence[Span], starts: list[int], lexicon: Lexicon
) -> tuple[Mention, Span] | None:
    """`"…." Smith said on Monday.`: a short sentence right after that is only a cue."""
    i = bisect_right(starts, sentence.start)
    if i >= len(sentences) or "\n" in text[sentence.end : sentences[i].start]:
        return None
    nxt = sentences[i]
    if len(_WORD.findall(text[nxt.start : nxt.end])) > 8:
        return None
    match = cue_pattern(lexicon).search(text, nxt.start, nxt.end)
    if match is None:
        return None
    mention = subject_before(text, nxt.start, match.start(), lexicon)
    if mention is None or mention.span.start != nxt.start or match.group() in lexicon.frame_only_verbs:
        return None
    return mention, Span(match.start(), match.end())


def _is_scare_quote(text: str, attribution: Attribution) -> bool:
    quote = attribution.quote
    content = text[quote.start : quote.end]
    if not _LETTER.search(content) or content.lstrip().startswith("@"):
        return True
    words = _WORD.findall(content)
    if attribution.mention is not None:
        return False
    if attribution.kind == "mixed" and len(words) <= _SCARE_WORDS:
        return True
    if quote.single and len(words) <= _SCARE_WORDS:
        return True
    return _looks_like_title(content, words)


def _looks_like_title(content: str, words: list[str]) -> bool:
    """`"Good Morning America"`: every word capitalised and no sentence punctuation."""
    if len(words) > 8 or any(ch in content for ch in ".!?,;:"):
        return False
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or", "is"}
    return all(w[0].isupper() or w.isdigit() or w in small for w in words) and words[0][0].isupper()


def _continue_speakers(
    text: str, paragraphs: Sequence[Span], quotes: list[Attribution], events: list[Event]
) -> list[Attribution]:
    """Give quotations without a cue of their own the speaker they continue."""
    by_chain: dict[int, Attribution] = {}
    for a in quotes:
        if a.mention is not None:
            by_chain.setdefault(a.quote.chain, a)
    out: list[Attribution] = []
    last_by_paragraph: dict[int, tuple[int, Mention, Span | None]] = {}
    timeline = sorted(
        [(e.cue.start, e.paragraph, e.mention, e.cue) for e in events], key=lambda item: item[0]
    )
    ti = 0
    for index, a in enumerate(quotes):
        while ti < len(timeline) and timeline[ti][0] < a.quote.open_mark.start:
            pos, para, mention, cue = timeline[ti]
            last_by_paragraph[para] = (pos, mention, cue)
            ti += 1
        if a.mention is None:
            a = _continued(text, paragraphs, a, index, quotes, out, by_chain, last_by_paragraph)
        out.append(a)
        if a.mention is not None:
            last_by_paragraph[a.quote.paragraph] = (a.quote.open_mark.start, a.mention, a.cue)
    return out


def _continued(text, paragraphs, a, index, quotes, done, by_chain, last_by_paragraph) -> Attribution:
    para = a.quote.paragraph
    chained = by_chain.get(a.quote.chain)
    if chained is not None and chained.quote is not a.quote:
        return replace(a, mention=chained.mention, cue=chained.cue, rule="continues-chain", inherited=True,
                       confidence=confidence("continues-chain"))
    here = last_by_paragraph.get(para)
    if here is not None:
        return replace(a, mention=here[1], cue=here[2], rule="continues-speaker", inherited=True,
                       confidence=confidence("continues-speaker"))
    for later in quotes[index + 1 :]:
        if later.quote.paragraph != para:
            break
        if later.mention is not None:
            return replace(a, mention=later.mention, cue=later.cue, rule="continues-next", inherited=True,
                           confidence=confidence("continues-next"))
    before = last_by_paragraph.get(para - 1)
    if before is not None:
        rule = "paragraph-colon" if text[: paragraphs[para - 1].end].rstrip().endswith(":") else "continues-paragraph"
        return replace(a, mention=before[1], cue=before[2], rule=rule, confidence=confidence(rule), inherited=True)
    return a

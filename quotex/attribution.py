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

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from .lexicon import ENGLISH, HEADING_WORDS, LANGUAGES, SUBORDINATORS, Lexicon, first_name_gender, names_source_after
from .mentions import (
    CLAUSE_WORDS, LY_ADVERB, PARTY_TAG, PREPOSITIONS, WEEKDAY_NAMES, Mention, after_dateline, bare_word, can_speak, clause_subject,
    comma_before, contact_clause_name, name_closing,
    name_mention, subject_after, subject_before, tokens,
)
from .quotemarks import QuotedSpan, previous_paragraphs
from .records import Kind, Span
from .rules import confidence
from .segment import PUNCT_ONLY, match_near

_EDGE = regex.compile(r"[\s,;:—–\-(\[…'’\"”]*")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")
_LETTER = regex.compile(r"\p{L}")
_COLON_NAME = regex.compile(r"\s*(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,4})\s*:\s*")
_DASHED_COLON_NAME = regex.compile(r"\s[-—–]\s+(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,4})\s*:\s*$")
_TRAIL_WINDOW = 200
_TRAIL_TOKENS = 32
_DIRECT_GAP_WORDS = 12
_SCARE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Event:
    """A speech cue with its speaker: `Smith said`, `said a spokesman`, `according to X`."""

    cue: Span
    mention: Mention
    paragraph: int
    inverted: bool  # the speaker follows the cue
    belief: bool = False  # `X thinks`: reported speech only, no speaker for the quotations after it


@dataclass(frozen=True, slots=True)
class Attribution:
    quote: QuotedSpan
    kind: Kind
    mention: Mention | None
    cue: Span | None
    rule: str
    confidence: float
    inherited: bool = False  # speaker and cue were taken over from another quotation or cue
    # words their sentence gives to someone it does not name (`without being told to "smile"`):
    # that sentence, from which alone a speaker of another quotation may go on to them
    unnamed_in: Span | None = None
    # a quoted phrase with no speaker: the subject of its sentence when that names no one who
    # speaks (`The report compared the plan to "a bridge to nowhere"`), and its verb
    subject: tuple[Mention, Span | None] | None = None


@dataclass(frozen=True, slots=True)
class Attributed:
    """What the attribution stage hands on: quotations with speakers, and all speech cues."""

    quotes: list[Attribution]
    events: list[Event]
    # quoted phrases left out as scare quotes or titles (not headlines or markup): a reported
    # clause around one of them is mixed, as quoted words inside reported speech make it
    scare_quotes: list[Span] = field(default_factory=list)


@lru_cache(maxsize=8)
def cue_pattern(lexicon: Lexicon = ENGLISH, quotations: bool = False) -> re.Pattern:
    """One pattern for every cue word and phrase, compiled as a trie: a flat alternation of
    hundreds of words costs the engine a try per word at every position. It is the hottest
    pattern of the pipeline, and the standard library's engine runs it three times faster.
    ``quotations``: only the cues that attribute a quotation (no verbs of belief, nor of speaking
    about something: `…," Lee Chan spoke` ends a sentence about a quotation, it does not say it)."""
    verbs = lexicon.speech_verbs - lexicon.belief_verbs - set(lexicon.topic_verbs) if quotations else lexicon.speech_verbs
    words = set(lexicon.cue_phrases) | verbs
    words |= {w[0].upper() + w[1:] for w in lexicon.cue_phrases} | lexicon.headline_cues
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
    """The speech cues outside quotation marks that have a speaker mention: every cue that can
    report speech on its own, and the others only near quotations (they matter there for
    the quotations that continue a speaker)."""
    quote_starts = [q.open_mark.start for q in quotes]
    para_starts = [p.start for p in paragraphs]
    sentence_starts = [s.start for s in sentences]
    quoted_paragraphs = {q.paragraph for q in quotes}
    events: list[Event] = []
    for match in cue_pattern(lexicon).finditer(text):
        if _inside_quote(match.start(), quotes, quote_starts):
            continue
        paragraph = bisect_right(para_starts, match.start()) - 1
        if _speaks_of_nothing(text, match, lexicon):
            continue  # `where Mrs. Clinton also spoke`: speaking of nothing reports nothing
        near_quote = paragraph in quoted_paragraphs or paragraph + 1 in quoted_paragraphs
        if not near_quote and not _reports_on_its_own(match.group(), lexicon) \
                and object_start(text, Span(match.start(), match.end()), lexicon) is None:
            continue
        i = bisect_right(sentence_starts, match.start()) - 1
        if i < 0 or match.end() > sentences[i].end:
            continue
        belief = match.group().lower() in lexicon.belief_verbs
        if belief and not _THAT_SOON.match(text, match.end(), sentences[i].end) \
                and not opinion_clause(text, match.group().lower(), match.end(), sentences[i].end, lexicon):
            continue  # `she hopes to`, `I think,`: a belief is reported with `that`, or an opinion with its clause
        event = _event(text, sentences[i], match, _clause_start(sentences[i], match.start(), quotes, quote_starts),
                       lexicon)
        if event is None or not can_speak(event[1], lexicon):
            lo = _start_before_embedded(text, sentences[i], match.start(), quotes, quote_starts)
            # `Ortiz, who calls it a "sham," said`; `Ortiz - who vowed to "bomb" oil fields - said`
            wider = _event(text, sentences[i], match, lo, lexicon, through_quotes=True) if lo is not None else None
            if wider is not None and (event is None or can_speak(wider[1], lexicon)):
                event = wider
        if event is not None:
            events.append(Event(event[0], event[1], paragraph, event[2], belief))
    return events


def _speaks_of_nothing(text: str, match, lexicon: Lexicon) -> bool:
    """A verb of speaking about something without its preposition (`Lee spoke in Waco`): no cue."""
    return match.group().lower() in lexicon.topic_verbs \
        and object_start(text, Span(match.start(), match.end()), lexicon) is None


def opinion_clause(text: str, verb: str, pos: int, end: int, lexicon: Lexicon = ENGLISH) -> bool:
    """Whether a verb of opinion (lower case, ending at ``pos``) reports the clause right after
    it without `that` (`aides think she can win`), not `I think so` or `thinks about it`."""
    return verb in lexicon.opinion_verbs and _CLAUSE_NEXT.match(text, pos, end) is not None


# A clause opening right after the verb: a subject and a verb within a few words.
_CLAUSE_NEXT = regex.compile(
    r"\s*(?!(?:about|of|so|not|too|to|for|in|on|at|with|that|up|back|out|over|again|twice|otherwise|highly|"
    r"much|little|less|more|better|worse)\b)"
    r"(?:\p{L}[\p{L}’'\-]*)"
    r"(?:\s+[\p{L}’'\-]+){0,5}?\s+(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|"
    r"does|did|do|isn’t|wasn’t|doesn’t|didn’t|won’t|can’t|isn't|wasn't|doesn't|didn't|won't|can't|\p{Ll}{2,}(?:ed|s))\b"
    r"|\s*(?:he|she|they|it|we|I|you|there)[’'](?:s|re|ll|d|ve)\b"
    r"|\s*(?:he|she|they|we|I|you)\s+\p{Ll}{2,}\b(?<!\bthat)"  # `think they know better`
)
_THAT_SOON = regex.compile(r"[^.!?;:\"“”]{0,60}?\bthat\b")


def object_start(text: str, cue: Span, lexicon: Lexicon = ENGLISH) -> int | None:
    """Where a cue reports a statement through its object: right after a verb of
    `object_verbs` (`accused the council of …`), after `called for` or `calling on` (a demand:
    `a ban on …`, `Congress to act`),
    or after `described` when `as` follows (`the plan as too costly`); None for any other use,
    and for participles (`a letter accusing`), which leave their object to the clause they hang
    on, unless a comma sets them off (`Ortiz left, accusing the board of …`): then the subject of
    the clause before says it.
    A verb of commitment reports the infinitive after it (`vowed to fight the ruling`)."""
    word = text[cue.start : cue.end].lower()
    demand = (match_near(_FOR, text, cue.end) or match_near(_ON_SOMEONE_TO, text, cue.end)) if word.startswith("call") else None
    if demand is not None:
        return demand.end()  # `called for a ban on …`, `calling on Congress to act`
    preposition = lexicon.topic_verbs.get(word)
    topic = _TOPIC.match(text, cue.end) if preposition else None
    if topic is not None and topic.group(1).lower() == preposition:
        return topic.end()  # `talked about the housing shortage`, `referring to the plan`
    if word.endswith("ing") and not (word in lexicon.intent_verbs
                                     and _PROGRESSIVE_BEFORE.search(text, max(0, cue.start - 8), cue.start)) \
            and not (word in lexicon.object_verbs and comma_before(text, cue.start)):
        return None  # but `is pledging to take …`, and `…, citing fears of …` set off by a comma
    if word in lexicon.object_verbs or word in lexicon.intent_verbs and match_near(_TO_VERB, text, cue.end):
        return cue.end  # `accused the council of …`, `vowed to fight the ruling`
    return cue.end if word.startswith("describ") and match_near(_AS_AHEAD, text, cue.end) is not None else None


_AS_AHEAD = regex.compile(r"(?:\s+(?!as\b)[\p{L}\p{N}’'.\-]+){1,6}?\s+as\s+")
# `to` and a verb, not a noun phrase (`agreed to the deal`); `not to` too.
# Nor a source's terms for talking (`agreed to talk on the condition that …`), which report nothing.
_TO_VERB = regex.compile(
    r"\s+(?:not\s+|never\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your)\b)"
    r"(?!(?:talk|speak|be\s+interviewed)\s+(?:only\s+)?on\s+(?:the\s+)?condition\b)\p{Ll}")


_TOPIC = regex.compile(r"\s+(about|to)\s+(?=\p{L})", regex.I)
# `called on Congress to act`: whom the demand is put to, then what they are to do.
_ON_SOMEONE_TO = regex.compile(
    r"\s+on\s+(?!(?:" + WEEKDAY_NAMES + r"|behalf|the\s+phone)\b)"
    r"(?=(?:[\p{L}.’'\-]+\s+){1,5}?to\s+\p{Ll})")
_FOR = regex.compile(r"\s+for\s+(?!(?:the\s+)?(?:first|second|third|last|years?|months?|weeks?|days?)\b)")


def _reports_on_its_own(word: str, lexicon: Lexicon) -> bool:
    word = word.lower()
    return word in lexicon.clause_verbs or word in lexicon.question_verbs or names_source_after(word) \
        or " ".join(word.split()) in lexicon.cue_phrases


def _inside_quote(pos: int, quotes: Sequence[QuotedSpan], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i].open_mark.start <= pos < quotes[i].close_mark.end


def _clause_start(sentence: Span, pos: int, quotes: Sequence[QuotedSpan], starts: list[int]) -> int:
    """Start of the text a subject may come from: the sentence, or after the last quote."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and quotes[i].close_mark.end <= pos and quotes[i].close_mark.end > sentence.start:
        return quotes[i].close_mark.end
    return sentence.start


def _start_before_embedded(text: str, sentence: Span, pos: int, quotes: Sequence[QuotedSpan],
                           starts: list[int]) -> int | None:
    """When the quotation before a cue sits inside a clause (`calls it a "sham,"`), where the
    clause around it starts; None when there is no such quotation."""
    i = bisect_right(starts, pos) - 1
    moved = False
    while i >= 0 and sentence.start < quotes[i].close_mark.end <= pos and _embedded(text, quotes[i]):
        i -= 1
        moved = True
    if not moved:
        return None
    if i >= 0 and sentence.start < quotes[i].close_mark.end <= pos:
        return quotes[i].close_mark.end
    return sentence.start


_EMBEDDING_WORD = regex.compile(r"[\p{L}\p{N}’']\s*$")


def _embedded(text: str, quote: QuotedSpan) -> bool:
    return _EMBEDDING_WORD.search(text, max(0, quote.open_mark.start - 4), quote.open_mark.start) is not None


def _event(text, sentence, match, lo, lexicon, through_quotes=False) -> tuple[Span, Mention, bool] | None:
    cue = Span(match.start(), match.end())
    if names_source_after(match.group()):
        mention = subject_after(text, cue.end, sentence.end, lexicon, lenient=True)
        return (cue, mention, True) if mention and not _no_source(mention, lexicon) else None
    # only the end of the text before the cue is read here: a run-on sentence may be long
    window = max(lo, cue.start - _BEFORE_WINDOW)
    before = text[window : cue.start]
    after_comma = before.rstrip().endswith(_SET_OFF)
    if _goes_without(text, match):
        return None  # `it goes without saying`: an idiom, nobody says anything
    if match.group().endswith("ing") and _OPENING_SUBORDINATOR.fullmatch(text, lo, cue.start) \
            or _OPENING_PERFECT.fullmatch(text, lo, cue.start):
        mention = _subject_after_phrase(text, cue, sentence, lexicon)
        return (cue, mention, False) if mention else None  # `After saying …, she was taken …`, `Having said …, Lee …`
    quoting = _quoting_subject(text, lo, match, lexicon)
    if quoting is not None:
        return cue, quoting, False  # `Reuters quoted Ortiz as saying …`: the one quoting reports it
    coordinated = _COORDINATED.search(before)
    if _is_participle(match.group(), before) or coordinated:
        mention = clause_subject(text, lo, cue.start, lexicon)
        if mention is None and coordinated is not None:
            mention = _coordinated_subject(text, lo, window + coordinated.start(), lexicon)
        return (cue, mention, False) if mention else None
    if not _verb_reading(text, match, lexicon):
        return None  # `a 2012 email to officials`
    if before.strip(" ,\u00a0") == "" or after_comma:
        inverts = _inverts(match.group(), lexicon)
        inverted = _inverted_mention(text, cue, sentence, lexicon) if inverts else None
        if inverted is not None and _named_right_after(text, cue, inverted):
            return cue, inverted, True  # `The fund has raised $5 million, said Lee Chan, its president.`
        mention = subject_before(text, lo, cue.start, lexicon) if after_comma else None
        if mention is not None and not _SET_OFF_AFTER_SUBJECT.match(text, mention.span.end, cue.start):
            mention = None  # `The group raising money is short, said Ana Ortiz`: the clause's subject, not the cue's
        if can_speak(mention, lexicon):
            return cue, mention, False  # `X, the spokesman, told CBS`
        inverted = inverted if inverts else _inverted_mention(text, cue, sentence, lexicon)
        if inverted is not None:
            return cue, inverted, True
        if before.strip(" ,\u00a0") == "":
            return None
    if _reduced_relative(text, match, lexicon):
        return (cue, absolute, False) if (absolute := _absolute_subject(text, lo, match, lexicon)) else None
    mention = subject_before(text, lo, cue.start, lexicon, through_quotes) or \
        _absolute_subject(text, lo, match, lexicon) or _evidence_subject(text, lo, match, lexicon)
    return (cue, mention, False) if mention else None


_BEFORE_WINDOW = 240
# What follows the subject of a cue set off after it: an apposition's comma, a dash or a bracket,
# or where it works (`Lee Chan of Clemson University, said`); not a verb of a clause of its own.
_SET_OFF_AFTER_SUBJECT = regex.compile(r"\s*(?:[,—–(\-]|(?:of|at|from|for|with|in)\s)")


def _quoting_subject(text: str, lo: int, match, lexicon: Lexicon) -> Mention | None:
    """`CNN quoted a witness as saying …`: the subject of `quoted` reports the words, as a
    subject of `said` would (`Local media quoted …`, `A tweet quoted …`)."""
    if match.group().lower() != "saying":
        return None
    quoted = _QUOTED_AS.search(text, max(lo, match.start() - _QUOTED_AS_WINDOW), match.start())
    if quoted is None:
        return None
    return subject_before(text, lo, quoted.start(), lexicon)


# `quoted`, its object, then `as` right before the participle (not `was quoted as saying`).
_QUOTED_AS = regex.compile(r"(?<![\p{L}’'\-])quoted\s+(?!as\b)[^;:!?\"“”\n]{1,80}?\s+as\s+$", regex.I | regex.REVERSE)
_QUOTED_AS_WINDOW = 100
# A participle's phrase opening the sentence: its subject is the main clause's, after the phrase.
_OPENING_SUBORDINATOR = regex.compile(r"[\s\"“‘']*(?:after|before|while|since|upon|by|when|without|despite)\s+", regex.I)
# An opening perfect participle (`Having announced …,`, `After having already said …,`): its
# subject is the main clause's, after the phrase; not a passive (`Having been told …`).
_OPENING_PERFECT = regex.compile(
    r"[\s\"“‘']*(?:(?:after|since|upon|despite|without)\s+)?having\s+(?:(?:not|never|already|also|once|\p{Ll}+ly)\s+)?",
    regex.I,
)
_PHRASE_COMMA = regex.compile(r",[\"”’']*\s+")
_PHRASE_COMMAS = 3


def _subject_after_phrase(text: str, cue: Span, sentence: Span, lexicon: Lexicon) -> Mention | None:
    """The subject right after one of the first commas after an opening participle's phrase."""
    for comma in itertools.islice(_PHRASE_COMMA.finditer(text, cue.end, sentence.end), _PHRASE_COMMAS):
        mention = clause_subject(text, comma.end(), sentence.end, lexicon)
        if can_speak(mention, lexicon) and mention.span.start == _EDGE.match(text, comma.end()).end():
            return mention
    return None


def _coordinated_subject(text: str, lo: int, joint: int, lexicon: Lexicon) -> Mention | None:
    """`when Rubio thanked Miami and said …`: the subject of the last verb before the `and`
    that joins the cue on, when it can speak; an infinitive's own (`prompted Rubio to make a
    joke and call …`: Rubio)."""
    verbs = [m.start() for m in _PAST_VERB.finditer(text, lo, joint)] \
        + [m.start("verb") for m in _INFINITIVE.finditer(text, lo, joint)]
    for start in sorted(verbs, reverse=True):
        mention = subject_before(text, lo, start, lexicon)
        if can_speak(mention, lexicon):
            return mention
    return None


_PAST_VERB = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}{2,}ed(?![\p{L}’'\-])")
_INFINITIVE = regex.compile(r"(?<![\p{L}’'\-])to\s+(?P<verb>\p{Ll}{2,})(?![\p{L}’'\-])")


def _no_source(mention: Mention, lexicon: Lexicon) -> bool:
    """`according to plan`, `according to seniority`: a bare noun to measure by, not a source
    (`according to the schedule published Monday` is one)."""
    return mention.kind == "nominal" and mention.head in lexicon.non_sources and mention.span == mention.head_span


def _reduced_relative(text: str, match, lexicon: Lexicon) -> bool:
    """An `-ing` form of a verb that reports no clause, right after a noun, modifies the noun
    (`the face beaming from billboards`): no one speaks. Verbs of saying report what the
    noun says (`a statement saying the U.S. …`, `voters telling their stories`). A phrase
    (`was quoted as saying`) is a verb of its own."""
    verb = match.group().lower()
    if not verb.endswith("ing") or " " in verb or verb in lexicon.clause_verbs or verb in lexicon.question_verbs \
            or verb in lexicon.object_verbs or _REPORTS_NEXT.match(text, match.end()):
        return False
    before = _NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start())
    word = before.group(1).lower().replace("’", "'") if before is not None else ""
    return bool(word) and word not in _NOT_NOUNS and not word.endswith(("ly", "'re", "'m")) \
        and not (word.endswith("'s") and word[:-2] in _CONTRACTED) \
        and _CAUSATIVE_BEFORE.search(text, max(0, match.start() - 40), match.start()) is None


_REPORTS_NEXT = regex.compile(r"\s*(?:that\b|[:,\"“‘']|whether\b|how\b|why\b|what\b)")
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(\p{L}[\p{L}’'\-]*)\s+$")
# `had Republicans wondering`: the `-ing` form says what its object does.
_CAUSATIVE_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:had|has|have|having|left|leaves|leave|got|gets|kept|keeps|sent|sends|set|sets)"
    r"\s+\p{L}[\p{L}’'\-]*\s+$",
    regex.I,
)
_CONTRACTED = frozenset("he she it that who there what".split())  # `he's telling`
_NOT_NOUNS = PREPOSITIONS | frozenset("""
    is was are were be been being am keep keeps kept start started starts begin began begins continue
    continues continued stop stopped stops now still also then later again eventually finally even just
    not never only already repeatedly publicly privately and or but while without
""".split())


def _inverts(verb: str, lexicon: Lexicon) -> bool:
    """Whether the speaker may follow the cue: `said Lee`, but not `told Lee`."""
    verb = verb.lower()
    return verb in lexicon.clause_verbs and not verb.startswith("t")


def _inverted_mention(text: str, cue: Span, sentence: Span, lexicon: Lexicon) -> Mention | None:
    mention = subject_after(text, cue.end, sentence.end, lexicon)
    return mention if mention is not None and _inverted_speaker(text, mention, sentence, lexicon) else None


def _named_right_after(text: str, cue: Span, inverted: Mention) -> bool:
    """A name right after a clause verb, which is its speaker even where the clause before
    the comma has a subject that could speak."""
    return inverted.kind == "name" and inverted.span.start - cue.end <= 2 \
        and (text[inverted.span.start].isupper() or bool(inverted.titles))


_WITH = regex.compile(r"\bwith\s+")


def _absolute_subject(text: str, lo: int, match, lexicon: Lexicon) -> Mention | None:
    """`…, with Ortiz noting that …`: the subject of a participle after `with`."""
    if not match.group().endswith("ing"):
        return None
    last = None
    for last in _WITH.finditer(text, max(lo, match.start() - 80), match.start()):
        pass
    mention = subject_before(text, last.end(), match.start(), lexicon) if last is not None else None
    if mention is not None and not _ADVERBS.fullmatch(text, mention.span.end, match.start()):
        return None  # `He struggles with a task - bragging - conceding`: the participle is not the noun's
    return mention


_ADVERBS = regex.compile(r"(?:\s+\p{Ll}+ly)*\s*")
# `that` opening a clause, not a relative one (`the show that aired`).
_THAT_NEXT = regex.compile(r"\s+that\b(?!\s+(?:would|will|is|was|are|were|has|have|had|could|can|\p{Ll}+ed)\b)")
_COORDINATED_NAME = regex.compile(r"\band\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}$")
# REVERSE: a pattern anchored where its search window ends (`…$`) is matched from that end
# backwards: the same match, without the engine trying every start in the window.
_WORD_BEFORE = regex.compile(r"([\p{L}’'.\-]+)\s+$", regex.REVERSE)
_WORD_AFTER = regex.compile(r"\s+([\p{L}’'\-]+)")
_HAVING = regex.compile(r"(?<![\p{L}’'\-])having\s+$", regex.I)
_THAT_COMMA = regex.compile(r"\s+that\s*,")
_WORTH = regex.compile(r"(?<![\p{L}’'\-])worth\s+$", regex.I)
_GOES_WITHOUT = regex.compile(r"(?<![\p{L}’'\-])(?:go|goes|went|going)\s+without\s+$", regex.I)
_POSSESSIVES = "his|her|their|its|my|our|your"
_POSSESSIVE_BEFORE = regex.compile(rf"(?<![\p{{L}}’'\-])(?:{_POSSESSIVES})\s+$", regex.I)
# A lower-case singular word with no article after a conjunction: a modifier, not a subject.
_BARE_NOUN_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(?:because|and|but|while|although|if|when|since)\s+(?P<noun>\p{Ll}+(?<!s))\s+$", regex.REVERSE)
_MASS_ROLES = frozenset({"staff", "police", "counsel", "management", "leadership", "security", "personnel"})
# Determiners after which any cue form is a noun; `her` may be an object (`heard her praise Lee`).
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "their", "its", "my", "our", "your"})
_DETERMINER_BEFORE = regex.compile(rf"(?<![\p{{L}}’'\-])(?P<word>{_POSSESSIVES}|the|a|an|this|these|those)\s+$", regex.I | regex.REVERSE)


def _refused_act(text: str, match, lexicon: Lexicon) -> bool:
    """`refusing to offer a mea culpa`: a refusal of something other than speech introduces no quotation."""
    if " ".join(match.group().lower().split()) not in lexicon.refusals:
        return False
    act = _WORD_AFTER.match(text, match.end())
    return act is None or act.group(1).lower() not in lexicon.refused_acts


def _goes_without(text: str, match) -> bool:
    """`it goes without saying`, `a prosecutor who reports to the president`, `all told`: idioms,
    nobody says anything."""
    cue, start = match.group(), match.start()
    if cue.lower().startswith("report") and match_near(_TO_SOMEONE, text, match.end()):
        return True
    if cue == "told" and _ALL_TOLD.search(text, max(0, start - 8), start):
        return True  # `All told, the city spent …`: in all
    if cue == "say" and _LETS.search(text, max(0, start - 8), start):
        return True  # `Let's say the deal is dead`: suppose
    if cue == "said" and _HAVING.search(text, max(0, start - 8), start) and match_near(_THAT_COMMA, text, match.end()):
        return True  # `Having said that, …`: the writer turns to something else
    if not cue.endswith("ing"):
        return False
    if _WORTH.search(text, max(0, start - 8), start):
        return True  # `It's worth noting that …`: the writer's own remark
    if _NOUN_VERB_NEXT.match(text, match.end()) and not _PROGRESSIVE_BEFORE.search(text, max(0, start - 8), start):
        return True  # `Her favorite saying was "…"`, `the saying goes`: a noun; not `All I'm asking is`
    return cue == "saying" and _GOES_WITHOUT.search(text, max(0, start - 20), start) is not None


def _bare_role_before(text: str, pos: int, lexicon: Lexicon) -> bool:
    """A singular role word with no article right after a conjunction, right before ``pos``;
    the pattern's noun can only be the last word, so it runs only when that word is a role."""
    window = max(0, pos - 40)
    last = text[window:pos].rsplit(None, 1)[-1:]
    return bool(last) and last[0] in lexicon.role_nouns and last[0] not in _MASS_ROLES \
        and _BARE_NOUN_BEFORE.search(text, window, pos) is not None


_ALL_TOLD = regex.compile(r"(?<![\p{L}’'\-])[Aa]ll\s+$")
_LETS = regex.compile(r"(?<![\p{L}’'\-])(?:[Ll]et[’']s|[Ll]et\s+us)\s+$")
_NOUN_VERB_NEXT = regex.compile(r"\s+(?:is|was|goes|went)(?![\p{L}’'\-])")
# Evidence and when it came out, right before a finding verb: `a poll released Wednesday`.
_EVIDENCE_PUT_OUT = regex.compile(
    r"(?<![\p{L}’'\-])(?P<noun>\p{L}+)\s+(?:released|published|conducted|taken|issued|out"
    r"|(?:obtained|compiled|seen|analy[sz]ed)\s+by\s+(?:the\s+)?[\p{L}.\-]+(?:\s+[\p{L}.\-]+){0,2}?)"  # `figures obtained by the BBC show`
    r"(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAMES
    + r"|today|yesterday|(?:last|this|earlier\s+this)\s+\p{Ll}+|in\s+(?:early\s+|late\s+)?\p{Lu}\p{Ll}+))?\s+$"
)
# What describes a poll or a record after it, short of a clause of its own (`the footage released
# by the family did not show`, `polls by the college that show`).
_DESCRIPTION = (r"(?:(?!(?<![\p{L}’'\-])(?:that|which|who|not|is|was|are|were|has|have|had|do|does|did|will|would|"
                r"seems?|appears?)(?![\p{L}’'\-]))[^,;:.!?\"“”()]){1,60}")
# A poll or a record and what places or describes it, right before its verb: `polls there`,
# `polls in New Hampshire`, `a video of the episode`, `exit polls taken in Ohio`.
_EVIDENCE_DESCRIBED = regex.compile(
    r"(?<![\p{L}’'\-])(?P<noun>\p{L}+)(?:\s+(?:there|here)"
    r"|\s+(?:of|from|in|by|on|among|for|at|taken|conducted|released|published|credited\s+to)\s+" + _DESCRIPTION + r")\s+$"
)


def _evidence_described_before(text: str, pos: int, lexicon: Lexicon) -> bool:
    return any(m.group("noun").lower() in lexicon.evidence_nouns
               for m in _EVIDENCE_DESCRIBED.finditer(text, max(0, pos - 80), pos, overlapped=True))


# A poll or a record as the subject of a finding verb, with the few words that open it and what
# describes it after it (`Recent polling`, `exit polls taken in Ohio`, `as a new poll showed`), or
# the antecedent of a relative subject (`a review of the emails that seems to show`).
_EVIDENCE_SUBJECT = regex.compile(
    r"(?<![\p{L}’'\-])(?:(?:(?i:a|an|the|recent|new|latest|early|exit|official|national|public|internal|other|"
    r"several|some|many|most|all|these|those)|(?!(?:But|And|Yet|So|As|If|When|While|After|Before|Since)\b)"
    r"\p{Lu}[\p{L}’'.\-/]*)\s+){0,3}?(?P<noun>\p{L}+)"
    r"(?:\s+(?:there|here)|\s+(?:of|from|in|by|on|among|for|at|taken|conducted|released|published|credited\s+to)"
    r"\s+" + _DESCRIPTION + r")?"
    r"(?P<relative>(?:\s+(?:that|which))?(?:\s+(?:seems?|seemed|appears?|appeared)\s+to)?)(?=\s+$)"  # `a review that seems to show`
)


def _evidence_subject(text: str, lo: int, match, lexicon: Lexicon) -> Mention | None:
    """The poll or record a finding verb's clause opens with, where no speaker is found
    (`Recent polling shows …`, `Polls there show …`, `as a new poll showed …`)."""
    if match.group() not in lexicon.finding_verbs:
        return None
    for found in _EVIDENCE_SUBJECT.finditer(text, max(lo, match.start() - 100), match.start(), overlapped=True):
        if found.group("noun").lower() in lexicon.evidence_nouns:
            noun = Span(*found.span("noun"))
            return Mention(Span(found.start(), found.start("relative")), noun, "nominal", found.group("noun").lower())
    return None


_FINITE_NEXT = regex.compile(
    r"(?:\s+(?:also|still|again|often|never|already|\p{Ll}{2,}ly))?"  # `Jobless claims also fell`
    r"\s+(?:are|were|have|had|will|would|could|can|may|might|said|say|rose|fell|grew|show|showed|suggest|\p{Ll}{2,}ed)"
    r"(?![\p{L}’'\-])"
)
_PROGRESSIVE_BEFORE = regex.compile(r"(?:[’']m|[’']re|[’']s|(?<![\p{L}’'\-])(?:am|is|are|was|were|be|been))\s+$", regex.I | regex.REVERSE)


# `reports to the president`, but not `reported to the council that …`
_TO_SOMEONE = regex.compile(r"\s+(?:directly\s+)?to\s+(?:the|a|an|his|her|their|its|\p{Lu})(?![^.;:\"“”]{0,60}\bthat\b)")


def _verb_reading(text: str, match, lexicon: Lexicon) -> bool:
    """A cue form that is as often a noun (`report`, `comments`) counts as a verb only after a
    pronoun or a name, or before `that`: `the FEC report covering`, `Trump's comments` do not.
    After a poll or a record a finding verb is a verb (`the poll shows`, `records show`), and
    so is an `-s` form after a singular role or thing noun (`the spokesman calls`, `the ad
    states`); an `-ing` form after a determiner is a noun (`his writing`), an `-ed` form an
    adjective (`an alleged plot`), and any form after an article a noun (`on a call`)."""
    if _noun_by_context(text, match, lexicon):
        return False
    if match.group() not in lexicon.noun_like_forms:
        return True
    return _noun_like_form_is_verb(text, match, lexicon)


def _noun_by_context(text: str, match, lexicon: Lexicon) -> bool:
    """Whether the words around any cue form make it no verb: a determiner or a preposition
    before it, a headline's capitals going on after it, `goes on` with no words following."""
    determiner = _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start())
    if determiner is not None and (match.group().endswith(("ing", "ed"))
                                   or determiner.group("word").lower() in _NOUN_DETERMINERS):
        return True  # `a collection of his writing`, `funded the reporting`, `in an alleged robbery`, `on a call`, `his praise of`
    before = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
    if before is not None and before.group(1) in PREPOSITIONS and before.group(1) != "to" \
            and not match.group().endswith(("ing", "s")):
        return True  # `in praise and in scorn`: a bare form after a preposition is a noun (not `a voice over says`)
    if _goes_without(text, match):
        return True
    if _bare_role_before(text, match.start(), lexicon):
        return True  # `because conservative thought leaders …`: a singular role with no article is no subject
    if _title_before_name(text, match, before, lexicon):
        return True  # `the aide of deputy counsel Ana Ortiz`: a role named by its title, no verb
    if match.group() in lexicon.headline_cues and _LOWER_WORD_NEXT.match(text, match.end()):
        return True  # `Councilwoman Ada Says voted …`: a headline's cue in capitals goes on in capitals
    if match.group().lower() in _GO_ON and not _GO_ON_SPEAKING.match(text, match.end()):
        return True  # `once the Senate goes on recess`: going on to speak is followed by the words
    return False


def _title_before_name(text: str, match, before, lexicon: Lexicon) -> bool:
    """A cue form that is also a role (`counsel`, `delegate`), after a title word in lower case
    and before a capitalised name: `deputy counsel Ana Ortiz` is a title, not `aides counsel Ortiz`."""
    return before is not None and before.group(1) in lexicon.titles and match.group() in lexicon.role_nouns \
        and match_near(_CAPITAL_NEXT, text, match.end()) is not None


_CAPITAL_NEXT = regex.compile(r"[^\S\n]+\p{Lu}")


def _noun_like_form_is_verb(text: str, match, lexicon: Lexicon) -> bool:
    """Whether a form as often a noun is a verb here: not after a possessive or before a title,
    but before `that`; else as the word before it (past adverbs and auxiliaries) decides."""
    if _POSSESSIVE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return False  # `her claim that she …`: a noun, `that` or not
    if match_near(_THAT_NEXT, text, match.end()) and match.group().lower() not in lexicon.frame_only_verbs \
            and not _modified_noun(text, match, lexicon):
        return True  # but `on a conference call that …`: `call` takes no clause, so `that` makes it no verb;
        # nor does `a controversial comment that …`, a noun after its determiner and adjective
    after = _WORD_AFTER.match(text, match.end())
    if after is not None and after.group(1) in lexicon.titles:  # lower case: not `call Republican Ana Ortiz`
        return False  # `press secretary Ana Ortiz said`
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    for _ in range(3):  # `she frequently talks`, `Ortiz also claims`, `the paper has long reported`
        if before is None or not (before.group(1).endswith("ly") or before.group(1) in lexicon.auxiliaries):
            break
        before = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start()) or before
    if before is None:
        return False
    return _verb_after_word(text, match, before, lexicon)


def _modified_noun(text: str, match, lexicon: Lexicon) -> bool:
    """Whether a bare form follows a determiner and the words that describe it (`a
    controversial comment`, `the earlier report`): a singular word that is no person before a
    bare form makes it a noun; not `the officials claim`, `the people report`."""
    if match.group().endswith("s"):
        return False
    found = _DETERMINER_MODIFIERS.search(text, max(0, match.start() - 40), match.start())
    if found is None:
        return False
    word = found.group("word")
    return word not in lexicon.role_nouns and word not in _NOT_NOUNS and word not in _FREQUENCY \
        and word not in lexicon.function_words and not word.endswith("ly")  # not `the town often comment`


_FREQUENCY = frozenset("often always sometimes usually seldom rarely".split())
# A determiner, then one or two lower-case words, the last of them singular.
_DETERMINER_MODIFIERS = regex.compile(
    rf"(?<![\p{{L}}’'\-])(?i:a|an|the|this|that|{_POSSESSIVES})\s+(?:\p{{Ll}}[\p{{L}}\-]*\s+)?"
    r"(?P<word>\p{Ll}[\p{L}\-]*(?<!s))\s+$", regex.REVERSE)


def _verb_after_word(text: str, match, before, lexicon: Lexicon) -> bool:
    """Whether a form as often a noun is a verb after the word before it (``before``): after a
    poll or record for a finding verb, a pronoun, an infinitive's `to`, a subject noun agreeing
    with it, or a name that modifies nothing."""
    word = before.group(1)
    if match.group() in lexicon.finding_verbs and (described := _EVIDENCE_PUT_OUT.search(
            text, max(0, match.start() - 60), match.start())) is not None \
            and described.group("noun").lower() in lexicon.evidence_nouns:
        return True  # `a poll released Wednesday shows`
    if match.group() in lexicon.finding_verbs and _evidence_described_before(text, match.start(), lexicon):
        return True  # `polls in Ohio show`, `a video of the episode shows`, `polls there show`
    if word.lower() in lexicon.subject_pronouns or word.lower() in ("who", "which"):
        return True  # `she notes`, `the report, which notes`
    if word.lower() in ("and", "but") and match.group().endswith("s") and match_near(_OBJECT_PRONOUN_NEXT, text, match.end()):
        return True  # `says she respects him and calls him "…"`: a second verb of the subject, with its object
    if word == "to" and not match.group().endswith("s"):
        return True  # an infinitive: `was eager to talk about`, `declined to comment on`
    if match.group().endswith("s") and _FINITE_NEXT.match(text, match.end()):
        return False  # `Jobless claims fell`, `News reports said`: a noun, the subject of the verb after it
    if match.group() in lexicon.finding_verbs and word in lexicon.evidence_nouns \
            or match.group().endswith("s") and not word.endswith("s") \
            and (word in lexicon.role_nouns or word in lexicon.thing_nouns or word in lexicon.evidence_nouns):
        return True  # `the poll shows`; `the spokesman calls it`, `the ad states` (but `phone calls`)
    if not match.group().endswith("s") and word.endswith("s") and word in lexicon.role_nouns \
            and word not in lexicon.thing_nouns:
        return True  # `officials state`, `critics charge`: a plural subject takes the bare form
    if not match.group().endswith("s") and not word.endswith("s") \
            and not _COORDINATED_NAME.search(text, max(0, match.start() - 60), before.start()):
        return False  # a singular name takes `reports`, so `the AP report` is a noun
    return word[0].isupper() and not word.lower().endswith(("’s", "'s", "s’", "s'")) \
        and word.lower() not in lexicon.function_words \
        and not _MODIFYING_NAME.search(text, max(0, match.start() - 60), match.start())


# An object pronoun right after a verb form: `calls him`.
_OBJECT_PRONOUN_NEXT = regex.compile(r"\s+(?:him|her|them|it|us|me)\b")
_LOWER_WORD_NEXT = regex.compile(r"\s+(?!(?:a|an|the|of|to|in|on|for|and|or|but|at|by|with|as)\b)\p{Ll}")
_GO_ON = frozenset({"went on", "goes on", "going on"})
_GO_ON_SPEAKING = regex.compile(r"\s*(?:[.,:;—–\"“]|to\s|about\s|$)")


# A name after a number modifies the noun that follows: `22 Clinton emails`.
_MODIFYING_NAME = regex.compile(r"\d\s+(?:\p{Lu}[\p{L}.\-]*\s+){1,3}$")


# What closes a clause after its cue or speaker: the sentence's end, a comma, a dash (a spaced
# hyphen too), or a time or place; `it` or `them` may come first (`"…," she called them - but`).
_CLOSES_CLAUSE = regex.compile(
    PARTY_TAG +  # `said Rep. Ana Ortiz (D-Minn.).`
    r"(?:\s+(?:it|them)(?![\p{L}’'\-]))?"
    r"(?:[\s.!?\"”’')]*$|\s*[,;:—–]|\s+-\s|\s+(?:on|in|at|of|to|during|after|last|this|so)\b)"
)


# After a quotation that ends its sentence, a cue may go on to a clause of time or reason
# (`"We won!" Ortiz said as the crowd cheered.`), which reports nothing.
_TIME_CLAUSE_AFTER_CUE = regex.compile(
    r"\s+(?:as(?!\s+(?:many|much|few|little|well)\b)|while|before|because|until|amid)(?![\p{L}’'\-])"
)


def _inverted_speaker(text: str, mention: Mention, sentence: Span, lexicon: Lexicon) -> bool:
    """`…, said Ortiz.`: after an inverted cue, a name, a pronoun or a role closing the clause."""
    if mention.kind == "nominal" and mention.head not in lexicon.role_nouns:
        return False
    return _CLOSES_CLAUSE.match(text, mention.span.end, sentence.end) is not None


def attribute(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[QuotedSpan],
    lexicon: Lexicon = ENGLISH,
) -> Attributed:
    """Attach a speaker and cue to each quotation; scare quotes and nicknames are left out."""
    quotes = [q for q in quotes if not _nickname(text, q)]
    events = find_events(text, paragraphs, sentences, quotes, lexicon)
    sentence_starts = [s.start for s in sentences]
    own = [
        _own_attribution(text, quotes, i, _sentence_of(sentences, sentence_starts, q.open_mark.start), sentences,
                         sentence_starts, paragraphs, lexicon)
        for i, q in enumerate(quotes)
    ]
    own = [_poll_for_share(text, a, sentences, sentence_starts) for a in own]
    own = [_chanted_by_crowd(text, a, sentences, sentence_starts, lexicon) for a in own]
    headline = headline_paragraph(text, paragraphs, lexicon)
    single_subheadings = any(not q.single for q in quotes)
    deck = _deck(text, paragraphs, headline) if single_subheadings else None

    def reason_for(a: Attribution) -> str | None:
        return _scare_reason(text, a, headline, lexicon, single_subheadings, deck)

    reasons = [reason_for(a) for a in own]
    _reread_past_dropped(own, reasons, reason_for, lambda i: _past_dropped(
        text, quotes, reasons, i, sentences, sentence_starts, paragraphs, lexicon))
    _drop_listed_terms(text, own, reasons)
    for i in range(1, len(own)):
        if i >= 2 and _resumes_after_aside(text, own[i - 2], own[i - 1], own[i]):
            continue  # it goes on with the quotation before the aside, later
        if reasons[i - 1] is None and _shares_cue(text, own[i - 1], own[i], sentence_starts, lexicon):
            own[i] = replace(own[i - 1], quote=own[i].quote, kind="mixed", rule="speaker-verb-partial",
                             confidence=confidence("speaker-verb-partial"))
            reasons[i] = reason_for(own[i])
    kept = [_speaker_of_kept_words(text, a, _sentence_of(sentences, sentence_starts, a.quote.open_mark.start), lexicon)
            if _kept_as_speech(text, a) else a for a, reason in zip(own, reasons) if reason is None]
    scare = [a.quote.outer for a, reason in zip(own, reasons) if reason in ("scare", "title")]
    return Attributed(_continue_speakers(text, paragraphs, kept, events, lexicon), events, scare)


_DROPPED = frozenset({"title", "scare"})


def _poll_for_share(text: str, a: Attribution, sentences: Sequence[Span], sentence_starts: list[int]) -> Attribution:
    """`In a Post-ABC News poll, 75 percent of Republicans said "…"`: a share of those polled
    speaks through the poll its sentence names, which is the source."""
    mention = a.mention
    if mention is None or mention.kind != "nominal" or _SHARE.search(text, *mention.span) is None:
        return a
    sentence = _sentence_of(sentences, sentence_starts, a.quote.open_mark.start)
    poll = _POLL.search(text, sentence.start, sentence.end)
    if poll is None:
        return a
    word = poll.span("noun")
    return replace(a, mention=Mention(Span(*poll.span()), Span(*word), "nominal", text[word[0] : word[1]].lower()))


# A share of people polled: `75 percent of Republicans`, `six in 10 voters`, `the vast majority`.
_SHARE = regex.compile(
    r"(?<!\d)\d+\s*(?:percent|per\s+cent|%)|\b(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:10|ten)\b"
    r"|\b(?:majority|plurality|half|third|quarter)\b",
    regex.I,
)
# `a September Washington Post-ABC News poll`, `The Q poll`, `an AP-GfK survey`.
_POLL = regex.compile(
    r"\b(?:a|an|the|this|that|its|their)\s+(?:[\p{L}\p{N}.’'/\-]+\s+){0,6}?(?P<noun>poll|survey)\b", regex.I
)


def _chanted_by_crowd(text: str, a: Attribution, sentences: Sequence[Span], sentence_starts: list[int],
                      lexicon: Lexicon) -> Attribution:
    """`Lee roused the crowd to chants of "Lock him up!"`, `"Recount!" came shouts from the crowd`,
    `protesters gathered, chanting "…"`: what a crowd cries out is the crowd's, not the words of
    whoever the sentence is about."""
    if a.mention is not None and a.mention.head in lexicon.crowd_nouns:
        return a
    named = _named_chant(text, a.quote, lexicon)
    chanting = not named and _chanting(text, a, lexicon)
    if not named and not chanting:
        return a
    sentence = _sentence_of(sentences, sentence_starts, a.quote.open_mark.start)
    crowds = list(_crowd_pattern(lexicon.crowd_nouns).finditer(text, sentence.start, sentence.end))
    # a crowd between the subject and a participle it goes with: `Lee spoke where protesters gathered, chanting`
    floor = a.mention.span.end if not named else sentence.start
    before = [m for m in crowds if floor <= m.start() and m.end() <= a.quote.open_mark.start
              and (named or _CROWD_ACTS.match(text, m.end(), a.quote.open_mark.start) is not None)]
    after = [m for m in crowds if m.start() >= a.quote.close_mark.end] if named else []
    crowd = before[-1] if before else after[0] if after else None
    if crowd is None:
        return a
    head = crowd.span("noun")
    mention = Mention(Span(*crowd.span()), Span(*head), "nominal", text[head[0] : head[1]].lower())
    # the cue of the sentence (`roused the crowd to chants of`) is no verb of the crowd's; a participle is
    return replace(a, mention=mention, cue=a.cue if chanting else None, rule="crowd-chant",
                   confidence=confidence("crowd-chant"))


def _named_chant(text: str, quote: QuotedSpan, lexicon: Lexicon) -> bool:
    """A quotation named as a chant: `chants of "…"`, `the chant "…"`, `"…" chants`, `"…" came shouts`."""
    named = _CHANT_BEFORE.search(text, max(0, quote.open_mark.start - 24), quote.open_mark.start) \
        or _CHANT_AFTER.match(text, quote.close_mark.end)
    return named is not None and named.group("noun").lower() in lexicon.chant_nouns


def _chanting(text: str, a: Attribution, lexicon: Lexicon) -> bool:
    """`…, chanting "…"`: a participle of crying out after a comma, which the nearest crowd raises."""
    if a.mention is None or a.cue is None:
        return False
    verb = text[a.cue.start : a.cue.end].lower()
    return verb.endswith("ing") and verb in lexicon.utterance_verbs and comma_before(text, a.cue.start)


# A crowd that is the subject of its own verb: `protesters had gathered`, not `faced the crowd, shouting`.
_CROWD_ACTS = regex.compile(r"\s+(?:(?:had|have|has|was|were)\s+)?\p{Ll}{2,}ed(?![\p{L}’'\-])")
_CHANT_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(?P<noun>\p{Ll}+)(?:\s+of)?\s+$", regex.REVERSE)
_CHANT_AFTER = regex.compile(r"[\s,]*(?:came\s+)?(?P<noun>\p{Ll}+)(?![\p{L}’'\-])")
@lru_cache(maxsize=4)
def _crowd_pattern(nouns: frozenset[str]) -> regex.Pattern:
    """A crowd, with what counts or describes it: `about 50 protesters`, `the angry crowd`."""
    return regex.compile(
        r"(?<![\p{L}’'\-])(?:(?:(?:the|a|an|some|many|about|around|nearly|dozens\s+of|hundreds\s+of|thousands\s+of"
        r"|\d[\d,]*)\s+){1,3}(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}?)?(?P<noun>" + trie_pattern(set(nouns)) + r")(?![\p{L}’'\-])",
        regex.I,
    )


def _reread_past_dropped(
    own: list[Attribution], reasons: list[str | None], reason_for: Callable[[Attribution], str | None],
    past_dropped: Callable[[int], Attribution | None],
) -> None:
    """Quotations right after dropped titles and scare quotes, read again without them (in place)."""
    for i in range(1, len(own)):
        if reasons[i - 1] not in _DROPPED:
            continue
        if reasons[i] == "scare":
            # `stating on NBC's "Meet the Press" that her "judgment" was lacking`: the lead reaches
            # back past the dropped quotes to a speaker
            again = past_dropped(i)
            if again is not None and again.mention is not None:
                own[i], reasons[i] = again, reason_for(again)
        elif reasons[i] is None and own[i].mention is None and own[i].subject is None:
            # `On "Meet the Press," Ortiz shrugged off the loss. "…"`: a dropped title keeps the
            # sentence before from leading in no more than the quotation's own words would
            again = past_dropped(i)
            if again is not None and again.kind == "direct" and again.mention is None and again.subject is not None \
                    and reason_for(again) is None:
                own[i] = again


def _drop_listed_terms(text: str, own: list[Attribution], reasons: list[str | None]) -> None:
    """`words such as "border," "wall" and "visa"`: quoted items with no speaker in a list a
    term noun opens are terms, each of them (in place)."""
    headed = False
    for i, a in enumerate(own):
        listed = i > 0 and _LIST_GAP.fullmatch(text, own[i - 1].quote.close_mark.end, a.quote.open_mark.start)
        if not listed:
            headed = _term_noun_before(text, a.quote)
        if headed and reasons[i] is None and a.rule in _GUESSED_SPEAKER:
            reasons[i] = "scare"


# Between two items of a list of quoted words: spaces, a comma, `and`, `or`.
_LIST_GAP = regex.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:(?:and|or)[^\S\n]+)?")


def _past_dropped(
    text: str, quotes: list[QuotedSpan], reasons: list[str | None], index: int, sentences: Sequence[Span],
    sentence_starts: list[int], paragraphs: Sequence[Span], lexicon: Lexicon,
) -> Attribution | None:
    """A quotation's own attribution read again with the titles and scare quotes dropped right
    before it left out, as words of its clause; None for a quotation that is itself a name in
    capitals (`the names "Miss Piggy" and "Miss Housekeeping"`)."""
    first = index
    while first > 0 and reasons[first - 1] in _DROPPED:
        first -= 1
    quote = quotes[index]
    if _title_case(_WORD.findall(text, quote.start, quote.end)):
        return None
    sentence = _sentence_of(sentences, sentence_starts, quote.open_mark.start)
    return _own_attribution(text, [*quotes[:first], *quotes[index:]], first, sentence, sentences,
                            sentence_starts, paragraphs, lexicon)


def _nickname(text: str, quote: QuotedSpan) -> bool:
    """A nickname inside a name, `John "Tig" Tiegen`: no quotation, and no end to the clause
    around it."""
    return _NICKNAME.fullmatch(text, quote.start, quote.end) is not None \
        and _NAME_BEFORE.search(text, max(0, quote.open_mark.start - 30), quote.open_mark.start) is not None \
        and _NAME_AFTER.match(text, quote.close_mark.end) is not None


def _shares_cue(text: str, before: Attribution, after: Attribution, sentence_starts: list[int],
                lexicon: Lexicon) -> bool:
    """`Ortiz called the plan's "claim of right" over the land "disturbing."`: a quotation with
    no cue of its own, in the clause of a quoted phrase a cue before them both introduced."""
    if after.rule != "no-speaker" or before.rule not in _LEADING_RULES:
        return False
    gap = Span(before.quote.close_mark.end, after.quote.open_mark.start)
    same_sentence = bisect_right(sentence_starts, before.quote.open_mark.start) == bisect_right(sentence_starts, gap.end)
    return same_sentence and _CLAUSE_BREAK.search(text, gap.start, gap.end) is None \
        and _SUBJECT_AND_VERB.match(text, gap.start, gap.end) is None \
        and not any(m.group().lower() in lexicon.clause_verbs for m in cue_pattern(lexicon).finditer(text, *gap))


_LEADING_RULES = frozenset({"speaker-verb-partial", "speaker-verb-quote"})
# `, and that …` goes on with what the cue reports; a decimal point is no full stop.
_CLAUSE_BREAK = regex.compile(
    r"[;:!?—–]|(?<!\d)\.|\.(?!\d)|,\s+(?:and|but|while|whereas)\b(?!\s+(?:that|whether)\b)"
    r"|\b(?:and|but)\s+(?:he|she|they|it|we|I)\b"
)
# A clause of its own right after a quoted phrase: a name or a pronoun, then a verb in the past
# or the present (`called it "distasteful," Ana Ortiz expressed a wish to "…"`).
_SUBJECT_AND_VERB = regex.compile(
    r"\s*(?:(?:\p{Lu}[\p{L}’'.\-]*\s+){1,4}|(?:he|she|they|we|I)\s+)(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|s)(?![\p{L}’'\-])"
)


def _sentence_of(sentences: Sequence[Span], starts: list[int], pos: int) -> Span:
    i = max(0, bisect_right(starts, pos) - 1)
    return sentences[i]


def _own_attribution(
    text: str, quotes: Sequence[QuotedSpan], index: int, sentence: Span, sentences: Sequence[Span],
    sentence_starts: list[int], paragraphs: Sequence[Span], lexicon: Lexicon,
) -> Attribution:
    """A quotation's attribution from its own sentence: a transcript label, a cue after it (or
    opening the next sentence), a cue before it, a cue closing the sentence, then, with nothing
    before it, a signature or heading around it, and last the subject of its sentence."""
    quote = quotes[index]
    prev_close = quotes[index - 1].close_mark.end if index > 0 else -1
    next_open = quotes[index + 1].open_mark.start if index + 1 < len(quotes) else len(text)
    # `BERLIN (AP) — "…," she said`: a dateline is no part of the sentence the quotation stands in
    lead = Span(max(after_dateline(text, sentence.start, quote.open_mark.start), prev_close), quote.open_mark.start)
    trail = _trail(text, quote, min(sentence.end, next_open))
    lead_empty = PUNCT_ONLY.fullmatch(text, lead.start, lead.end) is not None
    trail_empty = PUNCT_ONLY.fullmatch(text, trail.start, trail.end) is not None

    labelled = _transcript_attribution(text, quote, lexicon)
    if labelled is not None:
        return labelled
    # a cue may follow a quoted phrase (`"…," Bill Ode, wearing "Vote Ode" pins, said`)
    next_whole = _past_embedded(text, quotes, index + 1, sentence.end)
    past_phrases = _trail(text, quote, min(sentence.end, next_whole))
    found = _trailing_cue(text, past_phrases, lexicon, other_verbs=lead_empty)
    if lead.start == sentence.start and _INSIDE_ASKED.fullmatch(text, lead.start, lead.end):
        # `Asked whether Ortiz is "fit to serve," 60 percent said yes`: the question's words, not the answer's
        return Attribution(quote, "mixed", None, None, "question-put", confidence("question-put"))
    if found is None and _question_put(text, lead, quote):
        # `Ortiz was asked, "…?"`: the words of an asker the sentence does not name, whoever answers
        return Attribution(quote, "direct", None, None, "question-put", confidence("question-put"))
    leading = _leading_or_possessed(text, lead, quote, sentence, lexicon) \
        if found is None or _trailing_yields(text, lead, trail, past_phrases, next_whole, found, lead_empty, lexicon) \
        else None
    if leading is not None:
        found = None
    if found is None and leading is None and trail_empty and quote.closed:
        found = _next_sentence_cue(text, quote, sentence, sentences, sentence_starts, next_open, lexicon)
        if found is not None:  # `"…?" Ortiz said, according to CNN.`: the account is told in the cue's sentence
            trail = Span(trail.start, min(next_open, _sentence_of(sentences, sentence_starts, found[1].start).end))
    if found is not None or leading is not None:
        return _cued_attribution(text, quote, lead, trail, found, leading, lead_empty, lexicon)
    closing = _closing_cue(text, trail, lexicon) if not trail_empty and not quote.single else None
    if closing is not None:
        return Attribution(quote, "mixed", closing[0], closing[1], "sentence-closing-cue",
                           confidence("sentence-closing-cue"))
    if lead_empty:
        return _bare_quote_attribution(text, quote, prev_close, sentence, sentences, sentence_starts, paragraphs, lexicon)
    heading = _item_heading(text, quote, paragraphs[quote.paragraph])
    if heading is not None:
        return Attribution(quote, "direct", heading, None, "headline-item", confidence("headline-item"))
    if _introduced(text, quote):
        return Attribution(quote, "direct", None, None, "no-speaker", confidence("no-speaker"))
    opening = _opening_participle_speaker(text, quote, lead, sentence, lexicon)
    if opening is not None:
        return Attribution(quote, "mixed", opening[0], opening[1], "sentence-subject", confidence("sentence-subject"))
    agent = _agent_of_passive(text, quote, lead, sentence, lexicon)
    if agent is not None:
        return Attribution(quote, "mixed", agent[0], agent[1], "speaker-verb-partial", confidence("speaker-verb-partial"))
    return _subject_attribution(text, quotes, index, lead, sentence, lexicon)


def _agent_of_passive(
    text: str, quote: QuotedSpan, lead: Span, sentence: Span, lexicon: Lexicon
) -> tuple[Mention, Span] | None:
    """A passive with no speech verb whose agent named the quoted words, before them (`the plan was
    seen by critics as a "lifeboat"`) or after them (`Ortiz was accused of "lying" by her rival`):
    the agent and the participle; not `a party he has been accused of "…"` with no agent."""
    start = quote.open_mark.start
    before = _AGENT_AS_BEFORE.search(text, max(lead.start, start - _AGENT_WINDOW), start)
    if before is not None:
        agent = subject_after(text, before.start("agent"), before.end("agent"), lexicon)
        if agent is None or agent.span.end != before.end("agent"):
            return None  # `seen by critics of the plan at city hall as`: no whole phrase to go by
    else:
        before = _PASSIVE_COMPLEMENT_BEFORE.search(text, max(lead.start, start - _AGENT_WINDOW), start)
        by = _BY.match(text, quote.close_mark.end, sentence.end) if before is not None else None
        agent = subject_after(text, by.end(), sentence.end, lexicon) if by is not None else None
    if agent is None or agent.kind == "pronoun" or not can_speak(agent, lexicon):
        return None
    return agent, Span(*before.span("verb"))


def _item_heading(text: str, quote: QuotedSpan, para: Span) -> Mention | None:
    """`CITY PARKS TO CLOSE EARLY "The council voted on Monday …" [Tribune.]`: in a digest of
    stories, the headline in capitals that opens the paragraph stands for the story the
    quotation is taken from."""
    if quote.open_mark.start - para.start > _ITEM_HEADING_CHARS:
        return None
    heading = _ITEM_HEADING.fullmatch(text, para.start, quote.open_mark.start)
    if heading is None:
        return None
    span = Span(*heading.span("heading"))
    return Mention(span, span, "nominal", text[span.start : span.end].lower())


# Three words or more in capitals, nothing else, before a quotation on the same line.
_ITEM_HEADING_CHARS = 160
_CAPITALS_WORD = r"(?=[^\s\p{Ll}]*\p{Lu})[^\s\p{Ll}]+"
_ITEM_HEADING = regex.compile(rf"[^\S\n]*(?P<heading>{_CAPITALS_WORD}(?:[^\S\n]+{_CAPITALS_WORD}){{2,}})[^\S\n]*")


def _opening_participle_speaker(
    text: str, quote: QuotedSpan, lead: Span, sentence: Span, lexicon: Lexicon
) -> tuple[Mention, Span] | None:
    """`While denouncing the "perversion" of the tax code, Ortiz …`: a quoted phrase inside a
    participle of saying that opens its sentence is the words of the main clause's subject."""
    start = after_dateline(text, sentence.start, lead.end)
    if start != lead.start:
        return None  # another quotation before it in the phrase
    opening = _OPENING_PARTICIPLE.fullmatch(text, start, lead.end)
    if opening is None or opening.group("verb").lower() not in lexicon.speech_verbs:
        return None
    # the comma closing the phrase, inside the marks too (`as "not serious," Ortiz …`)
    comma = quote.close_mark.end - 1 if text[quote.start : quote.end].rstrip().endswith(",") \
        else text.find(",", quote.close_mark.end, sentence.end)
    if comma < 0 or _PHRASE_BREAK.search(text, quote.close_mark.end, comma) is not None:
        return None
    mention = clause_subject(text, comma + 1, sentence.end, lexicon)
    if mention is None or not can_speak(mention, lexicon) or mention.kind == "nominal" and mention.head in lexicon.thing_nouns:
        return None
    return mention, Span(*opening.span("verb"))


# `And while denouncing the`, `In declaring his remarks`, `Mocking the`: a participle opening the sentence, no comma yet.
_OPENING_PARTICIPLE = regex.compile(
    r"\s*(?:(?:And|But|Yet|So)\s+)?(?:(?i:while|when|in|by|after|before|on|since|without)\s+)?"
    r"(?P<verb>\p{L}+ing)(?![\p{L}’'\-])[^,;:—–()\n]*"
)
_PHRASE_BREAK = regex.compile(r"[;:—–()\"“”\n]")


def _transcript_attribution(text: str, quote: QuotedSpan, lexicon: Lexicon) -> Attribution | None:
    """A quotation opening with its speaker's name as a transcript label."""
    label = _TRANSCRIPT_LABEL.match(text, quote.start, quote.end)
    if label is not None:
        mention = subject_before(text, label.start(1), label.end(1), lexicon)
        if mention is not None:
            cue = Span(label.end(1), label.end(1) + 1)
            return Attribution(quote, "direct", mention, cue, "transcript-label", confidence("transcript-label"))
    return None


def _trailing_yields(
    text: str, lead: Span, trail: Span, past_phrases: Span, next_whole: int, found: tuple[Mention, Span, str],
    lead_empty: bool, lexicon: Lexicon,
) -> bool:
    """Whether a cue after the quotation gives way to one before it."""
    # `X claimed that "…," one of the prosecutors said the cases differ`: a cue after the
    # quotation with a clause of its own yields to a cue before it, unless a colon introduced
    # the quotation; and so does a cue that introduces the next quotation
    own_clause = found is not None and not lead_empty \
        and _CLOSES_CLAUSE.match(text, max(found[1].end, found[0].span.end), past_phrases.end) is None \
        and not _answers_colon(text, lead, trail, found)
    opens_next = found is not None and not lead_empty and past_phrases.end == next_whole \
        and _opens_next_quotation(text, past_phrases, found, lexicon)
    return own_clause or opens_next


def _cued_attribution(
    text: str, quote: QuotedSpan, lead: Span, trail: Span, found: tuple[Mention, Span, str] | None,
    leading: tuple[Mention, Span, str] | None, lead_empty: bool, lexicon: Lexicon,
) -> Attribution:
    """The attribution through a cue after the quotation (``found``) or else before it
    (``leading``): direct when the quotation is all that was said, mixed when a clause of the
    sentence takes it in."""
    if found is not None:
        mention, cue, rule = _through_account(text, lead, trail, found, lexicon)
        kind: Kind = "direct" if lead_empty or _lead_is_cue(text, lead, lexicon) or _introduced(text, quote) else "mixed"
        return Attribution(quote, kind, mention, cue, rule, confidence(rule))
    kind = "direct" if leading[2] not in ("speaker-verb-partial", "possessive-claim") \
        and not _inside_according_clause(text, leading, quote) else "mixed"
    mention, cue, rule = _through_account(text, lead, trail, leading, lexicon)
    return Attribution(quote, kind, mention, cue, rule, confidence(rule))


def _bare_quote_attribution(
    text: str, quote: QuotedSpan, prev_close: int, sentence: Span, sentences: Sequence[Span],
    sentence_starts: list[int], paragraphs: Sequence[Span], lexicon: Lexicon,
) -> Attribution:
    """A quotation with nothing before it in its sentence and no cue: a signature under it or a
    paragraph ending in a colon above it names its speaker; else no speaker, with the lead-in."""
    # a signature under the quotation names its speaker before a heading above it does (`Reactions:`)
    dash = _dash_attribution(text, quote, paragraphs, lexicon) if quote.paragraph + 1 < len(paragraphs) else None
    if dash is not None:
        return Attribution(quote, "direct", dash[0], dash[1], "dash-speaker", confidence("dash-speaker"))
    colon = _paragraph_colon(text, quote, paragraphs, sentences, sentence_starts, lexicon)
    if colon is not None:
        return Attribution(quote, "direct", colon[0], colon[1], "paragraph-colon", confidence("paragraph-colon"))
    lead_in = _lead_in(text, quote, prev_close, sentence, sentences, sentence_starts, paragraphs, lexicon)
    return Attribution(quote, "direct", None, None, "no-speaker", confidence("no-speaker"), subject=lead_in)


def _subject_attribution(
    text: str, quotes: Sequence[QuotedSpan], index: int, lead: Span, sentence: Span, lexicon: Lexicon
) -> Attribution:
    """A quoted phrase inside a sentence with no cue: the subject of its clause speaks, when it
    can speak and the phrase is not said of it."""
    quote = quotes[index]
    first_in_sentence = index == 0 or quotes[index - 1].close_mark.end <= sentence.start
    # `in a clip Lee called "distasteful," Ortiz voiced a wish to "…"`: a clause of its own after a quoted phrase
    own_clause = first_in_sentence or _SUBJECT_AND_VERB.match(text, lead.start, lead.end) is not None
    subject = _sentence_subject(text, lead, lexicon) if own_clause else None
    if subject is not None and PUNCT_ONLY.fullmatch(text, subject[0].span.end, lead.end) is not None:
        subject = None  # `Biden "kind of misspoke."`: the subject of the quoted words, said of it by someone else
    if subject is not None and can_speak(subject[0], lexicon) and subject[0].head not in lexicon.thing_nouns \
            and not _passive_at(text, subject[1], quote) and _EXPLETIVE_IT.match(text, subject[0].span.start) is None:
        return Attribution(quote, "mixed", subject[0], subject[1], "sentence-subject", confidence("sentence-subject"))
    if subject is not None and _EXPLETIVE_IT.match(text, subject[0].span.start) is not None:
        subject = None  # a dummy `it` is no one to give the words to later either
    return Attribution(quote, "mixed", None, None, "no-speaker", confidence("no-speaker"), subject=subject)


# `It was not just the "…" that …`, `It turns out …`, `It took him a day …`: a dummy `it` says nothing.
_EXPLETIVE_IT = regex.compile(
    r"it(?:[’']s|(?:\s+(?:(?:has|had|would|will|could|may|might|must|should|does|did|do|is|was)(?:n[’']t)?"
    r"|not|never|also|still|even|just|now|then|" + LY_ADVERB + r")){0,3}\s+"
    r"(?:is|was|be|been|isn[’']t|wasn[’']t|seems?|seemed|appears?|appeared|turns?\s+out|turned\s+out"
    r"|takes?|took|taken|happens?|happened|helps?|helped|matters?|mattered|remains?|remained))(?![\p{L}’'\-])",
    regex.I,
)


def _answers_colon(text: str, lead: Span, trail: Span, found: tuple[Mention, Span, str]) -> bool:
    """`Ortiz hinted at a truce: "We shook hands," she told the Courier.`: a cue right after a
    quotation a colon introduced is the quotation's own, whatever follows the cue."""
    start = _EDGE.match(text, trail.start, trail.end).end()
    return text[lead.start : lead.end].rstrip().endswith(":") and min(found[0].span.start, found[1].start) == start


def _opens_next_quotation(text: str, trail: Span, found: tuple[Mention, Span, str], lexicon: Lexicon) -> bool:
    """`When someone yelled, "Recount," Hale quipped, "Be my guest!"`: a cue naming someone after a
    quotation that runs on, with no other cue, to a comma or colon before the next quotation
    introduces that one; after a pronoun (`"We won," she said, "and …"`) the quotation goes on."""
    rest = Span(max(found[1].end, found[0].span.end), trail.end)
    return found[0].kind != "pronoun" and text[rest.start : rest.end].rstrip().endswith((",", ":")) \
        and not any(_verb_reading(text, match, lexicon)
                    for match in cue_pattern(lexicon, quotations=True).finditer(text, *rest))


def _lead_in(
    text, quote, prev_close, sentence, sentences, starts, paragraphs, lexicon
) -> tuple[Mention, Span | None] | None:
    """`Ruth Ames was less charitable. "He has no plan."`: the person the sentence right before
    a quotation is about, when that sentence quotes no one; it may be a paragraph of its own,
    or with `he` or `she` for its subject close a longer one."""
    i = bisect_right(starts, sentence.start) - 1
    if i <= 0:
        return None
    before = sentences[i - 1]
    paragraph = paragraphs[quote.paragraph]
    last_of_several = False
    if before.start < paragraph.start:
        previous = paragraphs[quote.paragraph - 1]
        if before.start < previous.start or quote.paragraph == 1 and headline_paragraph(text, paragraphs, lexicon):
            return None  # no headline leads in
        last_of_several = before.start != previous.start
    if prev_close > before.start or any(
            _verb_reading(text, match, lexicon) and not _speaks_of_nothing(text, match, lexicon)
            for match in cue_pattern(lexicon).finditer(text, before.start, before.end)):
        return None  # a sentence that quotes or reports speech has a speaker the quotation may continue
    found = _sentence_subject(text, before, lexicon)
    if found is not None and last_of_several and found[0].kind != "pronoun":
        return None  # only `he` or `she` goes on from a paragraph of several sentences
    if found is None or not _one_person(text, found[0], lexicon) or any(
            word.lower() in SUBORDINATORS for word in _WORD.findall(text, before.start, found[0].span.start)):
        return None  # `…, when the mayor was eager to …`: a subordinate clause's subject is no lead-in's
    return found


def _one_person(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """A name, `he` or `she`, or a description by one role: `the senator`, not `other senators`
    or `other Republicans`."""
    if mention.kind == "pronoun":
        return mention.head in ("he", "she")
    first = _WORD.match(text, mention.span.start, mention.span.end)
    if first is not None and first.group().lower() in _MANY:
        return False
    return mention.kind == "name" or mention.head in lexicon.role_nouns and not mention.head.endswith("s")


_MANY = frozenset("other others many some several most both all few these those".split())


# Rules whose speaker may be told of in someone else's account.
_TOLD_OF = frozenset({"quote-speaker-verb", "quote-verb-speaker", "quote-speaker-other-verb", "speaker-verb-quote",
                      "speaker-verb-partial"})
_ACCORDING_TO = regex.compile(r"(?<![\p{L}’'\-])according\s+to\s+", regex.I)


def _inside_according_clause(text: str, leading: tuple[Mention, Span, str], quote: QuotedSpan) -> bool:
    """`According to Ortiz, the state filed "weeks ago"`: a quoted phrase inside the clause
    that `according to` attributes, after the comma that closes the source."""
    if leading[2] != "according-to-quote":
        return False
    comma = text.rfind(",", leading[0].span.end, quote.open_mark.start)
    return comma >= 0 and _WORD.search(text, comma, quote.open_mark.start) is not None


def _through_account(
    text: str, lead: Span, trail: Span, found: tuple[Mention, Span, str], lexicon: Lexicon
) -> tuple[Mention, Span, str]:
    """`"…," Ortiz said, according to the Tribune`, `According to the Tribune, Ortiz said "…"`
    and `Ortiz said "…," the Tribune reported.`: the writer has the quotation from the Tribune's
    account, which is its source, as news attribution counts sources."""
    mention, cue, rule = found
    if rule not in _TOLD_OF:
        return found
    source = None
    rest = Span(max(trail.start, cue.end, mention.span.end), trail.end)
    after = _ACCORDING_TO.search(text, rest.start, rest.end)
    reported = _closing_cue(text, rest, lexicon) if after is None and rest.end > rest.start else None
    if after is not None:
        source = subject_after(text, after.end(), trail.end, lexicon, lenient=True)
    elif reported is not None and text[reported[1].start : reported[1].end].lower().startswith("report"):
        source = reported[0] if reported[0].kind == "name" else None  # `Ortiz said "…," CNN reported.`
    elif cue.start < lead.end:  # `According to the Tribune, Ortiz said "…"`
        speaker_start = min(cue.start, mention.span.start)
        before = _ACCORDING_TO.search(text, lead.start, speaker_start)
        source = subject_after(text, before.end(), speaker_start, lexicon, lenient=True) if before is not None else None
    if source is None or source.kind == "pronoun" or source.kind == "nominal" and source.head in lexicon.rendering_nouns:
        return found  # `…, according to a translation`: the words stay the speaker's
    return source, cue, "according-to-account"  # the cue stays the verb: the account reports no clause of its own


def _closing_cue(text: str, trail: Span, lexicon: Lexicon) -> tuple[Mention, Span] | None:
    """`"Boots on the ground" would be right, Ortiz said on Monday.`: a cue closing the
    sentence the quotation stands in, after its last comma."""
    end = trail.end
    for _ in range(3):  # the last comma, or the one before one or two appositions after the speaker
        comma = text.rfind(",", trail.start, end)
        if comma < 0:
            return None
        found = _closing_cue_after(text, comma, trail, lexicon)
        if found is not None:
            return found
        end = comma
    return None


def _closing_cue_after(text: str, comma: int, trail: Span, lexicon: Lexicon) -> tuple[Mention, Span] | None:
    start = _EDGE.match(text, comma + 1, trail.end).end()
    match = cue_pattern(lexicon, quotations=True).search(text, start, min(trail.end, start + 80))
    if match is None or names_source_after(match.group()):
        return None
    if match.start() == start:
        mention = subject_after(text, match.end(), trail.end, lexicon)
        end = mention.span.end if mention is not None else None
    else:
        mention = subject_before(text, start, match.start(), lexicon)
        end = match.end() if mention is not None and mention.span.start == start else None
    if end is None or _SENTENCE_TAIL.fullmatch(text, end, trail.end) is None:
        return None
    return mention, Span(match.start(), match.end())


# What may end a sentence after its closing cue: `on Monday`, `after the attacks`, `in a statement`.
_SENTENCE_TAIL = regex.compile(
    r"(?:(?:,[^,;:\"“”]{1,100}){1,3}(?=[.!?]|$))?"  # `…, said Ortiz, the mayor.`: appositions, or up to a quotation
    r"(?:\s+(?:on|in|at|after|during|before|last|this|earlier|later|recently|" + WEEKDAY_NAMES
    + r"|today|yesterday)\b[^,;:\"“”]{0,60})?[\s.!?\"”’')]*"
)


def _question_put(text: str, lead: Span, quote: QuotedSpan) -> bool:
    """`Ortiz was asked, "…"`, `when asked: "…?"`: the quotation is a question put by someone
    the sentence does not name; after `when asked` only one that reads as a question, as
    `When asked, "No comment."` gives the answer."""
    put = _QUESTION_PUT.search(text, max(lead.start, lead.end - 24), lead.end)
    return put is not None and (put.group("be") is not None or "?" in text[quote.start : quote.end])


# The forms of `be` before a passive cue (`was asked`), shared by the patterns that read one.
_BE_FORMS = "was|were|is|are|been|being"
_AGENT_WINDOW = 100
_PARTICIPLE = r"(?P<verb>\p{Ll}{2,}(?:ed|en|wn)|seen|held|thought|told)"
_PASSIVE_PARTICIPLE = rf"(?:(?<![\p{{L}}’'\-])(?:{_BE_FORMS}|be)|[,—–])\s+(?:\p{{Ll}}+ly\s+)?" + _PARTICIPLE
# `was seen by critics as a`, `came to be known by voters as`, `an option seen by critics as a`
_AGENT_AS_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])" + _PARTICIPLE
    + r"\s+by\s+(?P<agent>[^.!?;:,\"“”\n]{1,60}?)\s+as(?:\s+(?:an?|the))?\s*$", regex.I)
# `was accused of`, `was branded a`: the agent follows the quotation
_PASSIVE_COMPLEMENT_BEFORE = regex.compile(
    _PASSIVE_PARTICIPLE + r"(?:\s+(?:of|as|for|with))?(?:\s+(?:an?|the))?\s*$", regex.I)
_BE_WORDS = frozenset(_BE_FORMS.split("|"))
# Not `Ortiz asked,` (the asker), nor `asked by Lee,` (the asker named).
_QUESTION_PUT = regex.compile(
    rf"(?<![\p{{L}}’'\-])(?:(?P<be>{_BE_FORMS})|when|if|once)\s+asked\s*[,:]\s*$", regex.I
)
# A sentence opening on the question put (`Asked whether the mayor is`), not yet closed by a comma.
_INSIDE_ASKED = regex.compile(r"[\s\"“‘']*(?:(?:when|if|once)\s+)?asked\s+(?:if|whether)\s[^,;:.!?\"“”]*", regex.I)
_TRANSCRIPT_LABEL = regex.compile(r"\s*(\p{Lu}[\p{Lu}.’'\-]+(?:\s+\p{Lu}[\p{Lu}.’'\-]+){0,2}):\s")


def _paragraph_colon(text, quote, paragraphs, sentences, starts, lexicon) -> tuple[Mention, Span] | None:
    """`Trump said on Monday:` closing one paragraph, the quotation opening the next."""
    para = paragraphs[quote.paragraph]
    if quote.paragraph == 0 or quote.open_mark.start != para.start:
        return None
    previous = paragraphs[quote.paragraph - 1]
    if not text[previous.start : previous.end].rstrip().endswith(":"):
        return None
    last = sentences[max(0, bisect_right(starts, previous.end - 1) - 1)]
    lead = Span(max(last.start, previous.start), previous.end)
    # `The Planet made the claims, and Acme News responded:`: the subject of a cue right before the colon
    # (not `said that given the choices:` nor `as Lee observed, the winner was …:`, clauses reported on their own)
    cued = _leading_cue(text, lead, quote, last, lexicon)
    if cued is not None and cued[2] == "speaker-verb-quote" and _CUE_CLOSING.fullmatch(text, cued[1].end, lead.end) \
            and _THAT_SOON.match(text, cued[1].end, lead.end) is None:
        return cued[0], cued[1]
    found = _colon_speaker(text, lead, lexicon)
    return (found[0], found[1]) if found is not None else None


# A cue closing a paragraph before its colon, a few words at most after it: `responded:`, `called them on it:`.
_CUE_CLOSING = regex.compile(r"(?:\s+[\p{L}’'\-]+){0,4}\s*:\s*")
# `- Smith.`, `— Sen. Ana Ortiz, in a statement`, `— Rep. Lee Chan, R-Ind.`, `― Ana Ortiz
# (@anaortiz) May 3, 2016`: a signature line
_DASH_LINE = regex.compile(
    r"[-—–―]+\s*(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,3})\.?(?:,[^\n]*|\s+\(@\w+\)[^\n]*)?\s*"
)


# `Ana Ortiz, Policy Institute."`: a line signing the quotation above it before its closing mark,
# a name then where the speaker works.
_SIGNED_CLOSING = regex.compile(
    r"(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){1,3}),\s+\p{Lu}[^\n\"“”,;:]{1,60}?\.?(?P<mark>[\"”])\s*"
)


def _trail(text: str, quote: QuotedSpan, end: int) -> Span:
    """The text after a quotation, up to ``end`` or a semicolon."""
    semicolon = text.find(";", quote.close_mark.end, end)
    return Span(quote.close_mark.end, semicolon if semicolon >= 0 else max(quote.close_mark.end, end))


def _past_embedded(text: str, quotes: Sequence[QuotedSpan], index: int, end: int) -> int:
    """Where the next quotation that is not a phrase inside the sentence starts."""
    while index < len(quotes) and quotes[index].close_mark.end < end and _embedded(text, quotes[index]) \
            and _RUNS_ON.match(text, quotes[index].close_mark.end):
        index += 1
    return quotes[index].open_mark.start if index < len(quotes) else len(text)


def _dash_attribution(text: str, quote: QuotedSpan, paragraphs: Sequence[Span], lexicon: Lexicon):
    """`"…"` then a paragraph `- Smith.`, or `Ana Ortiz, Policy Institute."` before the closing
    mark: the speaker signs under the quotation."""
    para = paragraphs[quote.paragraph]
    if PUNCT_ONLY.fullmatch(text, quote.close_mark.end, para.end) is None:
        return None
    nxt = paragraphs[quote.paragraph + 1]
    found = _DASH_LINE.fullmatch(text, nxt.start, nxt.end)
    if found is not None:
        cue = Span(nxt.start, nxt.start + 1)
    else:
        found = _SIGNED_CLOSING.fullmatch(text, nxt.start, nxt.end)
        if found is None or first_name_gender(found.group(1).split()[0]) is None:
            return None  # `New York, New York."`: a line of the song, no one signing it
        cue = Span(*found.span("mark"))
    mention = subject_before(text, found.start(1), found.end(1), lexicon)
    return (mention, cue) if mention is not None and mention.kind == "name" else None


def _sentence_subject(text: str, lead: Span, lexicon: Lexicon) -> tuple[Mention, Span | None] | None:
    """A partial quotation with no speech verb (`Rubio bemoaned the "…"`): the subject of its
    sentence, and the verb after it."""
    mention = clause_subject(text, lead.start, lead.end, lexicon)
    if mention is None:  # `Lee took over and investigated the death, an incident Varley brought up as "…"`
        return contact_clause_name(text, lead.start, lead.end, lexicon)
    if mention.head in lexicon.indefinite_pronouns:
        return None  # `Many call it an "evil empire"`: no one in particular
    if _heading_before_colon(text, mention, lexicon):
        return None  # `Veto Power Impedes Peace Efforts: Ending "…" is …`: a heading, no subject
    pos = mention.span.end
    relative = _OPEN_RELATIVE.match(text, pos, lead.end)
    if relative is not None:
        pos = relative.end(1)
        if mention.kind == "name":  # `Ortiz, who has styled herself the "…"`: said through `who`, which stands for her
            mention = replace(mention, span=Span(relative.start(1), relative.end(1)))
    apposition = _APPOSITION_AFTER.match(text, pos, lead.end) if relative is None else None  # `Ortiz, the mayor, proposed`
    verb = _NEXT_WORD.search(text, apposition.end() if apposition else pos, lead.end)
    contact = contact_clause_name(text, verb.start(), lead.end, lexicon) if verb else None
    if contact is not None:
        return contact  # `It was an incident Varley brought up as "…"`: the relative clause's subject says it
    nearer = _nearer_clause_subject(text, verb.end(), lead.end, lexicon) if verb else None
    if nearer is not None:
        return nearer
    return mention, Span(verb.start(), verb.end()) if verb else None


def _nearer_clause_subject(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[Mention, Span] | None:
    """A clause of its own between the sentence's verb and the quoted words, with its own
    subject: `the plan stalled, and she has called it a "…"`, `praised the Tribune, which ran a
    piece naming him the "…"`; the last one before the words. A relative clause counts only
    after a name and while still open (not `refers to the mayor, who is his friend, as "…"`),
    as one after a description often tells who it is (`casts him as a liberal who would "…"`)."""
    last = None
    for last in _NEARER_CLAUSE.finditer(text, start, end):
        pass
    if last is None:
        return None
    mention = subject_before(text, start, last.start("verb"), lexicon)
    if mention is None or last.group("relative") and (mention.kind != "name" or ", " in text[last.end() : end]):
        return None
    return mention, Span(*last.span("verb"))


# `, and he has`, `as she keeps`, `, which ran`, `letters that called`: a clause opening with a
# pronoun subject, or a relative pronoun right before its verb (a `that` only before a plain verb
# form, as `that the` is a complement).
_NEARER_CLAUSE = regex.compile(
    r"(?<![\p{L}’'\-])(?:(?:and|as|while|but)\s+(?:he|she|they|we|I)|(?P<relative>which|who))"
    r"\s+(?:" + LY_ADVERB + r"\s+)?(?P<verb>\p{Ll}[\p{L}\-]*)"
    r"|(?<=[\p{L}.)]\s)(?P<relative>that)\s+(?:" + LY_ADVERB + r"\s+)?"
    r"(?P<verb>(?:has|have|had|is|was|are|were|would|will|could|can|may|might|should|does|did|\p{Ll}{3,}ed)(?![\p{L}’'\-]))"
)


_APPOSITION_AFTER = regex.compile(r"\s*,[^,]{1,80},")


def _passive_at(text: str, verb: Span | None, quote: QuotedSpan) -> bool:
    """`She was accused of "…"`, `He was convicted of "…"`: the subject of a passive verb had
    the words said of it, or was charged with them; it did not say them. Only when the
    quotation is the passive's complement, a few words on: after `was embittered at having been
    misled into supporting a "…"` or `is seen speaking … about taking a "…"` the words are the subject's."""
    passive = _PASSIVE.match(text, verb.start) if verb is not None else None
    return passive is not None and len(_WORD.findall(text, passive.end(), quote.open_mark.start)) <= _COMPLEMENT_WORDS


_COMPLEMENT_WORDS = 4  # `was convicted in 2015 of "…"`


_PASSIVE = regex.compile(
    r"(?:is|are|was|were|been|being|be|gets|got|gotten)\s+(?:\p{Ll}+ly\s+)?(?!(?:often|even|open|then)\s)"
    r"(?:\p{Ll}{2,}(?:ed|en|wn)|told|found|held|sent|brought|caught|taught|thought)(?![\p{L}’'\-])"
)


def _heading_before_colon(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """`Veto Power Impedes Peace Efforts:`: several title-case words before a colon, one of them
    a verb in `-s` between capitals, and no given name or title among them, are a heading."""
    if match_near(_COLON_AFTER, text, mention.span.end) is None:
        return False
    words = _WORD.findall(text, mention.span.start, mention.span.end)
    if len(words) < _HEADING_WORDS_MIN or not all(word[0].isupper() for word in words):
        return False
    if any(first_name_gender(word) is not None or word.lower().rstrip(".") in lexicon.titles for word in words):
        return False
    return any(_VERB_IN_S.fullmatch(word) for word in words[1:-1])


_COLON_AFTER = regex.compile(r"[^\S\n]*:")
# `Impedes`, `Threatens`; not `Ross`, `Ortiz's`, nor a plural of a person or a group (`Workers`, `States`)
_VERB_IN_S = regex.compile(r"\p{Lu}\p{Ll}+(?<!er|or|ist|ian|ic|ant|ent|at|it|nt|ion)(?<=[^s’'\s])s")
_HEADING_WORDS_MIN = 4


# A relative clause right after a subject, still open where the quotation starts.
_OPEN_RELATIVE = regex.compile(r"\s*[,—–-]\s*(who)\s[^,—–\-]*$")
# The first word in lower case, past adverbs before the verb (`He then had`, `She quickly became`).
_NEXT_WORD = regex.compile(
    r"(?<=\s)(?:(?:then|also|still|now|later|just|already|ever|never|even|often|once|again|soon|only|first|finally|"
    + LY_ADVERB + r")\s+){0,3}\K\p{Ll}[\p{L}\-]*"
)


def _trailing_cue(
    text: str, trail: Span, lexicon: Lexicon, anchored: bool = False, other_verbs: bool = False
) -> tuple[Mention, Span, str] | None:
    """`"…," X said` / `"…," said X` / `"…," according to X` / `"…" ― X` after a quotation.

    ``anchored``: the speaker or the verb must start the trailing text (used when the cue
    stands in the next sentence, `"…?" Smith asked.`). ``other_verbs``: any past-tense verb
    may attribute (`"…," Ortiz retaliated.`), for a quotation that opens its sentence: after
    a quoted phrase inside a sentence, such a verb is the rest of that sentence.
    """
    start = _EDGE.match(text, trail.start, trail.end).end()
    end = min(trail.end, start + _TRAIL_WINDOW)
    dash = _DASH_NAME.match(text, trail.start, end)
    if dash is not None and dash.group("dash") == "-" and not _SIGNATURE_END.match(text, dash.end("name")):
        dash = None  # `- "…" - Democrats in Iowa said`: a hyphen sets the quotation off, no signature follows
    if dash is not None and dash.group("role") and dash.group("role").split()[-1] not in lexicon.role_nouns:
        dash = None  # but a role in lower case may open the signature: `— fire chief Dan Okoro`
    if dash is not None and not anchored:
        mention = subject_before(text, dash.start("role"), dash.end("name"), lexicon)
        if mention is not None and mention.kind == "name":
            return mention, Span(dash.start("dash"), dash.end("dash")), "quote-dash-speaker"
    for match in itertools.islice(cue_pattern(lexicon, quotations=True).finditer(text, start, end), 3):
        found = _trailing_match(text, trail, start, match, lexicon, anchored, other_verbs)
        if found is not None:
            return found
    return _other_verb_cue(text, start, end, lexicon) if other_verbs else None


# A signature ends its line, or goes on to a description after a comma (`- Raj Mehta, founder`).
_SIGNATURE_END = regex.compile(r"\.?[^\S\n]*(?:\n|$|,)")
_DASH_NAME = regex.compile(
    r"\s*(?P<dash>[―—–]+|(?<=\s)--?(?=\s))\s*(?P<role>(?:\p{Ll}[\p{L}\-]*\s+){0,3})"
    r"(?P<name>\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,4})"
)


# Verbs of posting, whose object may follow them (`"…," posted the clip to YouTube`).
_POSTING = regex.compile(r"(?i:post|tweet|text)")


def _trailing_match(
    text, trail, start, match, lexicon, anchored, opens_sentence=True
) -> tuple[Mention, Span, str] | None:
    if not _verb_reading(text, match, lexicon):
        return None  # `"…," a collection of his writing`
    cue = Span(match.start(), match.end())
    if match.start() == start:
        if not opens_sentence and not _reports_on_its_own(match.group().lower(), lexicon):
            return None  # `X said he had "never once" mocked a reporter`: the verb goes on with its sentence
        mention = subject_after(text, cue.end, trail.end, lexicon)
        if mention is None or match.group().endswith("ing") or mention.kind == "pronoun" \
                and _CLOSES_CLAUSE.match(text, mention.span.end, trail.end) is None:
            return None  # `"…," saying they were …`: the pronoun opens the reported clause
        if _POSTING.match(match.group()) and mention.kind == "nominal" and not can_speak(mention, lexicon):
            return None  # `"Parks," posted the clip`: what is posted follows, a poster only if one can speak
        rule = "quote-according-to" if names_source_after(match.group()) else "quote-verb-speaker"
        return mention, cue, rule
    as_ = _AS.match(text, start, match.start())  # `"…," as Ortiz put it`
    if as_ is not None:
        if _CLOSES_CLAUSE.match(text, match.end(), trail.end) is None:
            return None  # `"…" as examples of his comments about women`
        start = as_.end()
    if len(tokens(text, start, match.start())) > _TRAIL_TOKENS or _bare_participle(text, start, match):
        return None  # `"…" a sequel hitting theaters, remarking`, `"…," a nod to Lee acknowledging`: no finite cue
    agent = _passive_agent(text, trail, match, lexicon) if match.group().lower() in _PASSIVE_SPEECH else None
    if agent is not None and len(_WORD.findall(text, start, match.start())) <= 5:
        return agent, cue, "quote-speaker-verb"  # `"…," Keller was told by Ana Ruiz`: the agent spoke
    mention = subject_before(text, start, match.start(), lexicon, through_quotes=True) \
        or _function_word_surname(text, trail, start, match, lexicon)
    if mention is None or not _plain_prefix(text, start, mention.span.start):
        return None
    if match_near(_PASSIVE_BY, text, match.end()) and not can_speak(mention, lexicon):
        return None  # `"…" measures added by Republicans`; but `Ortiz said by telephone`
    if not can_speak(mention, lexicon) and _RUNS_ON.match(text, trail.start):
        return None  # `would "bomb the … out of" oil fields held by rebels - said`: its sentence goes on
    if anchored and mention.span.start != start and not _described_first(text, start, mention.span.start, lexicon):
        return None
    return mention, cue, "quote-speaker-verb"


def _function_word_surname(text: str, trail: Span, start: int, match, lexicon: Lexicon) -> Mention | None:
    """`"…," From said.`: a capitalised function word alone between a quotation closed by its
    comma and a finite cue can only be a surname there (`From`, `With`); no pronoun, determiner,
    question word or auxiliary is one (`"…," This said`)."""
    word = _LONE_CAPITALISED.fullmatch(text, start, match.start())
    if word is None or match.group().endswith("ing") \
            or not text[max(trail.start - 3, 0) : trail.start].rstrip("\"”’'").endswith(","):
        return None
    lower = word.group("word").lower()
    if lower not in lexicon.function_words or lower in lexicon.determiners or lower in lexicon.pronouns \
            or lower in lexicon.indefinite_pronouns or lower in lexicon.auxiliaries or lower in _NOT_SURNAMES:
        # a modal or an adverb may be the verb's own (`Will wrote` is a name only where the article names a Will)
        return None
    span = Span(word.start("word"), word.end("word"))
    return Mention(span, span, "name", word.group("word"), (), ())


_LONE_CAPITALISED = regex.compile(r"(?P<word>\p{Lu}\p{Ll}+)[^\S\n]+")
# Function words that stand for someone or something, or ask: no surname even in that place.
_NOT_SURNAMES = frozenset("who whom whose which what why how where when there here it its".split())


# A quotation without closing punctuation, its sentence going on in lower case after it.
_RUNS_ON = regex.compile(r"(?<=[\p{L}\p{N}][\"”’']{1,2})[^\S\n]+\p{Ll}")


# Passive cues whose agent is the one who spoke or wrote (`was told by`), unlike `is maintained by`.
_PASSIVE_SPEECH = frozenset({"told", "asked", "written"})


def _bare_participle(text: str, start: int, match) -> bool:
    """A one-word `-ing` cue with no `as` or form of `be` before it (`Ortiz is quoted as saying`,
    `Ortiz was telling` are cues)."""
    return match.group().endswith("ing") and " " not in match.group() \
        and _BEFORE_ING_CUE.search(text, max(start, match.start() - 8), match.start()) is None


def _described_first(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """`"…!" Lee's niece, Ana Ortiz, shouted`: a short description of the speaker before the name."""
    words = _WORD.findall(text, start, end)
    return text[start:end].rstrip().endswith(",") and 0 < len(words) <= 5 \
        and bare_word(words[-1]) in lexicon.role_nouns


_AS = regex.compile(r"as\s+(?=\S)", regex.I)
_BEFORE_ING_CUE = regex.compile(r"(?<![\p{L}’'\-])(?:as|is|was|are|were|been)\s+$")
# A participle modifying a noun (`measures added by Republicans`), not a cue with its speaker.
_PASSIVE_BY = regex.compile(r"\s+by\b")


@lru_cache(maxsize=8)
def _verb_after_speaker(lexicon: Lexicon) -> regex.Pattern:
    """Any past-tense verb, or a present-tense verb of manner (`laughs`, `shrugs`)."""
    manner = f"|{trie_pattern(set(lexicon.manner_verbs))}" if lexicon.manner_verbs else ""
    return regex.compile(rf"(?<=\s)(?:\p{{Ll}}[\p{{Ll}}\-]+ed{manner})(?![\p{{L}}\-])")


_PAST_VERB_FIRST = regex.compile(r"\p{Ll}[\p{Ll}\-]+ed(?=\s+\p{Lu})")


def _other_verb_cue(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    """`"…," an angry Hollande retaliated.`, `"…," Ortiz laughs.`: after a quotation, a speaker
    and any past-tense verb, or a verb of manner, right after it attribute the quotation even
    when the verb is not a speech verb."""
    inverted = _PAST_VERB_FIRST.match(text, start, end)
    if inverted is not None:
        mention = subject_after(text, inverted.end(), end, lexicon)
        if mention is not None and mention.kind == "name":
            return mention, Span(inverted.start(), inverted.end()), "quote-speaker-other-verb"
    verb = _verb_after_speaker(lexicon).search(text, start, min(end, start + 120))
    if verb is None:
        return None
    mention = subject_before(text, start, verb.start(), lexicon)
    if mention is None or mention.span.start != start or mention.kind == "nominal" and mention.head in lexicon.thing_nouns:
        return None
    if _WORD.search(text, mention.span.end, verb.start()):
        return None  # something stands between the speaker and the verb
    return mention, Span(verb.start(), verb.end()), "quote-speaker-other-verb"


def _plain_prefix(text: str, start: int, end: int) -> bool:
    """Text before a trailing speaker holds no clause (`"…," X's aide, Y, said` is fine, and so
    is a name joined with `and`: `"…" experts Ana Ortiz and Lee Chan said`)."""
    joined = _JOINED_NAME.search(text, max(start, end - 60), end)
    words = [w.lower() for w in _WORD.findall(text[start : joined.start() if joined else end])
             if not (w.isupper() and len(w) > 1)]  # `WHO spokesperson Ana Ortiz`: an acronym, no relative
    return len(words) <= 8 and not any(w in CLAUSE_WORDS or w in _SUBORDINATING for w in words)


_JOINED_NAME = regex.compile(r"(?<=\p{Lu}[\p{L}.’'\-]*)\s+and\s+$")


# Words that open a clause of its own after a quotation: `"…" until Ortiz said`.
_SUBORDINATING = frozenset("until after before unless once whereas".split())


def _next_sentence_cue(
    text: str, quote: QuotedSpan, sentence: Span, sentences: Sequence[Span], starts: list[int],
    next_open: int, lexicon: Lexicon,
) -> tuple[Mention, Span, str] | None:
    """`"…?" Smith asked.`: a quotation that ends its sentence, and a cue opening the next one."""
    i = bisect_right(starts, sentence.start)
    if i >= len(sentences):
        return None
    nxt = sentences[i]
    if "\n" in text[sentence.end : nxt.start]:
        # `"…"¶That was the message from Ana Ortiz.`: a quotation standing alone, its source named after it
        alone = _alone_in_paragraph(text, quote)
        return _source_named_next(text, Span(nxt.start, min(nxt.end, next_open)), lexicon) if alone else None
    so = _SO_BEFORE_CUE.match(text, nxt.start, nxt.end)  # `"…." So says Ada Finch, 91.`
    found = _trailing_cue(text, Span(so.end() if so else nxt.start, min(nxt.end, next_open)), lexicon, anchored=True)
    if found is None:
        return _source_named_next(text, Span(nxt.start, min(nxt.end, next_open)), lexicon)
    mention, cue, rule = found
    if text[cue.start : cue.end].endswith("ing"):
        return None  # `"…" Ortiz, later alleging that …`: a participle is no sentence's cue
    end = max(cue.end, mention.span.end)
    end = _LISTENER.match(text, end, nxt.end).end()  # `Smith asked reporters.`
    if text[cue.start : cue.end].lower().startswith(_ADDRESSING):
        end = _ADDRESSEE.match(text, end, nxt.end).end()  # `Ortiz told a TV station on Monday.`
    end = _MANNER_AFTER_CUE.match(text, end, nxt.end).end()  # `Ortiz said pleasantly into the phone.`
    end = _WHEN_AFTER_CUE.match(text, end, nxt.end).end()  # `Ortiz said Friday.`, `Ortiz asked again.`
    if _CLOSES_CLAUSE.match(text, end, nxt.end) is None and _TIME_CLAUSE_AFTER_CUE.match(text, end, nxt.end) is None \
            and _CIRCUMSTANCE_AFTER_CUE.match(text, end, nxt.end) is None or (
            next_open < nxt.end and _INTRODUCES_NEXT.fullmatch(text, end, next_open)):
        return None  # `Kasich said he would …`, `He added: "…"`: that cue has business of its own
    ends_like_question = text[quote.start : quote.end].rstrip(" ,")[-1:] in ("?", "!")
    return mention, cue, rule if ends_like_question else "quote-then-cue"


_MANNER_AFTER_CUE = regex.compile(
    r"(?:\s+(?:" + LY_ADVERB + r"|aloud(?![\p{L}’'\-])))?"
    r"(?:\s+(?:into|over|by|via|through)\s+(?:(?:the|a|an|his|her|their)\s+)?\p{Ll}+)?"
)
_INTRODUCES_NEXT = regex.compile(r"[\s,:—–]*")
# When, right after a cue, with no `on`: `Ortiz said Friday`, `Ortiz asked Tuesday night`, `Ortiz asked again`.
_WHEN_AFTER_CUE = regex.compile(
    r"(?:\s+(?:" + WEEKDAY_NAMES + r"|yesterday|today|tonight|later|afterward|afterwards|again)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}’'\-]))?"
)
# How or where the words were said, after the cue of a sentence that follows a quotation:
# `Ortiz said with a laugh.`, `Ortiz asked from the podium.`, `Ortiz said outside the court.`
# The phrase closes the sentence or its clause: not `Ortiz said with some anger that …`.
_CIRCUMSTANCE_AFTER_CUE = regex.compile(
    r"\s+(?:with|from|outside|inside|about|over|through|via|by)\s+"
    r"(?:(?!that(?![\p{L}’'\-]))[^,;:\"“”.!?]){1,60}(?:[\s.!?\"”’')]*$|\s*[,;—–])"
)
_SO_BEFORE_CUE = regex.compile(r"So\s+(?=\p{Ll})")
# `"…" That quote from Ana Ortiz appeared …`: the next sentence names where the quotation came from.
# So does `That's how Ana Ortiz put it`, `That was the message from Ana Ortiz`, `That's what Ana Ortiz told …`.
_QUOTE_FROM = regex.compile(
    r"[\s\"“”]*(?:(?:That|This|The|Those|These)\s+(?P<noun>quote|quotation|remark|comment|line|words|statement)"
    r"\s+(?:came\s+)?(?:from|by)"
    r"|(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:(?P<noun>how|what)"
    r"|the\s+(?P<noun>message|word|verdict|view|assessment|take|reaction|response|warning|question|answer)"
    r"\s+(?:from|of)))\s+"
)


def _source_named_next(text: str, nxt: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    found = _QUOTE_FROM.match(text, nxt.start, nxt.end)
    if found is None:
        return None
    toks = tokens(text, found.end(), min(nxt.end, found.end() + 80), lexicon)
    run = 0
    while run < len(toks) and (toks[run].capitalised or toks[run].lower in lexicon.role_nouns
                               and run + 1 < len(toks) and toks[run + 1].capitalised):
        run += 1  # `Ohio delegate Marcus Bell`, `activist Dre Kingsley`: a role before the name
    name = run
    while name > 0 and toks[name - 1].capitalised:
        name -= 1
    mention = name_mention(text, toks[name:run], lexicon) if run > name else None
    if mention is None:
        return None  # `The line from the movie`: only a named source
    return mention, Span(found.start("noun"), found.end("noun")), "quote-then-source"
# Cues addressed to someone, and that someone named by a short phrase before the clause ends.
_ADDRESSING = ("told", "tell", "asked", "ask")
_ADDRESSEE = regex.compile(
    r"(?:\s+(?:the|a|an|his|her|their|\p{Lu}[\p{L}’'\-]*)(?:\s+[\p{L}’'\-]+){0,3}?"
    r"(?=[\s.!?\"”’')]*$|\s*[,;:—–]|\s+(?:on|in|at|during|after|last|this)\b))?"
)
# Whom a cue was addressed to, and how: `asked reporters rhetorically`, `told him`.
_LISTENER = regex.compile(
    r"(?:\s+(?:reporters|journalists|supporters|the\s+(?:crowd|audience|room|press|reporter|interviewer)|"
    r"(?:his|her|their|our)\s+(?:supporters|audience|followers|fans|colleagues|staff|guests|listeners|viewers)|"
    r"him|her|them|us|me))?(?:\s+\p{Ll}+ly)?"
)


# `Ortiz's repeated claim that the plan was …`: an owner, a few words, a noun for what was said.
# Who owns what was said: a name with its possessive `'s`, or `his` or `her`.
_OWNER = (
    r"(?<![\p{L}\p{M}’'.\-])(?:(?P<owner>\p{Lu}[\p{L}\p{M}.\-]*(?:\s+\p{Lu}[\p{L}\p{M}.\-]*){0,3})[’']s"
    r"|(?P<pronoun>[Hh]is|[Hh]er))"
)
# Where or when the words were said, between the noun and its clause: `her claim at the debate that`.
_SAID_ADJUNCT = r"(?:\s+(?:at|during|before|in|on)\s+(?:the|a|an|his|her|their|this|last)(?:\s+[\p{L}\-]+){1,3}?)?"
_POSSESSED_NOUN = regex.compile(
    _OWNER + r"(?:\s+[\p{Ll}\-]+){0,3}?\s+(?P<noun>\p{Ll}+)" + _SAID_ADJUNCT
    + r"\s+(?:that|of|about|to|for|is|was)\b[^.;:!?\"“”]*$"
)


def _leading_or_possessed(
    text: str, lead: Span, quote: QuotedSpan, sentence: Span, lexicon: Lexicon
) -> tuple[Mention, Span, str] | None:
    """The cue before a quotation; but `Ortiz's claim that … what Lee called "…"` is Ortiz's,
    unless a new clause follows the claim (`Asked about Ortiz's claim that …, Lee said: "…"`)
    or the cue's subject comes before the claim's owner."""
    claims = [found for found in (_claim_by(text, lead, lexicon), _possessed_claim(text, lead, lexicon)) if found]
    possessed = max(claims, key=lambda found: found[1].start) if claims else _possessed_apposed(text, lead, lexicon)
    leading = _leading_cue(text, lead, quote, sentence, lexicon)
    if possessed is None or leading is not None and (
            "," in text[possessed[1].end : leading[1].start] or leading[0].span.start < possessed[0].span.start):
        return leading  # `Ortiz stood by his claims and said the plan "…"`: the claim is in her clause
    return possessed


def _possessed_claim(text: str, lead: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    """`Ortiz's claim that the plan was "a sham"`: the owner of what was said is its speaker,
    before any cue inside the clause (`… what officials called "a sham"`), unless a cue before
    the owner makes the quotation a verdict on the claim."""
    start = max(lead.start, lead.end - _TRAIL_WINDOW)
    match = _POSSESSED_NOUN.search(text, start, lead.end)
    if match is None or match.group("noun") not in lexicon.speech_nouns or any(
            _verb_reading(text, cue, lexicon)
            for cue in cue_pattern(lexicon, quotations=True).finditer(text, start, match.start())):
        return None  # `Lee called Ortiz's claim that … "a lie"`: the words are Lee's
    mention = _owner(text, match, lexicon)
    return (mention, Span(match.start("noun"), match.end("noun")), "possessive-claim") if mention is not None else None


# `the suggestion by a senator that …`, `the contention of Ana Ortiz that …`: the noun's agent after it.
_CLAIM_BY = regex.compile(
    r"(?<![\p{L}’'\-])(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?P<noun>\p{Ll}+)\s+(?:of|by)\s+"
    r"(?P<agent>[^,;:!?\"“”()\n]{2,80}?)\s+that\b[^.;:!?\"“”]*$"
)


def _claim_by(text: str, lead: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    """`the suggestion by a senator that the judge "ought to go"`: the one whose claim it is,
    named after the noun, speaks the clause; unless a cue before makes it a verdict on it."""
    start = max(lead.start, lead.end - _TRAIL_WINDOW)
    match = _CLAIM_BY.search(text, start, lead.end)
    if match is None or match.group("noun") not in lexicon.speech_nouns or any(
            _verb_reading(text, cue, lexicon)
            for cue in cue_pattern(lexicon, quotations=True).finditer(text, start, match.start())):
        return None
    mention = subject_after(text, match.start("agent"), match.end("agent"), lexicon, lenient=True)
    if mention is None or not can_speak(mention, lexicon) or mention.span.end != match.end("agent"):
        return None  # `the claim of a link between …`: no one's claim
    return mention, Span(match.start("noun"), match.end("noun")), "possessive-claim"


def _possessed_apposed(text: str, lead: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    """`Ortiz's tweet — "…" — drew fire`, `Her reply, "…," was short`: what someone said or
    wrote, opening the sentence, with the quotation set off after it as its apposition."""
    match = _POSSESSED_APPOSED.fullmatch(text, _sentence_opening(text, lead.start, lead.end), lead.end)
    if match is None or match.group("noun") not in lexicon.speech_nouns and match.group("noun") not in lexicon.authored_nouns \
            or match.group("owner") and match.group("owner").split()[0].lower() in lexicon.function_words:
        return None  # `After Ortiz's speech, "…" rang out`: an adverbial, whose owner said nothing of it
    mention = _owner(text, match, lexicon)
    return (mention, Span(match.start("noun"), match.end("noun")), "possessed-words") if mention is not None else None


# An owner opening its sentence, then a noun set off by a comma or a dash: `Ortiz's latest tweet — `.
_POSSESSED_APPOSED = regex.compile(r"\s*(?:(?:But|And)\s+)?" + _OWNER + r"(?:\s+[\p{Ll}\-]+){0,2}?\s+(?P<noun>\p{Ll}+)\s*(?:,|—|–|--)\s*")


def _owner(text: str, match, lexicon: Lexicon) -> Mention | None:
    """Whose the possessed noun of ``match`` is: a name, or `his` or `her`."""
    if match.group("pronoun"):
        start, end = match.span("pronoun")
        return Mention(Span(start, end), Span(start, end), "pronoun", match.group("pronoun").lower())
    mention = subject_before(text, match.start("owner"), match.end("owner"), lexicon)
    return mention if mention is not None and mention.kind in ("name", "pronoun") else None


# `in Ortiz's words,`, `in his own words,`, `In the words of one aide,` right before a quotation.
_IN_WORDS = regex.compile(
    r"(?<![\p{L}’'\-])[Ii]n\s+(?:(?:(?<![\p{L}\p{M}’'.\-])(?P<owner>\p{Lu}[\p{L}\p{M}.\-]*(?:\s+\p{Lu}[\p{L}\p{M}.\-]*){0,3})"
    r"(?:[’']s|(?<=s)[’'])|(?P<pronoun>[Hh]is|[Hh]er))\s+(?:own\s+)?(?P<noun>words)"
    r"|the\s+(?P<noun>words)\s+of\s+(?P<after>[^,;:\"“”]{2,60}?))\s*,\s*$"
)


def _sentence_opening(text: str, start: int, end: int) -> int:
    """Where the sentence that ends at ``end`` opens, not before ``start``."""
    return max(start, max(text.rfind(mark, start, end) for mark in ".!?\n") + 1)


def _described_before_colon(text: str, lead: Span, colon: int, lexicon: Lexicon) -> Mention | None:
    """`A footnote in the report makes that clear: "…"`, `The rally had one message:`: a
    description that opens a short clause before the colon whose verb makes a point or
    carries a message; not `The crowd cheered for Ana Ortiz:`, whose verb says nothing."""
    start = after_dateline(text, max(colon - 120, _sentence_opening(text, lead.start, colon)), colon)
    match = _DESCRIBED_CLAUSE.fullmatch(text, start, colon)
    if match is None or match.group("object") is not None and match.group("object") not in lexicon.speech_nouns:
        return None
    return Mention(Span(*match.span("subject")), Span(*match.span("noun")), "nominal", match.group("noun").lower())


# A verb that is no act of the subject's own (`is`, `has`, a modal), and a word that is none of them.
_NOT_ACTING = r"(?:was|were|is|are|has|have|had\s+been|will|would|can|could|should|may|might|must)\b"
_PLAIN_WORD = rf"(?!{_NOT_ACTING})\p{{Ll}}[\p{{Ll}}\-]*"
# `A footnote in the report makes that clear`, `The rally had one message for the mayor`: a
# determiner, a noun with at most two words before it and one phrase after it, then `make it
# clear` or a verb of having or sending with a message as its object.
_DESCRIBED_CLAUSE = regex.compile(
    rf"\s*(?P<subject>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+(?:{_PLAIN_WORD}\s+){{0,2}}?"
    rf"(?P<noun>{_PLAIN_WORD})(?:\s+(?:in|of|on|from|at|by)\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
    rf"(?:[\p{{Ll}}’'\-]+\s+){{0,4}}?{_PLAIN_WORD})?"  # `A rally by the town’s civic and church leaders`
    r"(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAMES + r"))?)"  # `… on Monday had one message`
    r"\s+(?:(?:makes?|made)\s+(?:it|that|this)\s+(?:\p{Ll}+ly\s+)?clear"
    r"|(?:has|had|have|sends?|sent|delivers?|delivered|carries|carried|offers?|offered)\s+"
    r"(?:(?:a|an|one|the|this|that|its|his|her|their)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?P<object>\p{Ll}+)"
    r"(?:\s+(?:for|to)\s+[^:;\n\"“”]{1,40})?)\s*"
)


def _possessed_before_colon(text: str, lead: Span, colon: int, lexicon: Lexicon) -> Mention | None:
    """`His message was simple: "…"`, `Ana Ortiz's verdict:`: what someone said, owned, before a colon."""
    start = max(colon - 120, _sentence_opening(text, lead.start, colon))
    start = _FROM.match(text, start, colon).end()  # `From Ortiz's post:`: not a name `From Ortiz`
    match = _POSSESSED_COLON.search(text, start, colon + 1)
    if match is None:
        return _described_owner_before_colon(text, start, colon, lexicon)
    if not _words_noun(match.group("noun"), lexicon):
        return None  # `His message was simple:`, `From Ortiz's Facebook post:`
    return _owner(text, match, lexicon)


def _words_noun(noun: str, lexicon: Lexicon) -> bool:
    """A noun for what someone said or wrote: `reply`, `post`, and `words` (`Her words were clear:`)."""
    return noun in lexicon.speech_nouns or noun in lexicon.authored_nouns or noun == "words"


def _described_owner_before_colon(text: str, start: int, colon: int, lexicon: Lexicon) -> Mention | None:
    """`The mayor's response was swift:`: a description by a role owns what was said, and is
    the speaker, shown without its `'s`; not `The plan's summary:`, whose owner cannot speak."""
    match = _DESCRIBED_OWNER_COLON.search(text, start, colon + 1)
    if match is None or not _words_noun(match.group("noun"), lexicon):
        return None
    mention = subject_before(text, match.start("owner"), match.end("owner"), lexicon)
    return mention if mention is not None and mention.kind == "nominal" and can_speak(mention, lexicon) else None


_FROM = regex.compile(r"\s*(?:[Ff]rom\s+)?")
# What an owner said, up to the colon: `'s reply on Twitter was short:`, `'s verdict:`.
_POSSESSED_TAIL = (
    r"(?:\s+[\p{L}\-]+){0,2}?\s+(?P<noun>\p{Ll}+)"
    r"(?:\s+(?:on|in|to|at|during|after)(?:\s+[\p{L}\-]+){1,3}?)?"  # `Ortiz's reply on Twitter was short:`
    r"(?:\s+(?:was|is|were|are)(?:\s+[\p{Ll}\-]+){0,3})?\s*:$"
)
_POSSESSED_COLON = regex.compile(_OWNER + _POSSESSED_TAIL)
_DESCRIBED_OWNER_COLON = regex.compile(
    r"(?<![\p{L}’'\-])(?P<owner>(?:[Tt]he|[Aa]n?|[Oo]ne)(?:\s+[\p{L}\-]+){0,3}?\s+\p{Ll}[\p{L}\-]*)[’']s" + _POSSESSED_TAIL
)


def _apposition_after_title(text: str, lead: Span, sentence: Span, mention: Mention, cue: Span) -> bool:
    """A name set off by commas right before a participle cue, in a lead that goes on in lower
    case from a quoted title (`the "Today" show to discuss his rival, Ana Lee, saying`): an
    apposition, the clause's subject stands before the title."""
    return lead.start > sentence.start and _MID_CLAUSE.match(text, lead.start) is not None \
        and _OPENS_WITH_WORD.match(text, sentence.start) is not None \
        and text[max(lead.start, mention.span.start - 2) : mention.span.start] == ", " \
        and text[mention.span.end : cue.start].strip() == ","


def furniture_label(label: str) -> bool:
    """`Related: "…"`, `Update: "…"`: a label of the page's furniture names no speaker."""
    return any(word.lower() in HEADING_WORDS for word in label.split())


# A lead that opens inside a clause: lower-case words go on from a quoted title before it.
_MID_CLAUSE = regex.compile(r"[\s\"”’']*\p{Ll}")
_OPENS_WITH_WORD = regex.compile(r"\s*[\p{L}\p{N}]")


def _leading_cue(
    text: str, lead: Span, quote: QuotedSpan, sentence: Span, lexicon: Lexicon
) -> tuple[Mention, Span, str] | None:
    """`X said: "…"`, `X said the talks "…"`, `according to X, "…"`, `X: "…"`, `…, saying "…"`:
    a name labelling the quotation, then the last cue before it whose speaker is found, then a
    lead ending in a colon or comma."""
    if lead.end <= lead.start:
        return None
    labelled = _labelled_speaker(text, lead, lexicon)
    if labelled is not None:
        return labelled
    matches = [m for m in cue_pattern(lexicon, quotations=True).finditer(text, lead.start, lead.end)
               if _verb_reading(text, m, lexicon) and not _refused_act(text, m, lexicon)]
    cued = _speaker_of_cues(text, lead, quote, sentence, matches, lexicon)
    if cued is not None:
        return cued
    ending = text[lead.start : lead.end].rstrip()
    if ending.endswith(":"):
        return _colon_speaker(text, lead, lexicon)
    if ending.endswith(",") and _OPENS_SENTENCE.match(text, quote.start) and len(_WORD.findall(ending)) >= 4:
        return _colon_speaker(text, lead, lexicon, ",", subject_only=True)  # `Ortiz told the crowd, "…"`
    return None


def _labelled_speaker(text: str, lead: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    """A name the lead gives the quotation without a cue verb: `Ana Ortiz: "…"`, `in Ortiz's
    words, "…"`, `in the words of one aide, "…"`."""
    colon = _COLON_NAME.fullmatch(text, lead.start, lead.end) \
        or _DASHED_COLON_NAME.search(text, max(lead.start, lead.end - 60), lead.end)  # `Pollsters agree - Ana Ortiz: "…"`
    if colon is not None and not furniture_label(colon.group(1)):
        mention = subject_before(text, colon.start(1), colon.end(1), lexicon)
        if mention is not None and mention.kind == "name":
            return mention, Span(colon.end(1), colon.end(1) + 1), "speaker-colon"
    in_words = _IN_WORDS.search(text, max(lead.start, lead.end - 80), lead.end)
    if in_words is not None:  # `in Ortiz's words, "…"`, `in the words of one aide, "…"`
        mention = _owner(text, in_words, lexicon) if in_words.group("after") is None \
            else subject_after(text, in_words.start("after"), in_words.end("after"), lexicon)
        if mention is not None:
            return mention, Span(in_words.start("noun"), in_words.end("noun")), "possessed-words"
    return None


def _speaker_of_cues(
    text: str, lead: Span, quote: QuotedSpan, sentence: Span, matches: list, lexicon: Lexicon
) -> tuple[Mention, Span, str] | None:
    """The last cue in the lead, read back from the quotation, whose speaker is found; a cue
    whose subject comes with an earlier cue it is joined to (`… and said, "…"`) gives way to that
    cue, and a subject opening what an earlier cue reports to that cue's subject."""
    joined: Span | None = None  # a cue joined to an earlier one whose subject it shares
    for index in range(len(matches) - 1, -1, -1):
        match = matches[index]
        cue = Span(match.start(), match.end())
        if names_source_after(match.group()):
            mention = subject_after(text, cue.end, lead.end, lexicon)
            if mention is not None and not _no_source(mention, lexicon):
                return mention, cue, "according-to-quote"
            continue
        if _passed_over_cue(text, lead, match, index, lexicon):
            continue
        mention, coordinated = _cue_subject(text, lead, quote, sentence, match, lexicon)
        if mention is None:
            if coordinated is not None and joined is None:
                joined = cue  # `Ortiz said the talks had stalled, but said, "…"`: the subject comes with the first cue
            continue
        if joined is not None:
            cue = joined  # the cue before is free to report its own clause
        elif index > 0 and (_REPORTED_SUBJECT.fullmatch(text, matches[index - 1].end(), mention.span.start)
                            or _within_reported_clause(text, matches[index - 1], mention, lexicon)):
            # `She said she recalls the "…"`, `Ortiz said Lee called it "…"`: the subject opens what
            # the cue before it reports, and the words come through that cue's subject
            outer = subject_before(text, lead.start, matches[index - 1].start(), lexicon)
            if outer is not None:
                mention, cue = outer, Span(matches[index - 1].start(), matches[index - 1].end())
        elif index > 0 and (outer := _bracketing_speaker(text, matches[index - 1], mention, cue, lexicon)) is not None:
            mention = outer  # the cue stays the verb: the bracketing cue reports the subject's part as well
        gap = text[cue.end : lead.end]
        rule = "speaker-verb-quote" if _introduces(gap, text, quote) else "speaker-verb-partial"
        return mention, cue, rule
    return None


# A comma and the spaces around it, all that stands between a subject, a cue set off inside
# its clause and its own verb: `CNN, Ortiz said, called`.
_COMMA_GAP = regex.compile(r"[^\S\n]*,[^\S\n]*")


def _bracketing_speaker(text: str, outer, mention: Mention, cue: Span, lexicon: Lexicon) -> Mention | None:
    """`CNN, Ortiz said, called the plan "…"`: a cue set off by commas between a subject and its
    verb reports the clause around it, so its own subject speaks."""
    if outer.group().lower() not in lexicon.clause_verbs or mention.span.end >= outer.start() \
            or _COMMA_GAP.fullmatch(text, outer.end(), cue.start) is None:
        return None
    comma = text.find(",", mention.span.end, outer.start())
    if comma < 0 or _COMMA_GAP.fullmatch(text, mention.span.end, comma + 1) is None:
        return None
    speaker = subject_before(text, comma + 1, outer.start(), lexicon)
    return speaker if can_speak(speaker, lexicon) and speaker.span.start >= comma else None


def _passed_over_cue(text: str, lead: Span, match, index: int, lexicon: Lexicon) -> bool:
    """Whether a cue in the lead does not introduce the quotation, so an earlier one may."""
    cue = Span(match.start(), match.end())
    if _inside_relative_insertion(text, lead, match):
        return True  # `He said the plan, which some have argued was a trick, was an "insult"`
    if index > 0 and _REDUCED_CLAUSE_BEFORE.search(text, max(lead.start, cue.start - 8), cue.start):
        return True  # `Lynch, who told Congress when asked last month: "…"`: the earlier cue introduces it
    if match.group().lower() in lexicon.show_forms and match_near(_THAT_NEXT, text, match.end()) is None:
        return True  # `had shown bad judgment in using her "as a paragon"`: showing, not saying
    if _DEONTIC_BEFORE.search(text, max(lead.start, cue.start - 24), cue.start):
        return True  # `critics who say he should condemn them as "…"`: speech owed is none; a cue before reports it
    return False


def _cue_subject(
    text: str, lead: Span, quote: QuotedSpan, sentence: Span, match, lexicon: Lexicon
) -> tuple[Mention | None, regex.Match | None]:
    """Who speaks through a cue before the quotation: a passive's agent or one named after the
    cue, the subject of the clause a participle or a coordinated verb hangs on, or the subject
    before the cue; and the coordination (`… and said`), if any, joining the cue to one before."""
    cue = Span(match.start(), match.end())
    # `Ortiz was asked by host Lee Chan, "…"`; `CNN quoted Lee as saying "…"`: CNN reports it
    agent = _passive_agent(text, lead, match, lexicon) \
        or _agent_after(text, lead, quote, sentence, match, lexicon) \
        or _quoting_subject(text, lead.start, match, lexicon)
    coordinated = _COORDINATED.search(text, max(lead.start, cue.start - 20), cue.start) if agent is None else None
    if agent is not None:
        mention = agent
    elif coordinated is not None \
            or _is_participle(match.group(), text[max(sentence.start, lead.start - 4) : cue.start]):
        # `…, saying "…"`, `she attacked the police and blamed the shootings on "…"`
        mention = (_first_verb_subject(text, lead, coordinated, lexicon)
                   or _relative_clause_subject(text, sentence, lead, coordinated, lexicon)) if coordinated is not None else None
        mention = mention or _subordinate_pronoun_before(text, lead, cue) or clause_subject(text, lead.start, cue.start, lexicon) or \
            clause_subject(text, sentence.start, cue.start, lexicon)
        if coordinated is None and mention is not None and _apposition_after_title(text, lead, sentence, mention, cue):
            # `Ortiz visited "Today" to discuss her rival, Ana Lee, saying "…"`: the clause began before the title
            mention = clause_subject(text, sentence.start, cue.start, lexicon) or mention
    else:
        mention = _aside_speaker(text, lead, cue, lexicon) or subject_before(text, lead.start, cue.start, lexicon) \
            or _absolute_subject(text, lead.start, match, lexicon)
    return mention, coordinated


def _subordinate_pronoun_before(text: str, lead: Span, cue: Span) -> Mention | None:
    """`Ortiz defended the plan even as she attacked the council, saying "…"`, `… when he brought
    up the budget and later said "…"`: a personal pronoun opening a subordinate clause in the
    stretch right before a participle or a joined cue is the nearer mention of who speaks."""
    found = None
    for found in _SUBORDINATE_PRONOUN.finditer(text, max(lead.start, cue.start - _SUBORDINATE_PRONOUN_WINDOW), cue.start):
        pass
    if found is None or _RELATIVE_PRONOUN.search(text, max(lead.start, found.start() - _SUBORDINATE_PRONOUN_WINDOW), found.start()):
        return None  # `… an architect who said he was stiffed after he designed …, saying`: the relative clause's own
    between = text[found.end() : cue.start].rstrip().rstrip(",—–-")
    if any(mark in between for mark in ",;:—–()\"“”"):
        return None  # the clause ended before the cue: another part stands between them
    start, end = found.span("pronoun")
    return Mention(Span(start, end), Span(start, end), "pronoun", text[start:end].lower())


# A subordinate clause opening on a personal pronoun (not `they`, often things): `… when she announced`.
_SUBORDINATE_PRONOUN = regex.compile(
    r"(?<![\p{L}’'\-])(?:when|as|while|because|after|before|since|although|though)\s+(?P<pronoun>he|she|we|I)\s+(?=\p{Ll})")
_SUBORDINATE_PRONOUN_WINDOW = 200
_RELATIVE_PRONOUN = regex.compile(r"(?<![\p{L}’'\-])(?:who|whom|whose|which)(?![\p{L}’'\-])", regex.I)


def _aside_speaker(text: str, lead: Span, cue: Span, lexicon: Lexicon) -> Mention | None:
    """`The trouble, says Ana Ortiz, a historian, is that she was "…"`: a cue set off by commas
    inside the sentence, its speaker after it."""
    before = text[lead.start : cue.start].rstrip()
    if not before.endswith(",") or text.find(",", cue.end, lead.end) < 0 or _WORD.search(before) is None \
            or not _inverts(text[cue.start : cue.end], lexicon):
        return None  # no comma after the cue: no aside closes
    inverted = _inverted_mention(text, cue, lead, lexicon)
    # a comma closes the aside: after `Lee, an aide, said the unions "…"`, `the unions` is what Lee said
    if inverted is None or _COMMA_NEXT.match(text, inverted.span.end, lead.end) is None:
        return None
    if _named_right_after(text, cue, inverted):
        return inverted
    return None if can_speak(subject_before(text, lead.start, cue.start, lexicon), lexicon) else inverted


_COMMA_NEXT = regex.compile(r"\s*,")


# A quotation that opens a sentence of its own: a capital, or an editor's bracket before one (`[I am] …`).
_OPENS_SENTENCE = regex.compile(r"\[?\p{Lu}")


# A modal of duty before a cue: what someone should or must say is not what they said.
# `Ortiz will say "…" tonight` previews a speech, and `I must say` or `we should ask` speaks already.
_DEONTIC_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?<!(?<![\p{L}’'\-])(?:I|we)\s+)(?:should|must|ought\s+to|(?:would|will)\s+have\s+to)(?:\s+not|n[’']t)?"
    r"(?:\s+\p{Ll}+ly)?\s+$",
    regex.I,
)
# A reduced clause of a passive cue: `when asked`, `if pressed`.
_REDUCED_CLAUSE_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(?:when|if|once|unless)\s+$", regex.I)


def _inside_relative_insertion(text: str, lead: Span, match) -> bool:
    """A cue inside a relative clause set off by commas, with the sentence going on after it
    before the quotation: the clause is an aside, not what introduces the quotation."""
    if _RELATIVE_OPENING.search(text, max(lead.start, match.start() - 80), match.start()) is None:
        return False
    closing = text.find(",", match.end(), lead.end)
    return closing >= 0 and _WORD.search(text, closing, lead.end) is not None


_RELATIVE_OPENING = regex.compile(r",\s+(?:which|who|whom)\s[^,]*$")
# `was asked by X`, `when asked by X`: a passive cue, its speaker the agent after `by`.
_PASSIVE_BEFORE = regex.compile(rf"(?<![\p{{L}}’'\-])(?:{_BE_FORMS}|when|if|once)\s+$", regex.I)
_BY = regex.compile(r"\s+by\s+")


def _passive_agent(text: str, lead: Span, match, lexicon: Lexicon) -> Mention | None:
    """`was asked by X`: the agent after `by` is who spoke."""
    by = _BY.match(text, match.end(), lead.end)
    if by is None or not _PASSIVE_BEFORE.search(text, max(lead.start, match.start() - 12), match.start()):
        return None
    mention = subject_after(text, by.end(), lead.end, lexicon)
    return mention if mention is not None and mention.kind != "pronoun" else None


# What stands between a verb that names something and the quotation naming it: `called "…"`,
# `labeled as a "…"`.
_NAMES_THE_QUOTATION = regex.compile(r"\s+(?:as\s+)?(?:(?:an?|the)\s+)?", regex.I)
# A participle in the passive: after a form of `be` or set off by a comma or a dash, an adverb between.
_PASSIVE_PARTICIPLE_BEFORE = regex.compile(
    rf"(?:(?<![\p{{L}}’'\-])(?:{_BE_FORMS})|[,—–])\s+(?:\p{{Ll}}+ly\s+|often\s+)?$", regex.I)


def _agent_after(text: str, lead: Span, quote: QuotedSpan, sentence: Span, match, lexicon: Lexicon) -> Mention | None:
    """`The plan was called a "disaster" by Ana Ortiz`, `the inquiry, often labeled a "witch
    hunt" by Democrats,`: a passive verb's agent after the quotation is who said it."""
    if not match.group().lower().endswith("ed") or not _NAMES_THE_QUOTATION.fullmatch(text, match.end(), lead.end) \
            or not _PASSIVE_PARTICIPLE_BEFORE.search(text, max(lead.start, match.start() - 20), match.start()):
        return None  # not `reported in a "hit piece" by the Times`: what the agent did is not the naming
    by = _BY.match(text, quote.close_mark.end, sentence.end)
    mention = subject_after(text, by.end(), sentence.end, lexicon) if by is not None else None
    return mention if can_speak(mention, lexicon) and mention.kind != "pronoun" else None


_REPORTED_SUBJECT = regex.compile(r"\s+(?:that\s+)?")
# `said that …` up to a later cue's subject, with no clause break between: `Ortiz said that the
# plan, which Lee called "…"` or `said that, because Lee testified that …`
_THAT_CLAUSE_UP_TO_SUBJECT = regex.compile(
    r"\s+(?:[\w’'.-]+\s+){0,3}?that\s(?:(?!\s-\s)[^,.;:!?\"“”()\n–—―‒])*")


def _within_reported_clause(text: str, outer, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a later cue's subject stands inside the `that` clause an earlier cue reports:
    `Ortiz said that Lee called the plan "…"` reports Lee's words through Ortiz."""
    return outer.group().lower() in lexicon.clause_verbs \
        and _THAT_CLAUSE_UP_TO_SUBJECT.fullmatch(text, outer.end(), mention.span.start) is not None


def _colon_speaker(
    text: str, lead: Span, lexicon: Lexicon, mark: str = ":", subject_only: bool = False
) -> tuple[Mention, Span, str] | None:
    """`She addressed the crowd: "…"`: the subject, or the last name before the colon."""
    colon = text.rindex(mark, lead.start, lead.end)
    cue = Span(colon, colon + 1)
    document = _document_label(text, lead.start, colon, lexicon) if mark == ":" else None
    if document is not None:  # `From the report:`, `Transcript as follows:`
        return document, cue, "speaker-colon-subject"
    source = _as_source(text, lead.start, colon, lexicon)
    if source is not None:  # the colon stays the cue: the `as` clause's verb reports the clause before it
        return source, cue, "speaker-colon-subject"
    mention = clause_subject(text, lead.start, colon, lexicon)
    owned = mark == ":" and mention is not None and text.endswith(("’s", "'s"), mention.span.start, mention.span.end)
    if can_speak(mention, lexicon) and not owned:
        return mention, cue, "speaker-colon-subject"
    owner = _possessed_before_colon(text, lead, colon, lexicon) if mark == ":" else None
    if owner is not None:  # `Ortiz's reply was short:`, `The mayor's answer was simple:`: the owner, no `'s`
        return owner, cue, "speaker-colon-subject"
    if can_speak(mention, lexicon):
        return mention, cue, "speaker-colon-subject"  # `The mayor's aide:` owns no words
    if subject_only:
        return None
    mention = subject_before(text, lead.start, colon, lexicon)
    if mention is None or mention.kind != "name":
        mention = name_closing(text, lead.start, colon, lexicon)  # `… does not surprise pollster Ana Ortiz:`
    if mention is not None and mention.kind == "name" and not furniture_label(text[mention.span.start : mention.span.end]):
        return mention, cue, "speaker-colon"
    described = _described_before_colon(text, lead, colon, lexicon) if mark == ":" else None
    return (described, cue, "speaker-colon-subject") if described is not None else None


def _document_label(text: str, start: int, colon: int, lexicon: Lexicon) -> Mention | None:
    """A document named alone before a colon, as the source of what follows: `From the
    report:`, `Transcript as follows:`, `The letter reads:`."""
    label = _DOCUMENT_LABEL.fullmatch(text, _sentence_opening(text, start, colon), colon)
    if label is None or label.group("noun").lower() not in lexicon.thing_nouns:
        return None
    return Mention(Span(*label.span("document")), Span(*label.span("noun")), "nominal", label.group("noun").lower())


# `From the report`, `Transcript as follows`, `The full statement reads`: a document alone.
_DOCUMENT_LABEL = regex.compile(
    r"\s*(?:[Ff]rom\s+)?(?P<document>(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?"
    r"(?P<noun>\p{L}[\p{Ll}\-]*))(?:\s+(?:as\s+follows|in\s+full|below|reads|read|says|said))?\s*"
)


def _as_source(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """`As Ana Ortiz observed, the winner was the stage itself:`: what follows the colon comes
    from the one an `as` clause with a cue names."""
    for match in itertools.islice(cue_pattern(lexicon, quotations=True).finditer(text, start, end), 4):
        if _COMMA_NEXT.match(text, match.end(), end) is None:
            continue
        mention = subject_before(text, start, match.start(), lexicon)
        if mention is not None and mention.kind != "pronoun" and can_speak(mention, lexicon) \
                and _AS_BEFORE.search(text, max(start, mention.span.start - 4), mention.span.start):
            return mention
    return None


_AS_BEFORE = regex.compile(r"(?<![\p{L}’'\-])as\s+$", regex.I)


def _first_verb_subject(text: str, lead: Span, coordinated, lexicon: Lexicon) -> Mention | None:
    """`…, he laughed and said, "…"`: the subject right before the first of two verbs joined by
    `and` (``coordinated`` is the match of `and` before the second). The first verb may take an
    object (`when Cruz knocked Rubio on trade and called him a "…"`), but then its subject is
    not one another cue reports (`Lazar said he welcomed it and added`)."""
    verb = _PAST_BEFORE.search(text, max(lead.start, coordinated.start() - 30), coordinated.start() + 1)
    with_object = verb is None
    if with_object:
        verb = _verb_with_object_before(text, lead, coordinated)
        if verb is None:
            return None
    mention = subject_before(text, lead.start, verb.start(), lexicon)
    if mention is None or mention.kind not in ("name", "pronoun") \
            or PUNCT_ONLY.fullmatch(text, mention.span.end, verb.start()) is None:
        return None
    return None if with_object and _after_clause_verb(text, lead, mention, lexicon) else mention


def _verb_with_object_before(text: str, lead: Span, coordinated) -> regex.Match | None:
    """The last verb in the past before `and` with no clause mark after it: `knocked` in
    `knocked Rubio on trade and`."""
    found = None
    for found in _PAST_IN_CLAUSE.finditer(text, max(lead.start, coordinated.start() - _VERB_OBJECT_WINDOW),
                                          coordinated.start()):
        pass
    if found is None or _CLAUSE_MARK.search(text, found.end(), coordinated.start()) is not None:
        return None
    return found


def _after_clause_verb(text: str, lead: Span, mention: Mention, lexicon: Lexicon) -> bool:
    """`Lazar said he`: a mention opening a clause that a verb of saying reports."""
    words = _WORD.findall(text, max(lead.start, mention.span.start - 20), mention.span.start)
    return bool(words) and words[-1].lower() in lexicon.clause_verbs


_PAST_BEFORE = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}+ed\s$")
# A verb in the past taking an object before `and`, and what ends its clause before `and`.
_VERB_OBJECT_WINDOW = 50
_PAST_IN_CLAUSE = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}{3,}ed(?=\s)")
_CLAUSE_MARK = regex.compile(
    r"[,;:—–()\"“”]|(?<![\p{L}’'\-])(?:that|who|which|when|while|because|after|before|as|if)(?![\p{L}’'\-])")


def _relative_clause_subject(text: str, sentence: Span, lead: Span, coordinated, lexicon: Lexicon) -> Mention | None:
    """`the deal, which Ortiz called a "sham" and vowed to "end,"`: a verb joined right after a
    quotation to the verb of a relative clause shares that clause's subject."""
    if text[lead.start : coordinated.start()].strip():
        return None  # the quotation before is not what the joined verb follows
    relatives = list(_RELATIVE_WORD.finditer(text, max(sentence.start, lead.start - 200), lead.start))
    mention = subject_after(text, relatives[-1].end(), lead.start, lexicon) if relatives else None
    return mention if can_speak(mention, lexicon) else None


_RELATIVE_WORD = regex.compile(r"(?<![\p{L}’'\-])(?:which|whom)\s+")  # not `that`, which opens reported clauses too

# `Ortiz rejected the idea and said that …`: a second verb sharing the clause's subject.
_COORDINATED = regex.compile(
    r"\s(?:and|but|then|and then|but also|and also)\s+(?:(?:\p{Ll}+ly|later|then|also|again|still|soon|now|once)\s+)?$", regex.REVERSE)
_ADVERB_AT_END = regex.compile(r"(?<=[,—–-]\s*)(?:perhaps|maybe|possibly|probably|also|even|still|again|" + LY_ADVERB + r")$")
# What sets a participle off from its clause: a comma or a dash (`on the spot – saying`).
_SET_OFF = (",", "—", "–", " -", "--")
_PARTICIPLE_LEADS = ("by", "while", "after", "before", "when", "in", "without", "as")


def _is_participle(verb: str, before: str) -> bool:
    """`…, saying`, `… by saying`: a participle whose subject is the clause's subject (one
    opening a phrase too: `…, declining to`, `…, pointing out`)."""
    if not verb.split()[0].endswith("ing"):
        return False
    tail = before.rstrip().rstrip("\"”’'").rstrip()  # `a "sham," saying`: the comma inside the marks
    tail = _ADVERB_AT_END.sub("", tail).rstrip()  # `…, perhaps recognizing`, `…, apparently saying`
    return tail.endswith(_SET_OFF) or tail.lower().endswith(tuple(" " + w for w in _PARTICIPLE_LEADS))


def _introduces(gap: str, text: str, quote: QuotedSpan) -> bool:
    """Whether the text between a cue and a quotation lets the quotation stand on its own."""
    stripped = gap.strip()
    words = _WORD.findall(stripped)
    first = text[quote.start : quote.start + 1]
    if first.islower() and any(word.lower() == "that" for word in words):
        return False  # `said that in any talks, "we will send a signal"`: the quotation goes on the clause
    if stripped.endswith((":", ",")) and len(words) <= _DIRECT_GAP_WORDS:
        return True
    return len(words) <= 2 and first.isupper()


def _lead_is_cue(text: str, lead: Span, lexicon: Lexicon) -> bool:
    """Whether the text before a quotation ends with a cue that introduces it (`X said:`)."""
    last = None
    for last in cue_pattern(lexicon, quotations=True).finditer(text, lead.start, lead.end):
        pass
    if last is None:
        return False
    gap = text[last.end() : lead.end].strip()
    return gap.endswith((":", ",")) and len(_WORD.findall(gap)) <= _DIRECT_GAP_WORDS


_GUESSED_SPEAKER = frozenset({"no-speaker"})
_TRAILING_RULES = frozenset({"quote-speaker-verb", "quote-verb-speaker", "quote-according-to",
                             "quote-speaker-other-verb"})


def _scare_reason(
    text: str, attribution: Attribution, headline: Span | None, lexicon: Lexicon, single_subheadings: bool = False,
    deck: Span | None = None,
) -> str | None:
    """Why quoted text is not a quotation (`scare`, `title`, `headline`, `markup`, `no-text`),
    or None when it is one."""
    quote = attribution.quote
    content = text[quote.start : quote.end]
    words = _WORD.findall(content)
    reason = (
        _layout_reason(text, quote, content, headline, single_subheadings, deck)
        or _named_work_reason(text, quote, content, words)
        or _marked_phrase_reason(text, quote)
    )
    if reason is not None:
        return reason
    if _part_of_compound(text, quote):
        return "scare"  # `a "moan"-worthy headline`: the quoted words are part of a word
    if attribution.rule in _GUESSED_SPEAKER and _right_after(_LINK_AFTER, text, quote):
        return "markup"  # `by the Tribune's Ana Ortiz: "Parks will close …" http://…`: an excerpt of the linked article
    short = len(words) <= _SCARE_WORDS
    if attribution.rule in _GUESSED_SPEAKER and (attribution.kind == "mixed" or quote.single) and short \
            and not (attribution.kind == "direct" and (_a_sentence(text, quote, content) or _after_comma(text, quote))) \
            and not (attribution.kind == "mixed" and _speech_in_clause_before(text, quote, lexicon)):
        return "scare"  # but `'That's football.'`: a sentence of its own in single marks is speech
    if attribution.rule in _GUESSED_SPEAKER and short and _term_in_passing(text, quote, content):
        return "scare"
    if attribution.rule == "sentence-subject" and short and _modifier_before(text, quote) \
            and not _opens_verb_phrase(words, lexicon):
        return "scare"  # `Ortiz backed a federal "supermax" prison`: the writer's term inside a noun phrase
    if _vouched_for(text, attribution, lexicon):
        return None
    return "title" if _looks_like_title(content, words, _mid_sentence(text, quote)) else None


def _speech_in_clause_before(text: str, quote: QuotedSpan, lexicon: Lexicon) -> bool:
    """Whether the clause right before short quoted words tells of speech, so the words are
    someone's though no speaker is found: a cue (`telling women to stop "moaning"`), a noun for
    what was said (`his comment that "…"`), a naming (`dismissing them as "…"`, `chants of "…"`),
    or a portrayal (`seen as a "lifeboat"`); not where a term noun names the words (`the phrase
    "…"`)."""
    start = quote.open_mark.start
    clause = _CLAUSE_BEFORE.search(text, max(0, start - _CLAUSE_BEFORE_WINDOW), start)
    if clause is None or _TERM_NOUN_IN_CLAUSE.search(text, clause.start(), start) \
            or _opens_with_indefinite_pronoun(text, clause.start(), start, lexicon):
        return False
    if _NAMING_IN_CLAUSE.search(text, clause.start(), start) \
            or _PORTRAYED_AS.search(text, max(clause.start(), start - 16), start) \
            and _PORTRAYAL_BEFORE.search(text, max(0, start - _CLAUSE_BEFORE_WINDOW), start):
        return True
    if any(word.lower() in lexicon.speech_nouns for word in _WORD.findall(text, clause.start(), start)):
        return True
    return any(_speech_verb_in_clause(text, clause.start(), cue, lexicon)
               for cue in cue_pattern(lexicon, quotations=True).finditer(text, clause.start(), start))


def _opens_with_indefinite_pronoun(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """`Many call it an "evil empire."`: a clause whose subject is an indefinite pronoun says
    nothing in particular."""
    words = _WORD.findall(text, start, end)
    return len(words) > 1 and words[0].lower() in lexicon.indefinite_pronouns \
        and words[1].lower() not in lexicon.function_words


def _speech_verb_in_clause(text: str, clause_start: int, cue, lexicon: Lexicon) -> bool:
    """A cue verb in the clause before quoted words that tells of speech: not `according to`,
    which names a source, nor `showed up`, nor a noun after its modifier (`a far cry from`);
    nor a passive (`Ortiz was told to "stand down"`) or a phrase opening the sentence (`In
    criticizing the "rigged" plan, the report …`), whose subject would take words not its own."""
    return not names_source_after(cue.group()) and cue.group().lower() not in lexicon.show_forms \
        and _verb_reading(text, cue, lexicon) \
        and _DETERMINER_MODIFIERS.search(text, max(0, cue.start() - 40), cue.start()) is None \
        and _PASSIVE_SUBJECT_BEFORE.search(text, max(clause_start, cue.start() - 24), cue.start()) is None \
        and _OPENING_PREPOSITION.fullmatch(text, clause_start, cue.start()) is None


def _kept_as_speech(text: str, a: Attribution) -> bool:
    """Short quoted words with no speaker kept only because the clause before tells of speech."""
    return a.rule in _GUESSED_SPEAKER and a.kind == "mixed" \
        and len(_WORD.findall(text, a.quote.start, a.quote.end)) <= _SCARE_WORDS


def _speaker_of_kept_words(text: str, a: Attribution, sentence: Span, lexicon: Lexicon) -> Attribution:
    """Who says short quoted words the clause before tells of as speech: the agent of `seen by
    X as a "…"`, the owner of `his comment that "…"`, or the subject of the cue or naming verb
    (`Ortiz dismissed them as "…"`); else no one, not a speaker from before."""
    found = _speaker_in_clause_before(text, a.quote, sentence, lexicon) or _source_closing(text, a.quote, sentence, lexicon)
    if found is None:
        return replace(a, subject=None, unnamed_in=sentence)
    mention, cue, rule = found
    return replace(a, mention=mention, cue=cue, rule=rule, confidence=confidence(rule), subject=None)


def _source_closing(text: str, quote: QuotedSpan, sentence: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    """`… messages labeled "top secret" by the agency, according to two officials.`: the source
    that closes the sentence, with no other quotation between."""
    after = _ACCORDING_TO.search(text, quote.close_mark.end, sentence.end)
    if after is None or _QUOTE_MARK.search(text, quote.close_mark.end, after.start()) is not None:
        return None
    mention = subject_after(text, after.end(), sentence.end, lexicon)
    if mention is None or _no_source(mention, lexicon):
        return None
    return mention, Span(after.start(), after.start() + len(after.group().rstrip())), "quote-according-to"


def _speaker_in_clause_before(
    text: str, quote: QuotedSpan, sentence: Span, lexicon: Lexicon
) -> tuple[Mention, Span, str] | None:
    """Who the stretch before quoted words names as saying them, with the cue and the rule."""
    start = quote.open_mark.start
    # wider than the clause that told of speech, across stops in abbreviations and parentheses:
    # `Given his past comments on building a wall to keep out "…"`, `Ortiz blamed the U.S., and emphasized "…"`
    lead = _SPEAKER_LEAD.search(text, max(sentence.start, start - _SPEAKER_LEAD_WINDOW), start)
    if lead is None:
        return None
    lead = Span(lead.start(), start)
    return _owner_of_speech_noun(text, lead, sentence, lexicon) or _subject_of_speech_verb(text, lead, quote, sentence, lexicon)


def _owner_of_speech_noun(text: str, lead: Span, sentence: Span, lexicon: Lexicon) -> tuple[Mention, Span, str] | None:
    """The owner of the nearest noun for what was said (`his comment that`), or who made it
    (`prompted Ortiz to make a comment that`); not an earlier one (`Ortiz's remarks, which
    included the suggestion that "…"`)."""
    nouns = [word for word in _WORD.finditer(text, lead.start, lead.end) if word.group().lower() in lexicon.speech_nouns]
    if not nouns:
        return None
    noun = nouns[-1]
    owned = _OWNED_BEFORE.search(text, max(lead.start, noun.start() - 40), noun.start())
    mention = _owner(text, owned, lexicon) if owned is not None else None
    if mention is not None:
        return mention, Span(noun.start(), noun.end()), "possessive-claim"
    made = _MADE_BEFORE.search(text, max(sentence.start, noun.start() - 40), noun.start())
    mention = subject_before(text, sentence.start, made.start(), lexicon) if made is not None else None
    return (mention, Span(noun.start(), noun.end()), "sentence-subject") if can_speak(mention, lexicon) else None


def _subject_of_speech_verb(
    text: str, lead: Span, quote: QuotedSpan, sentence: Span, lexicon: Lexicon
) -> tuple[Mention, Span, str] | None:
    """The subject of the last cue or naming verb before quoted words that has one who can
    speak (`Ortiz dismissed them as "…"`), as a cue's subject is found, else its clause's."""
    verbs = [m for m in cue_pattern(lexicon, quotations=True).finditer(text, lead.start, lead.end)
             if _speech_verb_in_clause(text, lead.start, m, lexicon)]
    verbs += list(_NAMING_VERB.finditer(text, lead.start, lead.end))
    for verb in sorted(verbs, key=lambda m: m.start(), reverse=True):
        mention = _cue_subject(text, lead, quote, sentence, verb, lexicon)[0] \
            or clause_subject(text, sentence.start, verb.start(), lexicon)
        if can_speak(mention, lexicon):
            return mention, Span(verb.start(), verb.end()), "sentence-subject"
    return None


_SPEAKER_LEAD_WINDOW = 100
# The stretch before a quotation back to the last quotation mark (a doubled apostrophe, not one),
# dash, colon or semicolon, or line break.
_SPEAKER_LEAD = regex.compile(r"(?:[^\"“”‘’—–―\n;:']|(?<!')'(?!'))+$", regex.REVERSE)
# An owner and up to two modifiers right before a noun: `his past`, `Ortiz's lyrical`.
_OWNED_BEFORE = regex.compile(_OWNER + r"(?:\s+[\p{Ll}\-]+){0,2}?\s+$", regex.REVERSE)
# `to make a controversial comment that`: who makes or issues what was said.
_MADE_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:mak(?:e|es|ing)|made|issu(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|post(?:s|ed|ing)?)"
    r"\s+(?:an?|the|another)\s+(?:[\p{Ll}\-]+\s+){0,2}$", regex.REVERSE)
_NAMING_VERB = regex.compile(
    r"(?<![\p{L}’'\-])(?i:dubbed|labell?ed|branded|described|referred|referring|slammed|dismiss(?:ed|ing)?|"
    r"portray(?:ed|ing|s)?|call(?:s|ed|ing)?)(?![\p{L}’'\-])")


_CLAUSE_BEFORE_WINDOW = 60
# The stretch before a quotation back to the last stop, quotation mark (an apostrophe too, as
# the doubled one quotes), bracket or dash.
_CLAUSE_BEFORE = regex.compile(r"[^.;:!?\"“”‘’'\n()—–]+$", regex.REVERSE)
_TERM_NOUN_IN_CLAUSE = regex.compile(r"(?<![\p{L}’'\-])(?i:terms?|phrases?|words?)(?![\p{L}’'\-])")
_NAMING_IN_CLAUSE = regex.compile(
    r"(?<![\p{L}’'\-])(?i:dubbed|labell?ed|branded|chants?|cries|calls)(?![\p{L}’'\-])"
    r"|(?<![\p{L}’'\-])(?<!self-)(?i:described|referred\s+to|referring\s+to|slammed|dismiss(?:ed|ing)?|portray(?:ed|ing|s)?)"
    r"(?:\s+[\p{L}’'\-]+){0,3}?\s+as(?![\p{L}’'\-])"
)
# `seen as a "…"`, `his credentials as a "…"`: what something is taken for; not `as the "…" movement`.
_PORTRAYED_AS = regex.compile(r"(?<![\p{L}’'\-])as(?:\s+(?:a|an|his|her|their))?\s*$", regex.I | regex.REVERSE)
# What makes `as a "…"` a portrayal rather than a role (`flooded by the river as a "warning"`); looked
# for across a dash or an apostrophe (`portrayed himself on TV -- as a "…"`).
_PORTRAYAL_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?i:seen|viewed|regarded|perceived|cast|casts|casting|billed|touted|pitched|presented|hailed"
    r"|portray(?:s|ed|ing)?|credentials|reputation|image)(?![\p{L}’'\-])"
)
# `was told to`, `is widely called`, `what’s today typically called` (the clause before stops at its apostrophe)
_PASSIVE_SUBJECT_BEFORE = regex.compile(
    r"(?:(?<![\p{L}’'\-])(?i:was|were|is|are|been|be)|(?<=(?<![\p{L}’'\-])(?i:what|that|it)[’'])s)"
    r"(?:\s+(?:\p{Ll}+ly|today|now|often|still)){0,2}\s+$",
    regex.REVERSE)
_OPENING_PREPOSITION = regex.compile(r"\s*(?i:in|by|after|before|while|when|on|without|upon)\s+")


def _layout_reason(
    text: str, quote: QuotedSpan, content: str, headline: Span | None, single_subheadings: bool, deck: Span | None,
) -> str | None:
    """Quoted text that the page's layout explains: no words, a headline, markup, a sign-off. With
    `single_subheadings` (the article quotes in double marks), a paragraph that is nothing but a
    quotation in single marks is a subheading, and a quotation in single marks in the ``deck``
    under the headline is the deck's, as headlines quote so."""
    if not _LETTER.search(content) or _HANDLE_OR_LINK.fullmatch(content):
        return "no-text"  # `"@anaortiz"`, `"#Vote2016"`; but a tweet opening with a handle is text
    if headline is not None and headline.start <= quote.start < headline.end:
        return "headline"
    if _inside_markup(text, quote):
        return "markup"
    if _SIGN_OFF.fullmatch(content.strip()):
        return "markup"  # `"Follow Ana Ortiz on Twitter @anaortiz."` closing a transcript
    if single_subheadings and quote.single and (
        _alone_in_paragraph(text, quote) or deck is not None and deck.start <= quote.start < deck.end
    ):
        return "headline"  # `'A really tough decision.'` between paragraphs of an article quoting in double marks
    return None


def _named_work_reason(text: str, quote: QuotedSpan, content: str, words: list[str]) -> str | None:
    """`title` when the words around the quoted text name a work, a programme or a document."""
    before = quote.open_mark.start
    if content.rstrip().endswith(("?", "!")) and _title_case(words) \
            and _NAMED_WORK_BEFORE.search(text, max(0, before - 24), before):
        return "title"  # `a book titled "Is America Finished?"`, `under the headline "Is the Race Over?"`
    if _looks_like_title(content, words, mid_sentence=True) and (
        _WORK_BEFORE.search(text, max(0, before - 40), before)
        or _WORK_AFTER.match(text, quote.close_mark.end)
        or _PROGRAM_BEFORE.search(text, max(0, before - 40), before)
        or _DOCUMENT_APPOSED.search(text, max(0, before - 24), before)
        or len(words) > 1 and _alone_in_paragraph(text, quote)
    ) or _headline_with_byline(text, quote, content, words) or _right_after(_YEAR_AFTER, text, quote):
        return "title"  # `his book, "Make Your Kid a Millionaire,"`; `on CBS's "Face the Nation"`; a subheading;
        # `"Parks to close early," by the Tribune's Ana Ortiz`; a work or slogan dated after it: `"Jobs Now" (2008)`
    if _title_case(words, _LONG_TITLE_WORDS) and (
        _MAKER_BEFORE.search(text, max(0, before - 40), before)
        or _GENRE_APPOSED.search(text, max(0, before - 24), before)
        or not _introduced(text, quote) and _WORK_BEFORE.search(text, max(0, before - 40), before)
    ):
        return "title"  # `the author of "Cities, Towns and Villages."`, `the book "Small Towns, Big Fires,"`,
        # `the crime drama, "Night Shift,"`: its maker or its kind of work vouches for a title, commas and all
    return None


def _marked_phrase_reason(text: str, quote: QuotedSpan) -> str | None:
    """`scare` after `so-called` or a language's gloss (`Spanish for`), `title` after a naming
    phrase (`code-named`, `known as`)."""
    before = quote.open_mark.start
    if _SO_CALLED.search(text, max(0, before - 12), before):
        return "scare"  # `the so-called "experts"`, whatever cue the sentence has
    if _TRANSLATION_BEFORE.search(text, max(0, before - 16), before):
        return "scare"  # `"Adios," Spanish for "goodbye"`: the writer's gloss of a phrase
    if _NAMING_BEFORE.search(text, max(0, before - 20), before):
        return "title"  # `an operation code-named "Granite Dawn"`, `the case known as "the Hollow Pines affair"`
    return None


def _vouched_for(text: str, attribution: Attribution, lexicon: Lexicon) -> bool:
    """Whether the quotation's cue makes it speech however title-like it reads: a cue after
    it (`"No," Ortiz said`, also through an account), a colon or comma introducing it, a
    speaker naming something, or a verb of crying out (`chanted "Dump Ortiz"`)."""
    quote = attribution.quote
    cue = attribution.cue
    return attribution.rule in _TRAILING_RULES or _introduced(text, quote) or _named_by_speaker(text, attribution, lexicon) \
        or _referred_to_as(text, attribution) or _named_as(text, attribution.quote) or _agent_after_quote(text, attribution) \
        or cue is not None and text[cue.start : cue.end].lower() in lexicon.utterance_verbs \
        or attribution.rule == "according-to-account" and not _mid_sentence(text, quote) \
        or _said_whole(text, attribution)


def _said_whole(text: str, attribution: Attribution) -> bool:
    """`Ortiz said "Fail."`, `Ortiz said "Paris" twice`: the words right after `said` are what was said."""
    cue, quote = attribution.cue, attribution.quote
    return cue is not None and 0 <= quote.open_mark.start - cue.end <= 2 \
        and text[cue.start : cue.end].lower() in ("said", "says", "say") and not text[cue.end : quote.open_mark.start].strip()


_HANDLE_OR_LINK = regex.compile(r"\s*(?:[@#]\S+|https?://\S*)\s*")
_SO_CALLED = regex.compile(r"(?<![\p{L}’'\-])so(?:-\s*|\s+)called\s*$", regex.I)
_TRANSLATION_BEFORE = regex.compile(rf"(?<![\p{{L}}’'\-])(?:{'|'.join(sorted(LANGUAGES))})\s+for\s*$")
_NAMING_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:code-?named|nicknamed|(?:also\s+)?known\s+as(?:\s+the)?|a\.k\.a\.?"
    # `The operation, dubbed "…",`; not `Ana Ortiz, dubbed "…"`
    r"|(?<=(?<![\p{L}’'\-])(?-i:\p{Ll})[\p{L}\-]*,\s+)(?:dubbed|named))\s*$", regex.I
)
_SENTENCE_OF_ITS_OWN = regex.compile(r"\s*\p{Lu}[^\n]*[.!?]\s*")
_ENDS_SENTENCE_BEFORE = regex.compile(r"[.!?]\s+$")


def _modifier_before(text: str, quote: QuotedSpan) -> bool:
    """`a federal "supermax" prison`, `the now-derided "establishment"`: a determiner and a
    modifier right before the quoted words, which go on the noun phrase they open; not a
    naming verb's object (`called the Saudis "free riders"`) nor `the term "…"`."""
    start = quote.open_mark.start
    return _DETERMINER_MODIFIER.search(text, max(0, start - _MODIFIER_WINDOW), start) is not None


def _opens_verb_phrase(words: list[str], lexicon: Lexicon) -> bool:
    """`the plan "cannot fail."`: quoted words opening on an auxiliary or a clause word go on
    the clause of the noun before them, not on a noun phrase."""
    first = words[0].lower() if words else ""
    return first in CLAUSE_WORDS or first in lexicon.auxiliaries or first == "cannot" or first.endswith(("n't", "n’t"))


_MODIFIER_WINDOW = 60
_DETERMINER_MODIFIER = regex.compile(
    r"(?<!(?<![\p{L}’'\-])(?:call|calls|called|calling|dubbed|labeled|labelled|branded|named|deemed)\s+)"
    r"(?<![\p{L}’'\-])(?i:a|an|the|his|her|their|its|our|my|your)\s+"
    r"(?!(?i:term|terms|word|words|phrase|phrases|label|slogan|moniker|name|expression)\s*$)"
    r"(?![\p{L}\p{N}\-]*ly\s*$)"
    rf"(?!(?i:{'|'.join(sorted(set(_NOUN_DETERMINERS) | PREPOSITIONS | SUBORDINATORS, key=len, reverse=True))})\s*$)"
    r"[\p{L}\p{N}][\p{L}\p{N}\-]*[^\S\n]*$"
)


def _part_of_compound(text: str, quote: QuotedSpan) -> bool:
    """`a "moan"-worthy headline`, `an anti-"woke" push`: quoted words joined by a hyphen to a
    word outside the marks."""
    start, end = quote.open_mark.start, quote.close_mark.end
    return _HYPHEN_WORD_AFTER.match(text, end, min(len(text), end + 2)) is not None \
        or _WORD_HYPHEN_BEFORE.search(text, max(0, start - 2), start) is not None


_HYPHEN_WORD_AFTER = regex.compile(r"-\p{L}")
_WORD_HYPHEN_BEFORE = regex.compile(r"\p{L}-$")


def _term_in_passing(text: str, quote: QuotedSpan, content: str) -> bool:
    """Quoted words with no cue that a term noun names (`the charged term, "Open Borders,"`) or
    that stand in lower case between a comma and the rest of the sentence (`cells grown in
    dishes, "lines" used for …`): a term, not something said."""
    return _term_noun_before(text, quote) or content[:1].islower() and comma_before(text, quote.open_mark.start) \
        and match_near(_SENTENCE_GOES_ON, text, quote.close_mark.end) is not None


def _term_noun_before(text: str, quote: QuotedSpan) -> bool:
    """`the term "…"`, `the phrase, "…"`, `words such as "…"`."""
    before = quote.open_mark.start
    return _TERM_NOUN_BEFORE.search(text, max(0, before - _TERM_NOUN_WINDOW), before) is not None


_TERM_NOUN_WINDOW = 32
_TERM_NOUN_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:term|phrase|word|slogan|label|expression|moniker|catchphrase|buzzword|euphemism|motto)s?"
    r"(?:\s+(?:such\s+as|like|including))?\s*,?\s*$", regex.I
)
# After a closing mark, the sentence going on in lower case.
_SENTENCE_GOES_ON = regex.compile(r"[^\S\n]+\p{Ll}")


def _after_comma(text: str, quote: QuotedSpan) -> bool:
    """`'No,' said Ortiz, 'not ever.'`: the second piece of a quotation a cue interrupts."""
    return comma_before(text, quote.open_mark.start)


def _a_sentence(text: str, quote: QuotedSpan, content: str) -> bool:
    """A quotation that is a sentence of its own: its end inside the marks (`'That's football.'`)
    or, opening a sentence, right after them (`'An absolute disgrace'.`)."""
    return _SENTENCE_OF_ITS_OWN.fullmatch(content) is not None or content[:1].isupper() \
        and _SENTENCE_END.match(text, quote.close_mark.end) is not None \
        and _ENDS_SENTENCE_BEFORE.search(text, max(0, quote.open_mark.start - 8), quote.open_mark.start) is not None


def _named_by_speaker(text: str, attribution: Attribution, lexicon: Lexicon) -> bool:
    """`Ortiz called the plan a "Grand Bargain"`: a cue that frames a quoted name rather than a
    clause, with no owner or preposition naming a program before it (`on NBC's "Meet the Press"`);
    so too a person's naming verb right before the name (`she called Lee "Little Larry"`)."""
    cue = attribution.cue
    if cue is None:
        return False
    verb = text[cue.start : cue.end].lower()
    if attribution.rule == "speaker-verb-quote":
        if not _person_names(text, attribution, verb):
            return False
    elif attribution.rule != "speaker-verb-partial" or verb in lexicon.clause_verbs:
        return False
    start = attribution.quote.open_mark.start
    return _OWNER_OR_PLACE_BEFORE.search(text, max(0, start - 40), start) is None


def _referred_to_as(text: str, attribution: Attribution) -> bool:
    """`Ortiz referred to "the Hollow Pines affair"`, `Ortiz refers to Lee, an old friend, as
    "Mr. Lee"`: the `to` is the verb's own, naming no program (`appeared on "Today"`)."""
    cue = attribution.cue
    return cue is not None and text[cue.start : cue.end].lower() in _REFER_FORMS \
        and _REFERRED_OBJECT.fullmatch(text, cue.end, attribution.quote.open_mark.start) is not None


def _agent_after_quote(text: str, attribution: Attribution) -> bool:
    """`The plan was called "Reckless Folly" by critics`: a passive cue before the quoted words
    and its agent after them, who named them so."""
    cue, mention, quote = attribution.cue, attribution.mention, attribution.quote
    return cue is not None and mention is not None and cue.end <= quote.open_mark.start \
        and mention.span.start >= quote.close_mark.end \
        and _BY.fullmatch(text, quote.close_mark.end, mention.span.start) is not None


def _named_as(text: str, quote: QuotedSpan) -> bool:
    """`Ortiz identified the judge as "Spanish"`, `Lee, who goes by "Vito,"`, `her page lists her as
    "Director of Parks"`: the name someone gives, however title-like; not `never once referring to
    him as "…"`."""
    start = quote.open_mark.start
    return _NAMED_AS_BEFORE.search(text, max(0, start - _NAMED_AS_WINDOW), start) is not None


_NAMED_AS_WINDOW = 80
_NAMED_AS_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?<!(?<![\p{L}’'\-])(?:not|never)\s+(?:\p{L}+\s+)?)"
    r"(?:(?:refer(?:s|red|ring)?\s+to|identif(?:y|ies|ied|ying)|list(?:s|ed|ing)?|describ(?:e|es|ed|ing)"
    r"|label(?:s|ed|led|ing|ling)?)(?:\s+[^.!?;:\"“”\n]{1,60}?)?\s+as(?:\s+(?:the|a|an))?"
    r"|(?:go|goes|went|going)\s+by)\s*$", regex.I
)
_REFER_FORMS = frozenset({"refer", "refers", "referred", "referring"})
# `to`, or `to` and what is named, up to `as`: `to the governor, a friend, as`.
_REFERRED_OBJECT = regex.compile(r"\s+to(?:\s+[^.!?;:\"“”\n]{1,80}?,?\s+as)?\s*")


def _person_names(text: str, attribution: Attribution, verb: str) -> bool:
    """`he called his rival "Senator Lee"`, `videos she calls "Ortiz TV"`: a person (a name or a
    pronoun) naming something with nothing setting the name off, so the verb does not introduce
    the quoted words; but `A paper called "The Ledger"` and `called a vote — "No Tolls" —` name no one's words."""
    mention = attribution.mention
    return verb in _NAMING_VERBS and mention is not None and mention.kind in ("name", "pronoun") \
        and _SET_OFF_MARK.search(text, attribution.cue.end, attribution.quote.open_mark.start) is None


_NAMING_VERBS = frozenset({"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing",
                           "label", "labels", "labeled", "labelled", "labeling", "labelling"})
_SET_OFF_MARK = regex.compile(r"[,;:—–]|\s-")


# A work named right before a quotation: its title follows (`the documentary "13th"`).
_WORK_BEFORE = regex.compile(
    r"\b(?:book|film|movie|documentary|show|program|programme|series|song|anthem|album|play|column|"
    r"commentary|essay|article|op-ed|editorial|ad|spot|broadcast|episode|titled|entitled|headlined|"
    r"autobiography|memoir|biography|novel|podcast|single|track|poem|musical|sitcom|slogan|motto|nickname|catchphrase|hashtag)"
    r"\b[^.!?\"“”]{0,30}$",
    regex.I,
)
# A word that names a work right before its title, which may ask or exclaim (`a book titled "Why Now?"`).
_NAMED_WORK_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:titled|entitled|headlined|headline|book|article|column|op-ed|essay|piece|film|song|show)"
    r"\s*,?\s*$", regex.I)
# A document with its title in apposition: `The memo, "Next Steps," said …`.
_DOCUMENT_APPOSED = regex.compile(
    r"(?<![\p{L}’'\-])(?:report|memo|memorandum|study|paper|letter|bill|plan|proposal|guide|strategy|audit|"
    r"review|analysis|document|resolution|initiative|manifesto|pamphlet|brochure|platform|"
    r"app|exhibition|exhibit|project|campaign|product|brand|band|group|program|programme)\s*,\s*$",
    regex.I,
)
# A kind of show or publication with its title in apposition: `the crime drama, "Night Shift,"`.
_GENRE_APPOSED = regex.compile(
    r"(?<![\p{L}’'\-])(?:thriller|drama|comedy|sitcom|series|miniseries|serial|docuseries|show|podcast|film|movie|"
    r"documentary|novel|memoir|album|song|musical|newsletter|column|blog)\s*,\s*$",
    regex.I,
)
# A title that a maker or a kind of work names may run longer than a title on its own.
_LONG_TITLE_WORDS = 20
# A work named right after a quotation: the quotation is its title (`his "City Talk" radio program`).
_WORK_AFTER = regex.compile(
    r"\s+(?:radio\s+|television\s+|TV\s+|talk\s+|web\s+)?"
    r"(?:show|program|programme|series|podcast|book|film|movie|documentary|album|song|column|blog|newsletter"
    r"|host|anchor|star|creator|producer|correspondent|moderator)\b"
)
# The work of its maker or cast: `author of "…"`, `the host of "…"`, `stars in "…"`.
_MAKER_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:(?:(?:co-?)?(?:author|editor)|host|anchor|star|director|creator|producer)s?\s+of"
    r"|(?:stars|starred|starring|appears|appeared|appearing)\s+in)\s+$",
    regex.I,
)
# A program or a publication named after `on`, `in` or `with` and its owner: `on CBS's "Face the Nation"`,
# `on CBS' "Face the Nation"`.
_PROGRAM_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:[Oo]n|[Ii]n|[Ww]ith)\s+"
    r"(?:(?:\p{Lu}[\p{L}.&\-]*\s+){0,2}(?:\p{Lu}[\p{L}.&\-]*|channel|network)(?:’s|'s|(?<=[sS])[’'])\s+)?$"
)
# What names a program or a publication before a title: an owner (`CNN's`), a preposition, or
# `of` after the program's people or parts (`the hosts of`), but not after a goal (`a goal of`).
_OWNER_OR_PLACE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}’'\-])(?:on|in|with|to|during|from|at|(?:hosts?|anchors?|stars?|cast|creators?|producers?|"
    r"episodes?|edition|issue|set)\s+of)|\p{Lu}[\p{L}.&\-]*(?:’s|'s))\s+$"
)
_NICKNAME = regex.compile(r"\s*(?:the\s+)?\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,2}\s*")  # `Tig`, `the Surgeon`
_NAME_BEFORE = regex.compile(r"(?<![\p{L}’'\-])\p{Lu}[\p{L}’'.\-]*(?<![’']s)\s+$")  # not `ABC's`
_NAME_AFTER = regex.compile(r"\s+\p{Lu}\p{Ll}")
_LINE_START = regex.compile(r"(?:^|\n)[ \t–—-]*$")  # `– ‘Who cares?’ –`: a subheading between dashes
_LINE_END = regex.compile(r"[ \t.!?,–—-]*(?:\n|$)")


def _alone_in_paragraph(text: str, quote: QuotedSpan) -> bool:
    return _LINE_START.search(text, max(0, quote.open_mark.start - 20), quote.open_mark.start) is not None \
        and match_near(_LINE_END, text, quote.close_mark.end) is not None


def _mid_sentence(text: str, quote: QuotedSpan) -> bool:
    before = text[max(0, quote.open_mark.start - 3) : quote.open_mark.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


def _inside_markup(text: str, quote: QuotedSpan) -> bool:
    """An attribute value left over from markup: `<tweet author="@someone">`, `date="…"`."""
    if _ATTRIBUTE_NAME.search(text, max(0, quote.open_mark.start - 2), quote.open_mark.start):
        return True
    lt = text.rfind("<", max(0, quote.open_mark.start - 200), quote.open_mark.start)
    return lt >= 0 and ">" not in text[lt : quote.open_mark.start] and _TAG_NAME.match(text, lt + 1) is not None


_ATTRIBUTE_NAME = regex.compile(r"[\w-]=$")
# An author's sign-off, a line of its own after an article or a transcript.
_SIGN_OFF = regex.compile(
    r"Follow\s[^\n]{1,60}?\son\s(?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b[^\n]{0,40}?@[\w.]+\.?", regex.I
)
# How far after a closing mark a link, a year or a byline is looked for.
_AFTER_WINDOW = 80


def _right_after(pattern: regex.Pattern, text: str, quote: QuotedSpan) -> bool:
    """Whether ``pattern`` matches right after the quotation's closing mark."""
    return match_near(pattern, text, quote.close_mark.end, _AFTER_WINDOW) is not None


# A link right after a quotation without a cue: the quotation is an excerpt of what it links to.
_LINK_AFTER = regex.compile(r"[^\S\n]*https?://")
# A year alone in brackets right after a quotation dates a work, a poster or a slogan: `"Jobs Now" (2008)`.
_YEAR_AFTER = regex.compile(r"[^\S\n]*\((?:1[89]|20)\d\d\)")
# A byline after a quoted headline: `"Parks to close early," by the Tribune's Ana Ortiz`.
_BYLINE_AFTER = regex.compile(r"\s+by\s+(?:the\s+)?\p{Lu}")
# What may stand before a headline on its line: a label in capitals and a dash (`NOW OPEN—`).
_HEADLINE_LABEL = regex.compile(r"(?:^|\n)[^\S\n]*(?:\p{Lu}[\p{Lu}\d’'&.:\s-]*)?[—–-]*[^\S\n]*$")


def _headline_with_byline(text: str, quote: QuotedSpan, content: str, words: list[str]) -> bool:
    """A headline opening its line, or a title in title case, with a byline after it: `"Parks to
    close early," by the Tribune's Ana Ortiz`, `his reading, "The Long Road Home," by Lee Chan`;
    not `said the "ugliness," by Mr. Ortiz, …`."""
    return content.rstrip().endswith((",", ",'", ",’")) and _right_after(_BYLINE_AFTER, text, quote) and (
        _title_case(words)
        or _HEADLINE_LABEL.search(text, max(0, quote.open_mark.start - 40), quote.open_mark.start) is not None
    )


_TAG_NAME = regex.compile(r"/?[A-Za-z][\w:-]*(?:\s|/?>)")


def _introduced(text: str, quote: QuotedSpan) -> bool:
    """The quotation follows a colon or a comma, as speech does (`said: "…"`)."""
    before = text[max(0, quote.open_mark.start - 3) : quote.open_mark.start].rstrip()
    return before.endswith((":", ","))


_PRONOUN_SUBJECTS = frozenset("it he she we i they you that this there".split())
# the small words of English titles, and the particles of Spanish, French, Italian, German and Dutch ones
_SMALL_WORDS = frozenset("a an the of and in on for to at with or is by from as vs "
                         "de del la las los el y du des le les et di da von van der den".split())


def _looks_like_title(content: str, words: list[str], mid_sentence: bool = False) -> bool:
    """`"Good Morning America"`, `"Backfire: A Life"`: capitalised words, no sentence end."""
    stripped = content.strip().rstrip(",")
    if mid_sentence and len(words) <= 5 and stripped.endswith(".") and "." not in stripped[:-1]:
        stripped = stripped[:-1]  # `her film, "Trainwreck."`: the sentence's full stop inside the marks
    if stripped.endswith((".", "!", "?")) or "," in stripped:
        return False
    if len(words) > 1 and (words[0].lower() in _PRONOUN_SUBJECTS and words[1][0].islower()
                           or all(word[0].islower() for word in words[1:])):
        return False  # `"It is in the Senate."`, `"Nobody is."`: no word but the first in capitals, a sentence
    return _title_case(words)


def _title_case(words: list[str], most: int = 10) -> bool:
    """At most ``most`` words, the first and every one but the small words capitalised or a number,
    and not numbers alone (`"13th"`, `"60 Minutes"`, but not `"2015"`)."""
    if len(words) > most or not words:
        return False
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(significant) and (words[0][0].isupper() or words[0][0].isdigit()) \
        and all(w[0].isupper() or w[0].isdigit() for w in significant) and any(not w.isdigit() for w in significant)


def headline_paragraph(text: str, paragraphs: Sequence[Span], lexicon: Lexicon = ENGLISH) -> Span | None:
    """The first paragraph when it reads as a headline: short (up to 20 words, 30 in title
    case), not opening with a quotation mark unless a colon follows the quotation, and in title
    case or without a final full stop."""
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0]
    body = text[first.start : first.end]
    words = _WORD.findall(body)
    if len(words) > 30 or body[0] in _OPENING_MARKS and _QUOTATION_THEN_COLON.match(body) is None:
        return None  # but `'We will not resign': minister defies critics` heads the story
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    title_case = sum(w[0].isupper() or w[0].isdigit() for w in significant) >= 0.6 * len(significant)
    dateline = text[first.start : after_dateline(text, first.start, first.end)]
    if "(" in dateline or "," in dateline or dateline and not title_case or not title_case and len(words) > 20:
        return None  # `LONDON (Reuters) - ` opens the story, whatever its capitals (but `EXCLUSIVE – ` heads
        # one); a long headline is one in title case
    if _PAST_REPORTING.search(body) or not title_case and _quotes_as_a_lead_does(body, lexicon):
        return None  # `Tom Ellery said: "We will fight on."`: a lead in the past tense of news copy, however
        # many capitals its names give it (`Rep. Ana Ortiz said of Lee Chan on Monday: "…"`)
    one_sentence = _SENTENCE_BREAK.search(body.rstrip("\"”’'. ")) is None
    return first if title_case or one_sentence or not body.rstrip("\"”’' ").endswith((".", "!", "?")) else None


# A quotation and a colon opening a headline, the rest of the headline after it.
_QUOTATION_THEN_COLON = regex.compile(r"[\"“‘'][^\n]{1,120}?[\"”’']:[^\S\n]+\S")
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’']?\s+\p{Lu}")


def _quotes_as_a_lead_does(body: str, lexicon: Lexicon) -> bool:
    """A quotation with a past-tense cue (`Hanna Stroud called the plan "reckless"`), with the
    day of the news (`A judge ordered a retrial Tuesday, saying …"crucial evidence."`) or with a
    participle cue after a comma: headlines quote in the present tense and name no weekday."""
    if not any(ch in body for ch in "\"“”‘'"):
        return False
    for match in _LOWER_WORD.finditer(body):
        word = match.group()
        if word in lexicon.speech_verbs and (
                word.endswith("ed") or word.endswith("ing") and body[: match.start()].rstrip().endswith(",")):
            return True
    return _WEEKDAY_ADVERB.search(body) is not None


# `on Tuesday`, `Tuesday,` as the time of the news, not `Super Tuesday` or `Tuesday's vote`
_WEEKDAY_ADVERB = regex.compile(
    r"(?<!Super\s)(?<![\p{L}’'\-])(?:" + WEEKDAY_NAMES
    + r")(?![\p{L}’'\-])(?![’']s)"
)
_LOWER_WORD = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}+(?![\p{L}’'\-])")
# Headlines report in the present tense (`Ortiz says`); a story's lead in the past.
_PAST_REPORTING = regex.compile(r"(?<![\p{L}’'\-])(?:said|told|wrote|added)(?![\p{L}’'\-])")
_DECK_WORDS = 20


def _deck(text: str, paragraphs: Sequence[Span], headline: Span | None) -> Span | None:
    """The short paragraph right under a headline that sums the story up (`Spurns offer,
    blasts 'ignorant view of Islam.'`), when a body follows it."""
    if headline is None or len(paragraphs) < 3:
        return None
    second = paragraphs[1]
    return second if len(_WORD.findall(text, second.start, second.end)) <= _DECK_WORDS else None


_OPENING_MARKS = frozenset("\"“„«‘'")


def _continue_speakers(
    text: str, paragraphs: Sequence[Span], quotes: list[Attribution], events: list[Event], lexicon: Lexicon
) -> list[Attribution]:
    """Give quotations without a cue of their own the speaker they continue."""
    by_chain: dict[int, Attribution] = {}
    for a in quotes:
        if a.mention is not None:
            by_chain.setdefault(a.quote.chain, a)
    next_named = _next_named_in_paragraph(quotes)
    out: list[Attribution] = []
    last_by_paragraph: dict[int, tuple[int, Mention, Span | None]] = {}
    timeline = sorted(
        [(e.cue.start, e.paragraph, e.mention, e.cue) for e in events
         if not e.belief and _may_speak(e.mention, lexicon) and not _bare_beginning(text, e.cue)],
        key=lambda item: item[0],
    )
    ti = 0
    # `"…," Ortiz said, reports the Tribune. "…"`: the account's source goes on, not the speaker it reports
    account_cues = {a.cue for a in quotes if a.rule == "according-to-account"}
    last_cued: dict[int, Span] = {}  # per paragraph, the cue of the last quotation with a cue of its own
    previous = previous_paragraphs(text, paragraphs)  # `Advertisement` between paragraphs is as if not there
    for index, a in enumerate(quotes):
        while ti < len(timeline) and timeline[ti][0] < a.quote.open_mark.start:
            pos, para, mention, cue = timeline[ti]
            if cue not in account_cues and not _subordinate_to(text, last_cued.get(para), mention):
                last_by_paragraph[para] = (pos, mention, cue)
            ti += 1
        if a.mention is None and index >= 2 and _resumes_after_aside(text, out[index - 2], out[index - 1], a):
            a = replace(a, mention=out[index - 2].mention, cue=out[index - 2].cue, rule="continues-speaker",
                        inherited=True, confidence=confidence("continues-speaker"))
        elif a.mention is None and a.rule != "question-put":  # an unnamed asker goes on from no one
            continued = _continued(text, paragraphs, previous, a, next_named[index], by_chain, last_by_paragraph, lexicon)
            a = continued if a.unnamed_in is None or _named_earlier_within(continued.mention, a) else a
        out.append(a)
        if a.mention is not None:
            last_by_paragraph[a.quote.paragraph] = (a.quote.open_mark.start, a.mention, a.cue)
            if a.cue is not None and not a.inherited:
                last_cued[a.quote.paragraph] = a.cue
            if a.rule == "transcript-label":
                by_chain[a.quote.chain] = a  # `"PENCE: …`: the next label takes over the rest of the chain
    return out


def _named_earlier_within(mention: Mention | None, a: Attribution) -> bool:
    """Whether a speaker stands before quoted words in the sentence they are unnamed in: `He
    rails against its "…" and vows to fight its "…"`, not a cue after them in another clause."""
    return mention is not None and a.unnamed_in is not None \
        and a.unnamed_in.start <= mention.span.start and mention.span.end <= a.quote.open_mark.start


def _resumes_after_aside(text: str, before: Attribution, aside: Attribution, a: Attribution) -> bool:
    """`He said, "We will win" - at which point the crowd chanted "Win!" - "and we will."`: a
    quotation opening in lower case right after a dash that closes an aside, itself opened by a
    dash right after a quotation, goes on with that quotation, not with the one in the aside."""
    return before.mention is not None and match_near(_LOWER_OPENING, text, a.quote.start) is not None \
        and _ASIDE_OPENS.match(text, before.quote.close_mark.end, aside.quote.open_mark.start) is not None \
        and _ASIDE_CLOSES.fullmatch(text, aside.quote.close_mark.end, a.quote.open_mark.start) is not None


_LOWER_OPENING = regex.compile(r"[\s.…]*\p{Ll}")
_ASIDE_OPENS = regex.compile(r"[,]?\s*(?:—|–|--?)\s")
_ASIDE_CLOSES = regex.compile(r"\s*(?:—|–|--?)\s*")


def _may_speak(mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a speech cue's subject can speak on for the quotations after it: a person, a
    group or a text (`the letter begins:`), not `the bias begins to show`."""
    return can_speak(mention, lexicon) or mention.head in lexicon.thing_nouns or mention.head in lexicon.evidence_nouns


def _subordinate_to(text: str, cue: Span | None, mention: Mention) -> bool:
    """Whether a speech cue stands in a subordinate clause of the sentence of a quotation's
    cue (`"…," Lee told the paper, after Ortiz said …`): the quotation's speaker goes on."""
    if cue is None or mention.span.start < cue.end:
        return False
    if (participle := _PARTICIPLE_AFTER_CUE.match(text, cue.end, mention.span.end)) is not None:
        return participle.end() <= mention.span.end  # `"…," Ortiz said, referencing a group called …`
    if text[mention.span.start : mention.span.end].lower() in ("who", "which", "that") \
            and _SAME_SENTENCE_AFTER_CUE.fullmatch(text, cue.end, mention.span.start) is not None:
        # `"…," said Ortiz, the Republican who wrote the bill.`, `"…," Ortiz said in a statement that praised …`:
        return True  # a relative clause on the speaker or on where the speaker said it
    return _SUBORDINATE_AFTER_CUE.fullmatch(text, cue.end, mention.span.start) is not None


# A participle clause hanging on a quotation's cue (`said Ortiz, using a term Lee has used`).
_PARTICIPLE_AFTER_CUE = regex.compile(r"[^.!?\n\"“”,]{0,60},\s+(?!according\s)\p{Ll}[\p{Ll}\-]*ing\s")
# No end of a sentence: a full stop only after an abbreviated title (`Sen.`, `Gov.`, `Dr.`).
_SAME_SENTENCE_AFTER_CUE = regex.compile(r"(?:[^.!?\n\"“”]|(?<=(?<!\p{L})\p{Lu}\p{Ll}{0,3})\.){0,160}")
# `that` too: `"…," Lee told a crowd that the campaign estimated at 3,000`, `…, adding that Ortiz said …`
_SUBORDINATE_AFTER_CUE = regex.compile(
    rf"[^.!?\n\"“”]{{0,120}}?,?\s(?:{'|'.join(sorted(SUBORDINATORS | {'that'}))})\s(?:[^.!?\n\"“”]{{0,60}}\s)?"
)


def _next_named_in_paragraph(quotes: list[Attribution]) -> list[Attribution | None]:
    """For each quotation, the next one in its paragraph that names its own speaker."""
    out: list[Attribution | None] = [None] * len(quotes)
    following: Attribution | None = None
    for i in range(len(quotes) - 1, -1, -1):
        out[i] = following if following is not None and following.quote.paragraph == quotes[i].quote.paragraph else None
        if quotes[i].mention is not None:
            following = quotes[i]
        elif following is not None and following.quote.paragraph != quotes[i].quote.paragraph:
            following = None
    return out


_SENTENCE_END_RULES = frozenset({"quote-speaker-verb", "quote-verb-speaker", "sentence-closing-cue"})
_SENTENCE_END = regex.compile(r"[.!?]")


def _same_sentence(text: str, first: QuotedSpan, second: QuotedSpan) -> bool:
    """Whether no sentence ends between two quotations (nor at the end of the first)."""
    return _SENTENCE_END.search(text, first.start, second.open_mark.start) is None


def _bare_beginning(text: str, cue: Span) -> bool:
    """`began` with nothing after it in its clause: `before the campaign began,` names no one
    who goes on speaking; `The letter began: "…"`, `Ortiz began the day with a post` do."""
    return text[cue.start : cue.end].lower() in _BEGINNING and _CLAUSE_ENDS.match(text, cue.end) is not None


_BEGINNING = frozenset({"begin", "began", "begins"})
_CLAUSE_ENDS = regex.compile(r"[^\S\n]*(?:[,.;!?)]|\n|$)")


def _continued(text, paragraphs, previous, a, later, by_chain, last_by_paragraph, lexicon) -> Attribution:
    para = a.quote.paragraph
    chained = by_chain.get(a.quote.chain)
    here = last_by_paragraph.get(para)
    if chained is not None and chained.quote is not a.quote \
            and not (here is not None and chained.quote.paragraph != para and chained.quote.start > a.quote.start):
        return replace(a, mention=chained.mention, cue=chained.cue, rule="continues-chain", inherited=True,
                       confidence=confidence("continues-chain"))
    if later is not None and later.rule in _SENTENCE_END_RULES and _same_sentence(text, a.quote, later.quote):
        # `"I don't think" -- that it lasts -- "is the answer," he said`: the cue closes both
        return replace(a, mention=later.mention, cue=later.cue, rule="continues-next", inherited=True,
                       confidence=confidence("continues-next"))
    if here is not None and a.subject is not None \
            and (_someone_else(text, a.subject[0], here[1]) or _group_or_text_acts(text, a.subject, lexicon)):
        # `"…," Sorensen said. Councillor Raul Espinoza disagreed. "…"`: the sentence between names who speaks on;
        # `"…," Sorensen said. The board saw her as the "…"`: a group or a text speaks for itself
        return _said_by_subject(a)
    if here is not None:
        return replace(a, mention=here[1], cue=here[2], rule="continues-speaker", inherited=True,
                       confidence=confidence("continues-speaker"))
    if later is not None:
        return replace(a, mention=later.mention, cue=later.cue, rule="continues-next", inherited=True,
                       confidence=confidence("continues-next"))
    before = last_by_paragraph.get(previous[para])
    if before is not None and a.subject is not None:
        # a quoted phrase in a paragraph no one speaks in is its sentence's, not the last speaker's
        return _said_by_subject(a)
    if before is not None:
        before_para = paragraphs[previous[para]]
        asked = _asked(text, before_para, before[1], before[2], lexicon)
        if asked is not None:
            return replace(a, mention=asked, cue=before[2], rule="answers-question",
                           confidence=confidence("answers-question"), inherited=True)
        rule = "paragraph-colon" if text[before_para.start : before_para.end].rstrip().endswith(":") else "continues-paragraph"
        return replace(a, mention=before[1], cue=before[2], rule=rule, confidence=confidence(rule), inherited=True)
    if a.subject is not None and _may_speak(a.subject[0], lexicon):
        # `The ad targets a "rigged economy."` with no one speaking before: a text speaks for itself
        return _said_by_subject(a)
    return a


def _group_or_text_acts(text: str, subject: tuple[Mention, Span | None], lexicon: Lexicon) -> bool:
    """Whether a sentence's subject is a group, an organisation or a text doing something
    (`The board saw her as the "…"`, `The ad targets a "…"`): its words, not the last
    speaker's; but `The agency was "a mess"` is said of it."""
    mention, verb = subject
    return mention.kind == "nominal" and mention.head in lexicon.thing_nouns \
        and (verb is None or text[verb.start : verb.end].lower() not in _BE_WORDS)


def _someone_else(text: str, subject: Mention, speaker: Mention) -> bool:
    """Whether a name is another person than the last speaker: not their name or surname,
    nor anyone an indefinite description brought in (`a heckler yelled`)."""
    if subject.kind != "name":
        return False
    if speaker.kind == "nominal":
        return _UNNAMED_NEWCOMER.match(text, speaker.span.start) is not None
    return speaker.kind == "name" \
        and subject.head.split()[-1] not in speaker.head.split() and speaker.head.split()[-1] not in subject.head.split()


# An indefinite description: someone the story brings in without a name (`a heckler`, `one woman`).
_UNNAMED_NEWCOMER = regex.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


def _asked(text: str, paragraph: Span, asker: Mention, cue: Span | None, lexicon: Lexicon) -> Mention | None:
    """`Reporters asked Gov. Ana Ortiz whether she would resign.` closing the paragraph before a
    quotation with no cue: the person asked answers; not one asked to do something (`Lee asked
    the council to wait.`), which is a request."""
    if cue is None or asker.span.end > cue.start or _ASKING.fullmatch(text, cue.start, cue.end) is None \
            or _QUOTE_MARK.search(text, paragraph.start, paragraph.end):
        return None
    asked = subject_after(text, cue.end, paragraph.end, lexicon)
    if asked is None or match_near(_TO_VERB, text, asked.head_span.end) is not None:
        return None
    return asked if asked.kind != "pronoun" and can_speak(asked, lexicon) else None


_ASKING = regex.compile(r"(?i:asked|asks|pressed|presses|questioned|questions)")
_QUOTE_MARK = regex.compile(r"[\"“”„«»]")


def _said_by_subject(a: Attribution) -> Attribution:
    """A quoted phrase with no cue, given to its sentence's subject and verb."""
    assert a.subject is not None
    mention, verb = a.subject
    rule = "lead-in-subject" if a.kind == "direct" else "sentence-subject"
    return replace(a, mention=mention, cue=verb, rule=rule, confidence=confidence(rule))

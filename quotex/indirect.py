"""Stage 5: reported (indirect) speech, from the speech cues no quotation claimed.

`X said (that) …`, `…, X said.`, `…, said X.`, `According to X, …`, `…, according to X.`
and headline attributions (`Kremlin: Talks have failed`). The reported content is the
clause the cue governs, up to the end of its sentence, trimmed of edge punctuation.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import islice
from dataclasses import dataclass, replace

import regex

from .attribution import Attributed, Event, furniture_label, object_start, opinion_clause
from .lexicon import ENGLISH, HEADING_WORDS, SUBORDINATORS, TRANSCRIPT_ROLES, Lexicon, first_name_gender, names_source_after
from .mentions import (LY_ADVERB, PARTY_TAG, PREPOSITIONS, WEEKDAY_NAMES, WEEKDAYS, Mention, after_dateline, can_speak, comma_before,
                       only_auxiliaries, quantity_word, subject_before)
from .records import Span
from .rules import confidence
from .segment import PUNCT_ONLY, match_near, skip_space

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")
# A semicolon between clauses, not one that ends an HTML character reference (`town&rsquo;s`).
_SEMICOLON = r"(?<!&#?\w{1,8});"
_TRIM = " \t\n\r\u00a0,;:.—–-"
# Words after a cue that start its object or an adverbial rather than the reported clause.
_OBJECT_LEAD = regex.compile(
    r"\s*(?:(?:to\s+)?(?:reporters|the\s+press|journalists|the\s+crowd|supporters|an?\s+audience|"
    r"(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,2}(?:reporter|audience|crowd|interviewer|host|briefing|conference|"
    r"meeting|hearing|committee|panel|rally|jury|summit|assembly|parliament|court|news\s+agency|broadcaster|"
    r"dispatcher|officer|detective|deputy|judge|investigator)s?(?![\p{L}])|"
    r"(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}|him|her|them|us|me|"
    # any hearer, when a clause, an adverbial or the sentence's end follows: `told the board he …`
    r"(?:(?:the|his|her|their|its)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?!(?:of|about|for|to|with|from|by|in|on)\s)[\p{Ll}\-]+"
    r"|(?:\p{Ll}[\p{Ll}\-]*\s+)?(?:\p{Ll}[\p{Ll}\-]*s|police))"  # `told council members`, `told police`
    r"(?=\s*[,.;:]|\s+(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its|this|these|those|on|in|at|last|during|"
    r"\p{Lu}[\p{L}’'\-]*)(?![\p{L}’'\-])))\s*)?",
)
# An adverbial between the cue and its clause: `on Monday`, `in a statement`, `last week`.
_ADVERBIAL = regex.compile(
    # `noted, however, that …`: a connective set off by commas
    r"\s*,\s*(?:however|though|too|also|moreover|meanwhile|nonetheless|nevertheless|in\s+fact|of\s+course)\s*,"
    r"|\s*,?\s*(?:(?:on|in|at|during|after|before|last|this|earlier|late|early|recently|repeatedly|also)"
    r"(?:\s+(?!that\b)[\p{L}\p{N}’'\-]+){0,6}?\s*,?\s*(?=that\b)"
    r"|(?:on|last|this)\s+(?:" + WEEKDAY_NAMES + r"|week|month|year)\b\s*,?"
    # `told investigators in July she was …`
    r"|(?:in|on|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,4})?\s*,?(?=\s*(?:he|she|they|it|we|I|the|his|her|their|its)\s)"
    # `said Tuesday the bridge was closed`, `said Monday night that …`
    r"|(?:(?:late|early)\s+(?:on\s+)?)?(?:" + WEEKDAY_NAMES + r"|yesterday|today)(?![\p{L}’'])"
    r"(?:\s+(?:night|morning|afternoon|evening)\b)?(?!\s+(?:is|was|will|would|could|has|had|marks|remains|to|during)\b)\s*,?"
    # `said in a statement he would appeal`, `in an interview with the paper the ruling was wrong`
    r"|(?![^.;:!?]{0,80}\bthat\b)in\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}\-]+\s+){0,2}?(?:statement|interview|email|"
    r"letter|post|tweet|speech|filing|release|note)(?:\s+(?:with|to)\s+(?:the\s+)?[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}?)?"
    r"(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|yesterday|today)"
    r"(?:\s+(?:night|morning|afternoon|evening))?)?\s*,?"
    r"(?=\s*(?:he|she|they|it|we|I|the|a|an|his|her|their|its|\p{Lu}[\p{L}’'\-]*)\b(?!\s+(?:and|or)\b)))?"
)
_MANNER_ADVERB = regex.compile(r"\s*(?:\p{Ll}+-){0,3}" + LY_ADVERB + r"\s+")  # `pleasantly`, `matter-of-factly`
_MANNER_ADJUNCT = regex.compile(r"(?:to|into|over|by|via|through|with|at|in|on|during|after|before|as|while)\b|[.!?]")
_THAT = regex.compile(r"\s*,?\s*(?:that\b)?\s*")
_COMMA_AFTER = regex.compile(r"\s*,")
# `As the paper reported, …` reports what follows; `if`, `once`, `asked`, `having` and the like open a clause that does not.
# Also after `But`, `And` or a measure of time (`But if …`, `Two days after …`, `Shortly before …`).
_OPENS_WITH_SUBORDINATOR = regex.compile(
    r"[\s\"“‘']*(?:(?:and|but|yet)\s+)?(?:"
    r"(?:(?:just|even|only|shortly|soon|right|long|moments|minutes|hours|days|weeks|months|years)\s+"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\p{N}+)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?"
    rf"(?:{'|'.join(sorted(SUBORDINATORS - {'as'} | {'if', 'once', 'whenever', 'unless', 'asked', 'pressed', 'having'}))}))\b",
    regex.I,
)
# `told the paper on Saturday that …`: a `that` within a few words that hold no clause; but
# `warned Ortiz to refrain from actions that would …` is a relative `that`, and the `that` of
# `claimed responsibility for that attack` a determiner.
_THAT_AHEAD = regex.compile(
    r"\s+that\s+"
    r"|(?:\s+(?!(?:that|he|she|they|we|i|it|there|is|was|are|were|has|have|had|will|would|can|could|"
    r"not|did|does|do|so|such)\b)[\p{L}\p{N}’'.\-]+){1,8}?"
    r"(?<!(?<![\p{L}’'\-])(?:" + "|".join(sorted(PREPOSITIONS)) + r"))\s+that\s+"
    r"(?!(?:would|will|could|can|is|was|are|were|has|have|had|may|might|should)\b)",
    regex.I,
)
# `asked the council to delay the vote`: an object of a few words, then what it was asked to do.
_REQUEST_AHEAD = regex.compile(r"(?:\s+(?!to\b)[\p{L}\p{N}’'.\-]+){1,6}?\s+to\s+\p{Ll}")
_ANONYMITY = regex.compile(r"\s+not\s+to\s+be\s+(?:named|identified|quoted)\b")
_QUESTION_WORDS = "whether|if|why|how|who|what|which|when|where"
# `asked the senator whether …`: an object of a few words, then the question word.
_QUESTION_AHEAD = regex.compile(
    # not past `to`: `asked her to call him if possible` is a request
    rf"(?:\s+(?!(?:{_QUESTION_WORDS}|to)\b)[\p{{L}}\p{{N}}’'.\-]+){{0,6}}?\s+(?=(?:{_QUESTION_WORDS})\b)", regex.I
)
# What after a parenthetical cue is not the rest of the reported clause: `…, he said, a day
# after …`. (An apposition, `…, said Ortiz, the mayor`, follows inverted cues only.) But `…, he
# said, and …` goes on with what he said, unless a cue of its own follows (`and aides say …`).
_NOT_A_CONTINUATION = regex.compile(
    r"\s*(?:a|an|or|who|which|whose"
    r"|[\p{L}\p{N}]+\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|ago))\b", regex.I
)
# A concession of a few words set off by commas inside the clause, which goes on after it:
# `that the deal, however messy, was worth it`, `a crucial, though brief, chance`.
_SHORT_CONCESSION_ASIDE = (
    r"(?-i:(?!\s+(?:he|she|they|it|we|i|you|there|this|that|the|a|an|his|her|their|its|some|many|most)\b)"
    r"(?:\s+\p{Ll}[\p{Ll}\-]*){1,3},\s+(?!(?:who|which|whose|he|she|they|it|we|i|you|including|such|like|and|or)\b)\p{Ll})"
)
_JOINED_ON = regex.compile(r"(?:and|but)\b", regex.I)
_JOINED_CLAUSE = regex.compile(
    r",?(?<!\s)\s+(?:and|but)\s+(?:he|she|they|we|i)\s+(?!(?:was|were|is|are|had|has|have|would|will|could|can)\b)"
    # a second speech verb of the same speaker, `that` or not: `… and promised to …`, `… but cautioned against …`
    r"|,?(?<!\s)\s+(?:and|but)\s+(?:also\s+)?(?:said|added|told|says|noted|argued|insisted|warned|vowed|promised|"
    r"pledged|cautioned|asked|called\s+(?:on|for)|urged|questioned|acknowledged|conceded|denied|declined|suggested|"
    r"stressed|criticized|accused|blamed|praised|defended|dismissed|announced|predicted|complained|pointed\s+out|"
    r"explained|emphasized|claimed|touted|thanked|apologized|reiterated|recalled|demanded)\b"
    r"|,\s+(?:adding|saying|noting|arguing|insisting|warning)\b"
    r"|,\s+and\s+(?:also\s+)?\p{Ll}+ed\b"
    # `… but acknowledged that …`, `… and predicted that …`: a second cue of the same speaker
    r"|,?(?<!\s)\s+(?:and|but)\s+(?:also\s+)?(?!(?:hoped|feared|believed|worried)\b)\p{Ll}{3,}ed\s+that\b"
    # where annotators end a reported clause: a relative or contrast after a comma, an adjunct
    r"|,\s+(?:however|although|though|whereas|while)\b(?!" + _SHORT_CONCESSION_ASIDE + ")"
    r"|,\s+(?:according\s+to|compared\s+(?:with|to))\b"
    r"|,\s+as\s+(?:has|have|had|did|does|do)\b"
    # a dash with no space, opening an aside (`he hurt them–and has been charged–his firms …`), and
    # `, too:` before a sentence that explains: the writer's words, not the speaker's
    r"|(?-i:(?<=[\p{L}\p{N}])[–—](?=\p{Ll}))|,\s+too:"
    # a dash before a concession, a contrast or a cause that no second dash closes: the writer's
    # comment (`he would win - though it is unclear whether …`), not an aside in the clause
    r"|(?:(?<!\s)\s+(?:-{1,2}|[—–])|[—–])\s*(?:though|although|except|even|as|if|while|with|because|despite)\b"
    r"(?![^.;!?]{0,200}?(?:\s(?:-{1,2}|[—–])\s|[—–]))"
    r"|" + _SEMICOLON,
    regex.I,
)
# Where the object of `accused`, `urged` ends: a comma, a dash (a spaced hyphen or two stand for
# one: `praised Lee for the cuts - moves that …`), or a second verb of the same subject.
_OBJECT_END = regex.compile(
    r"(?<!\p{N}),|,(?!\p{N})|[:—–(]|(?<!\s)\s-{1,2}\s|" + _SEMICOLON +  # not the comma of `700,000`
    r"|(?<!\s)\s+(?:and|but)\s+(?:also\s+)?\p{Ll}+(?:ed|ied)\b|(?<!\s)\s+but\b"
)
# What `this` or `last` makes a time of: `…, Ortiz said this week.`, not `told reporters this was …`.
_TIME_NOUNS = (r"(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|fall|autumn|winter|time|past|"
               + WEEKDAY_NAMES + r")\b")
# What may follow a closing cue (`…, Ortiz said on Monday.`): adverbials, or a new clause after a comma.
_TAIL = regex.compile(
    PARTY_TAG +  # `…, said Ana Ortiz (D-Minn.).`
    r"(?:\s*(?:on|in|at|during|after|before|of|to|about|from|via|(?:last|this)(?=\s+" + _TIME_NOUNS + r")|"
    r"(?:late|early)(?=\s+(?:on\s+|in\s+the\s+|last\s+|this\s+)?" + _TIME_NOUNS + r")|"
    r"earlier|later|recently|"
    + WEEKDAY_NAMES + r"|today|yesterday|also|again|too)\b[^,;:]{0,80})?"
    r"(?:\s+(?:who|which|whose)\b[^;:]{0,160}?)?"
    r"(?:\s*(?:[,—–]|" + _SEMICOLON + r")\s*(?P<rest>.*))?[\s.!?\"”’']*",
    regex.S,
)
# Words a reported clause without `that` does not open with (`responded to …`, `wrote under …`);
# but `no` with a noun and an auxiliary opens one (`said no ballots were lost`), as do `no one`
# and `not all`, an approximate number (`said at least 12 people died`, `about 300`, `up to 40`)
# and a pronoun with its verb (`said nothing was taken`).
# A count (a number, a fraction, a number word) opening a clause with its verb: `about half of it reflected …`.
_COUNT_WITH_VERB = (
    r"\s+(?:[\p{N}$]|(?:half|a\s+(?:third|quarter|fifth|dozen|handful)|two-thirds|one-third|three-quarters|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\b)"
    r"[^.,;:!?\n]{0,60}?\b(?:is|was|are|were|has|had|have|will|would|could|can|\p{Ll}{2,}ed)\b"
)
_NOT_CLAUSE_START = regex.compile(
    r"(?:to|for|with|by|in|on|from|under|into|of|like|during|after|before|over|through|"
    rf"at(?!\s+(?:least|most){_COUNT_WITH_VERB})|about(?!{_COUNT_WITH_VERB})|up(?!\s+to{_COUNT_WITH_VERB})|"
    r"(?:nothing|something|anything)(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|should|might|must)\b)|"
    r"against|without|out|off|down|back|little|so|very|as(?=\s+much\b(?!\s+(?:of|as)\b))|"
    r"(?:late|early)(?=\s+(?:on\s+|in\s+the\s+|last\s+|this\s+)?" + _TIME_NOUNS + r")|"
    # `said as she left`, `said as the crowd booed`: a subordinate clause of time
    r"as(?=\s+(?:he|she|they|we|I|you)\s|\s+the\s+\p{Ll}+\s+\p{Ll}+ed\b)|"
    r"yes|no(?!\s+one\b)(?![^\S\n]+[\p{L}\-]+(?:[^\S\n]+[\p{L}\-]+){0,3}?[^\S\n]+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must)\b)|"
    r"not(?!\s+(?:all|every|everyone|everybody|one|enough)\b)|goodbye|hello|thanks)(?![\p{L}\p{N}’'\-])|(?:much|more|less|fewer)\b(?!\s+(?:than\s+\p{N}|of\b))"
    # `said more Democrats would follow`: a quantity opening the clause's subject
    r"(?![^\S\n]+[\p{L}\-]+(?:[^\S\n]+[\p{L}\-]+){0,2}?[^\S\n]+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must)\b)"
    r"|too\b(?!\s+(?:many|much|few|little)\b)|[^\p{L}\p{N}]",
    regex.I,
)
# The past tense of common irregular verbs, which end in no `-ed` (`Rents rose`, `Talks broke down`).
IRREGULAR_PAST = (
    "rose|fell|grew|went|came|took|made|gave|got|left|lost|won|held|kept|brought|stood|began|became|saw|knew"
    "|thought|told|said|ran|paid|sold|bought|meant|led|sent|spent|built|felt|found|fought|caught|taught|drew"
    "|drove|threw|wrote|broke|spoke|chose|froze|rode|rang|sang|sank|shook|wore|tore|hid|ate|fled|met|sought"
    "|forgot|withdrew|struck|swore|slid|dug|hung|shot|slept|swept|wept|understood"
)
# A finite verb somewhere in a clause: an auxiliary, or a past or present tense form.
_FINITE = regex.compile(
    r"\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|must|"
    r"do|does|did|(?:won|can|isn|wasn|aren|weren|doesn|didn|wouldn|shouldn)[’']t)\b"
    r"|[’']s\b|[’']re\b|\b\p{Ll}{2,}(?:ed|es|s)\b|\b(?:" + IRREGULAR_PAST + r")\b",
)
# The rest of a source named after `according to` up to the sentence end, with no clause of its own.
_ACCORDING_TAIL = regex.compile(
    r"(?:(?!\b(?:he|she|they|we|I|it|is|was|are|were|will|would|has|have|had|can|could)\b)[^,;:—–!?])*"
    r"[\s.!?\"”’')]*"
)
_WHAT_BEFORE = regex.compile(r"\bwhat\s+$", regex.I)
# A predicate after a cue set off by commas (`The talks, she said, collapsed`): an auxiliary,
# a regular past tense (not a participle that opens an adjunct: `compared with`), or a common
# irregular or present-tense verb.
_COMMON_VERBS = (
    r"came|comes|went|goes|began|begins|became|becomes|remained|remains|seemed|seems|appeared|appears"
    r"|meant|means|depends|depended|grew|fell|rose|took|takes|made|makes|gave|gives|got|gets|left|leaves"
    r"|lies|lay|led|leads|lost|won|held|holds|kept|keeps|brought|brings|stood|stands|needs|looks|works"
)
_PREDICATE_OPENS = regex.compile(
    r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|"
    + _COMMON_VERBS +
    r"|(?!(?:\p{Ll}*eed|compared|based|adjusted|combined|coupled|measured)(?![\p{L}’'\-]))\p{Ll}{2,}ed)(?![\p{L}’'\-])"
)
_CLAUSE_COMMA = regex.compile(r"(?<!\p{N}),|,(?!\p{N})")  # not the one in `2,400`
# A cue's time and then `that`: `said Monday that …` reports what follows, whatever came before.
_TIME_THEN_THAT = regex.compile(
    r"\s+(?:on\s+)?(?:" + "|".join(sorted(WEEKDAYS)) + r"|today|yesterday|earlier|later|last\s+\p{L}+|this\s+\p{L}+)"
    r"\s+that\s", regex.I)
# A label and a colon opening a paragraph; a party tag may stand between (`SEN. ANA ORTIZ (D-OHIO):`).
_HEADLINE = regex.compile(
    r"(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,3})(?:\s*\([DRI](?:\s*[-–,]\s*[\p{L}.\s]{2,20})?\))?"
    r"\s*(?P<colon>:)\s+(?=[\p{Lu}\"“‘'])"
)
# A speaker's label in a transcript: one or two words, the last of them in capitals, after
# titles in capitals, or a title and a surname (`WALLACE`, `SEN. ANA ORTIZ`, `Sen. Ortiz`),
# but not a heading word such as `Update`.
_SPEAKER_LABEL = regex.compile(
    r"(?:\p{Lu}{2,4}\.\s+){0,2}(?:\p{Lu}[\p{L}’'.\-]*\s+)?\p{Lu}[\p{Lu}’'\-]+"
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+\p{Lu}[\p{L}’'\-]+"
)
# A name as a transcript writes it in lower case: `Matthews`, `Luciana Lopez`.
_NAME_LABEL = regex.compile(r"(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:[’'\-]\p{Lu}?\p{Ll}+)?")
_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Reported:
    span: Span
    mention: Mention | None  # None for a question put by someone the text does not name
    cue: Span
    rule: str
    confidence: float
    paragraph: int
    kind: str = "indirect"  # `mixed` when a quoted phrase stands inside the reported clause


def find_reported(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    attributed: Attributed,
    lexicon: Lexicon = ENGLISH,
) -> list[Reported]:
    """Reported statements of the text, in order, one per free speech cue at most. A reported
    clause with a scare-quoted phrase inside (`he believed the judge was "biased"`) is mixed."""
    marks = attributed.scare_quotes
    mark_starts = [m.start for m in marks]
    claimed = {a.cue for a in attributed.quotes if a.cue is not None and not a.inherited}
    cue_starts = sorted(cue.start for cue in claimed)
    quoted = sorted((a.quote.outer for a in attributed.quotes), key=lambda s: s.start)
    quoted_starts = [s.start for s in quoted]
    starts = [s.start for s in sentences]
    out: list[Reported] = []
    used: set[Span] = set()
    speakers = sorted(min(e.mention.span.start, e.cue.start) for e in attributed.events if not e.inverted)
    event_starts = sorted(e.cue.start for e in attributed.events)
    for event in attributed.events:
        if event.cue in claimed:
            continue
        sentence = sentences[bisect_right(starts, event.cue.start) - 1]
        for content, rule in _contents(text, sentence, event, lexicon):
            span: Span | None = content
            if content.start > event.cue.start:
                span = _before_quotation(text, content, quoted, quoted_starts, cue_starts)
                span = _before_next_speaker(text, span, speakers) if span is not None else None
                span = _before_poll_aside(text, span) if span is not None and _share_speaker(text, event.mention) else span
                if span is not None and _JOINED_ON.match(text, span.start) and _any_between(event_starts, span.start, span.end):
                    continue  # `…, records show, and aides say …`: what follows `and` has a cue of its own
            if span is None or span in used or _overlaps(span, quoted, quoted_starts):
                continue
            if (rule == "reported-finding" or event.belief and not _THAT_BETWEEN.search(text, event.cue.end, span.start)) \
                    and out and out[-1].span.start <= event.cue.start < out[-1].span.end:
                continue  # `Ortiz said the videos show …`, `said she thinks …`: part of what she said (not `hoped that …`)
            if _only_a_dropped_phrase(text, span, marks, mark_starts):
                continue  # `Ortiz said in her 2012 book, "Rising Tide."`: a title is not what she said
            used.add(span)
            kind = "mixed" if _holds_a_quotation(span, marks, mark_starts) else "indirect"
            out.append(Reported(span, event.mention, event.cue, rule, confidence(rule), event.paragraph, kind))
    named_cues = sorted(e.cue.start for e in attributed.events if e.mention.kind == "name")
    out.extend(_headlines(text, paragraphs, quoted, quoted_starts, named_cues, lexicon))
    out.extend(r for r in _polls_opening(text, paragraphs, sentences, quoted, quoted_starts, event_starts, lexicon)
               if not any(_same_clause(r.span, o.span) for o in out))
    out.extend(r for r in _questions_put(text, paragraphs, sentences, starts, quoted, quoted_starts, lexicon)
               if not any(_same_clause(r.span, o.span) for o in out))
    out.extend(r for r in _expectations(text, paragraphs, sentences, starts, quoted, quoted_starts)
               if not any(_same_clause(r.span, o.span) for o in out))
    out.extend(r for r in _what_called(text, paragraphs, sentences, starts, quoted, quoted_starts, marks, mark_starts,
                                       lexicon)
               if not any(_same_clause(r.span, o.span) for o in out))
    out.extend(r for r in _opening_participles(text, paragraphs, sentences, attributed.events, quoted, quoted_starts,
                                               lexicon)
               if not any(_same_clause(r.span, o.span) for o in out))
    kept = _outside_other_reports(sorted(out, key=lambda r: (r.span.start, -r.span.end)))
    return [_with_that(text, r) for r in kept]


# `that` right before a reported clause, which annotators keep with it (`said that the plan failed`).
_THAT_OPENING = regex.compile(r"(?<![\p{L}\p{N}’'\-])that\s*,?\s*$", regex.I)


def _with_that(text: str, reported: Reported) -> Reported:
    """A reported clause with the `that` right before it, which annotators take in (`said that
    the talks failed`), though the clause was found, and checked against others, without it."""
    that = _THAT_OPENING.search(text, max(0, reported.span.start - 8), reported.span.start)
    if that is None:
        return reported
    return replace(reported, span=Span(that.start(), reported.span.end))


# Reports that annotators leave inside a report around them, wherever their speaker is named.
_PART_OF_AN_OUTER_REPORT = frozenset({"reported-object", "reported-that", "reported-finding", "reported-question"})


def _outside_other_reports(reported: list[Reported]) -> list[Reported]:
    """Leaves out a report told inside another that follows its cue, its speaker named there too
    (`Ortiz said aides to the mayor, who told her the plan was dead, had quit`): it is part of
    what the outer speaker reports. A plain report (a clause, a finding, a question or an object)
    whose cue lies inside another's clause is left out wherever its speaker is named (`Ortiz said
    she was calm and hoped that …`, `Others said they back it, the Ledger reported`): annotators
    mostly mark the outer clause alone. A report whose speaker and cue stand outside (`Ortiz said
    A, and Lee said B`), or one with a quotation inside, stays."""
    kept: list[Reported] = []
    widest: Reported | None = None
    for r in reported:
        speaker = r.mention.span.start if r.mention is not None else r.cue.start
        if widest is not None and r.span != widest.span and r.span.end <= widest.span.end \
                and widest.cue.start < widest.span.start and widest.span.start <= speaker < widest.span.end:
            continue
        if widest is not None and r.rule in _PART_OF_AN_OUTER_REPORT and r.kind == "indirect" \
                and widest.span.start <= r.cue.start < widest.span.end:
            continue
        kept.append(r)
        if widest is None or r.span.end > widest.span.end:
            widest = r
    return kept


def _same_clause(a: Span, b: Span) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


def _before_quotation(text: str, span: Span, quoted: list[Span], starts: list[int], cue_starts: list[int]) -> Span | None:
    """A reported clause that runs into a quotation ends at the clause break before it
    (`He said he had not seen it, and when asked, he said, "…"`), or at the colon that
    introduces it when no cue of its own stands between (`he said he was too busy: "…"`, not
    `he explained the delay by saying: "…"`)."""
    i = bisect_right(starts, span.start)
    if i >= len(quoted) or quoted[i].start >= span.end:
        return span
    joined = _JOINING_COMMA.search(text, span.start, quoted[i].start)
    end = joined.start() if joined is not None else text.rfind(",", span.start, quoted[i].start)
    if end < 0:
        end = _joint_before_cue(text, span.start, quoted[i].start, cue_starts)
    if end < 0 and (introduced := _COLON_BEFORE.search(text, span.start, quoted[i].start)) is not None \
            and bisect_right(cue_starts, introduced.start()) == bisect_right(cue_starts, span.start):
        end = introduced.start()
    return _trimmed(text, span.start, end) if end > span.start else None


def _joint_before_cue(text: str, start: int, quote_start: int, cue_starts: list[int]) -> int:
    """Where a clause joins on the cue of the quotation after it, with no comma between
    (`said he had been a pioneer and called him "a feminist"`, `said it failed - and argued
    that "…"`): the `and` or the dash before that cue; -1 when there is none."""
    i = bisect_right(cue_starts, quote_start - 1) - 1
    if i < 0 or cue_starts[i] <= start:
        return -1
    joint = _JOINT_BEFORE_CUE.search(text, max(start, cue_starts[i] - 16), cue_starts[i])
    return joint.start() if joint is not None else -1


def _before_next_speaker(text: str, span: Span, speakers: list[int]) -> Span | None:
    """A reported clause ends where the next reported statement's speaker begins
    (`most said they were worried, and 4 in 10 said …`), at the clause break before it."""
    i = bisect_right(speakers, span.start)
    while i < len(speakers) and speakers[i] < span.end:
        joint = _CLAUSE_JOINT.search(text, max(span.start, speakers[i] - 32), speakers[i])
        if joint is not None and joint.group("word") == ":" and _counted_speaker(text, speakers[i]):
            i += 1  # `a poll shows how hard it is: six in 10 said …`: those counted are what it shows
            continue
        if joint is not None and (joint.group("word") or _CLOSING_CUE_AHEAD.fullmatch(text, speakers[i], span.end)
                                  or _AUXILIARY.search(text, span.start, joint.start())):
            # a bare comma ends a clause that has a verb (`there are 2,400 billionaires, another says`),
            # not an opening phrase (`after examining her leg, she insisted`)
            return _trimmed(text, span.start, joint.start())
        i += 1  # `the money he says he raised`: speech inside the clause does not end it
    return span


def _share_speaker(text: str, mention: Mention) -> bool:
    """Whether a speaker is a share of those polled (`61 percent`, `42%`, `Six in 10`, `half`)."""
    return _SHARE.match(text, mention.span.start, mention.span.end) is not None


def _before_poll_aside(text: str, span: Span) -> Span | None:
    """What a share of those polled said ends at a comma, before the writer's comparison or
    the next share (`61 percent said they back it, up from half in May`, `42% say they are
    liberal, 32% conservative`); not before a clause joined on (`…, and that …`) nor at an
    aside before the verb (`half said the deficit, with the loss, meant …`)."""
    pos = span.start + 1
    for comma in _CLAUSE_COMMA.finditer(text, pos, span.end):
        if comma.start() < pos or match_near(_JOINED_AFTER_COMMA, text, comma.end()) is not None:
            continue
        aside = match_near(_ASIDE_BEFORE_VERB, text, comma.start(), 120)
        if aside is not None:
            pos = aside.end()
            continue
        return _trimmed(text, span.start, comma.start(), min_words=2)
    return span


# A share as a subject: `61 percent of voters`, `Nearly 4 in 10`, `42%`, `half`, `a third`.
_SHARE = regex.compile(
    r"(?:(?:nearly|about|almost|roughly|only|just|over|some|around|more\s+than|fewer\s+than|less\s+than|at\s+least)\s+)?"
    r"(?:[\p{N}.]+\s*(?:%|percent\b)|[\p{L}\-]+\s+percent\b|[\p{L}\p{N}]+\s+(?:in|out\s+of)\s+(?:\p{N}+|ten|three|four|five)\b|"
    r"(?:a\s+)?(?:half|third|quarter|majority|plurality)\b|two-thirds|three-quarters)",
    regex.I,
)
_JOINED_AFTER_COMMA = regex.compile(r"\s*(?:and|but|or|that)\b", regex.I)
# An aside between a subject and its verb: `said the deficit, combined with the loss, meant …`.
_ASIDE_BEFORE_VERB = regex.compile(
    r",[^,;:.!?]{1,100},\s+(?:(?:is|was|are|were|has|had|have|will|would|could|can|\p{Ll}{2,}ed)\b|(?:" + IRREGULAR_PAST + r")\b)"
)


def _counted_speaker(text: str, pos: int) -> bool:
    """Whether the speaker at ``pos`` opens with a number or a quantity (`70 percent`, `Six in 10`, `Most`)."""
    word = _WORD.match(text, pos)
    return word is not None and quantity_word(word.group())


# `…, and 4 in 10 said`, `…; she said`, a dash (`… - others say`), a colon before another
# source (`polls show it: a new poll found …`), and a bare comma before a closing cue
# (`the results suggest that screening helps, the researchers wrote`).
_CLAUSE_JOINT = regex.compile(
    r"(?:,\s*(?P<word>and|but|while|whereas)?|(?P<word>" + _SEMICOLON + r"|[―—–:]|(?<=\s)-)"
    # `and` with no comma after a lower-case word, not one of a subject's names or pronouns
    # (`the plan would fail and Lee says`, not `Salem and Eugene say`, `she and Lee said`)
    r"|(?<=(?<![\p{L}\p{N}’'\-])(?!(?:he|she|we|they|you|him|her|them|us|me)\s)[\p{Ll}\p{N}][\p{L}\p{N}’'\-]*\s)"
    r"(?P<word>and|but))\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|(?:nearly|about|almost|roughly|only|just|over|some|around|at\s+least)\s+)?$"  # `, and more than 4 in 10 said`
)
_AUXILIARY = regex.compile(
    r"\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b"
    r"|n[’']t\b|[’'](?:re|ve|ll|d)\b|\b\p{Ll}{3,}ed\b"
)
# A speaker and cue that close the clause: a few words to its end, with no clause of their own.
_CLOSING_CUE_AHEAD = regex.compile(r"(?:(?!\bthat\b)[^,;:.!?]){1,60}")


_THAT_BETWEEN = regex.compile(r"\bthat\b")
# A short phrase opening the reported clause before its subject: `said in politics it takes time`.
_PHRASE_THEN_CLAUSE = regex.compile(
    r"(?:in|on|at|for|with|under|during|without)\s+(?:(?!(?:what|whether|how|why|who|whom|which|when|where)\b)"
    r"[\p{L}’'\-]+\s+){1,3}?"
    r"(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its|this|these|those)\s+(?:[\p{L}’'\-]+\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|\p{Ll}{2,}(?:s|ed))\b"
)
_JOINED_SUBORDINATE = regex.compile(r"\s*(?:and|but)\s+(?:when|after|before|while|because|since|although|though|once|until)\b", regex.I)
# A yes or a no as all that was said: `most said yes`, `he said no to the war`, `half said yes and …`.
_ANSWER = regex.compile(
    r"\s+(?P<answer>(?:yes|no)(?:\s+to\s+[^,.;:!?\"“”]{1,60})?)(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|while|whereas)\s)", regex.I)
_COLON_BEFORE = regex.compile(r":\s*$")
# `and` or a dash right before a second cue of the same speaker: `… and calling`, `… - and arguing`.
_JOINT_BEFORE_CUE = regex.compile(r"(?:(?:\s+-|\s*[—–])\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+)(?:also\s+|then\s+)?$")
_JOINING_COMMA = regex.compile(r",\s+(?:and|but|when|while|as|although|though|so|then|because|before|after)\b")


def _holds_a_quotation(span: Span, marks: Sequence[Span], starts: list[int]) -> bool:
    i = bisect_right(starts, span.start - 1)
    return i < len(marks) and marks[i].end <= span.end + 1


def _only_a_dropped_phrase(text: str, span: Span, marks: Sequence[Span], starts: list[int]) -> bool:
    """Whether a span is nothing but a title or scare-quoted phrase, with its punctuation."""
    i = bisect_right(starts, span.start) - 1
    return i >= 0 and PUNCT_ONLY.fullmatch(text, span.start, marks[i].start) is not None \
        and (marks[i].end >= span.end or PUNCT_ONLY.fullmatch(text, marks[i].end, span.end) is not None)


def _overlaps(span: Span, quoted: list[Span], starts: list[int]) -> bool:
    """Whether a span overlaps a quotation (the quotation is its own record)."""
    i = bisect_right(starts, span.end - 1) - 1
    return i >= 0 and quoted[i].end > span.start


def _contents(text: str, sentence: Span, event: Event, lexicon: Lexicon) -> list[tuple[Span, str]]:
    """The reported clause(s) a free speech cue governs: what the verb decides alone, then the
    clause before the cue when the cue is set off after it, then the clause after the cue."""
    verb = " ".join(text[event.cue.start : event.cue.end].lower().split())
    decided = _contents_by_verb(text, sentence, event, verb, lexicon)
    if decided is not None:
        return decided
    according = names_source_after(verb)
    finding = _is_finding(text, event, verb, lexicon)
    around = _before_cue(text, sentence, event, verb, finding, lexicon)
    decided = _contents_set_off(text, sentence, event, according, finding, around, lexicon)
    if decided is not None:
        return decided
    if according:
        return _according_contents(text, sentence, around, lexicon)
    return _contents_after_cue(text, sentence, event, verb, finding, lexicon)


def _contents_by_verb(text: str, sentence: Span, event: Event, verb: str,
                      lexicon: Lexicon) -> list[tuple[Span, str]] | None:
    """What the cue's verb decides before any clause is looked for: a refusal reports the act
    refused, a question verb the question, a verb with an object what follows the object, and a
    verb that governs no clause reports nothing. None when a clause is to be looked for."""
    if verb in lexicon.refusals:
        return _refused(text, event, sentence, lexicon)
    if _after_refusal(text, event.cue.start, lexicon):
        return []  # `declined to say whether …`: the refusal reports it
    if verb in lexicon.attitude_cues and _topic_next(text, event.cue.end, sentence.end):
        return []  # `voiced concerns about the leaks`: a topic; `expressed concern that …` reports
    according = names_source_after(verb)
    if verb in lexicon.question_verbs and not event.inverted:
        return _question_contents(text, sentence, event)
    start = object_start(text, event.cue, lexicon) if not event.inverted else None
    if start is not None and verb in lexicon.intent_verbs and not can_speak(event.mention, lexicon):
        return []  # `The debate promises to be close`: a thing promises nothing
    if start is not None:  # `accused the council of …`, `called for a ban on …`, `described the plan as …`
        return _object_content(text, event, sentence, start, 1 if verb in lexicon.topic_verbs else _MIN_WORDS)
    if not according and verb not in lexicon.clause_verbs and verb not in lexicon.cue_phrases:
        return []
    if verb in _NOUN_FIRST_CUES and not _document_or_pronoun(text, event, lexicon):
        return []  # `Rust Belt states that voted`, `member states trump …`: a plural noun, not a cue
    return None


def _question_contents(text: str, sentence: Span, event: Event) -> list[tuple[Span, str]]:
    """What a question verb reports: the question after it, or, with no question, what was
    requested (`asked the council to delay the vote`)."""
    question = _QUESTION_AHEAD.match(text, event.cue.end, sentence.end)
    if question is None and _ANONYMITY.match(text, event.cue.end, sentence.end):
        return []  # `who asked not to be named`: a request about the source, nothing reported
    if question is None and _REQUEST_AHEAD.match(text, event.cue.end, sentence.end):
        return _object_content(text, event, sentence)  # `asked the council to delay the vote`
    span = _trimmed(text, question.end(), sentence.end) if question is not None else None
    return [(span, "reported-question")] if span is not None else []


@dataclass(frozen=True, slots=True)
class _BeforeCue:
    """How a cue stands to the clause before it in its sentence."""
    last: int  # the end of the cue and its speaker, whichever comes last
    subject: Span | None  # the words opening the sentence before the cue
    before: Span | None  # those words, when long enough (or split enough) to be what was said
    set_off: bool  # a comma sets the cue off after them: `…, X said`
    heard: int  # past the cue and its hearer (`…, she told reporters`)
    tail: regex.Match | None  # what follows a set-off cue: its end, or `rest`, the clause it resumes
    splits: bool  # the cue splits a subject from its verb: `The talks, she said, had failed.`


def _before_cue(text: str, sentence: Span, event: Event, verb: str, finding: bool, lexicon: Lexicon) -> _BeforeCue:
    """The clause before a cue, and whether the cue is set off after it. An opening-only verb
    (unless it reports a finding) and a cue inside a relative insertion have none."""
    first = min(event.cue.start, event.mention.span.start)
    last = max(event.cue.end, event.mention.span.end)
    opening = after_dateline(text, sentence.start, first)
    subject = _trimmed(text, opening, _before_apposition(text, opening, first, lexicon), min_words=1) \
        if (verb not in lexicon.opening_only_verbs or finding) and not _relative_insertion(text, event) else None
    set_off = subject is not None and text[subject.end : first].strip().startswith(",")
    heard, tail, splits = last, None, False
    if set_off:  # `…, X said.` / `…, according to X.` / `…, X said, …`: the cue follows its clause
        heard = _OBJECT_LEAD.match(text, last, sentence.end).end() if verb.startswith(("told", "tell")) else last
        tail = _TAIL.fullmatch(text, heard, sentence.end)  # `…, the campaign told the Daily Herald.`
        # `The talks, she said, had failed.`: the cue sets the subject off from its verb, however short
        splits = tail is not None and tail.start("rest") >= 0 and _PREDICATE_OPENS.match(text, tail.start("rest")) is not None
    before = subject if subject is not None and (
        splits or _has_words(text, subject.start, subject.end, _MIN_WORDS)) else None
    return _BeforeCue(last, subject, before, set_off, heard, tail, splits)


def _contents_set_off(text: str, sentence: Span, event: Event, according: bool, finding: bool, around: _BeforeCue,
                      lexicon: Lexicon) -> list[tuple[Span, str]] | None:
    """What a cue set off after its clause reports: the clause before it, and the clause it
    resumes after a second comma. None when the cue is not set off so, or its clause is no
    finite one, and the clause after the cue is to be looked for."""
    before, set_off, heard, tail, splits = around.before, around.set_off, around.heard, around.tail, around.splits
    if according and before is not None and _ACCORDING_TAIL.fullmatch(text, around.last, sentence.end) \
            and (set_off or _FINITE.search(text, before.start + 1, before.end)):
        return [(before, "reported-according-to")]  # `…, according to a poll released Monday.`
    if set_off and tail is not None and not splits and tail.start("rest") >= 0 \
            and _adverbial_set_off(text, around.subject, heard, tail.start("rest"), event, according, lexicon):
        # `Since May, according to the group, forces have killed 40`, `Now, he says, seven have signed`:
        # an opening adverbial, the cue, then the clause
        after = _opened_clause(text, tail.start("rest"), heard, sentence)
        if after is not None:
            return ([(before, _set_off_rule(according, False, "reported-after"))] if before is not None else []) \
                + [(after, _set_off_rule(according, finding, "reported-that"))]
    if before is not None and set_off:
        if tail is not None and (according or splits or _FINITE.search(text, before.start + 1, before.end)) \
                and _TIME_THEN_THAT.match(text, heard, sentence.end) is None:
            rule = _set_off_rule(according, finding, "reported-after")
            after = None
            if tail.start("rest") >= 0 and (splits or not according and not event.inverted) \
                    and not _NOT_A_CONTINUATION.match(text, tail.start("rest"), sentence.end) \
                    and not _speech_participle(text, tail.start("rest"), sentence.end, lexicon):
                after = _trimmed(text, tail.start("rest"), sentence.end,  # `…, he said, have involved …`
                                 min_words=1 if splits else _MIN_WORDS)
            if after is None and _ONLY_AN_OPENING_CLAUSE.fullmatch(text, before.start, before.end):
                return []  # `Months later, when Ortiz won, the firm agreed to …`: the cue's clause is the main one
            return [(before, rule)] + ([(after, rule)] if after is not None else [])
    return None


def _according_contents(text: str, sentence: Span, around: _BeforeCue, lexicon: Lexicon) -> list[tuple[Span, str]]:
    """`According to X, …`: the clause after the source's comma, unless it describes the source
    (then the clause before a set-off cue, if any)."""
    after = _after_comma(text, _past_apposition(text, around.last, sentence.end, lexicon), sentence)
    if after is not None and _crosses_a_parenthesis(text, around.last, after.start):
        return []  # `(… white, according to exit polls), Ohio …`: a source in an aside reports nothing outside it
    if after is not None and _describes_the_source(text, after):
        return [(around.before, "reported-according-to")] if around.before is not None and around.set_off else []
    return [(after, "reported-according-to")] if after is not None else []


def _crosses_a_parenthesis(text: str, start: int, end: int) -> bool:
    """An aside's parenthesis opens or closes between ``start`` and ``end`` (`polls), Ohio`,
    `polls (a wide margin, but …`), not one both opened and closed (`polls (taken at noon), Lee`)."""
    between = text[start:end]
    return between.count("(") != between.count(")")


def _contents_after_cue(text: str, sentence: Span, event: Event, verb: str, finding: bool,
                        lexicon: Lexicon) -> list[tuple[Span, str]]:
    """The clause after a cue (`X said (that) …`), from where it starts to where it ends."""
    if event.inverted:
        return []
    what = _WHAT_BEFORE.search(text, max(sentence.start, event.mention.span.start - 8), event.mention.span.start)
    if what is not None:
        return _what_is_said(text, sentence, event, what.start(), lexicon)
    after_as = _after_as_clause(text, sentence, event, lexicon)
    if after_as is not None:
        return [(after_as, "reported-that")]
    answer = _ANSWER.match(text, event.cue.end, sentence.end) if verb.startswith(("say", "said")) else None
    if answer is not None:  # `46 percent of voters said yes`, `He said no to the Iraq war`
        return [(Span(answer.start("answer"), answer.end("answer")), "reported-that")]
    verbal = _right_after_subject(text, event, lexicon)
    start = _clause_after_cue(text, event.cue.end, sentence.end, verb, lexicon, verbal, finding)
    if start is None or _opening_clause(text, sentence, event) \
            or _said_of_what(text, sentence, start, sentence.end, event):
        return []
    end, min_words = _after_cue_end(text, sentence, event, start, lexicon, finding)
    span = _trimmed(text, start, end, min_words)
    if span is None or _ONLY_A_TIME.fullmatch(text, span.start, span.end):
        return []  # `as the Ledger reported a few days later`: when it was said, not what
    return [(span, "reported-finding" if finding else "reported-that")]


def _what_is_said(text: str, sentence: Span, event: Event, what: int, lexicon: Lexicon) -> list[tuple[Span, str]]:
    """`adapt to what she said is growing demand`: a `what` clause inside a sentence, its verb
    right after the cue, reports that predicate; but `That was what Ortiz said when …` reports
    nothing but `what`, and `What she says is true` opens a sentence whose predicate is its own."""
    if not text[sentence.start : what].strip(_OPENING) or match_near(_BE_NEXT, text, event.cue.end) is None:
        return []
    end = _reported_clause_end(text, event.cue.end, sentence.end, lexicon)
    resumed = _MAIN_CLAUSE_GOES_ON.search(text, event.cue.end, end)
    span = _trimmed(text, event.cue.end, resumed.start() if resumed is not None else end, 2)
    return [(span, "reported-that")] if span is not None else []


# The verb of a `what` clause's predicate right after its cue: `what she said is …`, `were`.
_BE_NEXT = regex.compile(r"\s+(?:is|was|are|were|would\s+be|will\s+be)(?![\p{L}’'\-])")
# Where the sentence around a `what` clause goes on: a clause joined by a comma and a conjunction.
_MAIN_CLAUSE_GOES_ON = regex.compile(r",\s+(?:and|but|while|although|though|whereas)\s")


def _after_cue_end(text: str, sentence: Span, event: Event, start: int, lexicon: Lexicon,
                   finding: bool = False) -> tuple[int, int]:
    """Where the clause after a cue ends, and how many words it needs: a subordinate clause
    ends at its comma, a relative one where the main clause resumes."""
    end = _reported_clause_end(text, start, sentence.end, lexicon, finding)
    clause_start = max(sentence.start, text.rfind(",", sentence.start, event.cue.start) + 1)
    if _OPENS_WITH_SUBORDINATOR.match(text, sentence.start) and clause_start == sentence.start \
            or _JOINED_SUBORDINATE.match(text, clause_start):
        # `After Ortiz said she would resign, shares rose`, `…, and when Ortiz said she would run, the hall fell silent`:
        comma = _CLAUSE_COMMA.search(text, start, end)
        end = comma.start() if comma is not None else end  # the comma closing the clause ends what it reports
    elif _reduced_relative(text, event):
        end = _before_clause_comma(text, start, end)
    min_words = 2 if _short_that_clause(text, event.cue.end, start, end) \
        or _PRONOUN_AND_PAST_VERB.fullmatch(text, start, end) else _MIN_WORDS
    if _relative_insertion(text, event) or _participle_insertion(text, event):
        end = _resumes_after_comma(text, start, end)
    elif _RELATIVE_BEFORE.search(text, max(sentence.start, event.mention.span.start - 8), event.mention.span.start) \
            and _PREDICATE_OPENS.match(text, start, end):
        # `The plan that aides said would save $2 billion was scrapped`; the predicate alone is
        # what was said, however short (`a finish that he said defied expectations`)
        end, min_words = _matrix_verb(text, start, end), 2
    return end, min_words


# A time and nothing else after a cue: `reported ten days ago`, `indicated earlier this week`.
_ONLY_A_TIME = regex.compile(
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of|\p{N}+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|later|earlier|before)"
    r"|(?:earlier|later)\s+(?:this|last|that|the\s+same)\s+(?:day|week|month|year)"
    r"|(?:last|this|earlier|later)\s+(?:week|weekend|month|year))",
    regex.I,
)


def _said_of_what(text: str, sentence: Span, start: int, end: int, event: Event) -> bool:
    """`Everything Ortiz says is a lie`: a pronoun opening the sentence before the speaker is
    what was said, and the predicate after the cue is the sentence's own, no reported clause;
    not mid-sentence (`called for something aides say is possible`), where it may be the
    reported clause's subject."""
    opening = _WHAT_OPENS.match(text, sentence.start, event.mention.span.end)
    return opening is not None and opening.start(1) <= event.mention.span.start <= opening.end() \
        and _PREDICATE_OPENS.match(text, start, end) is not None


# `Everything`, `Nothing`, `What` opening a sentence.
_WHAT_OPENS = regex.compile(r"[\s\"“‘'(]*((?i:everything|anything|nothing|whatever|what))\s+")


def _short_that_clause(text: str, cue_end: int, start: int, end: int) -> bool:
    """`said that wages rose`: right after `that`, two words with a verb are a clause (not
    `said that to reporters`, `said that, aides insisted`)."""
    return _THAT_RIGHT_BEFORE.search(text, cue_end, start) is not None \
        and _NOT_CLAUSE_START.match(text, start, end) is None and _FINITE.search(text, start, end) is not None


_THAT_RIGHT_BEFORE = regex.compile(r"\bthat\s+$")
# A personal pronoun and a verb in the past, a whole clause of two words: `said she agreed`.
_PRONOUN_AND_PAST_VERB = regex.compile(
    r"(?:he|she|they|we|I)\s+(?:\p{Ll}{2,}ed|" + IRREGULAR_PAST + r")[\s.]*")


# What an opening adverbial starts with: a preposition, a subordinator, an adverb (`Now,`,
# `Instead,`, `Later,`, `Finally,`), maybe after `And` or `But` (`And yet every Friday,`).
_OPENING_ADVERBIAL = regex.compile(
    r"[\s\"“‘'(]*(?:(?:and|but|yet)\s+)?(?:"
    + "|".join(sorted(PREPOSITIONS | SUBORDINATORS | {"if", "once", "unless", "whenever", "now", "instead", "still",
                                                       "yet", "then", "later", "earlier", "meanwhile", "moreover",
                                                       "however", "otherwise", "indeed", "back", "today", "so"}))
    + r"|\p{L}+ly)(?![\p{L}’'\-])",
    regex.I,
)


# A short subordinate clause, maybe after a short time adverbial (`Months later, when Ortiz won`),
# and nothing else: it opens a sentence whose main clause is the cue's own, so nobody says it.
# But `When asked about the delay, Ortiz said …` gives what was asked, and a longer clause or a
# dash may hold a main clause of its own (`After Ortiz took office in May she cut …`).
_ONLY_AN_OPENING_CLAUSE = regex.compile(
    r"(?:[^,;]{1,30},\s+)?(?:even\s+|just\s+)?(?:as(?!\s+well\b)|when|while|after|before|since|because|although|"
    r"though|if|once|until|unless|whenever)(?!\s+(?:asked|pressed|questioned)\b)(?:\s+(?!--)[^\s,;—–]+){1,10}",
    regex.I,
)


def _set_off_rule(according: bool, finding: bool, plain: str) -> str:
    return "reported-according-to" if according else "reported-finding" if finding else plain


def _adverbial_set_off(text: str, subject: Span, heard: int, rest: int, event: Event, according: bool,
                       lexicon: Lexicon) -> bool:
    """Whether the words before a cue set off by commas are an opening adverbial (`Since May,`,
    `Now,`) with no verb, and the cue follows its speaker closely (`he says,`, `according to
    the group,`), so that a clause of its own comes after it."""
    return _OPENING_ADVERBIAL.match(text, subject.start, subject.end) is not None \
        and not _FINITE.search(text, subject.start + 1, subject.end) and rest - heard <= 32 \
        and (according or only_auxiliaries(text, event.mention.span.end, event.cue.start, lexicon))


def _speech_participle(text: str, pos: int, end: int, lexicon: Lexicon) -> bool:
    """`…, the paper reported, citing a source`, `…, he said, adding that …`: a participle of a
    speech verb after a closing cue is a second report of the same speaker, with a clause of its
    own, not the rest of the first."""
    word = _PARTICIPLE.match(text, pos, end)
    return word is not None and word.group().lower() in lexicon.speech_verbs


_PARTICIPLE = regex.compile(r"\p{L}+ing(?![\p{L}’'\-])")


def _opened_clause(text: str, start: int, heard: int, sentence: Span) -> Span | None:
    """The clause with a verb of its own after a cue set off by commas, or None."""
    if _TIME_THEN_THAT.match(text, heard, sentence.end) or _NOT_A_CONTINUATION.match(text, start, sentence.end):
        return None
    span = _trimmed(text, start, sentence.end)
    return span if span is not None and _FINITE.search(text, span.start, span.end) else None


def _after_as_clause(text: str, sentence: Span, event: Event, lexicon: Lexicon) -> Span | None:
    """`As one analyst noted on Twitter, the gap is vast`: an `as` clause opening its sentence
    reports the main clause after it, past an adverbial that follows the cue."""
    opening = after_dateline(text, sentence.start, event.mention.span.start)
    if _AS_OPENING.match(text, opening, event.mention.span.start) is None \
            or "," in text[opening : event.cue.start]:
        return None
    adjunct = _AS_ADJUNCT.match(text, event.cue.end, sentence.end)
    return _trimmed(text, adjunct.end(), _reported_clause_end(text, adjunct.end(), sentence.end, lexicon)) if adjunct is not None else None


_AS_OPENING = regex.compile(r"[\s\"“‘']*As\s")
# What may stand between the cue of an opening `as` clause and its comma: an adverbial, or
# `told` and its hearer (`As she told reporters on Monday,`).
_AS_ADJUNCT = regex.compile(
    r"(?:\s+(?:reporters|journalists|the\s+press|(?:him|her|them|us|me)\b))?"
    r"(?:\s+(?:on|in|at|with|during|to|for|via|through|after|before|last|this|earlier|recently|repeatedly|often|"
    r"yesterday|today)\b(?:(?!\b(?:what|how|whether|why|who|which)\b)[^,;:\"“”]){0,60})?\s*,"
)


def _reduced_relative(text: str, event: Event) -> bool:
    """A participle cue right after the noun it describes: `Despite polls showing her behind, …`,
    `with 22 percent saying they would not`, whose clause ends before the sentence goes on."""
    cue = text[event.cue.start : event.cue.end].lower()
    between = text[event.mention.span.end : event.cue.start]
    return cue.split()[0].endswith("ing") and event.mention.span.end < event.cue.start \
        and between.isspace()


# A short apposition set off by commas: `, the governor there,`.
_SHORT_APPOSITION = regex.compile(r",[^,;:.!?]{1,40},")


def _before_clause_comma(text: str, start: int, end: int) -> int:
    """Where a clause ends at its first comma, past any short apposition to a name:
    `her well behind, Clinton campaigned` ends at `behind`, `that Ana Ortiz, the mayor, had won` runs on."""
    pos = start
    while (comma := _CLAUSE_COMMA.search(text, pos, end)) is not None:
        aside = match_near(_SHORT_APPOSITION, text, comma.start(), end - comma.start()) \
            if _after_a_name(text, pos, comma.start()) else None
        if aside is None:
            return comma.start()
        pos = aside.end()
    return end


def _after_a_name(text: str, start: int, pos: int) -> bool:
    """The word before ``pos`` is capitalised (`Kasich` in `that John Kasich, the governor`)."""
    words = text[max(start, pos - 40) : pos].split()
    return bool(words) and words[-1][0].isupper()


def _relative_insertion(text: str, event: Event) -> bool:
    """A cue in a relative clause set off by commas: `the Union, which contended that …, is`,
    `Ortiz, who met Lee and said that …, left` (its subject found past the relative)."""
    mention = event.mention.span
    return text[mention.start : mention.end].lower() in ("which", "who") \
        and comma_before(text, mention.start) \
        or _JOINED_IN_RELATIVE.fullmatch(text, mention.end, event.cue.start) is not None


# A relative clause after a subject, its first verb, then `and` before the cue: `, who met Lee and`.
_JOINED_IN_RELATIVE = regex.compile(r"\s*,\s+(?:who|which)\s+[^,;:.!?\"“”]{1,80}?\s+(?:and|but)\s+(?:also\s+|later\s+)?")


def _participle_insertion(text: str, event: Event) -> bool:
    """A participle cue set off by a comma right after its subject: `Ortiz, making it clear that
    …, left`, whose sentence goes on after the clause it reports."""
    cue = text[event.cue.start : event.cue.end].lower()
    return cue.split()[0].endswith("ing") and event.mention.span.end <= event.cue.start \
        and text[event.mention.span.end : event.cue.start].strip() == ","


# Where the sentence a relative clause was set into goes on: a comma, then its verb.
_MAIN_CLAUSE_RESUMES = regex.compile(
    r",\s+(?:(?:" + LY_ADVERB + r"|also|still|later|then|now|never|soon)\s+)?(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|said|says|told|"
    + _COMMON_VERBS + r"|\p{Ll}+ed)(?![\p{L}’'\-])"
)


def _resumes_after_comma(text: str, start: int, end: int) -> int:
    """Where the sentence a relative clause was set into goes on after the clause's first comma
    (a later one may close an aside of the clause), else ``end``."""
    comma = text.find(",", start, end)
    closing = _MAIN_CLAUSE_RESUMES.match(text, comma, end) if comma >= 0 else None
    return closing.start() if closing is not None else end


def _matrix_verb(text: str, start: int, end: int) -> int:
    """Where the sentence goes on after a relative clause whose reported clause lacks its
    subject (`which lawmakers said would pass, failed`): at a comma before a verb, or at the
    next verb of its own after the clause's first."""
    resumed = _resumes_after_comma(text, start, end)
    if resumed < end:
        return resumed
    first = _PREDICATE_OPENS.match(text, start, end)
    later = _NEXT_FINITE.search(text, first.end(), end) if first is not None else None
    return later.start() if later is not None else end


# The relative pronoun before a reporting clause's subject: `the bill, which lawmakers said …`.
_RELATIVE_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(?:which|that|who|whom)\s+$", regex.I)
# A finite verb of the sentence's own after a relative clause: `… would save $2 billion was scrapped`.
_NEXT_FINITE = regex.compile(
    r"(?<=\p{L}\s+)(?<!(?:and|or|but|that|who|which|to|not|be|been|being|is|was|are|were|has|had|have|will|would"
    r"|he|she|they|it|we|I|you|there)\s+)"
    r"(?:is|was|are|were|has|had|have|will|would)(?![\p{L}’'\-])"
)


def _opening_clause(text: str, sentence: Span, event: Event) -> bool:
    """`Once she had testified, the aide left`: a cue in a subordinate clause opening its
    sentence, closed by a comma, reports nothing after it; but `When she got inside, she
    said, there were no ballots` and `As the paper reported, turnout rose` do."""
    return match_near(_COMMA_AFTER, text, event.cue.end) is not None \
        and _OPENS_WITH_SUBORDINATOR.match(text, sentence.start) is not None \
        and "," not in text[sentence.start : event.mention.span.start]


def _before_apposition(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a clause before its speaker ends when a description of the speaker comes between
    (`…, her top aide, Lee Chan, said`): at the comma before the description."""
    described = _APPOSITION_BEFORE.search(text, max(start, end - 60), end)
    if described is None or described.group("noun").lower() not in lexicon.role_nouns:
        return end
    return described.start()


# `, her top aide,` right before a name: a short description opening with a determiner or an
# owner (`, Harlow's mayor,`).
_APPOSITION_BEFORE = regex.compile(
    r",\s+(?:his|her|their|its|the|a|an|\p{Lu}[\p{L}\-]*[’']s)\s+(?:[\p{L}\-’']+\s+){0,4}(?P<noun>[\p{L}\-]+)\s*,\s*$"
)


def _object_content(
    text: str, event: Event, sentence: Span, start: int | None = None, min_words: int = _MIN_WORDS
) -> list[tuple[Span, str]]:
    """What a cue reports through its object: `accused the council of hiding the budget`; a
    topic may be one word (`referring to Obama`)."""
    start = event.cue.end if start is None else start
    end = _OBJECT_END.search(text, start, sentence.end)
    end_at = end.start() if end is not None else sentence.end
    apposed = _APPOSED_THEN_COMPLEMENT.match(text, end_at, sentence.end) if end is not None else None
    if apposed is not None and not _CLAUSE_IN_ITEMS.search(text, apposed.start("apposed"), apposed.end("apposed")):
        # `accused one of the reporters, Ana Ortiz, of bias`: the object goes on past its apposition
        end = _OBJECT_END.search(text, apposed.end(), sentence.end)
        end_at = end.start() if end is not None else sentence.end
    if end is not None and text[end_at] == "," and _has_words(text, start, end_at, 1):
        end_at = _past_listed_items(text, end_at, sentence.end)
    clause = _OBJECT_CLAUSE_END.search(text, start, end_at) if not _WH_OPENS.match(text, start) else None
    span = _trimmed(text, start, clause.start() if clause is not None else end_at, min_words)
    if span is not None:
        span = _before_occasion(text, span, min_words)
    if span is None or span.start < event.mention.span.end or text.startswith(("by ", "from "), span.start) \
            or _ONLY_A_TIME.fullmatch(text, span.start, span.end):
        return []  # `accused by the media of …`, `praise from critics`: whose speaker follows; or only a time
    if min_words > 1 and _ADJUNCT_OPENS.match(text, span.start):
        return []  # `the laws proposed during Nixon's term`: when, not what
    return [(span, "reported-object")]


# A name or a description set off by commas inside an object, then what the cue's object goes on
# with: `accused one of the reporters, Ana Ortiz, of bias`, `called for the wage, now $7, to double`.
_APPOSED_THEN_COMPLEMENT = regex.compile(
    r",\s+(?P<apposed>(?!(?:and|but|or|including|especially|as)\b)[^,;:.!?—–()\"“”\n]{1,40}),"
    r"\s+(?:of|to|as|for)\s", regex.I
)


def _past_listed_items(text: str, comma: int, end: int) -> int:
    """Where an object ends when its comma goes on with more items of a list closed by `and` or
    `or` (`citing low growth, debt and unemployment`, `questioned his tactics, his judgment and his
    decency`), or with the examples of `including` (`urged limits on rents, including caps for
    seniors`: annotators keep them with the object); else at the comma. Not past an apposition
    (`…, a city official`), another example or a comparison (`…, especially …`, `…, and like …`)
    or an item with a clause of its own (`…, and the council agreed`)."""
    examples = _INCLUDING.match(text, comma, end)
    if examples is not None:
        return examples.end()
    listed = _LISTED_ITEMS.match(text, comma, end)
    if listed is None or _CLAUSE_IN_ITEMS.search(text, comma, listed.end()):
        return comma
    return listed.end()


# A character of a listed item: a stop only after an abbreviation, before the next word (`Mr. Gates`).
_ITEM = r"(?:[^,;:.!?—–()\"“”\n]|(?<=\b\p{Lu}\p{Ll}{0,3})\.(?=\s\p{Lu}))"
_ITEM_END = r"(?=\s*(?:[,;:!?—–()]|\.(?!\s\p{Lu})|$))"
_INCLUDING = regex.compile(rf",\s+including\s+{_ITEM}{{1,120}}?{_ITEM_END}")
_LISTED_ITEMS = regex.compile(
    r",\s+(?!(?:a|an|including|like|such\s+as|also|especially|particularly|even|notably)\b)"
    rf"(?:{_ITEM}{{1,50}},\s+){{0,5}}(?:{_ITEM}{{1,50}}?\s+)?(?:and|or)\s+{_ITEM}{{1,80}}?{_ITEM_END}",
    regex.I,
)
_CLAUSE_IN_ITEMS = regex.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|can|could|said|says|he|she|they|it|we|I|who|which|that|whose"
    r"|when|while|like|including|especially|particularly|notably|\p{Ll}{3,}ed|" + IRREGULAR_PAST + r")\b"
)


# A time clause or a second verb of the subject after an object (`called for talks when the vote
# failed`, `urged a delay and said the plan …`, `and has gone so far as …`); not `while` with a
# participle, which goes with the object (`… while rebuilding the middle class`), nor the `when`
# of `at times when`.
_OBJECT_CLAUSE_END = regex.compile(
    r"(?<!\btimes)(?<!\btime)(?<!\s)\s+(?:when|while(?!\s+\p{Ll}+ing\b)|(?:and|but)\s+(?:also\s+)?"
    r"(?:has|have|had|is|was|says|" + IRREGULAR_PAST + r"))\b"
)
_WH_OPENS = regex.compile(r"\s*(?:what|how|why|where|whether)\b", regex.I)  # `what can be done when …` is one object
# Where a speaker said it, or what it answered, after the object: `criticized Ortiz during a debate`,
# `praised the plan in an interview with the Ledger`, `thanked local officials on Twitter before the
# speech`, `called for a curfew following the fire`, `urged calm in the wake of the storm`.
_OCCASION = regex.compile(
    r"(?<!\s)\s+(?:in|on|at|during)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{L}\p{N}’'\-]+\s+){0,2}?"
    r"(?:interview|debate|rally|speech|statement|news\s+conference|press\s+conference|conference|call|tweet|post|"
    r"town\s+hall|Twitter|Facebook)\b"
    # an adjunct of time or manner, not a gerund after a preposition (`criticized Lee for following …`)
    r"|(?<!\s)(?<!\b(?:for|of|by|about|from|with|without|in|on|at|to|after|before|against|like))"
    r"\s+(?:following|in\s+the\s+wake\s+of|on\s+(?:the\s+)?condition\s+of)\b",
    regex.I,
)
# ... unless a clause or a second part of the object follows (`in the debate over the plan that …`).
_CLAUSE_AFTER_OCCASION = regex.compile(r"\b(?:that|who|which|to|and|but)\b", regex.I)


def _before_occasion(text: str, span: Span, min_words: int) -> Span:
    occasion = _OCCASION.search(text, span.start, span.end)
    if occasion is None or _CLAUSE_AFTER_OCCASION.search(text, occasion.end(), span.end):
        return span
    return _trimmed(text, span.start, occasion.start(), 1) or span


_ADJUNCT_OPENS = regex.compile(r"(?:during|after|before|since|until|in|at|under|through|throughout)\s", regex.I)


def _refused(text: str, event: Event, sentence: Span, lexicon: Lexicon) -> list[tuple[Span, str]]:
    """`declined to comment on the plan`: what someone would not say, from the act refused."""
    act = _NEXT_WORD.match(text, event.cue.end, sentence.end)
    if act is None or act.group(1).lower() not in lexicon.refused_acts:
        return []  # `refused to sign the bill`
    head = event.mention.head_span.start
    if _OBJECT_BEFORE.search(text, max(sentence.start, head - 12), head):
        return []  # `the questions that he refused to answer`: what was refused stands before it
    end = _OBJECT_END.search(text, act.start(1), sentence.end)
    span = _trimmed(text, act.start(1), end.start() if end is not None else sentence.end, min_words=1)
    return [(span, "reported-refusal")] if span is not None else []


def _after_refusal(text: str, pos: int, lexicon: Lexicon) -> bool:
    words = text[max(0, pos - 16) : pos].lower().split()
    return len(words) >= 2 and " ".join(words[-2:]) in lexicon.refusals


_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")


def _topic_next(text: str, pos: int, end: int) -> bool:
    """Whether a preposition follows ``pos``, opening a topic rather than a clause."""
    word = _NEXT_WORD.match(text, pos, end)
    return word is not None and word.group(1).lower() in PREPOSITIONS
# An infinitive right after the cue (`agreed to hear`), not `to` and a hearer (`said to reporters`).
_INFINITIVE_NEXT = regex.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|him|them|us|me|reporters|journalists|this|that)\b)\p{Ll}"
)
# An aside after a cue, up to the comma or dash before `that`, with no `that` of its own.
_ASIDE_THEN_THAT = regex.compile(
    r"(?P<aside>(?:(?!\bthat\b)[^;:.!?\"“”\n]|(?<=\b\p{Lu}\p{Ll}{0,3})\.(?=\s))"
    r"{1,120}?)(?:,|\s[—–-]|[—–])\s*that\s+(?=\p{L})", regex.I)
_ASIDE_SUBORDINATOR = regex.compile(r"\b(?:where|as|while|when|who|which|if|since|before|after)\b", regex.I)
_OBJECT_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(?:what|which|that|whom|ones)\s+$", regex.I)


def _is_finding(text: str, event: Event, verb: str, lexicon: Lexicon) -> bool:
    """`the poll shows`, `records showed`: what a poll or a record found, with or without `that`.
    The poll may stand before what is said of it (`a Monmouth poll out Monday`), or after what
    it is a part of (`an average of recent polls`), short of a clause (`the senator who released
    the emails`)."""
    if verb not in lexicon.finding_verbs:
        return False
    mention = event.mention
    if mention.head.lower() in lexicon.evidence_nouns:
        return True
    words = [w.lower() for w in _WORD.findall(text, mention.span.start, mention.span.end)]
    return not any(w in _RELATIVE_WORDS for w in words) and any(w in lexicon.evidence_nouns for w in words)


_RELATIVE_WORDS = frozenset({"who", "which", "that", "whose", "whom"})


def _clause_after_cue(text: str, pos: int, end: int, verb: str, lexicon: Lexicon, verbal: bool = False,
                      finding: bool = False) -> int | None:
    """Where the clause a cue governs starts: after `that`, an object or an adverbial.
    ``finding``: what a poll shows needs no `that` (`shows Ortiz leading`)."""
    if _INFINITIVE_NEXT.match(text, pos, end):
        return None  # `agreed to hear cases that …`: what follows is the infinitive's, not said
    if _deed_object(text, pos, end, verb, lexicon):
        return None  # `claimed responsibility for the attack that …`: a deed, nothing said
    ahead = _THAT_AHEAD.match(text, pos, end)
    if ahead is not None:
        return ahead.end()
    # not for what is found (`need to find $500 a month, $25,000, that equals …`)
    after_aside = _that_after_aside(text, pos, end) if verb not in lexicon.finding_verbs else None
    if after_aside is not None:
        return after_aside
    if verb.startswith(("told", "tell")):
        pos = _OBJECT_LEAD.match(text, pos, end).end()
    pos = _ADVERBIAL.match(text, pos, end).end()
    manner = _MANNER_ADVERB.match(text, pos, end)
    if manner is not None and _MANNER_ADJUNCT.match(text, manner.end(), end) \
            and _THAT_BETWEEN.search(text, manner.end(), end) is None:
        return None  # `said pleasantly into the phone`: how it was said, not what
    that = _THAT.match(text, pos, end)
    if "that" in that.group():
        return that.end()
    if not finding and (_wants_that(text, verb, pos, that.end(), end, lexicon)
                        or verb in lexicon.noun_like_forms and not verbal) \
            or _NOT_CLAUSE_START.match(text, that.end(), end) and not _PHRASE_THEN_CLAUSE.match(text, that.end(), end):
        return None  # `the FEC report covering …`; but `The Times reports Beck will …`
    return that.end()


def _that_after_aside(text: str, pos: int, end: int) -> int | None:
    """Where the clause starts after an aside that a comma or dash closes before `that`
    (`said, somewhat stiltedly, that …`, `said Monday at a rally in Salem, Ore., that …`,
    `said - on Twitter, as it happens - that …`); not after a clause of its own (`said the
    plan failed, that …`): a finite verb in the aside stands in a subordinate clause only."""
    aside = _ASIDE_THEN_THAT.match(text, pos, end)
    if aside is None:
        return None
    verb = _FINITE.search(text, aside.start(), aside.end("aside"))
    if verb is not None and not _ASIDE_SUBORDINATOR.search(text, aside.start(), verb.start()):
        return None
    return aside.end()


def _wants_that(text: str, verb: str, pos: int, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a verb that takes a plain object as often (`declared victory`) lacks the `that`
    it needs to report the clause at ``start``: not before an opinion, nor, for a verb of no
    belief, before a subject pronoun (`declared he would run`)."""
    return verb in lexicon.that_only_verbs and not opinion_clause(text, verb, pos, end, lexicon) \
        and not (verb not in lexicon.belief_verbs and _PRONOUN_SUBJECT.match(text, start, end)) \
        and not (verb in _WRITING_VERBS and match_near(_WRITTEN_CLAUSE, text, start, end - start))


# Verbs of writing and posting, whose plain object (`wrote a book`, `tweeted a photo`) is no clause,
# but whose bare clause is one: `wrote the agents had braced for it`.
_WRITING_VERBS = frozenset("write writes wrote writing written tweeted tweeting texted texting posted posting".split())
# A clause after one: a noun phrase of a few words with no relative word, pronoun, second
# determiner or `and` in it, then a finite verb; not a participle that describes the object
# (`wrote the report released Monday`, `tweeted a photo of her bruised arm`, `a book called …`).
_WRITTEN_CLAUSE = regex.compile(
    r"(?:the|a|an|his|her|their|this|these|those|some|many|most|\p{Lu}[\p{L}’'\-]*)"
    r"(?:\s+(?!(?:that|which|who|whom|whose|to|he|she|they|we|I|you|it|the|a|an|his|her|their|its|and|or|but|"
    r"called|named|titled|entitled|dubbed)\b)[\p{L}\p{N}’'\-]+){1,4}?"
    r"\s+(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|"
    r"(?!(?:called|named|titled|entitled|dubbed)\b)(?:\p{Ll}{2,}ed|" + IRREGULAR_PAST + r")(?!\s+(?:by|in|on|at|from|last|this|earlier|to\s+(?:the|a|an|his|her|their|its|\p{Lu}|\p{N})|"
    + WEEKDAY_NAMES + r")\b))(?![\p{L}’'\-])"
)
# A subject pronoun, which no object can be: `declared he would run`, `added they had agreed`.
_PRONOUN_SUBJECT = regex.compile(r"(?:he|she|they|we|I)(?:[’'](?:s|re|ll|d|ve)|\s+\p{Ll}{2,})\b")


def _deed_object(text: str, pos: int, end: int, verb: str, lexicon: Lexicon) -> bool:
    """Whether a cue's object makes it a deed (`claimed victory`, `conceded the race`)."""
    nouns = lexicon.deed_objects.get(verb)
    word = _OBJECT_NOUN.match(text, pos, end) if nouns else None
    return word is not None and word.group(1).lower() in nouns


# The noun right after a cue, maybe after an article (`claimed victory`, `conceded the race`),
# and no verb of its own after it (`conceded the race was lost` reports a clause).
_OBJECT_NOUN = regex.compile(
    r"\s+(?:(?:the|a|an)\s+)?([\p{L}\-]+)(?![\p{L}\-])"
    r"(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must)\b)",
    regex.I,
)


def _document_or_pronoun(text: str, event: Event, lexicon: Lexicon) -> bool:
    """`The affidavit states that …`, `It states …`: a singular document or a pronoun right
    before the cue, its subject."""
    head = event.mention.head.lower()
    document = head in lexicon.thing_nouns and not head.endswith("s") or head in ("it", "he", "she")
    return document and _right_after_subject(text, event, lexicon)


# Forms far more often plural nouns than verbs: they report only after a document or a pronoun.
_NOUN_FIRST_CUES = frozenset({"states"})


def _right_after_subject(text: str, event: Event, lexicon: Lexicon) -> bool:
    """`The Times reports`, `Ortiz also claims`: a cue right after its subject, past
    auxiliaries and adverbs, is a verb."""
    return event.mention.span.end <= event.cue.start \
        and only_auxiliaries(text, event.mention.span.end, event.cue.start, lexicon)


def _clause_end(text: str, start: int, end: int, finding: bool = False) -> int:
    """A reported clause ends at the sentence end or where a new clause with its own
    subject or cue is joined on (`… and she accused …`, `…, adding that …`); what a poll or
    a study finds goes on through a contrast (`shows Ortiz up 4 points, while others show …`)."""
    # not the comma it may open with (`that, while …`)
    joined = next((j for j in _JOINED_CLAUSE.finditer(text, start + 1, end)
                   if not (finding and _WHILE.match(j.group()))), None)
    return joined.start() if joined is not None else end


_WHILE = regex.compile(r",\s+while\b", regex.I)


def _reported_clause_end(text: str, start: int, end: int, lexicon: Lexicon, finding: bool = False) -> int:
    """Where a clause reported after its cue ends: as any clause, or earlier at a comma before
    a participle of a speech verb, a second report of the same speaker (`said the council has
    their backs, touting the budget`, `…, conceding that …`), or before an apposition by which
    the writer sums the clause up (`…, a claim that the council denies`)."""
    end = _before_described_referent(text, start, _clause_end(text, start, end, finding))
    end = next((participle.start() for participle in _COMMA_PARTICIPLE.finditer(text, start + 1, end)
                if _second_report(participle.group(1).lower(), lexicon)), end)
    return next((summed.start() for summed in _SUMMING_APPOSITION.finditer(text, start + 1, end)
                 if _sums_up(text, summed, lexicon)), end)


def _before_described_referent(text: str, start: int, end: int) -> int:
    """A clause with its verb ends before `, which is …` describing the thing it ends on, the
    writer's background (`he would repeal the act, which was passed in 2010`); not where the
    relative clause is set into a subject whose verb follows (`the fund, which was set up in
    May, has run dry`), nor at a plural `which were`, which may describe a noun further back
    (`had limited contacts with Russia, which were devoted to …`)."""
    for relative in _WHICH_IS.finditer(text, start + 1, end):  # rare: the verb is looked for only then
        if _CLAUSE_VERB.search(text, start, relative.start()) is not None \
                and _resumes_after_comma(text, relative.end(), end) == end:
            return relative.start()
    return end


_WHICH_IS = regex.compile(r",\s+which\s+(?:is|was|(?:has|had)\s+been)(?![\p{L}’'\-])", regex.I)


def _sums_up(text: str, summed: regex.Match, lexicon: Lexicon) -> bool:
    """Whether an apposition's noun sums a clause up (`, a claim that …`); the pattern may have
    taken its adjective for the noun (`, a controversial proposal he has raised`)."""
    after = match_near(_NEXT_WORD, text, summed.end())
    return summed.group("noun").lower() in lexicon.summing_nouns \
        or after is not None and after.group(1).lower() in lexicon.summing_nouns


def _second_report(participle: str, lexicon: Lexicon) -> bool:
    """A participle by which the speaker says something more; not a belief, a finding or a
    question, which go on with what was said (`…, hoping to win`, `…, showing a lead`)."""
    return participle in lexicon.speech_verbs and participle not in lexicon.belief_verbs \
        and participle not in lexicon.finding_verbs and participle not in lexicon.question_verbs


_COMMA_PARTICIPLE = regex.compile(r",\s+(\p{L}+ing)(?![\p{L}’'\-])")
# A noun after a comma, with its determiner and adjectives, that a relative clause follows:
# `, a claim that …`, `, remarks that were …`, `, a move the council approved`.
_SUMMING_APPOSITION = regex.compile(
    r"(?:,|\s[—–-]|[—–])\s+(?:(?:a|an|the|such|his|her|their|its|these|those)\s+(?:[\p{L}\-]+\s+){0,2}?)?(?P<noun>\p{L}+)"
    r"(?=\s+(?:that|which)\b|\s+\p{L}+\s+(?:\p{L}+\s+)?(?:has|have|had|was|were|is|are|\p{Ll}+ed)\b)"
)


def _past_apposition(text: str, pos: int, end: int, lexicon: Lexicon) -> int:
    """Past a description or a relative clause set off by commas after a source (`According
    to Ana Ortiz, the budget director, …`, `…, who oversees the budget, …`)."""
    apposed = _APPOSITION_AFTER.match(text, pos, end)
    if apposed is None or apposed.group("noun") is not None and apposed.group("noun").lower() not in lexicon.role_nouns:
        return pos
    return apposed.end() - 1


# `, the district's budget director,` or `, who oversees the budget,` right after a name.
_APPOSITION_AFTER = regex.compile(
    PARTY_TAG + r"\s*,\s+(?:(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}\-]*[’']s)\s+(?:[\p{L}\-’']+\s+){0,4}?(?P<noun>[\p{L}\-]+)"
    r"(?:\s+(?:of|for|at)\s+[^,;:]{1,60}?)?|who\s+[^,;:]{1,80}?)\s*,"
    # a clause of its own follows, with its subject (`…, the director, sent` is a subject's apposition)
    r"(?=\s+(?:(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|I|there)\s|\p{Lu}|\p{N}))"
)


# A verb that makes a clause of what follows a source: an auxiliary, or a past tense.
_CLAUSE_VERB = regex.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
    r"(?:won|can|isn|wasn|aren|weren|doesn|didn|wouldn|shouldn)[’']t|\p{Ll}{2,}ed|" + IRREGULAR_PAST + r")\b"
    r"|[’'](?:s|re)\b"
)
# How a description of a source opens: `a group that …`, `one of the unions …`, `writing for the Ledger`.
_DESCRIPTION_OPENING = regex.compile(
    r"(?:an?|(?:one|two|three|four|five|some|several|many|most|each|both)\s+of)\s|\p{Ll}{2,}ing\s+(?:for|at|in|on|with)\s"
)


def _describes_the_source(text: str, span: Span) -> bool:
    """Whether what follows `according to X,` to the sentence end only describes X (`a group that
    tracks donations`, `one of the unions representing workers`), with no verb of a clause."""
    return _DESCRIPTION_OPENING.match(text, span.start) is not None \
        and _CLAUSE_VERB.search(text, span.start, span.end) is None


def _after_comma(text: str, pos: int, sentence: Span) -> Span | None:
    comma = text.find(",", pos, sentence.end)
    if comma < 0 or comma - pos > 160:
        return None
    return _trimmed(text, comma + 1, sentence.end)


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds ``count`` words or more, read no further than that
    (a long run-on sentence with many cues would otherwise be counted over and over)."""
    return sum(1 for _ in islice(_WORD.finditer(text, start, end), count)) >= count


def _trimmed(text: str, start: int, end: int, min_words: int = _MIN_WORDS) -> Span | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if not _has_words(text, start, end, min_words):
        return None
    return Span(start, end)


def _any_between(positions: list[int], start: int, end: int) -> bool:
    i = bisect_right(positions, start - 1)
    return i < len(positions) and positions[i] < end


def _surnames(text: str) -> set[str]:
    """The surnames of the people a text names with a given name (`Chris Matthews` → `Matthews`)."""
    return {m.group(2) for m in _GIVEN_AND_SURNAME.finditer(text) if first_name_gender(m.group(1)) is not None}


_GIVEN_AND_SURNAME = regex.compile(r"(?<![\p{L}’'\-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:[’'\-]\p{Lu}?\p{Ll}+)?)(?![\p{L}’'\-])")


def _named_line(text: str, label: str, start: int, end: int, surnames: set[str]) -> bool:
    """`Matthews: Well, speculation is bad.`: a line of a transcript labelled with the surname
    of someone the text names, saying a sentence with a verb (not `Sanders: Win in a walk`)."""
    return label.split()[-1] in surnames and _has_words(text, start, end, 4) and _FINITE.search(text, start, end) is not None


# Street and place words that end a police log's labels: `ELM STREET: A caller reported …`.
_PLACE_WORDS = frozenset("street st avenue ave road rd drive dr lane boulevard blvd highway route square township county".split())


def _place_label(label: str) -> bool:
    words = label.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in _PLACE_WORDS


def _heading_label(label: str, text: str, para: Span) -> bool:
    words = label.split()
    return (
        words[0] in ("The", "A")
        or any(w.lower().strip("’'") in HEADING_WORDS for w in words)
        or any(w.endswith(("’s", "'s")) for w in words)
        or label.isupper() and len(label) > 3
        or text[para.start : para.end].rstrip(" .\"”’'").endswith("?")
    )


def _headlines(
    text: str, paragraphs: Sequence[Span], quoted: list[Span], starts: list[int], named_cues: list[int],
    lexicon: Lexicon,
) -> Iterable[Reported]:
    """`Kremlin: Talks have failed` as a headline, and `SMITH: We will stay.` as a line of a
    transcript: a name and a colon opening a paragraph. A line in which someone named speaks
    in turn is no transcript's (`NEW DELHI: Minister Ana Rao said …`: a dateline)."""
    surnames: set[str] | None = None
    for index, para in enumerate(paragraphs):
        match = _HEADLINE.match(text, para.start, para.end)
        if match is None or _overlaps(para, quoted, starts):
            continue
        headline = para.end - para.start <= 200 and (index == 0 or text[para.end - 1] not in ".!?\"”")
        label = match.group(1)
        labelled = _SPEAKER_LABEL.fullmatch(label) is not None
        if not labelled and _NAME_LABEL.fullmatch(label) is not None:
            surnames = _surnames(text) if surnames is None else surnames  # read once, when a line needs them
            labelled = _named_line(text, label, match.end(), para.end, surnames)
        transcript = labelled and not _place_label(label) and not furniture_label(label)  # `NOTE:`, `UPDATE:`
        if not (headline or transcript) or headline and not transcript and _heading_label(match.group(1), text, para):
            continue
        if transcript and not headline and _any_between(named_cues, match.end(), para.end):
            continue
        mention = subject_before(text, match.start(1), match.end(1), lexicon)
        if mention is None or mention.kind != "name":
            mention = _role_label(text, Span(*match.span(1)))
        span = _trimmed(text, match.end(), para.end)
        if mention is None or span is None:
            continue
        rule = "reported-headline" if headline else "reported-transcript"
        cue = Span(*match.span("colon"))
        yield Reported(span, mention, cue, rule, confidence(rule), index)


def _role_label(text: str, label: Span) -> Mention | None:
    """`MODERATOR:`, `AUDIENCE MEMBER:`: a transcript labels in capitals someone it does not
    name by their role."""
    words = text[label.start : label.end].split()
    if not all(w.isupper() and w.lower() in TRANSCRIPT_ROLES for w in words):
        return None
    return Mention(label, label, "nominal", words[-1].lower())


# `In a poll released Monday, 40 percent backed Ortiz`: a poll opening its sentence, maybe
# with a participle set off after it (`In the latest poll, conducted in May, …`).
_IN_POLL = regex.compile(
    r"[\s\"“‘'(]*(?:(?:But|And|Yet)\s+(?P<cue>in)|(?P<cue>In))\s+(?P<source>[^,;:.!?\"“”]{1,80}?\b(?P<noun>\p{Ll}+)"
    r"(?:\s+(?:released|conducted|taken|published|last|this|earlier|of|by|from|in|on)\b[^,;:.!?\"“”]{0,60})?)"
    r"(?:,\s+(?:conducted|released|taken|published)\b[^,;:.!?\"“”]{1,60})?,\s+"
)


def _polls_opening(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], quoted: list[Span], quoted_starts: list[int],
    event_starts: list[int], lexicon: Lexicon,
) -> Iterable[Reported]:
    """`In a poll released Monday, 40 percent backed Ortiz`: the poll is the source of the
    clause after it, unless the clause has a cue of its own (`In a 2014 study, economists
    found …`)."""
    para_starts = [p.start for p in paragraphs]
    for sentence in sentences:
        match = _IN_POLL.match(text, sentence.start, sentence.end)
        if match is None or match.group("noun") not in lexicon.poll_nouns:
            continue
        span = _trimmed(text, match.end(), sentence.end)
        if span is None or _overlaps(span, quoted, quoted_starts) \
                or bisect_right(event_starts, span.end) > bisect_right(event_starts, match.end()):
            continue
        source, noun = match.span("source"), match.span("noun")
        mention = Mention(Span(*source), Span(*noun), "nominal", match.group("noun"))
        yield Reported(span, mention, Span(*match.span("cue")), "reported-in-poll", confidence("reported-in-poll"),
                       bisect_right(para_starts, sentence.start) - 1)


# `asked` as a passive or a participle (`was asked`, `when asked`, `Asked by …`): the question
# put to someone, whose asker goes unnamed or follows `by`.
_ASKED = regex.compile(r"(?<![\p{L}’'\-])[Aa]sked(?![\p{L}’'\-])")
_PASSIVE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}’'\-])(?i:was|were|is|are|been|being|get|gets|got|when|once|if|after|whenever)"
    r"(?:\s+\p{Ll}+ly)?|[,;:—–(])\s+$"
)
_OPENING = " \t\n\"“‘'(["
_AGENT = regex.compile(rf"\s+by\s+(?P<agent>[^,;:.!?\"“”]{{1,60}}?)(?=\s+(?:{_QUESTION_WORDS}|about)\b)")
_QUESTION_PUT = regex.compile(
    r"(?:\s+(?:on|in|at|during|by|later|again|repeatedly|recently|specifically|directly|" + WEEKDAY_NAMES
    + rf")(?:\s+(?!(?:{_QUESTION_WORDS}|about)\b)[\p{{L}}\p{{N}}’'.\-]+){{0,5}}?)?"
    rf"\s+(?:(?P<wh>{_QUESTION_WORDS})|about)\b"
)
_BARE_TOPIC = regex.compile(r"(?i:it|this|that|them|him|her|the|a|an|his|their|its)")
_QUESTION_END = regex.compile(
    r"(?<!\p{N}),|,(?!\p{N})|[:—–(\"“”]|" + _SEMICOLON +
    r"|(?<!\s)\s+(?:(?:and|but)\s+(?:he|she|they|we|I)|during|in\s+an?\s+(?:\p{L}+\s+)?interview)\b"
)


def _questions_put(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], starts: list[int], quoted: list[Span],
    quoted_starts: list[int], lexicon: Lexicon,
) -> Iterable[Reported]:
    """`Asked whether he would run, Ortiz said …`, `Ortiz was asked about the budget`: what
    the question was about, from the question word (or after `about`) to the clause end."""
    para_starts = [p.start for p in paragraphs]
    for match in _ASKED.finditer(text):
        sentence = sentences[bisect_right(starts, match.start()) - 1]
        opens_sentence = not text[sentence.start : match.start()].strip(_OPENING)  # `Asked whether …, Ortiz said`
        if _overlaps(Span(match.start(), match.end()), quoted, quoted_starts) or not opens_sentence \
                and not _PASSIVE_BEFORE.search(text, max(sentence.start, match.start() - 24), match.start()):
            continue
        agent = _AGENT.match(text, match.end(), sentence.end)
        question = _QUESTION_PUT.match(text, match.end(), sentence.end)
        if question is None:
            continue
        start = question.start("wh") if question.group("wh") else question.end()
        end = _QUESTION_END.search(text, start, sentence.end)
        span = _trimmed(text, start, end.start() if end is not None else sentence.end,
                        min_words=_MIN_WORDS if question.group("wh") else 1)  # `Asked about the merger,`
        if span is not None and _BARE_TOPIC.fullmatch(text, span.start, span.end):
            continue  # `asked about it`, `asked about the "…"`: no topic of its own
        if span is None or _overlaps(span, quoted, quoted_starts):
            continue
        mention = subject_before(text, agent.start("agent"), agent.end("agent"), lexicon) if agent else None
        cue = Span(match.start(), match.end())
        yield Reported(span, mention, cue, "reported-question-put", confidence("reported-question-put"),
                       bisect_right(para_starts, match.start()) - 1)


# `The bill is expected to pass`, `Ortiz is widely expected to run`: what people the text does not
# name expect someone to do, from `to` on. (`is said to` leaves its clause alone: `The plan is said
# to be a failure by many` names no one either, but news gives it with a source as often.)
_EXPECTED = regex.compile(
    r"(?<![\p{L}’'\-])(?:(?:is|are|was|were)(?:n[’']t)?|be|been|being)(?:\s+not)?(?:\s+\p{Ll}+ly)?"
    r"\s+(?P<cue>expected)\s+(?=to\s+\p{Ll})",
    regex.I,
)
# Where an expectation ends before the sentence does: a comma (not in `50,000`), a dash, a parenthesis,
# or a second predicate or a relative clause joined on (`… to be moderate and will be likely to …`).
_EXPECTATION_END = regex.compile(
    r"(?<!\s)\s+--?\s|[—–(]|(?<!\p{N}),|,(?!\p{N})"
    r"|(?<!\s)\s+and\s+(?:who|which|will|would|is|are|was|were|has|have|had)(?![\p{L}’'\-])"
)


def _expectations(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], starts: list[int], quoted: list[Span],
    quoted_starts: list[int],
) -> Iterable[Reported]:
    """`The council is expected to vote on Monday, …`: an expectation of nobody named, up to the
    clause's first comma."""
    para_starts = [p.start for p in paragraphs]
    for match in _EXPECTED.finditer(text):
        sentence = sentences[bisect_right(starts, match.start()) - 1]
        end = _clause_end(text, match.end(), sentence.end)
        stop = _EXPECTATION_END.search(text, match.end(), end)
        span = _trimmed(text, match.end(), stop.start() if stop is not None else end)
        if span is None or _overlaps(span, quoted, quoted_starts):
            continue
        rule = "reported-expectation"
        yield Reported(span, None, Span(*match.span("cue")), rule, confidence(rule), bisect_right(para_starts, match.start()) - 1)


# `what officials called a hate crime`, `what he calls corruption`: a name someone gives a thing.
_WHAT_CALLED = regex.compile(
    r"(?<![\p{L}’'\-])[Ww]hat\s+(?!(?:do|does|did|would|will|can|could|should|is|was|are|were)\s)"  # not a question
    r"(?P<who>[^,;:.!?\"“”()\n]{1,40}?)\s+"
    r"(?P<cue>called|calls|call|dubbed|termed|labeled|labelled|branded)\s+(?=[\p{L}\p{N}])"
)
# Where the name ends: a clause break, a parenthesis, or a clause of the sentence's own.
_NAME_GIVEN_END = regex.compile(r"[)]|" + _OBJECT_END.pattern)


def _what_called(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], starts: list[int], quoted: list[Span],
    quoted_starts: list[int], marks: Sequence[Span], mark_starts: list[int], lexicon: Lexicon,
) -> Iterable[Reported]:
    """`The gun was used in what officials called a hate crime`: the name someone gives a thing,
    up to the clause break after it, said by the subject before the cue (not `what is called`)."""
    para_starts = [p.start for p in paragraphs]
    for match in _WHAT_CALLED.finditer(text):
        mention = subject_before(text, match.start("who"), match.start("cue"), lexicon)
        if mention is None or mention.span.start < match.start("who") or not can_speak(mention, lexicon):
            continue
        sentence = sentences[bisect_right(starts, match.start()) - 1]
        end = _NAME_GIVEN_END.search(text, match.end(), sentence.end)
        span = _trimmed(text, match.end(), end.start() if end is not None else sentence.end, min_words=1)
        if span is None or _overlaps(span, quoted, quoted_starts):
            continue
        kind = "mixed" if _holds_a_quotation(span, marks, mark_starts) else "indirect"
        yield Reported(span, mention, Span(*match.span("cue")), "reported-object", confidence("reported-object"),
                       bisect_right(para_starts, match.start()) - 1, kind)


# A participle opening its sentence, with `that` or a subject pronoun after it: `Noting that …,`.
_OPENING_PARTICIPLE = regex.compile(r"[\s\"“‘'(]*(?P<cue>\p{Lu}\p{Ll}+ing)\s+(?P<that>that\s+)?")


def _opening_participles(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], events: Sequence[Event], quoted: list[Span],
    quoted_starts: list[int], lexicon: Lexicon,
) -> Iterable[Reported]:
    """`Noting that the vote was close, Ortiz said …`: a speech participle opening its sentence
    reports the clause up to its comma, said by the speaker of the cue whose subject follows it."""
    para_starts = [p.start for p in paragraphs]
    speakers = {e.mention.span.start: e for e in events if not e.inverted}
    for sentence in sentences:
        match = _OPENING_PARTICIPLE.match(text, sentence.start, sentence.end)
        if match is None or match.group("cue").lower() not in lexicon.clause_verbs \
                or not _second_report(match.group("cue").lower(), lexicon):
            continue
        if match.group("that") is None and _PRONOUN_SUBJECT.match(text, match.end(), sentence.end) is None:
            continue  # `Citing the budget, …`: an object, no clause
        comma = _CLAUSE_COMMA.search(text, match.end(), sentence.end)
        event = speakers.get(skip_space(text, comma.end(), sentence.end)) if comma is not None else None
        span = _trimmed(text, match.end(), comma.start()) if event is not None else None
        if span is None or _overlaps(span, quoted, quoted_starts):
            continue
        yield Reported(span, event.mention, Span(*match.span("cue")), "reported-that", confidence("reported-that"),
                       bisect_right(para_starts, sentence.start) - 1)


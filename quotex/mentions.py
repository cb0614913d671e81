"""Noun phrases that can name a speaker: names, pronouns and descriptions.

Shared by the attribution, coreference and indirect-speech stages. Everything works on
offsets into the original text and returns :class:`Mention` records.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

import regex

from .lexicon import (ENGLISH, GROUP_QUANTITIES, MEMORY_VERBS, PERCEPTION_VERBS, SUBJECT_PRONOUNS, SUBORDINATORS, US_STATES,
                      Lexicon, first_name_gender)
from .records import Span
from .segment import match_near

MentionKind = Literal["name", "pronoun", "nominal"]

_TOKEN = regex.compile(
    r"\p{Lu}\.(?:\p{Lu}\.)+"  # U.S., D.C.
    r"|\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N},])"  # 2,400: no comma between two parts
    r"|\p{N}+(?:\.\p{N}+)?%|\p{N}+\.\p{N}+"  # 49%, 52.9: a share or a decimal is one word
    r"|[\p{L}\p{M}\p{N}]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*(?:[’']s?(?!\p{L}))?\.?"
    r"|[^\s\p{L}\p{M}\p{N}]"
)
_POSSESSIVE = regex.compile(r"[’']s?$")
NAME_PARTICLES = frozenset("de del della der den di da van von ten ter bin binti bint ibn al el la le du dos das st. st y".split())
# What may follow a name without being part of it: generations, and honours and offices in
# British copy (`Rupert Vance KC`, `Ana Ortiz MP`).
_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv kc qc mp obe mbe cbe kbe".split())
PREPOSITIONS = frozenset("""
    for of at with from in on to by about against among around behind near over under into
    onto toward towards than like via per across after before during inside outside through
    throughout within without beyond beside besides despite
    """.split())
CLAUSE_WORDS = frozenset("""
    is was are were be been being has have had do does did that which who whom whose what
    when where while if because although though since not never would will could can
    should may might must as than so there here whether how why and or but
    """.split())
# Adjectives that follow a noun and start its modifier: `a source close to the campaign`.
_POSTMODIFIERS = frozenset("close familiar involved near loyal briefed knowledgeable".split())
_RELATIVE = frozenset({"who", "which", "whose", "whom", "that"})
# Quantities that open a noun phrase: `40 percent of voters`, `Nine in 10`, `most Democrats`.
_SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_QUANTITY = regex.compile(
    r"\d|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|" + _SMALL_NUMBERS
    + r"|half|most|many|majority|majorities|some|few|several|dozens|hundreds|thousands|millions|more|fewer)$"
)


def quantity_word(word: str) -> bool:
    """A number or a word of quantity, in any case: `70`, `Six`, `most`, `dozens`."""
    return _QUANTITY.match(word.lower()) is not None
_COUNT_NOUNS = frozenset("percent number share third thirds quarter quarters three-quarters two-thirds fourth".split())
_MAX_NAME_TOKENS = 6
_SUBJECT_WINDOW = 160  # characters before a verb that may hold its subject
_MAX_NOMINAL_TOKENS = 12


# What follows a participle that modifies a noun (`released by`, `filed on`), unlike a verb
# and its preposition (`responded with`, `agreed to`).
_AFTER_PARTICIPLE = frozenset("by in on at last this from during through since over before after".split())


def _participle(toks: list[Token], i: int, lexicon: Lexicon = ENGLISH) -> bool:
    """A past participle in lower case opening a modifier of the noun before it (`released
    by`, `published Monday`, `involved`, and after evidence that opens the sentence: `Figures
    obtained by the Courier`), but not an adjective before its noun (`newly elected senator`)."""
    tok = toks[i]
    if not (len(tok.lower) > 4 and tok.lower.endswith("ed") and tok.is_word and not tok.capitalised) \
            or toks[i - 1].lower.endswith("ly") or toks[i - 1].capitalised and not _opening_evidence(toks, i, lexicon):
        return False  # `McConnell agreed to`: a name's verb
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is None or not after.is_word or after.capitalised or after.lower in _AFTER_PARTICIPLE


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention: where it is, what kind it is and its head.

    ``head`` is the name without titles for a name (``Dmitry Peskov``), the lower-cased
    pronoun for a pronoun, and the head noun for a description (``spokesman``). ``span``
    covers the whole mention; ``head_span`` covers the head only.
    """

    span: Span
    head_span: Span
    kind: MentionKind
    head: str
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    def text(self, source: str) -> str:
        return source[self.span.start : self.span.end]


def can_speak(mention: Mention | None, lexicon: Lexicon = ENGLISH) -> bool:
    """A name, a pronoun, a description by a role (`the spokesman`) or an indefinite pronoun
    (`another`), not `the plan`."""
    return mention is not None and (
        mention.kind != "nominal" or mention.head in lexicon.role_nouns or mention.head in lexicon.indefinite_pronouns
    )


class Token:
    """A word or a punctuation mark with its offsets; ``lower`` is computed once."""

    __slots__ = ("text", "start", "end", "lower", "capitalised", "is_word")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower()
        first = text[0]
        self.capitalised = first.isupper()
        self.is_word = first.isalnum()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokens(text: str, start: int, end: int, lexicon: Lexicon = ENGLISH) -> list[Token]:
    """Words and punctuation; a full stop stays on a word only for abbreviations and initials.
    A nickname inside a name (`Marcia "Cia" Price`) is left out, so the name reads as one run."""
    out: list[Token] = []
    abbreviations = lexicon.abbreviations
    marks = False
    if 0 < start < end and text[start].isalnum() and text[start - 1].isalnum():
        start = _WORD_REST.match(text, start, end).end()  # a window cut mid-word: no half word (`…cated whites`)
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if len(word) > 2 and word[-1] == "." and word.count(".") == 1 and word[:-1].lower() not in abbreviations:
            s, e = m.span()
            out.append(Token(word[:-1], s, e - 1))
            out.append(Token(".", e - 1, e))
        else:
            s, e = m.span()
            out.append(Token(word, s, e))
            marks = marks or word in _DOUBLE_MARKS
    return _without_nicknames(out) if marks else out


_DOUBLE_MARKS = frozenset('"“”')
_WORD_REST = regex.compile(r"[\p{L}\p{M}\p{N}’'\-]*")


def _without_nicknames(toks: list[Token]) -> list[Token]:
    """The tokens without up to three quoted capitalised words between two capitalised words
    (`Marcia "Cia" Price`, `Bobby "The Bulldozer" Keane`)."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        close = _nickname_close(toks, i)
        if close is not None:
            i = close + 1
            continue
        out.append(toks[i])
        i += 1
    return out


def _nickname_close(toks: list[Token], i: int) -> int | None:
    """Where a nickname opening at ``i`` closes, when ``i`` opens one inside a name."""
    if toks[i].text not in _DOUBLE_MARKS or i == 0 or not (toks[i - 1].is_word and toks[i - 1].capitalised):
        return None
    for close in range(i + 2, min(i + 5, len(toks) - 1)):
        if toks[close].text in _DOUBLE_MARKS:
            inside = toks[i + 1 : close]
            after = toks[close + 1]
            inside = inside[1:] if inside and inside[0].lower == "the" and len(inside) > 1 else inside  # `"the Surgeon"`
            ok = all(t.is_word and t.capitalised for t in inside) and after.is_word and after.capitalised
            return close if ok else None
    return None


def bare_word(word: str) -> str:
    """A token without a possessive ending or a final full stop, lower-cased."""
    lower = word.lower()
    if "’" in lower or "'" in lower:  # the pattern only runs where it can match
        lower = _POSSESSIVE.sub("", lower)
    return lower.rstrip(".")


_bare = bare_word


def is_name_token(tok: Token, lexicon: Lexicon = ENGLISH) -> bool:
    if not tok.is_word:
        return False
    if tok.capitalised:
        return _bare(tok.text) not in lexicon.function_words or tok.lower in lexicon.honorifics
    return tok.lower in NAME_PARTICLES or _JOINED_PARTICLE.match(tok.text) is not None


# Particles joined to a surname by a hyphen: `al-Masri`, `el-Sayed`, `bin-Laden`.
JOINED_PARTICLES = "al|el|ad|as|ash|at|az|ibn|bin|abu|ben"
_JOINED_PARTICLE = regex.compile(rf"(?:{JOINED_PARTICLES})-\p{{Lu}}")


# Function words that are surnames too: a name when they end a name (`George Will`, `Dan Rather`).
_FUNCTION_SURNAMES = frozenset({"will", "may", "rather"})


def _capitalised_function_surname(tok: Token) -> bool:
    return tok.capitalised and tok.lower in _FUNCTION_SURNAMES


# Function words that end the names of outlets and shows when capitalised after a name (`USA Today`).
_FUNCTION_NAME_ENDINGS = frozenset({"today"})


def _function_surname(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether ``toks[i]`` is such a surname or name ending, capitalised, right after a name token
    and before no capitalised word (`Theresa May said`, `reports USA Today`, not `Trump May Win`
    in a headline)."""
    return 0 < i < len(toks) and (_capitalised_function_surname(toks[i])
                                  or toks[i].capitalised and toks[i].lower in _FUNCTION_NAME_ENDINGS) \
        and is_name_token(toks[i - 1], lexicon) and _bare(toks[i - 1].text) not in lexicon.titles \
        and not (i + 1 < len(toks) and toks[i + 1].capitalised)


def possessive(tok: Token) -> bool:
    text = tok.text
    return len(text) > 2 and ("’" in text or "'" in text) and _POSSESSIVE.search(text) is not None


def name_run_before(toks: list[Token], end: int, lexicon: Lexicon = ENGLISH) -> int:
    """Index of the first token of the run of name tokens ending at ``toks[end - 1]``."""
    i = end
    if _function_surname(toks, end - 1, lexicon):
        i -= 1  # `Prime Minister Theresa May said`
    while i > 0 and (is_name_token(toks[i - 1], lexicon) or _joins_names(toks, i - 1)) \
            and not (i < end and possessive(toks[i - 1]) and not _plural_owner_in_name(toks, i, lexicon)):
        i -= 1
    while i < end and toks[i].lower in NAME_PARTICLES:
        i += 1
    if 0 < i < end and _given_function_name(toks[i - 1]) and toks[i].lower not in lexicon.titles:
        i -= 1  # `Will Chan said`: a given name that is a modal too
    return i


def _plural_owner_in_name(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """`Transport Workers' Union`, `Growers’ Association`: a plural possessive before the word that
    heads an institution's name is part of that name, not its owner's (`Harbor TV’s Lena Dufresne`)."""
    return toks[i - 1].text.endswith(("s'", "s’")) and toks[i].text in lexicon.institution_words


def _given_function_name(tok: Token) -> bool:
    """`Will`, `May`: a function word that is a given name, capitalised before a surname."""
    return _capitalised_function_surname(tok) and first_name_gender(tok.text) is not None


def _joins_names(toks: list[Token], i: int) -> bool:
    """`Baxter & Finch LLP`: an ampersand between two capitalised words is part of one name."""
    return toks[i].text == "&" and 0 < i < len(toks) - 1 and toks[i - 1].capitalised and toks[i + 1].capitalised


def split_titles(toks: list[Token], lexicon: Lexicon = ENGLISH) -> tuple[list[Token], list[Token]]:
    """Split a run of capitalised tokens into the titles before the name and the name proper.

    Everything up to the last title word goes (`FBI Director James Comey` -> `James Comey`),
    but the name keeps at least one token (`Rep. Steve King`).
    """
    cut = 0
    for i, tok in enumerate(toks[:-1]):
        if _office_of_institution(toks, i):
            continue  # `Ministry of Foreign Affairs`: `Foreign` names the ministry's field, it titles no one
        if _bare(tok.text) in lexicon.titles or tok.lower in lexicon.honorifics or _joined_title(tok, lexicon) \
                or tok.lower in lexicon.party_nouns and first_name_gender(toks[i + 1].text) is not None:
            cut = i + 1  # `Republican Jim Jordan`, but not `Republican National Committee`
    if len(toks) >= cut + 3 and toks[cut].lower in lexicon.role_nouns \
            and toks[cut].lower not in lexicon.thing_nouns and first_name_gender(toks[cut + 1].text) is not None:
        cut += 1  # `Billionaire Donald Trump`, `Chief Engineer Ruth Calloway`: a role in capitals before a given name
    if cut == len(toks) - 1 and toks[-1].lower in _INSTITUTIONS or cut and _ends_organisation(toks[-1], lexicon):
        cut = 0  # `the White House`, `the State Health Department`, `Environmental Defense Alliance`: an institution, not a titled name
    return toks[:cut], toks[cut:]


def _joined_title(tok: Token, lexicon: Lexicon) -> bool:
    """`President-elect`, `Minister-designate`, `Vice-President`: a title joined by a hyphen to
    a word that leaves it a title."""
    head, _, tail = _bare(tok.text).partition("-")
    return tail in ("elect", "designate") and head in lexicon.titles or head == "vice" and tail in lexicon.titles


def _ends_organisation(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a word ends the names of organisations (`Department`, `Alliance`, `LLP`)."""
    return tok.lower in _INSTITUTIONS or tok.text in _organisation_endings(lexicon)


@lru_cache(maxsize=8)
def _organisation_endings(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word for kind, words in lexicon.kind_name_words.items() if kind not in _PRESS_KINDS for word in words)


# The press's names end in words that are surnames too (`Guardian`, `Sun`, `Star`).
_PRESS_KINDS = frozenset({"newspaper", "paper", "magazine", "network"})


def _office_of_institution(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` opens what an institution is of or for (`Department of State`)."""
    return i >= 2 and toks[i - 1].lower in ("of", "for", "on") and toks[i - 2].lower in _INSTITUTIONS


def _role_opening_sentence(source: str, toks: list[Token], lexicon: Lexicon) -> bool:
    """`Resident Jo Park`, `Parent Kim Novak`: a singular role noun, capitalised only because it
    opens the sentence, before a given name and a surname that end no company's name."""
    if len(toks) != 3 or toks[0].lower not in lexicon.role_nouns or toks[0].lower in lexicon.thing_nouns \
            or toks[0].lower.endswith("s") or any(toks[2].text in words for words in lexicon.kind_name_words.values()):
        return False
    return sentence_initial(source, toks[0].start)


# Institutions whose names may open with a title word (`State`, `Justice`, `Foreign`).
_INSTITUTIONS = frozenset({
    "house", "senate", "department", "ministry", "office", "court", "committee", "commission", "council",
    "agency", "bureau", "administration", "corps",
})


def name_mention(source: str, toks: list[Token], lexicon: Lexicon = ENGLISH, roles: tuple[str, ...] = ()) -> Mention | None:
    """A name mention from a run of capitalised tokens (titles allowed in front)."""
    toks = _after_sentence_end(source, toks, lexicon)
    while toks and toks[-1].lower.rstrip(".") in _NAME_SUFFIXES and len(toks) > 1:
        toks = toks[:-1]
    if not toks:
        return None
    titles, name = split_titles(toks, lexicon)
    if not titles and _role_opening_sentence(source, toks, lexicon):
        titles, name = toks[:1], toks[1:]  # `Resident Jo Park said`: a role capitalised as the sentence opens
    name = _after_owner(name, lexicon)
    if not name or len(name) > _MAX_NAME_TOKENS:
        return None
    last = name[-1]
    if _bare(last.text) in lexicon.titles and not titles and len(name) == 1 and last.lower not in lexicon.honorifics \
            and last.text not in surnames_of_given_names(source):
        return None  # `Major said` names no one, unless the text has named someone so: `John Major`
    if titles and all(_bare(t.text) in lexicon.titles for t in name) and last.lower not in _INSTITUTIONS \
            and _THE_BEFORE.search(source, max(0, toks[0].start - 4), toks[0].start):
        return None  # `The Prime Minister`, `the Crown Prince`: titles alone describe, they name no one
    if not titles and _office_in_capitals(toks, lexicon) \
            and _THE_BEFORE.search(source, max(0, toks[0].start - 4), toks[0].start):
        return None  # `the Health Secretary`, `the Transport Minister`: an office, described in capitals
    head_end = last.end - (len(last.text) - len(last.text.rstrip(".")) if not _is_initial(last.text) else 0)
    possessive_end = _POSSESSIVE.search(source, last.start, head_end)
    if possessive_end is not None and head_end - last.start > 2:
        head_end = possessive_end.start()  # `Donald Trump’s`: the name is `Donald Trump`
    head = source[name[0].start : head_end]
    if '"' in head or "“" in head or "”" in head:
        head = _NICKNAME_IN_NAME.sub(" ", head)
    span = Span(toks[0].start, head_end)
    return Mention(span, Span(name[0].start, head_end), "name", head,
                   tuple(t.text for t in titles), roles)


def _office_in_capitals(toks: list[Token], lexicon: Lexicon) -> bool:
    """`Health Secretary`, `Transport Minister`: the word of a field, then a role that is a title,
    and no given name (not `the Associated Press`, `the White House`; nor a longer name such as a
    newspaper's, `the New Hampshire Union Leader`)."""
    return len(toks) == 2 and toks[-1].lower in lexicon.role_nouns and _bare(toks[-1].text) in lexicon.titles \
        and first_name_gender(toks[0].text) is None


def _after_owner(name: list[Token], lexicon: Lexicon) -> list[Token]:
    """`Harbor TV’s Ana Ortiz`: the person named after an owner in the possessive is `Ana Ortiz`
    (a given name shows a person's name opens there; not `Moody’s Investors Service`)."""
    for i in range(len(name) - 2, -1, -1):
        if possessive(name[i]):
            return name[i + 1 :] if _names_person_after_owner(name, i + 1, lexicon) else name
    return name


def _names_person_after_owner(name: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the words after an owner at ``name[i]`` name a person: a given name opens them
    (`NBC’s Ana Ortiz`; not `Women’s Health Alliance`, `St. Mary’s Medical Center`)."""
    return not _plural_owner_in_name(name, i, lexicon) and first_name_gender(name[i].text) is not None


def _after_sentence_end(source: str, toks: list[Token], lexicon: Lexicon) -> list[Token]:
    """`March. Kessler Group`, `Geneva. The Ministry of Health`: a full stop (abbreviations
    keep theirs) or a line break ends the sentence and any name before it, and the next
    sentence's opening function words are no part of the name after it."""
    end = next((i for i in range(len(toks) - 2, -1, -1)  # not the name's own last stop
                if toks[i].text == "." or "\n" in source[toks[i].end : toks[i + 1].start]), None)
    if end is None:
        return toks
    toks = toks[end + 1 :]
    while toks and _bare(toks[0].text) in lexicon.function_words and toks[0].lower not in lexicon.honorifics:
        toks = toks[1:]
    return toks


_THE_BEFORE = regex.compile(r"(?<![\p{L}’'\-])[Tt]he\s+$")
_NICKNAME_IN_NAME = regex.compile(r"(?<!\s)\s+[\"“”][^\"“”]{1,30}[\"“”]\s+")


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


_LEADING_SKIP = frozenset("""
    and but or so yet then now still also meanwhile however instead indeed later earlier
    today yesterday separately finally first as
""".split())


def _verb_with_object(toks: list[Token], lexicon: Lexicon) -> int:
    """Where a phrase read up to a cue holds a verb of publishing and the document it put out
    (`the DNC issued a statement`, `his campaign sent out an email to supporters`): the verb's
    index (0 when the phrase opens with it, its subject before a comma), else -1. A participle
    after its noun is no such verb (`a report released by …`)."""
    for k in range(0, len(toks) - 2):
        if toks[k].lower not in _PUBLISHING_VERBS or k > 0 and toks[k - 1].lower in lexicon.determiners:
            continue
        after = k + 1 + (toks[k + 1].lower in _PARTICLES)
        if toks[after].lower in _OBJECT_DETERMINERS and any(
                t.lower in lexicon.thing_nouns or t.lower in _MESSAGES for t in toks[after + 1 : after + 5]):
            return k
    return -1


def _memory_verb(toks: list[Token]) -> int:
    """Where a phrase read up to a cue recounts someone (`Lee remembered Ortiz`, `who recalled the
    mayor`): the verb's index, its subject the source; else -1."""
    return next((k for k in range(len(toks) - 1) if toks[k].lower in MEMORY_VERBS
                 and (toks[k + 1].capitalised or toks[k + 1].lower in _OBJECT_DETERMINERS)), -1)


# Verbs by which a source puts a document out (`issued a statement`, `sent out an email`).
_PUBLISHING_VERBS = frozenset("issued released put sent posted published blasted fired circulated distributed".split())
_PARTICLES = frozenset("out off".split())
_MESSAGES = frozenset("message messages note notice".split())
_OBJECT_DETERMINERS = frozenset("a an the his her their its".split())
_CONTRACTED_RELATIVE = regex.compile(r"[Ww]ho[’'](?:ve|d|ll|s)")
_MAX_RESTRICTED = 6  # words before a restrictive relative clause in a subject: `Hawkins and others who …`


# A quantity short of all, read as one subject: `all but two`, `all but a handful`.
_ALL_BUT = regex.compile(rf"(?:all|none)\s+but\s+(?:a\s+(?:few|handful|dozen)|\d+|{_SMALL_NUMBERS})")


def analyse_phrase(source: str, toks: list[Token], lexicon: Lexicon = ENGLISH) -> Mention | None:
    """Read one comma-free phrase (ending before a verb) as a speaker mention, or None: the
    subject of a verb with an object, a pronoun, a name with the office, place or description
    around it, a name, else a noun phrase."""
    if _ALL_BUT.fullmatch(" ".join(t.lower for t in toks)):  # `all but two`, `none but a few`
        return Mention(Span(toks[0].start, toks[-1].end), Span(toks[0].start, toks[0].end), "nominal", toks[0].lower)
    toks = _strip_approximation(_trim_edges(toks))  # before `as` is skipped: `As many as 40 percent`
    while toks and toks[0].lower in _LEADING_SKIP:
        toks = toks[1:]
    toks = _strip_approximation(toks)
    if not toks:
        return None
    verb = _verb_with_object(toks, lexicon)
    if verb < 0:
        verb = _memory_verb(toks)
    if verb >= 0:  # `the DNC issued a statement`, `his campaign sent out an email`: the subject of the verb
        return analyse_phrase(source, toks[:verb], lexicon) if verb > 0 else None
    contact = _contact_name(source, toks, lexicon)
    if contact is not None:
        return contact  # `It was a deal Ortiz called …`: the name is the subject of the clause the noun opens
    last = toks[-1]
    if len(toks) > 2 and toks[0].lower in ("he", "she", "they", "i", "it") and toks[1].lower.endswith("s"):
        return None  # `He struggles with a task`: a clause of its own, no speaker
    if last.lower in lexicon.subject_pronouns and (len(toks) == 1 or toks[-2].lower not in lexicon.determiners):
        return Mention(Span(last.start, last.end), Span(last.start, last.end), "pronoun", last.lower)
    if len(toks) == 1 and (last.lower in lexicon.indefinite_pronouns or _count_after_partitive(source, last)):
        return Mention(Span(last.start, last.end), Span(last.start, last.end), "nominal", last.lower)
    if len(toks) == 2 and _counted_group(toks[0].text, last.text):
        return Mention(Span(toks[0].start, last.end), Span(last.start, last.end), "nominal", last.lower)  # `Few Americans`
    if len(toks) == 1 and _capitalised_function_surname(last) and surname_in_article(source, last.text, lexicon):
        return name_mention(source, toks, lexicon)  # `Will wrote`, in an article about George Will
    in_context = _name_in_context(source, toks, lexicon)
    if in_context is not None:
        return in_context
    return _name_or_noun_phrase(source, toks, lexicon)


def _name_in_context(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """A phrase read whole, before any name run in it: a party epithet, a name after its office,
    a name with its place or an adjunct after it."""
    epithet = _party_epithet(toks, lexicon)
    if epithet is not None:
        return epithet  # `the Ohio Republican`: a description, not a name
    office = _name_after_office(source, toks, lexicon) or _name_after_organisation_role(source, toks, lexicon) \
        or _name_after_organisation_title(source, toks, lexicon)
    if office is not None:
        return office  # `Secretary of State John Kerry`, `Vice President for news Dave Gorab`
    located = _name_of_place(source, toks, lexicon) or _name_before_adjunct(source, toks, lexicon)
    if located is not None:
        return located  # `Mr. Morgan of the Sierra Club`, `Sen. Ana Ortiz of Ohio`, `Ortiz in a statement`
    return None


def _name_or_noun_phrase(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """The name run ending the phrase (with the roles before it, or past an opening adverbial),
    else the noun phrase it makes."""
    last = toks[-1]
    start = name_run_before(toks, len(toks), lexicon)
    before = toks[:start]
    if 1 < start < len(toks) and toks[start - 1].lower == "and" and not possessive(last) \
            and not _LISTED_NAME_BEFORE.search(source, max(0, toks[0].start - _LIST_REACH), toks[0].start) \
            and (conjoined := _conjoined(source, toks, lexicon)) is not None:
        return conjoined  # `Ana Ortiz and Lee Chan both said`: the pair, not the second alone
    if start < len(toks) and not possessive(last) and _after_adverbial(source, toks, start, lexicon):
        return name_mention(source, toks[start:], lexicon)  # `At the convention Sen. Ana Ortiz said`, `On Tuesday Ortiz said`
    if start < len(toks) and not possessive(last) and any(t.lower in PERCEPTION_VERBS for t in before):
        return name_mention(source, toks[start:], lexicon)  # `the jury heard Lee say`: Lee speaks, undescribed
    if start < len(toks) and not possessive(last) and not any(t.lower in PREPOSITIONS for t in before):
        roles = tuple(t.lower for t in before if t.is_word and t.lower not in lexicon.determiners
                      and not possessive(t))
        mention = name_mention(source, toks[start:], lexicon, roles)
        if mention is not None:
            return _widened(mention, toks[0].start) if before and _describes(before, lexicon) else mention
    return _noun_phrase_mention(source, toks, lexicon)


# A name and a comma before a pair: the pair ends a longer list (`Hale, Ruiz and Moreno`),
# whose last two are not the subject alone.
_LISTED_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}’'.\-]*\s*,\s*$")
_LIST_REACH = 40


def _noun_phrase_mention(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """A phrase with no name heading it: conjoined mentions, the noun phrase a `who` clause
    restricts, else the noun phrase before its modifiers, unless a clause word shows a clause."""
    conjoined = _conjoined(source, toks, lexicon)
    if conjoined is not None:
        return conjoined  # `The State Department and the Department of Energy`
    relative = next((i for i, t in enumerate(toks) if i > 0 and t.lower == "who"), None)
    if relative is not None and (relative <= 5 and (toks[0].lower in lexicon.determiners or _QUANTITY.match(toks[0].lower))
                                 or relative <= 3 and toks[relative - 1].lower in lexicon.role_nouns):
        toks = toks[:relative]  # `27 percent of those who named a candidate`: the noun phrase before
    elif relative is not None and relative <= _MAX_RESTRICTED and relative + 1 < len(toks) and _opens_predicate(toks[relative + 1], lexicon) \
            and can_speak(restricted := analyse_phrase(source, toks[:relative], lexicon), lexicon) \
            and (relative > 1 or restricted.kind != "name"):  # not `Jupiter, Florida who were voting`
        return restricted  # `Democrats in Iowa who watched the debate said`: the phrase the clause restricts
    elif (whose := _restricting_whose(source, toks, lexicon)) is not None:
        return whose
    else:
        toks = toks[:_modified_noun_end(toks, lexicon)]
    contact = _contact_clause_subject(source, toks, lexicon)
    if contact is not None:
        return contact
    coordinated_role = toks[-1].lower in lexicon.role_nouns or toks[-1].lower == "others"  # `City Hall and police spokesmen`, `Ortiz and others`
    if any(t.lower in CLAUSE_WORDS and not (coordinated_role and t.lower in ("and", "or"))
           and not (i == 0 and t.lower == "that") for i, t in enumerate(toks)):
        return None  # but `that person`: a determiner
    return _nominal(source, toks, lexicon)


_AGED = regex.compile(r"\d+-year-old")


def _restricting_whose(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """`State officials whose laws were struck down say`: a `whose` clause with a verb of its own
    restricts the phrase before it, which is the subject; not `the mayor whose aides say`, where
    the verb is the clause's."""
    at = next((i for i, t in enumerate(toks) if 0 < i <= _MAX_RESTRICTED and t.lower == "whose"), None)
    if at is None or not any(_verb_form(t) for t in toks[at + 2 :]):
        return None
    restricted = analyse_phrase(source, toks[:at], lexicon)
    return restricted if can_speak(restricted, lexicon) else None


def _contact_clause_subject(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """The subject of a relative clause with no pronoun, right before the verb: `a trend the
    foundation says will last`, `backed a plan officials say will cost …`. A determiner right
    after a noun, or a plural role after the object of a verb, opens the clause's own subject;
    a compound (`state officials`) or a phrase after a preposition (`the head of the agency`) does not."""
    at = next((i for i in range(len(toks) - 1, max(1, len(toks) - 5), -1) if toks[i].lower in _CONTACT_DETERMINERS), None)
    if at is not None and _determined_noun_before(toks, at, lexicon) and toks[at - 1].lower not in _ADVERBIAL_HEADS:
        inner = analyse_phrase(source, toks[at:], lexicon)
        return inner if can_speak(inner, lexicon) else None
    last = toks[-1]
    if len(toks) >= 4 and _plural_role(last, lexicon) and _determined_noun_before(toks, len(toks) - 1, lexicon) \
            and any(_verb_form(t) and toks[k + 1].lower in _CONTACT_DETERMINERS for k, t in enumerate(toks[:-3])):
        return Mention(Span(last.start, last.end), Span(last.start, last.end), "nominal", last.lower)
    return None


def _contact_name(source: str, toks: list[Token], lexicon: Lexicon, appositive: bool = False) -> Mention | None:
    """`It was a deal Ortiz`, `They cited the amendment Ana Ruiz`: a name right after the object
    of a verb, a noun its determiner opens, is the subject of a relative clause with no pronoun;
    not a name the noun describes (`the senator Ana Ortiz`), nor one after a preposition (`by the
    website Politico`) or opening the phrase (`an angry Ortiz`). With ``appositive`` the noun may
    also follow a comma (`the death of an aide, an incident Ortiz`)."""
    start = name_run_before(toks, len(toks), lexicon)
    if not 3 <= start < len(toks) or possessive(toks[-1]) or not _determined_noun_before(toks, start, lexicon):
        return None
    noun = toks[start - 1]
    opener = start - 2 if toks[start - 2].lower in _CONTACT_DETERMINERS else start - 3
    verb = toks[opener - 1] if opener > 0 else None
    if appositive and verb is not None and verb.text == ",":
        return name_mention(source, toks[start:], lexicon) if _plain_noun(noun, lexicon) else None
    if verb is None or not verb.is_word or verb.capitalised or verb.lower in PREPOSITIONS \
            or verb.lower in lexicon.function_words and verb.lower not in _FINITE_WORDS \
            or noun.lower in lexicon.role_nouns or noun.lower in lexicon.titles or noun.lower in lexicon.party_nouns:
        return None
    return name_mention(source, toks[start:], lexicon)


def contact_clause_name(source: str, lo: int, hi: int, lexicon: Lexicon = ENGLISH) -> tuple[Mention, Span] | None:
    """The last name between ``lo`` and ``hi`` that is the subject of a relative clause with no
    pronoun (`It was an incident Varley brought up as …`), with the verb after it."""
    toks = tokens(source, lo, hi, lexicon)
    for end in range(len(toks) - 1, 2, -1):
        verb = toks[end]
        if (verb.lower.endswith("ed") or verb.lower in lexicon.speech_verbs or verb.lower in _IRREGULAR_PASTS) \
                and not verb.capitalised and is_name_token(toks[end - 1], lexicon):
            mention = _contact_name(source, toks[:end], lexicon, appositive=True)
            if mention is not None:
                return mention, Span(verb.start, verb.end)
    return None


# Past forms, beside speech verbs, that a relative clause's subject may do a quoted thing with
# (`the incident Varley brought up as`); any word after a name may be a noun it modifies.
_IRREGULAR_PASTS = frozenset("brought made gave put took set kept held meant left got coined".split())


def _determined_noun_before(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the words before ``toks[i]`` end a noun phrase its determiner opens, one or two
    plain words after it (`a plan`, `the new plan`, `the only plan`), not a verb's object (`is discrediting`)."""
    for k in (i - 2, i - 3):
        if k >= 0 and toks[k].lower in lexicon.determiners and _plain_noun(toks[i - 1], lexicon) \
                and all(_plain_noun(t, lexicon) or t.lower in _LIMITING_WORDS for t in toks[k + 1 : i - 1]):
            return True
    return False


# Words that narrow a noun without being plain nouns or adjectives themselves: `the only rule`.
_LIMITING_WORDS = frozenset("only same very".split())


_CONTACT_DETERMINERS = frozenset("the a an".split())
# Nouns whose clause tells how or when, not what was said: `in the way the city responds`.
_ADVERBIAL_HEADS = frozenset("way ways time times day days moment reason place week year".split())


def _plural_role(tok: Token, lexicon: Lexicon) -> bool:
    return tok.lower in lexicon.role_nouns and tok.lower not in lexicon.thing_nouns \
        and (tok.lower in lexicon.group_nouns or tok.lower.endswith("s"))


def _plain_noun(tok: Token, lexicon: Lexicon) -> bool:
    """A word in lower case that can end a noun phrase: no function word, verb or adverb."""
    return tok.is_word and not tok.capitalised and not _verb_form(tok) and tok.lower not in lexicon.function_words \
        and tok.lower not in PREPOSITIONS and tok.lower not in lexicon.determiners and not tok.lower.endswith("ly") \
        and not possessive(tok)


def _conjunct(mention: Mention | None, toks: list[Token], lexicon: Lexicon) -> bool:
    """One side of `and` that names a speaker of its own: a name, a pronoun, or a role with a
    determiner or in the plural, its words after the head no more than a phrase of place or
    affiliation (not `president and CEO`, not `activists joined in`)."""
    if not can_speak(mention, lexicon) or mention.span.end != toks[-1].end:
        return False
    if mention.kind == "nominal" and toks[0].lower not in lexicon.determiners and not mention.head.endswith("s"):
        return False
    after = [t for t in toks if t.start >= mention.head_span.end]
    return not after or after[0].lower in _CONJUNCT_PHRASES and not any(
        t.lower.endswith("ed") or t.lower in CLAUSE_WORDS for t in after)


_CONJUNCT_PHRASES = frozenset({"of", "at", "from", "in", "for"})  # `rivals for the nomination`


def _widened(mention: Mention, start: int) -> Mention:
    """The same mention, its span opening at ``start`` (`former Gov. Ana Ortiz`, `Ortiz and the mayor`)."""
    return replace(mention, span=Span(start, mention.span.end))


def _conjoined(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """Two who can speak joined by `and` (`the mayor and the Department of Energy`, `Ortiz and
    rivals for the nomination`): one mention, headed by the second, as a plain pair is."""
    joins = [i for i, t in enumerate(toks) if t.lower == "and"]
    if len(joins) != 1 or not 0 < joins[0] < len(toks) - 1:
        return None
    first = analyse_phrase(source, toks[: joins[0]], lexicon)
    second = analyse_phrase(source, toks[joins[0] + 1 :], lexicon)
    if not (_conjunct(first, toks[: joins[0]], lexicon) and _conjunct(second, toks[joins[0] + 1 :], lexicon)):
        return None
    return _widened(second, toks[0].start)


def names_a_pair(source: str, mention: Mention, lexicon: Lexicon = ENGLISH) -> bool:
    """Whether a name mention covers two speakers joined by `and` (`Ana Ortiz and Lee Chan`),
    so that it stands for both, not for the second name alone."""
    if mention.kind != "name" or " and " not in source[mention.span.start : mention.head_span.start]:
        return False
    toks = tokens(source, mention.span.start, mention.span.end, lexicon)
    pair = _conjoined(source, toks, lexicon)
    return pair is not None and pair.span == mention.span


def _party_epithet(toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """`the Ohio Republican`, `a Democrat`, `the Swede`: someone described by state, party or
    nationality, which capitals would otherwise make a name."""
    if len(toks) < 2 or toks[0].lower not in ("the", "a", "an") \
            or toks[-1].lower not in lexicon.party_nouns and toks[-1].lower not in lexicon.demonyms \
            or not all(t.capitalised or t.is_word and t.lower not in lexicon.function_words for t in toks[1:-1]):
        return None  # but `a senior Tory`, `the young Swede`
    last = toks[-1]
    return Mention(Span(toks[0].start, last.end), Span(last.start, last.end), "nominal", last.lower)


def _after_adverbial(source: str, toks: list[Token], start: int, lexicon: Lexicon) -> bool:
    """A name after an adverbial phrase with no comma, not the object of a preposition or a
    noun it modifies (`for Sen. Ortiz`, `the Sen. Ortiz`): a titled name after any such phrase
    (`Saturday at the convention Sen. Ana Ortiz`), a plain one after a phrase that opens the
    sentence with its preposition (`At one point Ortiz`, `On Tuesday Ortiz`), as nothing else
    tells a plain name from the end of the phrase."""
    if start == 0:
        return False
    word = toks[start - 1]
    if not word.is_word or word.lower in PREPOSITIONS or word.lower in lexicon.determiners or possessive(word):
        return False
    titled = _bare(toks[start].text) in lexicon.titles or toks[start].lower in lexicon.honorifics
    if titled and start + 1 < len(toks):
        return not word.capitalised and word.lower not in lexicon.role_nouns \
            and any(t.lower in PREPOSITIONS for t in toks[:start - 1])
    return start > 1 and (not word.capitalised or word.lower in WEEKDAYS) and toks[0].text[0].isupper() \
        and toks[0].lower in PREPOSITIONS and sentence_initial(source, toks[0].start) \
        and not any(t.lower in CLAUSE_WORDS or t.lower in lexicon.auxiliaries for t in toks[1:start]) \
        and not _COMMA_AFTER.match(source, toks[-1].end) \
        and not (start == 3 and toks[1].lower == "the" and word.lower in _WHEN_NOUNS)


_COMMA_AFTER = regex.compile(r"\s{0,3},")  # `In nearby Decatur, the plant …`: the name ends the phrase
# `At the moment Ortiz announced her run, …`: a clause of when, whose subject is no speaker's.
_WHEN_NOUNS = frozenset("moment time day night minute hour instant".split())


def _modified_noun_end(toks: list[Token], lexicon: Lexicon) -> int:
    """Where a plural or role noun's modifying clause starts: `officials who spoke with the
    paper`, `groups that have endorsed him`, `activists clamoring to block him`; the whole
    phrase when there is none. `the people that Ortiz` (the clause's own subject follows)
    is no such clause."""
    for i in range(1, min(len(toks) - 1, _MAX_MODIFIED_NOUN + 1)):
        word = toks[i].lower
        relative = word in ("who", "that")
        if not (relative or word.endswith("ing") and len(word) > 5 and not toks[i].capitalised):
            continue
        after = toks[i + 1]
        if relative and (after.capitalised or not after.is_word or after.lower in lexicon.determiners
                         or after.lower in lexicon.subject_pronouns):
            return len(toks)
        return i if _noun_like(toks[i - 1], lexicon) else len(toks)
    return len(toks)


_MAX_MODIFIED_NOUN = 6


def _noun_like(tok: Token, lexicon: Lexicon) -> bool:
    bare = _bare(tok.text)
    plural = len(bare) > 3 and bare.endswith("s") and not bare.endswith("ss") and tok.text.islower()
    return bare in lexicon.role_nouns or plural


# Approximations before a quantity: `as many as 40 percent`, `nearly eight in 10`.
_APPROXIMATIONS = (("as", "many", "as"), ("as", "much", "as"), ("more", "than"), ("fewer", "than"),
                   ("less", "than"), ("at", "least"), ("nearly",), ("about",), ("almost",), ("roughly",),
                   ("just", "over"), ("just", "under"), ("just", "shy", "of"), ("shy", "of"), ("only",), ("just",), ("over",), ("some",), ("around",),
                   ("approximately",), ("all", "but"))


_APPROXIMATION_STARTS = frozenset(words[0] for words in _APPROXIMATIONS)


# Small words inside the name of a place or an organisation.
_SMALL_NAME_WORDS = frozenset("the and for of on in at de".split())


def _name_after_office(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """A title with its office after `of` or `for`, then the name: `Secretary of State John
    Kerry`, `Vice President for news and talk Dave Gorab`. The name starts at a given name,
    so the office's own capitals (`State`, `Communications`) stay out of it. A role in lower
    case is such a title only with an office of lower-case words (`director of communications
    Ana Ortiz`); right before a name it speaks for that one (`a spokeswoman for Ana Ortiz`)."""
    of = next((i for i in range(1, len(toks) - 1) if toks[i].lower in ("of", "for")
               and (toks[i - 1].capitalised and _bare(toks[i - 1].text) in lexicon.titles
                    or toks[i - 1].lower in lexicon.role_nouns)), None)
    if of is None or not all(t.capitalised or t.lower in _OFFICE_MODIFIERS or t.lower in lexicon.role_nouns
                             for t in toks[:of] if t.is_word):
        return None  # `president and CEO of …`: a description, not a title
    start = next((i for i in range(of + 1, len(toks) - 1) if first_name_gender(toks[i].lower) is not None), None)
    if start is None or name_run_before(toks, len(toks), lexicon) > start or possessive(toks[-1]):
        return None
    if start == of + 1:
        return None  # `a spokeswoman for Ana Ortiz`, `Lawyers for Ana Ortiz` speak for her
    if not toks[of - 1].capitalised and not all(
            t.is_word and not t.capitalised and t.lower not in lexicon.determiners for t in toks[of + 1 : start]):
        return None  # `director of communications Ana Ortiz`, not `director of the Acme Ana Ortiz`
    named = name_mention(source, toks[start:], lexicon)
    if named is None:
        return None
    titles = tuple(t.text for t in toks[:start] if t.is_word)
    return Mention(Span(toks[0].start, named.span.end), named.head_span, "name", named.head, titles, named.roles)


_OFFICE_MODIFIERS = frozenset("former then acting interim outgoing incoming the a".split())


def _name_after_organisation_role(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """An organisation's name with a small word in it, a role in lower case, then the name:
    `Voters for Parks president Lee Chan`, `Friends of the Park director Ana Ruiz`. The
    role word ends the organisation's name and opens the person's, so the small word does
    not end the name run (`said Ortiz for the city` still does)."""
    start = name_run_before(toks, len(toks), lexicon)
    if not 3 <= start < len(toks) or possessive(toks[-1]):
        return None
    role, organisation = toks[start - 1], toks[: start - 1]
    if organisation[0].lower == "the":
        organisation = organisation[1:]
    if role.capitalised or role.lower not in lexicon.role_nouns or role.lower in lexicon.thing_nouns \
            or not _organisation_with_small_word(organisation):
        return None
    named = name_mention(source, toks[start:], lexicon, (role.lower,))
    return _widened(named, toks[0].start) if named is not None else None


def _name_after_organisation_title(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """An organisation's name with a small word in it, then a title in capitals and a given
    name: `Bank of England Governor Andrew Bailey`, `University of Maine President Ana Ortiz`.
    The small word would end the name run; the title and the given name show where the
    person's name opens."""
    title = next((i for i in range(len(toks) - 3, 2, -1) if _bare(toks[i].text) in lexicon.titles
                  and toks[i].capitalised and first_name_gender(toks[i + 1].text) is not None), None)
    if title is None or possessive(toks[-1]) or not all(t.capitalised for t in toks[title:]):
        return None
    organisation = toks[1:title] if toks[0].lower == "the" else toks[:title]
    if not _organisation_with_small_word(organisation):
        return None
    named = name_mention(source, toks[title:], lexicon)
    return _widened(named, toks[0].start) if named is not None else None


def _organisation_with_small_word(toks: list[Token]) -> bool:
    """`Friends of the Park`, `Bank of England`: three words or more in capitals, with a small
    word inside."""
    return len(toks) >= 3 and toks[0].capitalised and toks[-1].capitalised \
        and all(t.capitalised or t.lower in _SMALL_NAME_WORDS for t in toks) \
        and any(t.lower in _SMALL_NAME_WORDS for t in toks)


def name_closing(source: str, lo: int, hi: int, lexicon: Lexicon = ENGLISH) -> Mention | None:
    """The name that closes the text, with the role words right before it, unless a
    preposition governs it: `… does not surprise Republican pollster Ana Ortiz`, not `… a
    letter from Ana Ortiz`."""
    toks = tokens(source, max(lo, hi - _SUBJECT_WINDOW), hi, lexicon)
    start = name_run_before(toks, len(toks), lexicon)
    if start >= len(toks) or possessive(toks[-1]):
        return None
    i = start
    while i > 0 and toks[i - 1].is_word and (toks[i - 1].capitalised or toks[i - 1].lower in lexicon.role_nouns):
        i -= 1  # `Republican pollster`
    if i > 0 and toks[i - 1].lower in PREPOSITIONS:
        return None
    named = name_mention(source, toks[start:], lexicon)
    return named if named is not None and len(named.head.split()) > 1 else None


def _name_of_place(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """A name followed by `of` and where the person is from: the name before `of`."""
    of = next((i for i, t in enumerate(toks) if t.lower == "of"), None)
    words = [t for t in toks[of + 1 :] if t.is_word] if of else []
    if of is None or of == 0 or not words or not words[-1].capitalised \
            or not all(t.capitalised or t.lower in _SMALL_NAME_WORDS for t in words):
        return None  # `Ana Ortiz of the Center for Budget Studies`, not `Ortiz of the city council`
    mention = _described_name(source, toks, of, lexicon)
    return mention if mention is not None and (len(mention.head.split()) > 1 or mention.titles) else None


def _described_name(source: str, toks: list[Token], end: int, lexicon: Lexicon) -> Mention | None:
    """The name ending before ``toks[end]``, alone or after plain words describing it
    (`former Gov. Ana Ortiz`, `veteran organizer Ana Ortiz`); the description widens the span."""
    start = name_run_before(toks, end, lexicon)
    before = toks[:start]
    if start == end or before and not _describes(before, lexicon) or any(
            t.capitalised or t.lower in PREPOSITIONS or t.lower in lexicon.determiners or possessive(t) for t in before):
        return None  # `Lawyers for Ana Ortiz of Ohio`; `the Florida Department of State`: an institution
    roles = tuple(t.lower for t in before if t.is_word)
    mention = name_mention(source, toks[start:end], lexicon, roles)
    return _widened(mention, toks[0].start) if mention is not None and before else mention


# Prepositions that open an adjunct between a subject and its verb: `Ortiz in a statement said`.
_ADJUNCT_PREPOSITIONS = frozenset("in at on during after before via through from".split())


def _name_before_adjunct(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """A name followed by an adjunct of place, time or medium: the name before it."""
    at = next((i for i, t in enumerate(toks) if t.text in _ADJUNCT_PREPOSITIONS), None)  # not `In` of a headline
    if not at or name_run_before(toks, at, lexicon) != 0 or any(t.lower in CLAUSE_WORDS for t in toks[at:]) \
            or at == 1 and not name_like(source, toks[0].text, toks[0].start, lexicon):
        return None  # `Lawyers in the case`: a capital only because it opens the sentence
    return name_mention(source, toks[:at], lexicon)


def _without_medium_adjunct(toks: list[Token], lexicon: Lexicon) -> list[Token]:
    """`the ministry in a statement (on Tuesday)`, `a spokeswoman at a news conference`: the
    speaker before an adjunct of what the words came out in or when; not `a source in the
    ministry`, `officials in charge`, whose adjunct says who they are, nor an adjunct of a
    participle (`results tallied through Wednesday`)."""
    for i in range(1, len(toks) - 1):
        if toks[i].text in _ADJUNCT_PREPOSITIONS and _medium_or_time(toks[i + 1 : i + 5], lexicon):
            return toks if toks[i - 1].lower.endswith("ed") else toks[:i]
    return toks


def _medium_or_time(toks: list[Token], lexicon: Lexicon) -> bool:
    if toks[0].lower in _TIME_WORDS:
        return True  # `on Tuesday`, `on Monday night`
    if toks[0].lower not in _OBJECT_DETERMINERS:
        return False
    head = next((t for t in toks[1:] if not t.is_word or t.lower in PREPOSITIONS or t.lower in lexicon.medium_nouns), None)
    return head is not None and head.lower in lexicon.medium_nouns


def _strip_approximation(toks: list[Token]) -> list[Token]:
    if not toks or toks[0].lower not in _APPROXIMATION_STARTS:
        return toks
    for words in _APPROXIMATIONS:
        n = len(words)
        if len(toks) > n and tuple(t.lower for t in toks[:n]) == words and _quantity_at(toks, n):
            return toks[n:]
    return toks


def _quantity_at(toks: list[Token], i: int) -> bool:
    """A quantity at ``i``: a number or word of quantity, or a part (`two-thirds`, `a third`)."""
    word = toks[i].lower
    return _QUANTITY.match(word) is not None or word in _COUNT_NOUNS \
        or word == "a" and i + 1 < len(toks) and toks[i + 1].lower in _COUNT_NOUNS


def _describes(words: list[Token], lexicon: Lexicon) -> bool:
    """Words before a name that may describe it: `the president's press secretary`."""
    return len(words) <= 6 and all(
        not t.is_word or t.lower in lexicon.determiners or t.lower not in CLAUSE_WORDS for t in words
    )


def _nominal(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """A description: `the press secretary`, `a source close to the campaign`, `officials`."""
    if len(toks) > _MAX_NOMINAL_TOKENS:
        return None
    end = len(toks)
    for i, tok in enumerate(toks):
        if i > 0 and (tok.lower in PREPOSITIONS
                      or (tok.lower in _POSTMODIFIERS or _participle(toks, i, lexicon))
                      and toks[i - 1].lower not in lexicon.determiners and toks[i - 1].is_word):  # not `a close aide`
            end = i  # `a source close to …`, `a report released by …`: the noun before the modifier heads it
            break
    if len(toks) == 3 and toks[1].lower == "in" and _QUANTITY.match(toks[0].lower) and _QUANTITY.match(toks[2].lower):
        whole = Span(toks[0].start, toks[2].end)
        return Mention(whole, whole, "nominal", toks[0].lower)  # `One in three` (of those polled)
    head = toks[end - 1]
    counted = _counted_noun(toks, end, lexicon) if _QUANTITY.match(head.lower) or head.lower in _COUNT_NOUNS else None
    if counted is not None:
        head = counted  # `one of the prosecutors for …`, `three-quarters of voters`: the noun counted
    elif (_QUANTITY.match(head.lower) or head.lower in _COUNT_NOUNS) \
            and toks[-1].is_word and toks[-1].lower not in lexicon.determiners:
        head = toks[-1]  # `eight in 10 voters`: the noun counted
    bare_head = _bare(head.text)
    if _AGED.fullmatch(bare_head):
        bare_head = "year-old"  # `the 28-year-old`: someone described by age
    if head.lower == "those" and end == 1 and len(toks) > 1:
        return Mention(Span(toks[0].start, toks[-1].end), Span(head.start, head.end), "nominal", "those")
    if not head.is_word or head.lower in lexicon.determiners \
            or head.capitalised and end == 1 and len(toks) > 1 and bare_head not in lexicon.role_nouns \
            and not _opening_evidence(toks, end, lexicon):
        return None  # `Ortiz in a statement`; but `Officials familiar with the matter`
    if bare_head in lexicon.function_words and bare_head not in lexicon.role_nouns:
        return None
    if toks[0].lower in PREPOSITIONS and not _modifying_preposition(toks):
        return None  # `By the time those primaries`
    if toks[0].capitalised and toks[0].lower not in lexicon.determiners and any(
        not toks[i].capitalised and (toks[i].lower.endswith("ed") or _adverb_in_ly(toks, i, lexicon)) for i in range(1, end)
    ):
        return None  # `Ortiz repeatedly criticized workers`: a clause, not a noun phrase
    determined = toks[0].lower in lexicon.determiners or possessive(toks[0]) or _QUANTITY.match(toks[0].lower) \
        or _name_possessor(toks, end)
    plural = len(bare_head) > 3 and bare_head.endswith("s") and not bare_head.endswith("ss") and head.text.islower() \
        or head.text in lexicon.press_mass_nouns or head.text in lexicon.mass_evidence_nouns \
        or _opening_evidence(toks, end, lexicon)  # `state media`, `new data`, `Figures …`, as a plural: `officials`
    if not (determined or plural or bare_head in lexicon.role_nouns):
        return None
    span = Span(toks[0].start, _without_medium_adjunct(toks, lexicon)[-1].end)
    return Mention(span, Span(head.start, head.end), "nominal", bare_head)


# Prepositions that also modify a noun as adjectives do: `Outside experts`, `Inside sources`.
_ADJECTIVAL_PREPOSITIONS = frozenset({"outside", "inside"})


def _modifying_preposition(toks: list[Token]) -> bool:
    """`Outside experts say`: a capitalised preposition right before a plural noun alone
    modifies it; not `Outside the court`, nor `In years past`."""
    return len(toks) == 2 and toks[0].capitalised and toks[0].lower in _ADJECTIVAL_PREPOSITIONS \
        and toks[1].text.islower() and len(toks[1].text) > 3 and toks[1].text.endswith("s") \
        and not toks[1].text.endswith("ss")


def _opening_evidence(toks: list[Token], end: int, lexicon: Lexicon) -> bool:
    """`Figures …`, `Data …`: evidence in the plural or a mass noun alone before ``end``, capitalised
    only as the first word of its sentence."""
    word = toks[0].lower
    return end == 1 and word in lexicon.evidence_nouns and (word.endswith("s") or word in lexicon.mass_evidence_nouns)


def _name_possessor(toks: list[Token], end: int) -> bool:
    """A name of more than one word in the possessive before the noun, which determines it as
    `Japan's` does: `South Korea's military`, `Sri Lanka's army`."""
    for i in range(1, min(end - 1, _MAX_NAME_TOKENS)):
        if not toks[i].capitalised:
            return False
        if possessive(toks[i]):
            return all(t.capitalised for t in toks[:i])
    return False


def _counted_noun(toks: list[Token], end: int, lexicon: Lexicon) -> Token | None:
    """The role noun of `of the …` after a quantity, before any further preposition."""
    if end >= len(toks) or toks[end].lower != "of":
        return None
    stop = next((i for i in range(end + 1, len(toks)) if toks[i].lower in PREPOSITIONS), len(toks))
    last = toks[stop - 1]
    return last if stop > end + 1 and _bare(last.text) in lexicon.role_nouns else None


def _trim_edges(toks: list[Token]) -> list[Token]:
    i, j = 0, len(toks)
    while i < j and not toks[i].is_word:
        i += 1
    while j > i and not toks[j - 1].is_word:
        j -= 1
    return toks[i:j]


def subject_before(source: str, lo: int, hi: int, lexicon: Lexicon = ENGLISH,
                   through_quotes: bool = False) -> Mention | None:
    """The speaker mention that ends right before ``hi`` (where a verb starts).

    Handles `Smith said`, `the president's Press Secretary Dmitry Peskov said`,
    `Dmitry Peskov, the Kremlin spokesman, said`, `Trump, who ..., said`, `officials said`,
    and the relative `who said` (the mention is `who`, its head the name before it).
    ``through_quotes``: quotation marks inside the clause (`Ortiz, who calls it a "sham," said`)
    do not break it.
    """
    participle, hi = _participle_end(source, lo, hi)
    infinitive = _GOVERNING_VERB.search(source, max(lo, hi - 40), hi) \
        if source[max(lo, hi - 40) : hi].rstrip().endswith("to") else None  # the search only where it can match
    if infinitive is not None:
        hi = infinitive.start()  # `Ortiz was prompted to say`, `Ortiz was quick to add`
    elif source[max(lo, hi - 4) : hi].rstrip().endswith("to"):
        controlled = _controlled_object(source, lo, hi, lexicon)
        if controlled is not None:
            return controlled
    insertion = _DASH_INSERTION.search(source, max(lo, hi - 240), hi) \
        if any(ch in "—–-" for ch in source[max(lo, hi - 3) : hi]) else None
    if insertion is not None and insertion.start() > lo:
        hi = insertion.start()  # `Many speakers — Muslims, Christians, Jews — said`
    quick = _pronoun_before(source, lo, hi, lexicon) or _name_before(source, lo, hi, lexicon)
    if quick is not None:
        return quick
    if _NO_SUBJECT_BEFORE.search(source, max(lo, hi - 16), hi):
        return None  # `and said`, `is said`, `to say`: no subject stands right before the verb
    parts = _subject_parts(source, lo, hi, lexicon, through_quotes)
    if not parts:
        return None
    last = _after_clause_break(_trim_edges(parts[-1]), lexicon, finite_cue=not participle)
    return _subject_in_parts(source, lo, hi, last, parts, lexicon)


# A state or the District as it follows a town (`Fresno, Calif.`, `Washington, D.C.`); not the
# postal codes, which are words too (`IN`, `OR`).
_STATE_FORMS = frozenset(form.rstrip(".") for state, forms in US_STATES.items()
                         for form in (state, *forms) if not form.isupper()) | {"D.C", "DC"}
_TOWN_BEFORE = regex.compile(r"(\p{Lu}[\p{L}’'.\-]*),[^\S\n]*$")
_TOWN_REACH = 40


def _state_after_town(source: str, mention: Mention, lexicon: Lexicon) -> bool:
    """`in Fresno, Calif., said`: a state name right after a capitalised word and a comma (not
    `Friday, Texas asked`)."""
    if mention.kind != "name" or mention.titles or mention.head.rstrip(".") not in _STATE_FORMS:
        return False
    town = _TOWN_BEFORE.search(source, max(0, mention.span.start - _TOWN_REACH), mention.span.start)
    return town is not None and _bare(town.group(1)) not in lexicon.function_words


def _participle_end(source: str, lo: int, hi: int) -> tuple[bool, int]:
    """Whether the verb at ``hi`` is a participle standing alone (`…, saying`), and where the
    verb starts: before its auxiliary in a progressive (`Ortiz is saying`)."""
    participle = match_near(_ING_FORM, source, hi) is not None
    if participle:
        progressive = _BE_BEFORE.search(source, max(lo, hi - 16), hi)
        if progressive is not None:
            hi, participle = progressive.start(), False  # `Ortiz is saying`, `has been saying`
    return participle, hi


def _subject_parts(source: str, lo: int, hi: int, lexicon: Lexicon, through_quotes: bool) -> list[list[Token]]:
    """The comma parts of the words before the verb, without parentheses, times and auxiliaries."""
    toks = tokens(source, max(lo, hi - _SUBJECT_WINDOW), hi)
    toks = _strip_auxiliaries(_strip_time(_strip_auxiliaries(_drop_parentheses(toks), lexicon)), lexicon)
    if toks and _CONTRACTED_RELATIVE.fullmatch(toks[-1].text):  # `superdelegates who've said`
        toks[-1] = Token(toks[-1].text[:3], toks[-1].start, toks[-1].start + 3)
    return _comma_parts(toks, _CLAUSE_BREAKS if through_quotes else _HARD_BREAKS)


# The partitive a comma part opens after: `Of the delegates, ` (before `two said`).
_PARTITIVE_BEFORE = regex.compile(r"(?<![\p{L}’'\-])[Oo]f\s+(?:the|those|these|its|their|our)\s+[^,;:.!?]{1,50},\s*$")
_NUMBER_WORD = regex.compile(_SMALL_NUMBERS + r"|a\s+few")


def _count_after_partitive(source: str, tok: Token) -> bool:
    """`Of the delegates, two said`: a number word alone after a partitive counts its people."""
    return _NUMBER_WORD.fullmatch(tok.lower) is not None \
        and _PARTITIVE_BEFORE.search(source, max(0, tok.start - 60), tok.start) is not None


def _subject_in_parts(source: str, lo: int, hi: int, last: list[Token], parts: list[list[Token]],
                      lexicon: Lexicon) -> Mention | None:
    """The subject read from the last comma part before the verb (``last``): a relative pronoun
    ending it, a subject inside it, the own subject of a relative clause it opens, else the
    phrase itself, or the first subject among the parts before it."""
    if _ends_with_relative(last, lexicon):
        return _relative(source, last[-1], last[:-1], lexicon)
    inside = _subject_inside(source, last, lexicon)
    if inside is not None:
        return inside
    last = _past_relative_lead(last, lexicon)
    if len(last) > 1 and last[0].lower in ("which", "that", "whom", "who", "where") and not _verb_form(last[1]):
        mention = analyse_phrase(source, last[1:], lexicon)
        if can_speak(mention, lexicon) or mention is not None and last[0].lower == "which" \
                and _plain_description(source, Span(last[1].start, last[-1].end), lexicon):
            return mention  # `the deal, which Ortiz had called`, `a rally, where the mayor said`: the clause's own subject
    if last and last[0].lower in _RELATIVE:
        if len(parts) > 1 and (last[0].lower == "who" or len(last) == 1 and last[0].lower == "which"):
            # `Beck, who has in the past described`, `the report, which notes`
            return _relative(source, last[0], parts[-2], lexicon)
        return _first_subject(source, parts[:-1], lexicon)
    return _plain_subject(source, lo, hi, last, parts, lexicon)


def _ends_with_relative(last: list[Token], lexicon: Lexicon) -> bool:
    """Whether a relative pronoun right before the verb speaks for the phrase before it."""
    if len(last) > 1 and (last[-1].lower == "who" or last[-1].lower == "which" and last[-2].capitalised):
        return True  # `the Dayton Police Department which reported`
    return len(last) > 2 and last[-1].lower == "that" and last[-2].is_word \
        and (last[-2].lower in lexicon.role_nouns or last[-2].lower in _DISPLAY_NOUNS)  # `a headline that said`, `a statement that read`


def _subject_inside(source: str, last: list[Token], lexicon: Lexicon) -> Mention | None:
    """`That person said` (a determiner, not a relative pronoun), and the own subject of a
    relative clause opened inside the phrase."""
    if len(last) > 1 and last[0].lower == "that":
        mention = analyse_phrase(source, last, lexicon)
        if mention is not None and mention.kind == "nominal" and mention.head in lexicon.role_nouns:
            return mention  # `That person said`: a determiner, not a relative pronoun
    inside = _relative_inside(source, last, lexicon)
    if inside is not None:
        return inside  # `a man who prosecutors say ran a "…" scheme`: the relative clause's own subject
    return None


def _past_relative_lead(last: list[Token], lexicon: Lexicon) -> list[Token]:
    """A relative clause's words from its pronoun: past a preposition before it, and past the
    noun a `which` determines."""
    if len(last) > 2 and last[0].lower in PREPOSITIONS and last[1].lower in ("which", "whom"):
        last = last[1:]  # `to which 21 percent said`: the relative clause's own subject follows
    if last and last[0].lower == "which" and _which_noun(last, 0, lexicon):
        last = last[2:]  # `at which point the crowd chanted`: `which` goes with its noun
    return last


def _plain_subject(source: str, lo: int, hi: int, last: list[Token], parts: list[list[Token]],
                   lexicon: Lexicon) -> Mention | None:
    """The subject of a reported clause, else the last part as a phrase, else the first subject
    among the parts before it."""
    reported = _reported_subject(source, last, lexicon, _MODAL_BEFORE.search(source, max(lo, hi - 12), hi) is not None)
    if reported is not None:
        return reported
    if last:
        mention = analyse_phrase(source, last, lexicon)
        if mention is None and len(parts) > 1 and (any(t.lower in _RELATIVE for t in last)
                                                   or _verb_with_object(last, lexicon) == 0
                                                   or _memory_verb(last) == 0):
            # `Nate Silver, the pollster who founded the site tweeted`: no closing comma;
            # `Ortiz, who spoke last week, issued a statement saying`: the verb's subject comes before
            return _first_subject(source, parts[:-1], lexicon)
        return mention
    return _first_subject(source, parts[:-1], lexicon) or _antecedent_of_insertion(source, parts, lexicon) \
        or _pronoun_before_aside(parts, lexicon)


def _pronoun_before_aside(parts: list[list[Token]], lexicon: Lexicon) -> Mention | None:
    """`… and he, once again, pledged`: a pronoun joined by `and` or `but` right before a short
    aside set off by commas is the verb's subject."""
    if len(parts) < 3 or not 0 < len(parts[-2]) <= _ASIDE_WORDS or len(parts[-3]) < 2:
        return None
    joined, pronoun = parts[-3][-2], parts[-3][-1]
    if joined.lower not in ("and", "but") or pronoun.lower not in lexicon.subject_pronouns:
        return None
    return Mention(Span(pronoun.start, pronoun.end), Span(pronoun.start, pronoun.end), "pronoun", pronoun.lower)


_ASIDE_WORDS = 3


def _antecedent_of_insertion(source: str, parts: list[list[Token]], lexicon: Lexicon) -> Mention | None:
    """`It was in 2013 that Ortiz, who ran the port, said`: a relative clause set off by commas
    right before the verb speaks for the name closing the part before it, when no part opens
    on a subject."""
    if len(parts) < 3 or not parts[-2] or parts[-2][0].lower not in ("who", "who's", "who’s") or not parts[-3]:
        return None
    return _relative(source, parts[-2][0], parts[-3], lexicon)


def _which_noun(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """`which point the crowd`: `which` at ``i`` determines a noun of time or case, and a
    subject follows it."""
    return i + 3 <= len(toks) and _WHICH_NOUN.fullmatch(toks[i + 1].text) is not None \
        and toks[i + 2].lower in lexicon.determiners


# Nouns that `which` determines in a relative opening: `at which point`, `by which time`, `in which case`.
_WHICH_NOUN = regex.compile(r"point|time|moment|stage|case")

# What shows words without being anyone: `a headline that said`, `a sign that read`.
_DISPLAY_NOUNS = frozenset("""
    headline headlines sign signs banner banners placard placards poster posters caption captions
    message messages note notes letter letters memo memos shirt shirts t-shirt t-shirts hat hats
    button buttons sticker stickers billboard billboards bottles mug mugs screen screens slogan
    tweet tweets post posts email emails text texts document documents ad ads flier fliers flyer flyers
""".split())


def _relative_inside(source: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    """The subject of a relative clause opened inside a phrase, right before the verb: the
    speaker of `a man who police said was …`, not the man."""
    for i in range(len(toks) - 2, 0, -1):
        if toks[i].lower in ("who", "whom", "which", "that") and not _verb_form(toks[i + 1]):
            if toks[i].lower == "which" and _which_noun(toks, i, lexicon):
                i += 1  # `in which case the mayor said`: `which` goes with its noun
            mention = analyse_phrase(source, toks[i + 1 :], lexicon)
            return mention if can_speak(mention, lexicon) or _share_of_people(mention) else None
    return None


def _share_of_people(mention: Mention | None) -> bool:
    """`21 percent`, `49%`, `one in four`, `half`: a share of those asked, read alone as a subject."""
    return mention is not None and mention.kind == "nominal" \
        and (mention.head in _COUNT_NOUNS or _QUANTITY.match(mention.head) is not None)


def _reported_subject(source: str, toks: list[Token], lexicon: Lexicon, modal: bool = False) -> Mention | None:
    """`Ortiz said critics claim …`: the subject of a clause someone reports, when it can
    speak; else the reporter when named (`Judge Lee said the plaintiffs failed to show …`,
    `Ortiz said the city would respond "…"`: a ``modal`` cue is no speech yet)."""
    cut = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].lower in _REPORTING_VERBS
                and (toks[i - 1].capitalised or toks[i - 1].lower in _PERSONAL)), None)
    if cut is None:
        return None
    inner = analyse_phrase(source, toks[cut + 1 :], lexicon)
    if inner is None:
        return None  # `he said when asked`: no subject of a reported clause
    if can_speak(inner, lexicon) and not modal:
        return inner
    outer = analyse_phrase(source, toks[:cut], lexicon)
    return outer if outer is not None and outer.kind == "name" else None


# REVERSE: a pattern anchored where its search window ends (`…$`) is matched from that end
# backwards: the same match, without the engine trying every start in the window.
_MODAL_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(?:would|will|could|should|might|may|must|can|to)(?:\s+not)?\s+$", regex.I | regex.REVERSE)
# Verbs whose reported clause may open with a subject of its own (`told` and `added` take objects).
_REPORTING_VERBS = frozenset("said says argued claimed insisted".split())
_PERSONAL = frozenset("he she they we i".split())


def _opens_predicate(tok: Token, lexicon: Lexicon) -> bool:
    """`who want to`, `who watched`: a word after a relative pronoun that is no subject of its own
    (`who police said`, `who the mayor named`)."""
    return tok.is_word and not tok.capitalised and tok.lower not in lexicon.determiners \
        and tok.lower not in lexicon.subject_pronouns and tok.lower not in lexicon.role_nouns \
        and tok.lower not in lexicon.group_nouns


def _verb_form(tok: Token) -> bool:
    """`included`, `has`: a relative pronoun before it is the clause's subject."""
    return not tok.capitalised and (tok.lower.endswith("ed") or tok.lower in _FINITE_WORDS)


# Words that open a new clause within a comma part: `… the regime after Trump said`.
_SUBORDINATORS = frozenset("after when while because since before until although though whereas once what than".split())
_FINITE_WORDS = frozenset("is was are were has had have did does do will would could can".split())
_NEGATED = ("n't", "n’t")  # `doesn't`, `won’t`


def _after_clause_break(toks: list[Token], lexicon: Lexicon, finite_cue: bool = True) -> list[Token]:
    """The words after the last clause opener of a comma part: a subordinator, or `and` and
    `but` once a finite verb came before them (`he was copied on it and Gates said`, `half said
    yes and one in four said`, `it doesn't work and most said`), or an
    `as` opening a clause before a finite cue (`Ortiz circled the boat as her aides jeered`)."""
    finite = reported = False
    cut = 0
    for i, tok in enumerate(toks[:-1]):
        if tok.lower in _FINITE_WORDS or tok.lower.endswith(_NEGATED) or tok.lower.endswith("ed") and i > 0:
            finite = True
        elif tok.lower in ("said", "told"):
            reported = True  # `Ryan said the shootings and protests demand`: only a share after `and` opens a clause
        elif tok.lower in _SUBORDINATORS or tok.lower in ("and", "but") and (
                finite or _name_after_clause(toks, i) or reported and quantity_word(toks[i + 1].lower)) \
                or tok.lower == "that" and finite or finite_cue and _opens_as_clause(toks, i, lexicon):
            cut = i + 1  # `it was so odd that a spokesman quipped`: the clause after `that`
    return toks[cut:] if cut else toks


def _opens_as_clause(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """`as` before a subject of its own (`as the crowd chanted`), not the `as` of a role or an
    example (`listed as one of`, `such as his claim`, `known as independents`)."""
    if toks[i].lower != "as" or i == 0:
        return False
    before, after = toks[i - 1], toks[i + 1]
    if before.lower in _AS_COMPARISONS or before.lower in _ROLE_VERBS or not before.is_word:
        return False
    return after.lower in _CLAUSE_DETERMINERS or after.lower in lexicon.subject_pronouns or after.capitalised


# Words before an `as` that compares or gives an example: `such as`, `as well as`, `the same as`.
_AS_COMPARISONS = frozenset("such well same so as".split())
# Verbs whose `as` gives a role: `described as her friends`, `served as the mayor`.
_ROLE_VERBS = frozenset("""
    described known listed seen regarded identified billed labeled labelled branded viewed characterized
    portrayed cast named elected chosen served serves serving ranked rated classified dubbed
""".split())
# Determiners that open a definite subject (`as the crowd chanted`, `as his aides jeered`).
_CLAUSE_DETERMINERS = frozenset("the this that these those his her their its our my your".split())


def _name_after_clause(toks: list[Token], conjunction: int) -> bool:
    """`… under the program and Ortiz`: a name after `and` joined to words that are no name."""
    return all(t.capitalised for t in toks[conjunction + 1 :]) and any(
        t.is_word and not t.capitalised for t in toks[:conjunction]
    )


@lru_cache(maxsize=8)
def _pronoun_pattern(lexicon: Lexicon) -> regex.Pattern:
    pronouns = "|".join(sorted(lexicon.subject_pronouns))
    aux = "|".join(sorted(regex.escape(a) for a in lexicon.auxiliaries))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}’'\-.])(?P<word>{pronouns})(?:['’](?:d|ll|ve|re|m|(?P<has>s)))?"  # `I'd say`, `they’ll say`
        rf"(?:\s+(?:{aux}|\p{{Ll}}+ly))*\s*$", regex.I
    )


def _pronoun_before(source: str, lo: int, hi: int, lexicon: Lexicon) -> Mention | None:
    """The common case made cheap: a pronoun right before the verb (`he said`, `she has said`)."""
    start = max(lo, hi - 48)
    match = _pronoun_pattern(lexicon).search(source[start:hi])
    if match is None or source[start + match.start("word")].isupper() and match.group("word") not in ("I", "He", "She", "They", "It", "We", "You"):
        return None
    if match.group("has") and (match.group("word").lower() == "it" or _PASSIVE_AFTER_HAS.match(source, hi)):
        return None  # `he's said`, but `it's said that …`, `he's said to be furious`, `he's been investigated`
    before = _WORD_BEFORE_PRONOUN.search(source, max(lo, start + match.start() - 24), start + match.start())
    if before is not None and before.group(1).lower() in lexicon.determiners:
        return None
    s, e = start + match.start("word"), start + match.end("word")
    return Mention(Span(s, e), Span(s, e), "pronoun", source[s:e].lower())


_WORD_BEFORE_PRONOUN = regex.compile(r"([\p{L}’'\-]+)\s+$", regex.REVERSE)
_PASSIVE_AFTER_HAS = regex.compile(r"\s*(?:\p{L}+\s+to\s|been\s+(?!\p{L}+ing\b))")
_NO_SUBJECT_BEFORE = regex.compile(
    r"(?<![\p{L}’'\-])(?:and|or|but|to|is|was|are|were|be|been|being|as|than|if|because|not)\s+$", regex.I | regex.REVERSE
)
_ING_FORM = regex.compile(r"\p{L}+ing\b")
# The verb an infinitive cue hangs on: `was prompted to say`, `was quick to add`, `tried to explain`.
_GOVERNING_VERB = regex.compile(
    r"(?<![\p{L}’'\-])(?:(?:was|were|is|are|been)\s+)?(?:(?:\p{Ll}+ly|far|much)\s+)?(?:(?:more|less|most|least)\s+)?"
    r"(?:\p{Ll}+ed|quick|eager|ready|able|likely|unlikely|willing|unwilling|reluctant|went\s+on)\s+to\s+$",
    regex.REVERSE,
)


@lru_cache(maxsize=8)
def _control_pattern(lexicon: Lexicon) -> regex.Pattern:
    verbs = "|".join(sorted(lexicon.control_verbs))
    return regex.compile(
        rf"(?<![\p{{L}}’'\-])(?:{verbs})\s+(?P<object>[^\s,;:!?\"“”()]+(?:\s+[^\s,;:!?\"“”()]+){{0,5}}?)\s+to\s+$",
        regex.I,
    )


def _controlled_object(source: str, lo: int, hi: int, lexicon: Lexicon) -> Mention | None:
    """`the win led her to declare`, `the vote prompted Ana Ruiz to say`: the object of a verb
    of causing speaks in the infinitive after it, not the sentence's subject."""
    start = max(lo, hi - 80)
    match = _control_pattern(lexicon).search(source, start, hi)
    if match is None:
        return None
    s, e = match.span("object")
    pronoun = _SUBJECT_FORMS.get(source[s:e].lower())
    if pronoun is not None:
        return Mention(Span(s, e), Span(s, e), "pronoun", pronoun)  # `led her to`: read as `she`
    mention = analyse_phrase(source, tokens(source, s, e, lexicon), lexicon)
    return mention if can_speak(mention, lexicon) else None


_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}


_DASH_INSERTION = regex.compile(r"\s*(?:—|–|--|(?<=\s)-(?=\s))[^—–]{1,200}(?:—|–|--|(?<=\s)-)\s*$")
# `be` before a progressive cue, or a verb of beginning or going on: `Ortiz is saying`, `the crowd began chanting`.
_BE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}’'\-])(?:is|was|are|were|be|been|(?:began|begun|begin|begins|started|starts|start|kept|keeps|keep|"
    r"continued|continues|continue))|(?<=\p{L})[’'](?:s|re))\s+$",
    regex.I | regex.REVERSE,
)


@lru_cache(maxsize=8)
def _name_pattern(lexicon: Lexicon) -> regex.Pattern:
    aux = "|".join(sorted(regex.escape(a) for a in lexicon.auxiliaries))
    return regex.compile(
        # not `Malley` of `O’Malley`, nor `Association` of `Growers’ Association`
        r"(?:^|(?<=[,;:(\"“”‘’—–]\s{0,3})(?<!\p{L}[sS]’\s{1,3}))(?<![\p{L}][’'])"
        r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev)\.\s+)?"
        r"\p{Lu}[\p{Ll}\p{M}’'\-]*\p{Ll}(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}’'\-]*\p{L})){0,3})"
        rf"(?:\s+(?:{aux}|\p{{Ll}}+ly))*\s*$"
    )


# A name before a nickname, right before the name's last part: `Marcia "Cia" `.
_NICKNAME_BEFORE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.’'\-]*\s+[\"“”]\p{Lu}[\p{L}\p{M}.’'\-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'\-]*){0,2}[\"“”]\s+$"
)


def _name_before(source: str, lo: int, hi: int, lexicon: Lexicon) -> Mention | None:
    """The common case made cheap: a plain name opening its clause right before the verb
    (`Ortiz said`, `, Ana Ortiz told`); anything less plain goes the long way."""
    start = max(lo, hi - 64)
    window = source[start:hi]
    match = _name_pattern(lexicon).search(window)
    if match is None or match.start("name") == 0 and start != lo:
        return None
    if window[match.start("name") - 2 : match.start("name") - 1] in _DOUBLE_MARKS \
            and _NICKNAME_BEFORE.search(source, max(lo, start + match.start("name") - 40), start + match.start("name")):
        return None  # `Marcia "Cia" Price said`: the name runs on before its nickname
    words = match.group("name").split()
    if any(bare_word(w) in lexicon.function_words and w.lower() not in lexicon.honorifics for w in words) \
            or any(w.endswith(("’s", "'s", "’", "'")) for w in words) \
            or len(words) == 1 and words[0].lower() in lexicon.indefinite_pronouns \
            or len(words) == 2 and _counted_group(words[0], words[1]):
        return None  # `Another said`, `Few said`, `Few Americans said`: no name, a group
    toks = tokens(source, start + match.start("name"), start + match.end("name"), lexicon)
    return name_mention(source, toks, lexicon)


def _counted_group(quantity: str, word: str) -> bool:
    """`Few Americans`, `Most Democrats`: a quantity before a plural describes unnamed people."""
    return quantity.lower() in GROUP_QUANTITIES and len(word) > 3 and word.endswith("s") \
        and not word.endswith(("ss", "’s", "'s"))



def _first_subject(source: str, parts: list[list[Token]], lexicon: Lexicon) -> Mention | None:
    """`X, apposition, ..., said`: the first name among the parts, else the first description."""
    nominal: Mention | None = None
    parts = parts[-6:]
    # `Lee signed the order, while Ortiz, the governor, proposed`: a clause opened before a name
    # in a later part is the verb's, not the one before it
    opened = max((i for i, part in enumerate(parts)
                  if i > 0 and _opens_with_named_clause(source, _trim_edges(part), lexicon)), default=0)
    for part in parts[opened:]:
        part = _trim_edges(part)
        if not part or _bare(part[0].text) in _RELATIVE or part[0].text.isdigit():
            continue
        mention = analyse_phrase(source, part, lexicon)
        if mention is None or mention.kind == "nominal":
            mention = _name_after_subordinator(source, part, lexicon) or mention
        if mention is None:
            continue
        if mention.kind == "name":
            return mention
        if mention.kind == "nominal" and nominal is None:
            nominal = mention
    return nominal


def _opens_with_named_clause(source: str, part: list[Token], lexicon: Lexicon) -> bool:
    """`while Mike Oster`: a part that is a subordinator and a name, opening a clause of its own."""
    return len(part) > 1 and part[0].lower in _SUBORDINATORS \
        and _name_after_subordinator(source, part, lexicon) is not None


def _name_after_subordinator(source: str, part: list[Token], lexicon: Lexicon) -> Mention | None:
    """`… came up after Mr. Ortiz, asked about it, said`: a name opening the clause that ends a part."""
    opener = max((i for i, tok in enumerate(part[:-1]) if tok.lower in _SUBORDINATORS), default=None)
    clause = part[opener + 1 :] if opener is not None else []
    if not clause or not all(is_name_token(tok, lexicon) for tok in clause):
        return None
    mention = analyse_phrase(source, clause, lexicon)
    return mention if mention is not None and mention.kind == "name" else None


_AFFILIATIONS = frozenset({"of", "at", "from"})


def _relative(source: str, who: Token, antecedent: list[Token], lexicon: Lexicon) -> Mention | None:
    antecedent = _without_trailing_adjunct(_trim_edges(antecedent), lexicon)
    last_article = max((i for i, t in enumerate(antecedent) if t.lower in ("the", "a", "an")), default=None)
    # `a reversal for the Wisconsin Republican, who …`: a description, whose capitals make no name
    named = _party_epithet(antecedent[last_article:], lexicon) if last_article is not None else None
    start, end = name_run_before(antecedent, len(antecedent), lexicon), len(antecedent)
    if start >= 3 and antecedent[start - 1].lower in _AFFILIATIONS and who.lower == "who":
        before = name_run_before(antecedent, start - 1, lexicon)
        if before < start - 2:
            start, end = before, start - 1  # `Mira Kesh of Tide Watch, who …`: the person, not where she works
    if named is None and start < end:
        named = name_mention(source, antecedent[start:end], lexicon)
    if named is None:
        # `the question came from a young child, who said`: the noun phrase closing the clause
        last_det = max((i for i, t in enumerate(antecedent) if t.lower in lexicon.determiners), default=None)
        if last_det is not None:
            named = _nominal(source, antecedent[last_det:], lexicon)
    if named is None and (count := _last_quantity(antecedent)) is not None:
        named = analyse_phrase(source, antecedent[count:], lexicon)  # `compared with 23 percent who said`
    named = named or analyse_phrase(source, antecedent, lexicon)
    if named is None and antecedent and not antecedent[-1].capitalised:
        named = _nominal(source, antecedent[-1:], lexicon)  # `Ortiz rebuked critics who`: a bare plural object
    if named is None or named.kind == "pronoun":
        return None
    head_span = named.head_span
    if named.kind == "nominal" and _plain_description(source, named.span, lexicon):
        head_span = named.span  # the whole description names a speaker coreference cannot resolve
    return Mention(Span(who.start, who.end), head_span, named.kind, named.head, named.titles, named.roles)


def _last_quantity(toks: list[Token]) -> int | None:
    """Where the last number or word of quantity stands in a phrase after its first word (`compared
    with 23 percent`), or None."""
    return next((i for i in range(len(toks) - 1, 0, -1) if _QUANTITY.match(toks[i].lower)), None)


def _without_trailing_adjunct(toks: list[Token], lexicon: Lexicon) -> list[Token]:
    """`Bundy says to Santilli on camera, who …`, `a voter in the crowd, who …`: the relative's
    antecedent is the name or role before a short adjunct of place, time or medium."""
    for i in range(max(1, len(toks) - 4), len(toks) - 1):
        if toks[i].text in _ADJUNCT_PREPOSITIONS and (toks[i - 1].capitalised or toks[i - 1].lower in lexicon.role_nouns
                                                      and toks[i - 1].lower not in lexicon.thing_nouns) \
                and not any(t.capitalised for t in toks[i + 1 :]):
            return toks[:i]
    return toks


def _plain_description(source: str, span: Span, lexicon: Lexicon) -> bool:
    """`one former campaign staffer`: a determiner, words and a head, no preposition and no
    verb (`the campaign disparaged women`, `a memo from the manager` are not)."""
    toks = tokens(source, span.start, span.end, lexicon)
    return 2 <= len(toks) <= 6 and toks[0].lower in lexicon.determiners and toks[0].lower not in _RELATIVE and all(
        tok.is_word and tok.lower not in PREPOSITIONS and tok.lower not in lexicon.speech_verbs
        and not (tok.lower.endswith("ed") and not tok.capitalised)
        for tok in toks[1:-1]
    )


def subject_after(
    source: str, pos: int, hi: int, lexicon: Lexicon = ENGLISH, lenient: bool = False
) -> Mention | None:
    """The speaker mention that starts at ``pos`` (after `said` or `according to`).

    ``lenient``: any noun phrase will do (`according to U.S. Census data`).
    """
    phrase = _phrase_after(source, pos, hi, lexicon, lenient)
    if not phrase or phrase[0].lower in ("that", "whether"):
        return None  # `said that the agency would close`: a clause, no speaker
    if phrase[0].lower in lexicon.subject_pronouns and len(phrase) == 1:
        return Mention(Span(phrase[0].start, phrase[0].end), Span(phrase[0].start, phrase[0].end),
                       "pronoun", phrase[0].lower)
    mention = _name_after_office(source, phrase, lexicon) \
        or _organisation_role_after(source, pos, hi, phrase, lexicon)  # `said Secretary of State John Kerry`
    if mention is None and phrase[0].capitalised and phrase[0].lower not in lexicon.determiners:
        end = 0
        while end < len(phrase) and (is_name_token(phrase[end], lexicon) or _function_surname(phrase, end, lexicon)):
            end += 1
        if end == len(phrase) or phrase[end].lower in PREPOSITIONS:
            mention = name_mention(source, phrase[:end], lexicon)
    mention = mention or analyse_phrase(source, phrase, lexicon)
    if mention is not None and mention.kind == "nominal":
        # `said a lawyer for the parents, Joel Brandt`: the name in apposition wins
        named = _apposed_name(source, phrase[-1].end, hi, lexicon)
        mention = named or mention
    if mention is None and lenient and phrase[-1].is_word:
        last = phrase[-1]
        mention = Mention(Span(phrase[0].start, last.end), Span(last.start, last.end), "nominal", _bare(last.text))
    return mention


_APPOSED_NAME = regex.compile(
    r",\s+(?P<name>\p{Lu}[\p{L}\p{M}’'.\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.\-]*){0,3})"
    # `… of Strathmore University`, `… of the Bank of Ostland`, `… of the bank`
    r"(?:\s+(?:of|from|at)\s+(?:\p{Lu}[\p{L}\p{M}’'.\-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?\p{Lu}[\p{L}\p{M}’'.\-]*){0,5}"
    r"|the\s+(?:\p{Lu}[\p{L}\p{M}’'.\-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?\p{Lu}[\p{L}\p{M}’'.\-]*){0,5}|\p{Ll}+)))?"
    r"\s*(?:[,.;:!?]|$)"
)


# A name after a relative clause or a second description: `a woman who served as treasurer,
# Edna Voss`, `one of her friends, a retired judge named Ana Voss`.
_NAMED_LATER = regex.compile(
    r"(?:\s+who\s+[^,;:.!?\"“”]{1,80},|,\s+(?:a|an|the)\s+[^,;:.!?\"“”]{1,60}?\s+named)"
    r"\s+(?P<name>\p{Lu}[\p{L}\p{M}’'.\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.\-]*){0,3})\s*(?:[,.;:!?]|$)"
)


def _organisation_role_after(source: str, pos: int, hi: int, phrase: list[Token], lexicon: Lexicon) -> Mention | None:
    """`said Voters for Parks president Lee Chan`, `said Bank of England Governor Ana Ortiz`: the
    phrase read on past the organisation's small word, when a role or a title and a name follow it."""
    if not phrase[-1].capitalised:
        return None
    following = _FOLLOWING_WORD.match(source, phrase[-1].end, hi)
    if following is None or following.group(1).lower() not in _SMALL_NAME_WORDS:
        return None
    longer = _phrase_after(source, pos, hi, lexicon, through_prepositions=True)
    if len(longer) <= len(phrase):
        return None
    return _name_after_organisation_role(source, longer, lexicon) \
        or _name_after_organisation_title(source, longer, lexicon)


_FOLLOWING_WORD = regex.compile(r"\s+(\p{L}+)")


def _apposed_name(source: str, pos: int, hi: int, lexicon: Lexicon) -> Mention | None:
    match = _APPOSED_NAME.match(source, pos, hi) or _NAMED_LATER.match(source, pos, hi)
    if match is None:
        return None
    mention = name_mention(source, tokens(source, match.start("name"), match.end("name"), lexicon), lexicon)
    if mention is None or len(mention.head.split()) == 1 and first_name_gender(mention.head) is None:
        return None  # `said his widow, Margaret`, but not `said an aide, Monday`
    return mention


def _phrase_after(source: str, pos: int, hi: int, lexicon: Lexicon, lenient: bool = False,
                  through_prepositions: bool = False) -> list[Token]:
    phrase: list[Token] = []
    for tok in tokens(source, pos, min(hi, pos + 240)):
        if tok.text in ",.;:!?()[]—–\"“”" or (phrase and tok.lower in CLAUSE_WORDS) and not (
                _capitalised_function_surname(tok) and phrase[-1].capitalised):  # `Prime Minister Theresa May`
            break
        if phrase and tok.lower in PREPOSITIONS and phrase[-1].capitalised and phrase[0].lower not in lexicon.determiners \
                and not through_prepositions \
                and not (tok.lower in ("of", "for") and _bare(phrase[-1].text) in lexicon.titles):
            break  # `said Ortiz on Monday`, but `said Secretary of State John Kerry`
        phrase.append(tok)
        if len(phrase) > _MAX_NOMINAL_TOKENS:
            return _head_of_long_phrase(phrase, lexicon, lenient)
    return phrase


def _head_of_long_phrase(phrase: list[Token], lexicon: Lexicon, lenient: bool) -> list[Token]:
    """A phrase grown too long for a speaker: its head before a preposition (`according to early
    results of exit polls conducted for …`); unless lenient, only a described speaker opening on a
    determiner has one (`said a report for the group on the cuts by …`), and none before `to`
    (`called by the party to force the government to …`)."""
    if lenient:
        least = 1
    elif phrase[0].lower in lexicon.determiners:
        least = 2
    else:
        return []
    cut = next((i for i, t in enumerate(phrase) if i >= least and t.lower in PREPOSITIONS), None)
    if cut is None or not lenient and phrase[cut].lower == "to":
        return []
    return phrase[:cut]


# Words between a subject and its verb besides auxiliaries and adverbs: `here`, the
# emphatic pronoun (`Ford itself said`, `the president himself has said`) and a floating
# quantifier (`the two papers each called`, `they all agree`).
_BEFORE_VERB_WORDS = frozenset("here itself himself herself themselves each all".split())


def comma_before(text: str, pos: int) -> bool:
    """Whether a comma stands right before ``pos``, spaces aside: `…, citing`, `'No,' said Ortiz, 'not ever.'`."""
    return text[max(0, pos - 3) : pos].rstrip().endswith(",")


def only_auxiliaries(text: str, start: int, end: int, lexicon: Lexicon = ENGLISH) -> bool:
    """Whether nothing but auxiliaries and adverbs stands between a subject and its verb
    (`Ortiz also claims`, `the paper has long reported`)."""
    if end - start > _AUXILIARIES_SPAN:
        return False  # a few short words at most; a long run-on sentence is not read through
    toks = tokens(text, start, end, lexicon)
    return len(_strip_auxiliaries(toks, lexicon)) == 0


_AUXILIARIES_SPAN = 80


def _strip_auxiliaries(toks: list[Token], lexicon: Lexicon) -> list[Token]:
    j = len(toks)
    while j > 0 and toks[j - 1].is_word and not toks[j - 1].capitalised and (
        toks[j - 1].lower in lexicon.auxiliaries or toks[j - 1].lower in _BEFORE_VERB_WORDS
        or _adverb_in_ly(toks, j - 1, lexicon)
    ) and not _opening_quantity(toks, j - 1, lexicon):
        j -= 1
    return toks[:j]


def _opening_quantity(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """`Of the delegates, all said`: a word of quantity opening its comma part is the subject,
    not a floating quantifier after it (`they all said`)."""
    return toks[i].lower in lexicon.indefinite_pronouns and (i == 0 or not toks[i - 1].is_word)


def _adverb_in_ly(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """`Ortiz repeatedly said`, but not `one ally`, `close to the family`: a noun in -ly."""
    word = toks[i].lower
    return word.endswith("ly") and word not in lexicon.role_nouns and word not in _NOUNS_IN_LY \
        and not (i > 0 and toks[i - 1].lower in lexicon.determiners)


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAY_NAMES = "|".join(sorted(day.title() for day in WEEKDAYS))  # for patterns: `Monday|Tuesday|…`
_TIME_WORDS = WEEKDAYS | frozenset("""
    today yesterday tonight morning afternoon evening night week month year weekend
""".split())
_TIME_LEADS = frozenset("on last this early late earlier next".split())
# A party and state in parentheses after a name, as a pattern to skip: `Ana Ortiz (D-Minn.)`.
PARTY_TAG = r"(?:\s*\([^()\n]{1,24}\))?"
# An adverb of manner, as a pattern (`pleasantly`, `apparently`), not a noun in -ly (`family`, `rally`).
_NOUNS_IN_LY = frozenset("family supply rally ally assembly anomaly monopoly reply belly bully".split())
LY_ADVERB = r"(?!(?:" + "|".join(sorted(_NOUNS_IN_LY)) + r")\b)\p{Ll}{3,}ly(?![\p{L}’'\-])"


# What may measure the time before `ago`: `two weeks ago`, `less than a year ago`.
_AGO_WORDS = frozenset("""
    a an one two three four five six seven eight nine ten eleven twelve few several couple of dozen some
    less more than about nearly almost just only roughly over under
    minute minutes hour hours day days week weeks month months year years decade decades
""".split())


def _strip_time(toks: list[Token]) -> list[Token]:
    """`Ortiz on Friday said`, `Ortiz last week said`, `Ortiz two weeks ago said`: drop the
    time before the verb."""
    j = len(toks)
    if j > 2 and toks[j - 1].lower == "ago":
        j -= 1
        while j > 1 and (toks[j - 1].lower in _AGO_WORDS or toks[j - 1].text.isdigit()):
            j -= 1
    while j > 1 and toks[j - 1].lower in _TIME_WORDS:
        j -= 1
        while j > 1 and toks[j - 1].lower in _TIME_LEADS:
            j -= 1
    return toks[:j]


def _drop_parentheses(toks: list[Token]) -> list[Token]:
    """Tokens outside balanced parentheses: `Sen. Claire McCaskill (D-Mo.), who ...`."""
    if not any(t.text == "(" for t in toks):
        return toks
    out: list[Token] = []
    depth = 0
    for tok in toks:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(tok)
    return out if not depth else toks


_CLAUSE_BREAKS = frozenset(";:()[]—–―")
_HARD_BREAKS = _CLAUSE_BREAKS | frozenset("\"“”‘’«»")


def _comma_parts(toks: list[Token], breaks: frozenset[str] = _HARD_BREAKS) -> list[list[Token]]:
    """The tokens after the last hard clause break, split at commas."""
    start = 0
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].text in breaks or toks[i].text == "-" and i + 1 < len(toks) and toks[i + 1].start > toks[i].end:
            start = i + 1
            break
    parts: list[list[Token]] = [[]]
    for tok in toks[start:]:
        if tok.text == ",":
            parts.append([])
        elif tok.text not in _HARD_BREAKS:
            parts[-1].append(tok)
    return parts


_COMMA = regex.compile(",")
_APPROXIMATE = frozenset("about around nearly almost roughly approximately some over".split())
_QUANTITY_START = regex.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)$")
_INTRO_WORDS = frozenset("""
    after before when while as since although though because if asked speaking pressed
    during despite in on at for with from by over under about like unlike following earlier
    later last this next meanwhile still yet but and so then now instead also however
    across among amid amidst around through throughout within without beyond behind inside
    outside toward towards upon between beside besides until unless whether alongside beneath against near
""".split())


# A word that orders a sentence among others, a comma part of its own, not a name (`First, …`).
_SEQUENCE_WORDS = frozenset("first second third fourth fifth finally lastly indeed moreover furthermore".split())

_CLAUSE_SUBJECT_WINDOW = 1500


def clause_subject(text: str, lo: int, hi: int, lexicon: Lexicon) -> Mention | None:
    """The subject of the clause a participle hangs on: `Trump, ..., told X, saying "…"`.

    Comma parts are read from the start of the sentence; introductory phrases (`At the
    debate,`, `Asked about it,`) are skipped and the first part that opens with a name, a
    pronoun or a description gives the subject. Only the opening words of a part are read.
    A dateline (`DECATUR, Ill. —`) is no part of the sentence; a subordinate clause right
    before the participle (`…, as Ortiz echoed it, saying`) gives its own subject. A run-on
    sentence is read from no further back than a long sentence's length.
    """
    lo = after_dateline(text, max(lo, hi - _CLAUSE_SUBJECT_WINDOW), hi)
    spans = _comma_spans(text, lo, hi)
    filled = [span for span in spans if text[span[0] : span[1]].strip()]
    nearest = _subordinate_subject(text, filled, lexicon) or _parenthetical_cue_subject(text, filled, lexicon)
    if nearest is not None:
        return nearest
    return _opening_subject_of_parts(text, spans, lo, hi, lexicon)


def _opening_subject_of_parts(text: str, spans: list[tuple[int, int]], lo: int, hi: int,
                              lexicon: Lexicon) -> Mention | None:
    """The subject opening the first comma part that is neither quoted words nor an
    introductory phrase (nor the place that ends one)."""
    after_intro = False
    quoted_until = lo
    for index, (part_start, part_end) in enumerate(spans):
        if part_end <= quoted_until:
            continue
        if (opening := _OPENS_QUOTATION.match(text, part_start, part_end)) is not None:
            # `"I think so, but he won't," Lee said on "Today," adding`: a quotation's words are no subject
            closing = _CLOSES_QUOTATION.search(text, opening.end(), hi)
            quoted_until = closing.end() if closing is not None else hi
            continue
        first = _part_opening_word(text, part_start, part_end)
        if first is None:
            continue
        word = first.group(1).lower()
        found = _inverted_or_counted_subject(text, first, part_start, part_end, lexicon) \
            or _infinitive_subject_after_expletive(text, first.start(1), part_end, lexicon)
        if found is not None:
            return found
        if word in _INTRO_WORDS or _QUANTITY_START.match(word) or _AGO.search(text, part_start, min(part_end, part_start + 60)) \
                or word in _SEQUENCE_WORDS and not text[first.end(1) : part_end].strip():  # `First, Ortiz called`
            pronoun = _pronoun_after_phrase(text, first, part_end, lexicon) if word in _OPENING_PREPOSITIONS \
                and all(not text[s:e].strip() for s, e in spans[index + 1 :]) else None  # the last part
            if pronoun is not None:
                return pronoun  # `On Monday they published it, saying`: no comma after the phrase
            after_intro = True
            continue
        if after_intro and index + 1 < len(spans) and _ONLY_CAPITALISED.fullmatch(text, part_start, part_end) \
                and _WHO.match(text, *spans[index + 1]) is None:
            continue  # `At a rally in Salem, N.H., Ortiz said`: the place belongs to the intro, not `Ortiz, who`
        toks = tokens(text, first.start(1), min(part_end, first.start(1) + 60), lexicon)
        mention = _opening_mention(text, toks, lexicon) if toks else None
        if mention is not None and _state_after_town(text, mention, lexicon) and mention.span.end >= part_end - 1:
            continue  # `he bought a house in Fresno, Calif., and boasted`: the town's state names no one
        if mention is not None:
            return _named_in_apposition(text, mention, spans[index + 1 :], lexicon) or mention
    return None


def _part_opening_word(text: str, part_start: int, part_end: int) -> regex.Match | None:
    """The first word of a comma part, past linking words, or the number an approximation opens."""
    first = _FIRST_WORD.match(text, part_start, part_end)
    if first is None:
        return None
    word = first.group(1).lower()
    while word in _LINKING_WORDS:  # `And then Ortiz went on the attack, saying`
        first = _FIRST_WORD.match(text, first.end(1), part_end)
        if first is None:
            return None
        word = first.group(1).lower()
    if word in _APPROXIMATE:  # `About 200 protesters gathered, chanting`: a number's approximation
        number = _FIRST_WORD.match(text, first.end(1), part_end)
        if number is not None and _QUANTITY_START.match(number.group(1).lower()):
            return number
    return first


def _inverted_or_counted_subject(text: str, first: regex.Match, part_start: int, part_end: int,
                                 lexicon: Lexicon) -> Mention | None:
    """A part opening with a speech verb names its speaker after it (`"…," said Ortiz, adding`),
    and one opening with a number counts its subject (`One aide to the mayor tried …`)."""
    word = first.group(1).lower()
    if word in lexicon.speech_verbs and not word.endswith("ing") \
            and not (first.group(1)[0].isupper() and word in lexicon.noun_like_forms):  # `State Department …` names
        inverted = subject_after(text, first.end(1), part_end, lexicon)
        if can_speak(inverted, lexicon):
            return inverted  # `"…," said Ortiz, adding that …`
    if _QUANTITY_START.match(word) and not _AGO.search(text, part_start, min(part_end, part_start + 60)):
        toks = tokens(text, first.start(1), min(part_end, first.start(1) + 60), lexicon)
        described = _described_subject(text, toks, lexicon)
        if described is not None:
            return described  # `One aide to the mayor tried …`, not `Two days later`
    return None


# `There is still time for Ortiz to …`, `It was hard for the mayor to …`: an empty subject, the
# infinitive's own after `for`.
_EXPLETIVE_FOR = regex.compile(
    r"(?:there|it)(?:[’']s|\s+(?:is|was|will\s+be|would\s+be))\s+[^,;:.!?\"“”]{0,40}?(?<![\p{L}’'\-])for\s+"
    r"(?P<subject>[^,;:.!?\"“”]{1,40}?)\s+to\s+\p{Ll}",
    regex.I,
)


def _infinitive_subject_after_expletive(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """`There's still time for Ortiz to mend fences, even after calling them "…"`: the part's
    subject is empty, and the one who acts is the infinitive's subject after `for`."""
    match = match_near(_EXPLETIVE_FOR, text, start, end - start)
    if match is None:
        return None
    s, e = match.span("subject")
    mention = analyse_phrase(text, tokens(text, s, e, lexicon), lexicon)
    return mention if can_speak(mention, lexicon) else None


def _named_in_apposition(text: str, mention: Mention, later: list[tuple[int, int]], lexicon: Lexicon) -> Mention | None:
    """`Another critic, Laurence Tribe, likened …`: a description's name in the comma part
    right after it, when that part is nothing but the name."""
    if mention.kind != "nominal" or len(later) < 2 or mention.span.end < later[0][0] - 2:
        return None
    start, end = later[0]
    toks = tokens(text, start, end, lexicon)
    described = 0
    while described < min(len(toks) - 1, _APPOSED_DESCRIPTION_WORDS) and toks[described].is_word \
            and not toks[described].capitalised:
        described += 1  # `Another critic, retired judge Lee Chan, …`: a description before the name
    toks = toks[described:]
    named = name_mention(text, toks, lexicon) if toks and all(is_name_token(t, lexicon) for t in toks) else None
    return named if named is not None and named.span.end == toks[-1].end \
        and (not described or len(named.head.split()) > 1) else None


_APPOSED_DESCRIPTION_WORDS = 4


def _pronoun_after_phrase(text: str, first: regex.Match, part_end: int, lexicon: Lexicon) -> Mention | None:
    """A subject pronoun right after an opening prepositional phrase (``first``, one of
    `_OPENING_PREPOSITIONS`) that no comma closes (`On Monday they`, `In an interview with CNN
    she`); subordinators are not among them, their clause has a subject of its own (`after he left`)."""
    toks = tokens(text, first.end(1), min(part_end, first.end(1) + 50), lexicon)
    for tok in toks[:_PHRASE_TOKENS + 1]:
        if tok.lower in lexicon.subject_pronouns and tok.lower != "it":
            return Mention(Span(tok.start, tok.end), Span(tok.start, tok.end), "pronoun", tok.lower)
        if not tok.is_word or tok.lower in _CLAUSE_OPENERS:
            return None  # `at least based on how he portrayed himself`: a clause inside the phrase
    return None


_CLAUSE_OPENERS = frozenset("that how what which who whom whose where when why if whether".split())
_OPENING_PREPOSITIONS = frozenset("on in at during for with from by over under about following despite".split())
_PHRASE_TOKENS = 5

# Words that link a clause to what came before without being an introductory phrase, and
# focus adverbs before a subject (`Only European voters are …`, `Even Ortiz agreed`).
_LINKING_WORDS = frozenset("and but so then now still also yet only even just perhaps".split())
_WHO = regex.compile(r"\s*who\s")
_OPENS_QUOTATION = regex.compile(r"\s*[\"“]\p{L}")
_CLOSES_QUOTATION = regex.compile(r"[\"”]")
_FIRST_WORD = regex.compile(r"[\s\"“”‘’'(\[—–-]*([\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-]*)")
# The zone of a time stamp: `0915 GMT`, `3:17 p.m. ET`.
_TIME_ZONE = r"(?:GMT|UTC|ET|EDT|EST|CT|PT|BST|CET)(?![\p{L}])"
# `WASHINGTON —`, `DECATUR, Ill. —`, `Washington (AFP) –`, `WASHINGTON, Dec. 8 (UPI) —`: where and
# when a story was filed.
_DATELINE = regex.compile(
    r"\s*(?:\p{Lu}{2}[\p{Lu}\s.\-]{0,40}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s+\d{1,2}(?!\d))?"
    r"(?:\s*\(\p{Lu}[\p{L}\s]{1,12}\))?"
    r"|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*\(\p{Lu}[\p{L}\s]{1,12}\)"
    r"|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s*[—–-]{1,2}\s+"  # `9:47 p.m. — ` on a live page
    # a live page's time stamp with its zone, after a colon or right before a quotation: `0915 GMT — `,
    # `3:17 p.m. ET: `, `Updated 11:30 a.m. "…"`
    r"|[^\S\n]*(?:Updated:?\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d|\d{4}(?=\s+" + _TIME_ZONE + r"))"
    r"(?:\s+" + _TIME_ZONE + r")?(?:[^\S\n]*(?:[—–-]{1,2}|:)[^\S\n]+|[^\S\n]+(?=[\"“]|$))"
)
_MAX_APPOSITION_CHARS = 64


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence starts after the dateline opening a story (`LONDON (Reuters) - `,
    `DECATUR, Ill. — `); ``start`` when there is none."""
    dateline = _DATELINE.match(text, start, end)
    return dateline.end() if dateline is not None else start


def _parenthetical_cue_subject(text: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> Mention | None:
    """`…, Spicer said, adding "…"`: a cue with its subject set off by commas right before
    the participle, after a clause of the sentence, says who goes on."""
    if len(spans) < 2 or _surely_longer(text, *spans[-1], _MAX_NAME_TOKENS + 4):
        return None  # the cue comes within the first words and ends the part: a long part is not tokenised
    toks = tokens(text, spans[-1][0], spans[-1][1], lexicon)
    if not toks or not (toks[0].capitalised or toks[0].lower in lexicon.determiners
                        or toks[0].lower in lexicon.subject_pronouns):
        return None  # `…, rallied young people with his calls to end`: no subject opens the part
    verb = next((i for i, t in enumerate(toks) if i > 0 and t.lower in lexicon.speech_verbs
                 and not t.lower.endswith("ing") and t.lower not in lexicon.noun_like_forms), None)
    if verb is None or verb > _MAX_NAME_TOKENS or len(toks) - verb > 4:
        return None
    mention = subject_before(text, toks[0].start, toks[verb].start, lexicon)
    if mention is None:
        return None
    if mention.kind == "nominal":
        return mention if mention.head in lexicon.role_nouns else None
    return mention if mention.span.start == toks[0].start else None


def _surely_longer(text: str, start: int, end: int, n: int) -> bool:
    """Whether ``tokens(text, start, end)`` holds more than ``n`` tokens, seen without
    tokenising: every run of non-space characters gives one at least (less a word cut at
    ``start``); only quotation marks, around a nickname tokens() leaves out, take more away."""
    part = text[start:end]
    return not any(mark in part for mark in _DOUBLE_MARKS) and len(part.split(None, n + 1)) > n + 1


def _subordinate_subject(text: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> Mention | None:
    """The subject of the last subordinate clause (`…, while Ortiz, the mayor, proposed`),
    read back over an apposition and the clause's verb phrase to the first part of the
    sentence; None when a part with a subject of its own comes first."""
    for index in range(len(spans) - 1, -1, -1):
        first = _FIRST_WORD.match(text, *spans[index])
        if first is None:
            return None
        word = first.group(1)
        if word.lower() in SUBORDINATORS:
            toks = tokens(text, first.end(1), min(spans[index][1], first.end(1) + 60), lexicon)
            mention = _opening_mention(text, toks, lexicon) if toks else None
            if index == 0 and len(spans) > 1 and mention is not None and text[mention.span.end : spans[0][1]].strip():
                return None  # `While Lee was away, the council, meeting late, voted`: a clause of its own
            return _repeated_pronoun(text, mention, spans[index][1]) or mention  # `While Mr. Ryan, representing the party, laid out`
        if word.lower() in lexicon.subject_pronouns:
            return None  # `When I asked Lee, he smiled and said`: the main clause has its own subject
        if not (word.islower() and word not in lexicon.determiners or _is_apposition(text, spans[index], lexicon)):
            return None
    return None


def _repeated_pronoun(text: str, mention: Mention | None, end: int) -> Mention | None:
    """`When she returned she began by saying`: the subordinate clause's pronoun said again
    with no comma before it is the main clause's subject, the one the participle hangs on."""
    if mention is None or mention.kind != "pronoun" or mention.head not in _NOMINATIVE_PRONOUNS:
        return None
    again = _pronoun_word(mention.head).search(text, mention.span.end, end)
    if again is None:
        return None
    return Mention(Span(*again.span()), Span(*again.span()), "pronoun", mention.head)


# Pronouns only ever subjects: `her`, `it` and `you` are objects as often.
_NOMINATIVE_PRONOUNS = SUBJECT_PRONOUNS - {"it", "you"}


@lru_cache(maxsize=8)
def _pronoun_word(pronoun: str) -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}’'\-]){pronoun}(?![\p{{L}}’'\-])", regex.I)


def _is_apposition(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """`the former governor`: a short description with no verb."""
    if span[1] - span[0] > _MAX_APPOSITION_CHARS:
        return False
    toks = tokens(text, span[0], span[1], lexicon)
    return 0 < len(toks) <= 6 and toks[0].lower in ("the", "a", "an") and not any(
        t.lower.endswith("ed") or t.lower in lexicon.auxiliaries for t in toks)
_AGO = regex.compile(r"\bago\b")
_ONLY_CAPITALISED = regex.compile(r"(?:[\s.’'\-]*+\p{Lu}[\p{L}\p{M}.’'\-]*+)++[\s.]*+")


def _comma_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans = []
    start = lo
    for match in _COMMA.finditer(text, lo, hi):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, hi))
    return spans


def _opening_mention(text: str, toks: list, lexicon: Lexicon) -> Mention | None:
    first = toks[0]
    if first.lower in lexicon.subject_pronouns:
        return subject_before(text, first.start, first.end, lexicon)
    end = 0
    while end < len(toks) and (toks[end].capitalised or toks[end].lower in lexicon.determiners
                                 or toks[end].lower in lexicon.role_nouns or _of_in_name(toks, end, lexicon)):
        end += 1
        if end == 1 and toks[0].lower in lexicon.determiners:
            end = _honorific_after_modifiers(toks, end, lexicon)  # `The elder Mr. Thibodeau`
        if end < len(toks) and (toks[end - 1].capitalised or end == 1 and toks[0].lower in lexicon.determiners) \
                and not _full_name_run(toks, end, lexicon):
            # `Republican presidential candidate Ana Ortiz`, `…, the extremist cleric Omar Jalil`;
            # but `Maria Lopez met envoy Kazem Rahbari`
            end = _role_after_modifiers(toks, end, lexicon)
    if end == 0:
        return None
    if first.lower in lexicon.determiners or _QUANTITY.match(first.lower) \
            or first.lower in lexicon.role_nouns and end == 1:  # not `President Barack Obama met survivors`
        described = _described_subject(text, toks, lexicon)
        if described is not None:
            return described  # `One operative inside the campaign tried …`
    run = toks[:end]
    if len(run) > 1 and all(t.text.isupper() for t in run if t.is_word):
        return None  # a heading in capitals
    if len(run) == 1 and run[0].capitalised and not name_like(text, run[0].text, run[0].start, lexicon) \
            and not (end < len(toks) and toks[end].lower in lexicon.speech_verbs  # but `Reyka said …, adding`
                     and run[0].lower not in lexicon.determiners and run[0].lower not in lexicon.function_words):
        return None  # `Pressure is building`, `Conversely, …`: a capital only because it opens the sentence
    if any(_of_in_name(toks, i, lexicon) for i in range(end)):
        start = 1 if first.lower in lexicon.determiners else 0
        named = name_mention(text, toks[start:end], lexicon)
        if named is not None:  # `The Bank of Estland kept …`: one name, not `the bank` of some place
            return _widened(named, first.start) if start else named
    return subject_before(text, toks[0].start, toks[end - 1].end, lexicon)


_NOT_MODIFIER_ENDINGS = ("ly", "ed", "s")


def _of_in_name(toks: list, end: int, lexicon: Lexicon) -> bool:
    """`of` inside an institution's name (`The Bank of Estland kept …`, `the Court of Appeals`),
    not after a person's (`Ana Ortiz of Ohio`) or a role (`Supporters of Ortiz`)."""
    return 0 < end < len(toks) - 1 and toks[end].lower == "of" and toks[end - 1].text in lexicon.institution_words \
        and toks[end + 1].capitalised


def _full_name_run(toks: list, end: int, lexicon: Lexicon) -> bool:
    """`Maria Lopez`, `President Barack Obama`: a given name or a title and more, not an
    owner's (`Hillary Clinton's aide`)."""
    return end >= 2 and (first_name_gender(toks[0].text) is not None
                         or _bare(toks[0].text) in lexicon.titles and (toks[0].lower in lexicon.role_nouns
                                                                      or _bare(toks[0].text) in lexicon.title_roles)) \
        and not possessive(toks[end - 1])


def _honorific_after_modifiers(toks: list, end: int, lexicon: Lexicon) -> int:
    """Where a run goes on after up to two lower-case modifiers that lead to an honorific
    (`The elder Mr. Thibodeau`, `The 64-year-old Mr. Ashby`); ``end`` itself when they do not."""
    for k in range(end, min(end + 2, len(toks) - 1)):
        if not toks[k].is_word or toks[k].capitalised or toks[k].lower in lexicon.function_words:
            return end  # `the confrontation between Mr. Trump`: no modifier of his
        if toks[k + 1].lower in lexicon.honorifics:
            return k + 1
    return end


def _role_after_modifiers(toks: list, end: int, lexicon: Lexicon) -> int:
    """Where a run goes on after up to two lower-case modifiers that lead to a role noun
    (`Republican presidential candidate`); ``end`` itself when they lead nowhere."""
    for k in range(end, min(end + 3, len(toks))):
        tok = toks[k]
        if tok.lower in lexicon.role_nouns and k > end:
            plural = tok.lower.endswith("s") and tok.lower[:-1] in lexicon.role_nouns
            named_next = k + 1 < len(toks) and toks[k + 1].capitalised
            return end if plural and named_next else k  # `the young soldiers Omar Jalil met`: no title of the name
        if not tok.is_word or tok.capitalised or tok.lower in lexicon.function_words \
                or tok.lower.endswith(_NOT_MODIFIER_ENDINGS):
            return end  # `Ortiz urged Republicans`, `Ortiz joins critics`: a verb, no modifier
    return end


def _described_subject(text: str, toks: list, lexicon: Lexicon) -> Mention | None:
    """A description opening a clause, read up to its verb: `One aide to the mayor tried`,
    `Lawyers for Ortiz opposed`."""
    if not toks:
        return None
    least = 1 if toks[0].lower in lexicon.role_nouns else 2
    verb = next((i for i, t in enumerate(toks[: _MAX_NOMINAL_TOKENS + 1]) if i >= least and not t.capitalised and (
        t.lower in lexicon.auxiliaries or t.lower in lexicon.speech_verbs or t.lower.endswith("ed"))), None)
    if verb is None:
        return None
    mention = analyse_phrase(text, toks[:verb], lexicon)
    return mention if mention is not None and mention.kind == "nominal" and mention.head in lexicon.role_nouns else None


def name_like(text: str, word: str, pos: int, lexicon: Lexicon = ENGLISH) -> bool:
    """Whether a lone capitalised word is a name: a word that opens a sentence is one only if
    the article capitalises it where no sentence starts, too (`Trump`, not `Details`)."""
    lower = word.lower()
    if lower.endswith(("ing", "ly")) or lower in lexicon.determiners or lower in lexicon.function_words \
            or len(lower.rstrip(".")) < 2:
        return False  # nor an initial alone (`on X.`)
    if not sentence_initial(text, pos):
        return True
    bare = bare_word(word)
    return capitalised_inside(text, word[: len(bare)])


def capitalised_inside(text: str, word: str) -> bool:
    """Whether ``word`` occurs somewhere in ``text`` that is not the start of a sentence.

    Remembered for the article at hand only (it asks about the same word again and again): a
    cache keyed by whole articles would keep thousands of them alive in a long batch."""
    memo = _article_memo(text)
    found = memo.get(word)
    if found is None:
        found = memo[word] = any(not sentence_initial(text, pos) for pos in word_positions(text, word))
    return found


def _article_memo(text: str) -> dict[str, bool]:
    state = _CAPITALISED_MEMO[0]
    if state[0] is not text:
        state = (text, {})
        _CAPITALISED_MEMO[0] = state  # a thread on another article swaps in its own pair
    return state[1]


_CAPITALISED_MEMO: list[tuple[str | None, dict[str, bool]]] = [(None, {})]


def surname_in_article(text: str, word: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Whether the article ends someone's name with ``word`` (`George Will`, not `Trump Will
    Win`), so that the word alone names them too; remembered like ``capitalised_inside``."""
    memo = _article_memo(text)
    key = " " + word  # no word starts with a space: apart from the words `capitalised_inside` keeps
    found = memo.get(key)
    if found is None:
        found = memo[key] = any(_ends_name(text, pos, word, lexicon) for pos in word_positions(text, word))
    return found


def _ends_name(text: str, pos: int, word: str, lexicon: Lexicon) -> bool:
    before = _NAME_WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if before is None or _CAPITAL_NEXT.match(text, pos + len(word)) is not None:
        return False
    first = bare_word(before.group(1))
    return first not in lexicon.function_words and first not in lexicon.titles


_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}’'.\-])(\p{Lu}\p{Ll}[\p{L}’'\-]*)[ \t]+$")
_CAPITAL_NEXT = regex.compile(r"\s+\p{Lu}")


def word_positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word: a plain search in an article of usual length,
    an index of capitalised words in a long one (so many distinct names stay linear)."""
    if len(text) > _INDEX_ABOVE:
        return capitalised_words(text).get(word, [])
    found = []
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not _WORDLIKE(text[pos - 1])) and (end == len(text) or not text[end].isalpha()):
            found.append(pos)
        pos = text.find(word, end)
    return found


def _WORDLIKE(ch: str) -> bool:
    return ch.isalnum() or ch in "’'-"


_INDEX_ABOVE = 50_000  # characters


_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}’'\-])\p{Lu}[\p{L}\p{M}’'\-]*")


@lru_cache(maxsize=2)
def capitalised_words(text: str) -> dict[str, list[int]]:
    """Where each capitalised word of a text stands, built in one pass on first need, so
    looking words up stays linear in the text however many distinct names it has."""
    index: dict[str, list[int]] = {}
    for match in _CAPITALISED_WORD.finditer(text):
        word = match.group()
        if word.endswith(("’s", "'s")):
            index.setdefault(word[:-2], []).append(match.start())
        index.setdefault(word, []).append(match.start())
    return index


# A given name and the capitalised word that ends the run right after it (a look-ahead, so runs
# overlap: `Prime Minister John Major` gives `Major`; `Virginia Governor Terry Lee` gives nothing).
_NAME_THEN_WORD = regex.compile(
    r"(?<![\p{L}\p{M}’'\-.])(\p{Lu}\p{Ll}+)[ \u00a0](?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}’'\-])(?![ \u00a0]+\p{Lu}))")


@lru_cache(maxsize=2)
def surnames_of_given_names(text: str) -> frozenset[str]:
    """The words a text uses as surnames right after a given name, built in one pass:
    `Former Prime Minister John Major … Major said` gives `Major`, a title word used as a name."""
    return frozenset(match.group(2) for match in _NAME_THEN_WORD.finditer(text)
                     if first_name_gender(match.group(1)) is not None)


def sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence: after a sentence's end, a line break, a colon or a
    dateline's dash (`DAYTON — During …`), or at the start of the text."""
    before = text[max(0, pos - 4) : pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:—–"

"""Stage 4: who a speaker mention refers to, across the whole article.

An entity table is built by rules, lazily, from the text itself: a name mention looks up
the fullest form of that name in the article (`Peskov` and `Mr. Peskov` join `Dmitry
Peskov`); titles (`Press Secretary`), role words (`billionaire`) and appositions (`, the
Kremlin spokesman,`) give an entity its roles, and honorifics and gendered role words its
gender. A pronoun goes to the most recent compatible person before it, sentence by
sentence: first the sentence's subject, then its speakers, then other names, skipping
names inside quotations. A description (`the press secretary`) goes to the entity
introduced with that role. Work is done only near the mentions being resolved, so the
cost grows with the number of speakers, not with every capitalised word of the article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .lexicon import BYLINE_WORDS, ENGLISH, GROUP_QUANTITIES, US_STATES, Lexicon, first_name_gender
from .mentions import (JOINED_PARTICLES, NAME_PARTICLES, PREPOSITIONS, WEEKDAYS, Mention, after_dateline, bare_word,
                       Token, clause_subject, name_like, name_mention, names_a_pair, possessive, sentence_initial, tokens,
                       word_positions)
from .records import Resolution, Span
from .segment import match_near

# Words that make a capitalised name an organisation or a place rather than a person.
_ORG_WORDS = frozenset("""
    house senate congress party committee department ministry agency administration
    times post news journal press network tv radio magazine foundation institute
    university college school company corp inc group association council court church
    bank fund campaign coalition union commission bureau office service services army navy
    force forces police guard republicans democrats states nations kremlin county city
    center centre project review reuters associated caucus team club league board camp
    staff republic kingdom federation street hall airport hospital center museum library
    institution organization organisation authority society alliance trust corporation
    laboratory institutions
    """.split())
# Months and weekdays, which open sentences and follow `in` as names do (`May` stays a name).
_CALENDAR = WEEKDAYS | frozenset("january february march july august september october november december".split())
_PLACE_STARTS = frozenset("""
    united new north south east west central national american federal supreme white
    democratic republican state saint st. fort los las san santa
    """.split())
# A run of capitalised words, with the particles a name may hold (`Pieter van der Berg`,
# `Osama al-Haddad`, `Zainab binti Hashim`).
_NAME_RUN = regex.compile(
    r"\p{Lu}[\p{L}\p{M}’'\-]*\.?(?:\s+(?:\p{Lu}[\p{L}\p{M}’'\-]*\.?|"
    + "|".join(sorted((regex.escape(p) for p in NAME_PARTICLES if p[0] != "s"), key=len, reverse=True))
    + rf"|(?:{JOINED_PARTICLES})-\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*)(?=\s|[,.;:!?)]|$))*"
)
# A given name and the surname after it (`Julian Mabbott`).
_SURNAME_AFTER = regex.compile(r"(?<![\p{L}\p{M}’'\-])(\p{Lu}[\p{Ll}\p{M}’'\-]+)[^\S\n]+(\p{Lu}[\p{Ll}\p{M}’'\-]+)(?![\p{L}\p{M}])")
_PLACE_BEFORE = regex.compile(r"(?<![\p{L}’'\-])(?:in|at|to|into|near|across|throughout|outside|inside)\s+(?:the\s+)?$")
_APPOSITION = regex.compile(
    r",\s+((?:the|a|an|his|her|its|their)(?:\s+[\p{L}’'\-]+){1,7})(?=,|\.(?:\s|$))"
)
# The words of a name before its surname, a nickname among them (`Robert "Bobby" `).
# REVERSE: a pattern anchored where its search window ends (`…$`) is matched from that end
# backwards: the same match, without the engine trying every start in the window.
_NAME_PREFIX = regex.compile(
    r"(?<![\p{L}\p{M}’'\-])(?:(?:\p{Lu}[\p{L}\p{M}’'\-]*\.?|"
    + "|".join(sorted(regex.escape(p) for p in NAME_PARTICLES)) + r")[^\S\n]+){1,3}"
    r"(?:[\"“](?:the[^\S\n])?\p{Lu}[\p{L}’'.\-]*(?:[^\S\n]\p{Lu}[\p{L}’'.\-]*){0,2}[\"”][^\S\n]+)?$",
    regex.REVERSE,
)
# A run of capitalised words ending where the search ends: the name an age is apposed to.
_NAME_RUN_ENDING = regex.compile(r"(?<![\p{L}\p{M}’'\-])\p{Lu}[\p{L}\p{M}’'\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}’'\-]*){0,4}$")
_NAME_RUN_BEFORE = regex.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*){0,4})\s+$"
)
_APPOSITION_BEFORE = regex.compile(
    r"(\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'\-.]*){0,3})(?:,\s+\d{1,3})?,\s+"  # `Ana Ortiz, 59, a …`
    r"(?:the|a|an|his|her|its|their)(?:\s+[\p{L}’'\-]+){0,5}\s*$"
)
_LETTERS = regex.compile(r"[\p{L}\-]+")
_LOWER_WORDS = regex.compile(r"[\p{Ll}\-]+")
_PERSON_PRONOUNS = {"he": "m", "she": "f", "his": "m", "her": "f"}
_LOOKBACK_SENTENCES = 6
_CARRIED_SUBJECT_SENTENCES = 6  # the quotations and pronouns a named subject is carried across
_RECENT_SPEAKERS = 12
_ROLE_LOOKBACK = 20  # the latest uses of a role word searched for the name it came with
_ROLE_WINDOW = 8_000  # characters before a description searched for its role word  # a pronoun with no antecedent nearby goes to one of the last speakers


@dataclass
class Entity:
    name: str
    tokens: tuple[str, ...]
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    person: bool | None = None  # None: no evidence either way
    positions: list[int] = field(default_factory=list)
    placed: bool = False  # named after `in` or `at`, as places are, and never otherwise
    named_gender: bool = False  # the gender rests on the first name alone (`Lindsey`), which may mislead

    @property
    def surname(self) -> str:
        return self.tokens[-1].lower()


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    resolution: Resolution
    certain: bool


class _FullNames:
    """The longer names ending in one surname, in text order, ready for look-ups, and where
    the surname stands alone."""

    def __init__(self, found: list[tuple[int, tuple[str, ...]]], alone: Sequence[int] = ()):
        self.positions = [pos for pos, _ in found]
        self.names = [full for _, full in found]
        self.alone = list(alone)
        counts: dict[tuple[str, ...], int] = {}
        for full in self.names:
            counts[full] = counts.get(full, 0) + 1
        self.counts = counts
        self.most_frequent = max(counts, key=lambda f: (counts[f], -len(f))) if counts else None
        self._fitting: dict[str | None, tuple[list[int], int]] = {}

    def nearest_before(self, pos: int, gender: str | None = None,
                       recent: Callable[[int], bool] | None = None) -> tuple[str, ...] | None:
        """The name the surname alone stands for at ``pos``: the first name the article went
        on to call by the surname alone keeps it (`Hillary Clinton … Clinton … Bill Clinton …
        Clinton` is still Hillary), unless the surname has not stood alone since a later one
        the ``recent`` test passes (`Then Bill Clinton spoke.`); else the nearest. `Mrs.
        Clinton` is none of the men."""
        fitting, settled = self._fitting_for(gender)
        n = bisect_right(fitting, pos - 1, key=self.positions.__getitem__)
        if not n:
            return None
        nearest = fitting[n - 1]
        owner = fitting[settled] if settled < n - 1 else nearest if self._alone_between(self.positions[nearest], pos) else None
        if owner is None or self.names[owner] == self.names[nearest]:
            return self.names[nearest]
        if recent is not None and not self._alone_between(self.positions[nearest], pos) and recent(self.positions[nearest]):
            return self.names[nearest]
        return self.names[owner]

    def _fitting_for(self, gender: str | None) -> tuple[list[int], int]:
        """The indices of the names of ``gender``, and the first of them the surname alone
        follows before the next of them (their number when none is)."""
        cached = self._fitting.get(gender)
        if cached is None:
            fitting = [i for i, full in enumerate(self.names) if _same_gender(full, gender)]
            settled = next((k for k in range(len(fitting) - 1)
                            if self._alone_between(self.positions[fitting[k]], self.positions[fitting[k + 1]])), len(fitting))
            cached = self._fitting[gender] = (fitting, settled)
        return cached

    def _alone_between(self, start: int, end: int) -> bool:
        i = bisect_right(self.alone, start)
        return i < len(self.alone) and self.alone[i] < end

    def most_frequent_for(self, gender: str | None) -> tuple[str, ...] | None:
        if gender is None or _same_gender(self.most_frequent, gender):
            return self.most_frequent
        fitting = [f for f in self.counts if _same_gender(f, gender)]
        return max(fitting, key=lambda f: (self.counts[f], -len(f))) if fitting else None


def _opens_name(words: tuple[str, ...]) -> bool:
    """Whether words before a surname of two words may be given names: not an organisation's
    words (`Golf Club`), nor a lone initial left of an abbreviation (`S.` of `U.S.`), nor a
    name of its own (`Tom Chan` of `Gov. Tom Chan Rio Verde`)."""
    if any(w.lower() in _ORG_WORDS for w in words) or len(words) == 1 and _INITIALS.fullmatch(words[0]):
        return False
    return not (len(words) > 1 and first_name_gender(words[0].lower()) is not None and not _INITIALS.fullmatch(words[-1]))


def _same_gender(full: tuple[str, ...] | None, gender: str | None) -> bool:
    return full is not None and (gender is None or first_name_gender(full[0].lower()) in (None, gender))


class EntityTable:
    """People and organisations of one article, found on demand."""

    def __init__(self, text: str, sentences: Sequence[Span], quoted: Sequence[Span], lexicon: Lexicon = ENGLISH):
        self.text = text
        self.sentences = sentences
        self.quoted = quoted
        self.quoted_starts = [q.start for q in quoted]
        self.sentence_starts = [s.start for s in sentences]
        self.lexicon = lexicon
        self.entities: dict[str, Entity] = {}
        self._full_names: dict[str, _FullNames] = {}
        self._sentence_cache: dict[int, list[tuple[int, Entity, bool]]] = {}
        self._subjects: dict[int, Mention | None] = {}
        self._particles: dict[str, list[tuple[int, int]]] | None = None
        self._opened: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self.section_breaks = _section_breaks(text)
        self.furniture = _furniture(text)
        self.furniture_starts = [start for start, _ in self.furniture]
        self._headline_end: int | None = None
        self._lower: frozenset[str] | None = None
        self._titled_quotes: dict[int, bool] = {}
        self._bare_surnames: dict[int, str] = {}  # where a surname alone was read as a longer name

    def section_start(self, pos: int) -> int:
        """Where the section holding ``pos`` starts: after the last rule of underscores,
        dashes or stars before it (`___` between the items of a live page), else 0."""
        i = bisect_right(self.section_breaks, pos) - 1
        return self.section_breaks[i] if i >= 0 else 0

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i].start <= pos < self.quoted[i].end

    def in_furniture(self, pos: int) -> bool:
        """Whether ``pos`` lies in a byline or a photo credit, whose names are no one the story is about."""
        i = bisect_right(self.furniture_starts, pos) - 1
        return i >= 0 and pos < self.furniture[i][1]

    def entity(self, mention: Mention) -> Entity:
        """The entity a name mention names, created on first sight."""
        words = tuple(mention.head.split())
        full = self._given_name_known(words, mention) or self._titled_full_name(words, mention) or \
            self._fullest(words, mention.head_span.start, self._honorific_gender(mention))
        if len(words) == 1 < len(full) and not mention.titles:
            self._bare_surnames[mention.head_span.start] = words[0]
        entity = self.entities.get(" ".join(full))
        if entity is None:
            entity = self._new_entity(full)
            if len(full) == 1 and entity.person is None and self._titled_somewhere(full[0]):
                entity.person = True  # `Obama` where the article says `President Obama` or `Mr. Obama`
        if len(words) < len(full) and (len(full) <= 3 or len(words) > 1):
            entity.person = True if entity.person is None else entity.person  # `Trump` for `Donald Trump`, `Perez Ferrante` for `Ildo Perez Ferrante`
        self._learn(entity, mention)
        entity.positions.append(mention.head_span.start)
        return entity

    def namesake_of_gender(self, pos: int, entity: Entity, gender: str) -> Entity | None:
        """The other person a surname alone at ``pos`` may stand for, when the one it was read as
        is known to be of the other gender: `Clinton` read as `Bill Clinton`, where the article
        also names `Hillary Clinton`, for a `she` that follows."""
        surname = self._bare_surnames.get(pos)
        if surname is None or entity.gender is None or entity.gender == gender:
            return None
        found = self._full_names_of(surname)
        full = found.nearest_before(pos, gender) or found.most_frequent_for(gender)
        if full is None or first_name_gender(full[0].lower()) != gender:
            return None
        return self.entities.get(" ".join(full)) or self._new_entity(full)

    def _new_entity(self, full: tuple[str, ...]) -> Entity:
        entity = self.entities[" ".join(full)] = Entity(" ".join(full), full)
        _judge_name(entity, self.lexicon)
        return entity

    def _titled_somewhere(self, word: str) -> bool:
        """Whether the article puts a person's title or an honorific right before ``word`` somewhere."""
        lex = self.lexicon
        for pos in word_positions(self.text, word):
            title = _WORD_BEFORE_NAME.search(self.text, max(0, pos - 40), pos)
            bare = title.group(1).lower().rstrip(".") if title is not None else ""
            if bare in lex.honorifics or bare in lex.titles and bare not in _PLACE_TITLES and title.group(1)[0].isupper():
                return True
        return False

    def _given_name_known(self, words: tuple[str, ...], mention: Mention) -> tuple[str, ...] | None:
        """`Sir Julian` after `Sir Julian Mabbott`: a knight or a dame goes by the given name."""
        if len(words) != 1 or not any(t.lower() in ("sir", "dame") for t in mention.titles):
            return None
        start = mention.head_span.start
        surnames = [m.group(2) for m in _SURNAME_AFTER.finditer(self.text, max(0, start - _ROLE_WINDOW), start, overlapped=True)
                    if m.group(1) == words[0]]
        return (words[0], surnames[-1]) if surnames else None

    def _titled_full_name(self, words: tuple[str, ...], mention: Mention) -> tuple[str, ...] | None:
        """`Sen. Grieve` after `Sen. Walter Grieve and his wife, Councilwoman Deborah Grieve`:
        the fuller name that came with the same title, the nearest before it first."""
        keys = _title_keys(mention.titles, self.lexicon)
        if len(words) != 1 or not keys:
            return None
        found = self._full_names_of(words[0])
        pos = mention.head_span.start
        order = sorted(range(len(found.positions)), key=lambda i: (found.positions[i] > pos, -found.positions[i]))
        for i in order:
            start = found.positions[i]
            title = _WORD_BEFORE_NAME.search(self.text, max(0, start - 40), start)
            if title is not None and _title_keys((title.group(1),), self.lexicon) & keys:
                return found.names[i]
        return None

    def _honorific_gender(self, mention: Mention) -> str | None:
        honorifics = self.lexicon.honorifics
        return next((_title_gender(t, self.lexicon)
                     for t in mention.titles if t.lower().rstrip(".") in honorifics or t.lower() in honorifics), None)

    def _fullest(self, words: tuple[str, ...], pos: int, gender: str | None = None) -> tuple[str, ...]:
        """The fullest form of a name in the article: the nearest earlier one, else the most
        frequent later one, of the gender an honorific gives (`Mrs. Clinton`)."""
        if len(words) > 1 and words[0] not in NAME_PARTICLES:
            # a name given in full is its own fullest form (but not `de Blasio`), unless it ends a longer one
            return self._longer_ending_in(words, pos) or words
        surname = words[-1]
        if len(words) == 1 and surname.isupper() and len(surname) > 2 and surname[1:].lower() != surname[1:]:
            # `FALK:` labelling a transcript is `Ignatius Falk`; an acronym with no such full name stays itself
            # (and a word with no capitals after its first letter, `S''`, is already as titled as it gets)
            titled = self._fullest((surname[0] + surname[1:].lower(),), pos, gender)
            if len(titled) > 1:
                return titled
        found = self._full_names_of(surname)
        return found.nearest_before(pos, gender, lambda at: self._recent_subject(at, pos)) or found.most_frequent_for(gender) \
            or self._starting_with(surname, pos) or words

    def _longer_ending_in(self, words: tuple[str, ...], pos: int) -> tuple[str, ...] | None:
        """`Perez Ferrante` after `Ildo Perez Ferrante`: two words, the first no given name nor a
        place's first word, ending a longer name said before."""
        if len(words) != 2 or first_name_gender(words[0].lower()) is not None or words[0].lower() in _PLACE_STARTS:
            return None  # `South Carolina`, `State Department`: no surname of two words
        found = self._full_names_of(words[-1])
        said_before = bisect_right(found.positions, pos - 1)
        return next((full for full in reversed(found.names[:said_before])  # the latest first
                     if len(full) > 2 and full[-2:] == words and _opens_name(full[:-2])), None)

    def _recent_subject(self, at: int, pos: int) -> bool:
        """Whether the name at ``at`` is the subject of the sentence holding ``pos``, of the one
        before, or of an earlier one that only that person's quotations or pronouns follow
        (`Carla Venn spoke. "…," she said. "…" / "…," Venn said.`)."""
        k = bisect_right(self.sentence_starts, at) - 1
        last = bisect_right(self.sentence_starts, pos) - 1
        if k < 0 or k < last - 1 - _CARRIED_SUBJECT_SENTENCES:
            return False
        subject = self._sentence_subject(k)
        if subject is None or subject.head_span.start != at:
            return False
        gender = first_name_gender(self.text[at:subject.head_span.end].split()[0])
        return all(self._carries_subject(j, gender) for j in range(k + 1, last))

    def _sentence_subject(self, k: int) -> Mention | None:
        """The subject of sentence ``k``, read once: surnames read back over the same sentences."""
        if k not in self._subjects:
            sentence = self.sentences[k]
            self._subjects[k] = clause_subject(self.text, sentence.start, sentence.end, self.lexicon)
        return self._subjects[k]

    def _carries_subject(self, k: int, gender: str | None) -> bool:
        """Whether sentence ``k`` keeps the subject before it: a quotation alone, or a pronoun
        of the subject's gender as its subject."""
        subject = self._sentence_subject(k)
        if subject is None:
            start = self.sentences[k].start
            return self.inside_quote(start) or self.inside_quote(start + 1)
        return gender is not None and subject.kind == "pronoun" and _PERSON_PRONOUNS.get(subject.head) == gender

    def _full_names_of(self, surname: str) -> _FullNames:
        found = self._full_names.get(surname)
        if found is None:
            found = self._full_names[surname] = _FullNames(*self._scan_full_names(surname))
        return found

    def _starting_with(self, word: str, pos: int) -> tuple[str, ...] | None:
        """`Zhao` after `Spokeswoman Zhao Meiling`, `Tom` after `Tom Ebeling`: a word no longer
        name ends in, which opens the name of a person said earlier (the nearest), a given name
        or a name after a title."""
        opened = self._opened.get(word)
        if opened is None:
            opened = self._opened[word] = list(self._names_opened_by(word))
        earlier = [full for start, full in opened if start < pos]
        return earlier[-1] if earlier else None

    def _names_opened_by(self, word: str):
        if word.isupper():
            return  # `ESPN`, `CNN`: an acronym names an organisation, whatever words follow it
        endings = _name_endings(self.lexicon)  # `Peabody Energy`, `Fox News'`: a thing's name
        for start in word_positions(self.text, word):
            if self._in_title_case_headline(start):
                continue  # `ESPN Fires Schilling`: a headline's capitals make no name
            run = _NAME_AFTER_WORD.match(self.text, start + len(word))
            full = self._full_name(start, run.end()) if run is not None else None
            if full is not None and full[1][0] == word and len(full[1]) <= 3 \
                    and not any(bare_word(w).title() in endings or w in endings for w in full[1][1:]) \
                    and (first_name_gender(word) is not None or self._described_person(start, run.end())):
                yield start, full[1]

    def _described_person(self, start: int, end: int) -> bool:
        """Whether a title or a role stands with the name at ``start:end``: `President Xi
        Jinping`, `spokeswoman Zhao Meiling`, `Gao Junlan, a lawyer`, `The minister, Lou Jiwei`."""
        text, lex = self.text, self.lexicon
        title = _WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
        if title is not None and title.group(1).lower().rstrip(".") in lex.titles or _role_words_before(text, start, lex):
            return True
        return self._describes_person(match_near(_ROLE_APPOSED_AFTER, text, end)) \
            or self._describes_person(_ROLE_APPOSED_BEFORE.search(text, max(0, start - 60), start))

    def _scan_full_names(self, surname: str) -> tuple[list[tuple[int, tuple[str, ...]]], list[int]]:
        """Every longer name ending in ``surname``, and where the surname stands alone: a
        plain string search for the surname, then the capitalised words right before each
        occurrence."""
        found, alone = [], []
        text = self.text
        # not the first part of a joined surname: `Giulia Ferraro-Diaz` is no `Giulia Ferraro`
        spans = [(pos, pos + len(surname)) for pos in word_positions(text, surname)
                 if _JOINED_NEXT.match(text, pos + len(surname)) is None]
        plain = len(spans)
        for n, (pos, end) in enumerate(spans + self._joined_to_particles().get(surname, [])):
            prefix = _NAME_PREFIX.search(text, max(0, pos - 48), pos)
            full = self._full_name(prefix.start(), end) if prefix is not None else None
            if full is not None:
                found.append(full)
            elif n < plain:
                alone.append(pos)
        return sorted(found), alone

    def _joined_to_particles(self) -> dict[str, list[tuple[int, int]]]:
        """Surnames joined to a particle (`Masri` in `Khaled al-Masri`), each with its spans
        from the particle on, so the name before the particle is found too; one pass over the text."""
        if self._particles is None:
            self._particles = {}
            for m in _JOINED_SURNAME.finditer(self.text):
                self._particles.setdefault(m.group(1), []).append((m.start(), m.end()))
        return self._particles

    def _without_opening_word(self, toks: list) -> list:
        """`When Reginald Okoye`, `The Washington Post`: a capitalised function word opening
        the sentence is no part of a name that starts with a given name, ends as a newspaper's
        does or is described as a person's; anything else keeps it, and is no name (`As
        Western Europe`)."""
        if len(toks) < 3 or toks[0].lower not in self.lexicon.function_words \
                or toks[0].lower in self.lexicon.pronouns or any(possessive(t) for t in toks):
            return toks
        rest = toks[1:]
        if first_name_gender(rest[0].text) is not None or rest[-1].text in _name_endings(self.lexicon) \
                or self._described_person(rest[0].start, rest[-1].end):  # `But Kim Sola, a lawyer,`
            return rest
        return toks

    def _full_name(self, start: int, end: int) -> tuple[int, tuple[str, ...]] | None:
        toks = tokens(self.text, start, end, self.lexicon)
        stops = [i for i, t in enumerate(toks) if not t.is_word]
        toks = toks[stops[-1] + 1 :] if stops else toks  # `State. Peskov`: a full stop ends a name
        toks = self._without_opening_word(toks)
        owners = [i for i, t in enumerate(toks[:-1]) if possessive(t)]
        toks = toks[owners[-1] + 1 :] if owners else toks  # `MSNBC's Chris Matthews`: the owner is no part of the name
        mention = name_mention(self.text, toks, self.lexicon) if len(toks) > 1 else None
        if mention is None or len(mention.head.split()) < 2 or mention.head[0].islower() \
                or any(w.lower() in self.lexicon.function_words for w in mention.head.split()[:-1]):
            return None  # `Show Compassion For Louisiana`, a headline's capitals, is no longer `Louisiana`;
            # nor is `de Blasio` a fuller name than itself
        words = self._name_proper(tuple(mention.head.split()), mention.head_span.start, bool(mention.titles))
        return (mention.head_span.start, words) if len(words) > 1 else None

    def _name_proper(self, words: tuple[str, ...], pos: int, titled: bool) -> tuple[str, ...]:
        """The words of a person's name in a run of capitals ending in a surname: in a title
        (a headline or a quoted title in title case, `The Inside Story of the Real Ana Ortiz`)
        only the given names and initials right before the surname; elsewhere without a
        capitalised role or party (`Senators`, `Democrat`) or a first word that is no name
        (`Neither Ortiz nor …`, `See Ortiz's timeline`)."""
        if self._in_title(pos):
            i = len(words) - 1
            while i > 0 and _given_like(words[i - 1]):
                i -= 1
            return words[i:]
        words, pos, titled = self._after_office(words, pos, titled)
        while len(words) > 1 and not _given_like(words[0]) and (
                _role_word(words[0].lower(), self.lexicon) or self._no_given_name(words[0], pos, titled)):
            words, titled = words[1:], True
            pos = self.text.find(words[0], pos)
        return words

    def _after_office(self, words: tuple[str, ...], pos: int, titled: bool) -> tuple[tuple[str, ...], int, bool]:
        """`Health Carlos Mendes` after `Minister of`: capitals after a title's `of` or `for` name
        its office up to a given name, where the person's name starts."""
        title = _TITLE_AND_OF_BEFORE.search(self.text, max(0, pos - 48), pos)
        if title is None or title.group(1).lower() not in self.lexicon.titles:
            return words, pos, titled
        given = next((i for i in range(1, len(words) - 1) if _given_like(words[i])), None)
        if given is None:
            return words, pos, titled
        return words[given:], self.text.find(words[given], pos), True

    def _no_given_name(self, word: str, pos: int, titled: bool) -> bool:
        """Whether a capitalised word before a surname is no given name: a function word, or
        a word opening its sentence (not after a title: `Sen. Ana Ortiz`) that ends as `-ing`
        does or that the article writes in lower case too (`See Ortiz's timeline`)."""
        lower = bare_word(word)
        if lower in self.lexicon.determiners or lower in self.lexicon.function_words:
            return True
        return not titled and sentence_initial(self.text, pos) and (lower.endswith("ing") or lower in self._lower_words())

    def _lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case, gathered in one pass on first need."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return self._lower

    def _in_title(self, pos: int) -> bool:
        """Whether ``pos`` lies in a headline or a quotation in title case, whose capitals make no names."""
        if self._in_title_case_headline(pos):
            return True
        i = bisect_right(self.quoted_starts, pos) - 1
        if i < 0 or pos >= self.quoted[i].end:
            return False
        titled = self._titled_quotes.get(i)
        if titled is None:  # once per quotation, and only a short one can be a title
            quote = self.quoted[i]
            titled = self._titled_quotes[i] = quote.end - quote.start <= _TITLE_CHARS and _title_case(self.text, quote)
        return titled

    def _learn(self, entity: Entity, mention: Mention) -> None:
        lex = self.lexicon
        for title in mention.titles:
            bare = title.lower().rstrip(".")
            entity.roles.add(bare)
            entity.roles.update(lex.title_roles.get(bare, ()))
            entity.gender = entity.gender or _title_gender(title, lex)
            entity.named_gender = entity.named_gender and _title_gender(title, lex) is None
            if bare in lex.honorifics or (bare in lex.titles and bare not in _PLACE_TITLES):
                entity.person = True
        for role in mention.roles:
            self._role(entity, role)
        apposition = _APPOSITION.match(self.text, mention.span.end)
        if apposition:
            for word in _LETTERS.findall(apposition.group(1)):
                self._role(entity, word.lower())

    def _role(self, entity: Entity, word: str) -> None:
        lex = self.lexicon
        entity.roles.update(lex.title_roles.get(word, ()))
        if word in lex.role_nouns or word in lex.titles:
            entity.roles.add(word)
            if word not in lex.thing_nouns and entity.person is None:
                entity.person = True
        if word in lex.gendered_nouns:
            entity.gender = entity.gender or lex.gendered_nouns[word]
            entity.named_gender = False

    def introduced_with(self, role: str, pos: int, pattern: re.Pattern | None = None,
                        gender: str | None = None) -> Entity | None:
        """The latest person before ``pos`` named together with a role word: `Press
        Secretary Dmitry Peskov`, `billionaire Donald Trump`, `Peskov, the spokesman,`;
        or with the words ``pattern`` matches (`Ortiz, an Ohio Republican,`), the name before
        them where its group `apposed` matches (`Kate Fenwick, 29,`). A role of one
        ``gender`` (`the congresswoman`) passes over a person of the other, and a role
        without `former` over the former holders (`former Gov. Eldon Straub`)."""
        current = pattern is None
        pattern = pattern or _role_pattern(role, self.lexicon)
        window = pattern.finditer(self.text, max(0, pos - _ROLE_WINDOW), pos)
        matches = [m for m in window if not self.inside_quote(m.start())
                   and not (current and _QUALIFIED_BEFORE.search(self.text, max(0, m.start() - 10), m.start()))]
        personal = role in self.lexicon.titles or role in self.lexicon.gendered_nouns
        for match in reversed(matches[-_ROLE_LOOKBACK:]):
            mention = self._name_ending(match.start()) if match.groupdict().get("apposed") \
                else self._name_with_role(*match.span(), role)
            if mention is not None:
                entity = self.entity(mention)
                if personal and entity.person is False:
                    continue  # `released by the State Department, the candidate …`: no candidate's name
                if gender is None or entity.gender in (None, gender):
                    return entity
        return None

    def _name_with_role(self, start: int, end: int, role: str) -> Mention | None:
        """The name a use of a role word at ``start:end`` comes with, after it or before it."""
        # a role word in capitals ends the name before it (`the Federal Emergency Agency`)
        # `the Beige Book report`; but `the Lincoln actor` played Lincoln, a name before a person's role is no name of theirs
        modified = self._name_modifying(start) \
            if not self.text[start].isupper() and role in self.lexicon.thing_nouns else None
        return self._name_after(end, apposed=not role.endswith("s") or role.endswith("ss")) \
            or self._name_before(start) or modified

    def _name_ending(self, pos: int) -> Mention | None:
        """`Kate Fenwick, 29,`: the name right before what is apposed to it at ``pos``."""
        run = _NAME_RUN_ENDING.search(self.text, max(0, pos - 80), pos)
        return self._run_mention(run) if run is not None else None

    def named_kind(self, kind: str, pos: int) -> Entity | None:
        """The latest name before ``pos`` of the kind a noun names: `the newspaper` after
        `The Daily Herald`, `the agency` after `the Federal Emergency Agency`; a noun with no
        names of its kind listed ends them itself (`the bank` after `Northgate Bank`)."""
        pattern = _kind_pattern(kind, self.lexicon)
        found = [m for m in pattern.finditer(self.text, max(0, pos - _ROLE_WINDOW), pos) if not self.inside_quote(m.start())]
        for match in reversed(found[-_ROLE_LOOKBACK:]):
            toks = tokens(self.text, match.start("name"), match.end("name"), self.lexicon)
            while len(toks) > 1 and toks[0].lower in self.lexicon.function_words:
                toks = toks[1:]
            mention = name_mention(self.text, toks, self.lexicon)
            if mention is not None and mention.head.lower() != kind:  # `Bank officials`: the word alone names no bank
                return self.entity(mention)
        return None

    def _name_modifying(self, pos: int) -> Mention | None:
        """`the Beige Book report`, `The New York Times editorial`: a name right before the
        role word, naming the thing."""
        run = _NAME_RUN_BEFORE.search(self.text, max(0, pos - 80), pos)
        if run is None:
            return None
        toks = tokens(self.text, run.start("name"), run.end("name"), self.lexicon)
        if toks and toks[0].lower in self.lexicon.function_words:
            return None  # `A spokesman`: a capital that opens the sentence
        return name_mention(self.text, toks, self.lexicon) if len(toks) > 1 or toks and toks[0].text.isupper() else None

    def _name_after(self, pos: int, apposed: bool = False) -> Mention | None:
        """`Press Secretary Dmitry Peskov`, or with ``apposed`` a name apposed to the role:
        `her husband, Paul Albers,`, `a spokeswoman for the Regional Council, Petra Lindahl,`
        (but `party leaders, Ana Ortiz` is one of them)."""
        if apposed and (employer := _EMPLOYER.match(self.text, pos)) is not None:
            pos = employer.end()
        apposed = _COMMA_BEFORE_NAME.match(self.text, pos) if apposed else None
        start = apposed.end() if apposed is not None else \
            pos + len(self.text[pos : pos + 3]) - len(self.text[pos : pos + 3].lstrip())
        office = _OFFICE.match(self.text, start) if apposed is None else None
        if office is not None:  # only a title in capitals takes an office: not `supporters of Democrat Ana Ortiz`
            title = _TITLE_ENDING.search(self.text, max(0, pos - 30), pos)
            office = office if title is not None and title.group(1).lower() in self.lexicon.titles else None
        run = _NAME_RUN.match(self.text, office.end() if office else start)
        if office is not None and run is not None:
            run = self._name_after_office(run)
            pos = run.start() - 1 if run is not None else pos
        if run is None or run.start() - pos > (4 if apposed else 2) \
                or apposed is not None and not _APPOSITION_CLOSES.match(self.text, run.end()):
            return None
        mention = self._run_mention(run)
        return mention if mention is not None and mention.head[0].isupper() else None

    def _name_after_office(self, run):
        """`Secretary of [Homeland Security Jeh Johnson]`: the name in the capitals after an
        office starts at a known given name, or else is their last two words."""
        words = list(_WORD_IN_RUN.finditer(self.text, run.start(), run.end()))
        given = next((m for m in words[1:] if first_name_gender(m.group().lower()) is not None), None)
        start = given.start() if given is not None else words[-2].start() if len(words) >= 3 else None
        return _NAME_RUN.match(self.text, start) if start is not None else None

    def _name_before(self, pos: int) -> Mention | None:
        """`Dmitry Peskov, the Kremlin spokesman`: the name before an apposition."""
        apposition = _APPOSITION_BEFORE.search(self.text, max(0, pos - 120), pos)
        if apposition is None:
            return None
        run = _NAME_RUN.match(self.text, apposition.start(1))
        return self._run_mention(run) if run is not None and run.end() == apposition.end(1) else None

    def sentence_entities(self, k: int) -> list[tuple[int, Entity, bool]]:
        """Names of sentence ``k`` outside quotations, as (position, entity, is subject)."""
        cached = self._sentence_cache.get(k)
        if cached is not None:
            return cached
        sentence = self.sentences[k]
        if k == 0 and self._in_title_case_headline(sentence.start):
            self._sentence_cache[k] = []
            return []  # a headline in title case: its capitals make names of anything (`Council On Budget`)
        mentions = [m for m in map(self._run_mention, self._runs_outside_quotes(sentence)) if m is not None]
        opening = _OPENING_ROLE.match(self.text, sentence.start, sentence.end)
        described = opening is not None and self._bare_role(opening.group(1))  # `The senator said`, `The Dutchman said`
        subject = clause_subject(self.text, sentence.start, sentence.end, self.lexicon) \
            if mentions or described else None
        subject_at = subject.head_span.start if subject is not None and subject.kind == "name" else -1
        found = [(m.head_span.start, self.entity(m),
                  m.head_span.start <= subject_at < m.head_span.end or m.head_span.start == subject_at
                  or i == 0 and self._owner_opening(m, sentence))
                 for i, m in enumerate(mentions)]
        for (_, entity, _), mention in zip(found, mentions):
            self._note_place(entity, mention)
        person = self._described_subject(subject) if subject is not None and subject.kind == "nominal" else None
        if person is not None:
            found = sorted(found + [(subject.head_span.start, person, True)], key=lambda item: item[0])
        self._sentence_cache[k] = found
        return found

    def _bare_role(self, word: str) -> bool:
        """A role word in lower case (`senator`), or a demonym, which is capitalised (`Dutchman`)."""
        return word in self.lexicon.role_nouns if word.islower() else word.lower() in self.lexicon.demonyms

    def introduced_as(self, role: str, pos: int, pattern: re.Pattern | None = None) -> Entity | None:
        """The person introduced with a role word (see `introduced_with`); for a demonym, with
        its nationality too (`Dutch striker Ruud Kamp` for `the Dutchman`)."""
        found = self.introduced_with(role, pos, pattern)
        if found is None and pattern is None and role in self.lexicon.nationalities:
            found = self.introduced_with(role, pos, _nationality_pattern(role, self.lexicon))
        return found

    def _owner_opening(self, mention: Mention, sentence: Span) -> bool:
        """`Ana Ortiz's future is unclear, but she said …`: the owner of what opens the
        sentence is what the sentence is about, as its subject is; not the owner of a person
        (`Ortiz's husband said he …`), who is someone else."""
        if mention.span.start != after_dateline(self.text, sentence.start, sentence.end):
            return False
        owned = _OWNED_AFTER.match(self.text, mention.head_span.end, sentence.end)
        lex = self.lexicon
        return owned is not None and not any(
            w in lex.gendered_nouns or w in lex.role_nouns and w not in lex.thing_nouns
            for w in owned.group(1).split())

    def _described_subject(self, subject: Mention) -> Entity | None:
        """`The senator downplayed it.`, `The former governor stayed home.`: a subject that is
        nothing but a role, describing the person the article named with it, who a pronoun
        after it may stand for (not `the Vermont senator`, whose modifier may name someone else)."""
        if not self._bare_role(self.text[subject.head_span.start : subject.head_span.end]) \
                or subject.head in self.lexicon.thing_nouns \
                or _BARE_ROLE.fullmatch(self.text, subject.span.start, subject.span.end) is None \
                or not _singular_definite(subject, self.text, self.lexicon):
            return None
        entity = self.introduced_as(subject.head, subject.span.start, _qualified_pattern(self.text, subject, self.lexicon))
        if entity is None or entity.person is False or self._in_title_case_headline(entity.positions[0]):
            return None
        return entity

    def _in_title_case_headline(self, pos: int) -> bool:
        """Whether ``pos`` lies in a first sentence in title case, whose capitals make no names."""
        if self._headline_end is None:
            first = self.sentences[0] if self.sentences else None
            self._headline_end = first.end if first is not None and _title_case(self.text, first) else 0
        return pos < self._headline_end

    def _described(self, tok) -> bool:
        """`Okafor, the coach, was furious`: a word opening its sentence is a name when a
        description of a person is apposed to it."""
        return self._describes_person(_APPOSITION.match(self.text, tok.end))

    def _describes_person(self, apposition) -> bool:
        """Whether an apposition (its first group) holds a person's role word; shared by the
        name opening a sentence and the name a first word stands for."""
        return apposition is not None and any(
            word.lower() in self.lexicon.role_nouns and word.lower() not in self.lexicon.thing_nouns
            for word in _LETTERS.findall(apposition.group(1)))

    def _note_place(self, entity: Entity, mention: Mention) -> None:
        """An entity of unknown kind named only after a preposition of place (`moved to Leeds`,
        `in Ohio`) is no one a gendered pronoun stands for."""
        located = _PLACE_BEFORE.search(self.text, max(0, mention.span.start - 12), mention.span.start) is not None
        if len(entity.positions) == 1:
            entity.placed = located
        elif not located:
            entity.placed = False

    def _runs_outside_quotes(self, sentence: Span):
        start = after_dateline(self.text, sentence.start, sentence.end)  # `KYIV, Ukraine (AP) —` names no one
        return (run for run in _NAME_RUN.finditer(self.text, start, sentence.end)
                if not self.inside_quote(run.start()) and not self.in_furniture(run.start()))

    def _run_mention(self, run) -> Mention | None:
        toks = tokens(self.text, run.start(), run.end(), self.lexicon)
        for i, tok in enumerate(toks):
            if not tok.is_word and tok.text != "-":
                toks = toks[:i]  # `Sanders. That’s`: a full stop ends the name
                break
            if possessive(tok) and i + 1 < len(toks):
                toks = toks[: i + 1]  # `Ana Ortiz's Senate campaign`: the owner's name ends at its `'s`
                break
        while toks and bare_word(toks[0].text) in self.lexicon.function_words and toks[0].lower not in self.lexicon.honorifics:
            toks = toks[1:]
        if not toks or len(toks) > 1 and all(t.text.isupper() for t in toks):
            return None  # a heading in capitals
        if len(toks) == 1 and (toks[0].lower in _CALENDAR or not (
                name_like(self.text, toks[0].text, toks[0].start, self.lexicon) or self._described(toks[0]))):
            return None  # `in March`: a month is nobody; `Details, the …` opens a sentence
        roles = tuple(_role_words_before(self.text, run.start(), self.lexicon))
        return name_mention(self.text, toks, self.lexicon, roles)


@lru_cache(maxsize=256)  # a document names a few dozen kinds; more than 64 over a corpus
def _kind_pattern(kind: str, lexicon: Lexicon) -> regex.Pattern:
    ends = "|".join(regex.escape(w) for w in lexicon.kind_name_words.get(kind, (kind.capitalize(),)))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}’'\-])(?P<name>(?:\p{{Lu}}[\p{{L}}\p{{M}}’'.\-]*\s+){{0,4}}(?:{ends})"
        # `the Ministry of Finance`, `the Bureau of Labor Statistics`
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*(?:\s+(?:and\s+)?\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*){{0,3}})?)"
        rf"(?![\p{{L}}\p{{M}}])"
    )


@lru_cache(maxsize=4096)
def _role_pattern(role: str, lexicon: Lexicon, former: bool = False) -> re.Pattern:
    forms = _role_forms(role, lexicon)
    words = "|".join(sorted(re.escape(f) for f in forms))
    if former:
        return re.compile(rf"(?i)(?<![^\W\d_])(?:former\s+|ex-)(?:(?:state|federal|county|city|u\.s\.)\s+)?(?:{words})\.?(?![^\W\d_])")
    # the lookahead on the first letters lets the engine skip ahead to where a form can start
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    return re.compile(rf"(?i)(?=[{first}])(?<![^\W\d_])(?:{words})\.?(?![^\W\d_])")


def _role_forms(role: str, lexicon: Lexicon) -> set[str]:
    """A role and the titles that say it (`senator`: `sen`, `sens`)."""
    return {role} | {t for t, roles in lexicon.title_roles.items() if role in roles}


def _qualified_pattern(text: str, mention: Mention, lexicon: Lexicon) -> re.Pattern | None:
    """`the former governor`, `the deputy minister`: the pattern of the person introduced as
    a former one or with that rank, not the governor or the minister; `the 29-year-old`, of
    the person given that age; None for a plain role."""
    if mention.head == "year-old":
        age = _DIGITS.match(text, mention.head_span.start)
        return _age_pattern(age.group()) if age is not None else None
    if _FORMER.search(text, mention.span.start, mention.head_span.start) is not None:
        return _role_pattern(mention.head, lexicon, former=True)
    rank = _RANK.search(text, mention.span.start, mention.head_span.start)
    return _ranked_pattern(rank.group(1).lower(), mention.head, lexicon) if rank is not None else None


@lru_cache(maxsize=64)
def _nationality_pattern(demonym: str, lexicon: Lexicon) -> regex.Pattern:
    """The nationality of a demonym as it introduces a person next to it: before one or two
    role words (`Dutch striker Ruud Kamp`, `Kamp, the Dutch striker,`, `Paulo Serra, the former
    Portugal midfielder,`) or as the owner (`Sweden's Elsa Lindgren`); not before a group or a
    thing (`Dutch company Verhoek`)."""
    forms = "|".join(sorted(map(regex.escape, lexicon.nationalities[demonym]), key=len, reverse=True))
    roles = "|".join(sorted(map(regex.escape, lexicon.role_nouns - lexicon.thing_nouns - lexicon.group_nouns),
                            key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\-])(?:{forms})(?:[’']s|(?:[^\S\n]+(?:{roles})){{1,2}})(?![\p{{L}}\-])")


@lru_cache(maxsize=64)
def _age_pattern(age: str) -> regex.Pattern:
    """An age given before a name (`the 29-year-old Kate Fenwick`) or apposed after it, where
    group `apposed` matches (`Kate Fenwick, 29,`, `Kate Fenwick, aged 29.`)."""
    return regex.compile(
        rf"(?<![\p{{L}}\d\-]){age}-year-old(?![\p{{L}}\-])"
        rf"|(?P<apposed>(?<=\p{{L}}),[^\S\n]+(?:aged[^\S\n]+)?{age}(?=[,;:)]|\.(?:\s|$)))"
    )


@lru_cache(maxsize=64)
def _ranked_pattern(rank: str, role: str, lexicon: Lexicon) -> re.Pattern:
    """`Vice President Lee Chan`, `Deputy Minister Lee Chan`, and a deputy by that word alone
    (`her deputy, Lee Chan`)."""
    words = "|".join(sorted(re.escape(f) for f in _role_forms(role, lexicon)))
    alone = "?" if rank == "deputy" else ""
    rank = r"(?:lieutenant|lt\.)" if rank == "lieutenant" else rank  # `Lt. Gov. Ana Ortiz`
    return re.compile(rf"(?i)(?<![^\W\d_]){rank}(?:[\s-]+(?:{words})\.?){alone}(?![^\W\d_])")


@lru_cache(maxsize=256)
def _unnamed_role_pattern(role: str) -> regex.Pattern:
    """`a spokesman`, `an aide to the mayor`, with no name in apposition after it."""
    return regex.compile(
        rf"(?<![\p{{L}}\-])(?:[Aa]|[Aa]n)\s+(?:[\p{{L}}\-’']+\s+){{0,3}}?{regex.escape(role)}(?![\p{{L}}\-])"
        r"(?![^\S\n]*,[^\S\n]*\p{Lu})"
    )


def _title_gender(title: str, lexicon: Lexicon) -> str | None:
    """The gender an honorific gives (`Mrs.`, `Mr`), None for any other title."""
    return lexicon.honorifics.get(title.lower(), lexicon.honorifics.get(title.lower().rstrip(".")))


def _title_keys(titles: Sequence[str], lexicon: Lexicon) -> set[str]:
    """What titles other than honorifics say someone is, `Sen.` and `Senator` alike, but not
    what they share with other titles (`lawmaker`)."""
    keys: set[str] = set()
    for title in titles:
        bare = title.lower().rstrip(".")
        if bare in lexicon.titles and bare not in lexicon.honorifics:
            keys |= {bare, *lexicon.title_roles.get(bare, ())}
    return keys - _SHARED_ROLES


_SHARED_ROLES = frozenset({"lawmaker", "cleric"})
# Title words that also open the names of places and institutions (`White House`, `State Department`).
_PLACE_TITLES = frozenset({"house", "white", "state", "u.s", "us"})


def _given_like(word: str) -> bool:
    """A known given name or an initial (`J.`, `J.M.`)."""
    return first_name_gender(word) is not None or _INITIALS.fullmatch(word) is not None


_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}’'\-])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])")


def _role_word(word: str, lexicon: Lexicon) -> bool:
    """A role, a party or a demonym, singular or plural: `Senators`, `Democrat`, `Vermonter`."""
    forms = (word, word[:-1], word[:-3] + "y") if word.endswith("s") else (word,)
    return any(f in lexicon.role_nouns or f in lexicon.titles or f in lexicon.party_nouns or f in lexicon.demonyms
               for f in forms)


def _judge_name(entity: Entity, lexicon: Lexicon) -> None:
    """Person or not, and gender, from the shape of the name alone."""
    words = [w.lower() for w in entity.tokens]
    if len(words) > 1:
        entity.gender = first_name_gender(words[0])
        entity.named_gender = entity.gender is not None
        entity.person = True if entity.gender else None  # a known given name
    if any(w in _ORG_WORDS for w in words) or words[0] in _PLACE_STARTS:
        entity.person = False
    elif any(t.isupper() and len(t) > 1 and "." not in t for t in entity.tokens):
        entity.person = False  # an acronym: CNN, NATO, Interim DNC
    elif words[-1].endswith("s") and words[-1][:-1] in ("american", "democrat", "republican", "african"):
        entity.person = False


def _role_words_before(text: str, pos: int, lexicon: Lexicon) -> list[str]:
    """Role words in the lower-case run right before a name (`billionaire Ana Ortiz`); a
    preposition or a clause's subject ends the run, so `told reporters in Ohio` makes no
    reporter of Ohio, nor `the candidate she regards as America's hope` a candidate of America."""
    words = _LOWER_WORDS.findall(text, max(0, pos - 60), pos)[-4:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in PREPOSITIONS or words[i] in lexicon.subject_pronouns:
            words = words[i + 1 :]
            break
    return [w for w in words if w in lexicon.role_nouns and w not in lexicon.group_nouns or w in lexicon.gendered_nouns]


class Resolver:
    """Resolves speaker mentions, in text order, to canonical names.

    Mentions must be resolved in the order they occur: each resolved speaker becomes an
    antecedent candidate for the pronouns after it.
    """

    def __init__(self, table: EntityTable, lexicon: Lexicon = ENGLISH):
        self.table = table
        self.lexicon = lexicon
        self.sentence_starts = [s.start for s in table.sentences]
        self.speakers: list[tuple[int, Entity]] = []
        self.speaker_positions: list[int] = []
        self._cache: dict[Span, Resolved] = {}
        self._organisations: dict[Span, Entity] = {}

    def resolve(self, mention: Mention) -> Resolved:
        cached = self._cache.get(mention.span)
        if cached is None:
            cached = self._cache[mention.span] = self._resolve(mention)
        return cached

    def _resolve(self, mention: Mention) -> Resolved:
        text = self.table.text
        if mention.kind == "name":
            named = self.table.entity(mention)
            if named.person is None and len(named.tokens) in (2, 3) and not _THE.match(text, mention.span.start):
                named.person = True  # a named speaker with a first and a last name, not `the Harbor Sun-Times`
            self._spoke(mention, named)
            if names_a_pair(text, mention, self.lexicon):
                return Resolved(_unresolved_name(text, mention), "name", True)  # `Ana Ortiz and Lee Chan`: both speak
            return Resolved(named.name, "name" if named.name == mention.head else "alias", True)
        entity: Entity | None
        if mention.kind == "pronoun":
            entity = self._pronoun(mention)
            resolution: Resolution = "pronoun"
        else:
            entity, introduced = self._description(mention)
            resolution = "description"
            if entity is not None and not introduced:
                # an epithet read as the person of the last sentences: a guess that is not
                # allowed to steer the pronouns after it
                return Resolved(entity.name, resolution, False)
        if entity is None:
            return Resolved(_unresolved_name(text, mention), "unresolved", False)
        self._spoke(mention, entity)
        return Resolved(entity.name, resolution, False)

    def _spoke(self, mention: Mention, entity: Entity) -> None:
        pos = mention.head_span.start
        if not self.speaker_positions or pos >= self.speaker_positions[-1]:
            self.speakers.append((pos, entity))
            self.speaker_positions.append(pos)
        if mention.kind == "pronoun" and mention.head in _PERSON_PRONOUNS:
            entity.gender = entity.gender or _PERSON_PRONOUNS[mention.head]
            entity.named_gender = entity.named_gender and entity.gender != _PERSON_PRONOUNS[mention.head]
            entity.person = True

    def _pronoun(self, mention: Mention) -> Entity | None:
        word = mention.head
        if word in _PERSON_PRONOUNS:
            gender = _PERSON_PRONOUNS[word]

            def fits(e: Entity) -> bool:
                return e.person is not False and e.gender in (None, gender) and not (e.placed and e.person is None)

            return self._subject_of_misread_gender(mention.span.start, fits) \
                or self._antecedent(mention.span.start, fits, gender)
        if word == "it":
            return self._antecedent(mention.span.start, lambda e: e.person is False) \
                or self._organisation_subject(mention.span.start)
        return None

    def _organisation_subject(self, pos: int) -> Entity | None:
        """For an `it` no name stands for, the organisation described, not named, as the subject of its
        sentence or the one before (`Britain's biggest water utility was fined. "…," it said.`)."""
        s = bisect_right(self.sentence_starts, pos) - 1
        section = self.table.section_start(pos)
        for k in range(s, max(-1, s - 2), -1):
            if self.table.sentences[k].end <= section:
                break
            subject = _organisation_opening(self.table.text, self.table.sentences[k], self.lexicon)
            if subject is not None and subject.head_span.end <= pos:
                return self._described_organisation(subject)
        return None

    def _described_organisation(self, subject: Mention) -> Entity:
        """One entity per description, so that every `it` after it is the same speaker."""
        found = self._organisations.get(subject.span)
        if found is None:
            name = _unresolved_name(self.table.text, subject)
            found = self._organisations[subject.span] = Entity(name, (subject.head,), person=False)
        return found

    def _antecedent(self, pos: int, fits: Callable[[Entity], bool], gender: str | None = None) -> Entity | None:
        """The most recent fitting entity, sentence by sentence going back: the subject
        first, then the speakers, then any name. Known people are preferred over names that
        may or may not be people; past the last few sentences, the last fitting speaker."""
        maybe: Entity | None = None
        for at, entity in self._candidates(pos):
            if gender is not None and at is not None and not fits(entity):
                entity = self._namesake(at, entity, gender, pos, fits) or entity
            if fits(entity):
                if entity.person:
                    return entity
                maybe = maybe or entity
        if maybe is not None:
            return maybe
        section = self.table.section_start(pos)
        for spoke_at, entity in reversed(self.speakers[-_RECENT_SPEAKERS:]):
            if spoke_at >= section and fits(entity):
                return entity
        return None

    def _subject_of_misread_gender(self, pos: int, fits: Callable[[Entity], bool]) -> Entity | None:
        """`Lindsey Graham …. Graham assures his audience he will`: the person subject of the
        pronoun's own sentence, whose gender rests on a first name alone, when no one the pronoun
        fits is named or speaks in that sentence or the one before."""
        s = bisect_right(self.sentence_starts, pos) - 1
        subjects = [(p, e) for p, e, subject in self.table.sentence_entities(s) if subject and p < pos]
        if not subjects:
            return None
        entity = max(subjects, key=lambda item: item[0])[1]
        if not (entity.person and entity.named_gender) or fits(entity):
            return None
        start = self.sentence_starts[max(0, s - 1)]
        spoke = self.speakers[bisect_right(self.speaker_positions, start - 1): bisect_right(self.speaker_positions, pos - 1)]
        if any(fits(e) for _, e in spoke) or self._person_named_between(start - 1, pos, fits):
            return None
        return entity if entity.named_gender else None  # reading the sentences may have told its gender

    def _namesake(self, at: int, entity: Entity, gender: str, pos: int, fits: Callable[[Entity], bool]) -> Entity | None:
        """The namesake of ``gender`` a surname alone at ``at`` may stand for, unless a person the
        pronoun at ``pos`` fits is named in between (`Venn put Marsh on the defensive. He …`)."""
        namesake = self.table.namesake_of_gender(at, entity, gender)
        return namesake if namesake is not None and not self._person_named_between(at, pos, fits) else None

    def _person_named_between(self, start: int, end: int, fits: Callable[[Entity], bool]) -> bool:
        """Whether a fitting person is named after ``start`` and before ``end``."""
        first = bisect_right(self.sentence_starts, start) - 1
        last = bisect_right(self.sentence_starts, end) - 1
        return any(start < p < end and entity.person and fits(entity)
                   for k in range(first, last + 1) for p, entity, _ in self.table.sentence_entities(k))

    def _candidates(self, pos: int):
        """Antecedent candidates, best first: the subjects and speakers of the last few
        sentences, latest first; then every other name, latest first."""
        s = bisect_right(self.sentence_starts, pos) - 1
        others: list[Entity] = []
        section = self.table.section_start(pos)
        for k in range(s, max(-1, s - _LOOKBACK_SENTENCES), -1):
            sentence = self.table.sentences[k]
            if sentence.end <= section:
                break  # the item of a live page before this one is about someone else
            hi = min(pos, sentence.end)
            named = [(p, e, subj) for p, e, subj in self.table.sentence_entities(k) if p < hi]
            spoke = self.speakers[bisect_right(self.speaker_positions, sentence.start - 1):
                                  bisect_right(self.speaker_positions, hi - 1)]
            prominent = [(p, e) for p, e, subj in named if subj] + spoke
            yield from sorted(prominent, key=lambda item: -item[0])
            others.extend(e for _, e, _ in reversed(named))
        yield from ((None, e) for e in others)

    def _owner(self, mention: Mention) -> Entity | None:
        """The person named as the owner of a description: `Holt's` of `Holt's statement`."""
        text = self.table.text
        owned = _OWNED.match(text, mention.span.start, mention.head_span.start)
        if owned is None:
            return None
        owner = name_mention(text, tokens(text, owned.start("name"), owned.end("name"), self.lexicon), self.lexicon)
        if owner is None or owner.kind != "name":
            return None
        entity = self.table.entity(owner)
        return entity if entity.person is not False else None

    def _description(self, mention: Mention) -> tuple[Entity | None, bool]:
        """`the press secretary`: the latest entity introduced with that role; a person's
        role the article never attached to a name (`the Vermont senator`) is an epithet for
        the person the last sentences are about."""
        lex = self.lexicon
        head = mention.head
        if self._names_no_one(mention):
            return None, True
        if head in lex.authored_nouns:
            owner = self._owner(mention)
            if owner is not None:
                return owner, True  # `Holt's statement said`: the statement speaks for Holt
        found = self._introduced_description(mention)
        if found is None and (head in lex.kind_name_words or _kind_of_organisation(mention, self.table.text, lex)):
            found = self.table.named_kind(head, mention.span.start)
        if head in lex.thing_nouns and head not in lex.title_roles:
            # `the report`: only the named thing introduced as a report, never a person
            return (found if found is None or not found.person else None), True
        if found is not None or not self._may_be_epithet(mention):
            return found, True
        if self._introduced_unnamed(mention):
            return None, True  # `A ministry spokesman said …. "No," the spokesman said`: that one, unnamed
        gender = lex.gendered_nouns.get(head)
        found = self._antecedent(mention.span.start, lambda e: e.person is True and e.gender in (None, gender)
                                 if gender else e.person is True)
        return found, False

    def _names_no_one(self, mention: Mention) -> bool:
        """`others said`, `another senator said`, `a new poll`, `the crowd roared`: no one the
        article names (a crowd gets no name in apposition either)."""
        lex = self.lexicon
        return mention.head in lex.indefinite_pronouns or mention.head in lex.crowd_nouns \
            or _INDEFINITE.match(self.table.text, mention.span.start) is not None

    def _introduced_description(self, mention: Mention) -> Entity | None:
        """The entity the article introduced with the description's role and modifiers."""
        lex = self.lexicon
        head = mention.head
        text = self.table.text
        # `the Ohio Republican`: a party names too many to have introduced this one, but the
        # party with the same modifiers does (`Ortiz, an Ohio Republican,`)
        state = _state_named(text, mention, lex) if head in lex.party_nouns or head in _STATE_ROLES else None
        if state is not None:
            # `the Ohio senator`, `the Ohio Republican`: the person tagged `(R-Ohio)` or introduced as
            # `Ohio Sen.`, `an Ohio Republican`; else an epithet, not the last senator of any state
            found = self.table.introduced_with(head, mention.span.start, _state_pattern(state, head, lex)) \
                or self.table.introduced_with(head, mention.span.start, _modified_pattern(text, mention, lex))
            return found if found is not None and found.person is not False else None
        if head not in lex.party_nouns and head not in lex.demonyms:
            pattern = _qualified_pattern(text, mention, lex)
            # `the university` after `a spokeswoman for Northgate University`: the university, not her
            found = self.table.named_kind(head, mention.span.start) if head in lex.kind_name_words else None
            return found or self.table.introduced_with(head, mention.span.start, pattern, lex.gendered_nouns.get(head))
        # `the Democrat`: the person introduced as one (`Democrat Ana Ortiz`, `Ortiz, a Kansas Democrat,`)
        found = self.table.introduced_as(head, mention.span.start, _modified_pattern(text, mention, lex))
        return found if found is not None and found.person is not False else None

    def _may_be_epithet(self, mention: Mention) -> bool:
        """A singular definite role (`the senator`), not a bystander or a relation, may stand
        for the person the last sentences are about."""
        head = mention.head
        return head in self.lexicon.role_nouns and head not in _BYSTANDERS and head not in _RELATIONAL \
            and _singular_definite(mention, self.table.text, self.lexicon)

    def _introduced_unnamed(self, mention: Mention) -> bool:
        """Whether one of the last sentences introduced someone in this role with no name
        after it (`a ministry spokesman said`, not `a spokesman, Lee Chan,`)."""
        pos = mention.span.start
        s = bisect_right(self.sentence_starts, pos) - 1
        lo = max(self.table.section_start(pos), self.table.sentences[max(0, s - _LOOKBACK_SENTENCES + 1)].start)
        return _unnamed_role_pattern(mention.head).search(self.table.text, lo, pos) is not None


# A short line opening with `By` and a capital, perhaps after a word (`Text by`): a byline
# when its other words are all capitalised or byline words.
_BYLINE = regex.compile(r"(?m)^[^\S\n]*(?:(\p{L}+)[^\S\n]+)?[Bb][Yy][^\S\n]+\p{Lu}[^\n]{0,150}$")
_CAPITALISED = r"\p{Lu}[\p{L}\p{M}’'.&\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}’'.&\-]*){0,5}"
# A photo credit: `(Ana Ortiz/Daily Herald)`, `(AP Photo/Ana Ortiz)`, `Photo: Ana Ortiz/Getty Images`.
_CREDIT = regex.compile(
    rf"\([^\S\n]*{_CAPITALISED}[^\S\n]*/[^\S\n]*{_CAPITALISED}[^\S\n]*\)"
    rf"|(?<![\p{{L}}])(?:Photo(?:graph(?:er)?)?|Credit|Image|Illustration)s?[^\S\n]*:[^\S\n]*{_CAPITALISED}"
    rf"(?:[^\S\n]*/[^\S\n]*{_CAPITALISED})?"
)


def _furniture(text: str) -> list[tuple[int, int]]:
    """The spans of the bylines and photo credits of an article, in text order."""
    # a byline is a whole line: tried where each line starts, not searched for at every character
    line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    lines = [_BYLINE.match(text, start) for start in line_starts]
    bylines = [m.span() for m in lines if m is not None
               and (m.group(1) is None or m.group(1).lower() in BYLINE_WORDS)
               and all(w[0].isupper() or w in BYLINE_WORDS for w in _LETTERS.findall(text, m.start(), m.end()))]
    return sorted(bylines + [m.span() for m in _CREDIT.finditer(text)])


_LINE_BREAK = regex.compile(r"\n")


def _section_breaks(text: str) -> list[int]:
    """Where each section after a rule of underscores, dashes or stars starts; the pattern
    only runs on an article that has such a rule."""
    if "___" not in text and "***" not in text and "---" not in text:
        return []
    return [m.end() for m in _SECTION_BREAK.finditer(text)]


# A line that is nothing but a rule: `___`, `***`, `---`.
_SECTION_BREAK = regex.compile(r"(?m)^[^\S\n]*(?:_{3,}|\*{3,}|-{3,})\.?[^\S\n]*$")
_FORMER_BEFORE = regex.compile(r"(?<![\p{L}\-])(?:former|ex-?)\s*$", regex.I)
# A rank or a past that makes a role another one: `former Gov.`, `Vice President`, `deputy minister`.
_QUALIFIED_BEFORE = regex.compile(
    r"(?<![\p{L}\-])(?:former|ex-?|vice|deputy|assistant|associate|under-?|lieutenant|lt\.)\s*$", regex.I)
_RANK = regex.compile(r"(?<![\p{L}\-])(vice|deputy|assistant|associate|lieutenant)(?![\p{L}])", regex.I)
_DIGITS = regex.compile(r"\d+")
_JOINED_NEXT = regex.compile(r"-\p{Lu}")  # `Ferraro-Diaz`, not `Ortiz-style`
_FORMER = regex.compile(r"(?<![\p{L}\-])(?:former|ex)(?![\p{L}])", regex.I)
_BARE_ROLE = regex.compile(r"[Tt]he\s+(?:former\s+)?(?:[\p{Ll}\-]+|\p{Lu}\p{Ll}+)")  # `the senator`, `the Dutchman`
_OPENING_ROLE = regex.compile(r"\s*The\s+(?:former\s+)?([\p{Ll}\-]+|\p{Lu}\p{Ll}+)(?![\p{L}\-])")
# What a name owns, right after its possessive ending: `'s future is`, `’s own campaign`.
_OWNED_AFTER = regex.compile(r"[’']s?[^\S\n]+((?:[\p{Ll}\-]+[^\S\n]+){0,2}[\p{Ll}\-]+)(?![\p{L}\-])")
# A name and its possessive ending before a description's head: `Mara Holt's (written) `.
_OWNED = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}.\-]*(?:\s+\p{Lu}[\p{L}\p{M}.\-]*){0,3})[’']s\s+(?:[\p{Ll}\-]+\s+){0,2}$"
)


# The rest of a name after its first word: `Meiling` of `Zhao Meiling`.
_NAME_AFTER_WORD = regex.compile(r"(?:[^\S\n]+\p{Lu}(?:\.|[\p{L}\p{M}’'\-]*)){1,2}(?![\p{L}\p{M}’'\-])")
# A description apposed to a name, after it or before it: `, a lawyer`, `The finance minister, `.
_ROLE_APPOSED_AFTER = regex.compile(r"(?:,\s+\d{1,3})?,\s+(?:the|a|an|his|her|its|their)\s+([^,.;:\n]{1,60})")
_ROLE_APPOSED_BEFORE = regex.compile(r"(?:the|a|an|his|her|its|their)\s+((?:[\p{L}’'\-]+\s+){0,3}[\p{L}\-]+),\s+$", regex.I)
# The office after a title, before the name: `Secretary [of State] Ana Ortiz`.
_OFFICE = regex.compile(r"(?:of|for)\s+(?=\p{Lu})")
_TITLE_ENDING = regex.compile(r"(\p{Lu}\p{Ll}+)$")
_WORD_IN_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-]*")
_COMMA_BEFORE_NAME = regex.compile(r",[^\S\n]+(?=\p{Lu})")
# Whom a role works for, named in capitals between the role and the name apposed to it.
_EMPLOYER = regex.compile(
    r"[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}\p{M}.&’'\-]*"
    r"(?:[^\S\n]+(?:(?:of|for|and|on|&)[^\S\n]+)?\p{Lu}[\p{L}\p{M}.&’'\-]*){0,6}(?=,[^\S\n]+\p{Lu})"
)
_APPOSITION_CLOSES = regex.compile(r"(?<=\.)|[^\S\n]*(?:[,.;:\n]|$)")
# A title and the `of` or `for` that opens its office, with up to two of its words: `Minister of `,
# `Secretary for Foreign `.
_TITLE_AND_OF_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}’'\-])(\p{Lu}\p{Ll}+)[^\S\n]+(?:of|for)(?:[^\S\n]+\p{Lu}\p{Ll}+){0,2}[^\S\n]+$")
_WORD_BEFORE_NAME = regex.compile(r"([\p{L}.\-]+)[^\S\n]+$", regex.REVERSE)
_JOINED_SURNAME = regex.compile(rf"(?<![\p{{L}}\-])(?:{JOINED_PARTICLES})-(\p{{Lu}}[\p{{L}}\p{{M}}]*)(?![\p{{L}}\-])")
_MORE_NAME_ENDINGS = frozenset({"Show", "Police", "Party", "PAC"})


# Roles of a state's officials, whom a description may name by the state: `the Texas senator`.
_STATE_ROLES = frozenset("""
    senator congressman congresswoman representative governor lawmaker legislator delegate
""".split())
def _state_named(text: str, mention: Mention, lexicon: Lexicon) -> str | None:
    """The state a description names before its head: `Ohio` of `the former Ohio senator`."""
    words = _LETTERS.findall(text, mention.span.start, mention.head_span.start)
    while words and (words[0].lower() in lexicon.determiners or words[0].lower() == "former"):
        words = words[1:]
    name = " ".join(words)
    return name if name in US_STATES else None


@lru_cache(maxsize=256)
def _state_pattern(state: str, role: str, lexicon: Lexicon) -> regex.Pattern:
    """The party tag of a state after a name, where group `apposed` matches (`(R-Ohio)`, of
    the party a party noun names), or a role title after the state's name (`Ohio Sen.`)."""
    forms = "|".join(regex.escape(f).replace(r"\ ", r"[^\S\n]?") for f in sorted({state, *US_STATES[state]}, key=len, reverse=True))
    party = {"republican": "R", "democrat": "D"}.get(role, "DRI")
    tag = rf"(?P<apposed>(?<=\p{{L}})(?:[^\S\n]*\([^\S\n]*(?:[{party}][^\S\n]*[-–][^\S\n]*)?|,[^\S\n]+[{party}][^\S\n]*[-–][^\S\n]*)" \
        rf"(?i:{forms})(?![\p{{L}}]))"  # `(R-Ohio)`, `(Ohio)`, `, R-Ohio,`
    if role in lexicon.party_nouns:
        return regex.compile(tag)
    titles = "|".join(sorted(regex.escape(f) for f in _role_forms(role, lexicon)))
    return regex.compile(rf"{tag}|(?<![\p{{L}}]){regex.escape(state)}[^\S\n]+(?i:{titles})\.?(?![\p{{L}}])")


@lru_cache(maxsize=8)
def _name_endings(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the names of kinds of things (`Post`, `Times`, `Committee`, `Show`)."""
    return frozenset(word for words in lexicon.kind_name_words.values() for word in words) | _MORE_NAME_ENDINGS


def _modified_pattern(text: str, mention: Mention, lexicon: Lexicon) -> re.Pattern | None:
    """The words of a description after its determiner (`Ohio Republican` of `the Ohio
    Republican`) as a pattern, when a word comes before the head."""
    words = _LETTERS.findall(text, mention.span.start, mention.head_span.end)
    while words and words[0].lower() in lexicon.determiners:
        words = words[1:]
    if len(words) < 2:
        return None
    return _phrase_pattern(" ".join(words))


@lru_cache(maxsize=1024)
def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![^\W\d_])" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?![^\W\d_])")


# Roles of people a story meets without naming them, never an epithet for the person it is
# about: `"Even now?" the reporter asked.`
_BYSTANDERS = frozenset("""
    reporter journalist interviewer questioner caller voter resident protester protestor heckler
    witness neighbor neighbour passerby bystander
""".split())
# Roles held against someone else: the person the last sentences are about is as often the one
# challenged as the challenger, so no epithet either.
_RELATIONAL = frozenset("challenger opponent rival".split())


def _title_case(text: str, sentence: Span) -> bool:
    """Whether a sentence is in title case: three capitalised words or more, and no word of
    three letters or more in lower case but the small words titles keep so (`of`, `the`)."""
    words = _LETTERS.findall(text, sentence.start, sentence.end)
    return sum(w[0].isupper() for w in words) >= 3 and not any(
        len(w) >= 3 and w.islower() and w not in _TITLE_SMALL_WORDS for w in words
    )


_TITLE_CHARS = 200  # longer quoted text is no title
_TITLE_SMALL_WORDS = frozenset("the and for but nor yet with from into onto over upon via per off out".split())


def _unresolved_name(text: str, mention: Mention) -> str:
    """The mention itself (without `the` before a name in capitals), or for a relative
    pronoun the description it stands for (`one former staffer, who said` names `one former
    staffer`)."""
    head = mention.head_span
    described = text[head.start : head.end]
    if mention.kind == "nominal" and head.end <= mention.span.start and described.lower() != mention.head:
        return described
    said = mention.text(text)
    named = _THE_NAME.match(said)  # `The Ministry of Finance` is `Ministry of Finance`, as `the ministry` resolves
    return said[named.end() :] if named is not None else said


_THE_NAME = regex.compile(r"[Tt]he\s+(?=\p{Lu}[\p{L}’'.\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}’'.\-]*)*$)")


def _organisation_opening(text: str, sentence: Span, lexicon: Lexicon) -> Mention | None:
    """The organisation a sentence opens with as its subject, described by no name: `The carmaker
    cut …`, `Britain's biggest water utility was fined …`; not `The ruling was …`, `The banks …`."""
    start = after_dateline(text, sentence.start, sentence.end)
    toks = tokens(text, start, min(sentence.end, start + _OPENING_REACH), lexicon)
    i = 1 if toks and (toks[0].lower in lexicon.determiners or possessive(toks[0])) else 0
    while i < len(toks) and _modifier(toks[i], lexicon) and not _organisation_word(toks[i].lower, lexicon):
        i += 1  # modifiers: `biggest water`
    while i + 1 < len(toks) and _organisation_word(toks[i + 1].lower, lexicon):
        i += 1  # `the utility company`
    if i >= len(toks) - 1 or toks[i].capitalised or not _organisation_word(toks[i].lower, lexicon) \
            or not _verb_after_subject(toks[i + 1], lexicon):
        return None
    return Mention(Span(toks[0].start, toks[i].end), Span(toks[i].start, toks[i].end), "nominal", toks[i].lower)


def _organisation_word(word: str, lexicon: Lexicon) -> bool:
    """A singular noun for an organisation that speaks for itself (`utility`, `carmaker`), not a document."""
    return word in lexicon.kind_name_words and word in lexicon.thing_nouns and not word.endswith("s")


def _modifier(tok: Token, lexicon: Lexicon) -> bool:
    """A lower-case word that may modify a noun before it (`biggest`, `water`), no function word."""
    return tok.is_word and not tok.capitalised and tok.lower not in lexicon.function_words \
        and tok.lower not in PREPOSITIONS


def _verb_after_subject(tok: Token, lexicon: Lexicon) -> bool:
    """`was fined`, `cut`, `also said`; not `of`, `and`, a name or an owner's `'s`."""
    return tok.lower in lexicon.auxiliaries or tok.lower in _SINGULAR_BE \
        or _modifier(tok, lexicon) and not possessive(tok)


_OPENING_REACH = 80
_SINGULAR_BE = frozenset("is was".split())


def _kind_of_organisation(mention: Mention, text: str, lexicon: Lexicon) -> bool:
    """`the bank`, `the hospital`: a singular noun that is no one's role and no document's,
    which may be the last word of the name of the one meant (`Northgate Bank`)."""
    head = mention.head
    return head not in lexicon.role_nouns and head not in lexicon.thing_nouns and head.isalpha() \
        and text[mention.head_span.start].islower() and _singular_definite(mention, text, lexicon)  # not `The … Act of 2009`


_THE = regex.compile(r"[Tt]he\s")
_INDEFINITE = regex.compile(rf"(?:a|an|another|one|new|{'|'.join(sorted(GROUP_QUANTITIES))})\s", regex.I)


def _singular_definite(mention: Mention, text: str, lexicon: Lexicon) -> bool:
    """`the Vermont senator`, not `a senator`, `senators` or `the committee chairmen`."""
    head = mention.head
    plural = head.endswith("s") or head in lexicon.group_nouns \
        or head.endswith("men") and head[:-3] + "man" in lexicon.role_nouns  # `chairmen`, `spokesmen`
    return text[mention.span.start : mention.span.start + 4].lower() == "the " and not plural


def build_resolver(
    text: str, sentences: Sequence[Span], quoted: Sequence[Span], lexicon: Lexicon = ENGLISH
) -> Resolver:
    return Resolver(EntityTable(text, sentences, quoted, lexicon), lexicon)

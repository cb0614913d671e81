"""Stage 4: who a speaker mention refers to, across the whole article.

An entity table is built by rules over the text: runs of capitalised words are names,
the words before them (`Press Secretary`, `billionaire`) and appositions after them
(`, the Kremlin spokesman,`) are roles, honorifics and gendered role words give gender.
A surname or an honorific mention (`Peskov`, `Mr. Peskov`) joins the full name given
elsewhere; a pronoun goes to the most recent compatible person before it, looking at
sentence subjects first; a description (`the press secretary`) goes to the entity
introduced with that role.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from .lexicon import ENGLISH, Lexicon
from .mentions import Mention, Token, is_name_token, name_mention, possessive, tokens
from .records import Resolution, Span

_ORG_WORDS = frozenset("""
    house senate congress party committee department ministry agency administration
    times post news journal press network tv radio magazine foundation institute
    university college school company corp inc group association council court church
    bank fund campaign coalition union commission bureau office service services army navy
    force forces police guard republicans democrats states nations kremlin county city
    center centre project review reuters associated caucus team club league board
    camp staff
    """.split())
_APPOSITION = regex.compile(
    r",\s+((?:the|a|an|his|her|its|their)(?:\s+[\p{L}’'\-]+){1,7})(?=,|\.(?:\s|$))"
)
_PERSON_PRONOUNS = {"he": "m", "she": "f"}
_LOOKBACK_SENTENCES = 6


@dataclass
class Entity:
    name: str
    tokens: tuple[str, ...]
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    person: bool = False
    mentions: list[int] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.tokens[-1].lower()


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    resolution: Resolution
    certain: bool


@dataclass
class EntityTable:
    """The people and organisations an article names, and where it names them."""

    text: str
    entities: list[Entity] = field(default_factory=list)
    # (position, entity index, is sentence subject), in text order, outside quotations
    occurrences: list[tuple[int, int, bool]] = field(default_factory=list)

    def by_key(self, key: str) -> list[int]:
        return [i for i, e in enumerate(self.entities) if e.key == key or key in (t.lower() for t in e.tokens[-2:])]


def build_entities(
    text: str,
    sentences: Sequence[Span],
    speaker_mentions: Iterable[Mention],
    quoted: Sequence[Span],
    lexicon: Lexicon = ENGLISH,
) -> EntityTable:
    """Scan the text for names (and take the speaker mentions) to build the entity table."""
    table = EntityTable(text)
    index: dict[tuple[str, ...], int] = {}
    quoted_starts = [q.start for q in quoted]
    speakers = {m.head_span.start for m in speaker_mentions if m.kind == "name"}
    for sentence in sentences:
        first = True
        for mention in _names_in(text, sentence, lexicon):
            if _inside(mention.head_span.start, quoted, quoted_starts):
                continue
            key = tuple(mention.head.split())
            if key not in index:
                index[key] = len(table.entities)
                table.entities.append(Entity(mention.head, key))
            entity = table.entities[index[key]]
            _learn(entity, mention, text, lexicon)
            if mention.head_span.start in speakers:
                entity.person = True
            entity.mentions.append(mention.head_span.start)
            table.occurrences.append((mention.head_span.start, index[key], first))
            first = False
    _merge_aliases(table)
    return table


def _names_in(text: str, sentence: Span, lexicon: Lexicon) -> Iterable[Mention]:
    toks = tokens(text, sentence.start, sentence.end, lexicon)
    i = 0
    while i < len(toks):
        if not is_name_token(toks[i], lexicon) or toks[i].lower in ("de", "van", "von", "al", "la", "le", "du"):
            i += 1
            continue
        j = i
        while j < len(toks) and is_name_token(toks[j], lexicon) and not (j > i and possessive(toks[j - 1])):
            j += 1
        run = toks[i:j]
        roles = tuple(_role_words(toks, i, lexicon))
        mention = name_mention(text, run, lexicon, roles)
        if mention is not None:
            yield mention
        i = j


def _role_words(toks: list[Token], i: int, lexicon: Lexicon) -> Iterable[str]:
    k = i - 1
    while k >= 0 and k >= i - 4 and toks[k].is_word and not toks[k].capitalised:
        if toks[k].lower in lexicon.role_nouns or toks[k].lower in lexicon.gendered_nouns:
            yield toks[k].lower
        k -= 1


def _learn(entity: Entity, mention: Mention, text: str, lexicon: Lexicon) -> None:
    for title in mention.titles:
        bare = title.lower().rstrip(".")
        entity.roles.add(bare)
        gender = lexicon.honorifics.get(title.lower(), lexicon.honorifics.get(bare))
        if gender:
            entity.gender = entity.gender or gender
        if bare in lexicon.honorifics or bare in lexicon.titles:
            entity.person = True
    for role in mention.roles:
        entity.roles.add(role)
        if role in lexicon.gendered_nouns:
            entity.gender = entity.gender or lexicon.gendered_nouns[role]
        if role in lexicon.role_nouns and role not in lexicon.thing_nouns:
            entity.person = True
    apposition = _APPOSITION.match(text, mention.span.end)
    if apposition:
        words = [w.lower() for w in regex.findall(r"[\p{L}\-]+", apposition.group(1))]
        for word in words:
            if word in lexicon.role_nouns or word in lexicon.titles:
                entity.roles.add(word)
                if word not in lexicon.thing_nouns:
                    entity.person = True
            if word in lexicon.gendered_nouns:
                entity.gender = entity.gender or lexicon.gendered_nouns[word]
    if len(entity.tokens) in (2, 3) and not any(t.lower() in _ORG_WORDS for t in entity.tokens):
        entity.person = entity.person or all(t[0].isupper() and not t.isupper() for t in entity.tokens)


def _merge_aliases(table: EntityTable) -> None:
    """A one-word name joins a longer name ending in it (`Peskov` -> `Dmitry Peskov`)."""
    entities = table.entities
    target: dict[int, int] = {}
    for i, entity in enumerate(entities):
        if len(entity.tokens) != 1:
            continue
        word = entity.tokens[0].lower()
        longer = [j for j, other in enumerate(entities) if len(other.tokens) > 1 and other.key == word]
        if longer:
            target[i] = max(longer, key=lambda j: len(entities[j].mentions))
    for i, j in target.items():
        entities[j].roles |= entities[i].roles
        entities[j].gender = entities[j].gender or entities[i].gender
        entities[j].person = entities[j].person or entities[i].person
        entities[j].mentions.extend(entities[i].mentions)
    table.occurrences = [(pos, target.get(e, e), subj) for pos, e, subj in table.occurrences]
    for i in target:
        entities[i].mentions = []


def _inside(pos: int, spans: Sequence[Span], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i].start <= pos < spans[i].end


class Resolver:
    """Resolves speaker mentions, in text order, to canonical names from an :class:`EntityTable`.

    Mentions must be resolved in the order they occur: each resolved speaker becomes an
    antecedent candidate for the pronouns after it.
    """

    def __init__(self, table: EntityTable, sentences: Sequence[Span], lexicon: Lexicon = ENGLISH):
        self.table = table
        self.lexicon = lexicon
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.positions = [pos for pos, _, _ in table.occurrences]
        self.speakers: list[tuple[int, int]] = []  # (position, entity) of resolved speakers
        self.speaker_positions: list[int] = []
        self._cache: dict[Span, Resolved] = {}

    def resolve(self, mention: Mention) -> Resolved:
        cached = self._cache.get(mention.span)
        if cached is None:
            cached = self._cache[mention.span] = self._resolve(mention)
        return cached

    def _resolve(self, mention: Mention) -> Resolved:
        text = self.table.text
        if mention.kind == "name":
            entity = self.entity_at(mention)
            if entity is None:
                return Resolved(mention.head, "name", True)
            self._spoke(mention, entity)
            name = self.table.entities[entity].name
            return Resolved(name, "name" if name == mention.head else "alias", True)
        entity = self._pronoun(mention) if mention.kind == "pronoun" else self._description(mention)
        if entity is None:
            return Resolved(mention.text(text), "unresolved", False)
        self._spoke(mention, entity)
        resolution: Resolution = "pronoun" if mention.kind == "pronoun" else "description"
        return Resolved(self.table.entities[entity].name, resolution, False)

    def _spoke(self, mention: Mention, entity: int) -> None:
        pos = mention.head_span.start
        if not self.speaker_positions or pos >= self.speaker_positions[-1]:
            self.speakers.append((pos, entity))
            self.speaker_positions.append(pos)
        found = self.table.entities[entity]
        if mention.kind == "pronoun" and mention.head in _PERSON_PRONOUNS:
            found.gender = found.gender or _PERSON_PRONOUNS[mention.head]
            found.person = True

    def entity_at(self, mention: Mention) -> int | None:
        i = bisect_right(self.positions, mention.head_span.start) - 1
        if i >= 0 and self.positions[i] == mention.head_span.start:
            return self.table.occurrences[i][1]
        keys = self.table.by_key(mention.head.split()[-1].lower())
        return keys[0] if len(keys) == 1 else None

    def _pronoun(self, mention: Mention) -> int | None:
        word = mention.head
        if word in _PERSON_PRONOUNS:
            gender = _PERSON_PRONOUNS[word]
            return self._antecedent(mention.span.start, lambda e: e.person and e.gender in (None, gender))
        if word == "it":
            return self._antecedent(mention.span.start, lambda e: not e.person)
        return None

    def _antecedent(self, pos: int, fits) -> int | None:
        """The most recent fitting entity: speakers, then sentence subjects, then any name,
        sentence by sentence going back; past that, the last fitting speaker."""
        s = bisect_right(self.sentence_starts, pos) - 1
        occ = self.table.occurrences
        entities = self.table.entities
        for k in range(s, max(-1, s - _LOOKBACK_SENTENCES), -1):
            lo_pos = self.sentences[k].start
            hi_pos = min(pos, self.sentences[k].end)
            spoke = self.speakers[bisect_right(self.speaker_positions, lo_pos - 1):
                                  bisect_right(self.speaker_positions, hi_pos - 1)]
            here = occ[bisect_right(self.positions, lo_pos - 1): bisect_right(self.positions, hi_pos - 1)]
            ordered = [e for _, e in reversed(spoke)] + [e for _, e, first in here if first] + \
                [e for _, e, _ in reversed(here)]
            for entity in ordered:
                if fits(entities[entity]):
                    return entity
        for _, entity in reversed(self.speakers):
            if fits(entities[entity]):
                return entity
        return None

    def _description(self, mention: Mention) -> int | None:
        head = mention.head
        best = None
        for pos, entity, _ in self.table.occurrences:
            if pos >= mention.span.start:
                break
            if head in self.table.entities[entity].roles:
                best = entity
        return best

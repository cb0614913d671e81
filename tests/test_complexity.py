"""The work quotex does grows linearly with its input.

Two sweeps, both comparing sizes within one test (no absolute timings; see tests/workload.py):

* every regular expression in quotex/, applied the way the pipeline applies it, to
  adversarial inputs of growing size (runs of the characters its quantifiers take, with and
  without a character that makes the match fail at the end);
* quotex.extract on families of adversarial documents, by counted Python steps.

Known super-linear cases are in tests/test_regressions.py; where the sweep meets them it
is marked xfail here too.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex

import quotex
from quotex import attribution, coref, evaluate, indirect, mentions, quotemarks, segment
from quotex.lexicon import ENGLISH
from invariants import QUOTATION_CHARACTERS, check_records
from workload import extra_work_ratio, time_growth

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE = '"We will not retreat," Lena Hart said. She said that it was true, Hart told reporters.'


# How the pipeline applies each pattern: over a whole span (finditer, findall, search,
# sub), at one position (match, fullmatch), or searched only in the last N characters
# before a position ("search<=N"). A pattern not listed here is swept as "search", the
# most demanding use: list it with its real use if that is narrower.
USAGE = {
    "segment._WORD_BEFORE": "search<=13",
    "mentions._TOWN_BEFORE": "search<=40",
    "segment._NEXT_WORD": "match",
    "quotemarks._ELISIONS": "match",
    "attribution._COLON_AFTER": "match",
    "attribution._PASSIVE": "match",
    "attribution._COMMA_GAP": "fullmatch",
    "attribution._SET_OFF_AFTER_SUBJECT": "match",
    "attribution._OBJECT_PRONOUN_NEXT": "match",
    "attribution._EXPLETIVE_IT": "match",
    "attribution._VERB_IN_S": "fullmatch",
    "attribution._ITEM_HEADING": "fullmatch",
    "attribution._EDGE": "match",
    "attribution._RUNS_ON": "match",
    "attribution._SENTENCE_GOES_ON": "match",
    "attribution._TERM_NOUN_BEFORE": "search<=32",
    "attribution._DETERMINER_MODIFIERS": "search<=40",
    "attribution._CLAUSE_BEFORE": "search<=60",
    "attribution._TERM_NOUN_IN_CLAUSE": "search<=60",
    "attribution._NAMING_IN_CLAUSE": "search<=60",
    "attribution._PORTRAYED_AS": "search<=16",
    "attribution._PASSIVE_SUBJECT_BEFORE": "search<=24",
    "attribution._OPENING_PREPOSITION": "fullmatch",
    "attribution._SPEAKER_LEAD": "search<=100",
    "attribution._OWNED_BEFORE": "search<=40",
    "attribution._MADE_BEFORE": "search<=40",
    "attribution._NAMING_VERB": "search<=100",
    "attribution._LIST_GAP": "fullmatch",
    "attribution._GENRE_APPOSED": "search<=24",
    "attribution._HYPHEN_WORD_AFTER": "match",
    "attribution._WORD_HYPHEN_BEFORE": "search<=2",
    "attribution._OPENING_SUBORDINATOR": "fullmatch",
    "attribution._OPENING_PERFECT": "fullmatch",
    "attribution._LONE_CAPITALISED": "fullmatch",
    "segment.PUNCT_ONLY": "fullmatch",
    "attribution._HANDLE_OR_LINK": "fullmatch",
    "attribution._NAMED_WORK_BEFORE": "search<=24",
    "attribution._SAME_SENTENCE_AFTER_CUE": "fullmatch",
    "attribution._COLON_NAME": "fullmatch",
    "attribution._THAT_NEXT": "match",
    "attribution._LOWER_WORD_NEXT": "match",
    "attribution._CAPITAL_NEXT": "match",
    "attribution._TIME_CLAUSE_AFTER_CUE": "match",
    "attribution._NAMING_BEFORE": "search",
    "attribution._NOUN_VERB_NEXT": "match",
    "attribution._TO_VERB": "match",
    "attribution._TOPIC": "match",
    "attribution._ON_SOMEONE_TO": "match",
    "attribution._LETS": "search<=8",
    "attribution._QUOTED_AS": "search<=100",
    "attribution._FINITE_NEXT": "match",
    "attribution._SO_BEFORE_CUE": "match",
    "attribution._PROGRESSIVE_BEFORE": "search<=8",
    "attribution._WORD_BEFORE": "search<=40",
    "attribution._EVIDENCE_DESCRIBED": "search<=80",
    "attribution._EVIDENCE_SUBJECT": "search<=100",
    "attribution._WORD_AFTER": "match",
    "attribution._HEADLINE_LABEL": "search<=40",
    "attribution._RELATIVE_OPENING": "search<=80",
    "attribution._REPORTS_NEXT": "match",
    "attribution._NOUN_BEFORE": "search<=30",
    "attribution._CAUSATIVE_BEFORE": "search<=40",
    "attribution._SUBORDINATE_AFTER_CUE": "fullmatch",
    "attribution._PARTICIPLE_AFTER_CUE": "match",
    "attribution._ATTRIBUTE_NAME": "search<=2",
    "attribution._APPOSITION_AFTER": "match",
    "attribution._WITH": "search<=80",
    "attribution._THAT_SOON": "match",
    "attribution._PASSIVE_BEFORE": "search<=12",
    "attribution._PASSIVE_PARTICIPLE_BEFORE": "search<=20",
    "attribution._NAMES_THE_QUOTATION": "fullmatch",
    "attribution._RELATIVE_WORD": "finditer",
    "attribution._SUBORDINATE_PRONOUN": "finditer",
    "attribution._RELATIVE_PRONOUN": "search<=200",
    "attribution._INSIDE_ASKED": "fullmatch",
    "attribution._BY": "match",
    "attribution._AS": "match",
    "attribution._INTRODUCES_NEXT": "fullmatch",
    "attribution._LISTENER": "match",
    "attribution._WHEN_AFTER_CUE": "match",
    "attribution._CIRCUMSTANCE_AFTER_CUE": "match",
    "attribution._FOR": "match",
    "attribution._AS_AHEAD": "match",
    "indirect._WHAT_OPENS": "match",
    "indirect._THAT_OPENING": "search<=8",
    "indirect._OPENING_PARTICIPLE": "match",
    "indirect._JOINED_ON": "match",
    "indirect._PRONOUN_SUBJECT": "match",
    "indirect._WRITTEN_CLAUSE": "match",
    "indirect._BE_NEXT": "match",
    "indirect._WHAT_CALLED": "finditer",
    "indirect._PARTICIPLE": "match",
    "indirect._COMMA_PARTICIPLE": "finditer",
    "indirect._SUMMING_APPOSITION": "finditer",
    "indirect._ONLY_A_TIME": "fullmatch",
    "indirect._EXPECTATION_END": "search",
    "indirect._EXPECTED": "finditer",
    "indirect._REQUEST_AHEAD": "match",
    "indirect._OBJECT_END": "search",
    "indirect._LISTED_ITEMS": "match",
    "indirect._APPOSED_THEN_COMPLEMENT": "match",
    "indirect._CLAUSE_IN_ITEMS": "search",
    "attribution._JOINED_NAME": "search<=60",
    "attribution._PROGRAM_BEFORE": "search<=40",
    "attribution._MAKER_BEFORE": "search<=40",
    "attribution._NICKNAME": "fullmatch",
    "attribution._QUOTATION_THEN_COLON": "match",
    "attribution._NAME_BEFORE": "search<=30",
    "attribution._NAME_AFTER": "match",
    "attribution._SENTENCE_OF_ITS_OWN": "fullmatch",
    "attribution._POSSESSED_NOUN": "search<=200",
    "attribution._CLAIM_BY": "search<=200",
    "attribution._POSSESSED_COLON": "search<=121",
    "attribution._CLAUSE_BREAK": "search",
    "attribution._SUBJECT_AND_VERB": "match",
    "attribution._CUE_CLOSING": "fullmatch",
    "attribution._LOWER_OPENING": "match",
    "attribution._ASIDE_OPENS": "match",
    "attribution._ASIDE_CLOSES": "fullmatch",
    "attribution._CROWD_ACTS": "match",
    "attribution._CHANT_BEFORE": "search<=24",
    "attribution._CHANT_AFTER": "match",
    "attribution._ADDRESSEE": "match",
    "mentions._GOVERNING_VERB": "search<=40",
    "mentions._EXPLETIVE_FOR": "match",
    "attribution._INFINITIVE": "finditer",
    "mentions._NAME_THEN_WORD": "finditer",
    "attribution._PASSIVE_BY": "match",
    "attribution._POSSESSIVE_BEFORE": "search<=8",
    "attribution._DETERMINER_BEFORE": "search<=8",
    "attribution._BARE_NOUN_BEFORE": "search<=40",
    "indirect._AS_OPENING": "match",
    "attribution._MID_CLAUSE": "match",
    "quotemarks._PLURAL_POSSESSIVE": "match",
    "attribution._OPENS_WITH_WORD": "match",
    "attribution._QUOTE_FROM": "match",
    "attribution._SIGNATURE_END": "match",
    "coref._SURNAME_AFTER": "search<=8000",
    "indirect._AS_ADJUNCT": "match",
    "attribution._REPORTED_SUBJECT": "fullmatch",
    "attribution._CLOSES_CLAUSE": "match",
    "attribution._TRANSCRIPT_LABEL": "match",
    "attribution._DASH_LINE": "fullmatch",
    "attribution._SIGNED_CLOSING": "fullmatch",
    "attribution._DASH_NAME": "match",
    "attribution._verb_after_speaker": "search<=120",
    "attribution._PAST_VERB_FIRST": "match",
    "attribution._TAG_NAME": "match",
    "coref._NAME_RUN": "finditer",
    "coref._SECTION_BREAK": "finditer",
    "coref._BYLINE": "match",
    "coref._LINE_BREAK": "finditer",
    "coref._CREDIT": "finditer",
    "coref._APPOSITION": "match",
    "coref._OPENING_ROLE": "match",
    "coref._FORMER": "search<=80",
    "coref._BARE_ROLE": "fullmatch",
    "coref._NAME_AFTER_WORD": "match",
    "coref._COMMA_BEFORE_NAME": "match",
    "coref._APPOSITION_CLOSES": "match",
    "coref._ROLE_APPOSED_AFTER": "match",
    "coref._ROLE_APPOSED_BEFORE": "search<=60",
    "coref._WORD_BEFORE_NAME": "search<=40",
    "coref._TITLE_AND_OF_BEFORE": "search<=48",
    "coref._OWNED": "match",
    "coref._OWNED_AFTER": "match",
    "coref._INDEFINITE": "match",
    "coref._THE": "match",
    "coref._NAME_PREFIX": "search<=48",
    "coref._APPOSITION_BEFORE": "search<=120",
    "coref._INITIALS": "fullmatch",
    "coref._LOWER_WORD": "finditer",
    "coref._LOWER_WORDS": "search<=60",
    "coref._role_pattern": "finditer",
    "coref._age_pattern": "finditer",
    "coref._NAME_RUN_ENDING": "search<=80",
    "coref._DIGITS": "match",
    "evaluate._POSSESSIVE": "sub",
    "indirect._OBJECT_LEAD": "match",
    "indirect._ACCORDING_TAIL": "fullmatch",
    "indirect._CLAUSE_VERB": "search",
    "indirect._OCCASION": "search",
    "indirect._OBJECT_CLAUSE_END": "search",
    "indirect._WH_OPENS": "match",
    "indirect._CLAUSE_AFTER_OCCASION": "search",
    "indirect._ONLY_AN_OPENING_CLAUSE": "fullmatch",
    "indirect._DESCRIPTION_OPENING": "match",
    "indirect._WHAT_BEFORE": "search<=8",
    "indirect._CLAUSE_JOINT": "search<=12",
    "mentions._DATELINE": "match",
    "attribution._WORK_BEFORE": "search<=40",
    "attribution._OWNER_OR_PLACE_BEFORE": "search<=40",
    "attribution._GOES_WITHOUT": "search<=20",
    "attribution._WORK_AFTER": "match",
    "attribution._LINK_AFTER": "match",
    "attribution._DETERMINER_MODIFIER": "search<=60",
    "attribution._TRANSLATION_BEFORE": "search<=16",
    "attribution._YEAR_AFTER": "match",
    "attribution._LINE_START": "search<=20",
    "attribution._LINE_END": "match",
    "mentions._ING_FORM": "match",
    "mentions._OPENS_QUOTATION": "match",
    "mentions._WHO": "match",
    "mentions._BE_BEFORE": "search<=16",
    "mentions._NICKNAME_BEFORE": "search<=40",
    "mentions._LISTED_NAME_BEFORE": "search<=40",
    "quotemarks._AT_LINE_END": "match",
    "quotemarks._FRENCH_INNER_AFTER": "match",
    "mentions._DASH_INSERTION": "search<=240",
    "mentions._NAME_WORD_BEFORE": "search<=30",
    "mentions._CAPITAL_NEXT": "match",
    "attribution._EMBEDDING_WORD": "search<=4",
    "indirect._ADVERBIAL": "match",
    "indirect._THAT": "match",
    "indirect._COMMA_AFTER": "match",
    "indirect._ANONYMITY": "match",
    "indirect._OPENS_WITH_SUBORDINATOR": "match",
    "indirect._THAT_AHEAD": "match",
    "indirect._TAIL": "fullmatch",
    "indirect._TIME_THEN_THAT": "match",
    "indirect._CLAUSE_COMMA": "search",
    "indirect._PREDICATE_OPENS": "match",
    "indirect._IN_POLL": "match",
    "indirect._OPENING_ADVERBIAL": "match",
    "indirect._BARE_TOPIC": "fullmatch",
    "indirect._INFINITIVE_NEXT": "match",
    "indirect._INCLUDING": "match",
    "indirect._OBJECT_NOUN": "match",
    "coref._JOINED_NEXT": "match",
    "indirect._NAME_LABEL": "fullmatch",
    "indirect._GIVEN_AND_SURNAME": "finditer",
    "attribution._POSTING": "match",
    "attribution._ENDS_SENTENCE_BEFORE": "search",
    "indirect._THAT_RIGHT_BEFORE": "search",
    "indirect._JOINT_BEFORE_CUE": "search<=16",
    "indirect._JOINED_IN_RELATIVE": "fullmatch",
    "indirect._ASIDE_THEN_THAT": "match",
    "indirect._SHARE": "match",
    "indirect._JOINED_AFTER_COMMA": "match",
    "indirect._ASIDE_BEFORE_VERB": "match",
    "indirect._PRONOUN_AND_PAST_VERB": "fullmatch",
    "coref._EMPLOYER": "match",
    "coref._THE_NAME": "match",
    "coref._QUALIFIED_BEFORE": "search",
    "coref._RANK": "search",
    "indirect._CLOSING_CUE_AHEAD": "fullmatch",
    "indirect._NOT_CLAUSE_START": "match",
    "indirect._CLAUSE_START": "match",
    "indirect._HEADLINE": "match",
    "indirect._QUESTION_AHEAD": "match",
    "indirect._QUESTION_PUT": "match",
    "indirect._NEXT_WORD": "match",
    "indirect._OBJECT_BEFORE": "search<=12",
    "indirect._APPOSITION_BEFORE": "search<=60",
    "indirect._AGENT": "match",
    "indirect._PASSIVE_BEFORE": "search<=24",
    "indirect._SPEAKER_LABEL": "fullmatch",
    "indirect._NOT_A_CONTINUATION": "match",
    "mentions._POSSESSIVE": "search",
    "mentions._QUANTITY": "match",
    "mentions._WORD_BEFORE_PRONOUN": "search<=24",
    "mentions._PASSIVE_AFTER_HAS": "match",
    "attribution._CLAUSE_NEXT": "match",
    "indirect._JOINED_SUBORDINATE": "match",
    "indirect._ANSWER": "match",
    "attribution._DOCUMENT_LABEL": "fullmatch",
    "attribution._DESCRIBED_CLAUSE": "fullmatch",
    "attribution._CLAUSE_ENDS": "match",
    "attribution._UNNAMED_NEWCOMER": "match",
    "attribution._POSSESSED_APPOSED": "fullmatch",
    "mentions._APPOSED_NAME": "match",
    "mentions._FOLLOWING_WORD": "match",
    "mentions._NAMED_LATER": "match",
    "mentions._MODAL_BEFORE": "search<=12",
    "mentions._WHICH_NOUN": "fullmatch",
    "mentions._QUANTITY_START": "match",
    "mentions._FIRST_WORD": "match",
    "mentions._THE_BEFORE": "search<=4",
    "mentions._COMMA_AFTER": "match",
    "mentions._AGO": "search<=60",
    "mentions._ONLY_CAPITALISED": "fullmatch",
    "mentions._pronoun_pattern": "search<=48",
    "mentions._name_pattern": "search<=64",
    "mentions._control_pattern": "search<=80",
    "attribution._QUESTION_PUT": "search<=24",
    "attribution._DEONTIC_BEFORE": "search<=24",
}
_MODULES = (segment, quotemarks, attribution, coref, evaluate, indirect, mentions)
# Patterns built by a function of the lexicon (the function's name, the call).
_BUILT = {
    "attribution.cue_pattern": lambda: attribution.cue_pattern(ENGLISH),
    "attribution._verb_after_speaker": lambda: attribution._verb_after_speaker(ENGLISH),
    "coref._role_pattern": lambda: coref._role_pattern("spokesman", ENGLISH),
    "coref._unnamed_role_pattern": lambda: coref._unnamed_role_pattern("spokesman"),
    "coref._age_pattern": lambda: coref._age_pattern("29"),
    "coref._state_pattern": lambda: coref._state_pattern("New Mexico", "senator", ENGLISH),
    "mentions._pronoun_pattern": lambda: mentions._pronoun_pattern(ENGLISH),
    "mentions._name_pattern": lambda: mentions._name_pattern(ENGLISH),
    "mentions._control_pattern": lambda: mentions._control_pattern(ENGLISH),
}


def all_patterns() -> dict[str, object]:
    """Every compiled pattern of the pipeline modules, by `module.NAME`."""
    found = {}
    for module in _MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        for attr, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                found[f"{short}.{attr}"] = value
    for name, build in _BUILT.items():
        module, attr = name.split(".")
        if hasattr(globals()[module], attr):
            found[name] = build()
    return found


def _apply(pattern, how: str):
    if how.startswith("search<="):
        window = int(how.removeprefix("search<="))
        return lambda s: pattern.search(s, max(0, len(s) - window))
    if how == "finditer":
        return lambda s: sum(1 for _ in pattern.finditer(s))
    if how == "sub":
        return lambda s: pattern.sub("", s)
    return getattr(pattern, how)


# Runs of what the quantifiers above consume, alone and interleaved.
UNITS = [
    ".", "!?…", ".”)", " ", "\n \n\t\u00a0", "a", "A", "Aa", "éx\u0301", "1", "Aa ", "A.", "a. ", "A.B. ",
    "a'’s", "-", "a-", "—", ", ", ": ", "Ab Cd: ", "Ab, ", "said  ", "according  to ", "told the reporter ",
    "on the ", ", the a", " and ", "ed ", "that ", "“\"«(", "U.S.", "Mr. ", "Mr. Ab ", "he has ",
]
# After the run: nothing, or a character that makes a match attempt fail late.
TAILS = ["", "\x00"]
SIZE = 400  # characters at the small size; the large size is eight times that
LIMIT = 8 * 3  # linear: about 8; quadratic: about 64

# Patterns known to backtrack (see test_regressions.py, TIMED_SUPERLINEAR): none at present.
_SUPERLINEAR: dict[str, str] = {}
PATTERNS = all_patterns()


def _run(unit: str, tail: str):
    return lambda size: (unit * (size // len(unit) + 1))[:size] + tail


def _pattern_cases():
    for name in PATTERNS:
        marks = [pytest.mark.xfail(strict=True, reason=_SUPERLINEAR[name])] if name in _SUPERLINEAR else []
        yield pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("name", list(_pattern_cases()))
def test_pattern_work_grows_linearly(name):
    how = USAGE.get(name, "search")
    apply = _apply(PATTERNS[name], how)
    for unit in UNITS:
        for tail in TAILS:
            build = _run(unit, tail)
            growth = time_growth(apply, build, SIZE, repeat=2, at_least=0.001)
            for _ in range(3):  # measure again, longer, before failing: a burst of load is noise
                if growth <= LIMIT:
                    break
                growth = min(growth, time_growth(apply, build, SIZE, repeat=5, at_least=0.02))
            assert growth <= LIMIT, (
                f"{name} ({how}) on {unit!r} * n + {tail!r}: 8x the input took {growth:.0f}x the time"
                + ("" if name in USAGE else "; if the pipeline applies it more narrowly, say so in USAGE")
            )


def test_sweep_finds_the_patterns():
    assert len(PATTERNS) > 20 and "segment._TERMINAL" in PATTERNS


def test_sweep_catches_a_quadratic_pattern():
    """The measure tells a backtracking pattern from a linear one on the same input."""
    build = _run("a", "!")
    assert time_growth(regex.compile(r"a+$").search, build, SIZE) > LIMIT
    assert time_growth(regex.compile(r"a+!").search, build, SIZE) <= LIMIT


def _name(i: int) -> str:
    """A distinct made-up capitalised word for every i: Xbaa, Xbab, ..."""
    word, i = "", i + 26 * 26
    while i:
        i, rest = divmod(i, 26)
        word = chr(97 + rest) + word
    return "X" + word


# Families of documents: FAMILIES[name](k) builds k blocks of one shape.
FAMILIES = {
    "article": lambda k: "\n\n".join([SAMPLE] * k),
    "article-on-one-line": lambda k: " ".join([SAMPLE] * k),
    "quotes-with-cues": lambda k: '"Yes," he said. "No." ' * k,
    "open-quote": lambda k: '"' + "word " * k,
    "chained-paragraphs": lambda k: '"We stay and we fight\n\n' * k,
    "unbalanced-paragraphs": lambda k: '"a b c\n\nd e f"\n\n' * k,
    "abbreviations": lambda k: "Mr. Dr. Jan. U.S. J. R. " * k,
    "apostrophes": lambda k: "don't '90s rock ’n’ roll president’s ’em " * k,
    "sentence-without-end": lambda k: "the talks went on and on " * k,
    "run-on-cues": lambda k: "the mayor said the plan would work, and " * k,
    "run-on-participles": lambda k: "the aides gathered, saying the plan would work and " * k,
    "cue-words": lambda k: "said according to told reporters " * k,
    "appositions": lambda k: "Hart, the mayor, " * k + "said that the plan failed.",
    "headlines": lambda k: "Hart: Talks failed\n" * k,
    "pronouns": lambda k: "The Kremlin said that the plan failed. He said that it was fine. " * k,
    "two-word-names": lambda k: "".join(f"{_name(i)} {_name(i)}son met. Hart said the plan failed. "
                                        for i in range(k)),
    "control-characters": lambda k: "\x00\x1b[1m\u202e\ufeff said \x7f" * k,
    "one-word-names": lambda k: "".join(f"{_name(i)} went home. " for i in range(k)),
    "mark-soup": lambda k: "«‘a” „b’ ‹c» " * k,
    "quotes-without-cues": lambda k: '"Yes." ' * k,
    "pronoun-without-antecedent": lambda k: "Mr. Hart said that the plan failed. She said that it was fine. " * k,
    "descriptions": lambda k: "Hart’s aide said the plan failed. " * k,
    # names inside one long quotation: whether the quotation is a title in title case is read once
    "names-in-a-long-quotation": lambda k: 'Hart said: "' + "Ana Hart met Lee Hart. " * k + '"',
}
_KNOWN: dict[str, tuple[str, str]] = {}  # family: (where the work goes, case in test_regressions.py)
BLOCKS = 200
EXTRA_LIMIT = 1.15  # linear: each block costs what the one before cost (ratio 1.0); quadratic: 1.3 up


def _family_cases():
    for name in FAMILIES:
        marks = []
        if name in _KNOWN:
            where, case = _KNOWN[name]
            marks = [pytest.mark.xfail(strict=True, reason=f"super-linear in {where}; test_regressions.py [{case}]")]
        yield pytest.param(name, id=name, marks=marks)


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    """Compile the patterns and fill the caches first, so no size pays for them."""
    quotex.extract(SAMPLE)


@pytest.mark.parametrize("family", list(_family_cases()))
def test_extract_work_grows_linearly(family):
    ratio = extra_work_ratio(quotex.extract, FAMILIES[family], BLOCKS)
    assert ratio <= EXTRA_LIMIT, f"{family}: the third block cost {ratio:.2f} times the second"


def test_extra_work_ratio_sees_quadratic_work():
    def quadratic(text):
        return sum(1 for a in text for b in text[: len(text) // 50] if a == b)

    assert extra_work_ratio(quadratic, lambda k: "ab" * k, BLOCKS) > EXTRA_LIMIT
    assert extra_work_ratio(len, lambda k: "ab" * k, BLOCKS) <= EXTRA_LIMIT


def _soup(size: int, breaks: bool) -> str:
    words = ["said", "Hart", "the", "talks", "don't", "a", ",", ".", " ", " ", " "] + (["\n", "\n\n"] if breaks else [])
    pieces, state = [], 12345
    total = 0
    while total < size:
        state = (state * 1103515245 + 12345) % 2**31  # a fixed pseudo-random sequence
        choice = QUOTATION_CHARACTERS if state % 2 else words
        piece = choice[(state >> 8) % len(choice)]
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


@pytest.mark.parametrize("breaks", [True, False], ids=["with-line-breaks", "one-line"])
def test_200_kb_of_quotation_mark_soup(breaks):
    text = _soup(200_000, breaks)
    check_records(text, quotex.extract(text))


def test_a_one_megabyte_line():
    """The bundled TASS article, line breaks made spaces, repeated to one 1 MB line."""
    article = (SAMPLES / "tass-aleppo-peskov.txt").read_text(encoding="utf-8").replace("\n", " ") + " "
    line = (article * (1_000_000 // len(article) + 1))[:1_000_000]
    records = quotex.extract(line)
    check_records(line, records)
    assert len(records) > 5000

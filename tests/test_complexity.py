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

import pytest
import regex

import quotex
from quotex import attribution, coref, evaluate, indirect, mentions, quotemarks, segment
from quotex.lexicon import ENGLISH
from invariants import QUOTATION_CHARACTERS, check_records
from workload import extra_work_ratio, time_growth

SAMPLE = '"We will not retreat," Lena Hart said. She said that it was true, Hart told reporters.'


def _tail_window(pattern):
    """segment._WORD_BEFORE is only ever searched in the 13 characters before a full stop."""
    return lambda s: pattern.search(s, max(0, len(s) - 13))


def _apply(pattern, how):
    if how == "tail-window":
        return _tail_window(pattern)
    if how == "finditer":
        return lambda s: sum(1 for _ in pattern.finditer(s))
    if how == "sub":
        return lambda s: pattern.sub("", s)
    return getattr(pattern, how)


# Every pattern of the package and how the pipeline applies it: to a whole span (finditer,
# findall, search, fullmatch) or at one position (match). Patterns made inside a function
# are rebuilt here from the same source.
PATTERNS = {
    "segment._LINE": (segment._LINE, "finditer"),
    "segment._BLANK_GAP": (segment._BLANK_GAP, "search"),
    "segment._TERMINAL": (segment._TERMINAL, "finditer"),
    "segment._WORD_BEFORE": (segment._WORD_BEFORE, "tail-window"),
    "segment._NEXT_WORD": (segment._NEXT_WORD, "match"),
    "quotemarks._MARK": (quotemarks._MARK, "finditer"),
    "quotemarks._ELISIONS": (quotemarks._ELISIONS, "match"),
    "attribution._EDGE": (attribution._EDGE, "match"),
    "attribution._PUNCT_ONLY": (attribution._PUNCT_ONLY, "fullmatch"),
    "attribution._WORD": (attribution._WORD, "findall"),
    "attribution._LETTER": (attribution._LETTER, "search"),
    "attribution._COLON_NAME": (attribution._COLON_NAME, "fullmatch"),
    "attribution.cue_pattern": (attribution.cue_pattern(ENGLISH), "finditer"),
    "coref._APPOSITION": (coref._APPOSITION, "match"),
    "coref._learn words": (regex.compile(r"[\p{L}\-]+"), "findall"),
    "evaluate._POSSESSIVE": (evaluate._POSSESSIVE, "sub"),
    "evaluate._NAME_WORD": (evaluate._NAME_WORD, "findall"),
    "indirect._WORD": (indirect._WORD, "findall"),
    "indirect._OBJECT_LEAD": (indirect._OBJECT_LEAD, "match"),
    "indirect._ADVERBIAL": (indirect._ADVERBIAL, "match"),
    "indirect._THAT": (indirect._THAT, "match"),
    "indirect._CLAUSE_START": (indirect._CLAUSE_START, "match"),
    "indirect._HEADLINE": (indirect._HEADLINE, "match"),
    "mentions._TOKEN": (mentions._TOKEN, "finditer"),
    "mentions._POSSESSIVE": (mentions._POSSESSIVE, "search"),
}

# Runs of what the quantifiers above consume, alone and interleaved.
UNITS = [
    ".", "!?…", ".”)", " ", "\n \n\t\u00a0", "a", "A", "éx\u0301", "1", "Aa ", "A.", "a. ", "a'’s",
    "-", "a-", ", ", ": ", "Ab Cd: ", "said  ", "according  to ", "told the reporter ", "on the ",
    ", the a", "“\"«(", "U.S.", "Mr. ", "that ",
]
# After the run: nothing, or a character that makes a match attempt fail late.
TAILS = ["", "\x00"]
SIZE = 400  # characters at the small size; the large size is eight times that
LIMIT = 8 * 2.5  # linear: about 8; quadratic: about 64

_SUPERLINEAR = {
    "segment._TERMINAL": "a run of terminal punctuation not followed by a space backtracks "
                         "from every start (test_regressions.py: terminal-punctuation-run)",
}


def _run(unit: str, tail: str):
    return lambda size: (unit * (size // len(unit) + 1))[:size] + tail


def _pattern_cases():
    for name in PATTERNS:
        marks = [pytest.mark.xfail(strict=True, reason=_SUPERLINEAR[name])] if name in _SUPERLINEAR else []
        yield pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("name", list(_pattern_cases()))
def test_pattern_work_grows_linearly(name):
    pattern, how = PATTERNS[name]
    apply = _apply(pattern, how)
    for unit in UNITS:
        for tail in TAILS:
            build = _run(unit, tail)
            growth = time_growth(apply, build, SIZE, repeat=2, at_least=0.001)
            if growth > LIMIT:  # measure again, longer, before failing: one slow sample is noise
                growth = min(growth, time_growth(apply, build, SIZE))
            assert growth <= LIMIT, f"{name} on {unit!r} * n + {tail!r}: 8x the input took {growth:.0f}x the time"


def test_every_pattern_is_swept():
    """A new regular expression in quotex/ must join the sweep above."""
    seen = set()
    for module in (segment, quotemarks, attribution, coref, evaluate, indirect, mentions):
        for attr, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                seen.add(f"{module.__name__.split('.')[-1]}.{attr}")
    assert seen <= set(PATTERNS), f"not in PATTERNS: {sorted(seen - set(PATTERNS))}"


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
    "cue-words": lambda k: "said according to told reporters " * k,
    "appositions": lambda k: "Hart, the mayor, " * k + "said that the plan failed.",
    "headlines": lambda k: "Hart: Talks failed\n" * k,
    "pronouns": lambda k: "The Kremlin said that the plan failed. He said that it was fine. " * k,
    "two-word-names": lambda k: "".join(f"{_name(i)} {_name(i)}son met. Hart said the plan failed. "
                                        for i in range(k)),
    "control-characters": lambda k: "\x00\x1b[1m\u202e\ufeff said \x7f" * k,
    # Known super-linear (see _KNOWN):
    "mark-soup": lambda k: "«‘a” „b’ ‹c» " * k,
    "quotes-without-cues": lambda k: '"Yes." ' * k,
    "one-word-names": lambda k: "".join(f"{_name(i)} went home. " for i in range(k)),
    "pronoun-without-antecedent": lambda k: "Mr. Hart said that the plan failed. She said that it was fine. " * k,
    "descriptions": lambda k: "Hart’s aide said the plan failed. " * k,
}
_KNOWN = {  # family: (where the work goes, case in test_regressions.py)
    "mark-soup": ("quotemarks._pair", "unmatched-openers-then-closers"),
    "quotes-without-cues": ("attribution._continued", "quotes-without-cues"),
    "one-word-names": ("coref._merge_aliases", "distinct-one-word-names"),
    "pronoun-without-antecedent": ("coref.Resolver._antecedent", "pronoun-without-antecedent"),
    "descriptions": ("coref.Resolver._description", "description-speakers"),
}
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
    line = " ".join([SAMPLE, "The so-called “experts” were wrong, Hart said — again."] * 8000)[:1_000_000]
    assert "\n" not in line and len(line) == 1_000_000
    records = quotex.extract(line)
    assert records and records[-1].end <= len(line)


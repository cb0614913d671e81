"""Property tests: quotex.extract never raises and always returns sound records.

Whatever the text (random characters, quotation-mark soup, unbalanced or nested marks,
control characters, very long lines, real sentences mixed with junk), every record's
offsets point at its own text, speaker mention and cue; records come in text order and a
second run gives the same records. The invariants live in tests/invariants.py.

The default (``ci``) profile runs a few dozen examples per test; for a longer search:
``pytest tests/test_properties.py --hypothesis-profile=long``.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import quotex
from invariants import QUOTATION_CHARACTERS, check_extract, check_records
from quotex.rules import RULES

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Made-up sentences in the house styles quotex reads, plus the rule examples.
SENTENCES = [
    '"The bridge will reopen in May," said Lena Hart, the city engineer.',
    "“We have no plans to sell,” the company’s chief executive, Omar Salas, told reporters.",
    "Hart said on Tuesday that the repairs had cost less than expected.",
    "‘It is not over,’ she said. ‘Not by a long way.’",
    "According to the ministry, «the border stays closed».",
    "The mayor called the plan „a good start“ and left.",
    "Officials said the vote would be held in June.",
    "Salas: ‹We will appeal›",
    "Mr. Salas, who has run the firm since 2019, said: \"Nobody told us.\"",
    "The so-called \"experts\" were wrong, he said.",
    "She doesn't know what the '90s were like, Hart's aide added.",
    "\"First part.\n\n\"Second part,\" Hart said.",
] + [rule.example for rule in RULES]


def _sample_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(SAMPLES.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    return paragraphs


PARAGRAPHS = _sample_paragraphs()

WORDS = [
    "said", "says", "told", "reporters", "according to", "added", "Lena Hart", "Hart", "Mr.",
    "U.S.", "he", "she", "it", "they", "the spokesman", "officials", "that", "the", "talks",
    "don't", "'90s", "’em", "president’s", "rock ’n’ roll", "Jan.", "3.5", "J. R.", "(", ")",
    "—", "–", "-", "…", "...", ":", ";", ",", ".", "!", "?", "@", "[bold]", "\x1b[31m",
]
SPACES = [" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2009", "\u202f", "\u2028", "\u2029", ""]
CONTROLS = "".join(chr(c) for c in range(0x20)) + "\x7f\x85\u200b\u200e\u200f\u202e\u2066\ufeff\ufffe\uffff"

quote_mark = st.sampled_from(QUOTATION_CHARACTERS)
word = st.sampled_from(WORDS)
space = st.sampled_from(SPACES)
control = st.sampled_from(CONTROLS)

# Any Python string, lone surrogates included.
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)

quote_soup = st.lists(st.one_of(quote_mark, quote_mark, word, space), max_size=120).map("".join)


def _nest(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Wrap text in a pair of marks, sometimes mismatched or with a mark dropped."""
    pair = st.tuples(quote_mark, quote_mark).map(lambda p: p if p[0] != p[1] else (p[0], p[0]))
    return st.builds(
        lambda marks, body, before, after, drop: (
            before + ("" if drop == 1 else marks[0]) + body + ("" if drop == 2 else marks[1]) + after
        ),
        pair, st.lists(inner, min_size=1, max_size=3).map(" ".join), word, word, st.integers(0, 6),
    )


nested = st.recursive(st.one_of(word, st.sampled_from(SENTENCES)), _nest, max_leaves=20)

junk = st.one_of(quote_soup, st.text(max_size=40), st.lists(control, max_size=10).map("".join))
article = st.lists(
    st.one_of(st.sampled_from(SENTENCES), st.sampled_from(PARAGRAPHS), nested, junk),
    max_size=12,
).flatmap(lambda parts: st.lists(space, min_size=len(parts), max_size=len(parts)).map(
    lambda gaps: "".join(p + g for p, g in zip(parts, gaps))
))

with_controls = st.lists(st.one_of(control, word, quote_mark, space, st.sampled_from(SENTENCES)),
                         max_size=60).map("".join)

long_line = st.builds(
    lambda piece, times: piece * times,
    st.one_of(quote_soup.filter(bool), st.sampled_from(SENTENCES).map(lambda s: s.replace("\n", " ") + " "),
              st.text(min_size=1, max_size=5)),
    st.integers(min_value=50, max_value=600),
)


def _checked(text: str) -> list[quotex.Quote]:
    records = check_extract(text)
    event(f"records: {'none' if not records else 'some'}")
    return records


@given(any_text)
def test_any_text(text):
    _checked(text)


@given(quote_soup)
def test_quotation_mark_soup(text):
    _checked(text)


@given(nested)
def test_nested_and_unbalanced_marks(text):
    _checked(text)


@given(with_controls)
def test_control_characters(text):
    _checked(text)


@given(long_line)
def test_very_long_lines(text):
    _checked(text)


@given(article)
def test_sentences_mixed_with_junk(text):
    _checked(text)


@given(article, st.sampled_from(quotex.KINDS), st.floats(0.0, 1.0))
def test_options_only_filter(text, kind, threshold):
    """kinds and min_confidence select from the full result and never change a record."""
    everything = quotex.extract(text)
    assert quotex.extract(text, kinds=[kind]) == [r for r in everything if r.kind == kind]
    assert quotex.extract(text, min_confidence=threshold) == [r for r in everything if r.confidence >= threshold]
    assert list(quotex.iter_quotes(text)) == everything


@pytest.mark.parametrize("text", ["", " ", "\n" * 1000, "\x00", "\ufeff", '"', "'", "«", "\r\n\r\n", "\t \u00a0"])
def test_nothing_to_find(text):
    assert check_extract(text) == []


@pytest.mark.parametrize("text", SENTENCES)
def test_made_up_sentences_hold_the_invariants(text):
    check_extract(text)


def test_sentences_are_not_all_empty():
    """The mixed-input strategies do reach the attribution rules."""
    assert sum(bool(quotex.extract(s)) for s in SENTENCES) >= len(SENTENCES) // 2


GOOD = quotex.extract('"We will not retreat," Lena Hart said.')[0]
TEXT = '"We will not retreat," Lena Hart said.'


@pytest.mark.parametrize(
    "broken",
    [
        replace(GOOD, start=GOOD.start + 1),
        replace(GOOD, end=len(TEXT) + 5),
        replace(GOOD, speaker_start=0),
        replace(GOOD, speaker=""),
        replace(GOOD, speaker=None),
        replace(GOOD, cue_end=None),
        replace(GOOD, cue="say"),
        replace(GOOD, kind="quoted"),
        replace(GOOD, rule="made-up"),
        replace(GOOD, confidence=1.5),
    ],
)
def test_invariant_checker_rejects_broken_records(broken):
    """The checker the properties rely on does catch each kind of fault."""
    check_records(TEXT, [GOOD])
    with pytest.raises(AssertionError):
        check_records(TEXT, [broken])


def test_invariant_checker_rejects_records_out_of_order():
    records = quotex.extract('"Yes," Hart said. "No," Salas said.')
    assert len(records) == 2
    with pytest.raises(AssertionError):
        check_records('"Yes," Hart said. "No," Salas said.', records[::-1])

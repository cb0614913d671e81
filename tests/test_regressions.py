"""Inputs that once broke quotex, or still do, as case tables.

INPUTS: texts found by the fuzz target (fuzz/extract_fuzz.py) and the property tests, or
written by hand around what they found; each must hold the invariants of
tests/invariants.py. SUPERLINEAR: the smallest shapes found whose cost grows faster than
the input; each stays marked xfail (strict) until the stage named in its reason is fixed,
so a fix turns it into a failing XPASS and the mark must go.
"""
from __future__ import annotations

import pytest

import quotex
from invariants import check_extract
from workload import extra_work_ratio, time_growth

INPUTS = {
    "empty": "",
    "lone-surrogates": "\ud800\"said\udfff Hart\udc80.",
    "nul-inside-quote": '"We\x00 stay," Hart said.',
    "byte-order-mark-first": '\ufeff"We stay," Hart said.',
    "crlf-paragraphs": '"We stay,"\r\n\r\nHart said.\r\n"We go."',
    "line-and-paragraph-separators": '"We stay,\u2028" Hart said.\u2029"No," she said.',
    "only-quotation-marks": "\"'«»‹›„“”‟‘’‚‛「」『』`",
    "doubled-ascii-quotes": "``We stay,'' Hart said. ''No,`` she said.",
    "quote-opened-and-never-closed": '"We stay, Hart said.\n\nShe said that the talks had failed.',
    "closing-mark-first": "” Hart said “",
    "apostrophes-only": "don't '90s ’em rock ’n’ roll president’s ’",
    "terminal-mark-alone": ".",
    "cue-without-speaker": "said:",
    "speaker-colon-alone": "Hart:",
    "according-to-at-end": "The talks failed, according to",
    "pronoun-first": '"We stay," he said.',
    "ansi-and-markup": '"\x1b[31mWe stay[/bold]," [link=x]Hart[/link] said.',
    "combining-marks": '"We stay," Ha\u0301rt said.',
    "wide-characters": '"我们留下," 哈特说. "We stay," Hart said.',
    "right-to-left-override": '"\u202eyats eW," Hart said.',
    # The shape of a slow input the fuzz target found (see SUPERLINEAR), at a size that is quick.
    "fuzz-low-nine-quotation-marks": ("’" + "‚" * 18) * 20,
}


@pytest.mark.parametrize("text", INPUTS.values(), ids=INPUTS.keys())
def test_inputs_hold_the_invariants(text):
    check_extract(text)


# Each shape is k blocks of text; the cost of the third block must match the second.
SUPERLINEAR = {
    "unmatched-openers-then-closers": (
        lambda k: "‘a a” " * k,
        "quotemarks._pair: every closing mark scans the whole stack of unmatched openers of its "
        "paragraph (_matching_opener), so openers that are never closed make a paragraph quadratic",
    ),
    # Found by the fuzz target: 4,845 characters of ’‚‚‚… took 2.6 s, 7,600 took 5.4 s.
    "low-nine-quotation-marks": (
        lambda k: "’‚‚" * k,
        "quotemarks._pair: the same stack scan, with every ‚ both pushed as an opener and "
        "scanning the stack as a possible closer",
    ),
    "quotes-without-cues": (
        lambda k: '"Yes." ' * k,
        "attribution._continued: each quotation without a cue copies and scans quotes[index + 1:] "
        "for a later speaker in its paragraph",
    ),
    "repeated-full-name": (
        lambda k: "Lena Hart said the plan failed. " * k,
        "coref.EntityTable._fullest: each mention of a name filters every occurrence of its "
        "surname in the article for a fuller form, so an article naming one person often is "
        "quadratic (a 1 MB line of a short article repeated: ~50 s)",
    ),
    "pronoun-without-antecedent": (
        lambda k: "Mr. Hart said that the plan failed. She said that it was fine. " * k,
        "coref.Resolver._antecedent: a pronoun with no fitting entity in the last sentences falls "
        "back to scanning every speaker so far (also `The Kremlin said … He said …`)",
    ),
    "description-speakers": (
        lambda k: "Hart’s aide said the plan failed. " * k,
        "coref.EntityTable.introduced_with (from Resolver._description): each description "
        "(`Hart’s aide said`, `according to the report`) runs its role pattern over all the text before it",
    ),
}


@pytest.mark.parametrize(
    "build",
    [pytest.param(build, id=name, marks=pytest.mark.xfail(strict=True, reason=reason))
     for name, (build, reason) in SUPERLINEAR.items()],
)
def test_work_grows_linearly(build):
    quotex.extract(build(3))  # compile patterns and fill caches first
    assert extra_work_ratio(quotex.extract, build, 200) <= 1.15


# Work inside C code (the regular expression engine, str.find), which the step count does
# not see: the shape at k and at 8 k, timed in the same test (linear work takes about 8
# times as long; these take about 64 times).
TIMED_SUPERLINEAR = {
    "terminal-punctuation-run": (
        lambda k: "." * k + "x",
        "segment._TERMINAL: [.!?…]+[\"”’'»)\\]]*(?=\\s|$) takes a run of terminal punctuation, then "
        "backtracks through it when no space follows, from every start (5,000 dots ~1 s, 20,000 ~30 s)",
    ),
    "spaces-in-a-reported-clause": (
        lambda k: "Hart said that the talks" + " " * k + "failed.",
        "indirect._JOINED_CLAUSE: ,?\\s+(?:and|but)… searched over the clause takes a run of spaces "
        "and backtracks through it from every start (16,000 spaces ~50 s)",
    ),
    "capitals-in-an-introductory-part": (
        lambda k: "After the vote, " + "A" * k + "\x00, Hart told reporters, saying \"We stay.\"",
        "mentions._ONLY_CAPITALISED: (?:[\\s.’'\\-]*\\p{Lu}[\\p{L}\\p{M}.’'\\-]*)+ can split a run "
        "of capitals every way, fullmatch fails at the end (8,000 capitals ~16 s)",
    ),
}


@pytest.mark.parametrize(
    "build",
    [pytest.param(build, id=name, marks=pytest.mark.xfail(strict=True, reason=reason))
     for name, (build, reason) in TIMED_SUPERLINEAR.items()],
)
def test_time_grows_linearly(build):
    quotex.extract(build(3))
    assert time_growth(quotex.extract, build, 300) <= 8 * 2.5

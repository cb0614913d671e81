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
}


@pytest.mark.parametrize("text", INPUTS.values(), ids=INPUTS.keys())
def test_inputs_hold_the_invariants(text):
    check_extract(text)


def _names(k: int) -> list[str]:
    """k distinct made-up capitalised words: Xbaa, Xbab, ..."""
    out = []
    for i in range(26 * 26, 26 * 26 + k):
        word = ""
        while i:
            i, rest = divmod(i, 26)
            word = chr(97 + rest) + word
        out.append("X" + word)
    return out


# Each shape is k blocks of text; the cost of the third block must match the second.
SUPERLINEAR = {
    "unmatched-openers-then-closers": (
        lambda k: "‘a a” " * k,
        "quotemarks._pair: every closing mark scans the whole stack of unmatched openers of its "
        "paragraph (_matching_opener), so openers that are never closed make a paragraph quadratic",
    ),
    "quotes-without-cues": (
        lambda k: '"Yes." ' * k,
        "attribution._continued: each quotation without a cue copies and scans quotes[index + 1:] "
        "for a later speaker in its paragraph",
    ),
    "distinct-one-word-names": (
        lambda k: "".join(f"{name} went home. " for name in _names(k)),
        "coref._merge_aliases: every one-word name scans every entity for a longer name ending in it",
    ),
    "pronoun-without-antecedent": (
        lambda k: "Mr. Hart said that the plan failed. She said that it was fine. " * k,
        "coref.Resolver._antecedent: a pronoun with no fitting entity in the last sentences falls "
        "back to scanning every speaker so far",
    ),
    "description-speakers": (
        lambda k: "Hart’s aide said the plan failed. " * k,
        "coref.Resolver._description: each description (`Hart’s aide said`, `according to the "
        "report`) scans every name occurrence before it",
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


@pytest.mark.xfail(strict=True, reason=(
    "segment._TERMINAL: [.!?…]+[\"”’'»)\\]]*(?=\\s|$) takes a whole run of terminal "
    "punctuation, then backtracks through it when no space follows, from every start: "
    "quadratic in the run (5,000 dots ~1 s, 20,000 dots ~30 s)"
))
def test_terminal_punctuation_run():
    growth = time_growth(quotex.extract, lambda k: "." * k + "x", 300)
    assert growth <= 8 * 2.5

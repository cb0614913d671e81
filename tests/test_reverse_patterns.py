"""Patterns compiled with regex.REVERSE find what the same pattern searched forwards finds.

A pattern anchored where its search window ends (`…\\s+$`) is searched backwards only to
save the engine from trying every start in the window; the match and its groups must be
the ones a forward search gives, at every window end the pipeline may use.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from quotex import attribution, coref, mentions, segment

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
INVENTED = (
    'Ana Ortiz, the city\'s budget director, said on Monday that the plan "will not work," '
    "and she was quick to add that her aides had been saying so for weeks. Sen. Walter Grieve "
    "and his wife, Councilwoman Deborah Grieve, declined to comment; the senator's spokesman "
    "would not say whether the ruling, because staff leaders disagreed, was being appealed. "
    'Robert "Bobby" de la Cruz-Mendez, 54, the U.S. envoy, is expected to explain it all.\n'
    "By Lee Chan\n"
)
REVERSED = {
    "attribution._WORD_BEFORE": attribution._WORD_BEFORE,
    "attribution._BARE_NOUN_BEFORE": attribution._BARE_NOUN_BEFORE,
    "attribution._DETERMINER_BEFORE": attribution._DETERMINER_BEFORE,
    "attribution._PROGRESSIVE_BEFORE": attribution._PROGRESSIVE_BEFORE,
    "attribution._COORDINATED": attribution._COORDINATED,
    "coref._NAME_PREFIX": coref._NAME_PREFIX,
    "coref._WORD_BEFORE_NAME": coref._WORD_BEFORE_NAME,
    "mentions._MODAL_BEFORE": mentions._MODAL_BEFORE,
    "mentions._WORD_BEFORE_PRONOUN": mentions._WORD_BEFORE_PRONOUN,
    "mentions._NO_SUBJECT_BEFORE": mentions._NO_SUBJECT_BEFORE,
    "mentions._GOVERNING_VERB": mentions._GOVERNING_VERB,
    "mentions._BE_BEFORE": mentions._BE_BEFORE,
    "segment._WORD_BEFORE": segment._WORD_BEFORE,
}


def _texts() -> list[str]:
    return [INVENTED] + [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]


def _found(match) -> tuple | None:
    return None if match is None else (match.span(), match.groups(), match.groupdict())


@pytest.mark.parametrize("name", sorted(REVERSED))
def test_reversed_pattern_finds_the_forward_match(name):
    pattern = REVERSED[name]
    assert pattern.flags & regex.REVERSE
    forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
    for text in _texts():
        for end in range(1, len(text) + 1):
            for width in (8, 16, 48, 240):
                start = max(0, end - width)
                assert _found(pattern.search(text, start, end)) == _found(forward.search(text, start, end)), \
                    (name, text[start:end])

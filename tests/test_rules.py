"""Every attribution rule fires on its own example, with the speaker the example names."""
import pytest

import quotex
from quotex.rules import RULES


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_fires_on_its_example(rule):
    records = quotex.extract(rule.example)
    fired = [q for q in records if q.rule == rule.name]
    assert fired, f"{rule.name} did not fire; got {[(q.rule, q.text) for q in records]}"
    record = fired[0]
    assert record.kind == rule.kind
    if rule.speaker is None:
        assert record.speaker is None
    else:
        assert record.speaker_mention is not None
        assert rule.speaker in (record.speaker, record.speaker_mention)
    assert 0.0 < record.confidence <= 1.0


def test_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_every_record_names_a_known_rule():
    known = {r.name for r in RULES}
    for rule in RULES:
        for record in quotex.extract(rule.example):
            assert record.rule in known

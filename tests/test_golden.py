"""The TASS article against its gold annotation (tests/golden/, a copy of the shared gold)."""
from pathlib import Path

import pytest

import quotex
from quotex import evaluate as ev

REPO = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "golden" / "tass-aleppo-peskov.json"
SAMPLE = REPO / "samples" / "tass-aleppo-peskov.txt"


@pytest.fixture(scope="module")
def scored():
    gold = ev.read_corpus(GOLD)
    text = SAMPLE.read_text(encoding="utf-8")
    assert text == gold[0]["text"], "the sample and the gold text must be the same article"
    predictions = dict(ev.predict(gold, quotex.extract))
    return gold, predictions


def test_direct_and_mixed_quotes_and_speakers_are_all_right(scored):
    gold, predictions = scored
    scores = ev.score(gold, predictions, ["direct", "mixed"])
    assert scores.quote_f1 == 1.0, scores.misses
    assert scores.speaker_acc == 1.0, scores.misses
    speakers = {q["speaker"] for q in predictions[gold[0]["id"]] if q["kind"] in ("direct", "mixed")}
    assert speakers == {"Dmitry Peskov"}


def test_indirect_quotes(scored):
    gold, predictions = scored
    assert ev.score(gold, predictions, ["indirect"]).quote_f1 >= 0.8


def test_canonical_speakers_of_the_gold_are_matched_by_name(scored):
    gold, predictions = scored
    names = {(gold[0]["id"], q["start"], q["end"]): q["speaker"] for q in gold[0]["quotes"]
             if q["kind"] in ("direct", "mixed")}
    scores = ev.score(ev.with_canonical(gold, names), predictions, ["direct", "mixed"])
    assert scores.speaker_acc == 1.0 and scores.matched == len(names)

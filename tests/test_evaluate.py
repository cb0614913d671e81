"""The scorer: matching rules, speaker rules, corpus reading, and agreement with the reference.

tests/data/eval-gold.jsonl is a small made-up corpus (three invented articles);
eval-predictions.jsonl holds hand-made predictions that exercise every rule, with the
figures worked out by hand below.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quotex
from quotex import evaluate as ev

DATA = Path(__file__).parent / "data"
GOLD = DATA / "eval-gold.jsonl"
CANONICAL = DATA / "eval-canonical.jsonl"
PREDICTIONS = DATA / "eval-predictions.jsonl"
SHARED = Path(os.environ.get("QUOTEX_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REFERENCE_SCORER = SHARED / "tools" / "score.py"


def figures(kinds=None, canonical=False):
    gold = ev.read_corpus(GOLD)
    if canonical:
        gold = ev.with_canonical(gold, ev.read_canonical(CANONICAL))
    return ev.score(gold, ev.read_predictions(PREDICTIONS), kinds)


# --- worked examples ----------------------------------------------------------------------


def test_all_kinds_by_hand():
    scores = figures()
    # gold 4 + 6 + 4; predicted 5 - 1 absorbed fragment + 6; matched 3 + 5; right speakers 2 + 4
    assert (scores.docs, scores.gold, scores.predicted, scores.matched, scores.speaker_right) == (3, 14, 10, 8, 6)
    assert scores.quote_p == 8 / 10 and scores.quote_r == 8 / 14
    assert scores.speaker_acc == 6 / 8 and scores.e2e_p == 6 / 10 and scores.e2e_r == 6 / 14
    assert scores.quote_f1 == pytest.approx(2 / 3) and scores.e2e_f1 == pytest.approx(0.5)


def test_misses_by_hand():
    misses = figures().misses
    by_type = {t: [(m.doc, m.text) for m in misses if m.type == t] for t in ("missed", "false", "speaker")}
    assert by_type["missed"] == [
        ("harbour", "We owe it to the fishermen"),
        ("school", "a new school will open in two years"),
        ("market", "We pay rent for a pitch we cannot use"),
        ("market", "It is the third month now"),
        ("market", "Inspections will continue"),
        ("market", "the traders would return next week"),
    ]
    assert by_type["false"] == [("harbour", "We owe it"), ("school", "Parents gathered outside the school on Friday")]
    assert by_type["speaker"] == [("harbour", "repairs would cost more than planned"), ("school", "We will appeal")]
    wrong = [m for m in misses if m.type == "speaker"][1]
    assert (wrong.gold_speaker, wrong.predicted_speaker, wrong.kind) == ("Joel Brandt", "a lawyer", "direct")
    assert wrong.before.endswith('be repaired.\n\n"') and wrong.after.startswith(',"')


def test_each_rule_by_hand():
    # harbour's predictions name their rules: one of the two quote-speaker-verb quotes is false,
    # one speaker-verb-partial fragment is absorbed by the other's gold mixed quote, and the
    # reported-that clause matches with the wrong speaker; school's predictions name none
    rows = figures().rule_figures()
    assert [(r["rule"], r["pred"], r["matched"]) for r in rows] == [
        ("(none)", 6, 5), ("quote-speaker-verb", 2, 1), ("reported-that", 1, 1), ("speaker-verb-partial", 1, 1),
    ]
    none, qsv, reported, partial = rows
    assert none["quote_p"] == 5 / 6 and none["speaker_acc"] == 4 / 5 and none["e2e_p"] == 4 / 6
    assert qsv["quote_p"] == 0.5 and qsv["speaker_acc"] == 1.0
    assert reported["speaker_acc"] == 0.0 and reported["e2e_p"] == 0.0
    assert sum(r["pred"] for r in rows) == figures().predicted


def test_kinds_filter_by_hand():
    scores = figures(["direct", "mixed"])
    assert (scores.gold, scores.predicted, scores.matched, scores.speaker_right) == (11, 8, 7, 6)


def test_canonical_names_by_hand():
    scores = figures(["direct", "mixed"], canonical=True)
    # only the two annotated documents; a speaker counts only by its name
    assert (scores.docs, scores.gold, scores.predicted, scores.matched, scores.speaker_right) == (2, 8, 8, 7, 5)


# --- the rules, one at a time -------------------------------------------------------------


@pytest.mark.parametrize("text, span, trimmed", [
    ('"Hello, world."', (0, 15), (1, 13)),
    ("  — «Oui», ", (0, 11), (5, 8)),
    ("...", (0, 3), (3, 3)),
])
def test_trim(text, span, trimmed):
    assert ev.trim(text, *span) == trimmed


@pytest.mark.parametrize("gold, pred, same", [
    ({"speaker": "Ana Ortiz"}, {"speaker": "Ortiz"}, True),
    ({"speaker": "Ortiz"}, {"speaker": "Mayor Ana Ortiz"}, True),
    ({"speaker": "Ms. Ortiz"}, {"speaker": "ortiz"}, True),
    ({"speaker": "Ortiz’s office"}, {"speaker": "Ortiz"}, True),  # either way round, as the reference has it
    ({"speaker": "the office"}, {"speaker": "Ortiz"}, False),
    ({"speaker": "the president"}, {"speaker": "President"}, True),
    ({"speaker": None}, {"speaker": None}, True),
    ({"speaker": "Ana Ortiz"}, {"speaker": None}, False),
    ({"speaker": "Ana Ortiz"}, {"speaker": "Ben Okafor"}, False),
    ({"speaker": "She", "speaker_start": 5, "speaker_end": 8},
     {"speaker": "Ana Ortiz", "speaker_start": 7, "speaker_end": 16}, True),
    ({"speaker": "She", "speaker_start": 5, "speaker_end": 8},
     {"speaker": "Ana Ortiz", "speaker_start": 8, "speaker_end": 16}, False),
])
def test_same_speaker(gold, pred, same):
    assert ev.same_speaker(gold, pred) is same


def doc(text, *quotes):
    return {"id": "d", "text": text, "quotes": [dict(q) for q in quotes]}


def test_matching_is_one_to_one_best_overlap_first():
    text = "a" * 100
    gold = doc(text, {"start": 0, "end": 40, "kind": "direct"}, {"start": 30, "end": 100, "kind": "direct"})
    pred = {"d": [{"start": 5, "end": 45, "kind": "direct"}, {"start": 0, "end": 35, "kind": "direct"}]}
    scores = ev.score([gold], pred)
    assert scores.matched == 1 and scores.predicted == 2 and scores.gold == 2


def test_half_overlap_is_enough_and_less_is_not():
    text = "x" * 100
    gold = doc(text, {"start": 0, "end": 40, "kind": "direct"})
    assert ev.score([gold], {"d": [{"start": 0, "end": 20, "kind": "direct"}]}).matched == 1
    assert ev.score([gold], {"d": [{"start": 0, "end": 19, "kind": "direct"}]}).matched == 0


def test_documents_missing_from_predictions_count_as_missed():
    scores = ev.score(ev.read_corpus(GOLD), {})
    assert (scores.gold, scores.predicted, scores.matched, scores.quote_f1) == (14, 0, 0, 0.0)


# --- reading files ------------------------------------------------------------------------


def test_read_corpus_accepts_one_json_document(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": 7, "text": "x", "quotes": []}, indent=1))
    assert ev.read_corpus(path) == [{"id": "7", "text": "x", "quotes": []}]


@pytest.mark.parametrize("content, message", [
    ('{"id": 1, "text": "x"}\n{"id": 1, "text": "y"}\n', "line 2: id '1' already given on line 1"),
    ('{"text": "x"}\n', "line 1: no 'id' field"),
    ('{"id": 1, "text": "x"}\n{oops\n', "line 2: not valid JSON"),
    ("[1, 2]\n", "line 1: not a JSON object"),
])
def test_read_corpus_errors(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(ev.CorpusError, match=message):
        ev.read_corpus(path)


def test_read_corpus_missing_file(tmp_path):
    with pytest.raises(ev.CorpusError, match="No such file or directory"):
        ev.read_corpus(tmp_path / "missing.jsonl")


def test_read_predictions_in_both_layouts(tmp_path):
    flat = tmp_path / "flat.jsonl"
    flat.write_text("".join(json.dumps({"doc": d["id"], **q}) + "\n"
                            for d in map(json.loads, PREDICTIONS.read_text().splitlines()) for q in d["quotes"]))
    without_doc = {k: [{f: v for f, v in q.items() if f != "doc"} for q in qs]
                   for k, qs in ev.read_predictions(flat).items()}
    assert without_doc == ev.read_predictions(PREDICTIONS)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"something": "else"}\n')
    with pytest.raises(ev.CorpusError, match="line 1: neither a document"):
        ev.read_predictions(bad)


def test_predict_runs_an_extractor_per_document():
    docs = ev.read_corpus(GOLD)
    predicted = dict(ev.predict(docs, quotex.extract))
    assert list(predicted) == ["harbour", "school", "market"]
    assert all(list(q) == list(quotex.FIELDS) for q in predicted["harbour"])


# --- agreement with the reference scorer --------------------------------------------------


VARIANTS = [[], ["--kinds", "direct,mixed"], ["--kinds", "indirect"],
            ["--kinds", "direct,mixed", "--canonical", str(CANONICAL)], ["--canonical", str(CANONICAL)]]


def reference(pred_path, options):
    if not REFERENCE_SCORER.exists():
        pytest.skip(f"reference scorer not found at {REFERENCE_SCORER}")
    done = subprocess.run([sys.executable, str(REFERENCE_SCORER), str(GOLD), str(pred_path), *options, "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def ours(quotex_cli, options):
    result = quotex_cli("eval", GOLD, *options, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("options", VARIANTS)
def test_eval_agrees_with_the_reference_on_quotex_predictions(quotex_cli, tmp_path, options):
    pred_path = tmp_path / "pred.jsonl"
    with pred_path.open("w") as out:
        for doc_id, quotes in ev.predict(ev.read_corpus(GOLD), quotex.extract):
            out.write(json.dumps({"id": doc_id, "quotes": quotes}) + "\n")
    assert ours(quotex_cli, options) == reference(pred_path, options)


@pytest.mark.parametrize("options", VARIANTS)
def test_eval_agrees_with_the_reference_on_hand_made_predictions(quotex_cli, options):
    assert ours(quotex_cli, ["--predictions", str(PREDICTIONS), *options]) == reference(PREDICTIONS, options)

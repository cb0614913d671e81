"""quotex eval: the figures as a table or JSON, misses with context, errors."""
import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
GOLD = DATA / "eval-gold.jsonl"
CANONICAL = DATA / "eval-canonical.jsonl"
PREDICTIONS = DATA / "eval-predictions.jsonl"
KEYS = ["docs", "gold", "pred", "matched", "quote_p", "quote_r", "quote_f1", "speaker_acc",
        "e2e_p", "e2e_r", "e2e_f1"]


def test_eval_json_is_one_object_of_the_figures(quotex_cli):
    result = quotex_cli("eval", GOLD, "--predictions", PREDICTIONS, "--json")
    assert result.exit_code == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 1
    figures = json.loads(result.stdout)
    assert list(figures) == KEYS
    assert (figures["gold"], figures["pred"], figures["matched"]) == (14, 10, 8)


def test_eval_table(quotex_cli):
    result = quotex_cli("eval", GOLD, "--predictions", PREDICTIONS, "--kinds", "direct,mixed")
    assert result.exit_code == 0
    out = result.stdout
    assert "kinds: direct,mixed" in out
    for label, value in [("gold quotes", "11"), ("predicted quotes", "8"), ("matched quotes", "7"),
                         ("quote precision", "0.875"), ("speaker accuracy", "0.857"), ("end-to-end F1", "0.632")]:
        line = next(line for line in out.splitlines() if label in line)
        assert value in line


def test_eval_runs_quotex_when_no_predictions_are_given(quotex_cli):
    one = json.loads(quotex_cli("eval", GOLD, "--json").stdout)
    two = json.loads(quotex_cli("eval", GOLD, "--json", "--jobs", "2").stdout)
    assert one == two and one["docs"] == 3 and one["pred"] > 0


def test_eval_of_quotex_records_equals_eval_of_quotex(quotex_cli, tmp_path):
    records = quotex_cli("--input", "jsonl", GOLD).stdout
    (tmp_path / "records.jsonl").write_text(records)
    direct = json.loads(quotex_cli("eval", GOLD, "--json").stdout)
    via_file = json.loads(quotex_cli("eval", GOLD, "--predictions", tmp_path / "records.jsonl", "--json").stdout)
    assert direct == via_file


def test_eval_by_rule_table(quotex_cli):
    result = quotex_cli("eval", GOLD, "--predictions", PREDICTIONS, "--by-rule", "--color", "never")
    assert result.exit_code == 0 and result.stderr == ""
    rows = [line.split("│")[1:-1] for line in result.stdout.splitlines() if "quote-speaker-verb" in line]
    assert [cell.strip() for cell in rows[0]] == ["quote-speaker-verb", "2", "1", "0.500", "1.000", "0.500"]


def test_eval_by_rule_in_json(quotex_cli):
    figures = json.loads(quotex_cli("eval", GOLD, "--predictions", PREDICTIONS, "--by-rule", "--json").stdout)
    assert list(figures) == KEYS + ["rules"]
    assert [row["rule"] for row in figures["rules"]] == ["(none)", "quote-speaker-verb", "reported-that", "speaker-verb-partial"]
    assert figures["rules"][1] == {"rule": "quote-speaker-verb", "pred": 2, "matched": 1, "quote_p": 0.5,
                                   "speaker_acc": 1.0, "e2e_p": 0.5}


def test_eval_canonical(quotex_cli):
    result = quotex_cli("eval", GOLD, "--predictions", PREDICTIONS, "--kinds", "direct,mixed",
                        "--canonical", CANONICAL, "--json")
    figures = json.loads(result.stdout)
    assert (figures["docs"], figures["gold"], figures["matched"]) == (2, 8, 7)
    assert figures["speaker_acc"] == 5 / 7


def test_eval_misses_with_context(quotex_cli):
    result = quotex_cli("eval", GOLD, "--predictions", PREDICTIONS, "--misses", "1", "--color", "never")
    lines = result.stdout.splitlines()
    heads = [line for line in lines if line.startswith(("missed quote", "false quote", "wrong speaker"))]
    assert heads == [
        "missed quote  harbour  101-127  direct  gold: Ortiz",
        "false quote  harbour  101-110  direct  predicted: Ortiz",
        "wrong speaker  harbour  254-290  indirect  gold: The port authority  predicted: (none)",
    ]
    context = lines[lines.index(heads[0]) + 1]
    assert '"⟦We owe it to the fishermen⟧."⏎⏎Councillor' in context


def test_eval_misses_in_json(quotex_cli):
    result = quotex_cli("eval", GOLD, "--predictions", PREDICTIONS, "--misses", "2", "--json")
    misses = json.loads(result.stdout)["misses"]
    assert [m["type"] for m in misses] == ["missed", "missed", "false", "false", "speaker", "speaker"]
    assert misses[0]["text"] == "We owe it to the fishermen" and misses[0]["after"].startswith('."')


def test_eval_bad_files(quotex_cli, tmp_path):
    missing = quotex_cli("eval", tmp_path / "nope.jsonl")
    assert missing.exit_code == 2 and missing.stdout == ""
    assert missing.stderr == f"quotex: {tmp_path / 'nope.jsonl'}: No such file or directory\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{oops\n')
    result = quotex_cli("eval", bad, "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"quotex: {bad}: line 2: not valid JSON")


def test_eval_usage_errors(quotex_cli):
    assert quotex_cli("eval").exit_code == 2
    result = quotex_cli("eval", GOLD, "--kinds", "direct,hearsay")
    assert result.exit_code == 2 and "'hearsay' is not one of" in result.stderr
    assert quotex_cli("eval", GOLD, "--misses", "-3").exit_code == 2


def test_eval_help_explains_the_scoring(quotex_cli):
    out = quotex_cli("eval", "--help").stdout
    for text in ("GOLD.jsonl", "--kinds", "--canonical", "--misses", "--json", "intersection over union"):
        assert text in out

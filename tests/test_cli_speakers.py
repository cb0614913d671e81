"""quotex speakers: who is quoted across the inputs, as a table, JSON, JSON Lines or CSV."""
import csv
import io
import json

from cli_support import FERRY, SAMPLES, jsonl


def test_speakers_json(quotex_cli, articles):
    result = quotex_cli("speakers", "--format", "json", articles)
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout) == [
        {"speaker": "Ines Farrow", "quotes": 4, "words": 18, "documents": 2},
        {"speaker": "Omar Lindqvist", "quotes": 2, "words": 12, "documents": 2},
        {"speaker": "Petra Adeyemi", "quotes": 2, "words": 11, "documents": 1},
    ]


def test_speakers_table(quotex_cli, articles):
    result = quotex_cli("speakers", "-f", "table", articles)
    for text in ("speaker", "quotes", "words", "documents", "Ines Farrow", "Petra Adeyemi"):
        assert text in result.stdout


def test_speakers_default_format_off_a_terminal_is_jsonl(quotex_cli, articles):
    rows = jsonl(quotex_cli("speakers", articles).stdout)
    assert [r["speaker"] for r in rows] == ["Ines Farrow", "Omar Lindqvist", "Petra Adeyemi"]


def test_speakers_csv(quotex_cli, articles):
    rows = list(csv.DictReader(io.StringIO(quotex_cli("speakers", "-f", "csv", articles).stdout)))
    assert rows[0] == {"speaker": "Ines Farrow", "quotes": "4", "words": "18", "documents": "2"}


def test_speakers_group_a_surname_across_documents(quotex_cli, tmp_path):
    (tmp_path / "a.txt").write_text(FERRY)
    (tmp_path / "b.txt").write_text('"The ferry was never late," Farrow said on Monday.\n')
    rows = json.loads(quotex_cli("speakers", "-f", "json", tmp_path).stdout)
    assert rows[0] == {"speaker": "Ines Farrow", "quotes": 3, "words": 14, "documents": 2}


def test_speakers_filters_and_errors(quotex_cli, articles):
    result = quotex_cli("speakers", "-f", "json", "--kind", "indirect", articles, articles / "missing.txt")
    assert result.exit_code == 2
    assert result.stderr == f"quotex: {articles / 'missing.txt'}: No such file or directory\n"
    assert json.loads(result.stdout) == [{"speaker": "Omar Lindqvist", "quotes": 2, "words": 12, "documents": 2}]


def test_speakers_with_no_quotes_exits_1(quotex_cli, articles):
    result = quotex_cli("speakers", "-f", "json", articles / "c-quiet.txt")
    assert result.exit_code == 1 and json.loads(result.stdout) == []


def test_speakers_of_the_tass_sample(quotex_cli):
    import quotex

    path = SAMPLES / "tass-aleppo-peskov.txt"
    quotes = quotex.extract(path.read_text(encoding="utf-8"), kinds=("direct", "mixed"))
    rows = json.loads(quotex_cli("speakers", "-f", "json", "--kind", "direct,mixed", path).stdout)
    assert sum(r["quotes"] for r in rows) == len(quotes)
    assert {r["speaker"] for r in rows} == {q.speaker for q in quotes}
    assert all(r["documents"] == 1 for r in rows)

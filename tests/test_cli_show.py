"""quotex show: the article with its quotations marked, rendered to a plain-text console."""
import json
import re

from cli_support import FERRY, LIBRARY, SAMPLES

HOSTILE = ('Notes\n\n"Press [bold red]here[/] and \x1b[2J\x1b]0;title\x07 now," said Ana Ortiz.\n')


def test_show_renders_the_article_with_speakers_beside_quotes(quotex_cli, articles):
    result = quotex_cli("show", articles / "b-ferry.txt")
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    assert str(articles / "b-ferry.txt") in out.splitlines()[0]
    assert "■ Ines Farrow 2" in out and "■ Omar Lindqvist 1" in out
    assert '"The bridge opens in May," [Ines Farrow] said Mayor Ines Farrow. "Then the ferry stops." [Ines Farrow]' in out
    assert "the ferry would run until June [Omar Lindqvist]." in out
    assert "\x1b[" not in out  # no colour off a terminal


def test_show_keeps_long_lines_unwrapped_off_a_terminal(quotex_cli, tmp_path):
    long = '"' + " ".join(["word"] * 60) + '," said Ana Ortiz.\n'
    (tmp_path / "long.txt").write_text(long)
    out = quotex_cli("show", tmp_path / "long.txt").stdout
    assert ('"' + " ".join(["word"] * 60) + '," [Ana Ortiz] said Ana Ortiz.') in out


def test_show_in_colour(quotex_cli, articles):
    out = quotex_cli("show", "--color", "always", articles / "b-ferry.txt").stdout
    assert re.search(r"\x1b\[[0-9;]*m", out)


def test_show_prints_markup_and_control_characters_literally(quotex_cli, tmp_path):
    (tmp_path / "h.txt").write_text(HOSTILE)
    for color in ("never", "always"):
        out = quotex_cli("show", "--color", color, tmp_path / "h.txt").stdout
        assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x07" not in out
        plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
        assert "[bold red]here[/]" in plain and "\\x1b[2J\\x1b]0;title\\x07" in plain


def test_show_several_documents_and_pick_one_by_id(quotex_cli, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "ferry", "text": FERRY}) + "\n" + json.dumps({"id": "lib", "text": LIBRARY}) + "\n")
    both = quotex_cli("show", "--input", "jsonl", corpus).stdout
    assert "Ines Farrow" in both and "Petra Adeyemi" in both
    one = quotex_cli("show", "--input", "jsonl", "--doc", "lib", corpus)
    assert one.exit_code == 0 and "Petra Adeyemi" in one.stdout and "Ines Farrow" not in one.stdout
    missing = quotex_cli("show", "--input", "jsonl", "--doc", "nope", corpus)
    assert missing.exit_code == 2 and missing.stderr == "quotex: nope: no document with this id\n"


def test_show_a_document_without_quotes_exits_1(quotex_cli, articles):
    result = quotex_cli("show", articles / "c-quiet.txt")
    assert result.exit_code == 1 and "no quotes found" in result.stdout


def test_show_bad_input(quotex_cli, articles):
    result = quotex_cli("show", articles / "missing.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"quotex: {articles / 'missing.txt'}: No such file or directory\n"


def test_show_the_tass_sample(quotex_cli):
    import quotex

    path = SAMPLES / "tass-aleppo-peskov.txt"
    quotes = quotex.extract(path.read_text(encoding="utf-8"), kinds=("direct", "mixed"))
    out = quotex_cli("show", "--kind", "direct,mixed", path).stdout
    labels = re.findall(r"\[([^\]]+)\]", out.split("\n", 2)[2])
    assert labels == [q.speaker for q in quotes]

"""quotex extract (the default command): inputs, options, formats, errors and exit codes.

stdout and stderr are checked apart: stdout carries records only, stderr one line per bad input.
"""
import codecs
import csv
import io
import json
import re

import pytest

import quotex
from quotex import cli as cli_module

from cli_support import FERRY, LIBRARY, QUIET, jsonl

ANSI = re.compile(r"\x1b\[")
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def has_colour(text):
    """Whether any SGR sequence sets a foreground or background colour (bold is not colour)."""
    return any(re.search(r"(^|;)(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;|$)", m.group(1)) for m in SGR.finditer(text))


def docs_of(stdout):
    return list(dict.fromkeys(r["doc"] for r in jsonl(stdout)))


# --- the default command and basic output -------------------------------------------------


def test_default_command_is_extract(quotex_cli, articles):
    default = quotex_cli(articles / "b-ferry.txt")
    explicit = quotex_cli("extract", articles / "b-ferry.txt")
    assert default.exit_code == explicit.exit_code == 0
    assert default.stdout == explicit.stdout
    assert default.stderr == ""


def test_records_are_flat_jsonl_with_doc_first(quotex_cli, articles):
    path = articles / "b-ferry.txt"
    result = quotex_cli(path)
    records = jsonl(result.stdout)
    assert [r["text"] for r in records] == [
        "The bridge opens in May,", "Then the ferry stops.", "the ferry would run until June"]
    assert [r["speaker"] for r in records] == ["Ines Farrow", "Ines Farrow", "Omar Lindqvist"]
    for line, record in zip(result.stdout.splitlines(), records):
        assert list(record) == ["doc", *quotex.FIELDS]
        assert line.startswith('{"doc": ')
        assert record["doc"] == str(path)
        assert FERRY[record["start"]:record["end"]] == record["text"]


def test_folders_are_walked_recursively_in_sorted_order(quotex_cli, articles):
    result = quotex_cli(articles)
    assert result.exit_code == 0, result.stderr
    assert docs_of(result.stdout) == [
        str(articles / "2024" / "may" / "ferry-again.txt"),
        str(articles / "a-library.txt"),
        str(articles / "b-ferry.txt"),
    ]
    assert result.stderr == ""


def test_paths_keep_their_command_line_order(quotex_cli, articles):
    result = quotex_cli(articles / "b-ferry.txt", articles / "a-library.txt")
    assert docs_of(result.stdout) == [str(articles / "b-ferry.txt"), str(articles / "a-library.txt")]


def test_glob_chooses_files_in_folders(quotex_cli, articles):
    result = quotex_cli("--glob", "*.md", articles)
    assert docs_of(result.stdout) == [str(articles / "notes.md")]
    result = quotex_cli("--glob", "*.md", "--glob", "b-*", articles)
    assert docs_of(result.stdout) == [str(articles / "b-ferry.txt"), str(articles / "notes.md")]


def test_a_file_named_on_the_command_line_is_read_whatever_its_name(quotex_cli, articles):
    result = quotex_cli(articles / "notes.md")
    assert result.exit_code == 0 and docs_of(result.stdout) == [str(articles / "notes.md")]


# --- standard input -----------------------------------------------------------------------


def test_dash_reads_stdin_and_names_it_dash(quotex_cli):
    result = quotex_cli("-", input=FERRY)
    assert result.exit_code == 0
    assert {r["doc"] for r in jsonl(result.stdout)} == {"-"}


def test_no_path_with_piped_input_reads_stdin(quotex_cli):
    assert jsonl(quotex_cli(input=FERRY).stdout) == jsonl(quotex_cli("-", input=FERRY).stdout)


def test_no_path_and_a_terminal_on_stdin_is_a_usage_error(quotex_cli, monkeypatch):
    monkeypatch.setattr(cli_module, "is_terminal", lambda stream: True)
    result = quotex_cli()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no input" in result.stderr


def test_empty_stdin_is_an_error(quotex_cli):
    result = quotex_cli("-", input="")
    assert result.exit_code == 2
    assert result.stderr == "quotex: <stdin>: empty input\n"


# --- JSON Lines input ---------------------------------------------------------------------


def test_jsonl_input_uses_the_id_as_doc(quotex_cli, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "ferry-1", "text": FERRY}) + "\n"
                      + json.dumps({"id": 2, "text": LIBRARY}) + "\n", encoding="utf-8")
    result = quotex_cli("--input", "jsonl", corpus)
    assert result.exit_code == 0
    assert docs_of(result.stdout) == ["ferry-1", "2"]


def test_jsonl_input_custom_fields_and_missing_id(quotex_cli, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"url": "u/1", "body": FERRY}) + "\n" + json.dumps({"body": LIBRARY}) + "\n")
    result = quotex_cli("--input", "jsonl", "--text-field", "body", "--id-field", "url", corpus)
    assert docs_of(result.stdout) == ["u/1", f"{corpus}:2"]


def test_jsonl_from_stdin(quotex_cli):
    result = quotex_cli("--input", "jsonl", input=json.dumps({"id": "x", "text": FERRY}) + "\n")
    assert docs_of(result.stdout) == ["x"]


def test_malformed_jsonl_line_is_named_and_the_rest_processed(quotex_cli, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "one", "text": FERRY}) + "\n{not json\n"
                      + json.dumps({"id": "three", "text": LIBRARY}) + "\n" + '{"id": "four"}\n')
    result = quotex_cli("--input", "jsonl", corpus)
    assert result.exit_code == 2
    assert docs_of(result.stdout) == ["one", "three"]
    assert result.stderr.splitlines() == [
        f"quotex: {corpus}: line 2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"quotex: {corpus}: line 4: no 'text' field",
    ]


def test_folders_of_jsonl_files(quotex_cli, tmp_path):
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": FERRY}) + "\n")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": LIBRARY}) + "\n")
    (tmp_path / "c.txt").write_text(FERRY)
    result = quotex_cli("--input", "jsonl", tmp_path)
    assert docs_of(result.stdout) == ["a", "b"]


# --- formats ------------------------------------------------------------------------------


def test_format_defaults_to_jsonl_when_stdout_is_not_a_terminal(quotex_cli, articles):
    result = quotex_cli(articles / "b-ferry.txt")
    assert len(jsonl(result.stdout)) == 3


def test_format_defaults_to_a_table_on_a_terminal(quotex_cli, articles, monkeypatch):
    monkeypatch.setattr(cli_module, "is_terminal", lambda stream: stream is not None and "stdout" in repr(stream))
    result = quotex_cli(articles / "b-ferry.txt")
    assert result.exit_code == 0
    assert "┃ speaker" in result.stdout and "Ines Farrow" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_format_json_is_one_array(quotex_cli, articles):
    result = quotex_cli("--format", "json", articles)
    records = json.loads(result.stdout)
    assert len(records) == 3 + 2 + 3
    assert all(list(r) == ["doc", *quotex.FIELDS] for r in records)


def test_format_json_with_no_quotes(quotex_cli, articles):
    result = quotex_cli("-f", "json", articles / "c-quiet.txt")
    assert result.exit_code == 1 and json.loads(result.stdout) == []


def test_format_csv(quotex_cli, articles):
    result = quotex_cli("--format", "csv", articles / "b-ferry.txt")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["doc", *quotex.FIELDS]
    assert [r["speaker"] for r in rows] == ["Ines Farrow", "Ines Farrow", "Omar Lindqvist"]


def test_format_table(quotex_cli, articles):
    result = quotex_cli("--format", "table", articles / "b-ferry.txt")
    assert "b-ferry.txt" in result.stdout and "3 quotes" in result.stdout
    assert "The bridge opens in May," in result.stdout
    assert not ANSI.search(result.stdout)


def test_unknown_format_is_a_usage_error(quotex_cli, articles):
    result = quotex_cli("--format", "xml", articles)
    assert result.exit_code == 2 and result.stdout == "" and "xml" in result.stderr


# --- colour -------------------------------------------------------------------------------


def test_color_always_and_never(quotex_cli, articles):
    path = articles / "b-ferry.txt"
    assert has_colour(quotex_cli("-f", "table", "--color", "always", path).stdout)
    assert not ANSI.search(quotex_cli("-f", "table", "--color", "never", path).stdout)


def test_color_always_overrides_no_color(quotex_cli, articles):
    result = quotex_cli("-f", "table", "--color", "always", articles / "b-ferry.txt", env={"NO_COLOR": "1"})
    assert has_colour(result.stdout)


def test_no_color_turns_colour_off_even_on_a_forced_terminal(quotex_cli, articles):
    forced = quotex_cli("-f", "table", articles / "b-ferry.txt", env={"FORCE_COLOR": "1"})
    assert has_colour(forced.stdout)
    result = quotex_cli("-f", "table", articles / "b-ferry.txt", env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert not has_colour(result.stdout)


def test_jsonl_is_never_coloured(quotex_cli, articles):
    result = quotex_cli("--color", "always", articles / "b-ferry.txt")
    assert not ANSI.search(result.stdout) and len(jsonl(result.stdout)) == 3


# --- filters ------------------------------------------------------------------------------


@pytest.mark.parametrize("args, kinds", [
    (["--kind", "direct"], {"direct"}),
    (["--kind", "indirect"], {"indirect"}),
    (["--kind", "direct,indirect"], {"direct", "indirect"}),
    (["--kind", "direct", "--kind", "indirect"], {"direct", "indirect"}),
])
def test_kind_filter(quotex_cli, articles, args, kinds):
    records = jsonl(quotex_cli(*args, articles / "b-ferry.txt").stdout)
    assert records and {r["kind"] for r in records} == kinds


def test_unknown_kind_is_a_usage_error(quotex_cli, articles):
    result = quotex_cli("--kind", "direct,rumour", articles)
    assert result.exit_code == 2 and result.stdout == "" and "'rumour' is not one of" in result.stderr


@pytest.mark.parametrize("pattern, speakers", [
    ("farrow", {"Ines Farrow"}),
    ("^omar", {"Omar Lindqvist"}),
    ("Farrow|Adeyemi", {"Ines Farrow", "Petra Adeyemi"}),
    ("librarian", {"Petra Adeyemi"}),  # the speaker mention counts too
])
def test_speaker_filter(quotex_cli, articles, pattern, speakers):
    result = quotex_cli("--speaker", pattern, articles / "b-ferry.txt", articles / "a-library.txt")
    assert {r["speaker"] for r in jsonl(result.stdout)} == speakers


def test_speaker_filter_matching_nobody_exits_1(quotex_cli, articles):
    result = quotex_cli("--speaker", "nobody at all", articles)
    assert result.exit_code == 1 and result.stdout == "" and result.stderr == ""


def test_bad_speaker_pattern_is_a_usage_error(quotex_cli, articles):
    result = quotex_cli("--speaker", "(unclosed", articles)
    assert result.exit_code == 2 and "not a regular expression" in result.stderr


def test_min_confidence(quotex_cli, articles):
    every = jsonl(quotex_cli(articles / "b-ferry.txt").stdout)
    threshold = sorted(r["confidence"] for r in every)[-1]
    kept = jsonl(quotex_cli("--min-confidence", threshold, articles / "b-ferry.txt").stdout)
    assert kept and len(kept) < len(every) and all(r["confidence"] >= threshold for r in kept)
    assert quotex_cli("--min-confidence", "1.5", articles).exit_code == 2


# --- encodings ----------------------------------------------------------------------------


def test_bom_and_crlf_just_work(quotex_cli, tmp_path):
    text = FERRY.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    result = quotex_cli(path)
    records = jsonl(result.stdout)
    assert result.exit_code == 0 and len(records) == 3
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)


def test_utf16_with_a_bom(quotex_cli, tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(FERRY.encode("utf-16"))
    assert len(jsonl(quotex_cli(path).stdout)) == 3


def test_undecodable_file_is_an_error_and_others_go_on(quotex_cli, articles):
    bad = articles / "latin.txt"
    bad.write_bytes('"Café prices doubled," said Rosa Lemaire.\n'.encode("latin-1"))
    result = quotex_cli(bad, articles / "b-ferry.txt")
    assert result.exit_code == 2
    assert result.stderr == (f"quotex: {bad}: not valid utf-8 text (byte 0xe9 at offset 4); "
                             "try --encoding or --errors replace\n")
    assert docs_of(result.stdout) == [str(articles / "b-ferry.txt")]


def test_encoding_option(quotex_cli, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes('"Café prices doubled," said Rosa Lemaire.\n'.encode("latin-1"))
    records = jsonl(quotex_cli("--encoding", "latin-1", path).stdout)
    assert [r["text"] for r in records] == ["Café prices doubled,"]


def test_errors_replace(quotex_cli, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes('"Café prices doubled," said Rosa Lemaire.\n'.encode("latin-1"))
    result = quotex_cli("--errors", "replace", path)
    assert result.exit_code == 0 and result.stderr == ""
    assert [r["text"] for r in jsonl(result.stdout)] == ["Caf\ufffd prices doubled,"]


def test_unknown_encoding_is_a_usage_error(quotex_cli, articles):
    result = quotex_cli("--encoding", "klingon-8", articles)
    assert result.exit_code == 2 and result.stdout == "" and "unknown encoding 'klingon-8'" in result.stderr


# --- bad inputs and exit codes ------------------------------------------------------------


def test_exit_0_when_quotes_were_found(quotex_cli, articles):
    assert quotex_cli(articles).exit_code == 0


def test_exit_1_when_no_quotes_were_found(quotex_cli, articles):
    result = quotex_cli(articles / "c-quiet.txt")
    assert result.exit_code == 1 and result.stdout == "" and result.stderr == ""


def test_missing_path_is_reported_and_others_processed(quotex_cli, articles):
    missing = articles / "missing.txt"
    result = quotex_cli(missing, articles / "b-ferry.txt")
    assert result.exit_code == 2
    assert result.stderr == f"quotex: {missing}: No such file or directory\n"
    assert docs_of(result.stdout) == [str(articles / "b-ferry.txt")]


def test_binary_file_is_skipped_with_an_error(quotex_cli, articles):
    (articles / "logo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0")
    result = quotex_cli(articles)
    assert result.exit_code == 2
    assert result.stderr == f"quotex: {articles / 'logo.txt'}: binary file (it holds NUL bytes), skipped\n"
    assert len(docs_of(result.stdout)) == 3


def test_empty_file_is_an_error(quotex_cli, articles):
    (articles / "empty.txt").write_bytes(b"")
    result = quotex_cli(articles / "empty.txt", articles / "b-ferry.txt")
    assert result.exit_code == 2
    assert result.stderr == f"quotex: {articles / 'empty.txt'}: empty file\n"
    assert len(jsonl(result.stdout)) == 3


def test_folder_with_no_matching_files_is_an_error(quotex_cli, tmp_path):
    (tmp_path / "only.md").write_text(FERRY)
    result = quotex_cli(tmp_path)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"quotex: {tmp_path}: no files matching *.txt\n"


def test_every_bad_input_gets_exactly_one_line(quotex_cli, articles):
    (articles / "empty.txt").write_bytes(b"")
    (articles / "bin.txt").write_bytes(b"\0\0\0")
    result = quotex_cli(articles, articles / "nope", articles / "nope2")
    lines = result.stderr.splitlines()
    assert len(lines) == 4 and all(line.startswith("quotex: ") for line in lines)
    assert len(docs_of(result.stdout)) == 3 and result.exit_code == 2


def test_error_lines_show_control_characters_in_names_literally(quotex_cli, tmp_path):
    result = quotex_cli(tmp_path / "evil\x1b[2Jname.txt")
    assert "\x1b" not in result.stderr and "evil\\x1b[2Jname.txt" in result.stderr


def test_error_from_the_extractor_is_reported_per_document(quotex_cli, articles, monkeypatch):
    import quotex.pipeline

    real = quotex.pipeline.iter_quotes

    def flaky(text, **options):
        if "librarian" in text:
            raise RuntimeError("rule exploded")
        return real(text, **options)

    monkeypatch.setattr(quotex.pipeline, "iter_quotes", flaky)
    result = quotex_cli(articles / "a-library.txt", articles / "b-ferry.txt")
    assert result.exit_code == 2
    assert result.stderr == f"quotex: {articles / 'a-library.txt'}: cannot extract quotes (RuntimeError: rule exploded)\n"
    assert docs_of(result.stdout) == [str(articles / "b-ferry.txt")]


# --- jobs, progress, summary --------------------------------------------------------------


def test_jobs_keep_the_input_order(quotex_cli, tmp_path):
    texts = [FERRY, LIBRARY, QUIET]
    for i in range(30):
        (tmp_path / f"doc{i:02d}.txt").write_text(texts[i % 3].replace("May", f"May {i}"))
    one = quotex_cli("--jobs", "1", tmp_path)
    two = quotex_cli("--jobs", "2", tmp_path)
    every = quotex_cli("--jobs", "0", tmp_path)
    assert one.exit_code == two.exit_code == every.exit_code == 0
    assert one.stdout == two.stdout == every.stdout
    assert len(docs_of(two.stdout)) == 20


def test_jobs_report_errors_in_input_order(quotex_cli, articles):
    result = quotex_cli("-j", "2", articles / "nope1", articles / "b-ferry.txt", articles / "nope2")
    assert result.stderr.splitlines() == [f"quotex: {articles / 'nope1'}: No such file or directory",
                                          f"quotex: {articles / 'nope2'}: No such file or directory"]
    assert result.exit_code == 2 and docs_of(result.stdout) == [str(articles / "b-ferry.txt")]


def test_negative_jobs_is_a_usage_error(quotex_cli, articles):
    assert quotex_cli("--jobs", "-1", articles).exit_code == 2


def test_summary_and_progress_only_for_a_terminal(quotex_cli, tmp_path, monkeypatch):
    for i in range(25):
        (tmp_path / f"doc{i:02d}.txt").write_text(FERRY)
    plain = quotex_cli(tmp_path)
    assert plain.stderr == ""
    monkeypatch.setattr(cli_module, "is_terminal", lambda stream: "stderr" in repr(stream))
    watched = quotex_cli(tmp_path)
    assert watched.stdout == plain.stdout
    assert watched.stderr.splitlines()[-1] == "25 documents, 75 quotes, 0 errors"


# --- help and version ---------------------------------------------------------------------


def test_version(quotex_cli):
    for flag in ("--version", "-V"):
        result = quotex_cli(flag)
        assert result.exit_code == 0 and result.stdout == f"quotex {quotex.__version__}\n"


def test_help_documents_commands_and_exit_codes(quotex_cli):
    result = quotex_cli("--help")
    assert result.exit_code == 0
    for text in ("extract", "speakers", "show", "eval", "Exit status", "1    no quotes were found"):
        assert text in result.stdout


def test_extract_help_documents_the_field_order(quotex_cli):
    result = quotex_cli("extract", "--help")
    order = re.sub(r"\s+", " ", result.stdout.split("keys in this order:")[1].split("doc is")[0]).strip()
    assert order == ", ".join(["doc", *quotex.FIELDS])
    assert "Exit status" in result.stdout


def test_cli_kinds_match_the_library():
    assert cli_module.KINDS == quotex.KINDS


def test_unknown_option_is_a_usage_error(quotex_cli, articles):
    result = quotex_cli("--frobnicate", articles)
    assert result.exit_code == 2 and result.stdout == "" and "No such option" in result.stderr

"""Bad input on the command line: quotex keeps going, reports each problem once, and never
loses or corrupts the output of the good inputs.

Each fault is run between two good articles, with one and with two worker processes; the
good articles' records must come out exactly as when they are run alone.
"""
from __future__ import annotations

import builtins
import codecs
import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex import cli as cli_module
from quotex import inputs

from cli_support import FERRY, LIBRARY, QUIET, Invoke, jsonl

QUOTEX = [sys.executable, "-m", "quotex"]
SGR = re.compile(r"\x1b\[[0-9;]*m")
# What must never reach a terminal from an article: C0/C1 controls but tab and newline,
# DEL, and the bidirectional controls.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def docs_of(stdout: str) -> list[str]:
    return list(dict.fromkeys(r["doc"] for r in jsonl(stdout)))


def error_lines(stderr: str) -> list[str]:
    return stderr.splitlines()


@pytest.fixture
def good(tmp_path):
    """Two good articles, around which each fault is placed."""
    (tmp_path / "good").mkdir()
    first, last = tmp_path / "good" / "a-ferry.txt", tmp_path / "good" / "z-library.txt"
    first.write_text(FERRY, encoding="utf-8")
    last.write_text(LIBRARY, encoding="utf-8")
    return first, last


def _alone(quotex_cli, *paths) -> str:
    result = quotex_cli(*paths)
    assert result.exit_code == 0 and result.stderr == ""
    return result.stdout


# --- one fault between good inputs ----------------------------------------------------------

LATIN = '"Café prices doubled," said Rosa Lemaire.\n'.encode("latin-1")
TRUNCATED = FERRY.encode("utf-8")[:-1] + "—".encode("utf-8")[:2]  # cut inside a character


def _file(data: bytes):
    def make(root: Path) -> Path:
        path = root / "fault.txt"
        path.write_bytes(data)
        return path
    return make


def _missing(root: Path) -> Path:
    return root / "missing.txt"


def _folder_without_text(root: Path) -> Path:
    folder = root / "notes"
    folder.mkdir()
    (folder / "readme.md").write_text(FERRY)
    (folder / ".hidden.txt").write_text(FERRY)
    return folder


FAULTS = {
    "missing-path": (_missing, "No such file or directory"),
    "folder-without-matching-files": (_folder_without_text, "no files matching *.txt"),
    "empty-file": (_file(b""), "empty file"),
    "white-space-only": (_file(b" \n\t\r\n  "), "no text (only white space)"),
    "binary-file": (_file(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\x00"), "binary file (it holds NUL bytes), skipped"),
    "utf-16-without-bom": (_file(FERRY.encode("utf-16-le")), "binary file (it holds NUL bytes), skipped"),
    "invalid-utf-8": (_file(LATIN), "not valid utf-8 text (byte 0xe9 at offset 4); try --encoding or --errors replace"),
    "utf-8-cut-mid-character": (
        _file(TRUNCATED),
        f"not valid utf-8 text (byte 0xe2 at offset {len(FERRY.encode()) - 1}); try --encoding or --errors replace",
    ),
}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fault", FAULTS)
def test_a_bad_input_gets_one_line_and_the_good_ones_their_records(quotex_cli, good, tmp_path, fault, jobs):
    make, message = FAULTS[fault]
    bad = make(tmp_path)
    expected = _alone(quotex_cli, *good)
    result = quotex_cli("--jobs", jobs, good[0], bad, good[1])
    assert result.stderr == f"quotex: {bad}: {message}\n"
    assert result.stdout == expected
    assert result.exit_code == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_fault_at_once_in_one_folder(quotex_cli, good, tmp_path, jobs):
    """A folder holding every kind of bad file: one line each, in walk order, the rest intact."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    bad = []
    for i, (fault, (make, message)) in enumerate(FAULTS.items()):
        if make in (_missing, _folder_without_text):
            continue
        path = make(tmp_path)
        target = folder / f"{i}-{fault}.txt"
        path.rename(target)
        bad.append(f"quotex: {target}: {message}")
    (folder / "m-ferry.txt").write_text(FERRY)
    expected = _alone(quotex_cli, folder / "m-ferry.txt")
    result = quotex_cli("--jobs", jobs, folder)
    assert error_lines(result.stderr) == sorted(bad)
    assert result.stdout == expected
    assert result.exit_code == 2


def test_unreadable_file(quotex_cli, good, tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(FERRY)
    os.chmod(locked, 0)
    try:
        if os.access(locked, os.R_OK):  # root reads every file: make the read fail as it would
            real_open = builtins.open

            def denying_open(file, *args, **kwargs):
                if str(file) == str(locked):
                    raise PermissionError(13, "Permission denied", str(file))
                return real_open(file, *args, **kwargs)

            monkeypatch.setattr(inputs, "open", denying_open, raising=False)
        expected = _alone(quotex_cli, *good)
        result = quotex_cli(good[0], locked, good[1])
    finally:
        os.chmod(locked, 0o644)
    assert result.stderr == f"quotex: {locked}: Permission denied\n"
    assert result.stdout == expected and result.exit_code == 2


def test_file_too_large_for_memory(quotex_cli, good, tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    huge.write_text(FERRY)
    real_open = builtins.open

    class Endless(io.RawIOBase):
        def read(self, size=-1):
            raise MemoryError

    def opening(file, *args, **kwargs):
        return Endless() if str(file) == str(huge) else real_open(file, *args, **kwargs)

    expected = _alone(quotex_cli, *good)
    monkeypatch.setattr(inputs, "open", opening, raising=False)
    result = quotex_cli(good[0], huge, good[1])
    assert result.stderr == f"quotex: {huge}: too large to read into memory\n"
    assert result.stdout == expected and result.exit_code == 2


def test_standard_input_too_large_for_memory(quotex_cli, monkeypatch):
    class Endless(io.RawIOBase):
        def read(self, size=-1):
            raise MemoryError

    monkeypatch.setattr(cli_module, "_stdin_bytes", lambda: Endless())
    result = quotex_cli("-")
    assert result.stderr == "quotex: <stdin>: too large to read into memory\n"
    assert result.stdout == "" and result.exit_code == 2


def test_unreadable_folder_inside_a_walk(quotex_cli, tmp_path, monkeypatch):
    root = tmp_path / "news"
    (root / "a-locked").mkdir(parents=True)
    (root / "a-locked" / "x.txt").write_text(FERRY)
    (root / "b.txt").write_text(LIBRARY)
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("a-locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    result = quotex_cli(root)
    assert result.stderr == f"quotex: {root / 'a-locked'}: Permission denied\n"
    assert docs_of(result.stdout) == [str(root / "b.txt")] and result.exit_code == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_file_deleted_between_the_walk_and_its_read(quotex_cli, tmp_path, monkeypatch, jobs):
    root = tmp_path / "news"
    root.mkdir()
    for name, text in (("a.txt", FERRY), ("b-gone.txt", FERRY), ("c.txt", LIBRARY)):
        (root / name).write_text(text)
    expected = _alone(quotex_cli, root / "a.txt", root / "c.txt")
    real_expand = inputs.expand

    def expand_then_delete(paths, globs):
        for found in real_expand(paths, globs):
            if str(found).endswith("b-gone.txt"):
                os.remove(found)  # the walk listed it; it goes before anyone reads it
            yield found

    monkeypatch.setattr(inputs, "expand", expand_then_delete)
    result = quotex_cli("--jobs", jobs, root)
    assert result.stderr == f"quotex: {root / 'b-gone.txt'}: No such file or directory\n"
    assert result.stdout == expected and result.exit_code == 2


# --- encodings, byte-order marks, line ends, NUL bytes ----------------------------------------

CP1252 = "\u201cWe stay,\u201d said Rosa Lemaire.\n"


@pytest.mark.parametrize("data, options, text", [
    (LATIN, ["--encoding", "latin-1"], LATIN.decode("latin-1")),
    (LATIN, ["--errors", "replace"], LATIN.decode("utf-8", "replace")),
    (CP1252.encode("cp1252"), ["--encoding", "cp1252"], CP1252),
    (codecs.BOM_UTF8 + FERRY.replace("\n", "\r\n").encode(), [], FERRY.replace("\n", "\r\n")),
    (FERRY.encode("utf-16"), [], FERRY),
    (codecs.BOM_UTF16_BE + FERRY.encode("utf-16-be"), [], FERRY),
    (FERRY.encode("utf-32"), [], FERRY),
    (FERRY.replace("\n", "\r").encode(), [], FERRY.replace("\n", "\r")),
    # A NUL byte past the first 8 KB is text, not a sign of a binary file.
    (("x " * 5000 + '\n\n"We\0 stay," said Rosa Lemaire.\n').encode(), [],
     "x " * 5000 + '\n\n"We\0 stay," said Rosa Lemaire.\n'),
], ids=["latin-1", "errors-replace", "cp1252", "utf-8-bom-crlf", "utf-16-le-bom", "utf-16-be-bom", "utf-32",
        "cr-only", "nul-after-8-kb"])
def test_decoded_text_and_offsets(quotex_cli, tmp_path, data, options, text):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = quotex_cli(*options, path)
    records = jsonl(result.stdout)
    assert result.stderr == "" and result.exit_code == 0 and records
    for r in records:
        assert text[r["start"]:r["end"]] == r["text"]
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker_mention"]


def test_nul_in_a_quote_is_escaped_in_json(quotex_cli, tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(("x " * 5000 + '\n\n"We\0 stay," said Rosa Lemaire.\n').encode())
    out = quotex_cli(path).stdout
    assert "\0" not in out and '"We\\u0000 stay,"' in out


def test_a_50_mb_file(quotex_cli, tmp_path):
    """Read whole, offsets right at the far end, nothing lost in the middle. (The filler has
    no cue words: throughput on cue-dense text is measured in bench/, not here.)"""
    filler = "The river was a metre higher near the old mill on Tuesday and the fields were wet.\n\n"
    block = filler * (8_400_000 // len(filler))
    parts = ['"We open at dawn," said Rosa Lemaire.\n\n', block, block, block,
             '"The bridge stays shut," said Omar Salas.\n\n', block, block, block,
             '"We close at dusk," said Ines Farrow.\n']
    text = "".join(parts)
    assert len(text) > 50_000_000
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    result = quotex_cli(path)
    records = jsonl(result.stdout)
    assert result.stderr == "" and result.exit_code == 0
    assert [r["speaker"] for r in records] == ["Rosa Lemaire", "Omar Salas", "Ines Farrow"]
    assert records[-1]["start"] > 50_000_000
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)


# --- JSON Lines ---------------------------------------------------------------------------


def test_half_written_jsonl(quotex_cli, tmp_path):
    """Every kind of bad line is named by its number; the good lines around them still count."""
    lines = [
        json.dumps({"id": "one", "text": FERRY}).encode(),       # 1 good
        b'{"id": "two", "text": "unterminated',                  # 2 not JSON
        b"[1, 2, 3]",                                            # 3 not an object
        json.dumps({"id": "four", "body": FERRY}).encode(),      # 4 no text field
        json.dumps({"id": "five", "text": 5}).encode(),          # 5 text not a string
        json.dumps({"id": "six", "text": "  \n "}).encode(),     # 6 white space only
        b"",                                                     # 7 blank: skipped
        b'{"id": "eight", "text": "caf\xe9"}',                   # 8 not UTF-8
        json.dumps({"id": "nine", "text": LIBRARY}).encode(),    # 9 good
        b'{"id": "ten", "text": "the writer was cut o',          # 10 cut short, no newline
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines))
    result = quotex_cli("--input", "jsonl", path)
    numbers = [int(re.search(r": line (\d+): ", line).group(1)) for line in error_lines(result.stderr)]
    assert numbers == [2, 3, 4, 5, 6, 8, 10]
    assert all(line.startswith(f"quotex: {path}: line ") for line in error_lines(result.stderr))
    assert docs_of(result.stdout) == ["one", "nine"] and result.exit_code == 2


def test_jsonl_control_characters_round_trip(quotex_cli, tmp_path):
    text = '"We\x1b[2J stay\x00," said Rosa\u202e Lemaire.\n'
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "c", "text": text}) + "\n")
    out = quotex_cli("--input", "jsonl", path).stdout
    assert "\x1b" not in out and "\x00" not in out
    (record,) = jsonl(out)
    assert text[record["start"]:record["end"]] == record["text"] == "We\x1b[2J stay\x00,"


# --- batch invariants ---------------------------------------------------------------------

GOOD_TEXTS = {"ferry": FERRY, "library": LIBRARY, "quiet": QUIET}
BAD_BYTES = {"empty": b"", "binary": b"\0\x01\x02", "latin": LATIN, "blank": b"\n\n  \n"}


@settings(max_examples=25)
@given(
    plan=st.lists(st.sampled_from([*GOOD_TEXTS, *BAD_BYTES, "missing"]), min_size=1, max_size=8),
    jobs=st.sampled_from(["1", "2"]),
)
def test_every_input_gives_its_records_or_one_error_line(tmp_path_factory, plan, jobs):
    root = tmp_path_factory.mktemp("batch")
    quotex_cli = Invoke()
    paths, expected_out, expected_err = [], "", []
    for i, kind in enumerate(plan):
        path = root / f"{i:02d}-{kind}.txt"
        paths.append(path)
        if kind in GOOD_TEXTS:
            path.write_text(GOOD_TEXTS[kind])
            expected_out += quotex_cli(path).stdout
        else:
            if kind != "missing":
                path.write_bytes(BAD_BYTES[kind])
            expected_err.append(f"quotex: {path}: ")
    result = quotex_cli("--jobs", jobs, *paths)
    assert result.stdout == expected_out  # the good inputs' records, whole and in order
    lines = error_lines(result.stderr)
    assert len(lines) == len(expected_err)
    assert all(line.startswith(prefix) for line, prefix in zip(lines, expected_err))
    found_quotes = bool(result.stdout)
    assert result.exit_code == (2 if expected_err else 0 if found_quotes else 1)


def test_summary_counts_documents_quotes_and_errors_on_a_terminal(quotex_cli, good, tmp_path, monkeypatch):
    missing, empty = tmp_path / "missing.txt", tmp_path / "empty.txt"
    empty.write_bytes(b"")
    plain = quotex_cli(good[0], missing, empty, good[1])
    assert len(error_lines(plain.stderr)) == 2  # no summary off a terminal
    monkeypatch.setattr(cli_module, "is_terminal", lambda stream: "stderr" in repr(stream))
    watched = quotex_cli(good[0], missing, empty, good[1])
    assert watched.stdout == plain.stdout
    assert error_lines(watched.stderr) == [*error_lines(plain.stderr), "2 documents, 5 quotes, 2 errors"]
    assert watched.exit_code == 2


# --- real processes: closed pipes, Ctrl-C, closed or full output --------------------------


def _env():
    return {**os.environ, "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def ferry_file(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("one") / "ferry.txt"
    path.write_text(FERRY)
    return str(path)


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    root = tmp_path_factory.mktemp("many")
    for i in range(600):
        (root / f"article-{i:03d}.txt").write_text(FERRY + LIBRARY)
    (root / "article-300-empty.txt").write_bytes(b"")
    return root


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_head_ends_the_run_quietly(many, fmt, jobs):
    shell = f"{' '.join(QUOTEX)} --format {fmt} --jobs {jobs} {many} | head -1"
    done = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=120, env=_env())
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 1


# Interrupted (130), or already done with its one bad input (2), or - when the signal comes
# as the interpreter shuts down, after every record is out - ended by the signal itself.
ENDINGS = (130, 2, -signal.SIGINT)


def _interrupted(many, *args):
    proc = subprocess.Popen([*QUOTEX, *args, str(many)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_env(), start_new_session=True)
    first = proc.stdout.readline()
    time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGINT)
    rest = proc.stdout.read()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    return proc.returncode, (first + rest).decode(), stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_whole_json(many, jobs):
    status, out, stderr = _interrupted(many, "--format", "json", "--jobs", jobs)
    assert "Traceback" not in stderr
    assert isinstance(json.loads(out), list)  # the array is closed, every object whole
    assert status in ENDINGS


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_whole_csv_rows(many, jobs):
    status, out, stderr = _interrupted(many, "--format", "csv", "--jobs", jobs)
    assert "Traceback" not in stderr
    rows = list(csv.reader(io.StringIO(out)))
    assert rows and all(len(row) == len(rows[0]) for row in rows)
    assert status in ENDINGS


class _InterruptedWhileCollected:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)  # the handler runs inside this finalizer


def test_ctrl_c_during_a_finalizer_still_stops_the_run():
    # raised inside __del__ the interrupt would be printed as `Exception ignored` and lost
    with cli_module.Guard().installed(), pytest.raises(KeyboardInterrupt):
        _InterruptedWhileCollected()
        time.sleep(5)


def test_closed_stdout_is_one_error_line(ferry_file):
    done = subprocess.run(["sh", "-c", f"exec {' '.join(QUOTEX)} {ferry_file} >&-"], capture_output=True,
                          text=True, timeout=60, env=_env())
    assert done.stderr == "quotex: cannot write the records: standard output is closed\n"
    assert done.returncode == 2


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_full_disk_is_one_error_line(ferry_file, fmt):
    with open("/dev/full", "w") as full:
        done = subprocess.run([*QUOTEX, "--format", fmt, ferry_file], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=60, env=_env())
    assert done.stderr == "quotex: cannot write the records: No space left on device\n"
    assert done.returncode == 2


def test_closed_stderr_loses_no_records(ferry_file, tmp_path):
    shell = f"exec {' '.join(QUOTEX)} {tmp_path / 'missing.txt'} {ferry_file} 2>&-"
    done = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=60, env=_env())
    assert [json.loads(line)["speaker"] for line in done.stdout.splitlines()] == [
        "Ines Farrow", "Ines Farrow", "Omar Lindqvist"]
    assert done.returncode == 2


@pytest.mark.parametrize("command", [["show"], ["--format", "table"], ["speakers", "--format", "table"]])
def test_views_on_a_terminal_that_cannot_encode_the_text(command, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("«Nous restons», a dit Zoë Brûlé. " + LIBRARY)
    env = {**_env(), "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([*QUOTEX, *command, str(path)], capture_output=True, timeout=60, env=env)
    assert done.stderr == b"" and done.returncode == 0
    assert b"Petra Adeyemi" in done.stdout


# --- terminal safety ----------------------------------------------------------------------

HOSTILE = (
    "Alerts\n\n"
    '"Press [bold red]here[/] and [link=https://example.org]there[/link] :smile: now," said Ana Ortiz.\n\n'
    '"Clear \x1b[2J\x1b[H the \x1b]0;owned\x07 screen \x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\ '
    'and \x9b31m this \x07\x08\x7f," said Ana Ortiz.\n\n'
    '"Read \u202eevil\u202c \u2066text\u2069 backwards," said [red]Eve[/red]\x1b[5m Mallory.\n'
)


def _terminal_text(out: str) -> str:
    """What a terminal would be asked to do besides colours: nothing is allowed."""
    return SGR.sub("", out)


@pytest.mark.parametrize("color", ["never", "always"])
@pytest.mark.parametrize("command", [["--format", "table"], ["show"], ["speakers", "--format", "table"]])
def test_article_text_never_reaches_the_terminal_as_commands(quotex_cli, tmp_path, command, color):
    path = tmp_path / "hostile\x1b[31m.txt"
    path.write_text(HOSTILE)
    result = quotex_cli(*command, "--color", color, path)
    assert result.exit_code == 0 and result.stderr == ""
    shown = _terminal_text(result.stdout)
    assert not RAW_CONTROL.search(shown), repr(RAW_CONTROL.search(shown))
    assert "\x1b]" not in result.stdout  # no OSC (titles, hyperlinks)
    if command[0] != "speakers":
        for literal in ("[bold red]here[/]", "[link=https://example.org]", ":smile:", "\\x1b[2J", "\\x9b31m",
                        "\\u202eevil"):
            assert literal in shown.replace("\n", "").replace("│", ""), literal


def test_json_output_escapes_control_characters_and_keeps_the_text(quotex_cli, tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE)
    out = quotex_cli("--format", "json", path).stdout
    assert not re.search("[\x00-\x1f]", out.replace("\n", ""))
    records = json.loads(out)
    assert len(records) == 3
    assert all(HOSTILE[r["start"]:r["end"]] == r["text"] for r in records)

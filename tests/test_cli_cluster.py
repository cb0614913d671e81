"""quotex extract --scheduler ADDRESS PATH... --output DIR: the batch on a Dask cluster.

stdout stays empty (the records go to DIR); stderr has one line per bad input, as without
--scheduler; the exit status is the usual one.
"""
import json
import sys
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import quotex  # noqa: E402
from quotex import cli as cli_module  # noqa: E402

from cli_support import FERRY, LIBRARY, QUIET, jsonl  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    """The address of a running two-worker cluster, as a user would pass it."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=50) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def archive(tmp_path):
    """Forty made-up articles in nested folders, a few without quotes, one undecodable."""
    root = tmp_path / "archive"
    for i, text in enumerate([FERRY, LIBRARY, QUIET, FERRY.replace("Ines Farrow", "Ada Mbeki")] * 10):
        path = root / f"{2020 + i % 3}" / f"story-{i:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def written(out: Path) -> list[dict]:
    """The records of DIR, partition after partition, as the manifest lists them."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return [record for p in manifest["partitions"] for record in jsonl((out / p["file"]).read_text(encoding="utf-8"))]


def test_a_cluster_run_writes_what_a_local_run_prints(quotex_cli, scheduler, archive, tmp_path):
    out = tmp_path / "out"
    result = quotex_cli("extract", "--scheduler", scheduler, archive, "--output", out, "--partition-size", "1kB")
    local = quotex_cli("extract", "--format", "jsonl", archive)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert written(out) == jsonl(local.stdout)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["totals"]["documents"] == 40 and manifest["totals"]["partitions"] > 4


def test_a_local_cluster_is_started_with_jobs_workers(quotex_cli, archive, tmp_path):
    result = quotex_cli("--scheduler", "local", "--jobs", "2", archive, "--output", tmp_path / "out")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert written(tmp_path / "out") == jsonl(quotex_cli("--format", "jsonl", archive).stdout)


def test_options_apply_on_the_cluster(quotex_cli, scheduler, archive, tmp_path):
    options = ["--kind", "direct", "--speaker", "farrow", "--min-confidence", "0.5"]
    result = quotex_cli("--scheduler", scheduler, archive, "--output", tmp_path / "out", *options)
    records = written(tmp_path / "out")
    assert result.exit_code == 0
    assert records == jsonl(quotex_cli("--format", "jsonl", archive, *options).stdout)
    assert records and {r["speaker"] for r in records} == {"Ines Farrow"}


def test_jsonl_archives_run_on_the_cluster(quotex_cli, scheduler, tmp_path):
    lines = [json.dumps({"key": f"s{i}", "body": text}) for i, text in enumerate([FERRY, LIBRARY, QUIET] * 5)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = ["--input", "jsonl", "--text-field", "body", "--id-field", "key", tmp_path / "a.jsonl"]
    result = quotex_cli("--scheduler", scheduler, "--output", tmp_path / "out", "--partition-size", "700", *options)
    assert (result.exit_code, result.stderr) == (0, "")
    assert written(tmp_path / "out") == jsonl(quotex_cli("--format", "jsonl", *options).stdout)


def test_bad_inputs_get_the_same_lines_on_stderr_and_exit_2(quotex_cli, scheduler, archive, tmp_path):
    (archive / "2021" / "legacy.txt").write_bytes("«Señor»".encode("cp1252"))
    (archive / "2022" / "empty.txt").write_bytes(b"")
    paths = [archive, tmp_path / "missing.txt"]
    result = quotex_cli("--scheduler", scheduler, *paths, "--output", tmp_path / "out")
    local = quotex_cli("--format", "jsonl", *paths)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == local.stderr
    assert len(result.stderr.splitlines()) == 3
    assert written(tmp_path / "out") == jsonl(local.stdout)


def test_no_quotes_exits_1(quotex_cli, scheduler, tmp_path):
    (tmp_path / "quiet.txt").write_text(QUIET, encoding="utf-8")
    result = quotex_cli("--scheduler", scheduler, tmp_path / "quiet.txt", "--output", tmp_path / "out")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_a_rerun_skips_what_is_written(quotex_cli, scheduler, archive, tmp_path, monkeypatch):
    out = tmp_path / "out"
    quotex_cli("--scheduler", scheduler, archive, "--output", out, "--partition-size", "2kB")
    first = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    monkeypatch.setattr(cli_module, "is_terminal", lambda stream: True)  # for the summary line
    again = quotex_cli("--scheduler", scheduler, archive, "--output", out, "--partition-size", "2kB")
    assert again.exit_code == 0
    assert f"({len(first)} already written)" in again.stderr
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")} == first


def test_progress_and_summary_on_a_terminal_stderr(quotex_cli, scheduler, archive, tmp_path, monkeypatch):
    monkeypatch.setattr(cli_module, "is_terminal", lambda stream: True)
    result = quotex_cli("--scheduler", scheduler, archive, "--output", tmp_path / "out")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "100% Completed" in result.stderr
    assert result.stderr.rstrip().endswith(f"40 documents, {len(written(tmp_path / 'out'))} quotes, 0 errors "
                                           f"in {len(list((tmp_path / 'out').glob('part-*')))} partitions "
                                           f"(0 already written) in {tmp_path / 'out'}")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--scheduler", "local", "A"], "--scheduler and --output go together"),
        (["--output", "OUT", "A"], "--scheduler and --output go together"),
        (["--partition-size", "1MB", "A"], "--scheduler and --output go together"),
        (["--scheduler", "local", "--output", "OUT", "-"], "not standard input"),
        (["--scheduler", "local", "--output", "OUT"], "not standard input"),
        (["--scheduler", "local", "--output", "OUT", "--format", "csv", "A"], "--output writes JSON Lines"),
        (["--scheduler", "tcp://127.0.0.1:8786", "--output", "OUT", "--jobs", "4", "A"], "--jobs sizes a local cluster"),
        (["--scheduler", "tcp://127.0.0.1:1", "--output", "OUT", "--partition-size", "lots", "A"],
         "--partition-size must be a positive number of bytes, not 'lots'"),
    ],
)
def test_usage_errors(quotex_cli, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "A").write_text(FERRY, encoding="utf-8")
    result = quotex_cli("extract", *args, input="")
    assert (result.exit_code, result.stdout) == (2, "")
    assert message in result.stderr
    assert not (tmp_path / "OUT").exists()


def test_an_unreachable_scheduler_is_reported(quotex_cli, tmp_path):
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = quotex_cli("--scheduler", "tcp://127.0.0.1:1", tmp_path / "a.txt", "--output", tmp_path / "out")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("quotex: tcp://127.0.0.1:1: cannot reach the Dask scheduler: ")
    assert len(result.stderr.splitlines()) == 1


def test_an_unwritable_output_is_reported(quotex_cli, scheduler, tmp_path):
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    result = quotex_cli("--scheduler", scheduler, tmp_path / "a.txt", "--output", tmp_path / "taken")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"quotex: {tmp_path / 'taken'}: Not a directory\n"


def test_without_the_dask_extra_the_command_says_how_to_get_it(quotex_cli, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "quotex.dask", None)  # as if dask were not installed
    monkeypatch.delattr(quotex, "dask", raising=False)
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    result = quotex_cli("--scheduler", "local", tmp_path / "a.txt", "--output", tmp_path / "out")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "pip install 'quotex[dask]'" in result.stderr

"""The benchmark script runs and builds the documents it says it builds (no timing checks)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "throughput.py"

ARTICLES = [
    "Port officials met on Monday.\n\n“We will reopen the docks,” Ana Ortiz said.\n",
    'The council voted late.\n\n"It is done," said Tom Reyes, the clerk.\n',
]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("throughput", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["throughput"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "figures.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(ROOT / "samples"), "--quick", "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    return done, out


def test_quick_run_succeeds_and_prints_every_target(quick_run):
    done, _ = quick_run
    assert done.returncode == 0, done.stderr
    assert "library, one core" in done.stdout
    assert "worst cases" in done.stdout
    targets = done.stdout.split("\ntargets\n", 1)[1].splitlines()
    assert len(targets) == 9
    assert all(line.split()[0] in ("pass", "FAIL", "n/a") for line in targets)


def test_quick_run_writes_the_figures_as_json(quick_run):
    _, out = quick_run
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["settings"]["articles"] == len(list((ROOT / "samples").iterdir()))
    assert data["figures"]["library"]["mbps"] > 0
    assert data["figures"]["library"]["quotes"] > 0
    assert data["figures"]["floor"]["marks"] > 0
    assert set(data["figures"]["worst"]) == {"no-line-breaks", "unbalanced-marks"}
    assert all("mbps" in case for case in data["figures"]["worst"].values())


def test_quick_run_measures_the_cli_when_it_exists(quick_run):
    done, out = quick_run
    cli = json.loads(out.read_text(encoding="utf-8"))["figures"]["cli"]
    if importlib.util.find_spec("quotex.cli") is None:
        assert cli["available"] is False
        assert "CLI not available" in done.stdout
        return
    assert cli["available"] is True
    assert [b["files"] for b in cli["batches"]] == [10, 20]
    for batch in cli["batches"]:
        for jobs in ("jobs1", "jobs2"):
            assert "error" not in batch[jobs], batch[jobs]
            assert batch[jobs]["peak_rss_mb"] > 0
    assert all("seconds" in result for result in cli["startup"].values())


def test_json_to_stdout_keeps_stdout_machine_readable(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(corpus), "--quick", "--files", "3", "--json", "-"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["settings"]["articles"] == 1
    assert "targets" in done.stderr


def test_loads_a_jsonl_corpus(bench, tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": str(i), "text": text}) for i, text in enumerate(ARTICLES)]
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert bench.load_corpus(path).texts == ARTICLES


def test_jsonl_without_text_field_is_refused(bench, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="no 'text' field"):
        bench.load_corpus(path)


def test_loads_a_folder_in_sorted_order_without_hidden_files(bench, tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLES[1], encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("not an article", encoding="utf-8")
    corpus = bench.load_corpus(tmp_path)
    assert corpus.texts == ARTICLES
    assert corpus.bytes == sum(len(t.encode("utf-8")) for t in ARTICLES)


def test_a_corpus_folder_may_itself_lie_below_a_hidden_folder(bench, tmp_path):
    folder = tmp_path / ".cache" / "articles"
    (folder / ".drafts").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (folder / ".drafts" / "b.txt").write_text(ARTICLES[1], encoding="utf-8")
    assert bench.load_corpus(folder).texts == [ARTICLES[0]]


def test_long_line_document_has_no_line_break_and_reaches_its_size(bench):
    text = bench.long_line_document(ARTICLES, 2_000)
    assert "\n" not in text
    assert len(text.encode("utf-8")) >= 2_000
    assert "“We will reopen the docks,” Ana Ortiz said." in text


def test_unbalanced_document_adds_exactly_the_marks_asked_for(bench):
    base = bench.paragraphed_document(ARTICLES, 2_000)
    text = bench.unbalanced_document(ARTICLES, 2_000, 50)
    assert text.count("“") == base.count("“") + 50
    assert text.replace("“", "") == base.replace("“", "")
    assert "\n\n" in text


def test_article_files_repeat_the_corpus(bench, tmp_path):
    size = bench.write_article_files(ARTICLES, 5, tmp_path)
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt"]
    assert files[2].read_text(encoding="utf-8") == ARTICLES[0]
    assert size == sum(f.stat().st_size for f in files)


@pytest.mark.parametrize("value, counts", [("1000,10000", [1000, 10000]), ("20, 10,20", [10, 20])])
def test_file_counts_option(bench, value, counts):
    assert bench.parse_args(["--files", value]).files == counts


@pytest.mark.parametrize("value", ["0", "ten", ""])
def test_bad_file_counts_are_a_usage_error(bench, value):
    with pytest.raises(SystemExit):
        bench.parse_args(["--files", value])


def test_hotspots_names_the_pipeline_functions(tmp_path):
    raw = tmp_path / "profile.out"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "hotspots.py"), str(ROOT / "samples"), "--limit", "5",
         "--output", str(raw)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    stages = done.stdout.split("pipeline stages", 1)[1].split("by own time", 1)[0]
    assert "segment." in stages or "quotemarks." in stages or "attribution." in stages
    assert len(done.stdout.split("by cumulative time", 1)[1].strip().splitlines()) == 6
    assert raw.stat().st_size > 0


def test_measured_run_reports_exit_code_and_stderr(bench):
    run = bench.run_measured([sys.executable, "-c", "import sys; sys.stderr.write('bad input'); sys.exit(3)"])
    assert run.exit_code == 3
    assert run.stderr == "bad input"
    assert run.max_rss_kb > 0


def test_measured_peak_memory_is_the_commands_own(bench):
    ballast = b"x" * (96 * 1024 * 1024)  # a large benchmark process must not show in the figure
    run = bench.run_measured([sys.executable, "-S", "-c", "pass"])
    assert run.exit_code == 0
    assert run.max_rss_kb < 48 * 1024
    assert len(ballast) > 0

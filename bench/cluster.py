"""Articles per second on a local Dask cluster, beside ``quotex --jobs 2`` on the same files.

    python bench/cluster.py [CORPUS] [--files 2000] [--repeat 3] [--json PATH]

Needs the dask extra (``pip install -e '.[dask]'``). For each file count, the corpus articles
are written out as that many text files, and two commands are timed on them, each the median
of ``--repeat`` runs:

- ``quotex --format jsonl --jobs 2 DIR > /dev/null``: two worker processes, one machine;
- ``quotex extract --scheduler local --jobs 2 DIR --output OUT``: the same work as partitions on
  a Dask LocalCluster of two worker processes, written to OUT, a fresh folder each run.

Both figures are whole commands, so the cluster's includes starting the cluster (shown as
``start-up``: the same command on a single article). CORPUS is a JSON Lines file with a
``text`` field per line, a folder of text files or one text file; by default the article
texts of ../shared/corpus/polnear/train.jsonl (beside the repository) when that file exists,
and the bundled samples/ otherwise.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "train.jsonl"
MB = 1_000_000


def load_texts(path: Path | None) -> tuple[str, list[str]]:
    """The article texts of a JSON Lines corpus, a folder of text files or one text file."""
    if path is None:
        path = DEFAULT_CORPUS if DEFAULT_CORPUS.is_file() else ROOT / "samples"
    if path.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(path.rglob("*.txt"))]
    elif path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        texts = [path.read_text(encoding="utf-8")]
    if not texts:
        raise SystemExit(f"cluster: {path}: no article text found")
    return str(path), texts


def write_article_files(texts: list[str], count: int, folder: Path) -> int:
    """``count`` article files in ``folder`` (the corpus repeated as needed); their bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        data = texts[i % len(texts)].encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def find_cli() -> list[str] | None:
    beside = Path(sys.executable).with_name("quotex")
    command = str(beside) if beside.is_file() else shutil.which("quotex")
    return [command] if command else None


def run(command: list[str]) -> tuple[float, int, str]:
    """Wall time, exit code and stderr of a command whose stdout goes to /dev/null."""
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - started, done.returncode, done.stderr


def timed(command: list[str], repeat: int, fresh_output: Path | None = None) -> dict:
    """Median wall time of a command, or the error it ended with."""
    times = []
    for attempt in range(repeat):
        extra = [] if fresh_output is None else ["--output", str(fresh_output / f"run-{attempt}")]
        seconds, exit_code, stderr = run(command + extra)
        if exit_code not in (0, 1):
            message = (stderr.strip().splitlines() or ["no message"])[-1]
            return {"error": f"exit code {exit_code}: {message}"}
        times.append(seconds)
    return {"seconds": statistics.median(times)}


def measure(cli: list[str], texts: list[str], counts: list[int], repeat: int) -> dict:
    cluster = cli + ["extract", "--scheduler", "local", "--jobs", "2"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="quotex-cluster-bench-") as tmp:
        one = Path(tmp) / "one-article"
        write_article_files(texts[:1], 1, one)
        startup = timed(cluster + [str(one)], repeat, Path(tmp) / "out-one")
        for count in counts:
            folder = Path(tmp) / f"{count}-files"
            size = write_article_files(texts, count, folder)
            row: dict = {"files": count, "bytes": size}
            row["jobs2"] = timed(cli + ["--format", "jsonl", "--jobs", "2", str(folder)], repeat)
            row["cluster"] = timed(cluster + [str(folder)], repeat, Path(tmp) / f"out-{count}")
            for name in ("jobs2", "cluster"):
                if "seconds" in row[name]:
                    row[name]["articles_per_s"] = count / row[name]["seconds"]
                    row[name]["mbps"] = size / MB / row[name]["seconds"]
            rows.append(row)
            shutil.rmtree(folder)
    return {"startup": startup, "batches": rows}


def render(corpus: str, report: dict) -> str:
    startup = report["startup"]
    start = f"{startup['seconds']:.2f} s" if "seconds" in startup else startup["error"]
    lines = [f"Local Dask cluster beside --jobs 2 (corpus: {corpus}; cluster start-up: {start})",
             f"  {'files':>7} {'MB':>7}  {'command':<28} {'seconds':>8} {'articles/s':>11} {'MB/s':>7}"]
    for row in report["batches"]:
        for name, label in (("jobs2", "--jobs 2"), ("cluster", "--scheduler local --jobs 2")):
            run = row[name]
            head = f"  {row['files']:>7} {row['bytes'] / MB:7.2f}  {label:<28}"
            if "error" in run:
                lines.append(f"{head} {run['error']}")
            else:
                lines.append(f"{head} {run['seconds']:8.2f} {run['articles_per_s']:11.0f} {run['mbps']:7.2f}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="JSON Lines file, folder or text file")
    parser.add_argument("--files", default="2000", help="file counts to time (comma-separated)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command; the median counts")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if importlib.util.find_spec("distributed") is None:
        print("cluster: needs the dask extra: pip install -e '.[dask]'", file=sys.stderr)
        return 2
    cli = find_cli()
    if cli is None:
        print("cluster: no quotex command beside this Python or on PATH", file=sys.stderr)
        return 2
    name, texts = load_texts(args.corpus)
    counts = [int(n) for n in args.files.split(",") if n]
    report = measure(cli, texts, counts, args.repeat)
    print(render(name, report))
    if args.json:
        args.json.write_text(json.dumps({"corpus": name, **report}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How fast quotex is: library and CLI throughput, start-up time, memory and worst cases.

    python bench/throughput.py [CORPUS] [--repeat N] [--files 1000,10000] [--json PATH]

CORPUS is a JSON Lines file with a ``text`` field per line, a folder of text files, or a
single text file. By default it is the article texts of ../shared/corpus/polnear/train.jsonl
(relative to the repository root) when that file exists, and the bundled samples/ otherwise.
Every figure is the median of several repetitions; MB are 10^6 bytes of UTF-8 article text.
See bench/README.md for what each figure means and the targets it is checked against.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "train.jsonl"
SAMPLES = ROOT / "samples"
MB = 1_000_000

# Every quotation mark glyph a news text may use: the bare scan below is the floor any
# quotation extractor stands on, as it has to find these marks at the very least.
QUOTE_MARKS = regex.compile(r"''|``|[\"“”„‟«»‹›「」『』'‘’‚]")

SPACY_CHARS_PER_SECOND = 30_000  # spaCy-based extractors on one core of the reference machine

# Targets of the performance issue, on a 2-core machine.
TARGET_LIBRARY_MBPS = 5.0
TARGET_FLOOR_RATIO = 25.0
TARGET_JOBS_SPEEDUP = 1.7
TARGET_PEAK_RSS_MB = 150.0
TARGET_RSS_SPREAD = 0.10
TARGET_STARTUP_S = 0.15
TARGET_WORST_FRACTION = 0.2


# --------------------------------------------------------------------------- corpus


@dataclass
class Corpus:
    name: str
    texts: list[str]

    @property
    def bytes(self) -> int:
        return sum(len(t.encode("utf-8")) for t in self.texts)

    @property
    def chars(self) -> int:
        return sum(len(t) for t in self.texts)


def load_corpus(path: Path | None) -> Corpus:
    """The article texts of a JSON Lines corpus, a folder of text files or one text file."""
    if path is None:
        path = DEFAULT_CORPUS if DEFAULT_CORPUS.is_file() else SAMPLES
    if path.is_dir():
        texts = [_read_text(p) for p in sorted(path.rglob("*")) if _is_document(p, path)]
    elif path.suffix == ".jsonl":
        texts = _jsonl_texts(path)
    elif path.is_file():
        texts = [_read_text(path)]
    else:
        raise SystemExit(f"throughput: {path}: no such file or folder")
    texts = [t for t in texts if t]
    if not texts:
        raise SystemExit(f"throughput: {path}: no article text found")
    return Corpus(str(path), texts)


def _is_document(path: Path, folder: Path) -> bool:
    return path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        print(f"throughput: {path}: not UTF-8 text, skipped", file=sys.stderr)
        return ""


def _jsonl_texts(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise SystemExit(f"throughput: {path}:{number}: no 'text' field")
            texts.append(record["text"])
    return texts


# --------------------------------------------------------------------------- documents


def long_line_document(texts: list[str], size: int) -> str:
    """One article of at least ``size`` UTF-8 bytes with no line break: the corpus articles
    run together, every line break turned into a space."""
    pieces, total = [], 0
    while total < size:
        for text in texts:
            piece = regex.sub(r"\s*\n\s*", " ", text).strip() + " "
            pieces.append(piece)
            total += len(piece.encode("utf-8"))
            if total >= size:
                break
    return "".join(pieces)


def paragraphed_document(texts: list[str], size: int) -> str:
    """One article of at least ``size`` UTF-8 bytes: the corpus articles one after the other,
    their paragraphs kept."""
    pieces, total = [], 0
    while total < size:
        for text in texts:
            piece = text.strip() + "\n\n"
            pieces.append(piece)
            total += len(piece.encode("utf-8"))
            if total >= size:
                break
    return "".join(pieces)


def unbalanced_document(texts: list[str], size: int, marks: int, seed: int = 5) -> str:
    """A ``size``-byte article with ``marks`` opening quotation marks that never close.

    Each mark is a curly opening quote put before a word, so that it reads as a quotation
    opening there; none has a closing mark of its own.
    """
    base = paragraphed_document(texts, size)
    starts = [m.start() for m in regex.finditer(r"(?<=\s)\w", base)]
    if len(starts) < marks:
        raise SystemExit(f"throughput: the corpus has too few words for {marks} unbalanced marks")
    chosen = sorted(random.Random(seed).sample(starts, marks))
    out, last = [], 0
    for pos in chosen:
        out.append(base[last:pos])
        out.append("“")
        last = pos
    out.append(base[last:])
    return "".join(out)


# --------------------------------------------------------------------------- library


@dataclass
class Timing:
    """Wall-clock and CPU seconds of each repetition, and what the last one returned."""

    wall: list[float]
    cpu: list[float]
    result: object = None

    @property
    def seconds(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_seconds(self) -> float:
        return statistics.median(self.cpu)


MIN_REPETITION_SECONDS = 0.2


def timed(work, repeat: int, warm_up=None) -> Timing:
    """Time ``work()`` ``repeat`` times, after one untimed call that compiles the patterns.

    That first call is ``work()`` itself unless a cheaper ``warm_up`` is given; work that
    takes less than a fifth of a second then (a small corpus) is done several times per
    repetition and the time divided, so that timer resolution and noise stay small.
    """
    started = time.perf_counter()
    (warm_up or work)()
    elapsed = time.perf_counter() - started
    rounds = 1 if warm_up else max(1, math.ceil(MIN_REPETITION_SECONDS / max(elapsed, 1e-6)))
    timing = Timing([], [])
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            timing.result = work()
        timing.cpu.append((time.process_time() - cpu) / rounds)
        timing.wall.append((time.perf_counter() - wall) / rounds)
    return timing


def library_times(texts: list[str], repeat: int) -> Timing:
    """``quotex.extract`` over every text, per repetition; the result is the quote count."""
    import quotex

    return timed(lambda: sum(len(quotex.extract(text)) for text in texts), repeat)


def floor_times(texts: list[str], repeat: int) -> Timing:
    """A bare scan of every text for quotation marks, taking each mark's offset; the result
    is the mark count."""
    def scan() -> int:
        marks = 0
        for text in texts:
            marks += len([m.start() for m in QUOTE_MARKS.finditer(text)])
        return marks

    return timed(scan, repeat)


def time_one_document(path: Path, repeat: int) -> None:
    """Child-process entry point: time ``quotex.extract`` on one document, printing one JSON
    line per repetition as soon as it is done (so a parent that cuts the child off still
    has the repetitions that finished)."""
    import quotex

    text = path.read_text(encoding="utf-8")
    quotex.extract("“The patterns get compiled first,” Ana Ortiz said.")
    for _ in range(repeat):
        timing = timed(lambda: len(quotex.extract(text)), 1, warm_up=lambda: None)
        print(json.dumps({"seconds": timing.wall[0], "cpu": timing.cpu[0], "quotes": timing.result}), flush=True)


def worst_case(name: str, text: str, repeat: int, timeout: float | None, normal_mbps: float) -> dict:
    """Throughput on one pathological document, in a child process that is cut off after
    ``timeout`` seconds, so that a quadratic blow-up shows as a failure, not a hang; the
    figures then come from the repetitions that finished, if any did.

    By default the cut-off is twice the time the repetitions may take at the target
    fraction of normal throughput: a run cut off there has missed the target anyway.
    """
    size = len(text.encode("utf-8"))
    if timeout is None:
        timeout = 30 + 2 * repeat * size / MB / (normal_mbps * TARGET_WORST_FRACTION)
    with tempfile.TemporaryDirectory(prefix="quotex-worst-") as tmp:
        path = Path(tmp) / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        command = [sys.executable, str(Path(__file__).resolve()), "--time-document", str(path), "--repeat", str(repeat)]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, errors = child.communicate(timeout=timeout)
            cut_off = False
        except subprocess.TimeoutExpired:
            child.kill()
            out, errors = child.communicate()
            cut_off = True
    runs = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    result: dict = {"bytes": size, "repetitions": len(runs)}
    if cut_off:
        result["note"] = f"cut off after {timeout:.3g} s, {len(runs)} of {repeat} repetitions done"
    if not runs:
        if cut_off:
            result["error"] = f"cut off after {timeout:.3g} s: below {size / MB / timeout:.3f} MB/s"
        else:
            result["error"] = (errors.strip().splitlines() or [f"exit code {child.returncode}"])[-1]
        return result
    seconds = statistics.median(r["seconds"] for r in runs)
    mbps = size / MB / seconds
    result.update({"seconds": seconds, "mbps": mbps, "quotes": runs[-1]["quotes"],
                   "cpu_mbps": size / MB / statistics.median(r["cpu"] for r in runs),
                   "fraction": mbps / normal_mbps if normal_mbps else None})
    return result


# --------------------------------------------------------------------------- CLI


def find_cli() -> tuple[list[str] | None, str]:
    """The ``quotex`` command to run, or None and why it is not there."""
    if importlib.util.find_spec("quotex") is None:
        return None, "quotex is not installed"
    if importlib.util.find_spec("quotex.cli") is None:
        return None, "quotex has no cli module"
    beside = Path(sys.executable).with_name("quotex")
    command = str(beside) if beside.is_file() else shutil.which("quotex")
    if command is None:
        return None, "no quotex command on PATH"
    return [command], ""


@dataclass
class Run:
    seconds: float
    exit_code: int
    cpu_seconds: float  # user + system time of the command and the processes it waited for
    max_rss_kb: int  # largest resident set of any one process of the run
    tree_rss_kb: int  # largest sum of the resident sets of the run's processes, sampled
    stderr: str = ""


# A process's peak RSS (ru_maxrss) starts from the peak of the address space it was forked
# from, as Linux carries that over through exec: a command started straight from this
# process, which holds the whole corpus, would report this process's size. So each command
# is started by this small launcher, a bare interpreter of a few MB, which times it, waits
# for it and prints what wait4() says: the command's own peak joined with those of the
# processes it waited for (its workers), the figure `/usr/bin/time -v` prints.
LAUNCHER = """
import os, sys, time
errors, command = sys.argv[1], sys.argv[2:]
actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
           (os.POSIX_SPAWN_OPEN, 2, errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)]
started = time.perf_counter()
pid = os.posix_spawnp(command[0], command, os.environ, file_actions=actions)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
print(seconds, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def run_measured(command: list[str]) -> Run:
    """Run a command with stdout to /dev/null; wall time, CPU time and peak resident memory."""
    with tempfile.TemporaryDirectory(prefix="quotex-run-") as tmp:
        errors = Path(tmp) / "stderr"
        launcher = subprocess.Popen([sys.executable, "-I", "-S", "-c", LAUNCHER, str(errors), *command],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        sampler = TreeSampler(launcher.pid)
        sampler.start()
        out, launch_errors = launcher.communicate()
        sampler.stop()
        if launcher.returncode != 0:
            raise RuntimeError(f"could not run {command[0]}: {launch_errors.decode(errors='replace').strip()}")
        seconds, exit_code, cpu, max_rss_kb = out.split()
        stderr = errors.read_text(encoding="utf-8", errors="replace") if errors.exists() else ""
    return Run(float(seconds), int(exit_code), float(cpu), int(max_rss_kb), sampler.peak_kb, stderr)


class TreeSampler(threading.Thread):
    """Samples the summed resident memory of the processes a launcher started, from /proc."""

    interval = 0.02

    def __init__(self, launcher: int):
        super().__init__(daemon=True)
        self.launcher = launcher  # counted out: only what it starts is measured
        self.peak_kb = 0
        self._done = threading.Event()
        self._page_kb = os.sysconf("SC_PAGE_SIZE") // 1024

    def run(self) -> None:
        if not Path("/proc/self/stat").exists():
            return
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, self._tree_pages() * self._page_kb)
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def _tree_pages(self) -> int:
        children: dict[int, list[int]] = {}
        rss: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
            except (OSError, IndexError):
                continue
            pid = int(entry.name)
            children.setdefault(int(fields[1]), []).append(pid)  # field 4: ppid
            rss[pid] = int(fields[21])  # field 24: rss in pages
        total, todo = 0, list(children.get(self.launcher, []))
        while todo:
            pid = todo.pop()
            total += rss.get(pid, 0)
            todo.extend(children.get(pid, []))
        return total


def write_article_files(texts: list[str], count: int, folder: Path) -> int:
    """``count`` article files in ``folder`` (the corpus repeated as needed); their bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    width = len(str(count))
    for i in range(count):
        data = texts[i % len(texts)].encode("utf-8")
        (folder / f"{i:0{width}d}.txt").write_bytes(data)
        total += len(data)
    return total


def cli_batch(cli: list[str], texts: list[str], counts: list[int], repeat: int) -> list[dict]:
    """`quotex --format jsonl --jobs N DIR > /dev/null` over folders of article files."""
    results = []
    with tempfile.TemporaryDirectory(prefix="quotex-bench-") as tmp:
        for count in counts:
            folder = Path(tmp) / f"{count}-files"
            size = write_article_files(texts, count, folder)
            row: dict = {"files": count, "bytes": size}
            for jobs in (1, 2):
                command = cli + ["--format", "jsonl", "--jobs", str(jobs), str(folder)]
                _progress(f"CLI: {count} files, --jobs {jobs}, {repeat} runs")
                runs = [run_measured(command) for _ in range(repeat)]
                failed = [r for r in runs if r.exit_code not in (0, 1)]
                if failed:
                    message = (failed[0].stderr.strip().splitlines() or ["no message"])[-1]
                    row[f"jobs{jobs}"] = {"error": f"exit code {failed[0].exit_code}: {message}"}
                    continue
                seconds = statistics.median(r.seconds for r in runs)
                row[f"jobs{jobs}"] = {
                    "seconds": seconds,
                    "mbps": size / MB / seconds,
                    "files_per_s": count / seconds,
                    "cpu_seconds": statistics.median(r.cpu_seconds for r in runs),
                    "peak_rss_mb": max(r.max_rss_kb for r in runs) / 1024,
                    "peak_tree_rss_mb": max(r.tree_rss_kb for r in runs) / 1024,
                }
            one, two = row.get("jobs1", {}), row.get("jobs2", {})
            if "seconds" in one and "seconds" in two:
                row["speedup"] = one["seconds"] / two["seconds"]
            results.append(row)
            shutil.rmtree(folder)
    return results


def startup_times(cli: list[str], runs: int) -> dict:
    """Median wall time of `quotex --version` and `quotex --help`."""
    out = {}
    for flag in ("--version", "--help"):
        results = [run_measured(cli + [flag]) for _ in range(runs)]
        failed = [r for r in results if r.exit_code != 0]
        if failed:
            message = (failed[0].stderr.strip().splitlines() or ["no message"])[-1]
            out[flag] = {"error": f"exit code {failed[0].exit_code}: {message}"}
        else:
            out[flag] = {"seconds": statistics.median(r.seconds for r in results)}
    return out


# --------------------------------------------------------------------------- report


@dataclass
class Report:
    settings: dict
    figures: dict = field(default_factory=dict)
    targets: list[dict] = field(default_factory=list)

    def target(self, name: str, value, goal: str, passed: bool | None, note: str = "") -> None:
        verdict = "n/a" if passed is None else ("pass" if passed else "FAIL")
        self.targets.append({"target": name, "goal": goal, "value": value, "result": verdict, "note": note})


def measure(args: argparse.Namespace) -> Report:
    corpus = load_corpus(args.corpus)
    texts = corpus.texts
    report = Report(_settings(args, corpus))
    _progress(f"corpus: {len(texts)} articles, {corpus.bytes:,} bytes from {corpus.name}")

    _progress(f"library: quotex.extract, {args.repeat} repetitions")
    library = library_times(texts, args.repeat)
    lib_seconds = library.seconds
    lib_mbps = corpus.bytes / MB / lib_seconds
    floor = floor_times(texts, args.repeat)
    floor_seconds = floor.seconds
    report.figures["library"] = {
        "seconds": lib_seconds, "mbps": lib_mbps, "chars_per_s": corpus.chars / lib_seconds,
        "cpu_mbps": corpus.bytes / MB / library.cpu_seconds, "times": library.wall, "cpu_times": library.cpu,
        "quotes": library.result, "vs_spacy": corpus.chars / lib_seconds / SPACY_CHARS_PER_SECOND,
    }
    report.figures["floor"] = {
        "seconds": floor_seconds, "mbps": corpus.bytes / MB / floor_seconds, "marks": floor.result,
        "cpu_mbps": corpus.bytes / MB / floor.cpu_seconds, "times": floor.wall, "cpu_times": floor.cpu,
        "ratio": lib_seconds / floor_seconds,
    }
    report.target("library throughput, one core", round(lib_mbps, 3), f">= {TARGET_LIBRARY_MBPS} MB/s",
                  lib_mbps >= TARGET_LIBRARY_MBPS)
    ratio = lib_seconds / floor_seconds
    report.target("pipeline / quote-mark scan", round(ratio, 1), f"<= {TARGET_FLOOR_RATIO:g}x",
                  ratio <= TARGET_FLOOR_RATIO)

    if "cli" in args.skip:
        report.figures["cli"] = {"available": False, "reason": "skipped"}
        for name, goal in _CLI_TARGETS:
            report.target(name, None, goal, None, "skipped")
    else:
        _measure_cli(args, texts, report)
    if "worst" in args.skip:
        report.figures["worst"] = {}
    else:
        _measure_worst(args, texts, lib_mbps, report)
    return report


_CLI_TARGETS = (
    ("CLI --jobs 2 speedup", f">= {TARGET_JOBS_SPEEDUP}x"),
    ("CLI peak RSS (any one process)", f"< {TARGET_PEAK_RSS_MB:g} MB"),
    ("CLI RSS flat across file counts", f"within {TARGET_RSS_SPREAD:.0%}"),
    ("quotex --version", f"< {TARGET_STARTUP_S} s"),
    ("quotex --help", f"< {TARGET_STARTUP_S} s"),
)


def _measure_cli(args: argparse.Namespace, texts: list[str], report: Report) -> None:
    cli, why = find_cli()
    if cli is None:
        report.figures["cli"] = {"available": False, "reason": why}
        for name, goal in _CLI_TARGETS:
            report.target(name, None, goal, None, f"CLI not available ({why})")
        return
    batches = cli_batch(cli, texts, args.files, args.cli_repeat)
    startup = startup_times(cli, args.startup_runs)
    report.figures["cli"] = {"available": True, "command": cli, "batches": batches, "startup": startup}

    largest = max(batches, key=lambda b: b["files"])
    speedup = largest.get("speedup")
    report.target(f"CLI --jobs 2 speedup ({largest['files']} files)",
                  None if speedup is None else round(speedup, 2), f">= {TARGET_JOBS_SPEEDUP}x",
                  None if speedup is None else speedup >= TARGET_JOBS_SPEEDUP)
    rss = [b[j]["peak_rss_mb"] for b in batches for j in ("jobs1", "jobs2") if "peak_rss_mb" in b.get(j, {})]
    report.target("CLI peak RSS (any one process)", round(max(rss), 1) if rss else None,
                  f"< {TARGET_PEAK_RSS_MB:g} MB", max(rss) < TARGET_PEAK_RSS_MB if rss else None)
    spread = _rss_spread(batches)
    report.target("CLI RSS flat across file counts", None if spread is None else f"{spread:+.1%}",
                  f"within {TARGET_RSS_SPREAD:.0%}",
                  None if spread is None else abs(spread) <= TARGET_RSS_SPREAD,
                  "needs two file counts" if len(batches) < 2 else "")
    for flag in ("--version", "--help"):
        seconds = startup[flag].get("seconds")
        report.target(f"quotex {flag}", None if seconds is None else round(seconds, 3),
                      f"< {TARGET_STARTUP_S} s", None if seconds is None else seconds < TARGET_STARTUP_S,
                      startup[flag].get("error", ""))


def _rss_spread(batches: list[dict]) -> float | None:
    """Largest relative change of peak RSS from the smallest to the largest file count."""
    if len(batches) < 2:
        return None
    small = min(batches, key=lambda b: b["files"])
    large = max(batches, key=lambda b: b["files"])
    spreads = []
    for jobs in ("jobs1", "jobs2"):
        a, b = small.get(jobs, {}).get("peak_rss_mb"), large.get(jobs, {}).get("peak_rss_mb")
        if a and b:
            spreads.append((b - a) / a)
    return max(spreads, key=abs) if spreads else None


def _measure_worst(args: argparse.Namespace, texts: list[str], normal_mbps: float, report: Report) -> None:
    size = int(args.worst_mb * MB)
    cases = {
        "no-line-breaks": (long_line_document(texts, size), f"{args.worst_mb:g} MB, no line break"),
        "unbalanced-marks": (unbalanced_document(texts, size, args.unbalanced_marks),
                             f"{args.worst_mb:g} MB, {args.unbalanced_marks:,} unbalanced marks"),
    }
    report.figures["worst"] = {}
    for name, (text, label) in cases.items():
        _progress(f"worst case: {label}")
        result = worst_case(name, text, args.worst_repeat, args.worst_timeout, normal_mbps)
        result["label"] = label
        report.figures["worst"][name] = result
        fraction = result.get("fraction")
        report.target(f"worst case: {label}", None if fraction is None else f"{fraction:.2f} of normal",
                      f">= {TARGET_WORST_FRACTION:g} of normal",
                      fraction >= TARGET_WORST_FRACTION if fraction is not None else False,
                      result.get("error", result.get("note", "")))


def _settings(args: argparse.Namespace, corpus: Corpus) -> dict:
    import quotex

    return {
        "corpus": corpus.name, "articles": len(corpus.texts), "bytes": corpus.bytes, "chars": corpus.chars,
        "repeat": args.repeat, "cli_repeat": args.cli_repeat, "files": args.files,
        "quotex": getattr(quotex, "__version__", "?"), "commit": _commit(),
        "python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
        "quick": args.quick, "load_before": _load(),
    }


def _load() -> float | None:
    """The one-minute load average: other work running beside the benchmark skews it."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def _commit() -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None


def _progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def _load_warning(settings: dict) -> list[str]:
    loads = [x for x in (settings.get("load_before"), settings.get("load_after")) if x is not None]
    if not loads or max(loads) < 0.5:
        return []
    return [f"note: load average {max(loads):.2f} on {settings['cpus']} CPUs: other work ran beside the "
            "benchmark; wall-clock figures are pessimistic (the CPU-time ones less so)"]


def render(report: Report) -> str:
    s, f = report.settings, report.figures
    lib, floor = f["library"], f["floor"]
    lines = [
        f"quotex {s['quotex']} ({s['commit'] or 'no commit'}), Python {s['python']}, "
        f"{s['machine']}, {s['cpus']} CPUs",
        f"corpus: {s['corpus']}: {s['articles']} articles, {s['bytes']:,} bytes UTF-8 ({s['bytes'] / MB:.2f} MB), "
        f"{s['chars']:,} chars",
        f"medians of {s['repeat']} repetitions (CLI: {s['cli_repeat']}); MB = 10^6 bytes of UTF-8 article text",
        *_load_warning(s),
        "",
        "library, one core (quotex.extract over every article)",
        f"  throughput            {lib['mbps']:8.3f} MB/s   {lib['chars_per_s'] / 1000:,.0f} k chars/s "
        f"({lib['vs_spacy']:.0f}x a spaCy-based extractor at 30 k chars/s)",
        f"  by CPU time           {lib['cpu_mbps']:8.3f} MB/s",
        f"  time                  {lib['seconds']:8.3f} s      {lib['quotes']:,} quotes",
        f"  quote-mark scan       {floor['mbps']:8.3f} MB/s   {floor['marks']:,} marks "
        f"(bare regex finditer, the floor)",
        f"  pipeline / scan       {floor['ratio']:8.1f} x",
        "",
    ]
    cli = f.get("cli", {})
    if cli.get("reason") == "skipped":
        lines += ["CLI: skipped", ""]
    elif not cli.get("available"):
        lines += [f"CLI: CLI not available ({cli.get('reason', '?')})", ""]
    else:
        lines.append(f"CLI: {' '.join(cli['command'])} --format jsonl --jobs N DIR > /dev/null")
        lines.append(f"  {'files':>7} {'MB':>7} {'jobs':>4} {'seconds':>8} {'CPU s':>7} {'MB/s':>7} {'files/s':>8} "
                     f"{'peak RSS':>9} {'tree RSS':>9} {'speedup':>7}")
        for batch in cli["batches"]:
            for jobs in (1, 2):
                run = batch[f"jobs{jobs}"]
                if "error" in run:
                    lines.append(f"  {batch['files']:>7} {batch['bytes'] / MB:7.2f} {jobs:>4} {run['error']}")
                    continue
                speed = f"{batch['speedup']:6.2f}x" if jobs == 2 and "speedup" in batch else ""
                lines.append(
                    f"  {batch['files']:>7} {batch['bytes'] / MB:7.2f} {jobs:>4} {run['seconds']:8.2f} "
                    f"{run['cpu_seconds']:7.2f} "
                    f"{run['mbps']:7.2f} {run['files_per_s']:8.0f} {run['peak_rss_mb']:6.1f} MB "
                    f"{run['peak_tree_rss_mb']:6.1f} MB {speed:>7}")
        for flag, result in cli["startup"].items():
            value = f"{result['seconds']:.3f} s" if "seconds" in result else result["error"]
            lines.append(f"  quotex {flag:<10} {value}")
        lines.append("")
    lines.append("worst cases (one document, quotex.extract)" if f["worst"] else "worst cases: skipped")
    for result in f["worst"].values():
        if "error" in result:
            lines.append(f"  {result['label']:<40} {result['error']}")
        else:
            lines.append(f"  {result['label']:<34} {result['mbps']:7.3f} MB/s  {result['fraction']:.2f} of normal  "
                         f"({result['seconds']:.2f} s, {result['quotes']:,} quotes; CPU time: {result['cpu_mbps']:.3f} MB/s)")
            if "note" in result:
                lines.append(f"  {'':<34} {result['note']}")
    lines += ["", "targets"]
    width = max(len(t["target"]) for t in report.targets)
    for t in report.targets:
        value = "-" if t["value"] is None else str(t["value"])
        note = f"  {t['note']}" if t["note"] else ""
        lines.append(f"  {t['result']:<4}  {t['target']:<{width}}  {value:>16}  (goal {t['goal'] or '-'}){note}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path,
                        help="JSON Lines corpus, folder of text files or text file "
                             f"(default: {DEFAULT_CORPUS.relative_to(ROOT.parent)} if present, else samples/)")
    parser.add_argument("--repeat", type=int, default=None, help="repetitions of each library measurement (5)")
    parser.add_argument("--cli-repeat", type=int, default=None, help="repetitions of each CLI run (--repeat)")
    parser.add_argument("--files", type=_counts, default=None,
                        help="comma-separated file counts of the CLI runs (1000,10000)")
    parser.add_argument("--startup-runs", type=int, default=None, help="runs of --version and --help (10)")
    parser.add_argument("--worst-mb", type=float, default=None, help="size of the worst-case documents (5)")
    parser.add_argument("--unbalanced-marks", type=int, default=None, help="unbalanced quote marks (100000)")
    parser.add_argument("--worst-repeat", type=int, default=None, help="repetitions of each worst case (3)")
    parser.add_argument("--worst-timeout", type=float, default=None,
                        help="seconds after which a worst case counts as failed (default: twice the "
                             "time it may take at the target fraction of normal throughput)")
    parser.add_argument("--skip", action="append", choices=("cli", "worst"), default=[],
                        help="leave out the CLI runs or the worst cases (repeatable)")
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes and one repetition, to check that the benchmark runs")
    parser.add_argument("--json", metavar="PATH", help="also write every figure as JSON to PATH (- for stdout)")
    parser.add_argument("--check", action="store_true", help="exit with 1 when a target is missed")
    parser.add_argument("--time-document", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    quick = args.quick
    defaults = {
        "repeat": 1 if quick else 5, "files": [10, 20] if quick else [1000, 10000],
        "startup_runs": 2 if quick else 10, "worst_mb": 0.05 if quick else 5.0,
        "unbalanced_marks": 500 if quick else 100_000, "worst_repeat": 1 if quick else 3,
    }
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if args.cli_repeat is None:
        args.cli_repeat = args.repeat
    if min(args.repeat, args.cli_repeat, args.startup_runs, args.worst_repeat) < 1:
        parser.error("repetition counts must be at least 1")
    return args


def _counts(value: str) -> list[int]:
    try:
        counts = sorted({int(v) for v in value.split(",") if v.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of file counts: {value!r}") from None
    if not counts or counts[0] < 1:
        raise argparse.ArgumentTypeError("file counts must be positive")
    return counts


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.time_document is not None:
        time_one_document(args.time_document, args.repeat)
        return 0
    report = measure(args)
    report.settings["load_after"] = _load()
    table = render(report)
    data = {"settings": report.settings, "figures": report.figures, "targets": report.targets}
    if args.json == "-":
        print(table, file=sys.stderr)
        print(json.dumps(data, indent=2))
    else:
        print(table)
        if args.json:
            Path(args.json).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    missed = [t for t in report.targets if t["result"] == "FAIL"]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())

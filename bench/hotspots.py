"""Where quotex.extract spends its time: a cProfile run over a corpus, summarised.

    python bench/hotspots.py [CORPUS] [--limit 25] [--output FILE]

CORPUS is read as by throughput.py (default: the PolNeAR training articles when present,
else samples/). Prints the pipeline stages (the calls made by ``pipeline._run``) and the
functions with the most own and cumulative time, each with its share of the total.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

from throughput import load_corpus

Key = tuple[str, int, str]  # (file, line, function), as pstats names a function


def profile(texts: list[str]) -> pstats.Stats:
    import quotex

    quotex.extract(texts[0])  # compile the patterns outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        quotex.extract(text)
    profiler.disable()
    return pstats.Stats(profiler)


def label(key: Key) -> str:
    file, line, name = key
    path = Path(file)
    if path.parent.name == "quotex":
        return f"{path.stem}.{name} (:{line})"
    return name if file == "~" else f"{path.name}:{line} {name}"


def stages(stats: pstats.Stats) -> list[tuple[Key, float]]:
    """Cumulative time of each call made by ``pipeline._run``, in descending order."""
    run = [k for k in stats.stats if k[2] == "_run" and Path(k[0]).name == "pipeline.py"]
    if not run:
        return []
    out = []
    for key, (_, _, _, _, callers) in stats.stats.items():
        if run[0] in callers:
            out.append((key, callers[run[0]][3]))
    return sorted(out, key=lambda item: -item[1])


def extract_time(stats: pstats.Stats) -> float:
    """Cumulative time of ``quotex.extract``: the 100% every share is taken of."""
    for (file, _, name), (_, _, _, cum, _) in stats.stats.items():
        if name == "extract" and Path(file).name == "pipeline.py":
            return cum
    return stats.total_tt


def table(stats: pstats.Stats, sort: int, limit: int) -> list[str]:
    total = extract_time(stats)
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][sort])[:limit]
    lines = [f"  {'own %':>6} {'own s':>7} {'cum %':>6} {'cum s':>7} {'calls':>9}  function"]
    for key, (_, calls, own, cum, _) in rows:
        lines.append(f"  {own / total:6.1%} {own:7.2f} {cum / total:6.1%} {cum:7.2f} {calls:>9,}  {label(key)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="as for throughput.py")
    parser.add_argument("--limit", type=int, default=25, help="rows per table (25)")
    parser.add_argument("--output", type=Path, help="also save the raw profile here")
    args = parser.parse_args(argv)

    corpus = load_corpus(args.corpus)
    stats = profile(corpus.texts)
    if args.output:
        stats.dump_stats(str(args.output))
    total = extract_time(stats)
    print(f"corpus: {corpus.name}: {len(corpus.texts)} articles, {corpus.bytes:,} bytes")
    print(f"time in quotex.extract: {total:.2f} s ({corpus.bytes / 1e6 / total:.3f} MB/s under cProfile);"
          " shares are of that time")
    print("\npipeline stages (calls from pipeline._run, cumulative, 0.5% and up)")
    for key, seconds in stages(stats):
        if seconds >= 0.005 * total:
            print(f"  {seconds / total:6.1%} {seconds:7.2f} s  {label(key)}")
    print("\nby own time")
    print("\n".join(table(stats, 2, args.limit)))
    print("\nby cumulative time")
    print("\n".join(table(stats, 3, args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

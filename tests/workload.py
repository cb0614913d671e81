"""Measuring how the work of quotex grows with the size of its input.

Two measures, both compared between sizes within one test so that the speed of the
machine cancels out:

* ``traced_steps`` counts the Python line and call events of a call (deterministic: the
  same input gives the same count on every machine). ``extra_work_ratio`` feeds it inputs
  of one, two and three blocks of the same text: when the work is linear each added block
  costs what the one before cost, so the ratio is 1; quadratic work makes it grow with the
  block size.
* ``best_time`` times a regular expression, which the step count cannot see into (the
  engine is C code); ``time_growth`` compares sizes ``n`` and ``8 n``.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable


def traced_steps(call: Callable[[], object]) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


def extra_work_ratio(work: Callable[[str], object], build: Callable[[int], str], blocks: int) -> float:
    """(cost of the third block) / (cost of the second block) of ``build(blocks * k)``."""
    one, two, three = (traced_steps(lambda k=k: work(build(blocks * k))) for k in (1, 2, 3))
    return (three - two) / max(1, two - one)


def _time_once(call: Callable[[], object], at_least: float) -> float:
    """Seconds per call, averaged over enough calls to last ``at_least`` seconds."""
    calls, start = 0, time.perf_counter()
    while True:
        call()
        calls += 1
        elapsed = time.perf_counter() - start
        if elapsed >= at_least:
            return elapsed / calls


def best_time(call: Callable[[], object], repeat: int = 3, at_least: float = 0.005) -> float:
    """The fastest of ``repeat`` measurements of one call."""
    return min(_time_once(call, at_least) for _ in range(repeat))


def time_growth(
    apply: Callable[[str], object], build: Callable[[int], str], size: int, factor: int = 8,
    repeat: int = 3, at_least: float = 0.005,
) -> float:
    """How many times longer ``apply`` takes on ``build(factor * size)`` than on ``build(size)``.

    The two sizes are timed in turn, ``repeat`` times each, and the fastest of each compared,
    so that a burst of load on the machine slows both or neither."""
    small, large = build(size), build(factor * size)
    small_times, large_times = [], []
    for _ in range(repeat):
        small_times.append(_time_once(lambda: apply(small), at_least))
        large_times.append(_time_once(lambda: apply(large), at_least))
    return min(large_times) / min(small_times)

"""Running the extractor over a stream of inputs, in input order, on one or more processes.

Results stream: each document's outcome is handed on as soon as it and every document
before it are done, and at most a small window of documents is in flight, so memory stays
flat however many inputs there are. multiprocessing is imported only for ``jobs > 1``.
"""
from __future__ import annotations

import re
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .inputs import Document, InputError, Item, ReadOptions, load

CHUNK_ITEMS = 4  # documents sent to a worker at once (fewer round trips)
CHUNK_CHARS = 200_000  # ... unless their texts are this long already
WINDOW_PER_JOB = 4  # chunks in flight per worker process


@dataclass(frozen=True)
class Settings:
    """What to extract from each document and which records to keep."""

    read: ReadOptions = field(default_factory=ReadOptions)
    kinds: tuple[str, ...] = ("direct", "mixed", "indirect")
    min_confidence: float = 0.0
    speaker: re.Pattern | None = None  # keep records whose speaker or mention matches
    jsonl: bool = False  # hand records on as JSON Lines text, rendered where they were found
    timeout: float = 0.0  # seconds a document may take, per started megabyte; 0: no limit


@dataclass(frozen=True)
class Outcome:
    """The records of one document (``doc`` first in each), or the error of one input.

    With ``Settings.jsonl`` the records come as ``jsonl`` text instead of ``records``, so that
    parallel workers, not the parent process, spend the time on serialising them.
    """

    doc: str | None
    records: list[dict]
    error: str | None = None
    text: str | None = None  # the document text, when asked for
    count: int = 0  # how many records
    jsonl: str = ""


def process(item: Item, settings: Settings, keep_text: bool = False) -> Outcome:
    """Read one input, extract its quotes and keep those the settings select."""
    doc = load(item, settings.read)
    if isinstance(doc, InputError):
        return Outcome(None, [], str(doc))
    return process_document(doc, settings, keep_text)


def process_document(doc: Document, settings: Settings, keep_text: bool = False) -> Outcome:
    from .pipeline import iter_quotes

    seconds = settings.timeout * (1 + len(doc.text) // 1_000_000)
    try:
        with _time_limit(seconds):
            quotes = list(iter_quotes(doc.text, kinds=settings.kinds, min_confidence=settings.min_confidence))
    except _TimeUp:
        return Outcome(doc.id, [], f"{doc.name}: took longer than {seconds:g} s, skipped (see --timeout)")
    except Exception as exc:  # a bug in a rule must not end the batch: report it, go on
        return Outcome(doc.id, [], f"{doc.name}: cannot extract quotes ({type(exc).__name__}: {exc})")
    records = []
    for quote in quotes:
        if settings.speaker is None or _speaker_matches(settings.speaker, quote):
            records.append({"doc": doc.id, **quote.to_dict()})
    text = doc.text if keep_text else None
    if settings.jsonl:
        return Outcome(doc.id, [], None, text, len(records), jsonl_lines(records))
    return Outcome(doc.id, records, None, text, len(records))


class _TimeUp(Exception):
    """A document ran past its time limit."""


@contextmanager
def _time_limit(seconds: float):
    """The last guard against a document that takes far too long: an alarm interrupts it.
    Only in the main thread of a process with SIGALRM (the command line and its workers)."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def time_up(signum, frame):
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def jsonl_lines(records: list[dict]) -> str:
    from .records import FIELDS
    from .render import json_line

    fields = ("doc", *FIELDS)
    return "".join(json_line(r, fields) for r in records)


def _speaker_matches(pattern: re.Pattern, quote) -> bool:
    return any(name and pattern.search(name) for name in (quote.speaker, quote.speaker_mention))


def run(items: Iterable[Item], settings: Settings, jobs: int = 1, keep_text: bool = False) -> Iterator[Outcome]:
    """Outcomes in input order, one per input (a document or an error)."""
    if jobs <= 1:
        for item in items:
            yield process(item, settings, keep_text)
    else:
        yield from _parallel(items, settings, jobs, keep_text)


# --- worker processes ---------------------------------------------------------------------

_worker_settings: Settings | None = None


def _start_worker(settings: Settings) -> None:
    import signal

    global _worker_settings
    _worker_settings = settings
    # Ctrl-C reaches every process of the terminal's group; the parent alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_chunk(chunk: list[Item], keep_text: bool) -> list[Outcome]:
    assert _worker_settings is not None
    return [process(item, _worker_settings, keep_text) for item in chunk]


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            chars += len(item.text)
        if len(chunk) >= CHUNK_ITEMS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _parallel(items: Iterable[Item], settings: Settings, jobs: int, keep_text: bool) -> Iterator[Outcome]:
    import multiprocessing

    pool = multiprocessing.get_context().Pool(jobs, initializer=_start_worker, initargs=(settings,))
    try:
        window: deque = deque()
        for chunk in _chunks(items):
            window.append(pool.apply_async(_process_chunk, (chunk, keep_text)))
            if len(window) >= jobs * WINDOW_PER_JOB:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()
    finally:
        # On an early stop (a closed pipe, Ctrl-C) the results still in flight are dropped:
        # the pool is closed and the few chunks of the window finish, rather than terminated,
        # because terminating can kill a worker while it holds the result queue's lock and
        # leave the pool's own threads waiting on it for good.
        pool.close()
        pool.join()

"""Quote extraction over whole archives on a Dask cluster (``pip install 'quotex[dask]'``).

Three steps, each usable on its own::

    docs = read_documents(["archive/"], input="jsonl")    # a bag of {"id", "text"} documents
    records = extract_bag(docs, kinds="direct,mixed")     # a bag of flat quote records
    manifest = write_partitions(records, "out/")          # part-*.jsonl files + manifest.json

The work runs on whatever scheduler Dask is set to use: the cluster of the current
``distributed.Client`` when there is one. Paths may be local or any fsspec URL (``s3://``,
``gcs://``, ...) whose filesystem package is installed; the workers read the inputs and write
the output themselves, so both must be reachable from every worker.

Records have the shape of the command line's JSON Lines: ``{"doc": id, **Quote.to_dict()}``.
A document that cannot be read or processed becomes an error record ``{"doc": id, "error":
message}`` instead of failing the job; :func:`write_partitions` keeps those out of the data
files and lists them in the manifest.

How a partition is identified: its file is named ``part-NNNNN-DIGEST.jsonl``, ``NNNNN`` being
its index and ``DIGEST`` a hash of what decides its content: the inputs it holds (the name each
is shown under, where it is read from, its size and, for part of a JSON Lines file, the byte
range), the reader's and the extractor's settings, and the quotex version. The inputs are
listed in a fixed order (the paths as given, folders walked in sorted order), so the same
inputs and settings give the same partitions and names on every run, and a re-run skips the
partitions whose files are already there; a changed file, setting or version gives new names.
"""
from __future__ import annotations

import codecs
import fnmatch
import hashlib
import io
import json
import os
import posixpath
import re
import sys
import uuid
from collections.abc import Iterable, Mapping, Sequence
from contextlib import contextmanager, redirect_stdout
from dataclasses import asdict, dataclass
from typing import Any

import dask
import dask.bag as db
import fsspec
from dask.highlevelgraph import HighLevelGraph
from dask.utils import parse_bytes
from fsspec.utils import read_block

import quotex
from quotex import inputs
from quotex.errors import InvalidOption, QuotexError
from quotex.records import KINDS
from quotex.render import to_json

__all__ = [
    "DocumentBag", "RecordBag", "SchedulerError",
    "extract_bag", "read_documents", "run_batch", "write_partitions",
]

INPUTS = ("text", "jsonl")
MANIFEST = "manifest.json"
PARTITION_META = "_partitions"  # one small JSON file per written partition: its counts and errors
_LARGEST_PARTITION = 4 * 2**20  # seconds of work, and little to redo when a worker dies
_SMALLEST_PARTITION = 16 * 2**10  # still far more work than a task costs Dask
_FEWEST_PARTITIONS = 32  # below the largest size, inputs are cut into at least this many
_MAGIC = frozenset("*?[")


class SchedulerError(QuotexError):
    """The cluster's scheduler could not be reached."""


@dataclass(frozen=True)
class Piece:
    """One input of a partition: a whole file, a byte range of a JSON Lines file, or a path
    that could not be found (``error``)."""

    name: str  # as shown in records and messages: the path as given, joined with what was found
    url: str  # where the workers read it
    size: int
    start: int = 0
    length: int | None = None  # None: to the end of the file
    error: str | None = None

    def describe(self) -> dict:
        entry: dict[str, Any] = {"path": self.name}
        if self.length is not None:
            entry["bytes"] = [self.start, min(self.start + self.length, self.size)]
        return entry


class DocumentBag(db.Bag):
    """A bag of ``{"id", "text"}`` documents that knows which inputs each partition holds."""

    def __init__(self, dsk, name, npartitions, *, partition_inputs=(), settings=None):
        super().__init__(dsk, name, npartitions)
        self.partition_inputs: tuple[tuple[Piece, ...], ...] = tuple(partition_inputs)
        self.settings: dict = dict(settings or {})


class RecordBag(db.Bag):
    """A bag of flat records, with what :func:`write_partitions` needs to name partitions
    stably and to count the documents each one held."""

    def __init__(self, dsk, name, npartitions, *, partition_inputs=(), settings=None, documents=None):
        super().__init__(dsk, name, npartitions)
        self.partition_inputs: tuple[tuple[Piece, ...], ...] = tuple(partition_inputs)
        self.settings: dict = dict(settings or {})
        self.documents: db.Bag | None = documents  # one document count per partition


# --- reading -----------------------------------------------------------------------------


def read_documents(
    paths: str | Sequence[str],
    *,
    glob: str | Sequence[str] | None = None,
    input: str = "text",
    text_field: str = "text",
    id_field: str = "id",
    encoding: str = "utf-8",
    errors: str = "strict",
    partition_size: int | str | None = None,
    files_per_partition: int | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> DocumentBag:
    """A bag of documents from files, folders, globs and JSON Lines archives.

    The documents are those the command line reads from the same paths (see
    :mod:`quotex.inputs`): folders are walked recursively in sorted order, keeping the files
    that match ``glob`` (default ``*.txt``, or ``*.jsonl`` with ``input="jsonl"``) and skipping
    hidden ones; with ``input="text"`` a file is one document whose id is its path, with
    ``input="jsonl"`` a line is one, its text in ``text_field`` and its id in ``id_field``
    (``PATH:LINE`` where the line has none). ``paths`` may also be fsspec URLs and glob
    patterns (``s3://bucket/2024/*.jsonl``).

    A partition holds consecutive inputs up to ``partition_size`` bytes (an int or a string
    such as ``"16MiB"``; by default 4 MiB, less for small inputs so that they still spread over
    a cluster) and at most ``files_per_partition`` files; a larger JSON Lines file is split at
    line ends. An input that cannot be found or read becomes an error document
    ``{"id": path, "error": message}``.
    """
    options = _read_options(input, glob, text_field, id_field, encoding, errors)
    if files_per_partition is not None and files_per_partition < 1:
        raise InvalidOption(f"files_per_partition must be at least 1, not {files_per_partition!r}")
    storage = dict(storage_options or {})
    pieces = [
        piece
        for path in ([paths] if isinstance(paths, str) else list(paths))
        for piece in _expand(path, options.file_globs, storage)
    ]
    budget = _partition_bytes(partition_size, sum(p.size for p in pieces))
    if input == "jsonl":
        pieces = [block for piece in pieces for block in _split_lines(piece, budget)]
    partitions = _group(pieces, budget, files_per_partition) or [()]
    settings = {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(options).items()}
    token = _token(partitions, settings, dask.base.tokenize(storage))
    graph = _reading_graph(f"quotex-documents-{token}", partitions, options, storage)
    return DocumentBag(graph, f"quotex-documents-{token}", len(partitions),
                       partition_inputs=partitions, settings=settings)


def _token(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def _read_options(input, glob, text_field, id_field, encoding, errors) -> inputs.ReadOptions:
    if input not in INPUTS:
        raise InvalidOption(f"unknown input {input!r}; choose from {', '.join(INPUTS)}")
    if errors not in ("strict", "replace"):
        raise InvalidOption(f"errors must be strict or replace, not {errors!r}")
    try:
        inputs.check_encoding(encoding)
    except LookupError:
        raise InvalidOption(f"unknown encoding {encoding!r}") from None
    globs = (glob,) if isinstance(glob, str) else tuple(glob or ())
    return inputs.ReadOptions(input_format=input, encoding=encoding, errors=errors,
                              text_field=text_field, id_field=id_field, globs=globs)


def _partition_bytes(partition_size: int | str | None, total: int) -> int:
    if partition_size is None:
        return min(_LARGEST_PARTITION, max(_SMALLEST_PARTITION, total // _FEWEST_PARTITIONS))
    try:
        size = parse_bytes(partition_size) if isinstance(partition_size, str) else partition_size
    except ValueError:
        size = None
    if not isinstance(size, int) or size < 1:
        raise InvalidOption(f"partition_size must be a positive number of bytes, not {partition_size!r}")
    return size


def _expand(path: str, globs: tuple[str, ...], storage_options: dict) -> list[Piece]:
    """The files one path stands for, in a fixed order."""
    fs, root = fsspec.core.url_to_fs(path, **storage_options)
    try:
        info = fs.info(root)
    except OSError as exc:
        if _MAGIC & set(path):
            return _expand_glob(path, globs, storage_options)
        return [Piece(path, "", 0, error=_reason(exc))]
    if info["type"] == "directory":
        return _walk(fs, root, path, globs) or [Piece(path, "", 0, error=f"no files matching {' '.join(globs)}")]
    return [Piece(path, fs.unstrip_protocol(root), info.get("size") or 0)]


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError) and not exc.strerror:
        return "No such file or directory"  # what os.strerror says; fsspec gives only the path
    return inputs.reason(exc)


def _expand_glob(pattern: str, globs: tuple[str, ...], storage_options: dict) -> list[Piece]:
    """The files and folders a glob pattern matches, shown under the pattern's fixed part."""
    parts = pattern.split("/")
    base = "/".join(parts[: next(i for i, part in enumerate(parts) if _MAGIC & set(part))])
    _, root = fsspec.core.url_to_fs(base or ".", **storage_options)
    fs, stripped = fsspec.core.url_to_fs(pattern, **storage_options)
    found = fs.glob(stripped, detail=True)
    pieces = []
    for match in sorted(found):
        shown = _shown(base, root, match)
        if found[match]["type"] == "directory":
            pieces += _walk(fs, match, shown, globs)
        else:
            pieces.append(Piece(shown, fs.unstrip_protocol(match), found[match].get("size") or 0))
    return pieces or [Piece(pattern, "", 0, error="no file matches this pattern")]


def _walk(fs, root: str, shown_root: str, globs: tuple[str, ...]) -> list[Piece]:
    found = fs.find(root, withdirs=False, detail=True)
    pieces = []
    for path in sorted(found):
        relative = path[len(root.rstrip("/")) :].lstrip("/")
        hidden = any(part.startswith(".") for part in relative.split("/"))
        if not hidden and inputs.matches(path, root, globs):
            size = found[path].get("size") or 0
            pieces.append(Piece(_shown(shown_root, root, path), fs.unstrip_protocol(path), size))
    return pieces


def _shown(shown_root: str, root: str, path: str) -> str:
    relative = path[len(root.rstrip("/")) :].lstrip("/")
    return f"{shown_root.rstrip('/')}/{relative}" if shown_root else relative


def _split_lines(piece: Piece, budget: int) -> list[Piece]:
    """A large JSON Lines file as byte ranges; each holds the lines that begin in it."""
    if piece.error or piece.size <= budget:
        return [piece]
    return [
        Piece(piece.name, piece.url, piece.size, start=start, length=budget)
        for start in range(0, piece.size, budget)
    ]


def _group(pieces: list[Piece], budget: int, most_files: int | None) -> list[tuple[Piece, ...]]:
    partitions: list[tuple[Piece, ...]] = []
    current: list[Piece] = []
    filled = 0
    for piece in pieces:
        size = piece.size if piece.length is None else min(piece.length, piece.size - piece.start)
        full = filled + size > budget or (most_files is not None and len(current) >= most_files)
        if current and full:
            partitions.append(tuple(current))
            current, filled = [], 0
        current.append(piece)
        filled += size
    if current:
        partitions.append(tuple(current))
    return partitions


def _reading_graph(name: str, partitions: list[tuple[Piece, ...]], options: inputs.ReadOptions,
                   storage_options: dict) -> HighLevelGraph:
    """One task a partition, plus one a split JSON Lines file that counts the lines of its
    ranges, so that messages and missing ids name real lines (reading is quick beside
    extraction; the file's ranges wait for it). Built as a plain task graph, which stays
    linear in the number of partitions."""
    counting = f"{name}-lines"
    ranges: dict[str, list[Piece]] = {}
    for piece in (p for part in partitions for p in part if p.length is not None and not p.error):
        if piece.start == 0:
            ranges[piece.url] = []
        ranges[piece.url].append(piece)
    tasks: dict = {}
    place: dict[Piece, list] = {}
    for number, pieces in enumerate(ranges.values()):
        tasks[(counting, number)] = (_line_starts, pieces[:-1], storage_options)
        place.update((piece, [(counting, number), index]) for index, piece in enumerate(pieces))
    for index, part in enumerate(partitions):
        starts = [place.get(piece, [None, 0]) for piece in part]
        tasks[(name, index)] = (_load_partition, list(part), starts, options, storage_options)
    return HighLevelGraph.from_collections(name, tasks, dependencies=[])


def _line_starts(pieces: Sequence[Piece], storage_options: dict) -> list[int]:
    starts = [1]
    for piece in pieces:
        data = _read_piece(piece, storage_options)
        starts.append(starts[-1] + data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0))
    return starts


def _read_piece(piece: Piece, storage_options: dict) -> bytes:
    with fsspec.open(piece.url, "rb", **storage_options) as file:
        if piece.length is None:
            return file.read()
        return read_block(file, piece.start, piece.length, delimiter=b"\n")


def _read_head(piece: Piece, storage_options: dict) -> bytes:
    with fsspec.open(piece.url, "rb", **storage_options) as file:
        return file.read(inputs.SNIFF_BYTES)


def _load_partition(
    pieces: Sequence[Piece], line_starts: Sequence[tuple], options: inputs.ReadOptions, storage_options: dict
) -> list[dict]:
    """The documents of one partition. ``line_starts`` gives, for each piece of a split JSON
    Lines file, the first line numbers of the file's ranges and the piece's place among them."""
    documents: list[dict] = []
    for piece, (starts, place) in zip(pieces, line_starts):
        if piece.error:
            documents.append({"id": piece.name, "error": piece.error})
            continue
        try:
            data = _read_piece(piece, storage_options)
            if options.input_format == "text":
                read = [inputs.text_document(data, piece.name, piece.name, options)]
            elif starts is None:
                read = list(inputs.read_jsonl(io.BufferedReader(io.BytesIO(data)), piece.name, options))
            else:
                read = _jsonl_range(piece, data, starts[place], _read_head(piece, storage_options), options)
        except OSError as exc:
            read = [inputs.InputError(piece.name, _reason(exc))]
        documents += [_as_document(item) for item in read]
    return documents


def _jsonl_range(piece: Piece, data: bytes, first_line: int, head: bytes, options: inputs.ReadOptions) -> list:
    """The documents of the lines of one range of a JSON Lines file, read as the command line
    reads the whole file: its head decides whether it can be read at all."""
    checked = next(inputs.read_jsonl(io.BufferedReader(io.BytesIO(head)), piece.name, options), None)
    if isinstance(checked, inputs.InputError) and not checked.message.startswith(("line ", "empty")):
        return [checked] if piece.start == 0 else []
    read = []
    for number, raw in enumerate(data.split(b"\n"), start=first_line):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if raw.strip():
            read.append(inputs.jsonl_document(raw, number, piece.name, options))
    return read


def _as_document(item: inputs.Document | inputs.InputError) -> dict:
    if isinstance(item, inputs.InputError):
        return {"id": item.name, "error": item.message}
    return {"id": item.id, "text": item.text}


# --- extraction --------------------------------------------------------------------------


def extract_bag(
    bag: db.Bag,
    *,
    kinds: Iterable[str] | str = KINDS,
    language: str = "en",
    min_confidence: float = 0.0,
    speaker: str | None = None,
) -> RecordBag:
    """Map :func:`quotex.extract` over a bag of ``{"id", "text"}`` documents.

    The result holds one flat record ``{"doc": id, **quote.to_dict()}`` per quote, in document
    order and text order within a document, and one ``{"doc": id, "error": message}`` per
    document that could not be read or processed. The options are those of
    :func:`quotex.extract` and the command line's ``--speaker`` (a case-insensitive regular
    expression the speaker or the speaker mention must match); they are checked here, once.
    """
    options = {"kinds": _kind_names(kinds), "language": language, "min_confidence": min_confidence,
               "speaker": speaker}
    quotex.extract("", kinds=options["kinds"], language=language, min_confidence=min_confidence)
    if speaker is not None:
        try:
            re.compile(speaker)
        except re.error as exc:
            raise InvalidOption(f"speaker is not a regular expression: {exc}") from None
    records = bag.map_partitions(_extract_partition, options, token="quotex-extract")
    documents = bag.map_partitions(_count_documents, token="quotex-count")
    partition_inputs = bag.partition_inputs if isinstance(bag, DocumentBag) else ()
    settings = {**(bag.settings if isinstance(bag, DocumentBag) else {}), **options}
    return RecordBag(
        records.dask, records.name, records.npartitions,
        partition_inputs=partition_inputs, settings=settings, documents=documents,
    )


def _kind_names(kinds: Iterable[str] | str) -> list[str]:
    names = [k for k in kinds.split(",") if k] if isinstance(kinds, str) else list(kinds)
    return sorted(set(names), key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))


def _extract_partition(documents: Iterable[Mapping], options: dict) -> list[dict]:
    speaker = re.compile(options["speaker"], re.IGNORECASE) if options["speaker"] is not None else None
    settings = {k: options[k] for k in ("kinds", "language", "min_confidence")}
    records: list[dict] = []
    for document in documents:
        records += _extract_document(document, settings, speaker)
    return records


def _extract_document(document: Mapping, settings: dict, speaker: re.Pattern | None) -> list[dict]:
    doc_id = document.get("id")
    if "error" in document:
        return [{"doc": doc_id, "error": document["error"]}]
    try:
        quotes = quotex.extract(document.get("text"), **settings)
    except Exception as exc:  # one bad document must not fail the job (as in quotex.batch)
        return [{"doc": doc_id, "error": f"cannot extract quotes ({type(exc).__name__}: {exc})"}]
    return [
        {"doc": doc_id, **quote.to_dict()}
        for quote in quotes
        if speaker is None or any(name and speaker.search(name) for name in (quote.speaker, quote.speaker_mention))
    ]


def _count_documents(documents: Iterable) -> list[int]:
    return [sum(1 for _ in documents)]


# --- writing -----------------------------------------------------------------------------


def write_partitions(
    bag: db.Bag,
    output_dir: str,
    *,
    progress: bool = False,
    storage_options: Mapping[str, Any] | None = None,
) -> dict:
    """Write each partition of a record bag to ``output_dir`` as one JSON Lines file.

    A partition's file is written under a temporary name in the same folder and renamed when
    complete, so it is either whole or absent; the partitions already written by an earlier run
    with the same inputs and settings are skipped. Error records go to the manifest, not the
    data files. ``manifest.json`` lists the inputs, each partition with its record, document and
    error counts, and every error with its document and message; it is also returned.
    Partition files of earlier runs over other inputs or settings are removed, but only from a
    folder that already holds a manifest or partition metadata (one this function wrote).
    ``progress`` shows Dask's progress bar on stderr.
    """
    options = dict(storage_options or {})
    fs, root = fsspec.core.url_to_fs(output_dir, **options)
    fs.makedirs(posixpath.join(root, PARTITION_META), exist_ok=True)
    labels = _labels(bag)
    done = _written(fs, root, labels)
    _remove_stale(fs, root, set(labels))
    pending = [i for i in range(len(labels)) if i not in done]
    metas = dict(done)
    metas.update(zip(pending, _compute(_writes(bag, pending, fs, root, labels), progress)))
    _remove_leftovers(fs, root)
    manifest = _manifest(bag, labels, metas, written=len(pending))
    _write_atomically(fs, posixpath.join(root, MANIFEST), json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def _labels(bag: db.Bag) -> list[str]:
    partitions = bag.partition_inputs if isinstance(bag, RecordBag) else ()
    if len(partitions) == bag.npartitions:
        settings = bag.settings
        return [f"part-{i:05d}-{_digest(part, settings)}" for i, part in enumerate(partitions)]
    # A bag not made by read_documents + extract_bag: named after Dask's own key, stable only
    # as long as the bag is built the same way by the same Dask version.
    token = hashlib.sha256(bag.name.encode()).hexdigest()[:12]
    return [f"part-{i:05d}-{token}" for i in range(bag.npartitions)]


def _digest(pieces: tuple[Piece, ...], settings: dict) -> str:
    content = {
        "quotex": quotex.__version__,
        "settings": settings,
        "inputs": [[p.name, p.url, p.size, p.start, p.length, p.error] for p in pieces],
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:12]


def _writes(bag: db.Bag, pending: list[int], fs, root: str, labels: list[str]) -> db.Bag:
    """A bag of one metadata record for each pending partition, written as a side effect."""
    counts = _document_counts(bag)
    name = f"quotex-write-{_token(bag.name, pending, root, labels)}"
    tasks = {
        (name, number): (_write_partition, (bag.name, index), (counts.name, index), fs, root, labels[index], index)
        for number, index in enumerate(pending)
    }
    graph = HighLevelGraph.from_collections(name, tasks, dependencies=[bag, counts])
    # Culled here, and computed without Dask's optimisation, which would first build every
    # partition's tasks, written or not: seconds per ten thousand partitions.
    return db.Bag(graph.cull({(name, number) for number in range(len(pending))}), name, len(pending))


def _document_counts(bag: db.Bag) -> db.Bag:
    if isinstance(bag, RecordBag) and bag.documents is not None:
        return bag.documents
    return bag.map_partitions(_unknown_count, token="quotex-no-count")


def _unknown_count(records: Iterable) -> list[None]:
    return [None]


def _meta_path(root: str, label: str) -> str:
    return posixpath.join(root, PARTITION_META, f"{label}.json")


def _data_path(root: str, label: str) -> str:
    return posixpath.join(root, f"{label}.jsonl")


def _written(fs, root: str, labels: list[str]) -> dict[int, dict]:
    """The partitions an earlier run finished: data file and metadata both there."""
    names = {posixpath.basename(p) for p in fs.ls(root, detail=False)}
    metas = {posixpath.basename(p) for p in fs.ls(posixpath.join(root, PARTITION_META), detail=False)}
    done = {}
    for index, label in enumerate(labels):
        if f"{label}.jsonl" in names and f"{label}.json" in metas:
            done[index] = json.loads(fs.cat_file(_meta_path(root, label)))
    return done


def _is_ours(fs, root: str) -> bool:
    return fs.exists(posixpath.join(root, MANIFEST)) or bool(fs.ls(posixpath.join(root, PARTITION_META), detail=False))


def _remove_stale(fs, root: str, labels: set[str]) -> None:
    if not _is_ours(fs, root):
        return
    for path in fs.ls(root, detail=False) + fs.ls(posixpath.join(root, PARTITION_META), detail=False):
        name = posixpath.basename(path)
        label = name.rsplit(".", 1)[0]
        if fnmatch.fnmatchcase(name, "part-*.json*") and label not in labels:
            fs.rm(path)


def _remove_leftovers(fs, root: str) -> None:
    """Temporary files of attempts that died (a killed worker) before renaming them."""
    for folder in (root, posixpath.join(root, PARTITION_META)):
        for path in fs.ls(folder, detail=False):
            if fnmatch.fnmatchcase(posixpath.basename(path), ".part-*.tmp-*"):
                fs.rm(path)


def _write_partition(records: Iterable[dict], counts: list, fs, root: str, label: str, index: int) -> list[dict]:
    quotes, errors = [], []
    for record in records:
        (errors if "error" in record else quotes).append(record)
    meta = {
        "index": index,
        "file": f"{label}.jsonl",
        "records": len(quotes),
        "documents": counts[0],
        "errors": errors,
    }
    # Metadata first: a partition counts as written once its data file exists.
    _write_atomically(fs, _meta_path(root, label), json.dumps(meta, ensure_ascii=False))
    lines = "".join(to_json(record) + "\n" for record in quotes)
    _write_atomically(fs, _data_path(root, label), lines)
    return [meta]


def _write_atomically(fs, path: str, content: str) -> None:
    folder, name = posixpath.split(path)
    temporary = posixpath.join(folder, f".{name}.tmp-{uuid.uuid4().hex}")
    with fs.open(temporary, "wb") as file:
        file.write(content.encode("utf-8"))
    fs.mv(temporary, path)


def _compute(writes: db.Bag, progress: bool) -> list[dict]:
    if not writes.npartitions:
        return []
    client = _current_client()
    if client is None:
        if not progress:
            return writes.compute(optimize_graph=False)
        from dask.diagnostics import ProgressBar

        with ProgressBar(out=sys.stderr):
            return writes.compute(optimize_graph=False)
    future = client.compute(writes, optimize_graph=False)
    if progress:
        from distributed import progress as progress_bar

        with redirect_stdout(sys.stderr):  # Dask's text bar writes to stdout
            progress_bar(future, multi=False)
    return future.result()


def _current_client():
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:
        return None


def _manifest(bag: db.Bag, labels: list[str], metas: dict[int, dict], *, written: int) -> dict:
    pieces = bag.partition_inputs if isinstance(bag, RecordBag) and len(bag.partition_inputs) == len(labels) else None
    inputs = list(dict.fromkeys(p.name for part in pieces for p in part)) if pieces is not None else None
    partitions, errors = [], []
    for index in range(len(labels)):
        meta = metas[index]
        entry = {
            "index": index,
            "file": meta["file"],
            "records": meta["records"],
            "documents": meta["documents"],
            "errors": len(meta["errors"]),
        }
        if pieces is not None:
            entry["inputs"] = [p.describe() for p in pieces[index]]
        partitions.append(entry)
        errors += [{**error, "partition": index} for error in meta["errors"]]
    documents = [p["documents"] for p in partitions]
    return {
        "quotex": quotex.__version__,
        "settings": bag.settings if isinstance(bag, RecordBag) else {},
        "inputs": inputs,
        "totals": {
            "partitions": len(partitions),
            "written": written,
            "skipped": len(partitions) - written,
            "documents": None if None in documents else sum(documents),
            "records": sum(p["records"] for p in partitions),
            "errors": len(errors),
        },
        "partitions": partitions,
        "errors": errors,
    }


# --- the command line's batch --------------------------------------------------------------


def run_batch(
    paths: Sequence[str],
    output_dir: str,
    *,
    scheduler: str,
    workers: int = 0,
    progress: bool = False,
    read: Mapping[str, Any] | None = None,
    extract: Mapping[str, Any] | None = None,
) -> dict:
    """``quotex extract --scheduler ADDRESS PATH... --output DIR``: read, extract and write on
    the cluster at ``scheduler`` (``"local"``: a cluster of ``workers`` processes on this
    machine, one per CPU for 0), and return the manifest."""
    documents = read_documents(paths, **(read or {}))
    records = extract_bag(documents, **(extract or {}))
    with _client(scheduler, workers):
        return write_partitions(records, output_dir, progress=progress)


@contextmanager
def _client(scheduler: str, workers: int):
    import logging

    from distributed import Client, LocalCluster

    if scheduler != "local":
        try:
            client = Client(scheduler)
        except (OSError, ValueError) as exc:  # a timeout, a refused connection, a bad address
            raise SchedulerError(f"cannot reach the Dask scheduler: {exc}") from exc
        with client:
            yield client
        return
    # One thread a worker: extraction holds the GIL. Any free port for the dashboard, and only
    # errors logged: stderr is for the progress bar and the inputs that could not be read.
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
        dashboard_address=":0", silence_logs=logging.ERROR,
    )
    with cluster, Client(cluster) as client:
        yield client

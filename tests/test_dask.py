"""quotex.dask: reading archives into bags, extraction on a cluster, partitioned output."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import cloudpickle  # noqa: E402  (comes with dask)
import fsspec  # noqa: E402
import dask.bag as db  # noqa: E402

import quotex  # noqa: E402
from quotex import InvalidOption  # noqa: E402
from quotex.inputs import InputError, ReadOptions, items, load  # noqa: E402
import quotex.dask as quotex_dask  # noqa: E402
from quotex.dask import DocumentBag, extract_bag, read_documents, write_partitions  # noqa: E402

# The workers of the cluster cannot import this module; ship its functions by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

FIRST = ["Ilsa", "Oren", "Mirela", "Tobin", "Varja", "Kasimir", "Nelle", "Dravo", "Amaury", "Sefa"]
LAST = ["Branvik", "Talliste", "Quorrin", "Mezzadri", "Holloway-Pim", "Ardescu", "Velkaro", "Sundqvale"]
ROLES = ["harbour minister", "mayor", "chief engineer", "spokeswoman", "union leader", "treasurer"]
PLACES = ["Velmora", "Castrelle", "Port Ydris", "Hallenmark", "Ostrava Nova"]
LINES = [
    "We have waited long enough",
    "The ships will not wait for us",
    "Nobody asked the workers",
    "This is a good day for the town",
    "The numbers simply do not add up",
    "We will publish every contract",
]
CLAUSES = [
    "the new quay would open in spring",
    "the budget had been cut twice",
    "the bridge was safe for now",
    "talks would resume next week",
]
FILLER = [
    "The {role} of {place} has held the post since the floods, when the old quay was lost.",
    "Council papers seen this week put the cost of the works at 40 million crowns.",
    "Shops along the front stayed open late, and the ferry ran on its winter timetable.",
    "Work on the {place} rail link stopped in May after a dispute over land near the marsh.",
    "A vote on the plan is due before the end of the month, two councillors said.",
]
TEMPLATES = [
    '{place} -- {name}, the {role} of {place}, said that {clause}.\n\n'
    '"{line1}," {last} told reporters. "{line2}."\n\n'
    '{name2}, a local {role2}, disagreed. "{line3}," {last2} said.\n',
    '{name} said: "{line1}."\n\n'
    'According to {name2}, {clause}.\n\n'
    'The council met again on Friday; "{line2}," said {last}.\n',
    'Rain fell on {place} all week and the market stayed shut.\n\n'
    'Traders waited for news of the {role}.\n',
]


def make_article(seed: int) -> str:
    chance = random.Random(seed)
    pick = chance.choice
    first, last, first2, last2 = pick(FIRST), pick(LAST), pick(FIRST), pick(LAST)
    filler = " ".join(pick(FILLER) for _ in range(chance.randint(2, 8)))
    return (pick(TEMPLATES) + "\n" + filler + "\n").format(
        place=pick(PLACES), name=f"{first} {last}", last=last, name2=f"{first2} {last2}",
        last2=last2, role=pick(ROLES), role2=pick(ROLES), clause=pick(CLAUSES),
        line1=pick(LINES), line2=pick(LINES), line3=pick(LINES),
    )


def make_archive(folder: Path, count: int) -> list[Path]:
    files = []
    for i in range(count):
        path = folder / f"desk-{i % 4}" / f"article-{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make_article(i), encoding="utf-8")
        files.append(path)
    return sorted(files)


def local_records(files: list[Path]) -> list[dict]:
    """What a plain run of quotex.extract on each file gives."""
    return [
        {"doc": str(path), **quote.to_dict()}
        for path in files
        for quote in quotex.extract(path.read_text(encoding="utf-8"))
    ]


def read_output(folder: Path, manifest: dict) -> list[dict]:
    records = []
    for partition in manifest["partitions"]:
        lines = (folder / partition["file"]).read_text(encoding="utf-8").splitlines()
        assert len(lines) == partition["records"]
        records += [json.loads(line) for line in lines]
    return records


def ordered(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: json.dumps(r, sort_keys=True))


def output_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@pytest.fixture
def synchronous():
    with dask.config.set(scheduler="synchronous"):
        yield


# --- the core package stays free of dask ---------------------------------------------------


@pytest.mark.parametrize("module", ["quotex", "quotex.cli", "quotex.inputs", "quotex.batch"])
def test_importing_quotex_leaves_dask_out(module):
    check = (f"import sys, {module}; quotex.extract('x'); "
             "print(sorted(m for m in ('dask', 'distributed', 'fsspec') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- reading -------------------------------------------------------------------------------


def cli_documents(paths: list[str], **options) -> list[dict]:
    """What the command line reads from the same paths, in the shape of read_documents."""
    read = ReadOptions(**options)
    loaded = (load(item, read) for item in items(paths, read))
    return [
        {"id": d.name, "error": d.message} if isinstance(d, InputError) else {"id": d.id, "text": d.text}
        for d in loaded
    ]


TRICKY_FILES = {
    "plain.txt": '"We are ready," Ana Ortiz said.'.encode(),
    "crlf.txt": b'"We are ready," Ana Ortiz said.\r\n\r\nShe left.\r\n',
    "bom.txt": "\ufeff\u201cYes,\u201d he said.".encode(),
    "utf16.txt": '"Yes," she said.'.encode("utf-16"),
    "latin.txt": "«Señor Ortiz», said Ana.".encode("latin-1"),
    "image.txt": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    "empty.txt": b"",
    "blank.txt": b"  \n\n ",
    "deep/er/x.TXT": b"Nested.",
    "deep/.hidden/y.txt": b"Hidden.",
    ".dot.txt": b"Hidden.",
    "notes.md": b"Not text by default.",
}


@pytest.fixture
def tricky(tmp_path):
    for name, content in TRICKY_FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    (tmp_path / "nothing-here").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    "options",
    [{}, {"encoding": "latin-1"}, {"errors": "replace"}, {"globs": ("*.md", "deep/*")}],
    ids=["default", "latin-1", "replace", "globs"],
)
def test_documents_are_those_the_command_line_reads(tricky, synchronous, options):
    paths = [str(tricky), str(tricky / "latin.txt"), str(tricky / "missing.txt"), str(tricky / "nothing-here")]
    glob = options.get("globs")
    read = {k: v for k, v in options.items() if k != "globs"}
    docs = read_documents(paths, glob=glob, partition_size=40, **read).compute()
    assert docs == cli_documents(paths, **options)
    assert len(docs) >= 5


def test_folders_are_walked_recursively_in_sorted_order(tricky, synchronous):
    ids = [d["id"] for d in read_documents(str(tricky)).compute()]
    assert ids == [str(tricky / name) for name in sorted(TRICKY_FILES) if name.lower().endswith(".txt")
                   and "/." not in f"/{name}"]


def test_paths_keep_the_form_they_were_given_in(tmp_path, monkeypatch, synchronous):
    make_archive(tmp_path / "news", 4)
    monkeypatch.chdir(tmp_path)
    paths = ["news/desk-1", "news/desk-0/*.txt", "news/desk-2/", "news/desk-[3]", "*/desk-0/*-0000.txt"]
    ids = [d["id"] for d in read_documents(paths).compute()]
    assert ids == ["news/desk-1/article-0001.txt", "news/desk-0/article-0000.txt", "news/desk-2/article-0002.txt",
                   "news/desk-3/article-0003.txt", "news/desk-0/article-0000.txt"]


def test_urls_are_read_and_written_through_fsspec(synchronous):
    fs = fsspec.filesystem("memory")
    root = f"/quotex-test-{uuid.uuid4().hex}"
    texts = {f"{root}/in/{name}": make_article(i) for i, name in enumerate(["b.txt", "a/c.txt", "a/d.jsonl"])}
    for path, text in texts.items():
        fs.pipe_file(path, text.encode("utf-8"))
    try:
        docs = read_documents([f"memory://{root}/in", f"memory://{root}/in/*.txt"])
        assert docs.compute() == [
            {"id": f"memory://{root}/in/a/c.txt", "text": texts[f"{root}/in/a/c.txt"]},
            {"id": f"memory://{root}/in/b.txt", "text": texts[f"{root}/in/b.txt"]},
            {"id": f"memory://{root}/in/b.txt", "text": texts[f"{root}/in/b.txt"]},
        ]
        manifest = write_partitions(extract_bag(docs), f"memory://{root}/out")
        written = [json.loads(line) for p in manifest["partitions"]
                   for line in fs.cat_file(f"{root}/out/{p['file']}").decode().splitlines()]
        assert written == [{"doc": doc["id"], **q.to_dict()} for doc in docs.compute() for q in quotex.extract(doc["text"])]
        assert json.loads(fs.cat_file(f"{root}/out/manifest.json")) == manifest
    finally:
        fs.rm(root, recursive=True)


def test_a_glob_that_matches_nothing_is_an_error(tmp_path, synchronous):
    docs = read_documents([f"{tmp_path}/*.txt"]).compute()
    assert docs == [{"id": f"{tmp_path}/*.txt", "error": "no file matches this pattern"}]


def write_jsonl(path: Path, count: int) -> None:
    lines = []
    for i in range(count):
        if i % 7 == 3:
            lines.append("{not json")
        elif i % 5 == 2:
            lines.append(json.dumps({"body": make_article(i)}))
        elif i % 11 == 4:
            lines.append("")
        elif i % 13 == 6:
            lines.append(json.dumps({"body": "  ", "key": i}))
        else:
            lines.append(json.dumps({"body": make_article(i), "key": f"story-{i}"}, ensure_ascii=i % 2 == 0))
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")


@pytest.mark.parametrize("partition_size", [50, 333, 1000, 4096, 10**6])
def test_a_large_jsonl_file_is_split_at_line_ends(tmp_path, synchronous, partition_size):
    path = tmp_path / "archive.jsonl"
    write_jsonl(path, 60)
    bag = read_documents(str(path), input="jsonl", text_field="body", id_field="key", partition_size=partition_size)
    assert bag.npartitions == max(1, -(-path.stat().st_size // partition_size))
    expected = cli_documents([str(path)], input_format="jsonl", text_field="body", id_field="key")
    assert bag.compute() == expected
    assert {"id": f"{path}:3", "text": make_article(2)} in expected
    assert {"id": str(path), "error": "line 4: not valid JSON (Expecting property name enclosed in double quotes at column 2)"} in expected


@pytest.mark.parametrize("content", ['{"id": 1}\n'.encode("utf-16"), b"\0\0\0\0" * 100])
@pytest.mark.parametrize("partition_size", [64, 10**6])
def test_an_unreadable_jsonl_file_is_one_error_however_it_is_split(tmp_path, synchronous, content, partition_size):
    path = tmp_path / "odd.jsonl"
    path.write_bytes(content * 20)
    docs = read_documents(str(path), input="jsonl", partition_size=partition_size).compute()
    assert docs == cli_documents([str(path)], input_format="jsonl")
    assert len(docs) == 1 and "error" in docs[0]


def test_partitions_hold_consecutive_inputs_up_to_the_size_and_file_count(tmp_path):
    files = make_archive(tmp_path, 40)
    by_size = read_documents(str(tmp_path), partition_size=1000)
    by_count = read_documents(str(tmp_path), partition_size="1MiB", files_per_partition=6)
    for bag in (by_size, by_count):
        assert [p.name for part in bag.partition_inputs for p in part] == sorted(map(str, files))
        assert bag.npartitions == len(bag.partition_inputs)
    assert all(sum(p.size for p in part) <= 1000 or len(part) == 1 for part in by_size.partition_inputs)
    assert [len(part) for part in by_count.partition_inputs] == [6] * 6 + [4]


def test_small_inputs_are_still_cut_into_several_partitions(tmp_path):
    files = make_archive(tmp_path, 600)
    sizes = [f.stat().st_size for f in files]
    budget = 16 * 2**10  # the smallest partition read_documents makes by default
    assert budget * 6 <= sum(sizes) < budget * 32
    bag = read_documents(str(tmp_path))
    assert -(-sum(sizes) // budget) <= bag.npartitions <= -(-sum(sizes) // (budget - max(sizes)))


@pytest.mark.parametrize(
    "options, message",
    [
        ({"input": "xml"}, "unknown input 'xml'"),
        ({"encoding": "klingon-8"}, "unknown encoding 'klingon-8'"),
        ({"errors": "ignore"}, "errors must be strict or replace"),
        ({"partition_size": 0}, "partition_size must be a positive number of bytes"),
        ({"partition_size": "lots"}, "partition_size must be a positive number of bytes"),
        ({"files_per_partition": 0}, "files_per_partition must be at least 1"),
    ],
)
def test_bad_reader_options_raise(tmp_path, options, message):
    with pytest.raises(InvalidOption, match=message):
        read_documents(str(tmp_path), **options)


# --- extraction ----------------------------------------------------------------------------


def test_extract_bag_gives_the_records_of_a_plain_run(tmp_path, synchronous):
    files = make_archive(tmp_path, 12)
    records = extract_bag(read_documents(str(tmp_path), partition_size=1500)).compute()
    assert records == local_records(files)
    assert list(records[0]) == ["doc", *quotex.FIELDS]


def test_extract_bag_passes_the_options_on(tmp_path, synchronous):
    files = make_archive(tmp_path, 12)
    records = extract_bag(read_documents(str(tmp_path)), kinds="indirect", min_confidence=0.5).compute()
    expected = [r for r in local_records(files) if r["kind"] == "indirect" and r["confidence"] >= 0.5]
    assert records == expected and records
    records = extract_bag(read_documents(str(tmp_path)), speaker="^(ilsa|oren) ").compute()
    expected = [r for r in local_records(files) if r["speaker"] and r["speaker"].startswith(("Ilsa ", "Oren "))]
    assert records == expected and records


def test_a_document_that_fails_becomes_an_error_record(synchronous):
    bag = db.from_sequence([
        {"id": "ok", "text": '"Go home," Ana Ortiz said.'},
        {"id": "broken", "text": None},
        {"id": "unread", "error": "no such file or directory"},
    ], npartitions=2)
    records = extract_bag(bag).compute()
    assert [r["doc"] for r in records] == ["ok", "broken", "unread"]
    assert records[1] == {"doc": "broken", "error": "cannot extract quotes (TypeError: extract() needs str, not NoneType)"}
    assert records[2] == {"doc": "unread", "error": "no such file or directory"}


def test_bad_extraction_options_raise_before_any_work():
    bag = db.from_sequence([{"id": "x", "text": "y"}])
    with pytest.raises(InvalidOption, match="unknown kind 'quips'"):
        extract_bag(bag, kinds="direct,quips")
    with pytest.raises(quotex.UnsupportedLanguage):
        extract_bag(bag, language="tlh")
    with pytest.raises(InvalidOption, match="speaker is not a regular expression"):
        extract_bag(bag, speaker="(unclosed")


# --- writing (synchronous scheduler) -------------------------------------------------------


def test_partitions_and_manifest_are_written(tmp_path, synchronous):
    files = make_archive(tmp_path / "in", 30)
    (tmp_path / "in" / "bad.txt").write_bytes(b"caf\xe9")
    out = tmp_path / "out"
    records = extract_bag(read_documents(str(tmp_path / "in"), partition_size=2000))
    manifest = write_partitions(records, str(out))
    assert manifest == json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert output_files(out) == sorted([p["file"] for p in manifest["partitions"]] + ["manifest.json"])
    assert ordered(read_output(out, manifest)) == ordered(local_records(files))
    assert manifest["errors"] == [
        {"doc": str(tmp_path / "in" / "bad.txt"), "error": "not valid utf-8 text (byte 0xe9 at offset 3); try --encoding or --errors replace", "partition": 0}
    ]
    assert manifest["totals"] == {
        "partitions": records.npartitions, "written": records.npartitions, "skipped": 0,
        "documents": 31, "records": len(local_records(files)), "errors": 1,
    }
    assert manifest["inputs"] == sorted(map(str, files + [tmp_path / "in" / "bad.txt"]))
    assert [p["index"] for p in manifest["partitions"]] == list(range(records.npartitions))


def test_a_rerun_writes_only_what_is_missing(tmp_path, synchronous, monkeypatch):
    make_archive(tmp_path / "in", 30)
    out = tmp_path / "out"
    extracted = []
    extract_partition = quotex_dask._extract_partition
    monkeypatch.setattr(quotex_dask, "_extract_partition", lambda docs, options: (
        extracted.append(len(docs)), extract_partition(docs, options))[1])

    def run():
        return write_partitions(extract_bag(read_documents(str(tmp_path / "in"), partition_size=2000)), str(out))

    first = run()
    assert len(extracted) == first["totals"]["partitions"] > 3
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    removed = first["partitions"][2]["file"]
    (out / removed).unlink()
    extracted.clear()
    second = run()
    assert extracted == [first["partitions"][2]["documents"]]  # the other partitions were not redone
    assert second["totals"]["written"] == 1
    assert second["totals"]["skipped"] == first["totals"]["partitions"] - 1
    assert {k: v for k, v in second.items() if k != "totals"} == {k: v for k, v in first.items() if k != "totals"}
    restamped = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    assert {name for name in stamps if stamps[name] != restamped[name]} == {removed}


def test_partition_names_follow_inputs_and_settings(tmp_path, synchronous):
    files = make_archive(tmp_path / "in", 30)

    def names(**options):
        docs = read_documents(str(tmp_path / "in"), files_per_partition=3)
        bag = extract_bag(docs, **options)
        return [p["file"] for p in write_partitions(bag, str(tmp_path / "out"))["partitions"]]

    before = names()
    assert names() == before
    assert not set(names(kinds="direct")) & set(before)
    files[-1].write_text(make_article(999) * 2, encoding="utf-8")
    after = names()
    assert after[:-1] == before[:-1] and after[-1] != before[-1]
    # Files of the earlier runs over other settings are gone from the folder.
    assert output_files(tmp_path / "out") == sorted(after + ["manifest.json"])


def test_leftovers_of_dead_attempts_are_cleared(tmp_path, synchronous):
    make_archive(tmp_path / "in", 5)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".part-00000-0123456789ab.jsonl.tmp-deadbeef").write_text("{half a rec", encoding="utf-8")
    write_partitions(extract_bag(read_documents(str(tmp_path / "in"))), str(out))
    assert not [p for p in out.rglob(".*") if p.is_file()]


def test_a_folder_without_a_manifest_keeps_its_other_files(tmp_path, synchronous):
    make_archive(tmp_path / "in", 5)
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00000-mine.jsonl").write_text("{}\n", encoding="utf-8")
    write_partitions(extract_bag(read_documents(str(tmp_path / "in"))), str(out))
    assert (out / "part-00000-mine.jsonl").exists()


def test_any_record_bag_can_be_written(tmp_path, synchronous):
    bag = db.from_sequence([{"doc": "a", "text": "x"}, {"doc": "b", "error": "boom"}], npartitions=2)
    manifest = write_partitions(bag, str(tmp_path))
    assert manifest["inputs"] is None
    assert [p["records"] for p in manifest["partitions"]] == [1, 0]
    assert manifest["totals"]["documents"] is None
    assert manifest["errors"] == [{"doc": "b", "error": "boom", "partition": 1}]


def test_progress_goes_to_stderr(tmp_path, synchronous, capsys):
    make_archive(tmp_path / "in", 5)
    write_partitions(extract_bag(read_documents(str(tmp_path / "in"))), str(tmp_path / "out"), progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "100% Completed" in captured.err


# --- on a real cluster ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
        silence_logs=50, worker_dashboard_address=":0",
    )
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    files = make_archive(folder, 300)
    return folder, files


def test_a_cluster_run_gives_the_records_of_a_local_run(client, archive, tmp_path):
    folder, files = archive
    inputs = [str(SAMPLES), str(folder)]
    records = extract_bag(read_documents(inputs, partition_size="12kB"))
    assert records.npartitions >= 10
    manifest = write_partitions(records, str(tmp_path / "out"))
    expected = local_records(sorted(SAMPLES.glob("*.txt")) + files)
    assert ordered(read_output(tmp_path / "out", manifest)) == ordered(expected)
    assert manifest["totals"]["documents"] == len(files) + len(list(SAMPLES.glob("*.txt")))
    assert manifest["errors"] == []


def test_a_failing_document_on_the_cluster_is_an_error_in_the_manifest(client, tmp_path):
    files = make_archive(tmp_path / "in", 20)
    (tmp_path / "in" / "desk-0" / "legacy.txt").write_bytes("«Señor»".encode("cp1252"))
    manifest = write_partitions(extract_bag(read_documents(str(tmp_path / "in"), partition_size=1000)), str(tmp_path / "out"))
    assert manifest["errors"] == [{
        "doc": str(tmp_path / "in" / "desk-0" / "legacy.txt"),
        "error": "not valid utf-8 text (byte 0xab at offset 0); try --encoding or --errors replace",
        "partition": manifest["errors"][0]["partition"],
    }]
    assert manifest["totals"]["documents"] == 21
    assert ordered(read_output(tmp_path / "out", manifest)) == ordered(local_records(files))


def _hold(documents, held_id: str, pid_file: str, event_name: str):
    """Stand in a partition until the test lets it go, leaving the worker's pid to kill."""
    documents = list(documents)
    if any(d["id"] == held_id for d in documents):
        Path(pid_file).write_text(str(os.getpid()), encoding="utf-8")
        distributed.Event(event_name).wait(timeout=60)
    return documents


def wait_for_file(path: Path, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text(encoding="utf-8"):
            return path.read_text(encoding="utf-8")
        time.sleep(0.05)
    raise AssertionError(f"{path} never appeared")


def test_a_worker_killed_mid_run_still_ends_with_every_partition_written_once(client, archive, tmp_path):
    folder, files = archive
    docs = read_documents(str(folder), partition_size="8kB")
    held = docs.partition_inputs[docs.npartitions // 2][0].name
    pid_file, event_name = tmp_path / "held-by", f"release-{uuid.uuid4().hex}"
    gated = docs.map_partitions(_hold, held, str(pid_file), event_name)
    gated = DocumentBag(gated.dask, gated.name, gated.npartitions, partition_inputs=docs.partition_inputs, settings=docs.settings)
    out = tmp_path / "out"
    workers_before = set(client.run(os.getpid).values())

    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(write_partitions, extract_bag(gated), str(out))
        victim = int(wait_for_file(pid_file))
        assert victim in workers_before
        os.kill(victim, signal.SIGKILL)
        distributed.Event(event_name, client=client).set()
        manifest = running.result(timeout=120)

    client.wait_for_workers(2, timeout=60)
    assert victim not in set(client.run(os.getpid).values())
    assert manifest["totals"]["partitions"] == docs.npartitions
    assert output_files(out) == sorted([p["file"] for p in manifest["partitions"]] + ["manifest.json"])
    assert not [p for p in out.rglob(".*") if p.is_file()]
    assert ordered(read_output(out, manifest)) == ordered(local_records(files))
    assert manifest["totals"]["documents"] == len(files)


def test_a_rerun_on_the_cluster_skips_written_partitions(client, archive, tmp_path):
    folder, _ = archive
    out = tmp_path / "out"

    def run():
        return write_partitions(extract_bag(read_documents(str(folder), partition_size="16kB")), str(out))

    first = run()
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    second = run()
    assert second["totals"]["written"] == 0
    assert second["partitions"] == first["partitions"]
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")} == stamps

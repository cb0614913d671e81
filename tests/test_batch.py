"""The batch runner: input order, streaming with a bounded window, one outcome per input."""
import re

import pytest

from quotex import batch
from quotex.inputs import Document, InputError, ReadOptions

from cli_support import FERRY, LIBRARY, QUIET


def documents(n):
    texts = [FERRY, LIBRARY, QUIET]
    return [Document(f"d{i}", texts[i % 3], f"d{i}") for i in range(n)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_outcome_per_input_in_order(jobs):
    items = [*documents(5), InputError("gone.txt", "No such file or directory"), *documents(3)]
    outcomes = list(batch.run(items, batch.Settings(), jobs))
    assert [o.doc for o in outcomes] == ["d0", "d1", "d2", "d3", "d4", None, "d0", "d1", "d2"]
    assert outcomes[5].error == "gone.txt: No such file or directory"
    assert [len(o.records) for o in outcomes[:3]] == [3, 2, 0]
    assert all(r["doc"] == o.doc for o in outcomes for r in o.records)


def test_parallel_and_sequential_agree():
    items = documents(40)
    assert list(batch.run(items, batch.Settings(), 1)) == list(batch.run(items, batch.Settings(), 2))


@pytest.mark.parametrize("jobs", [1, 2])
def test_outcomes_stream_without_reading_everything_first(jobs):
    pulled = []

    def lazily(n):
        for doc in documents(n):
            pulled.append(doc.id)
            yield doc

    outcomes = batch.run(lazily(1000), batch.Settings(), jobs)
    first = next(outcomes)
    assert first.doc == "d0"
    lookahead = 1 if jobs == 1 else (jobs * batch.WINDOW_PER_JOB + 1) * batch.CHUNK_ITEMS
    assert len(pulled) <= lookahead
    outcomes.close()  # stops the workers


def test_settings_filter_kinds_speaker_and_confidence():
    doc = documents(1)
    kinds = batch.Settings(kinds=("indirect",))
    assert [r["kind"] for r in batch.process(doc[0], kinds).records] == ["indirect"]
    speaker = batch.Settings(speaker=re.compile("omar", re.I))
    assert {r["speaker"] for r in batch.process(doc[0], speaker).records} == {"Omar Lindqvist"}
    confident = batch.Settings(min_confidence=0.9)
    assert all(r["confidence"] >= 0.9 for r in batch.process(doc[0], confident).records)


def test_text_files_are_read_by_the_worker(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FERRY)
    outcome = batch.process(str(path), batch.Settings(read=ReadOptions()), keep_text=True)
    assert outcome.doc == str(path) and outcome.text == FERRY and len(outcome.records) == 3


def test_jsonl_setting_renders_the_records_in_the_worker():
    import io

    import quotex
    from quotex.render import JsonlWriter

    doc = documents(1)[0]
    plain = batch.process(doc, batch.Settings())
    rendered = batch.process(doc, batch.Settings(jsonl=True))
    assert rendered.records == [] and rendered.count == plain.count == 3
    out = io.StringIO()
    JsonlWriter(out, quotex.FIELDS).document(doc.id, plain.records)
    assert rendered.jsonl == out.getvalue()


def test_a_document_past_its_time_limit_is_one_error_and_the_batch_goes_on():
    from quotex.batch import Settings, process_document
    from quotex.inputs import Document

    slow = Document("slow", '"We will stay," Ana Ortiz said. ' * 4000, "slow.txt")
    quick = Document("quick", '"We will stay," Ana Ortiz said.', "quick.txt")
    settings = Settings(timeout=1e-6)
    outcome = process_document(slow, settings)
    assert outcome.records == [] and outcome.error.startswith("slow.txt: took longer than")
    assert process_document(quick, Settings(timeout=60)).count == 1
    assert process_document(slow, Settings(timeout=0)).count > 0  # 0: no limit

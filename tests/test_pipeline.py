"""quotex.extract: the library entry point and the invariants every record keeps."""
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quotex
from quotex import FIELDS, InvalidOption, Quote, UnsupportedLanguage

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))


@pytest.fixture(params=SAMPLES, ids=[p.name for p in SAMPLES])
def sample(request):
    return request.param.read_text(encoding="utf-8")


def test_every_span_is_an_offset_into_the_untouched_text(sample):
    records = quotex.extract(sample)
    assert records
    for q in records:
        assert sample[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert sample[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.cue_start is not None:
            assert sample[q.cue_start : q.cue_end] == q.cue
        assert q.speaker != ""
        assert 0.0 <= q.confidence <= 1.0


def test_records_are_in_text_order_and_repeatable(sample):
    first = quotex.extract(sample)
    assert first == sorted(first, key=lambda q: (q.start, q.end))
    assert quotex.extract(sample) == first


def test_records_are_frozen_and_flatten_in_field_order():
    q = quotex.extract('"We will stay," Ana Ortiz said.')[0]
    assert isinstance(q, Quote)
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.speaker = "someone else"  # type: ignore[misc]
    assert tuple(q.to_dict()) == FIELDS
    assert FIELDS[:4] == ("text", "start", "end", "kind")


def test_kinds_select_records():
    text = '"We will stay," Ortiz said. Ortiz said the talks had failed.'
    assert {q.kind for q in quotex.extract(text)} == {"direct", "indirect"}
    assert [q.kind for q in quotex.extract(text, kinds=["indirect"])] == ["indirect"]
    assert [q.kind for q in quotex.extract(text, kinds="direct,mixed")] == ["direct"]


def test_min_confidence_drops_guesses():
    text = '"We will stay," Ana Ortiz said.\n\n"Maybe we will stay another week or two."'
    assert len(quotex.extract(text)) == 2
    assert len(quotex.extract(text, min_confidence=0.9)) == 1


def test_iter_quotes_is_a_generator_of_the_same_records():
    text = '"We will stay," Ana Ortiz said.'
    assert list(quotex.iter_quotes(text)) == quotex.extract(text)


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["list"]])
def test_non_text_input_is_a_type_error(bad):
    with pytest.raises(TypeError):
        quotex.extract(bad)


def test_bad_options_raise_clear_errors():
    with pytest.raises(InvalidOption, match="unknown kind"):
        quotex.extract("x", kinds=["quoted"])
    with pytest.raises(InvalidOption, match="min_confidence"):
        quotex.extract("x", min_confidence=2)
    with pytest.raises(UnsupportedLanguage, match="xx"):
        quotex.extract("x", language="xx")
    assert issubclass(InvalidOption, quotex.QuotexError)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\ufeff", "\x00\x01", '"', "“”‘’«»"])
def test_degenerate_texts_yield_nothing(text):
    assert quotex.extract(text) == []


def test_crlf_and_a_bom_keep_offsets_exact():
    text = '\ufeffIntro line.\r\n\r\n"We will stay," Ana Ortiz said.\r\n'
    q = quotex.extract(text, kinds=["direct"])[0]
    assert (q.text, q.speaker) == ("We will stay,", "Ana Ortiz")
    assert text[q.start : q.end] == q.text


def test_output_does_not_depend_on_string_hashing():
    # two analyses of the same words (`De Soto`) tie in text order; which is resolved first
    # must not follow set iteration, which changes with the interpreter's hash seed
    script = (
        "import json, quotex\n"
        "text = ('Mayor Ana de Soto rejected criticism from candidate Lee Chan.\\n\\n'\n"
        "        'De Soto said the move was made by the commissioner and said, \\u201cWho will you trust?\\u201d\\n\\n'\n"
        "        'De Soto, speaking on a radio show, called Chan a \\u201cblowhard,\\u201d and said his remarks were '\n"
        "        '\\u201cpropaganda\\u201d for extremist groups.')\n"
        "print(json.dumps([q.to_dict() for q in quotex.extract(text)]))\n"
    )
    outputs = set()
    for seed in range(1, 7):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert {q["resolution"] for q in json.loads(outputs.pop())} == {"name"}

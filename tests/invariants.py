"""What must hold for every result of quotex.extract, whatever the input.

Shared by the property tests, the regression table and the fuzz target
(fuzz/extract_fuzz.py), so all three check exactly the same thing.
"""
from __future__ import annotations

import sys
import unicodedata

import quotex
from quotex.rules import BY_NAME


def _quotation_characters() -> str:
    """Every character Unicode files as a quotation mark or an apostrophe, plus the
    corner brackets and backtick that news text uses as quotation marks."""
    found = []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        name = unicodedata.name(ch, "")
        if "QUOTATION" in name or "APOSTROPHE" in name or unicodedata.category(ch) in ("Pi", "Pf"):
            found.append(ch)
    return "".join(found) + "「」『』`"


QUOTATION_CHARACTERS = _quotation_characters()


def check_records(text: str, records: list[quotex.Quote]) -> None:
    """Raise AssertionError naming the broken invariant if ``records`` is not a sound
    result for ``text``."""
    assert isinstance(records, list), type(records)
    for record in records:
        assert isinstance(record, quotex.Quote), type(record)
        _check_span(text, record.start, record.end, record.text, "quote", record)
        _check_optional_span(text, record.speaker_start, record.speaker_end, record.speaker_mention,
                             "speaker", record)
        _check_optional_span(text, record.cue_start, record.cue_end, record.cue, "cue", record)
        assert record.speaker != "", f"empty speaker: {record!r}"
        assert (record.speaker is None) == (record.speaker_mention is None), \
            f"speaker and speaker_mention disagree: {record!r}"
        assert record.kind in quotex.KINDS, f"unknown kind: {record!r}"
        assert record.rule in BY_NAME, f"unknown rule: {record!r}"
        assert 0.0 <= record.confidence <= 1.0, f"confidence out of range: {record!r}"
        assert record.paragraph >= 0, f"negative paragraph: {record!r}"
    order = [(r.start, r.end) for r in records]
    assert order == sorted(order), f"records out of text order: {order}"


def _check_span(text, start, end, value, what, record) -> None:
    assert isinstance(start, int) and isinstance(end, int), f"{what} offsets not int: {record!r}"
    assert 0 <= start <= end <= len(text), f"{what} offsets [{start}:{end}] outside text of {len(text)}: {record!r}"
    assert text[start:end] == value, f"text[{start}:{end}] == {text[start:end]!r} != {what} {value!r}"


def _check_optional_span(text, start, end, value, what, record) -> None:
    given = [start is not None, end is not None, value is not None]
    assert all(given) or not any(given), f"{what} half given: {record!r}"
    if value is not None:
        assert value != "", f"empty {what}: {record!r}"
        _check_span(text, start, end, value, what, record)


def check_extract(text: str) -> list[quotex.Quote]:
    """Run quotex.extract on ``text`` twice and check every invariant; returns the records."""
    records = quotex.extract(text)
    check_records(text, records)
    again = quotex.extract(text)
    assert again == records, "a second run gave different records"
    return records

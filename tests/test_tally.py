"""Counting speakers across documents: grouping by name, surnames joining full names."""
import pytest

from quotex.tally import SpeakerTally, name_key, quoted_words


@pytest.mark.parametrize("name, key", [
    ("Ines Farrow", ("ines", "farrow")),
    ("Mayor Ines Farrow", ("ines", "farrow")),
    ("Mr. Farrow", ("farrow",)),
    ("the Press Secretary Omar Lindqvist", ("omar", "lindqvist")),
    ("the city’s Transport Secretary Omar Lindqvist", ("city", "transport", "secretary", "omar", "lindqvist")),
    ("Farrow’s", ("farrow",)),
    ("The Harbour Board", ("harbour", "board")),
    ("officials", ("officials",)),
    ("Mayor", ("mayor",)),  # a title alone stays itself
])
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("text, words", [
    ("We have no choice,", 4),
    ("It's the first overhaul since the '90s.", 7),
    ("  ", 0),
    ("Vasquez-Lind spoke", 2),
])
def test_quoted_words(text, words):
    assert quoted_words(text) == words


def record(speaker, text="One two three."):
    return {"speaker": speaker, "text": text}


def test_rows_group_names_and_count_documents():
    tally = SpeakerTally()
    tally.add([record("Ines Farrow"), record("Ines Farrow"), record(None, "Four words right here.")])
    tally.add([record("Mayor Ines Farrow"), record("Omar Lindqvist")])
    tally.add([])
    assert tally.rows() == [
        {"speaker": "Ines Farrow", "quotes": 3, "words": 9, "documents": 2},
        {"speaker": "Omar Lindqvist", "quotes": 1, "words": 3, "documents": 1},
        {"speaker": None, "quotes": 1, "words": 4, "documents": 1},
    ]


def test_a_surname_joins_the_one_full_name_with_it():
    tally = SpeakerTally()
    tally.add([record("Farrow"), record("Mr. Farrow")])
    tally.add([record("Ines Farrow")])
    assert tally.rows() == [{"speaker": "Ines Farrow", "quotes": 3, "words": 9, "documents": 2}]


def test_a_surname_shared_by_two_full_names_stays_apart():
    tally = SpeakerTally()
    tally.add([record("Farrow"), record("Ines Farrow"), record("Tom Farrow")])
    assert sorted(r["speaker"] for r in tally.rows()) == ["Farrow", "Ines Farrow", "Tom Farrow"]

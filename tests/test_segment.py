"""Stage 1: paragraphs and sentences."""
import pytest
import regex

from quotex.records import Span
from quotex.segment import match_near, paragraphs, sentences


def texts(text, spans):
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("One.\nTwo.", ["One.", "Two."]),
        ("  Indented.  \n\n\n  Next.", ["Indented.", "Next."]),
        ("A line that wraps\nin the middle.\n\nNew.", ["A line that wraps\nin the middle.", "New."]),
        ("Ends with colon:\nnext line", ["Ends with colon:", "next line"]),
        ("Windows\r\n\r\nline ends.", ["Windows", "line ends."]),
        ("Old Mac\r\rline ends.", ["Old Mac", "line ends."]),
        ("A paragraph\u2029separator.", ["A paragraph", "separator."]),
        ("", []),
        ("\n\n  \n", []),
    ],
)
def test_paragraphs(text, expected):
    assert texts(text, paragraphs(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
        ("Mr. Lee arrived. He sat.", ["Mr. Lee arrived.", "He sat."]),
        ("The U.S. side agreed. Talks go on.", ["The U.S. side agreed.", "Talks go on."]),
        ("It grew 2.5 percent. Prices fell.", ["It grew 2.5 percent.", "Prices fell."]),
        ("J. R. Ortiz spoke. Others left.", ["J. R. Ortiz spoke.", "Others left."]),
        # a quotation after a one-letter word and a full stop starts a sentence: no initial
        ('She posted on X. "Great work!" she wrote.', ["She posted on X.", '"Great work!" she wrote.']),
        ('It was made in the U.S. "A good day," she said.', ["It was made in the U.S.", '"A good day," she said.']),
        ("Sen. Ana Ortiz voted on Jan. 5 with Gov. Lee.", ["Sen. Ana Ortiz voted on Jan. 5 with Gov. Lee."]),
        ("It was made in the U.S. The plant closed.", ["It was made in the U.S.", "The plant closed."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        # other opening marks open a sentence too, a spaced guillemet among them
        ("It was close. „wir bleiben“, sagte sie.", ["It was close.", "„wir bleiben“, sagte sie."]),
        ("It was close. ``we stay,'' she said.", ["It was close.", "``we stay,'' she said."]),
        ("It was close. « nous restons », dit-elle.", ["It was close.", "« nous restons », dit-elle."]),
        ("no capital after. so it goes on", ["no capital after. so it goes on"]),
        ("Nothing ends here", ["Nothing ends here"]),
    ],
)
def test_sentences(text, expected):
    para = paragraphs(text)[0]
    assert texts(text, sentences(text, para)) == expected


def test_a_full_stop_inside_a_quotation_does_not_end_the_sentence():
    text = '"We stay. We fight," she said. Then she left.'
    quote = Span(0, text.index(",") + 2)
    result = texts(text, sentences(text, paragraphs(text)[0], [quote]))
    assert result == ['"We stay. We fight," she said.', "Then she left."]


def test_sentences_cover_only_their_paragraph():
    text = "First one. Second one.\n\nThird one."
    paras = paragraphs(text)
    assert texts(text, sentences(text, paras[1])) == ["Third one."]


@pytest.mark.parametrize("text, pos, reach, expected", [
    ("said by Ortiz", 4, 300, " by "),
    ("said by Ortiz", 4, 3, None),  # the match would need more than three characters
    ("said" + " " * 10 + "by Ortiz", 4, 300, " " * 10 + "by "),
    ("said to Ortiz", 4, 300, None),
])
def test_match_near_sees_only_its_reach(text, pos, reach, expected):
    found = match_near(regex.compile(r"\s+by\s+"), text, pos, reach)
    assert (found.group() if found else None) == expected

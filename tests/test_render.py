"""Output writers and the rich views: field order, streaming formats, terminal safety."""
import csv
import io
import json
import re

import pytest

import quotex
from quotex import render
from quotex.evaluate import Miss

ARTICLE = (
    'City news\n\n"The bridge opens in May," said Mayor Ines Farrow. "Then the ferry stops."\n\n'
    "Transport chief Omar Lindqvist said the ferry would run until June.\n"
)
HOSTILE = (
    'Notes\n\n"Press [bold red]here[/] and \x1b[2J\x1b]0;owned\x07 now \u202eevil," said Ana Ortiz. '
    '"See :smile: [link=http://x]this[/link].\x9b31m"\n'
)


SGR = re.compile(r"\x1b\[[0-9;]*m")


def records_of(text, doc="a.txt"):
    return [{"doc": doc, **q.to_dict()} for q in quotex.extract(text)]


def render_text(renderable, width=100, color="never"):
    out = io.StringIO()
    render.make_console(out, color, width=width).print(renderable)
    return out.getvalue()


# --- making text visible --------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("plain [bold] text", "plain [bold] text"),
    ("a\x1b[31mred", "a\\x1b[31mred"),
    ("bell\x07 nul\x00 del\x7f csi\x9b", "bell\\x07 nul\\x00 del\\x7f csi\\x9b"),
    ("rtl \u202eevil\u202c", "rtl \\u202eevil\\u202c"),
    ("line\r\nnext", "line\nnext"),
    ("lone\rcarriage", "lone\\x0dcarriage"),
    ("tab\tkept", "tab\tkept"),
])
def test_visible(text, expected):
    assert render.visible(text) == expected


def test_visible_marks_newlines_in_cells():
    assert render.visible("one\n\ntwo", newlines=False) == "one⏎⏎two"


# --- data writers ---------------------------------------------------------------------------


def write(writer_class, documents):
    out = io.StringIO()
    writer = writer_class(out, quotex.FIELDS)
    writer.start()
    for doc, records in documents:
        writer.document(doc, records)
    writer.finish()
    return out.getvalue()


def test_jsonl_is_flat_with_doc_first_then_the_fixed_field_order():
    records = records_of(ARTICLE)
    lines = write(render.JsonlWriter, [("a.txt", records)]).splitlines()
    assert len(lines) == len(records) == 3
    for line in lines:
        obj = json.loads(line)
        assert list(obj) == ["doc", *quotex.FIELDS]
        assert obj["doc"] == "a.txt"
        assert ARTICLE[obj["start"]:obj["end"]] == obj["text"]


def test_jsonl_keeps_non_ascii_and_escapes_controls():
    records = records_of(HOSTILE)
    text = write(render.JsonlWriter, [("h.txt", records)])
    assert "\x1b" not in text and "\\u001b" in text
    assert [json.loads(line)["text"] for line in text.splitlines()] == [r["text"] for r in records]


def test_jsonl_escapes_line_and_paragraph_separators():
    records = [dict(r, doc="s\u2028.txt", speaker="Ana\u2028Ortiz", speaker_mention="Ana\u2029Ortiz")
               for r in records_of(ARTICLE)]
    out = write(render.JsonlWriter, [("s\u2028.txt", records)])
    assert "\u2028" not in out and "\u2029" not in out  # `splitlines` and JavaScript split on them
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(o["doc"], o["speaker"], o["speaker_mention"]) for o in lines] == [("s\u2028.txt", "Ana\u2028Ortiz",
                                                                              "Ana\u2029Ortiz")] * len(records)


def test_json_is_one_array_over_all_documents():
    first, second = records_of(ARTICLE, "a.txt"), records_of(ARTICLE, "b.txt")
    parsed = json.loads(write(render.JsonWriter, [("a.txt", first), ("none.txt", []), ("b.txt", second)]))
    assert [r["doc"] for r in parsed] == ["a.txt"] * 3 + ["b.txt"] * 3
    assert list(parsed[0]) == ["doc", *quotex.FIELDS]


def test_json_with_no_records_is_an_empty_array():
    assert json.loads(write(render.JsonWriter, [("none.txt", [])])) == []


def test_csv_has_a_header_and_empty_cells_for_missing_values():
    records = records_of(ARTICLE) + records_of('"Nobody claims this one."\n')
    rows = list(csv.reader(io.StringIO(write(render.CsvWriter, [("a.txt", records)]))))
    assert rows[0] == ["doc", *quotex.FIELDS]
    assert len(rows) == 1 + len(records)
    assert rows[1][rows[0].index("speaker")] == "Ines Farrow"
    unattributed = [r for r in rows[1:] if r[rows[0].index("text")] == "Nobody claims this one."]
    assert unattributed == [] or unattributed[0][rows[0].index("speaker")] == ""


def test_csv_quotes_fields_with_commas_and_newlines():
    record = {"doc": "x", **{f: None for f in quotex.FIELDS}, "text": 'a, "b"\nc'}
    rows = list(csv.reader(io.StringIO(write(render.CsvWriter, [("x", [record])]))))
    assert rows[1][1] == 'a, "b"\nc'


# --- tables and views ----------------------------------------------------------------------


def test_quote_table_lists_each_quote():
    shown = render_text(render.quote_table("a.txt", records_of(ARTICLE)), width=140)
    assert "a.txt" in shown and "3 quotes" in shown
    assert "The bridge opens in May," in shown
    assert "Ines Farrow" in shown and "Omar Lindqvist" in shown


@pytest.mark.parametrize("color", ["never", "always"])
def test_table_and_view_show_markup_and_controls_literally(color):
    records = records_of(HOSTILE, "[bold]evil\x1b[0m.txt")
    assert records, "the hostile article must yield a quote for this test to mean anything"
    for view in (render.quote_table(records[0]["doc"], records),
                 render.article_view(records[0]["doc"], HOSTILE, records)):
        shown = render_text(view, width=200, color=color)
        for raw in ("\x1b[2J", "\x1b]0;", "\x07", "\u202e", "\x9b"):
            assert raw not in shown
        shown = SGR.sub("", shown)  # our own colours, to read the text itself
        assert "\x1b" not in shown
        assert "[bold red]here[/]" in shown
        assert "\\x1b[2J" in shown and "\\u202e" in shown
        assert "[bold]evil\\x1b[0m.txt" in shown
    if color == "never":
        assert ":smile:" in shown and "[link=http://x]this[/link]" in shown


def test_colours_only_when_asked():
    records = records_of(ARTICLE)
    assert "\x1b[" not in render_text(render.quote_table("a", records), color="never")
    assert "\x1b[" in render_text(render.quote_table("a", records), color="always")


def test_colour_auto_follows_no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    console = render.make_console(out, "auto")
    assert console.no_color
    monkeypatch.delenv("NO_COLOR")
    assert not render.make_console(out, "auto").no_color


def test_speaker_colours_follow_first_appearance():
    colours = render.speaker_colours([{"speaker": "B"}, {"speaker": None}, {"speaker": "A"}, {"speaker": "B"}])
    assert colours == {None: render.NO_SPEAKER_STYLE, "B": render.PALETTE[0], "A": render.PALETTE[1]}


def test_article_view_names_the_speaker_beside_each_quote():
    records = records_of(ARTICLE)
    shown = render_text(render.article_view("a.txt", ARTICLE, records), width=200)
    assert '"The bridge opens in May," [Ines Farrow] said Mayor Ines Farrow.' in shown
    assert '"Then the ferry stops." [Ines Farrow]' in shown
    assert "the ferry would run until June [Omar Lindqvist]." in shown
    assert "■ Ines Farrow 2" in shown and "■ Omar Lindqvist 1" in shown
    # the article itself is all there, in order, around the labels
    assert shown.replace(" [Ines Farrow]", "").replace(" [Omar Lindqvist]", "").count("City news") == 1


def test_article_view_with_no_quotes():
    shown = render_text(render.article_view("a.txt", "Nothing said here.\n", []))
    assert "no quotes found" in shown and "Nothing said here." in shown


def test_article_view_styles_quote_mention_and_cue():
    records = records_of(ARTICLE)
    body = render._body(ARTICLE, records, render.speaker_colours(records))
    styles = {body.plain[s.start:s.end]: str(s.style) for s in body.spans}
    assert "bold" in styles["The bridge opens in May,"]
    assert "reverse" in styles["Mayor Ines Farrow"] or "reverse" in styles.get("Ines Farrow", "")
    assert "italic" in styles["the ferry would run until June"]


def test_article_view_with_nested_spans_keeps_every_character():
    text = 'She said "the plan, as I said, is dead" and left.'
    records = [
        {"start": 4, "end": 49, "kind": "indirect", "speaker": "A", "speaker_start": 0, "speaker_end": 3,
         "cue_start": 4, "cue_end": 8},
        {"start": 10, "end": 38, "kind": "mixed", "speaker": "B", "speaker_start": None, "speaker_end": None,
         "cue_start": None, "cue_end": None},
    ]
    body = render._body(text, records, render.speaker_colours(records))
    assert body.plain == 'She said "the plan, as I said, is dead" [B] and left. [A]'


def test_speakers_formats():
    rows = [{"speaker": "Ines Farrow", "quotes": 2, "words": 9, "documents": 1},
            {"speaker": None, "quotes": 1, "words": 4, "documents": 1}]
    out = io.StringIO()
    render.write_speakers("json", rows, out)
    assert json.loads(out.getvalue()) == rows
    out = io.StringIO()
    render.write_speakers("csv", rows, out)
    assert out.getvalue().splitlines() == ["speaker,quotes,words,documents", "Ines Farrow,2,9,1", ",1,4,1"]
    out = io.StringIO()
    render.write_speakers("table", rows, out, color="never")
    assert "Ines Farrow" in out.getvalue() and "(no speaker)" in out.getvalue()


def test_miss_view_marks_the_span_in_its_context():
    miss = Miss("speaker", "d1", 10, 14, "text", "direct", "Ines Farrow", "he", "before [b] ", "\x1b after")
    shown = render_text(render.miss_view(miss), width=200)
    assert "wrong speaker" in shown and "gold: Ines Farrow" in shown and "predicted: he" in shown
    assert "before [b] ⟦text⟧\\x1b after" in shown

"""Writing records: JSON Lines, JSON, CSV, and rich tables and article views for people.

The data writers stream: each document's records are written when it is done, and nothing
is kept across documents. rich is imported only when something is drawn for a person.
Article text shown on a terminal is never interpreted: it goes to rich as plain
:class:`~rich.text.Text` (no markup), with control characters and bidirectional
overrides made visible.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

FORMATS = ("table", "jsonl", "json", "csv")
PALETTE = (
    "cyan", "magenta", "green", "yellow", "bright_blue", "red",
    "bright_cyan", "bright_magenta", "bright_green", "bright_yellow", "blue", "bright_red",
)
NO_SPEAKER_STYLE = "bright_black"
ESCAPE_STYLE = "reverse"
CLOSING_MARKS = "\"'”’»›“‘«‹"

# C0 and C1 controls except tab and newline, DEL, line and paragraph separators and the
# bidirectional controls that can reorder what a terminal shows ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CRLF = re.compile("\r\n")


def escape_char(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, newlines: bool = True) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``); CRLF becomes LF.

    With ``newlines=False`` a line break is shown as ``⏎`` (for table cells).
    """
    text = _CRLF.sub("\n", text)
    text = _CONTROL.sub(lambda m: escape_char(m.group()), text)
    if not newlines:
        text = text.replace("\n", "⏎")
    return text


def append_visible(out: Text, text: str, style: str = "", *, newlines: bool = True) -> None:
    """Append article text to a rich Text: literally, control characters as marked escapes."""
    text = _CRLF.sub("\n", text)
    pos = 0
    for match in _CONTROL.finditer(text):
        _append_plain(out, text[pos : match.start()], style, newlines)
        out.append(escape_char(match.group()), style=f"{style} {ESCAPE_STYLE}".strip())
        pos = match.end()
    _append_plain(out, text[pos:], style, newlines)


def _append_plain(out: Text, text: str, style: str, newlines: bool) -> None:
    if text:
        out.append(text if newlines else text.replace("\n", "⏎"), style=style)


def plain(text: str, style: str = "", *, newlines: bool = False) -> Text:
    """A rich Text of literal text (a path, a name, a quotation), made safe to print."""
    from rich.text import Text

    out = Text()
    append_visible(out, text, style, newlines=newlines)
    return out


# --- consoles and colours -----------------------------------------------------------------


def make_console(file: IO[str], color: str = "auto", *, width: int | None = None) -> Console:
    """A rich console on ``file``; ``color`` is auto (terminal and no NO_COLOR), always or never."""
    from rich.console import Console

    if color == "never":
        return Console(file=file, color_system=None, no_color=True, highlight=False,
                       emoji=False, markup=False, width=width)
    if color == "always":
        console = Console(file=file, force_terminal=True, no_color=False, highlight=False,
                          emoji=False, markup=False, width=width)
        if console.color_system is None:
            console = Console(file=file, force_terminal=True, no_color=False, highlight=False,
                              emoji=False, markup=False, width=width, color_system="standard")
        return console
    return Console(file=file, highlight=False, emoji=False, markup=False, width=width)


def speaker_colours(records: Iterable[dict]) -> dict[str | None, str]:
    """A colour per speaker, in order of first appearance (the same in table and show)."""
    colours: dict[str | None, str] = {None: NO_SPEAKER_STYLE}
    for record in records:
        speaker = record.get("speaker")
        if speaker not in colours:
            colours[speaker] = PALETTE[(len(colours) - 1) % len(PALETTE)]
    return colours


# --- record writers -----------------------------------------------------------------------


class Writer:
    """Writes the records of one document after another; subclasses choose the format."""

    def __init__(self, out: IO[str], fields: Sequence[str]):
        self.out = out
        self.fields = ("doc", *fields)

    def start(self) -> None:
        pass

    def write(self, outcome) -> None:
        """The records of one :class:`~quotex.batch.Outcome`."""
        if outcome.count:
            self.document(outcome.doc, outcome.records)

    def document(self, doc: str, records: list[dict]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        self.out.flush()


class JsonlWriter(Writer):
    """One flat JSON object a line: ``doc``, then the record fields in their fixed order."""

    def write(self, outcome) -> None:
        if outcome.jsonl:
            self.out.write(outcome.jsonl)
            self.out.flush()
        else:
            super().write(outcome)

    def document(self, doc: str, records: list[dict]) -> None:
        if records:
            self.out.write("".join(json_line(r, self.fields) for r in records))
            self.out.flush()


def json_line(record: dict, fields: Sequence[str]) -> str:
    return to_json({f: record.get(f) for f in fields}) + "\n"


def to_json(value, indent: int | None = None) -> str:
    """JSON text in UTF-8, with the line and paragraph separators escaped: JSON allows them
    raw, but readers that split lines on them (Python's `splitlines`, JavaScript) do not."""
    return json.dumps(value, ensure_ascii=False, indent=indent).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class JsonWriter(Writer):
    """One JSON array of all records, written as they come."""

    def start(self) -> None:
        self.out.write("[")
        self.count = 0

    def document(self, doc: str, records: list[dict]) -> None:
        for record in records:
            self.out.write(",\n" if self.count else "\n")
            body = to_json({f: record.get(f) for f in self.fields}, indent=2)
            self.out.write("  " + body.replace("\n", "\n  "))
            self.count += 1
        if records:
            self.out.flush()

    def finish(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


class CsvWriter(Writer):
    """A header row, then a row a record; an empty cell for a missing value."""

    def start(self) -> None:
        self.csv = csv.writer(self.out, lineterminator="\n")
        self.csv.writerow(self.fields)

    def document(self, doc: str, records: list[dict]) -> None:
        if records:
            self.csv.writerows([["" if r.get(f) is None else r.get(f) for f in self.fields] for r in records])
            self.out.flush()


class TableWriter(Writer):
    """A rich table for each document that has quotes, titled with its name."""

    def __init__(self, out: IO[str], fields: Sequence[str], color: str = "auto"):
        super().__init__(out, fields)
        self.console = make_console(out, color)

    def document(self, doc: str, records: list[dict]) -> None:
        if records:
            self.console.print(quote_table(doc, records))
            self.out.flush()


def quote_table(doc: str, records: list[dict]):
    from rich.table import Table
    from rich.text import Text

    colours = speaker_colours(records)
    title = plain(doc, "bold")
    title.append(f"  {len(records)} quote{'s' if len(records) != 1 else ''}", style="dim")
    table = Table(title=title, title_justify="left", expand=False, show_lines=False)
    table.add_column("at", justify="right", style="dim", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker")
    table.add_column("quote", ratio=1)
    table.add_column("cue")
    table.add_column("conf", justify="right", no_wrap=True)
    for r in records:
        colour = colours.get(r.get("speaker"), NO_SPEAKER_STYLE)
        speaker = plain(r["speaker"], f"bold {colour}") if r.get("speaker") else Text("—", style="dim")
        table.add_row(
            Text(str(r["start"])), Text(r["kind"]), speaker, plain(r["text"]),
            plain(r.get("cue") or ""), Text(f"{r['confidence']:.2f}"),
        )
    return table


def record_writer(fmt: str, out: IO[str], fields: Sequence[str], color: str = "auto") -> Writer:
    if fmt == "table":
        return TableWriter(out, fields, color)
    return {"jsonl": JsonlWriter, "json": JsonWriter, "csv": CsvWriter}[fmt](out, fields)


# --- other tables -------------------------------------------------------------------------


SPEAKER_COLUMNS = ("speaker", "quotes", "words", "documents")


def write_speakers(fmt: str, rows: list[dict], out: IO[str], color: str = "auto") -> None:
    """The rows of ``quotex speakers`` in one of the output formats."""
    if fmt == "json":
        out.write(to_json(rows, indent=2) + "\n")
    elif fmt == "jsonl":
        out.write("".join(to_json(r) + "\n" for r in rows))
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(SPEAKER_COLUMNS)
        writer.writerows([["" if r[c] is None else r[c] for c in SPEAKER_COLUMNS] for r in rows])
    else:
        make_console(out, color).print(speakers_table(rows))
    out.flush()


def speakers_table(rows: list[dict]):
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text("Speakers", style="bold"), title_justify="left")
    table.add_column("speaker")
    for column in SPEAKER_COLUMNS[1:]:
        table.add_column(column, justify="right")
    for row in rows:
        name = plain(row["speaker"]) if row["speaker"] is not None else Text("(no speaker)", style="dim")
        table.add_row(name, *(Text(str(row[c])) for c in SPEAKER_COLUMNS[1:]))
    return table


FIGURE_LABELS = (
    ("docs", "documents"), ("gold", "gold quotes"), ("pred", "predicted quotes"),
    ("matched", "matched quotes"), ("quote_p", "quote precision"), ("quote_r", "quote recall"),
    ("quote_f1", "quote F1"), ("speaker_acc", "speaker accuracy"),
    ("e2e_p", "end-to-end precision"), ("e2e_r", "end-to-end recall"), ("e2e_f1", "end-to-end F1"),
)


def figures_table(figures: dict):
    from rich.table import Table
    from rich.text import Text

    table = Table()
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, label in FIGURE_LABELS:
        value = figures[key]
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        style = "bold" if key in ("quote_f1", "speaker_acc", "e2e_f1") else ""
        table.add_row(Text(label), Text(shown, style=style))
    return table


RULE_COLUMNS = (
    ("rule", "rule"), ("pred", "predicted"), ("matched", "matched"), ("quote_p", "precision"),
    ("speaker_acc", "speakers"), ("e2e_p", "e2e P"),
)


def rules_table(rows: list[dict]):
    """Each rule's predictions scored: how many, how many matched, and how precise."""
    from rich.table import Table
    from rich.text import Text

    table = Table()
    widest = max((len(row["rule"]) for row in rows), default=0)
    for key, label in RULE_COLUMNS:
        if key == "rule":
            table.add_column(label, no_wrap=True, min_width=widest)  # rule names are looked up whole
        else:
            table.add_column(label, justify="right")
    for row in rows:
        table.add_row(*(Text(f"{row[key]:.3f}" if isinstance(row[key], float) else str(row[key])) for key, _ in RULE_COLUMNS))
    return table


def miss_view(miss) -> Text:
    """One scoring error: what went wrong, then the quote in its context, marked ⟦…⟧."""
    from rich.text import Text

    out = Text()
    label = {"missed": "missed quote", "false": "false quote", "speaker": "wrong speaker"}[miss.type]
    out.append(label, style="bold red" if miss.type != "speaker" else "bold yellow")
    out.append("  ")
    out.append_text(plain(miss.doc, "dim"))
    out.append(f"  {miss.start}-{miss.end}", style="dim")
    if miss.kind:
        out.append(f"  {miss.kind}", style="dim")
    if miss.type in ("missed", "speaker"):
        out.append("  gold: ")
        out.append_text(plain(_or_none(miss.gold_speaker), "green"))
    if miss.type in ("false", "speaker"):
        out.append("  predicted: ")
        out.append_text(plain(_or_none(miss.predicted_speaker), "red"))
    out.append("\n    …")
    append_visible(out, miss.before, "dim", newlines=False)
    out.append("⟦", style="bold")
    append_visible(out, miss.text, "bold underline", newlines=False)
    out.append("⟧", style="bold")
    append_visible(out, miss.after, "dim", newlines=False)
    out.append("…")
    return out


def _or_none(speaker: str | None) -> str:
    return "(none)" if speaker is None else speaker


# --- the article view ---------------------------------------------------------------------


def article_view(name: str, text: str, records: list[dict]):
    """The article with each quotation in its speaker's colour and the speaker named beside it.

    Direct and mixed quotations are bold in the speaker's colour, reported speech is italic
    and underlined, the speaker mention is reversed and the cue underlined, so a reader sees
    who says what and where an attribution went.
    """
    from rich.console import Group
    from rich.rule import Rule

    colours = speaker_colours(records)
    return Group(Rule(plain(name, "bold"), align="left"), _legend(records, colours), _body(text, records, colours))


def _legend(records: list[dict], colours: dict[str | None, str]):
    from rich.text import Text

    counts: dict[str | None, int] = {}
    for r in records:
        counts[r.get("speaker")] = counts.get(r.get("speaker"), 0) + 1
    legend = Text()
    if not records:
        legend.append("no quotes found\n", style="dim")
        return legend
    for speaker, count in counts.items():
        legend.append("■ ", style=colours[speaker])
        legend.append_text(plain(speaker if speaker is not None else "(no speaker)", f"bold {colours[speaker]}"))
        legend.append(f" {count}   ", style="dim")
    legend.append("\n")
    return legend


def _quote_style(record: dict, colour: str) -> str:
    return f"bold {colour}" if record["kind"] != "indirect" else f"italic underline {colour}"


def _body(text: str, records: list[dict], colours: dict[str | None, str]) -> Text:
    """The text cut at every span boundary; each piece styled by the spans covering it."""
    from rich.text import Text

    spans: list[tuple[int, int, int, str]] = []  # start, end, layer, style (later layers win)
    labels: dict[int, list[tuple[str, str]]] = {}
    for r in records:
        colour = colours.get(r.get("speaker"), NO_SPEAKER_STYLE)
        spans.append((r["start"], r["end"], 0, _quote_style(r, colour)))
        if r.get("speaker_start") is not None:
            spans.append((r["speaker_start"], r["speaker_end"], 2, f"reverse {colour}"))
        if r.get("cue_start") is not None:
            spans.append((r["cue_start"], r["cue_end"], 1, "underline"))
        labels.setdefault(_label_position(text, r["end"]), []).append((r.get("speaker") or "?", colour))
    cuts = sorted({0, len(text), *labels, *(s for span in spans for s in span[:2])})
    starting: dict[int, list] = {}
    for span in spans:
        starting.setdefault(span[0], []).append(span)
    body = Text()
    _append_labels(body, labels.get(0, []))
    active: list[tuple[int, int, int, str]] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in active if s[1] > a] + starting.get(a, [])
        append_visible(body, text[a:b], _style_of(active))
        _append_labels(body, labels.get(b, []))
    return body


def _append_labels(body: Text, labels: list[tuple[str, str]]) -> None:
    for speaker, colour in labels:
        body.append(" ")
        body.append_text(plain(f"[{speaker}]", f"dim italic {colour}"))


def _style_of(active: list[tuple[int, int, int, str]]) -> str:
    """Quote style from the innermost quote, then cue and mention styles on top."""
    by_layer: dict[int, tuple[int, str]] = {}
    for start, _end, layer, style in active:
        if layer not in by_layer or start >= by_layer[layer][0]:
            by_layer[layer] = (start, style)
    return " ".join(by_layer[layer][1] for layer in sorted(by_layer))


def _label_position(text: str, end: int) -> int:
    """Just after the quotation's closing mark(s), if any."""
    pos = end
    while pos < len(text) and pos - end < 2 and text[pos] in CLOSING_MARKS:
        pos += 1
    return pos

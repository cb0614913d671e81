"""Scoring predicted quotes against an annotated corpus (`quotex eval`).

The rules are those of the shared corpus README: a predicted quote matches a gold quote
when their spans, trimmed of spaces and edge punctuation, overlap by at least half
(intersection over union), one to one, best overlap first; a quoted fragment inside a gold
mixed quote matches it. A matched quote's speaker is right when the names agree on the last
name either way round (titles ignored), or both are missing, or the predicted mention's
offsets overlap the gold mention's. With canonical names, only the annotated quotes count
and the speaker must be the canonical name.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .errors import QuotexError

EDGE_CHARS = frozenset(" \t\r\n\"'“”‘’«»„‚‹›.,;:!?—–-…()[]")
NAME_TITLES = frozenset("""
    mr mrs ms dr prof sir the president prime minister secretary press senator sen rep gov
    governor gen general chief ceo spokesman spokeswoman spokesperson lord lady judge justice
    rev st jr sr mayor chancellor king queen pope
""".split())
_POSSESSIVE = regex.compile(r"['’]s\b")
_NAME_WORD = regex.compile(r"[^\W\d_]+")


class CorpusError(QuotexError):
    """An annotated corpus file that cannot be read."""


CONTEXT_CHARS = 120


@dataclass(frozen=True)
class Miss:
    """One scoring error: a missed gold quote, a false quote, or a wrong speaker.

    ``start``/``end`` and ``text`` are the trimmed span (the gold one where there is one);
    ``before`` and ``after`` are up to 120 characters of the article either side.
    """

    type: str  # "missed", "false", "speaker"
    doc: str
    start: int
    end: int
    text: str
    kind: str | None = None
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    before: str = ""
    after: str = ""

    @property
    def context(self) -> str:
        return f"{self.before}{self.text}{self.after}"

    def to_dict(self) -> dict:
        return {
            "type": self.type, "doc": self.doc, "start": self.start, "end": self.end,
            "text": self.text, "kind": self.kind, "gold_speaker": self.gold_speaker,
            "predicted_speaker": self.predicted_speaker, "before": self.before, "after": self.after,
        }


NO_RULE = "(none)"


@dataclass
class RuleTally:
    """How one rule's predictions fared: how many matched a gold quote, and with the right speaker."""

    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0

    def figures(self, rule: str) -> dict[str, float | int | str]:
        return {
            "rule": rule, "pred": self.predicted, "matched": self.matched,
            "quote_p": _ratio(self.matched, self.predicted),
            "speaker_acc": _ratio(self.speaker_right, self.matched),
            "e2e_p": _ratio(self.speaker_right, self.predicted),
        }


@dataclass
class Scores:
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    misses: list[Miss] = field(default_factory=list)
    by_rule: dict[str, RuleTally] = field(default_factory=dict)

    @property
    def quote_p(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def quote_r(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def quote_f1(self) -> float:
        return _f1(self.quote_p, self.quote_r)

    @property
    def speaker_acc(self) -> float:
        return _ratio(self.speaker_right, self.matched)

    @property
    def e2e_p(self) -> float:
        return _ratio(self.speaker_right, self.predicted)

    @property
    def e2e_r(self) -> float:
        return _ratio(self.speaker_right, self.gold)

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_p, self.e2e_r)

    def figures(self) -> dict[str, float | int]:
        return {
            "docs": self.docs, "gold": self.gold, "pred": self.predicted, "matched": self.matched,
            "quote_p": self.quote_p, "quote_r": self.quote_r, "quote_f1": self.quote_f1,
            "speaker_acc": self.speaker_acc,
            "e2e_p": self.e2e_p, "e2e_r": self.e2e_r, "e2e_f1": self.e2e_f1,
        }

    def rule_figures(self) -> list[dict[str, float | int | str]]:
        """Each rule's figures (predictions without a rule under `(none)`), the busiest first."""
        ordered = sorted(self.by_rule.items(), key=lambda item: (-item[1].predicted, item[0]))
        return [tally.figures(rule) for rule, tally in ordered]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_corpus(path: str | Path) -> list[dict]:
    """Documents of an annotated corpus: JSON Lines, or a single JSON document.

    Raises :class:`CorpusError` for a file that cannot be read, a line that is not a JSON
    object with an ``id``, and an id given twice.
    """
    docs = []
    seen: dict[str, int] = {}
    for number, doc in _json_objects(path):
        if "id" not in doc:
            raise CorpusError(f"{path}: line {number}: no 'id' field")
        doc["id"] = str(doc["id"])
        if doc["id"] in seen:
            raise CorpusError(f"{path}: line {number}: id {doc['id']!r} already given on line {seen[doc['id']]}")
        seen[doc["id"]] = number
        docs.append(doc)
    return docs


def _json_objects(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each line of a JSON Lines file, or for one JSON document."""
    try:
        raw = Path(path).read_text(encoding="utf-8-sig").strip()
    except (OSError, UnicodeDecodeError) as exc:
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CorpusError(f"{path}: {message}") from exc
    if not raw:
        return
    # Split on line feeds only: U+2028 and friends may occur inside JSON strings.
    lines = [raw] if raw.startswith("{") and "\n{" not in raw else raw.split("\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}: line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise CorpusError(f"{path}: line {number}: not a JSON object")
        yield number, obj


def read_predictions(path: str | Path) -> dict[str, list[dict]]:
    """Predicted quotes per document id, from either of two JSON Lines layouts.

    ``{"id": ..., "quotes": [...]}`` a document a line (the reference scorer's format), or
    the flat records of ``quotex --format jsonl``, one quote a line with its ``doc``.
    """
    predictions: dict[str, list[dict]] = {}
    for number, obj in _json_objects(path):
        if "quotes" in obj and "id" in obj:
            predictions.setdefault(str(obj["id"]), []).extend(obj["quotes"])
        elif "doc" in obj and "start" in obj and "end" in obj:
            predictions.setdefault(str(obj["doc"]), []).append(obj)
        else:
            raise CorpusError(f"{path}: line {number}: neither a document with 'id' and 'quotes' "
                              "nor a quote record with 'doc', 'start' and 'end'")
    return predictions


def read_canonical(path: str | Path) -> dict[tuple[str, int, int], str | None]:
    """Canonical speaker names keyed by (document id, start, end)."""
    names: dict[tuple[str, int, int], str | None] = {}
    for number, record in _json_objects(path):
        try:
            key = (str(record["id"]), record["start"], record["end"])
        except KeyError as exc:
            raise CorpusError(f"{path}: line {number}: no {exc.args[0]!r} field") from None
        names[key] = record.get("speaker_canonical")
    return names


def with_canonical(gold: list[dict], names: Mapping[tuple[str, int, int], str | None]) -> list[dict]:
    """Only the annotated documents and quotes, with canonical names as their speakers."""
    annotated = {key[0] for key in names}
    out = []
    for doc in gold:
        if doc["id"] not in annotated:
            continue
        quotes = []
        for q in doc.get("quotes", []):
            key = (doc["id"], q["start"], q["end"])
            if key in names:
                quotes.append(dict(q, speaker=names[key], speaker_start=None, speaker_end=None))
        out.append(dict(doc, quotes=quotes))
    return out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return start, end


def name_words(name: str | None) -> list[str]:
    if not name:
        return []
    name = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", name).lower())
    words = _NAME_WORD.findall(name)
    return [w for w in words if w not in NAME_TITLES] or words


def same_speaker(gold: dict, pred: dict) -> bool:
    g, p = name_words(gold.get("speaker")), name_words(pred.get("speaker"))
    if not g and not p:
        return True
    if g and p and (g[-1] in p or p[-1] in g):
        return True
    offsets = (gold.get("speaker_start"), gold.get("speaker_end"), pred.get("speaker_start"), pred.get("speaker_end"))
    if None in offsets:
        return False
    gs, ge, ps, pe = offsets
    return min(ge, pe) > max(gs, ps)


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def score(
    gold: Iterable[dict],
    predictions: Mapping[str, list[dict]],
    kinds: Iterable[str] | None = None,
    threshold: float = 0.5,
) -> Scores:
    """Score predicted quotes (dicts with start, end, kind, speaker...) per document id."""
    wanted = set(kinds) if kinds else None
    scores = Scores()
    for doc in gold:
        scores.docs += 1
        text = doc["text"]
        gq = [q for q in doc.get("quotes", []) if wanted is None or q.get("kind", "direct") in wanted]
        pq = [q for q in predictions.get(doc["id"], []) if wanted is None or q.get("kind", "direct") in wanted]
        _score_document(doc["id"], text, gq, pq, threshold, scores)
    return scores


def _score_document(doc_id, text, gq, pq, threshold, scores: Scores) -> None:
    gs = [trim(text, q["start"], q["end"]) for q in gq]
    ps = [trim(text, q["start"], q["end"]) for q in pq]
    pairs = _match(gs, ps, threshold)
    used_g = {i for i, _ in pairs}
    used_p = {j for _, j in pairs}
    absorbed = set()
    for j, b in enumerate(ps):
        if j in used_p:
            continue
        for i, a in enumerate(gs):
            if gq[i].get("kind") == "mixed" and b[1] > b[0] and a[0] <= b[0] and b[1] <= a[1]:
                if i not in used_g:
                    used_g.add(i)
                    used_p.add(j)
                    pairs.append((i, j))
                else:
                    absorbed.add(j)
                break
    scores.gold += len(gs)
    scores.predicted += len(ps) - len(absorbed)
    scores.matched += len(pairs)
    for i, a in enumerate(gs):
        if i not in used_g:
            scores.misses.append(_miss("missed", doc_id, text, a, gq[i], None))
    for j, b in enumerate(ps):
        if j not in absorbed:
            _tally(scores, pq[j]).predicted += 1
        if j not in used_p and j not in absorbed:
            scores.misses.append(_miss("false", doc_id, text, b, None, pq[j]))
    for i, j in pairs:
        tally = _tally(scores, pq[j])
        tally.matched += 1
        if same_speaker(gq[i], pq[j]):
            scores.speaker_right += 1
            tally.speaker_right += 1
        else:
            scores.misses.append(_miss("speaker", doc_id, text, gs[i], gq[i], pq[j]))


def _tally(scores: Scores, pred: dict) -> RuleTally:
    return scores.by_rule.setdefault(pred.get("rule") or NO_RULE, RuleTally())


def _match(gs, ps, threshold) -> list[tuple[int, int]]:
    candidates = sorted(
        ((_iou(a, b), i, j) for i, a in enumerate(gs) for j, b in enumerate(ps)), reverse=True
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for overlap, i, j in candidates:
        if overlap < threshold:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def _miss(type_, doc_id, text, span, gold, pred) -> Miss:
    start, end = span
    kind = (gold or pred or {}).get("kind")
    return Miss(
        type_, doc_id, start, end, text[start:end], kind,
        gold.get("speaker") if gold else None, pred.get("speaker") if pred else None,
        text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS],
    )


def predict(docs: Iterable[dict], extract: Callable[[str], list]) -> Iterator[tuple[str, list[dict]]]:
    """Run an extractor over the corpus documents: (id, quotes as dicts) pairs."""
    for doc in docs:
        yield doc["id"], [q.to_dict() for q in extract(doc["text"])]

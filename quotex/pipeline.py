"""The extraction pipeline: segment, quotation marks, attribution, coreference, indirect speech."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import attribution, coref, indirect, quotemarks, segment
from .errors import InvalidOption, UnsupportedLanguage
from .lexicon import LEXICONS, Lexicon
from .mentions import Mention
from .records import KINDS, Kind, Quote, Span

_UNCERTAIN = 0.8  # confidence factor when the speaker was resolved by a guess


def extract(
    text: str,
    *,
    kinds: Iterable[str] = KINDS,
    language: str = "en",
    min_confidence: float = 0.0,
) -> list[Quote]:
    """The quotations of one document, in text order.

    ``kinds`` selects among ``direct``, ``mixed`` and ``indirect``; ``min_confidence`` drops
    records below that confidence. Raises :class:`TypeError` for non-text input and
    :class:`~quotex.errors.QuotexError` subclasses for bad options.
    """
    return list(iter_quotes(text, kinds=kinds, language=language, min_confidence=min_confidence))


def iter_quotes(
    text: str,
    *,
    kinds: Iterable[str] = KINDS,
    language: str = "en",
    min_confidence: float = 0.0,
) -> Iterator[Quote]:
    """Like :func:`extract`, as a generator."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs str, not {type(text).__name__}")
    wanted = _kinds(kinds)
    lexicon = _lexicon(language)
    if not 0.0 <= min_confidence <= 1.0:
        raise InvalidOption(f"min_confidence must lie in [0, 1], not {min_confidence!r}")
    for quote in _run(text, lexicon):
        if quote.kind in wanted and quote.confidence >= min_confidence:
            yield quote


def _kinds(kinds: Iterable[str]) -> frozenset[str]:
    if isinstance(kinds, str):
        kinds = [k for k in kinds.split(",") if k]
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise InvalidOption(f"unknown kind {sorted(unknown)[0]!r}; choose from {', '.join(KINDS)}")
    return wanted


def _lexicon(language: str) -> Lexicon:
    try:
        return LEXICONS[language]
    except KeyError:
        raise UnsupportedLanguage(f"no rules for language {language!r}; have {', '.join(LEXICONS)}") from None


def _run(text: str, lexicon: Lexicon) -> list[Quote]:
    paragraphs = segment.paragraphs(text)
    quoted = quotemarks.find_quotes(text, paragraphs, lexicon)
    sentences = _sentences(text, paragraphs, quoted, lexicon)
    attributed = attribution.attribute(text, paragraphs, sentences, quoted, lexicon)
    reported = indirect.find_reported(text, paragraphs, sentences, attributed, lexicon)
    mentions = [a.mention for a in attributed.quotes if a.mention] + [r.mention for r in reported if r.mention]
    resolver = coref.build_resolver(text, sentences, [q.outer for q in quoted], lexicon)
    for mention in sorted(set(mentions), key=_text_order):
        resolver.resolve(mention)
    records = [_direct_record(text, a, resolver) for a in attributed.quotes]
    records += [_reported_record(text, r, resolver) for r in reported]
    records.sort(key=lambda q: (q.start, q.end))
    return records


def _text_order(mention: Mention) -> tuple:
    """Mentions in text order, ties broken by everything else: the order they are resolved in
    decides which one names an entity first, so it must not depend on set iteration (string
    hashes change from one interpreter to the next)."""
    return mention.span, mention.head_span, mention.kind, mention.head, mention.titles, mention.roles


def _sentences(text, paragraphs, quoted, lexicon) -> list[Span]:
    out: list[Span] = []
    qi = 0
    for para in paragraphs:
        protected = []
        while qi < len(quoted) and quoted[qi].open_mark.start < para.end:
            protected.append(quoted[qi].outer)
            qi += 1
        out.extend(segment.sentences(text, para, protected, lexicon))
    return out


def _speaker(text: str, mention: Mention | None, resolver: coref.Resolver):
    if mention is None:
        return None, None, None, None, "none", 1.0
    resolved = resolver.resolve(mention)
    factor = 1.0 if resolved.certain else _UNCERTAIN
    if resolved.resolution == "unresolved":
        factor = 0.6
    span = mention.span
    return resolved.speaker, text[span.start : span.end], span.start, span.end, resolved.resolution, factor


def _direct_record(text: str, a: attribution.Attribution, resolver: coref.Resolver) -> Quote:
    speaker, said, s_start, s_end, resolution, factor = _speaker(text, a.mention, resolver)
    cue = a.cue
    return Quote(
        text=text[a.quote.start : a.quote.end], start=a.quote.start, end=a.quote.end, kind=a.kind,
        speaker=speaker, speaker_mention=said, speaker_start=s_start, speaker_end=s_end,
        cue=text[cue.start : cue.end] if cue else None, cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None, rule=a.rule, confidence=round(a.confidence * factor, 3),
        paragraph=a.quote.paragraph, resolution=resolution,
    )


def _reported_record(text: str, r: indirect.Reported, resolver: coref.Resolver) -> Quote:
    speaker, said, s_start, s_end, resolution, factor = _speaker(text, r.mention, resolver)
    kind: Kind = "mixed" if r.kind == "mixed" else "indirect"
    return Quote(
        text=text[r.span.start : r.span.end], start=r.span.start, end=r.span.end, kind=kind,
        speaker=speaker, speaker_mention=said, speaker_start=s_start, speaker_end=s_end,
        cue=text[r.cue.start : r.cue.end], cue_start=r.cue.start, cue_end=r.cue.end, rule=r.rule,
        confidence=round(r.confidence * factor, 3), paragraph=r.paragraph, resolution=resolution,
    )

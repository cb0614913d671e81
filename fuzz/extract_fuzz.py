"""Coverage-guided fuzz target for quotex.extract (atheris, libFuzzer).

Run it for ten minutes (not part of the test suite):

    pip install -e '.[fuzz]'
    python fuzz/extract_fuzz.py -max_total_time=600

Any libFuzzer option works (``-max_len=20000``, ``-timeout=20``...). A slow input (longer than
``-timeout``) or a crash stops the run; ``-fork=2 -ignore_timeouts=1 -ignore_crashes=1``
fuzzes in two child processes and goes on past them, saving each.
Without a corpus folder on the command line it uses ``fuzz/corpus/`` (not committed),
seeded on first use with the bundled samples and a few made-up sentences. A crash,
a broken invariant (tests/invariants.py) or an input slower than ``-timeout`` seconds stops
the run and is written to ``fuzz/crashes/``; replay one with
``python fuzz/extract_fuzz.py fuzz/crashes/crash-…`` and add it to
tests/test_regressions.py.

How the bytes become text, by the first byte:
  0  the rest decoded as UTF-8, invalid bytes as lone surrogates;
  1  each byte a token: a quotation mark, a cue word, a name, a space, a control character;
  2  code points chosen by the fuzzed data provider (any, surrogates included);
  3  tokens as in 1, the result repeated up to 255 times, to at most 5,000 characters
     (long lines; -max_len bounds the other modes).
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

with atheris.instrument_imports(include=["quotex"]):
    # quotex loads its modules on first use: import the pipeline here, or it goes uninstrumented.
    import quotex.pipeline  # noqa: F401

from invariants import QUOTATION_CHARACTERS, check_extract  # noqa: E402

_FILLERS = [
    " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", ".", ",", ":", ";", "!", "?", "—",
    "-", "(", ")", "…", "\x00", "\x1b[1m", "[bold]", "\ufeff", "\u202e",
    "said", "says", "told", "reporters", "according to", "added", "asked", "that", "who", "the",
    "a", "of", "he", "she", "it", "they", "we", "Mr.", "Dr.", "U.S.", "Jan.", "J.", "3.5",
    "Lena", "Hart", "Omar Salas", "the spokesman", "officials", "company’s", "don't", "'90s",
    "’em", "rock ’n’ roll", "so-called", "talks", "failed", "will", "not", "on Monday",
]
_LONGEST = 5_000
VOCABULARY = (list(QUOTATION_CHARACTERS) + ["``", "''"] + _FILLERS)[:256]
SEEDS = [
    '"The bridge will reopen in May," said Lena Hart, the city engineer.',
    "“We have no plans to sell,” the company’s chief executive, Omar Salas, told reporters.",
    "Hart said on Tuesday that the repairs had cost less than expected.",
    "‘It is not over,’ she said. ‘Not by a long way.’\n\n‘Never,’ he added.",
    "According to the ministry, «the border stays closed». Salas: ‹We will appeal›",
    '"First part.\n\n"Second part," Hart said. The so-called "experts" were wrong.',
]


def text_of(data: bytes) -> str:
    if not data:
        return ""
    mode, rest = data[0] % 4, data[1:]
    if mode == 0:
        return rest.decode("utf-8", "surrogateescape")
    if mode == 1:
        return "".join(VOCABULARY[b % len(VOCABULARY)] for b in rest)
    if mode == 2:
        provider = atheris.FuzzedDataProvider(rest)
        return provider.ConsumeUnicode(len(rest))
    times, tokens = (rest[0] if rest else 1), rest[1:]
    unit = "".join(VOCABULARY[b % len(VOCABULARY)] for b in tokens)
    return unit * min(times, _LONGEST // max(1, len(unit)))


def test_one_input(data: bytes) -> None:
    check_extract(text_of(data))


def _seed(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    texts = SEEDS + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for i, text in enumerate(texts):
        (corpus / f"seed-{i:03d}").write_bytes(b"\x00" + text.encode("utf-8"))


def main(argv: list[str]) -> None:
    args = list(argv)
    if not any(not a.startswith("-") for a in args[1:]):
        corpus = HERE / "corpus"
        _seed(corpus)
        args.append(str(corpus))
    if not any(a.startswith("-artifact_prefix=") for a in args):
        (HERE / "crashes").mkdir(exist_ok=True)
        args.append(f"-artifact_prefix={HERE / 'crashes'}/")
    if not any(a.startswith("-timeout=") for a in args):
        args.append("-timeout=20")
    if any(a.startswith("-fork=") for a in args):
        args[0] = f"{sys.executable} {Path(__file__).resolve()}"  # libFuzzer runs it through sh
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)

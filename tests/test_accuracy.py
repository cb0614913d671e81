"""The accuracy gate: `quotex eval` on the PolNeAR dev split must not fall below the minimums.

The minimums live in tests/accuracy_minimums.json and only go up. The corpus is not part of
the repository: the gate looks for it in ../shared/corpus (or $QUOTEX_SHARED/corpus) and is
skipped when it is absent. To raise the minimums to the current figures (rounded down to two
decimals, never lowered): python tests/test_accuracy.py
"""
import json
import math
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
MINIMUMS = HERE / "accuracy_minimums.json"
SHARED = Path(os.environ.get("QUOTEX_SHARED", HERE.parents[1] / "shared"))
FIGURES = ("quote_p", "quote_r", "quote_f1", "speaker_acc", "e2e_p", "e2e_r", "e2e_f1")


def load_minimums() -> dict:
    return json.loads(MINIMUMS.read_text(encoding="utf-8"))


def eval_args(run: dict) -> list[str]:
    corpus = SHARED / "corpus"
    args = ["eval", str(corpus / run["gold"]), "--json", "--jobs", "0"]
    if run.get("kinds"):
        args += ["--kinds", run["kinds"]]
    if run.get("canonical"):
        args += ["--canonical", str(corpus / run["canonical"])]
    return args


def measure(run: dict) -> dict:
    from click.testing import CliRunner

    from quotex.cli import cli

    result = CliRunner().invoke(cli, eval_args(run))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_minimums_file_is_well_formed():
    runs = load_minimums()["runs"]
    assert runs, "no runs in the minimums file"
    for name, run in runs.items():
        assert set(run["minimums"]) <= set(FIGURES), name
        assert all(0.0 <= v <= 1.0 for v in run["minimums"].values()), name


@pytest.mark.parametrize("name", list(load_minimums()["runs"]))
def test_accuracy_does_not_drop(name):
    run = load_minimums()["runs"][name]
    files = [SHARED / "corpus" / run["gold"]] + ([SHARED / "corpus" / run["canonical"]] if run.get("canonical") else [])
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        pytest.skip(f"corpus not found: {', '.join(missing)}")
    figures = measure(run)
    drops = {k: (figures[k], floor) for k, floor in run["minimums"].items() if figures[k] < floor}
    assert not drops, f"{name}: below the minimum (figure, minimum): {drops}; all figures: {figures}"


def raise_minimums() -> None:
    """Set each minimum to the current figure rounded down to two decimals, if that is higher."""
    data = load_minimums()
    for name, run in data["runs"].items():
        figures = measure(run)
        for key in FIGURES:
            floor = math.floor(figures[key] * 100) / 100
            run["minimums"][key] = max(run["minimums"].get(key, 0.0), floor)
        print(name, {k: round(figures[k], 4) for k in FIGURES})
    MINIMUMS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(raise_minimums())

"""Made-up articles and helpers shared by the command-line tests."""
import json
from pathlib import Path

from click.testing import CliRunner

from quotex.cli import cli

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"

FERRY = (
    "Ferry service to end\n\n"
    '"The bridge opens in May," said Mayor Ines Farrow. "Then the ferry stops."\n\n'
    "Transport chief Omar Lindqvist said the ferry would run until June.\n"
)
LIBRARY = (
    "Library hours cut\n\n"
    "“We have no choice,” librarian Petra Adeyemi told the board. “The budget is half what it was.”\n"
)
QUIET = "Weather\n\nIt rained on Tuesday and the river rose by a metre.\n"


class Invoke:
    """Run quotex in-process; stdout and stderr are kept apart."""

    def __init__(self):
        self.runner = CliRunner(env={"NO_COLOR": None, "COLUMNS": "120"})

    def __call__(self, *args, input=None, env=None):
        if isinstance(input, str):
            input = input.encode("utf-8")
        return self.runner.invoke(cli, [str(a) for a in args], input=input, env=env,
                                  catch_exceptions=False)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]

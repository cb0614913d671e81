"""Fixtures for the command-line tests: a folder of made-up articles, quotex run in-process."""
import pytest

from cli_support import FERRY, LIBRARY, QUIET, Invoke


@pytest.fixture
def articles(tmp_path):
    """A folder: two articles with quotes, one without, a nested one and a non-text file."""
    root = tmp_path / "news"
    (root / "2024" / "may").mkdir(parents=True)
    (root / "b-ferry.txt").write_text(FERRY, encoding="utf-8")
    (root / "a-library.txt").write_text(LIBRARY, encoding="utf-8")
    (root / "c-quiet.txt").write_text(QUIET, encoding="utf-8")
    (root / "2024" / "may" / "ferry-again.txt").write_text(FERRY, encoding="utf-8")
    (root / "notes.md").write_text(FERRY, encoding="utf-8")
    return root


@pytest.fixture
def quotex_cli():
    return Invoke()

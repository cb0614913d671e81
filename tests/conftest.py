"""Fixtures for the command-line tests (a folder of made-up articles, quotex run
in-process) and the Hypothesis settings profiles.

``ci`` (the default profile) keeps the property tests quick; run them longer with
``pytest tests/test_properties.py --hypothesis-profile=long`` (or set
``QUOTEX_HYPOTHESIS_PROFILE=long``); ``--hypothesis-seed=N`` repeats a run.
"""
import os

import pytest
from hypothesis import HealthCheck, settings

from cli_support import FERRY, LIBRARY, QUIET, Invoke

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=60, deadline=None, print_blob=True, suppress_health_check=_QUIET)
settings.register_profile("long", max_examples=5000, deadline=None, print_blob=True,
                          suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("QUOTEX_HYPOTHESIS_PROFILE", "ci"))


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

"""Hypothesis settings profiles.

``ci`` (the default) keeps the property tests quick; run them longer with
``pytest tests/test_properties.py --hypothesis-profile=long`` (or set
``QUOTEX_HYPOTHESIS_PROFILE=long``); ``--hypothesis-seed=N`` repeats a run.
"""
import os

from hypothesis import HealthCheck, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=60, deadline=None, print_blob=True, suppress_health_check=_QUIET)
settings.register_profile("long", max_examples=5000, deadline=None, print_blob=True,
                          suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("QUOTEX_HYPOTHESIS_PROFILE", "ci"))

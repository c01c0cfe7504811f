"""Hypothesis profiles for the properties: ``ci`` (default, bounded) and ``deep``.

Select one with ``HYPOTHESIS_PROFILE=deep pytest tests/properties``.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large]

# ci: the whole property suite in well under two minutes on two cores.
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=False,
                          suppress_health_check=_SLOW_DATA, print_blob=True)
# deep: at least 2,000 examples per property; expect tens of minutes.
settings.register_profile("deep", max_examples=2000, deadline=None,
                          suppress_health_check=_SLOW_DATA, print_blob=True)
# dev: a quick smoke run while editing the strategies.
settings.register_profile("dev", max_examples=10, deadline=None,
                          suppress_health_check=_SLOW_DATA, print_blob=True)

settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

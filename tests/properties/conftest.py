"""Hypothesis profiles for the properties: ``ci`` (default, bounded), ``deep`` and ``dev``;
and the project schemas compiled once per session.

Select a profile with ``HYPOTHESIS_PROFILE=deep pytest tests/properties``.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from lxml import etree

SCHEMA = Path(__file__).resolve().parents[2] / "schema"
_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large]

# ci: the whole property package in well under two minutes on two cores; derandomized, so a
# CI run is reproducible (exploring new examples is the deep profile's job).
settings.register_profile("ci", max_examples=25, deadline=None, derandomize=True,
                          suppress_health_check=_SLOW_DATA, print_blob=True)
# deep: at least 2,000 examples per property; expect tens of minutes.
settings.register_profile("deep", max_examples=2000, deadline=None,
                          suppress_health_check=_SLOW_DATA, print_blob=True)
# dev: a quick smoke run while editing the strategies.
settings.register_profile("dev", max_examples=10, deadline=None,
                          suppress_health_check=_SLOW_DATA, print_blob=True)

settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def teikit_xsd() -> etree.XMLSchema:
    """The project's W3C XML Schema (imports xml.xsd next to it)."""
    return etree.XMLSchema(etree.parse(str(SCHEMA / "teikit.xsd")))


@pytest.fixture(scope="session")
def teikit_rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA / "teikit.rng")))

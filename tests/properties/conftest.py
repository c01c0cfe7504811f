"""The project schemas compiled once per session, for the properties (the Hypothesis
profiles are in tests/conftest.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

SCHEMA = Path(__file__).resolve().parents[2] / "schema"


@pytest.fixture(scope="session")
def teikit_xsd() -> etree.XMLSchema:
    """The project's W3C XML Schema (imports xml.xsd next to it)."""
    return etree.XMLSchema(etree.parse(str(SCHEMA / "teikit.xsd")))


@pytest.fixture(scope="session")
def teikit_rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA / "teikit.rng")))

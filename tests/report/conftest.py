"""Reports of every kind of source, written once per session: the bundled book, the test books,
the generated real-extraction renderings (one per extraction format), and a test book with
its notes' marks taken out (so that warnings have lines to stand on)."""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from teikit import pipeline, reader
from teikit.report import report_html
from tests.conftest import BUNDLED_SOURCE, TEST_BOOKS, watched_page

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"


@dataclass
class Case:
    name: str
    text: str
    conversion: pipeline.Conversion
    path: Path  # the written report

    @property
    def url(self) -> str:
        return self.path.resolve().as_uri()


def generated_sources() -> dict[str, str]:
    """One generated book printed in each real-extraction format (derandomised: reproducible)."""
    from tests.properties.formats import FORMATS, print_as
    from tests.properties.render import render
    from tests.properties.strategies import books

    found = []

    @settings(max_examples=len(FORMATS), database=None, derandomize=True, deadline=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(books())
    def collect(book):
        found.append(book)

    collect()
    return {f"generated-{fmt}": print_as(render(book), fmt) for fmt, book in zip(FORMATS, found)}


def unanchored(text: str) -> str:
    """The first line's note marks dropped from the running text: each note loses its anchor."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if re.search(r"[^\s]\[\d\]", line):
            lines[i] = re.sub(r"(?<=[^\s])\[\d\]", "", line)
            break
    return "\n".join(lines)


def sources() -> dict[str, str]:
    found = {"bundled": BUNDLED_SOURCE.read_text(encoding="utf-8")}
    for book in TEST_BOOKS:
        found[f"book-{book.name}"] = reader.read_path(book / "source.txt")
    found["book-monograph-unanchored"] = unanchored(found["book-monograph"])
    found.update(generated_sources())
    return found


@pytest.fixture(scope="session")
def cases(tmp_path_factory) -> list[Case]:
    out = tmp_path_factory.mktemp("reports")
    made = []
    for name, text in sources().items():
        conversion = pipeline.convert_text(text, f"{name}.txt")
        path = out / f"{name}.html"
        path.write_bytes(report_html(conversion, text))
        made.append(Case(name, text, conversion, path))
    made.append(pdf_case(out))
    return made


PDF_FIXTURE = HERE.parent / "pdf" / "fixtures" / "small-book.pdf"


def pdf_case(out: Path) -> Case:
    """The small PDF fixture's report, its page images (rendered as --facsimile renders them)
    in a folder beside it: the left column of each page."""
    from teikit.pdf import convert_pdf
    from teikit.pdf import facsimile as fx
    from teikit.pdf.read import read_pdf
    from teikit.pdf.report import pdf_report, source_text

    images = out / "pdf-pages"
    images.mkdir()
    fx.render(PDF_FIXTURE, images)
    conversion = convert_pdf(PDF_FIXTURE)
    path = out / "pdf-small-book.html"
    path.write_bytes(pdf_report(PDF_FIXTURE, conversion, path, images))
    return Case("pdf-small-book", source_text(read_pdf(PDF_FIXTURE)), conversion, path)


def node_tool(relative: str) -> Path:
    """A file of the checkers' npm install; missing fails (CI installs them: .ci/run)."""
    path = NODE_MODULES / relative
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `npm ci --prefix tests/report` (see .ci/run)")
    return path


def java() -> str:
    found = shutil.which("java")
    if not found:
        pytest.fail("java is missing: install the Debian package default-jre-headless")
    return found


@pytest.fixture
def open_report(browser):
    """Open a report in a new tab of the session's Chromium (``browser``, tests/conftest.py);
    console errors, page errors and any request beyond the file itself are collected."""
    pages = []

    def opener(case: Case, width: int = 1280, height: int = 900):
        page = watched_page(browser, width, height)
        folder = case.url.rsplit("/", 1)[0] + "/"
        page.on("request", lambda req: None if req.url == case.url or (
            req.resource_type == "image" and req.url.startswith(folder))  # a PDF's page images
            else page.errors.append(f"request: {req.url}"))
        page.goto(case.url)
        page.wait_for_load_state("load")
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()

"""The EPUB's XHTML, unpacked, in a real browser: contents, note and page-list links land."""
from __future__ import annotations

import zipfile
from io import BytesIO

import pytest

from teikit.pipeline import convert_text
from teikit.transform import parse_edition, render_package
from tests.conftest import BUNDLED_EDITION, TEST_BOOKS

BOOKS = {"bundled": BUNDLED_EDITION, **{p.name: p / "source.txt" for p in TEST_BOOKS}}


@pytest.fixture(scope="module", params=sorted(BOOKS))
def nav_url(request, tmp_path_factory) -> str:
    """file:// URL of the navigation document of a book's EPUB, unpacked."""
    path = BOOKS[request.param]
    xml = path.read_bytes() if path.suffix == ".xml" else convert_text(
        path.read_text(encoding="utf-8"), path.name).to_bytes()
    folder = tmp_path_factory.mktemp(f"epub-{request.param}")
    zipfile.ZipFile(BytesIO(render_package(parse_edition(xml), "epub"))).extractall(folder)
    return (folder / "EPUB" / "nav.xhtml").resolve().as_uri()


def _lands(page, urls: list[str], epub_type: str | None = None) -> None:
    """Open each file of ``urls`` once, as XHTML, and check that every fragment names one
    element (of that ``epub:type``, when given)."""
    by_file: dict[str, list[str]] = {}
    for url in urls:
        file, _, fragment = url.partition("#")
        by_file.setdefault(file, []).append(fragment)
    for file, fragments in by_file.items():
        page.goto(file)
        page.wait_for_load_state("load")
        assert page.evaluate("document.contentType") == "application/xhtml+xml"
        missing = page.evaluate("""([fragments, type]) => fragments.filter(f => {
            const found = document.querySelectorAll(`[id="${f}"]`);
            return f && (found.length !== 1 || (type !== null &&
                found[0].getAttributeNS('http://www.idpf.org/2007/ops', 'type') !== type));
        })""", [fragments, epub_type])
        assert missing == [], f"{file}: no element for {missing}"


def _links(page, nav_type: str) -> list[str]:
    return page.evaluate("""type => [...document.querySelectorAll('nav a')]
        .filter(a => a.closest('nav').getAttributeNS('http://www.idpf.org/2007/ops', 'type') === type)
        .map(a => a.href)""", nav_type)


def test_every_contents_link_lands(open_page, nav_url):
    page = open_page(nav_url)
    links = _links(page, "toc")
    assert len(links) >= 3
    _lands(page, links)
    assert page.errors == []


def test_every_page_list_entry_lands_on_its_page_break(open_page, nav_url):
    page = open_page(nav_url)
    links = _links(page, "page-list")
    assert links, "no page list"
    _lands(page, links, "pagebreak")


def test_every_note_mark_leads_to_its_footnote_and_back(open_page, nav_url):
    page = open_page(nav_url)
    files = list(dict.fromkeys(url.partition("#")[0] for url in _links(page, "toc")))
    marks = 0
    for file in files:
        page.goto(file)
        refs = page.evaluate("""() => [...document.querySelectorAll('a')]
            .filter(a => a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'noteref')
            .map(a => [a.id, a.href])""")
        for ref_id, href in refs:
            marks += 1
            assert href.partition("#")[0] == page.url.partition("#")[0]  # the note is in this file
            note = page.locator(f'[id="{href.partition("#")[2]}"]')
            assert note.count() == 1, f"{href} lands nowhere"
            assert note.evaluate("el => el.getAttributeNS('http://www.idpf.org/2007/ops', 'type')") == "footnote"
            back = note.locator("a.note-back").get_attribute("href")
            assert back.endswith(f"#{ref_id}")
        if refs:  # following a mark in the browser lands on its note
            page.locator("a.noteref").first.click()
            assert page.evaluate("location.hash") == "#" + refs[0][1].partition("#")[2]
    assert marks >= 2
    assert page.errors == []

"""The HTML edition of a PDF converted with --facsimile, in Chromium from file://: a page's
image opens from the keyboard beside its text, is loaded only then, and every pb/@facs
resolves to an image that loads."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit import api
from teikit.tei import TEI_NS
from tests.render import transform_to_dir

FIXTURE = Path(__file__).resolve().parents[1] / "pdf" / "fixtures" / "small-book.pdf"


def test_page_images_beside_the_text(tmp_path, open_page):
    edition = tmp_path / "tei" / "book.xml"
    edition.parent.mkdir()
    api.convert(FIXTURE, edition, facsimile=tmp_path / "images")
    facs = [pb.get("facs") for pb in etree.parse(str(edition)).iter(f"{{{TEI_NS}}}pb")]
    index = transform_to_dir(edition.read_bytes(), "html", tmp_path / "html", {},
                             edition.resolve().as_uri())
    page = open_page(index.resolve().as_uri())
    summaries = page.locator("details.facsimile > summary")
    assert summaries.count() == len(facs) == 3
    first = page.locator("details.facsimile img").first
    assert first.evaluate("img => img.complete && img.naturalWidth") == 0  # lazy: not yet
    summaries.first.focus()
    page.keyboard.press("Enter")
    first.wait_for(state="visible")
    page.wait_for_function("() => document.querySelector('details.facsimile img').naturalWidth > 0")
    box, text = first.bounding_box(), page.locator("p.paragraph").first.bounding_box()
    assert box["width"] > 100 and box["x"] > text["x"]  # beside the text, to its right
    page.evaluate("() => document.querySelectorAll('details.facsimile').forEach(d => d.open = true)")
    page.wait_for_function("() => [...document.querySelectorAll('details.facsimile img')]"
                           ".every(img => img.complete && img.naturalWidth > 0)")
    assert page.errors == []

"""Every output renders the correction markup as xslt/common/transcr.xsl decides (issue 12,
point 2): the reading text and the HTML show the corrected reading, the diplomatic text what
the source printed; each markup of tests/corrections/markup.py at its place in the edition."""
from __future__ import annotations

import re

import html5lib
import pytest
from lxml import etree, html as lxml_html

from corrections.markup import CASES, corrected_edition, BUNDLED_EDITION
from tests.golden_files import GOLDEN
from tests.render import transform_bytes, transform_to_dir


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    data = corrected_edition()
    out = tmp_path_factory.mktemp("corrected-html")
    index = transform_to_dir(data, "html", out, {"fail-on-unknown": True},
                             BUNDLED_EDITION.resolve().as_uri())
    page = index.read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    return {"reading": transform_bytes(data, "text", {"fail-on-unknown": True}),
            "inline": transform_bytes(data, "text", {"notes": "inline"}),
            "printed": transform_bytes(data, "diplomatic"),
            "html": lxml_html.document_fromstring(page)}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_reading_text(case, outputs):
    for view in ("reading", "inline"):
        text = _squeeze(outputs[view])
        for wanted in case.reading:
            assert _squeeze(wanted) in text, (view, wanted)
        for unwanted in case.not_reading:
            assert _squeeze(unwanted) not in text, (view, unwanted)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_diplomatic_text(case, outputs):
    text = _squeeze(outputs["printed"])
    for wanted in case.printed:
        assert _squeeze(wanted) in text
    for unwanted in case.not_printed:
        assert _squeeze(unwanted) not in text


def _visible_text(element) -> str:
    """The text a reader sees by default: without the hidden printed readings (edition.css)."""
    element = etree.fromstring(etree.tostring(element))
    for hidden in element.xpath("//*[contains(concat(' ', @class, ' '), ' printed ')]"
                                "[not(contains(concat(' ', @class, ' '), ' reading '))]"):
        if hidden.getparent() is not None:
            tail = hidden.tail
            parent = hidden.getparent()
            previous = hidden.getprevious()
            parent.remove(hidden)
            if tail and previous is not None:
                previous.tail = (previous.tail or "") + tail
            elif tail:
                parent.text = (parent.text or "") + tail
    return "".join(element.itertext())


@pytest.mark.parametrize("case", [c for c in CASES if c.html or c.reading], ids=lambda c: c.name)
def test_html(case, outputs):
    doc = outputs["html"]
    for selector, wanted in case.html:
        found = doc.cssselect(selector)
        assert found, selector
        assert any(wanted in "".join(e.itertext()) for e in found), (selector, wanted)
    main = _squeeze(_visible_text(doc.cssselect("main")[0]) + _visible_text(doc.cssselect("body")[0]))
    for wanted in case.reading:
        if "[…" not in wanted:  # the HTML marks a gap by its own label (span.gap above)
            assert _squeeze(wanted) in main, wanted


def test_html_reading_hides_superseded_text_until_as_printed(outputs):
    doc = outputs["html"]
    visible = _squeeze(_visible_text(doc.cssselect("main")[0]))
    for case in CASES:
        for unwanted in case.not_reading:
            assert _squeeze(unwanted) not in visible, (case.name, unwanted)
    assert doc.cssselect("button.printed-toggle[aria-pressed='false']")
    choice = doc.cssselect("span.choice")[0]
    assert choice.get("tabindex") == "0" and choice.get("title")


def test_the_unedited_edition_offers_no_toggle(tmp_path):
    """The converter's output (tei/ holds it with one editorial note: tests/corrections)."""
    unedited = GOLDEN / "000_8288889db83d07b8.xml"
    index = transform_to_dir(unedited.read_bytes(), "html", tmp_path, {}, unedited.resolve().as_uri())
    doc = lxml_html.document_fromstring(index.read_text(encoding="utf-8"))
    assert not doc.cssselect("button.printed-toggle") and not doc.cssselect("aside.editorial-notes")


@pytest.mark.parametrize("reason, shown", [("illegible", "字迹不清"), ("damage", "残损"),
                                           ("sampling", "")])
def test_gap_reason_in_the_reading_text(reason, shown):
    edition = BUNDLED_EDITION.read_text(encoding="utf-8")
    assert len(re.findall(r'<gap reason="sampling"[^>]*/>', edition)) == 1
    data = re.sub(r'<gap reason="sampling"[^>]*/>', f'<gap reason="{reason}"/>',
                  edition).encode("utf-8")
    assert f"社区治[…{shown}]" in transform_bytes(data, "text")

"""Real PDFs: random books of the genre typeset three ways (tests/pdf/typeset.py), printed by
headless Chromium, converted by ``teikit.pdf``; what comes back is the book that was typeset."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from lxml import etree

from teikit.pdf import convert_pdf
from teikit.pipeline import check_output
from teikit.tei import TEI_NS
from tests.properties import compare
from tests.properties.render import render
from tests.properties.strategies import books

from .typeset import LAYOUTS, expected_pages, typeset

T = f"{{{TEI_NS}}}"
EXAMPLES = settings(max_examples=3, derandomize=True, database=None, deadline=None,
                    suppress_health_check=list(HealthCheck),
                    phases=[Phase.explicit, Phase.generate])  # no shrinking: each is a PDF


def _converted(book, layout, printer, tmp_path_factory):
    r = render(book)
    body = sum(len(x) for item in r.items if item.section != "front" for x in item.lines)
    prose = sum(len(x) for item in r.items if item.kind in ("para", "cont") for x in item.lines)
    heads = sum(len(x) for item in r.items if item.kind in ("heading", "title") for x in item.lines)
    # a book's running text is most of it, and more than its headings: it sets the body size
    assume(body * 2 > len(r.text) and prose > 2 * heads)
    pdf = typeset(r, layout, tmp_path_factory.mktemp("pdf") / "book.pdf", printer)
    return r, convert_pdf(pdf)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@EXAMPLES
@given(book=books())
def test_pdf_book_comes_back(layout, book, printer, tmp_path_factory):
    r, c = _converted(book, layout, printer, tmp_path_factory)
    # every page break at its page, with the printed number
    numbered = [pb.get("n") for pb in c.tree.iter(f"{T}pb") if pb.get("n")]
    assert numbered == [str(n) for n in expected_pages(r) if n is not None]
    # paragraphs identical to the source book's, page breaks inside them where they fell
    found = [(where, ch, p.text, p.breaks) for where, ch, p in compare.paragraphs(c.book)]
    assert found == [(p.where, p.chapter, p.text, p.breaks) for p in r.paragraphs]
    # every footnote at its anchor, with its mark
    assert [p.anchors for _, _, p in compare.paragraphs(c.book)] == [
        [(offset, mark, r.notes[k].text) for offset, mark, k in p.anchors] for p in r.paragraphs]
    # headings and contents entries
    assert compare.headings(c.book) == [(h.chapter, h.level, h.label.strip(), h.label + h.title)
                                        for h in r.headings]
    assert compare.contents(c.book) == [(e.title, e.authors, e.page) for e in r.contents]
    # no running head or folio in the running text: each is an fw
    heads = sum(1 for item in r.items if item.kind == "page" and item.head)
    folios = sum(1 for n in expected_pages(r) if n is not None)
    fws = [fw.get("type") for fw in c.tree.iter(f"{T}fw")]
    assert (fws.count("header"), fws.count("pageNum")) == (heads, folios) or (
        layout == "modern" and fws.count("pageNum") == folios)
    check_output(c)  # valid, or OutputInvalidError

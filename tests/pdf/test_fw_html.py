"""The HTML edition of a converted PDF keeps its page furniture (fw: running heads, folios) out
of the running text: each fw is a hidden span at its page break, with its type and place."""
from __future__ import annotations

from pathlib import Path

from lxml import etree, html

from teikit import api
from teikit.tei import TEI_NS
from tests.render import transform_to_dir

FIXTURE = Path(__file__).parent / "fixtures" / "small-book.pdf"


APART = {"facsimile", "pb", "noteref"}  # a page image's disclosure, a page's marker, a note's


def _visible_text(element) -> str:
    """The text a reader sees of the running text: without hidden elements, and without the
    marks set apart from it (page markers, note marks, the page images' disclosures)."""
    out = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            out.append(child.tail or "")
            continue
        if child.get("hidden") is None and not APART & set((child.get("class") or "").split()):
            out.append(_visible_text(child))
        out.append(child.tail or "")
    return "".join(out)


def test_furniture_is_hidden_at_its_page_break(tmp_path):
    edition = tmp_path / "book.xml"
    api.convert(FIXTURE, edition)
    tei = etree.parse(str(edition))
    furniture = [(fw.get("type"), fw.get("place"), fw.text) for fw in tei.iter(f"{{{TEI_NS}}}fw")]
    heads = {text for kind, _place, text in furniture if kind == "header"}
    assert heads and any(kind == "pageNum" for kind, _p, _t in furniture)
    index = transform_to_dir(edition.read_bytes(), "html", tmp_path / "html", {},
                             edition.resolve().as_uri())
    page = html.parse(str(index))
    spans = page.xpath("//span[@class='fw']")
    assert [(s.get("data-type"), s.get("data-place"), s.text) for s in spans] == furniture
    assert all(s.get("hidden") is not None for s in spans)
    paragraphs = [_visible_text(p) for p in page.xpath("//p[@class='paragraph']")]
    tei_paragraphs = ["".join(p.xpath("text()")) for p in tei.iter(f"{{{TEI_NS}}}p")
                      if p.getparent().tag == f"{{{TEI_NS}}}div"]
    assert [p for p in paragraphs if any(head in p for head in heads)] == []
    # what a reader sees of each paragraph is the TEI paragraph's own text
    assert paragraphs == tei_paragraphs

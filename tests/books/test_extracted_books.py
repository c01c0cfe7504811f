"""Hand-made books as real extraction tools print them (tests/books/extracted/): pdftotext with
form feeds, pdftotext -layout, an OCR export, a copy-paste from a PDF viewer and pdftotext of
a printing that numbers its notes (1), all of one small book. Each must give the same edition facts; see teikit.pages."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from teikit.pipeline import check_output, convert_text
from tests.render import transform_bytes

HERE = Path(__file__).parent / "extracted"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
FORMATS = {"pdftotext": ("①", "①", "1"), "layout": ("①", "①", "- 1 -"),
           "ocr": ("〔1〕", "〔1〕", "1"), "copypaste": ("①", "①", "1"),
           "paren": ("(1)", "(1)", "1")}  # marks restart per page
PARAGRAPHS = [
    "街道党工委是城市基层党组织的核心，承担着统筹辖区党建、服务居民群众的重要职责。近年来，各地"
    "不断完善街道党工委的组织设置，推动党建工作向社区延伸。",
    "改革开放以来，街道党组织经历了从单一管理到综合服务的转变，这一过程既反映了城市社会结构的"
    "深刻变化，也体现了党的建设与社会治理的相互促进。",
    "随着新经济组织和新社会组织的大量出现，街道党组织的覆盖面不断扩大，楼宇党建、园区党建等新"
    "形式不断涌现，组织覆盖从单位延伸到区域。",
    "服务是街道党组织的基本功能。街道党工委通过建立党群服务中心，把服务资源下沉到社区，使党员"
    "群众在家门口就能得到便利的服务。",
    "服务功能的发挥离不开制度保障。各街道普遍建立了党员联系群众制度，定期走访居民，了解群众需求。",
]


@pytest.fixture(scope="module", params=sorted(FORMATS))
def edition(request):
    text = (HERE / f"{request.param}.txt").read_text(encoding="utf-8")
    return request.param, text, convert_text(text, f"{request.param}.txt")


def _p_text(p) -> str:
    """A paragraph's printed running text: notes and furniture left out."""
    parts = [p.text or ""]
    for child in p:
        parts.append(child.tail or "")
    return "".join(parts)


def test_paragraphs_joined_and_no_furniture_in_the_text(edition):
    fmt, _, c = edition
    ps = c.tree.getroot().findall(".//t:body//t:p", NS)
    assert [_p_text(p) for p in ps] == PARAGRAPHS
    heads = [h.text for h in c.tree.getroot().findall(".//t:body//t:head", NS)]
    assert heads == ["第一章　街道党建的组织基础", "一、组织设置的演变", "二、组织覆盖的扩展",
                     "第二章　街道党建的服务功能"]


def test_page_breaks_with_printed_numbers_and_furniture(edition):
    fmt, _, c = edition
    body = c.tree.getroot().find(".//t:body", NS)
    assert [pb.get("n") for pb in body.iter("{%s}pb" % NS["t"])] == ["1", "2", "3", "4"]
    fws = [(fw.get("type"), fw.get("place"), fw.text) for fw in body.iter("{%s}fw" % NS["t"])]
    folio = FORMATS[fmt][2]
    assert [f for f in fws if f[0] == "header"] == [("header", "top", "街道党建的实践与思考")] * 2
    assert [f[2] for f in fws if f[0] == "pageNum"] == [folio.replace("1", n) for n in "1234"] \
        if fmt != "ocr" else ["1", "2", "３", "4"]
    # the mid-paragraph page end: foot folio, the break, the head, inside the paragraph
    split = body.findall(".//t:p", NS)[1]
    assert [child.tag.split("}")[1] for child in split] == ["fw", "pb", "fw"]


def test_notes_at_their_anchors(edition):
    fmt, _, c = edition
    notes = c.tree.getroot().findall(".//t:body//t:p/t:note", NS)
    assert [n.get("n") for n in notes] == list(FORMATS[fmt][:2])
    assert "".join(notes[1].itertext()) == "《楼宇党建的新探索》，《南方日报》2011年5月8日。"


def test_contents_valid_and_lossless(edition):
    fmt, text, c = edition
    items = c.tree.getroot().findall(".//t:list[@type='contents']/t:item", NS)
    assert len(items) == 3
    check_output(c)  # raises when the project schema rejects the edition
    assert c.reporter.warnings == []
    diplomatic = transform_bytes(c.to_bytes(), "diplomatic")
    assert re.sub(r"\s+", "", diplomatic) == re.sub(r"\s+", "", text)


def test_form_feeds_keep_line_numbers(edition):
    fmt, text, c = edition
    line = next(i for i, l in enumerate(text.split("\n"), 1) if "第二章　街道党建的服务功能" == l.strip()
                .lstrip("\f") and i > 10)
    chapter = c.book.chapters[1]
    assert chapter.line == line

"""The bundled book's front matter as a model (lines copied from the source text), and a
minimal TEI document around a header for validation (``tei_all`` comes from tests/conftest.py)."""
from __future__ import annotations

from lxml import etree

from teikit import model
from teikit.tei import E

# Lines 3-55 of tei/000_8288889db83d07b8.txt (the bundled book), with their line numbers.
BUNDLED_CIP = [
    (32, "广州党建研究报告. 4, 基层党建工作创新专题调研 / 尹德慈主编. —广州: 广东经济出版社, 2013. 12"),
    (33, "ISBN 978-7-5454-2978-7"),
    (35, "I. ①广… II. ①尹… III. ①中国共产党—党的建设—研究报告—广州市 "
         "②中国共产党—基层组织—党的建设—研究报告—广州市 IV. ①D26"),
    (37, "中国版本图书馆CIP数据核字 (2013) 第274898号"),
]
BUNDLED_COLOPHON = [
    (39, "出版", "广东经济出版社 (广州市环市东路水荫路11号11~12楼)"),
    (40, "发行", ""),
    (41, "经销", "全国新华书店"),
    (42, "印刷", "广州市东盛彩印有限公司 (广州市天河区广棠西路3号A、B栋1楼)"),
    (43, "开本", "787毫米×1092毫米 1/16"),
    (44, "印张", "28.5"),
    (45, "字数", "466千字"),
    (46, "版次", "2013年12月第1版"),
    (47, "印次", "2013年12月第1次"),
    (48, "书号", "ISBN 978-7-5454-2978-7"),
    (49, "定价", "60.00元"),
]
BUNDLED_NOTICES = [
    (51, "如发现印装质量问题, 影响阅读, 请与承印厂联系调换。"),
    (53, "装帧设计: 友间文化"),
    (55, "• 版权所有 翻印必究 •"),
]


def cip_block(lines: list[tuple[int, str]], heading_line: int = 30) -> model.CipBlock:
    return model.CipBlock(model.SourceLine("图书在版编目 (CIP) 数据", heading_line),
                          [model.SourceLine(text, n) for n, text in lines])


def colophon(rows, notices) -> model.Colophon:
    return model.Colophon([model.ColophonRow(k, v, n) for n, k, v in rows],
                          [model.SourceLine(t, n) for n, t in notices])


def bundled_title_pages() -> list[model.TitlePage]:
    half = model.TitlePage("cover", [
        model.TitleLine("funding", "广州市党史党建重点研究基地出版资助项目", 3),
        model.TitleLine("prize", "全国党建研究会2012年度优秀调研成果", 4),
        model.TitleLine("series", "广州党建研究报告(4)", 6),
        model.TitleLine("title", "基层党建工作创新专题调研", 8),
        model.TitleLine("byline", "尹德慈 ◎主编", 10),
        model.TitleLine("imprint", "廣東省出版集團", 15, "zh-Hant"),
        model.TitleLine("imprint", "廣東經濟出版社", 16, "zh-Hant"),
    ], line=3)
    main = model.TitlePage("main", [
        model.TitleLine("funding", "广州市党史党建重点研究基地出版资助项目", 18),
        model.TitleLine("prize", "全国党建研究会2012年度优秀调研成果", 19),
        model.TitleLine("series", "广州党建研究报告(4)", 21),
        model.TitleLine("title", "基层党建工作创新专题调研", 23),
        model.TitleLine("imprint", "廣東省出版集團", 27, "zh-Hant"),
        model.TitleLine("imprint", "广东经济出版社", 28),
    ], line=18)
    return [half, main]


def bundled_book() -> model.Book:
    """The bundled book's front matter, one chapter of 44 contents entries, truncated."""
    contents = model.Contents(model.Heading(["目 录"], line=85), line=85, entries=[
        model.ContentsEntry(f"entry {i}", page=str(i)) for i in range(44)])
    return model.Book(
        source_name="000_8288889db83d07b8.txt",
        front=[*bundled_title_pages(), cip_block(BUNDLED_CIP),
               colophon(BUNDLED_COLOPHON, BUNDLED_NOTICES), contents],
        chapters=[model.Chapter(model.Heading(["广州基层党组织建设实践创新研究"], line=223),
                                xml_id="ch1", line=223)],
        truncated=model.Gap(line=265),
        editorial=model.Editorial(joined_paragraphs=5, moved_notes=4, division_notes=1,
                                  page_breaks=6, numbered_page_breaks=2))


def tei_document(header: etree._Element, stand_off: etree._Element | None = None) -> etree._Element:
    """A minimal TEI document around ``header`` (and ``stand_off``), for validation."""
    text = E.text(E.body(E.p("x")))
    return E.TEI(header, text, *([stand_off] if stand_off is not None else []),
                 {"{http://www.w3.org/XML/1998/namespace}lang": "zh-Hans"})


def assert_valid(schema: etree.RelaxNG, document: etree._Element) -> None:
    ok = schema.validate(etree.ElementTree(document))
    assert ok, "\n".join(str(e) for e in schema.error_log) + "\n" + etree.tostring(
        document, pretty_print=True, encoding="unicode")

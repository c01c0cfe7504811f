"""tests.readback: editions read back into the model they were serialised from."""
from __future__ import annotations

from pathlib import Path

import pytest

from teikit.errors import Reporter, XMLInputError
from teikit.header.settings import EditionSettings
from teikit.model import (Bibl, Book, Chapter, Closer, ColophonRow, Contents, ContentsEntry,
                          Division, Field, Gap, Heading, Note, PageBreak, Paragraph, SourceLine,
                          TitleLine)
from teikit.pipeline import convert_text, serialize_tree, tei_document
from tests.readback import comparable, read_edition
from teikit.tei import TEI_NS
from tests.conftest import BUNDLED_EDITION, BUNDLED_SOURCE, TEST_BOOKS

SOURCES = [BUNDLED_SOURCE] + [p / "source.txt" for p in TEST_BOOKS]
IDS = [BUNDLED_SOURCE.stem] + [p.name for p in TEST_BOOKS]


def settings(identifier: str) -> EditionSettings:
    return EditionSettings(date="2000-01-01", teikit_version="0.0.0", identifier=identifier)


def edition(text: str, header: str = "") -> bytes:
    """A hand-made edition: ``text`` is the content of ``<text>``, ``header`` of ``teiHeader``."""
    return (f'<TEI xmlns="{TEI_NS}" xml:lang="zh-Hans"><teiHeader>{header}</teiHeader>'
            f"<text>{text}</text></TEI>").encode()


def chapter_of(body: str, header: str = "", front: str = "") -> Chapter:
    book = read_edition(edition(f"{front}<body>{body}</body>", header))
    assert len(book.chapters) == 1
    return book.chapters[0]


# --- whole books ---------------------------------------------------------------------


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_a_converted_book_reads_back_as_its_model(source: Path):
    conversion = convert_text(source.read_text(encoding="utf-8"), source.name, settings("x"))
    book = read_edition(conversion.to_bytes())
    assert comparable(book) == comparable(conversion.book)


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_the_read_back_model_serialises_to_the_same_bytes(source: Path):
    conversion = convert_text(source.read_text(encoding="utf-8"), source.name, settings("x"))
    data = conversion.to_bytes()
    again = serialize_tree(tei_document(read_edition(data), Reporter(source.name), settings("x")))
    assert again.decode() == data.decode()


def test_the_committed_edition_reads_back_as_the_conversion_of_its_source():
    conversion = convert_text(BUNDLED_SOURCE.read_text(encoding="utf-8"), BUNDLED_SOURCE.name)
    book = read_edition(BUNDLED_EDITION)
    assert comparable(book) == comparable(conversion.book)
    assert book.source_name == BUNDLED_SOURCE.name
    assert [c.page_from for c in book.chapters] == ["1"]


# --- front matter ------------------------------------------------------------------------


def test_title_page_lines_keep_role_order_and_traditional_script():
    book = read_edition(edition(
        '<front><titlePage type="cover">'
        '<titlePart type="funding">甲基金资助项目</titlePart>'
        '<docTitle><titlePart type="series">乙丛书(4)</titlePart>'
        '<titlePart type="main">丙</titlePart><titlePart type="sub">丁</titlePart>'
        '<titlePart type="subtitle">——戊</titlePart></docTitle>'
        '<byline><docAuthor>王明</docAuthor> ◎主编</byline>'
        '<docImprint><publisher xml:lang="zh-Hant">廣東省出版集團</publisher><lb/>'
        "<publisher>广东经济出版社</publisher></docImprint>"
        "</titlePage></front><body/>"))
    page = book.front[0]
    assert page.type == "cover"
    assert page.lines == [
        TitleLine("funding", "甲基金资助项目"), TitleLine("series", "乙丛书(4)"),
        TitleLine("title", "丙"), TitleLine("title", "丁"), TitleLine("subtitle", "——戊"),
        TitleLine("byline", "王明 ◎主编"),
        TitleLine("imprint", "廣東省出版集團", lang="zh-Hant"),
        TitleLine("imprint", "广东经济出版社")]


CIP_TEXT = ('<front><div type="cip"><head>图书在版编目 (CIP) 数据</head>'
            "<p>甲. —广州: 乙出版社, 2013</p><p>ISBN 978-7-5454-2978-7</p></div></front><body/>")


def test_cip_lines_take_back_the_spaces_of_the_header_record():
    header = ('<fileDesc><sourceDesc><biblStruct><note type="cip">图书在版编目 (CIP) 数据<lb/>'
              "甲. —广州: 乙出版社, 2013 <lb/>ISBN 978-7-5454-2978-7</note></biblStruct>"
              "</sourceDesc></fileDesc>")
    cip = read_edition(edition(CIP_TEXT, header)).cip
    assert cip.heading.text == "图书在版编目 (CIP) 数据"
    assert [line.text for line in cip.lines] == ["甲. —广州: 乙出版社, 2013 ",
                                                 "ISBN 978-7-5454-2978-7"]


def test_cip_lines_of_the_text_win_over_a_header_record_that_differs():
    header = '<note type="cip">图书在版编目 (CIP) 数据<lb/>别的<lb/>ISBN 978-7-5454-2978-7</note>'
    cip = read_edition(edition(CIP_TEXT, header)).cip
    assert [line.text for line in cip.lines] == ["甲. —广州: 乙出版社, 2013",
                                                 "ISBN 978-7-5454-2978-7"]


def test_colophon_rows_keep_empty_values_and_notices():
    colophon = read_edition(edition(
        '<front><div type="colophon"><table>'
        '<row><cell role="label">出版</cell><cell>乙出版社</cell></row>'
        '<row><cell role="label">发行</cell><cell/></row></table>'
        "<p>• 版权所有 翻印必究 •</p></div></front><body/>")).colophon
    assert colophon.rows == [ColophonRow("出版", "乙出版社"), ColophonRow("发行", "")]
    assert [n.text for n in colophon.notices] == ["• 版权所有 翻印必究 •"]


def test_preface_blocks_closer_and_page_breaks():
    book = read_edition(edition(
        '<front><div type="preface" xml:id="preface"><head>序 言</head>'
        "<p>自身状<pb/>况都发生了。</p><head>二</head>"
        '<closer><signed>王永平<note place="foot" n="*" xml:id="n1">王永平，研究员。</note>'
        '</signed><dateline><date when="2012-09">2012年9月</date></dateline></closer>'
        "<pb/></div></front><body/>"))
    preface = book.front[0]
    assert preface.head.content == ["序 言"] and preface.xml_id == "preface"
    closer = Closer(signed=["王永平", Note("*", ["王永平，研究员。"], xml_id="n1")],
                    dateline="2012年9月", when="2012-09")
    assert preface.blocks == [Paragraph(["自身状", PageBreak(), "况都发生了。"]),
                              Heading(["二"]), closer, PageBreak()]
    assert preface.closer is preface.blocks[2]


CONTENTS = ('<front><div type="contents"><head>目 录</head><list type="contents">{}</list></div>'
            "</front><body/>")


@pytest.mark.parametrize("item, expected", [
    ('<item n="1"><ref target="#ch1"><title level="a">甲</title></ref><lb/>'
     '<pc type="leader">.....</pc><orgName>广州市党建学会</orgName>、<persName>王明</persName>'
     '(<num type="page" value="1">1</num>)</item>',
     ContentsEntry("甲", ["广州市党建学会", "王明"], "1", ".....", "(", ")", ["、"], True,
                   target="ch1", number=1)),
    ('<item n="2"><title level="a">后记</title><pc type="leader">.....</pc>'
     '（<num type="page" value="445">445</num>）</item>',
     ContentsEntry("后记", [], "445", ".....", "（", "）", number=2)),
    ('<item n="3"><title level="a">乙</title><name>A</name>；<name>B</name>'
     '<num type="page" value="7">7</num></item>',
     ContentsEntry("乙", ["A", "B"], "7", "", "", "", ["；"], number=3)),
    ('<item n="4">\n  <title level="a">丙</title>\n  <orgName>中共某委</orgName>\n</item>',
     ContentsEntry("丙", ["中共某委"], None, number=4)),
], ids=["two-lines", "afterword", "no-leader", "no-page"])
def test_contents_entry_fields(item, expected):
    assert read_edition(edition(CONTENTS.format(item))).contents.entries == [expected]


def test_contents_entry_last_page_comes_from_the_header_list_of_chapters():
    header = ('<listBibl type="chapters"><bibl xml:id="src-toc1"><title level="a">甲</title>'
              '<biblScope unit="page" from="1" to="29">1–29</biblScope></bibl></listBibl>')
    item = '<item n="1"><title level="a">甲</title>(<num type="page" value="1">1</num>)</item>'
    entry = read_edition(edition(CONTENTS.format(item), header)).contents.entries[0]
    assert (entry.page, entry.page_to, entry.bibl_id) == ("1", "29", "src-toc1")


def test_text_the_serialiser_never_writes_in_a_contents_entry_is_refused():
    item = '<item n="1"><title level="a">甲</title>stray<orgName>某委</orgName></item>'
    with pytest.raises(XMLInputError, match="unexpected text 'stray'"):
        read_edition(edition(CONTENTS.format(item)))


# --- chapters --------------------------------------------------------------------------

CHAPTER_CONTENTS = ('<front><div type="contents"><head>目录</head><list type="contents">'
                    '<item n="1"><ref target="#ch1"><title level="a">题</title></ref>'
                    '(<num type="page" value="5">5</num>)</item></list></div></front>')
CHAPTER_HEADER = ('<listBibl type="chapters"><bibl xml:id="src-toc1" corresp="#ch1">'
                  '<title level="a">题</title><biblScope unit="page" from="5" to="9">5–9'
                  "</biblScope></bibl></listBibl>")


def test_chapter_fields_page_range_and_contents_entry():
    chapter = chapter_of(
        '<pb n="5"/><div type="chapter" n="1" xml:id="ch1" corresp="#src-toc1">'
        '<head>题<note place="foot" n="*" xml:id="n1">题注。</note></head>'
        "<byline><docAuthor>\n  <orgName>广州市党建学会</orgName>\n</docAuthor>"
        "<docAuthor><persName>王明</persName></docAuthor></byline>"
        '<note place="foot" anchored="false" xml:id="n2">本研究报告属于课题成果。</note>'
        "<argument><head>【内容提要】</head><p>提要。</p><pb n=\"6\"/><p>又。</p></argument>"
        "<p>正文。</p></div>", CHAPTER_HEADER, CHAPTER_CONTENTS)
    assert (chapter.n, chapter.xml_id, chapter.page_from, chapter.page_to) == ("1", "ch1", "5", "9")
    assert chapter.head.content == ["题", Note("*", ["题注。"], xml_id="n1")]
    assert chapter.authors == [SourceLine("广州市党建学会", 0), SourceLine("王明", 0)]
    assert chapter.notes == [Note(None, ["本研究报告属于课题成果。"], anchored=False, xml_id="n2")]
    assert chapter.abstract_label == "【内容提要】"
    assert chapter.abstract == [Paragraph(["提要。"]), PageBreak("6"), Paragraph(["又。"])]
    assert chapter.blocks == [Paragraph(["正文。"])]
    assert chapter.entry.title == "题" and chapter.entry.target == "ch1"


def test_nested_divisions_keep_type_number_and_id():
    chapter = chapter_of(
        '<div type="chapter" xml:id="div1"><div type="section" n="1" xml:id="div1-1">'
        "<head>一、甲</head><p>文。</p>"
        '<div type="subsection" n="2" xml:id="div1-1-1"><head>（二）乙</head></div>'
        "</div></div>")
    assert chapter.head is None and chapter.entry is None and chapter.page_from is None
    section = chapter.blocks[0]
    assert (section.type, section.n, section.xml_id) == ("section", "1", "div1-1")
    assert section.head.content == ["一、甲"] and section.head.number == "1"
    sub = section.blocks[1]
    assert isinstance(sub, Division) and (sub.type, sub.n, sub.xml_id) == (
        "subsection", "2", "div1-1-1")
    assert section.blocks[0] == Paragraph(["文。"]) and sub.blocks == []


def test_footnote_with_caret_and_tagged_citation():
    chapter = chapter_of(
        '<div type="chapter"><p>前。<note place="foot" n="①" rend="sup" xml:id="n3">'
        '<bibl type="book" xml:id="bibl1"><author>胡锦涛</author>：《<title level="m">题</title>》，'
        '<date when="2012">2012年</date>版，'
        '<biblScope from="49" to="50" unit="page">第49—50页</biblScope>。</bibl></note>后。</p>'
        "</div>")
    note = chapter.blocks[0].content[1]
    assert (note.n, note.caret, note.anchored, note.xml_id) == ("①", True, True, "n3")
    assert note.content == [Bibl("book", [
        Field("author", "胡锦涛"), "：《", Field("title", "题", {"level": "m"}), "》，",
        Field("date", "2012年", {"when": "2012"}), "版，",
        Field("biblScope", "第49—50页", {"from": "49", "to": "50", "unit": "page"}), "。"],
        xml_id="bibl1")]
    assert chapter.blocks[0].content[0] == "前。" and chapter.blocks[0].content[2] == "后。"


def test_a_paragraph_of_elements_only_reads_back_without_the_indentation():
    chapter = chapter_of('<div type="chapter">\n  <p>\n    <pb n="3"/>\n    '
                         '<note place="foot" n="①">注。</note>\n  </p>\n</div>')
    assert chapter.blocks == [Paragraph([PageBreak("3"), Note("①", ["注。"])])]


def test_the_gap_closing_the_last_paragraph_is_the_excerpt_end():
    book = read_edition(edition('<body><div type="chapter"><p>文<gap reason="sampling"/></p>'
                                '<p>社区治<gap reason="sampling"/></p></div></body>'))
    assert book.truncated == Gap("sampling")
    assert book.chapters[0].blocks == [Paragraph(["文", Gap("sampling")]),
                                       Paragraph(["社区治"])]


@pytest.mark.parametrize("body, truncated", [
    ('<p><gap reason="sampling"/></p>', None),
    ('<gap reason="sampling"/>', Gap("sampling")),
], ids=["placeholder", "gap-in-body"])
def test_a_body_without_running_text(body, truncated):
    book = read_edition(edition(f"<body>{body}</body>"))
    assert book.chapters == [] and book.truncated == truncated


# --- header ------------------------------------------------------------------------------


def num(field: str, n: int) -> str:
    return f'<num type="{field}" value="{n}">{n}</num>'


def test_source_name_and_editorial_counts_come_from_the_header():
    header = (
        f"<encodingDesc><editorialDecl><segmentation><p>{num('joined_paragraphs', 1)} paragraph "
        "split by a page break rejoined into one.</p></segmentation><interpretation>"
        f"<p>{num('moved_notes', 5)} footnotes moved.</p>"
        f"<p>{num('division_notes', 1)} unmarked note.</p>"
        f"<p>{num('page_breaks', 9)} page breaks.</p>"
        f"<p>{num('numbered_page_breaks', 5)} page breaks with a page number.</p>"
        f"<p>{num('unmatched_notes', 2)} notes.</p>"
        f"<p>{num('unmatched_anchors', 1)} note anchor.</p></interpretation></editorialDecl>"
        "</encodingDesc><revisionDesc><change when=\"2001-01-01\">Fixed a typo.</change>"
        '<change when="2000-01-01">Converted from a b.txt to TEI P5 by teikit 0.0.0.</change>'
        "</revisionDesc>")
    book = read_edition(edition("<body/>", header))
    assert book.source_name == "a b.txt"
    ed = book.editorial
    assert (ed.joined_paragraphs, ed.moved_notes, ed.division_notes, ed.page_breaks,
            ed.numbered_page_breaks, ed.unmatched_notes, ed.unmatched_anchors) == (
        1, 5, 1, 9, 5, 2, 1)


# --- refusals ------------------------------------------------------------------------------


def test_an_element_teikit_does_not_write_is_refused_with_its_line():
    with pytest.raises(XMLInputError, match=r"<table> is not expected in a paragraph") as error:
        read_edition(edition('<body><div type="chapter">\n<p><table/></p></div></body>'))
    assert error.value.line == 2


def test_a_document_that_is_not_tei_is_refused():
    with pytest.raises(XMLInputError, match="not a TEI document"):
        read_edition(b"<html/>")


def test_entity_declarations_are_refused_by_the_safe_parser():
    data = b'<!DOCTYPE TEI [<!ENTITY x "y">]>' + edition("<body/>")
    with pytest.raises(XMLInputError, match="entity declarations"):
        read_edition(data)


# --- comparable ------------------------------------------------------------------------------


def test_comparable_ignores_line_numbers_but_not_text():
    one = Book(chapters=[Chapter(head=Heading(["甲"], line=3), line=3,
                                 blocks=[Paragraph(["a", "", "b"], line=4, end_line=5)])])
    other = Book(chapters=[Chapter(head=Heading(["甲"], line=9), line=9,
                                   blocks=[Paragraph(["ab"], line=1)])])
    assert comparable(one) == comparable(other)
    other.chapters[0].blocks[0].content = ["abc"]
    assert comparable(one) != comparable(other)


def test_comparable_keeps_the_separators_and_brackets_the_tei_prints():
    listed = ContentsEntry("甲", ["A", "B", "C"], "1", separators=["；"], line=7)
    printed = ContentsEntry("甲", ["A", "B", "C"], "1", separators=["；", "、"])
    assert comparable(listed) == comparable(printed)
    assert comparable(ContentsEntry("甲", page_open="（")) == comparable(ContentsEntry("甲"))
    assert comparable(ContentsEntry("甲", page="1", page_open="（")) != comparable(
        ContentsEntry("甲", page="1"))


def test_comparable_ignores_what_detection_knew_of_a_heading():
    detected = Division("section", Heading(["一、甲"], label="一、", scheme="cn1", number="1"),
                        n="1", scheme="cn1")
    read = Division("section", Heading(["一、甲"], number="1"), n="1")
    assert comparable(detected) == comparable(read)
    assert comparable(detected) != comparable(Division("section", Heading(["一、甲"]), n="2"))


def test_comparable_compares_a_chapter_entry_by_its_number():
    first = Contents(Heading(["目录"]), [ContentsEntry("甲", number=1)])
    chapter = Chapter(head=None, entry=first.entries[0])
    assert comparable(chapter)["entry"] == 1
    assert comparable(Chapter(head=None))["entry"] is None

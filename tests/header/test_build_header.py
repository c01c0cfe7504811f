"""The teiHeader of the bundled book and of invented books: every source fact present,
nothing invented, valid against TEI P5 tei_all.rng."""
import pytest
from header.books import (BUNDLED_CIP, BUNDLED_NOTICES, assert_valid,
                      bundled_book, cip_block, colophon, tei_document)

from teikit import model
from teikit.bibliography import build_list_bibl, collect
from teikit.citations import parse_citation
from teikit.errors import Reporter
from teikit.header import EditionSettings, build_header
from teikit.tei import TEI_NS, E

NS = {"t": TEI_NS}
SETTINGS = EditionSettings(date="2024-01-02")


def header_of(book, settings=SETTINGS):
    reporter = Reporter()
    return build_header(book, settings, reporter), reporter


def texts(element, path):
    return ["".join(e.itertext()) for e in element.xpath(path, namespaces=NS)]


def attrs(element, path, name):
    return [e.get(name) for e in element.xpath(path, namespaces=NS)]


@pytest.fixture(scope="module")
def bundled():
    header, reporter = header_of(bundled_book())
    assert reporter.messages == []
    return header


def test_bundled_title_statement(bundled):
    ts = "t:fileDesc/t:titleStmt/"
    assert texts(bundled, ts + "t:title[@type='main']") == ["广州党建研究报告"]
    assert texts(bundled, ts + "t:title[@type='part'][@n='4']") == ["基层党建工作创新专题调研"]
    assert texts(bundled, ts + "t:editor[not(@role)]") == ["尹德慈"]
    # the print's funding line funds the print: it describes the source, not this encoding
    assert texts(bundled, ts + "t:funder") == []
    sd = "t:fileDesc/t:sourceDesc/t:biblStruct/t:note[@type='funding']"
    assert texts(bundled, sd) == ["广州市党史党建重点研究基地出版资助项目"]
    assert texts(bundled, sd + "/t:orgName") == ["广州市党史党建重点研究基地"]
    # no person was named: none is invented, and the software is no person
    assert texts(bundled, ts + "t:respStmt") == []
    named = bundled.xpath("//*[not(*)][normalize-space() = 'teikit']", namespaces=NS)
    assert named == bundled.xpath("t:encodingDesc/t:appInfo/t:application/t:label",
                                  namespaces=NS)


def test_bundled_multipart_reading_prize_extent_and_publication(bundled):
    """The CIP ``广州党建研究报告. 4, 基层党建工作创新专题调研`` has no series statement: one
    reading, a multipart work (common title, part number, part title), and no series anywhere."""
    fd = "t:fileDesc/"
    monogr = fd + "t:sourceDesc/t:biblStruct/t:monogr/"
    assert texts(bundled, monogr + "t:title[@type='main']") == ["广州党建研究报告"]
    assert attrs(bundled, monogr + "t:title[@type='part']", "n") == ["4"]
    assert texts(bundled, monogr + "t:title[@type='part']") == ["基层党建工作创新专题调研"]
    assert texts(bundled, fd + "t:seriesStmt") == []
    assert texts(bundled, fd + "t:sourceDesc/t:biblStruct/t:series") == []
    assert texts(bundled, fd + "t:notesStmt/t:note[@type='prize']") == ["全国党建研究会2012年度优秀调研成果"]
    assert attrs(bundled, fd + "t:extent/t:measure", "quantity") == ["1", "44"]
    assert "excerpt" in texts(bundled, fd + "t:extent")[0]
    assert attrs(bundled, fd + "t:publicationStmt/t:availability/t:licence", "target") == [
        "https://creativecommons.org/licenses/by/4.0/"]
    assert attrs(bundled, fd + "t:publicationStmt/t:date", "when") == ["2024-01-02"]
    # the licence covers the encoding; the printed text keeps its copyright
    availability = fd + "t:publicationStmt/t:availability"
    assert attrs(bundled, availability, "status") == ["restricted"]
    rights = texts(bundled, availability + "/t:p")[0]
    assert "广东经济出版社" in rights and "版权所有 翻印必究" in rights
    assert "encoding" in texts(bundled, availability + "/t:licence")[0]


def test_english_prose_of_the_header_is_tagged_english(bundled):
    for element in bundled.iter():
        own = "".join(t for t in [element.text, *(c.tail for c in element)] if t)
        if sum(c.isascii() and c.isalpha() for c in own) > 20:
            lang = element.xpath("ancestor-or-self::*[@xml:lang][1]/@xml:lang")
            assert lang == ["en"], (element.tag, own[:60])


def test_bundled_source_description_holds_every_cip_and_colophon_fact(bundled):
    m = "t:fileDesc/t:sourceDesc/t:biblStruct/t:monogr/"
    assert texts(bundled, m + "t:title[@level='m']") == ["广州党建研究报告", "基层党建工作创新专题调研"]
    assert texts(bundled, m + "t:idno[@type='ISBN']") == ["978-7-5454-2978-7"]
    assert texts(bundled, m + "t:idno[@type='CIP']") == ["(2013) 第274898号"]
    assert texts(bundled, m + "t:editor[not(@role)]") == ["尹德慈"]
    assert texts(bundled, m + "t:respStmt[t:resp='装帧设计']/t:name") == ["友间文化"]
    assert texts(bundled, m + "t:availability/t:p") == ["版权所有 翻印必究"]
    assert texts(bundled, m + "t:edition") == ["2013年12月第1版"]
    assert attrs(bundled, m + "t:edition/t:date", "when") == ["2013-12"]
    i = m + "t:imprint/"
    assert texts(bundled, i + "t:pubPlace") == ["广州"]  # the street address: in the colophon
    assert texts(bundled, i + "t:publisher") == ["广东经济出版社"]
    assert texts(bundled, i + "t:distributor[not(@n)]") == ["全国新华书店"]
    assert attrs(bundled, i + "t:date", "when") == ["2013-12"]
    assert texts(bundled, i + "t:respStmt[t:resp='印刷']/t:orgName") == ["广州市东盛彩印有限公司"]
    assert texts(bundled, i + "t:respStmt/t:note[@type='address']") == ["广州市天河区广棠西路3号A、B栋1楼"]
    measures = bundled.xpath(m + "t:extent/t:measure", namespaces=NS)
    assert [(e.get("type"), e.get("unit"), e.get("quantity"), e.text) for e in measures] == [
        ("format", None, None, "787毫米×1092毫米 1/16"), (None, "sheet", "28.5", "28.5"),
        (None, "kiloword", "466", "466千字")]


def test_bundled_biblstruct_notes_and_the_cip_record_transcribed_once(bundled):
    b = "t:fileDesc/t:sourceDesc/t:biblStruct/"
    assert texts(bundled, b + "t:note[@type='printing']") == ["2013年12月第1次"]
    assert attrs(bundled, b + "t:note[@type='price']/t:measure", "quantity") == ["60.00"]
    assert texts(bundled, b + "t:note[@type='price']") == ["60.00元"]
    assert texts(bundled, b + "t:note[@type='notice']") == [BUNDLED_NOTICES[0][1]]
    # the record as printed is in the front matter; the header points at it (issue 14)
    assert bundled.xpath(b + "t:note[@type='cip']", namespaces=NS) == []
    assert attrs(bundled, b + "t:ptr[@type='cip']", "target") == ["#cip-record"]
    from teikit.serialize import cip_block as front_cip

    [cip] = [front_cip(item) for item in bundled_book().front if isinstance(item, model.CipBlock)]
    assert cip.get("{http://www.w3.org/XML/1998/namespace}id") == "cip-record"
    assert [p.text for p in cip] == ["图书在版编目 (CIP) 数据"] + [
        text.strip() for _, text in BUNDLED_CIP]


def test_bundled_encoding_and_profile(bundled):
    assert attrs(bundled, "t:encodingDesc/t:classDecl/t:taxonomy",
                 "{http://www.w3.org/XML/1998/namespace}id") == ["clc", "cct"]
    # the subject headings name their scheme, and the pointer resolves
    assert attrs(bundled, "t:profileDesc/t:textClass/t:keywords", "scheme") == ["#cct"]
    interpretation = " ".join(texts(bundled, "t:encodingDesc/t:editorialDecl/t:interpretation/t:p"))
    assert "4 footnotes moved" in interpretation and "from the start page printed in the contents" in interpretation
    assert texts(bundled, "t:encodingDesc/t:editorialDecl/t:segmentation") == [
        "5 paragraphs split by a page break rejoined into one."]
    assert attrs(bundled, "t:profileDesc/t:langUsage/t:language", "ident") == ["zh-Hans", "zh-Hant"]
    assert texts(bundled, "t:profileDesc/t:textClass/t:classCode[@scheme='#clc']") == ["D26"]
    assert texts(bundled, "t:profileDesc/t:textClass/t:keywords/t:term") == [
        "中国共产党—党的建设—研究报告—广州市", "中国共产党—基层组织—党的建设—研究报告—广州市"]
    assert attrs(bundled, "t:revisionDesc/t:change", "when") == ["2024-01-02"]


INVENTED_CIP = [
    (10, "城市治理新论：理论与实践 / 张三，李四主编；王五著；赵六译．—北京：人民出版社，2015．3"),
    (11, "（城市研究丛书；3）"),
    (12, "ISBN 978-7-01-012345-1"),
    (13, "Ⅰ．①城…　Ⅱ．①张…　Ⅲ．①城市管理-研究-中国②社会治理-研究　Ⅳ．①D630 ②F299.21"),
    (14, "中国版本图书馆CIP数据核字（2015）第012345号"),
]
INVENTED_COLOPHON = [(20, "出版", "人民出版社"), (21, "印刷", "某某印刷厂"),
                     (22, "版次", "2015年3月第1版"), (23, "定价", "45.00元")]


def invented_book():
    return model.Book(source_name="invented.txt", front=[
        model.TitlePage("main", [model.TitleLine("title", "城市治理新论", 2)]),
        cip_block(INVENTED_CIP, 9), colophon(INVENTED_COLOPHON, [])])


def test_invented_book_header():
    header, reporter = header_of(invented_book())
    ts = "t:fileDesc/t:titleStmt/"
    assert texts(header, ts + "t:title[@type='sub']") == ["理论与实践"]
    assert texts(header, ts + "t:editor[not(@role)]") == ["张三", "李四"]
    assert texts(header, ts + "t:author") == ["王五"]
    assert texts(header, ts + "t:editor[@role='translator']") == ["赵六"]
    # the CIP's series statement "(城市研究丛书; 3)" is the printed book's series, not the
    # electronic edition's (no seriesStmt)
    series = "t:fileDesc/t:sourceDesc/t:biblStruct/t:series/"
    assert texts(header, series + "t:biblScope[@unit='volume']") == ["3"]
    assert texts(header, series + "t:title[@level='s']") == ["城市研究丛书"]
    assert texts(header, "t:fileDesc/t:seriesStmt") == []
    assert texts(header, "t:profileDesc/t:textClass/t:classCode") == ["D630", "F299.21"]
    assert len(texts(header, "t:profileDesc/t:textClass/t:keywords/t:term")) == 2
    # the corrupt ISBN is kept as printed, and reported
    assert [(m.line, m.rule) for m in reporter.warnings] == [(12, "isbn-checksum")]


def test_invented_book_has_nothing_the_source_lacks():
    header, _ = header_of(invented_book())
    for absent in ["t:fileDesc/t:notesStmt", "//t:note[@type='funding']",
                   "//t:measure[@unit='sheet']", "//t:measure[@unit='kiloword']",
                   "//t:note[@type='printing']", "//t:distributor", "//t:monogr/t:availability",
                   "//t:language[@ident='zh-Hant']", "//t:segmentation", "//t:interpretation",
                   "//t:pubPlace/t:address"]:
        assert header.xpath(absent, namespaces=NS) == [], absent
    assert texts(header, "//t:imprint/t:publisher") == ["人民出版社"]


def test_settings_publisher_and_identifier():
    settings = EditionSettings(publisher="某大学图书馆", identifier="https://example.org/ed/1",
                               licence="CC0", licence_url=None, date="2024-01-02")
    header, _ = header_of(invented_book(), settings)
    ps = "t:fileDesc/t:publicationStmt/"
    assert texts(header, ps + "t:publisher") == ["某大学图书馆"]
    assert texts(header, ps + "t:idno[@type='URI']") == ["https://example.org/ed/1"]
    assert attrs(header, ps + "t:availability/t:licence", "target") == [None]


@pytest.mark.parametrize("identifier, kind", [
    ("https://example.org/ed/1", "URI"), ("urn:nbn:de:101-1", "URI"),
    ("10.5281/zenodo.123", "DOI"), ("doi:10.1000/xyz", "DOI"), ("000_8288889db83d07b8", "teikit"),
    ("我的版本", "teikit")])
def test_identifier_type_follows_the_identifier(identifier, kind):
    header, _ = header_of(invented_book(), EditionSettings(identifier=identifier, date="2024-01-02"))
    assert attrs(header, "t:fileDesc/t:publicationStmt/t:idno", "type") == [kind]


def test_encoder_authority_and_rights_holder_are_the_users():
    settings = EditionSettings(encoder="陈某", authority="某大学图书馆", rights_holder="某出版社有限公司",
                               date="2024-01-02")
    header, _ = header_of(bundled_book(), settings)
    assert texts(header, "t:fileDesc/t:titleStmt/t:respStmt/t:persName") == ["陈某"]
    assert texts(header, "t:fileDesc/t:publicationStmt/t:authority") == ["某大学图书馆"]
    rights = texts(header, "t:fileDesc/t:publicationStmt/t:availability/t:p")[0]
    assert "某出版社有限公司" in rights and "广东经济出版社" not in rights


def test_book_without_cip_or_colophon_uses_title_page():
    book = model.Book(source_name="x.txt", front=[model.TitlePage("main", [
        model.TitleLine("title", "某书", 1), model.TitleLine("byline", "甲乙 ◎主编", 2)])])
    header, _ = header_of(book)
    assert texts(header, "t:fileDesc/t:titleStmt/t:title[@type='main']") == ["某书"]
    assert texts(header, "t:fileDesc/t:titleStmt/t:editor") == ["甲乙"]
    assert texts(header, "t:fileDesc/t:sourceDesc/t:bibl/t:title[@level='m']") == ["某书"]


def _works_cited(book):
    notes = []
    for i, text in enumerate(["王五. 城市基层治理研究[J]. 政治学研究, 2012, 28(3): 45-52.",
                              "《万庆良出席中山大学MPA教育十周年庆典大会》，《广州日报》2012年4月9日。"]):
        notes.append(model.Note("①", parse_citation(text), xml_id=f"n{i}"))
    book.chapters = [model.Chapter(model.Heading(["x"]), blocks=[model.Paragraph(["x", *notes])])]
    return E.standOff(build_list_bibl(collect(book)))


@pytest.mark.parametrize("make_book", [bundled_book, invented_book,
                                       lambda: model.Book(source_name="empty.txt")])
def test_header_and_bibliography_are_valid_tei(tei_all, make_book):
    book = make_book()
    works = _works_cited(book)
    header, _ = header_of(book)
    assert_valid(tei_all, tei_document(header, works))

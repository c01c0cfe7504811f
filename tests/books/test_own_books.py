"""The hand-made test books: other titles, responsibilities, contents layouts, heading schemes,
note markers and page splits than the bundled book."""
import pytest

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

EXPECTED = {
    "monograph": {
        "contents": [("第一章　社区治理的基本概念", [], "1"), ("第二章　多元主体的协同治理", [], "4"),
                     ("第三章　居民自治的制度安排", [], "31"), ("第四章　社会组织参与社区服务", [], "58"),
                     ("第五章　社区治理的信息化", [], "85"), ("参考文献", [], "98"), ("后记", [], "102")],
        "links": ["#ch1", "#ch2"],
        "heads": [("section", "第一节　社区的内涵"), ("subsection", "一、社区概念的由来"),
                  ("subsection", "二、社区的构成要素"), ("section", "第二节　社区治理的含义"),
                  ("section", "第一节　协同治理的理论基础")],
        "notes": [("[1]", "p"), ("[2]", "p"), ("[1]", "p"), ("[1]", "p"), ("[1]", "p"), ("[2]", "p")],
        "body_pbs": ["1", "2", "3", "4", "5"],
        "front_pbs": 1,
        "bylines": [[], []],
        "gap": False,
        "title_pages": ["main"],
    },
    "report": {
        "contents": [("社区营造的广州经验", ["陈立新", "周敏"], "1"),
                     ("老旧小区改造中的居民参与", ["黄海"], "24"),
                     ("城市更新背景下的社区规划师制度", ["广州市城市规划设计研究院课题组"], "41"),
                     ("社区基金会的发展现状与挑战", ["周敏", "王芳"], "63"), ("后记", [], "301")],
        "links": ["#ch1"],
        "heads": [("section", "1. 研究背景"), ("subsection", "（1）政策演变"),
                  ("subsection", "（2）实践探索"), ("section", "2. 分析框架")],
        "notes": [("*", "head"), ("①", "p"), ("②", "p"), ("①", "p")],
        "body_pbs": ["1", "2", "3", "4"],
        "front_pbs": 0,
        "bylines": [["陈立新", "周敏"]],
        "gap": False,
        "title_pages": ["main"],
    },
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def book(request, book_conversions):
    conversion = book_conversions[request.param]
    return request.param, conversion.tree.getroot(), conversion


def test_contents_entries(book):
    name, tei, _ = book
    items = tei.findall(".//t:list[@type='contents']/t:item", NS)
    got = [("".join(i.find(".//t:title", NS).itertext()),
            [a.text for a in i if a.tag.endswith(("orgName", "persName", "name"))],
            i.find("t:num", NS).text) for i in items]
    assert got == EXPECTED[name]["contents"]
    links = [r.get("target") for r in tei.iterfind(".//t:list[@type='contents']//t:ref", NS)]
    assert links == EXPECTED[name]["links"]
    for link in links:
        assert tei.xpath(f"//*[@xml:id='{link[1:]}']")


def test_headings_nest_by_scheme(book):
    name, tei, _ = book
    heads = [(d.get("type"), d.find("t:head", NS).text)
             for d in tei.xpath(".//t:body//t:div[@type!='chapter']", namespaces=NS)]
    assert heads == EXPECTED[name]["heads"]


def test_notes_sit_at_their_anchors(book):
    name, tei, _ = book
    notes = tei.findall(".//t:text//t:note[@place]", NS)
    assert [(n.get("n"), n.getparent().tag.split("}")[1]) for n in notes] == EXPECTED[name]["notes"]
    assert len({n.get(XML_ID) for n in notes}) == len(notes)


def test_page_breaks(book):
    name, tei, _ = book
    assert [pb.get("n") for pb in tei.iterfind(".//t:body//t:pb", NS)] == EXPECTED[name]["body_pbs"]
    assert len(tei.findall(".//t:front//t:pb", NS)) == EXPECTED[name]["front_pbs"]


def test_bylines_and_title_pages(book):
    name, tei, _ = book
    bylines = [[a.text for a in c.iterfind("t:byline/t:docAuthor/*", NS)]
               for c in tei.iterfind(".//t:body/t:div[@type='chapter']", NS)]
    assert bylines == EXPECTED[name]["bylines"]
    assert [t.get("type") for t in tei.iterfind(".//t:titlePage", NS)] == EXPECTED[name]["title_pages"]
    assert (tei.find(".//t:gap", NS) is not None) == EXPECTED[name]["gap"]


def test_valid_tei_and_no_warnings(book, tei_all):
    _, tei, conversion = book
    assert tei_all.validate(tei.getroottree()), tei_all.error_log
    assert conversion.reporter.warnings == []


def test_valid_against_the_project_schemas(book):
    from lxml import etree

    from teikit.validate import validate_tree

    _, _, conversion = book
    tree = etree.ElementTree(etree.fromstring(conversion.to_bytes()))
    report = validate_tree(tree, "converted")
    assert report.diagnostics == []


CITATIONS = {
    "monograph": [("book", ["滕尼斯"], ["林荣远"]), ("book", ["费孝通"], []),
                  ("article-journal", ["李强"], []), ("article-newspaper", ["王建国"], []),
                  ("thesis", ["陈明"], []), ("paper-conference", ["刘军"], ["中国社会学会"])],
    "report": [("book", ["周敏"], []), ("article-journal", ["李强"], [])],
}


def test_citations_are_tagged_and_listed_in_the_bibliography(book):
    name, tei, _ = book
    bibls = tei.xpath(".//t:text//t:note//t:bibl", namespaces=NS)
    got = [(b.get("type"), [a.text for a in b.iterfind("t:author", NS)],
            [e.text for e in b.iterfind("t:editor", NS)]) for b in bibls]
    assert got == CITATIONS[name]
    assert tei.xpath(".//t:text//t:listBibl[@type='works-cited']", namespaces=NS) == []
    works = tei.xpath("t:standOff/t:listBibl[@type='works-cited']/t:bibl", namespaces=NS)
    assert len(works) == len(CITATIONS[name])
    for work in works:  # linked to the citations it stands for, each inside a note
        targets = work.get("corresp").split()
        assert targets and all(tei.xpath(f"//t:note//t:bibl[@xml:id='{t[1:]}']", namespaces=NS)
                               for t in targets)


def test_a_corrupt_isbn_is_reported_with_its_line():
    from teikit.pipeline import convert_text
    from tests.conftest import BOOKS

    source = (BOOKS / "report" / "source.txt").read_text(encoding="utf-8")
    corrupt = source.replace("ISBN 978-7-5097-3321-9\n", "ISBN 978-7-5097-3312-9\n", 1)
    warnings = convert_text(corrupt, "report.txt").reporter.warnings
    assert [(w.line, w.rule) for w in warnings] == [(14, "isbn-checksum")]
    assert "978-7-5097-3312-9" in warnings[0].message

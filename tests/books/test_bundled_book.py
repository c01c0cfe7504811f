"""The bundled book (tei/000_8288889db83d07b8.txt): what issue 2 says its edition must hold."""
import pytest
from lxml import etree

from tests.conftest import BUNDLED_EDITION

NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def tei(bundled_conversion):
    return bundled_conversion.tree.getroot()


def text_of(element) -> str:
    """Printed text of an element without its notes."""
    copy = etree.fromstring(etree.tostring(element))
    for note in copy.iter("{%s}note" % NS["t"]):
        note.getparent().remove(note) if note.tail is None else _drop(note)
    return "".join(copy.itertext())


def _drop(note):
    parent, tail = note.getparent(), note.tail
    prev = note.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(note)


SPLITS = [("自身状", "况都发生了"), ("成效接受群众评", "价。从近年来"), ("体制机制创新", "并重，力争"),
          ("选好配强基层党务", "工作者，统筹"), ("精神的内", "在要求，是推动"),
          ("组织动员机制，围", "绕新型城市化"), ("城乡党建工作相互", "分隔、自成一体")]


@pytest.mark.parametrize("before, after", SPLITS)
def test_split_paragraph_is_one_p_with_a_pb_at_the_join(tei, before, after):
    [pb] = [pb for pb in tei.iterfind(".//t:p/t:pb", NS)
            if (pb.getprevious().tail if pb.getprevious() is not None
                else pb.getparent().text or "").endswith(before)]
    assert (pb.tail or "").startswith(after)


def test_page_numbers_follow_the_contents(tei):
    body_pbs = [pb.get("n") for pb in tei.iterfind(".//t:body//t:pb", NS)]
    assert body_pbs == ["1", "2", "3", "4", "5"]
    front_pbs = tei.findall(".//t:front//t:pb", NS)
    assert len(front_pbs) == 4 and all(pb.get("n") is None for pb in front_pbs)


def test_six_footnotes_sit_at_their_anchors(tei):
    notes = tei.findall(".//t:text//t:note[@place]", NS)
    assert [(n.get("n"), n.get("anchored"), n.getparent().tag.split("}")[1]) for n in notes] == [
        ("*", None, "signed"), (None, "false", "div"), ("①", None, "p"), ("①", None, "p"),
        ("①", None, "p"), ("②", None, "p")]
    ids = [n.get("{http://www.w3.org/XML/1998/namespace}id") for n in notes]
    assert len(set(ids)) == 6
    first = notes[2]
    assert (first.getprevious().tail if first.getprevious() is not None
            else first.getparent().text).endswith("坚强领导核心。”")
    assert first.tail.startswith("在加强党的建设的最新")
    assert notes[0].getparent().text == "王永平"
    assert "".join(notes[1].itertext()).startswith("本研究报告属于")


def test_contents_has_43_chapters_and_the_afterword(tei):
    items = tei.findall(".//t:list[@type='contents']/t:item", NS)
    assert len(items) == 44
    titles = ["".join(i.find(".//t:title", NS).itertext()) for i in items]
    pages = [i.find("t:num[@type='page']", NS).text for i in items]
    assert titles[0] == "广州基层党组织建设实践创新研究" and pages[0] == "1"
    assert titles[-1] == "后记" and pages[-1] == "445"
    by_title = dict(zip(titles, pages))
    assert by_title["推动公立医院改革必须坚持党的领导"] == "250"
    assert by_title["社区党组织生活形式创新研究"] == "393"
    assert by_title["在“双百行动”中创新非公企业党建工作"] == "357"
    authors = [[a.text for a in i if a.tag.endswith(("orgName", "persName", "name"))]
               for i in items]
    assert authors[1] == ["中共广州市委组织部", "中共广州市委党校", "广州市党建学会"]
    assert authors[-1] == []
    links = [i.find("t:ref", NS).get("target") for i in items if i.find("t:ref", NS) is not None]
    assert links == ["#ch1"]


def test_chapter_has_nested_divisions_with_printed_headings(tei):
    chapter = tei.find(".//t:body/t:div[@type='chapter']", NS)
    heads = [(d.get("type"), d.find("t:head", NS).text) for d in chapter.iterfind(".//t:div", NS)]
    assert heads[0] == ("section", "一、新型城市化对基层党组织建设创新提出的新要求")
    assert heads[1] == ("subsection", "（一）深入贯彻落实党的十八大精神的内在要求")
    assert [t for t, _ in heads] == ["section"] + ["subsection"] * 4 + ["section", "subsection"]
    assert [a.text for a in chapter.iterfind("t:byline/t:docAuthor/t:orgName", NS)] == [
        "广州市党建学会", "广州市党史党建重点研究基地"]
    abstract = chapter.find("t:argument", NS)
    assert abstract.find("t:head", NS).text == "【内容提要】"  # the printed label heads it
    assert len(abstract.findall("t:p", NS)) == 3
    # 一是… starts an ordinary paragraph
    assert any((p.text or "").startswith("一是试点") for p in chapter.iterfind(".//t:p", NS))


def test_excerpt_end_is_marked(tei):
    gap = tei.find(".//t:body//t:gap", NS)
    assert gap is not None and gap.getparent().tag.endswith("}p")
    assert text_of(gap.getparent()).endswith("社区治")


def test_traditional_imprint_lines_are_tagged(tei):
    hant = [e.text for e in tei.xpath(".//t:titlePage//*[@xml:lang='zh-Hant']", namespaces=NS)]
    assert hant == ["廣東省出版集團", "廣東經濟出版社", "廣東省出版集團"]
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-Hans"


def test_edition_and_conversion_are_valid_tei(tei, tei_all):
    assert tei_all.validate(tei.getroottree()), tei_all.error_log
    committed = etree.parse(str(BUNDLED_EDITION))
    assert tei_all.validate(committed), tei_all.error_log


def test_no_warnings_for_the_bundled_book(bundled_conversion):
    assert bundled_conversion.reporter.warnings == []


def test_conversion_is_valid_against_the_project_schemas(bundled_conversion):
    from teikit.validate import validate_tree

    tree = etree.ElementTree(etree.fromstring(bundled_conversion.to_bytes()))
    assert validate_tree(tree, "converted").diagnostics == []

"""The hand-made monograph whose contents list parts (编), chapters (章) and sections (节):
divisions nest as the contents say, every entry is linked to its division, each page break is
written once, at the start of its page, and a section starting mid-page starts no page."""
from pathlib import Path

import pytest
from lxml import etree

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

#: (div/@type, head, depth below body) of every division, in document order.
DIVISIONS = [
    ("part", "第一编　理论篇", 1),
    ("chapter", "第一章　城市基层治理的概念", 2),
    ("section", "第一节　基层治理的内涵", 3),
    ("section", "第二节　基层治理的特征", 3),
    ("chapter", "第二章　城市基层治理的主体", 2),
    ("section", "第一节　政府的角色", 3),
    ("section", "第二节　社会组织的角色", 3),
    ("section", "第三节　居民的角色", 3),
    ("part", "第二编　实践篇", 1),
    ("chapter", "第三章　社区服务的创新", 2),
    ("section", "一、服务内容的拓展", 3),
    ("subsection", "（一）养老服务", 4),
    ("subsection", "（二）托育服务", 4),
    ("section", "二、服务方式的转变", 3),
    ("chapter", "后记", 1),
]
#: The body's page breaks: (n, the next text after it, inside a word).
BODY_PAGES = [("1", "第一编　理论篇", False), ("2", "化。", True), ("3", "第二节　基层治理的特征", False),
              ("4", "这些特征", False), ("5", "第二章　城市基层治理的主体", False),
              ("6", "著。", True), ("9", "第二编　实践篇", False), ("12", "后记", False)]


SOURCE = Path(__file__).parent / "sections" / "levels.txt"  # not a source.txt: the exports'
# tests of every test book (EPUB files per top-level chapter) do not model nested divisions yet


@pytest.fixture(scope="module")
def conversion():
    from teikit.pipeline import convert_text

    return convert_text(SOURCE.read_text(encoding="utf-8"), "levels.txt")


@pytest.fixture(scope="module")
def tei(conversion):
    return conversion.tree.getroot()


def test_divisions_nest_as_the_contents_say(tei):
    body = tei.find(".//t:body", NS)
    got = [(d.get("type"), d.find("t:head", NS).text, len(list(d.iterancestors())) - 2)
           for d in body.iter(f"{{{NS['t']}}}div")]
    assert got == DIVISIONS


def test_every_contents_entry_is_linked_to_its_division(tei):
    items = tei.findall(".//t:list[@type='contents']/t:item", NS)
    assert len(items) == 11
    for item in items:
        target = item.find("t:ref", NS).get("target")[1:]
        division = tei.xpath(f"//t:div[@xml:id='{target}']", namespaces=NS)
        assert division, target
        assert division[0].find("t:head", NS).text == item.find(".//t:title", NS).text


def _next_text(pb) -> str:
    """The printed text right after a page break: its tail, or the head of the next division."""
    if pb.tail and pb.tail.strip():
        return pb.tail.strip()
    return pb.getnext().find("t:head", NS).text


def test_one_break_per_page_at_the_start_of_its_page(tei):
    body = tei.find(".//t:body", NS)
    got = [(pb.get("n"), _next_text(pb), pb.get("break") == "no")
           for pb in body.iter(f"{{{NS['t']}}}pb")]
    assert [(n, inside) for n, _, inside in got] == [(n, inside) for n, _, inside in BODY_PAGES]
    for (_, text, _), (_, expected, _) in zip(got, BODY_PAGES):
        assert text.startswith(expected)


def test_the_break_ending_the_preface_opens_the_contents_page(tei):
    front = tei.find(".//t:front", NS)
    pbs = front.findall(".//t:pb", NS)
    assert len(pbs) == 1
    assert pbs[0].getparent() is front
    assert pbs[0].getnext().get("type") == "contents"


def test_every_page_break_has_a_unique_id_and_inferred_numbers_say_so(tei):
    pbs = tei.findall(".//t:text//t:pb", NS)
    ids = [pb.get(XML_ID) for pb in pbs]
    assert None not in ids and len(set(ids)) == len(ids)
    for pb in pbs:  # no page of this text prints its number: each one is inferred
        assert (pb.get("cert") is not None) == (pb.get("n") is not None)


def test_valid_and_without_warnings(conversion, tei_all):
    from teikit.validate import validate_tree

    tree = etree.ElementTree(etree.fromstring(conversion.to_bytes()))
    assert validate_tree(tree, "converted").diagnostics == []
    assert tei_all.validate(tree), tei_all.error_log
    assert conversion.reporter.warnings == []


def test_reads_back_as_its_model(conversion):
    from tests.readback import comparable, read_edition

    assert comparable(read_edition(conversion.to_bytes())) == comparable(conversion.book)

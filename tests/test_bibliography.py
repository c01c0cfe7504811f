"""The bibliography: one entry per work cited, linked to the notes (and bibls) citing it."""
from lxml import etree

from teikit import model
from teikit.bibliography import build_list_bibl, collect
from teikit.citations import parse_citation
from teikit.tei import TEI_NS, XML_ID

NS = {"t": TEI_NS}
HU = ("胡锦涛：《坚定不移沿着中国特色社会主义道路前进，为全面建成小康社会而奋斗——"
      "在中国共产党第十八次全国代表大会上的报告》，人民出版社2012年版，第49—50页。")
WAN = "《万庆良出席中山大学MPA教育十周年庆典大会》，《广州日报》2012年4月9日。"
TANG = "汤南：《黄埔试点党代会常任制》，《广州日报》2011年9月29日。"
LU = "卢文洁：《听取民意为民解惑做党员群众贴心人》，《广州日报》2012年10月24日。"
COMMENTARY = "本研究报告属于某课题《某研究》的研究成果。"


def note(text, n):
    content = parse_citation(text)
    for i, part in enumerate(p for p in content if isinstance(p, model.Bibl)):
        part.xml_id = f"{n}-b{i + 1}"
    return model.Note("①", content, xml_id=n)


def bundled_like_book():
    """The bundled chapter's notes: a chapter note, the book note and three newspaper notes."""
    chapter = model.Chapter(model.Heading(["章"]), notes=[note(COMMENTARY, "ch1-n0")], blocks=[
        model.Paragraph(["甲", note(HU, "ch1-n1")]),
        model.Division("section", model.Heading(["一、"]), blocks=[
            model.Paragraph(["乙", note(WAN, "ch1-n2"), "丙"]),
            model.Paragraph([note(TANG, "ch1-n3"), note(LU, "ch1-n4")])])])
    return model.Book(chapters=[chapter])


def test_bundled_book_lists_four_works_linked_to_their_notes():
    entries = collect(bundled_like_book())
    assert [e.notes for e in entries] == [["ch1-n1"], ["ch1-n2"], ["ch1-n3"], ["ch1-n4"]]
    assert [e.kind for e in entries] == ["book", "article-newspaper", "article-newspaper",
                                         "article-newspaper"]


def test_same_work_cited_twice_is_one_entry_without_the_cited_pages():
    book = bundled_like_book()
    again = HU.replace("第49—50页", "第12页")
    preface = model.Preface(model.Heading(["序"]), blocks=[model.Paragraph([note(again, "pre-n1")])])
    book.front.append(preface)
    entries = collect(book)
    assert len(entries) == 4
    assert entries[0].notes == ["pre-n1", "ch1-n1"]
    assert entries[0].bibls == ["pre-n1-b1", "ch1-n1-b1"]
    assert [f.name for f in entries[0].fields] == ["author", "title", "publisher", "date"]


def test_gbt_works_keep_their_own_page_ranges_and_differ_by_date():
    book = model.Book(chapters=[model.Chapter(model.Heading(["章"]), blocks=[model.Paragraph([
        note("王五. 城市基层治理研究[J]. 政治学研究, 2012, 28(3): 45-52.", "n1"),
        note("赵六. 社区党建[N]. 人民日报, 2012-04-09(7).", "n2"),
        note("赵六. 社区党建[N]. 人民日报, 2012-04-10(7).", "n3")])])])
    entries = collect(book)
    assert len(entries) == 3
    assert [f.text for f in entries[0].fields if f.name == "biblScope"] == ["28", "3", "45-52"]


def test_list_bibl_links_each_entry_to_its_citations_one_way():
    book = bundled_like_book()
    book.chapters[0].blocks.append(model.Paragraph([note(HU, "ch1-n9")]))
    list_bibl = build_list_bibl(collect(book))
    bibls = list_bibl.findall(f"{{{TEI_NS}}}bibl")
    assert [b.get(XML_ID) for b in bibls] == ["work-1", "work-2", "work-3", "work-4"]
    first = bibls[0]
    assert list_bibl.get("type") == "works-cited"
    assert first.xpath(".//t:note | .//t:ptr", namespaces=NS) == []  # no second link back
    assert first.get("corresp") == "#ch1-n1-b1 #ch1-n9-b1"
    assert first.xpath("t:title[@level='m']/text()", namespaces=NS)[0].startswith("坚定不移")
    assert first.xpath("t:date/@when", namespaces=NS) == ["2012"]
    assert first.xpath("t:biblScope", namespaces=NS) == []
    assert bibls[1].xpath("t:title/@level", namespaces=NS) == ["a", "j"]
    assert etree.tostring(bibls[1], encoding="unicode").count("2012-04-09") == 1

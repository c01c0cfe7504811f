"""xslt/html/edition.xsl: valid HTML5, and every part of the edition the issue asks for."""
from __future__ import annotations

import json
import re
from pathlib import Path

import html5lib
import pytest

from teikit.errors import TransformError
from tests.render import transform_bytes, transform_to_dir

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "tei" / "000_8288889db83d07b8.xml"
SECOND = Path(__file__).parent / "fixtures" / "second_edition.xml"


def build_html(source: Path, out_dir: Path, xml: bytes | None = None, **params) -> str:
    index = transform_to_dir(xml if xml is not None else source.read_bytes(), "html", out_dir,
                             {"fail-on-unknown": True, **params}, source.resolve().as_uri())
    return index.read_text(encoding="utf-8")


def parse_strict(text: str):
    """Parse as a browser would, failing on any HTML5 parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(text)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundled")
    return build_html(BUNDLED, out), out


@pytest.fixture(scope="module")
def second(tmp_path_factory):
    return build_html(SECOND, tmp_path_factory.mktemp("second"))


@pytest.fixture(scope="module")
def doc(bundled):
    return parse_strict(bundled[0])


@pytest.fixture(scope="module")
def doc2(second):
    return parse_strict(second)


def text(element) -> str:
    return "".join(element.itertext())


def by_id(doc, value):
    found = doc.findall(f".//*[@id='{value}']")
    assert len(found) == 1, f"{len(found)} elements with id {value}"
    return found[0]


@pytest.mark.parametrize("name", ["doc", "doc2"])
def test_html5_parses_without_error_and_ids_are_unique(name, request):
    tree = request.getfixturevalue(name)  # parse_strict raised already on any error
    ids = [e.get("id") for e in tree.iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_language_and_landmarks(doc):
    assert doc.get("lang") == "zh-Hans"
    hant = [text(e) for e in doc.iter() if e.get("lang") == "zh-Hant"]
    assert "廣東省出版集團" in hant and "廣東經濟出版社" in hant
    for tag in ("header", "main", "footer", "nav", "aside"):
        assert doc.find(f".//{tag}") is not None, tag
    assert len(doc.findall(".//h1")) == 1
    assert [a.get("aria-label") or a.get("aria-labelledby") for a in doc.findall(".//nav")].count(None) == 0


def test_self_contained_no_network_resource(bundled):
    html, out = bundled
    assert not re.search(r'(src|href)="(https?:)?//(?!creativecommons)', html)
    assert (out / "assets" / "edition.css").is_file() and (out / "assets" / "edition.js").is_file()
    for asset in re.findall(r'(?:src|href)="(assets/[^"]+)"', html):
        assert (out / asset).is_file(), asset
    css = (out / "assets" / "edition.css").read_text()
    assert "@media print" in css and "url(" not in css


def test_title_pages_and_colophon_as_printed(doc):
    pages = doc.findall(".//section[@class='title-page cover']") + doc.findall(".//section[@class='title-page main']")
    assert len(pages) == 2
    assert text(doc.find(".//h1")) == "基层党建工作创新专题调研"
    rows = doc.findall(".//table[@class='table colophon']//tr")
    assert [text(r.find("th")) for r in rows][:3] == ["出版", "发行", "经销"]
    assert text(rows[-1].find("td")) == "60.00元"


def test_contents_links_present_chapters_only_with_printed_pages(doc):
    entries = doc.findall(".//li[@class]")
    toc = [e for e in entries if e.get("class").startswith("toc-entry")]
    assert len(toc) == 44
    present = [e for e in toc if e.get("class") == "toc-entry present"]
    assert len(present) == 1
    assert present[0].find(".//span[@class='toc-title']/a").get("href") == "#ch1"
    assert text(present[0].find(".//span[@class='toc-page']")) == "1"
    absent = toc[1]
    assert absent.find(".//a") is None and "本版未收" in text(absent)
    assert text(absent.find(".//span[@class='toc-page']")) == "30"
    assert text(toc[0].find(".//span[@class='toc-authors']")) == "广州市党建学会、广州市党史党建重点研究基地"


def test_preface_closer_and_chapter_parts(doc):
    preface = by_id(doc, "preface")
    closer = preface.find(".//div[@class='closer']")
    assert "王永平" in text(closer) and "2012年9月" in text(closer)
    chapter = by_id(doc, "ch1")
    assert chapter.tag == "article"
    assert text(chapter.find("header/h2")) == "广州基层党组织建设实践创新研究"
    assert "广州市党史党建重点研究基地" in text(chapter.find("header/p[@class='byline']"))
    abstract = chapter.find("section[@class='abstract']")
    assert abstract.get("aria-label") == "内容提要"
    assert [h.tag for h in chapter.iter() if h.tag in ("h3", "h4")][:3] == ["h3", "h4", "h4"]


def test_footnote_marks_link_to_notes_listed_after_the_chapter_and_back(doc):
    marks = [a for a in doc.iter("a") if a.get("class") == "noteref"]
    # "1": the editors' note on the preface's dateline (tests/corrections/bundled.py)
    assert [text(a) for a in marks] == ["*", "1", "①", "①", "①", "②"]
    for mark in marks:
        note = by_id(doc, mark.get("href")[1:])
        back = note.find("a[@class='note-back']")
        assert back.get("href") == "#" + mark.get("id") and text(back) == text(mark)
    chapter_notes = by_id(doc, "ch1").find("section[@class='notes']")
    assert len(chapter_notes.findall(".//li")) == 4
    assert "第3页" in text(by_id(doc, "n3"))


def test_unanchored_chapter_note_is_shown_in_the_chapter_header(doc):
    note = by_id(doc, "n2")
    assert note.tag == "aside" and "全国党建研究会2012年度调研课题" in text(note)


def test_page_breaks_are_margin_anchors_and_unnumbered_ones_have_no_id(doc):
    numbered = [e for e in doc.iter("span") if e.get("class") == "pb"]
    assert [e.get("id") for e in numbered] == ["p1", "p2", "p3", "p4", "p5"]
    assert text(by_id(doc, "p3")) == "3"
    unnumbered = [e for e in doc.iter("span") if e.get("class") == "pb pb-unnumbered"]
    assert len(unnumbered) == 4 and all(e.get("id") is None for e in unnumbered)


def test_mid_word_page_break_keeps_the_word_whole(bundled):
    assert re.search(r'内<span class="pb" id="p3">.*?</span>在要求', bundled[0])


def test_cite_boxes_for_book_and_chapter(doc):
    book = text(by_id(doc, "cite-book"))
    assert "尹德慈. 广州党建研究报告. 4, 基层党建工作创新专题调研[M]. 广州: 广东经济出版社, 2013." in book
    chapter = text(by_id(doc, "cite-ch1"))
    assert ("广州市党建学会, 广州市党史党建重点研究基地. 广州基层党组织建设实践创新研究[M]//尹德慈. "
            "广州党建研究报告. 4, 基层党建工作创新专题调研. 广州: 广东经济出版社, 2013: 1-29.") in chapter
    links = [a.get("href") for a in by_id(doc, "cite-book").iter("a")]
    assert links == ["../000_8288889db83d07b8.bib", "../000_8288889db83d07b8.ris",
                     "../000_8288889db83d07b8.csl.json"]


def gbt_from_csl(item: dict, book: dict | None = None) -> str:
    """GB/T 7714 of a CSL-JSON book or chapter (literal names; one part of a multipart work as
    its CIP record writes it: "Common title. 4, Part title")."""
    def names(people):
        return ", ".join(p["literal"] for p in people)

    def title(it):
        part = f". {it['volume']}, {it['volume-title']}" if "volume-title" in it else ""
        return it["title"] + part

    year = item["issued"]["date-parts"][0][0]
    imprint = f"{item['publisher-place']}: {item['publisher']}, {year}"
    if book is None:
        return f"{names(item['editor'])}. {title(item)}[M]. {imprint}."
    return (f"{names(item['author'])}. {item['title']}[M]//{names(book['editor'])}. {title(book)}. "
            f"{imprint}: {item['page']}.")


def test_cite_boxes_format_the_exported_items(doc):
    """The HTML and the exports read one model: each box names its CSL-JSON item by key and
    shows that item's fields, nothing read from the TEI on the side."""
    items = {i["id"]: i for i in json.loads(transform_bytes(BUNDLED.read_bytes(), "csl-json"))}
    book_box, chapter_box = by_id(doc, "cite-book"), by_id(doc, "cite-ch1")
    book, chapter = items[book_box.get("data-cite-key")], items[chapter_box.get("data-cite-key")]
    assert (book["type"], chapter["type"], chapter["page"]) == ("book", "chapter", "1-29")

    def shown(box):
        return text(box.find(".//span[@class='citation-text']"))

    assert shown(book_box) == gbt_from_csl(book)
    assert shown(chapter_box) == gbt_from_csl(chapter, book)


@pytest.mark.parametrize("name", ["doc", "doc2"])
def test_bibliography_entries_read_as_the_gbt7714_export(name, request):
    """The works cited, as the HTML writes them and as citeproc-py writes the exported items."""
    source = BUNDLED if name == "doc" else SECOND
    entries = [e for e in request.getfixturevalue(name).iter("li") if e.get("class") == "bibl-entry"]
    lines = transform_bytes(source.read_bytes(), "gbt7714").splitlines()[-len(entries):]
    assert [text(e.find("span[@class='bibl-text']")) for e in entries] == \
        [re.sub(r"^\[\d+\] ", "", line) for line in lines]
    keys = [i["id"] for i in json.loads(transform_bytes(source.read_bytes(), "csl-json"))]
    assert [e.get("data-cite-key") for e in entries] == keys[-len(entries):]


def test_journal_article_with_four_authors_in_the_bibliography(tmp_path):
    article = ('<bibl xml:id="work-3" type="article-journal"><author>甲</author><author>乙</author>'
               '<author>丙</author><author>丁</author><title level="a">社区研究</title>'
               '<title level="j">示例学报</title><date when="2018">2018年</date>'
               '<biblScope unit="volume">12</biblScope><biblScope unit="issue">3</biblScope>'
               '<biblScope unit="page" from="5" to="9">5-9</biblScope></bibl>')
    xml = SECOND.read_bytes().replace(b"</listBibl>", article.encode() + b"</listBibl>")
    entry = by_id(parse_strict(build_html(SECOND, tmp_path, xml=xml)), "work-3")
    assert text(entry.find("span")) == "甲, 乙, 丙, 等. 社区研究[J]. 示例学报, 2018, 12(3): 5-9."


def test_export_links_can_be_turned_off(tmp_path):
    html = build_html(BUNDLED, tmp_path, **{"export-links": False})
    assert ".bib" not in html


def test_about_this_edition(doc):
    about = {text(row.find("dt")): [text(d) for d in row.findall("dd")]
             for row in by_id(doc, "about").iter("div") if row.get("class") == "about-row"}
    assert about["ISBN"] == ["978-7-5454-2978-7"]
    assert about["分类号"] == ["D26（中国图书馆分类法）"]
    assert about["主题词"] == ["中国共产党—党的建设—研究报告—广州市",
                            "中国共产党—基层组织—党的建设—研究报告—广州市"]
    assert "excerpt" in text(by_id(doc, "about"))


def test_excerpt_end_is_said(doc):
    gaps = [e for e in doc.iter("span") if e.get("class") == "gap"]
    assert [text(g) for g in gaps] == ["〔节选至此〕"]


def test_link_text_makes_sense(doc):
    for a in doc.iter("a"):
        name = a.get("aria-label") or text(a).strip()
        assert len(name) >= 2 or name in ("*",) and a.get("aria-label"), name
    for a in doc.iter("a"):
        if a.get("class") in ("noteref", "note-back", "pb-n"):
            assert a.get("aria-label"), a.get("class")


# The second, hand-written edition: other markers, depth, one title page, no abstract.

def test_second_edition_markers_and_depth(doc2):
    marks = [text(a) for a in doc2.iter("a") if a.get("class") == "noteref"]
    assert marks == ["*", "[1]", "[2]", "*"]
    assert by_id(doc2, "c1-1-1-1-title").tag == "h5"
    assert doc2.find(".//section[@class='abstract']") is None
    assert len([s for s in doc2.iter("section") if (s.get("class") or "").startswith("title-page")]) == 1
    assert text(doc2.find(".//h1")) == "城市社区治理论集"


def test_second_edition_bibliography_links_to_citing_notes(doc2):
    entry = by_id(doc2, "work-1")
    assert "滕尼斯. 共同体与社会[M]. 商务印书馆, 1999." in text(entry)
    assert [a.get("href") for a in entry.iter("a")] == ["#c1-n1", "#c3-n1"]
    assert [text(a) for a in entry.iter("a")] == ["第1页注*", "第17页注*"]
    assert "街道的边界[N]. 示例日报, 2019-03-02." in text(by_id(doc2, "work-2"))


def test_second_edition_contents_pages_and_chapter_range(doc2):
    assert "2020: 1-8." in text(by_id(doc2, "cite-c1"))
    assert "2020: 17." in text(by_id(doc2, "cite-c3"))
    toc = [e for e in doc2.iter("li") if (e.get("class") or "").startswith("toc-entry")]
    assert [e.get("class") for e in toc] == ["toc-entry present", "toc-entry absent", "toc-entry present"]
    assert toc[2].find(".//span[@class='toc-page']/a").get("href") == "#p17"


def test_second_edition_figure_alt_text_and_languages(doc2):
    img = doc2.find(".//figure/img")
    assert img.get("alt") == "一条街道两侧的社区边界示意图"
    langs = {e.get("lang") for e in doc2.iter() if e.get("lang")}
    assert {"zh-Hans", "zh-Hant", "de"} <= langs


def test_an_element_without_rendering_fails_the_transform(tmp_path):
    xml = SECOND.read_bytes().replace(b"<q>", b"<said>").replace(b"</q>", b"</said>")
    with pytest.raises(TransformError, match="no rendering for TEI element said"):
        build_html(SECOND, tmp_path, xml=xml)


def test_footer_separates_the_encodings_licence_from_the_texts_copyright(doc):
    footer = next(e for e in doc.iter("footer"))
    licence = next(a for a in footer.iter("a") if a.get("rel") == "license")
    assert "encoding" in text(licence)
    rights = [text(p) for p in footer.iter("p") if p.get("class") == "rights"]
    assert len(rights) == 1 and "广东经济出版社" in rights[0] and "版权所有" in rights[0]

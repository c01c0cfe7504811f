"""Citation exports by XSLT (xslt/citations/, xslt/common/citations.xsl) and GB/T 7714.

The expected items are read from the TEI here with lxml, independently of the stylesheets;
each format is then read back by its own parser (bibtexparser, rispy, jsonschema + citeproc-py)
and compared field by field.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
from lxml import etree

from teikit.citeproc import render_gbt7714
from teikit.pipeline import convert_text
from tests.render import transform_bytes

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "citations"
TAGGED = FIXTURES / "edition-tagged.xml"
BUNDLED_EDITION = ROOT / "tei" / "000_8288889db83d07b8.xml"
BOOKS = sorted((ROOT / "tests" / "books").glob("*/source.txt"))
NS = {"t": "http://www.tei-c.org/ns/1.0"}
NAMES = "t:orgName | t:persName | t:name | t:author"


# --- what the TEI says, read with lxml ----------------------------------------------------

@dataclass
class Expected:
    kind: str  # book, chapter, or a cited work's bibl/@type
    title: str
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    pages: tuple[str, str] | None = None
    container: str | None = None
    date: str | None = None
    publisher: str | None = None
    main_title: str | None = None  # the common title of the multipart work (of a chapter's book)
    volume: str | None = None  # the part number in it


def text(e) -> str:
    return " ".join("".join(e.itertext()).split()) if e is not None else ""


def first(root, path):
    found = root.xpath(path, namespaces=NS)
    return found[0] if found else None


def expected_items(xml: bytes) -> list[Expected]:
    root = etree.fromstring(xml)
    monogr = first(root, "//t:sourceDesc/t:biblStruct/t:monogr")
    part = first(monogr, "t:title[@type='part']")
    book = Expected("book", text(part if part is not None else first(monogr, "t:title")),
                    [text(a) for a in monogr.xpath("t:author", namespaces=NS)],
                    [text(e) for e in monogr.xpath("t:editor", namespaces=NS)],
                    date=first(monogr, "t:imprint/t:date/@when"),
                    publisher=text(first(monogr, "t:imprint/t:publisher")) or None,
                    main_title=text(first(monogr, "t:title[@type='main']"))
                    if part is not None else None,
                    volume=part.get("n") if part is not None else None)
    items = [book]
    entries = root.xpath("//t:list[@type='contents'][1]/t:item", namespaces=NS)
    starts = [int(e.xpath("string(.//t:num[@type='page']/@value)", namespaces=NS)) for e in entries]
    for i, entry in enumerate(entries):
        authors = [text(a) for a in entry.xpath(NAMES, namespaces=NS)]
        if authors:  # entries without an author (an afterword) are cited as the book
            end = str(starts[i + 1] - 1) if i + 1 < len(entries) else None
            items.append(Expected("chapter", text(first(entry, ".//t:title")), authors,
                                  book.editors, (str(starts[i]), end), book.title, book.date,
                                  book.publisher, book.main_title, book.volume))
    seen = set()
    for bibl in root.xpath("//t:text//t:note//t:bibl", namespaces=NS):
        kind = bibl.get("type")
        part = kind.startswith("article") or kind in ("paper-conference", "chapter")
        own = first(bibl, ".//t:title[@level='a']" if part else ".//t:title[@level='m']")
        container = first(bibl, ".//t:title[@level='j'] | .//t:title[@level='m']") if part else None
        authors = [text(a) for a in bibl.xpath(".//t:author", namespaces=NS)]
        date = first(bibl, ".//t:date/@when")
        if (kind, text(own), tuple(authors), date) in seen:
            continue
        seen.add((kind, text(own), tuple(authors), date))
        scope = first(bibl, ".//t:biblScope[@unit='page']")
        editors = [text(e) for e in bibl.xpath(".//t:editor[not(@role='translator')]",
                                                namespaces=NS)]
        items.append(Expected(kind, text(own), authors, editors,
                              pages=None if scope is None else
                              (scope.get("from"), scope.get("to")),
                              container=text(container) or None, date=date,
                              publisher=text(first(bibl, ".//t:publisher")) or None))
    return items


@pytest.fixture(scope="module")
def editions() -> dict[str, bytes]:
    books = {p.parent.name: convert_text(p.read_text(encoding="utf-8"), p.name).to_bytes()
             for p in BOOKS}
    return {"tagged": TAGGED.read_bytes(), "bundled": BUNDLED_EDITION.read_bytes(), **books}


# tests/books/notestyle cites every kind of the genre (web pages, archives, standards, patents,
# chapters of other books, 同上 with @corresp): the exports do not cover those kinds yet.
EDITIONS = ["tagged", "bundled", *(p.parent.name for p in BOOKS if p.parent.name != "notestyle")]


# --- the bundled book's counts and pages --------------------------------------------------

def test_bundled_book_has_one_book_43_chapters_and_4_cited_works():
    items = expected_items(TAGGED.read_bytes())
    kinds = [i.kind for i in items]
    assert kinds.count("book") == 2  # the edited volume and the cited 胡锦涛 book
    assert kinds.count("chapter") == 43 and len(items) == 48
    assert items[1].pages == ("1", "29") and items[43].pages == ("428", "444")
    assert "后记" not in [i.title for i in items]


# --- BibTeX -------------------------------------------------------------------------------

BIBTEX_TYPES = {"book": "book", "collection": "collection", "chapter": "incollection", "article-newspaper": "article",
                "article-journal": "article", "thesis": "thesis",
                "paper-conference": "inproceedings"}


def unescape(value: str) -> str:
    return re.sub(r"\\([{}%&$#_])", r"\1", value)


def bib_names(value: str | None) -> list[str]:
    return [unescape(n.strip().removeprefix("{").removesuffix("}"))
            for n in value.split(" and ")] if value else []


@pytest.mark.parametrize("edition", EDITIONS)
def test_bibtex_reads_back_with_the_same_fields(editions, edition):
    expected = expected_items(editions[edition])
    library = bibtexparser.parse_string(transform_bytes(editions[edition], "bibtex"))
    assert library.failed_blocks == []
    entries = library.entries
    assert len(entries) == len(expected)
    keys = [e.key for e in entries]
    assert len(set(keys)) == len(keys) and all(re.fullmatch(r"[A-Za-z0-9_-]+", k) for k in keys)
    for entry, item in zip(entries, expected):
        fields = {k: f.value for k, f in entry.fields_dict.items()}
        edited = item.kind == "book" and item.editors and not item.authors
        assert entry.entry_type == BIBTEX_TYPES["collection" if edited else item.kind]
        assert unescape(fields["title"]) == item.title
        assert fields.get("maintitle") == item.main_title
        assert fields.get("volume") == item.volume or item.kind.startswith("article")
        assert bib_names(fields.get("author")) == item.authors
        assert bib_names(fields.get("editor")) == item.editors
        if item.pages and item.kind not in ("book", "thesis"):
            assert fields["pages"] == "--".join(dict.fromkeys(p for p in item.pages if p))
        else:  # a page range cited in a note is not the work's extent
            assert "pages" not in fields
        if item.date:
            assert fields["date"] == item.date
        if item.kind == "chapter":
            assert fields["booktitle"] == item.container and fields["crossref"] == keys[0]
        if item.kind.startswith("article"):
            assert fields["journaltitle"] == item.container


def test_bibtex_book_entry_of_the_bundled_book():
    library = bibtexparser.parse_string(transform_bytes(TAGGED.read_bytes(), "bibtex"))
    book = {k: f.value for k, f in library.entries[0].fields_dict.items()}
    assert library.entries[0].key == "isbn9787545429787"
    assert library.entries[0].entry_type == "collection"  # editors, no author
    # one part of a multipart work: maintitle, volume (part number), title (part title)
    assert book == {"editor": "{尹德慈}", "maintitle": "广州党建研究报告",
                    "title": "基层党建工作创新专题调研", "volume": "4",
                    "publisher": "广东经济出版社", "location": "广州", "date": "2013-12",
                    "isbn": "978-7-5454-2978-7", "langid": "chinese"}
    chapter = library.entries[1].fields_dict
    assert chapter["author"].value == "{广州市党建学会} and {广州市党史党建重点研究基地}"
    assert chapter["maintitle"].value == "广州党建研究报告"
    assert chapter["booktitle"].value == "基层党建工作创新专题调研"


def test_keys_are_stable_when_notes_move():
    """A cited work's key hashes what the work is, not where it is cited."""
    xml = TAGGED.read_bytes()
    keys = [e.key for e in bibtexparser.parse_string(transform_bytes(xml, "bibtex")).entries]
    root = etree.fromstring(xml)
    notes = root.xpath("//t:note[t:bibl]", namespaces=NS)
    first_note, last_note = notes[0], notes[-1]
    first_note.addprevious(etree.Element("placeholder"))
    placeholder = first_note.getprevious()
    last_note.addprevious(first_note)  # swap the first and the last citing note
    placeholder.addprevious(last_note)
    placeholder.getparent().remove(placeholder)
    moved = [e.key for e in bibtexparser.parse_string(
        transform_bytes(etree.tostring(root), "bibtex")).entries]
    assert moved[:44] == keys[:44]
    assert sorted(moved[44:]) == sorted(keys[44:]) and moved[44:] != keys[44:]


# --- RIS ----------------------------------------------------------------------------------

RIS_TYPES = {"book": "BOOK", "chapter": "CHAP", "article-newspaper": "NEWS",
             "article-journal": "JOUR", "thesis": "THES", "paper-conference": "CONF"}


@pytest.mark.parametrize("edition", EDITIONS)
def test_ris_reads_back_with_the_same_fields(editions, edition):
    expected = expected_items(editions[edition])
    records = rispy.loads(transform_bytes(editions[edition], "ris"))
    assert len(records) == len(expected)
    for record, item in zip(records, expected):
        assert record["type_of_reference"] == RIS_TYPES[item.kind]
        book = item.kind == "book"
        # BOOK: TI is the multipart work's common title, VL the part number (RIS has no tag
        # for the part title); A3 the book's editor (Zotero reads A2 on BOOK as series editor)
        assert record["title"] == (item.main_title if book and item.main_title else item.title)
        assert record.get("volume") == item.volume or item.kind.startswith("article")
        assert record.get("authors", []) == item.authors
        editors = "tertiary_authors" if book else "secondary_authors"
        assert record.get(editors, []) == item.editors
        if item.pages and item.kind not in ("book", "thesis"):
            to = item.pages[1] if item.pages[1] != item.pages[0] else None
            assert (record["start_page"], record.get("end_page")) == (item.pages[0], to)
        else:  # Zotero and citation-js read SP on a book as its page count
            assert "start_page" not in record
        if item.date:
            assert record["year"] == record["date"]  # PY in full: citation-js reads only PY
            assert record["date"].startswith(item.date.replace("-", "/"))
        if item.container and item.kind == "paper-conference":
            assert record["custom3"] == item.container  # C3: the proceedings
        elif item.container:
            assert record["secondary_title"] == (item.main_title or item.container)
        if item.publisher:
            assert record["publisher"] == item.publisher


# --- CSL-JSON -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def csl_schema() -> jsonschema.Draft7Validator:
    """The CSL data schema, with CSL 1.0.2's volume-title (the title of one part)."""
    schema = json.loads((FIXTURES / "csl-data.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


@pytest.mark.parametrize("edition", EDITIONS)
def test_csl_json_is_valid_and_has_the_same_fields(editions, edition, csl_schema):
    expected = expected_items(editions[edition])
    items = json.loads(transform_bytes(editions[edition], "csl-json"))
    assert list(csl_schema.iter_errors(items)) == []
    assert len(items) == len(expected)
    for item, want in zip(items, expected):
        assert item["type"] == want.kind
        multipart_book = want.kind == "book" and want.main_title
        assert item["title"] == (want.main_title if multipart_book else want.title)
        assert item.get("volume-title") == (want.title if multipart_book else
                                            want.container if want.main_title else None)
        assert item.get("volume") == want.volume or want.kind.startswith("article")
        assert [n["literal"] for n in item.get("author", [])] == want.authors
        assert [n["literal"] for n in item.get("editor", [])] == want.editors
        if want.date:
            assert item["issued"]["date-parts"] == [[int(p) for p in want.date.split("-")]]
        if want.pages:
            assert item["page"] == "-".join(dict.fromkeys(p for p in want.pages if p))
        assert item.get("container-title") == (
            want.main_title if want.kind == "chapter" and want.main_title else want.container)
        if want.main_title:  # a multipart work is not a series
            assert "collection-title" not in item


def test_csl_json_renders_gbt7714():
    csl = transform_bytes(TAGGED.read_bytes(), "csl-json")
    lines = render_gbt7714(csl).splitlines()
    assert [int(re.match(r"\[(\d+)\] ", line).group(1)) for line in lines] == list(range(1, 49))
    # the multipart work as its CIP record gives it: common title, part number, part title
    assert lines[0] == ("[1] 尹德慈. 广州党建研究报告. 4, 基层党建工作创新专题调研[M]. 广州: "
                        "广东经济出版社, 2013.")
    assert lines[1] == ("[2] 广州市党建学会, 广州市党史党建重点研究基地. 广州基层党组织建设实践创新研究"
                        "[M]//尹德慈. 广州党建研究报告. 4, 基层党建工作创新专题调研. 广州: 广东经济出版社, "
                        "2013: 1-29.")
    assert lines[44] == ("[45] 胡锦涛. 坚定不移沿着中国特色社会主义道路前进，为全面建成小康社会而奋斗"
                         "——在中国共产党第十八次全国代表大会上的报告[M]. 人民出版社, 2012: 49-50.")
    assert lines[47] == "[48] 卢文洁. 听取民意为民解惑做党员群众贴心人[N]. 广州日报, 2012-10-24."


def test_gbt7714_is_a_transform_format():
    text = transform_bytes(TAGGED.read_bytes(), "gbt7714")
    assert text == render_gbt7714(transform_bytes(TAGGED.read_bytes(), "csl-json"))


# --- the interface for the HTML "cite this" box -------------------------------------------

def test_item_for_division(tmp_path):
    from saxonche import PySaxonProcessor

    stylesheet = tmp_path / "probe.xsl"
    stylesheet.write_text(f"""<xsl:stylesheet version="3.0"
        xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:cite="urn:x-teikit:cite"
        xpath-default-namespace="http://www.tei-c.org/ns/1.0">
      <xsl:import href="{(ROOT / 'xslt' / 'common' / 'citations.xsl').as_uri()}"/>
      <xsl:output method="text"/>
      <xsl:template match="/">
        <xsl:value-of select="(//div[@xml:id = 'ch1'], //div[@type = 'preface'])
            ! (cite:item-for-division(.) ! (?key || ' ' || ?page-from || '-' || ?page-to))"
            separator="&#10;"/>
      </xsl:template>
    </xsl:stylesheet>""", encoding="utf-8")
    processor = PySaxonProcessor(license=False)
    executable = processor.new_xslt30_processor().compile_stylesheet(
        stylesheet_file=str(stylesheet))
    node = processor.parse_xml(xml_text=TAGGED.read_text(encoding="utf-8"))
    assert executable.transform_to_string(xdm_node=node).splitlines() == [
        "isbn9787545429787-ch01 1-29", "isbn9787545429787 -"]


def test_translators_are_exported_as_translators(editions):
    """GB/T 7714's other responsibility "林荣远, 译." is a translator, not an editor."""
    bib = bibtexparser.parse_string(transform_bytes(editions["monograph"], "bibtex"))
    [entry] = [e for e in bib.entries if "共同体与社会" in e.fields_dict["title"].value]
    assert entry.fields_dict["translator"].value == "{林荣远}"
    assert "editor" not in entry.fields_dict
    csl = json.loads(transform_bytes(editions["monograph"], "csl-json"))
    [item] = [i for i in csl if i["title"] == "共同体与社会"]
    assert item["translator"] == [{"literal": "林荣远"}] and "editor" not in item
    ris = rispy.loads(transform_bytes(editions["monograph"], "ris"))
    [record] = [r for r in ris if r["title"] == "共同体与社会"]
    assert record["subsidiary_authors"] == ["林荣远"]  # RIS A4

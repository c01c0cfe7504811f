"""Plain-text exports by XSLT (xslt/text/): the diplomatic text and the reading text.

Oracles: the diplomatic text has the source file's non-whitespace characters in order; the
reading text holds every paragraph of the edition exactly once.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from teikit.errors import TransformError
from teikit.pipeline import convert_text
from tests.render import transform_bytes

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_SOURCE = ROOT / "tei" / "000_8288889db83d07b8.txt"
BUNDLED_EDITION = ROOT / "tei" / "000_8288889db83d07b8.xml"
SOURCES = [BUNDLED_SOURCE, *sorted((ROOT / "tests" / "books").glob("*/source.txt"))]
TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def non_whitespace(text: str) -> str:
    return "".join(text.split())


def blocks(text: str) -> list[str]:
    return [block.strip() for block in text.split("\n\n") if block.strip()]


@pytest.fixture(scope="module")
def conversions() -> dict[str, bytes]:
    """Each source converted once: the bundled book and the test books."""
    return {path.parent.name if path.name == "source.txt" else path.stem:
            convert_text(path.read_text(encoding="utf-8"), path.name).to_bytes()
            for path in SOURCES}


def source_of(name: str) -> Path:
    return next(p for p in SOURCES if name in (p.stem, p.parent.name))


# --- diplomatic ---------------------------------------------------------------------------

def test_committed_edition_regenerates_the_source():
    text = transform_bytes(BUNDLED_EDITION.read_bytes(), "diplomatic")
    assert non_whitespace(text) == non_whitespace(BUNDLED_SOURCE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [p.parent.name if p.name == "source.txt" else p.stem
                                  for p in SOURCES])
def test_converted_books_regenerate_their_source(conversions, name):
    text = transform_bytes(conversions[name], "diplomatic")
    source = source_of(name).read_text(encoding="utf-8")
    assert non_whitespace(text) == non_whitespace(source)


def test_page_layout_blocks_are_the_sources():
    """From the preface on, every blank-line block of the source is a block of the export:
    split paragraphs split again, each page's notes between the halves, marks with carets."""
    source = BUNDLED_SOURCE.read_text(encoding="utf-8")
    exported = {non_whitespace(b) for b in blocks(transform_bytes(BUNDLED_EDITION.read_bytes(),
                                                                  "diplomatic"))}
    preface = source.index("\n序 言\n")
    contents_start, contents_end = source.index("\n目 录\n"), source.index("\n后记")
    body = source[preface:contents_start] + source[source.index("\n", contents_end + 1):]
    expected = [non_whitespace(b) for b in blocks(body)]
    assert len(expected) > 40
    assert [b for b in expected if b not in exported] == []


def test_notes_print_their_marks_at_anchor_and_foot():
    text = transform_bytes(BUNDLED_EDITION.read_bytes(), "diplomatic")
    source = BUNDLED_SOURCE.read_text(encoding="utf-8")
    assert text.count("^①") == source.count("^①") == 6
    assert text.count("^②") == 2
    assert "\n* 王永平，" in text and "王永平*\n" in text


def test_diplomatic_text_is_lf_utf8_and_has_no_header():
    text = transform_bytes(BUNDLED_EDITION.read_bytes(), "diplomatic")
    assert "\r" not in text and text.endswith("\n") and not text.endswith("\n\n")
    assert "teikit" not in text  # the header's respStmt, projectDesc…


def test_colophon_rows_are_tab_separated():
    lines = transform_bytes(BUNDLED_EDITION.read_bytes(), "diplomatic").splitlines()
    assert "印张\t28.5" in lines and "发行" in lines


# --- reading ------------------------------------------------------------------------------

def paragraph_pattern(p: etree._Element, inline_notes: bool) -> re.Pattern:
    """What the reading text must print for a <p>: its text, a note mark (or the inline note)
    where a note is, nothing for a page break, […] for a gap."""
    parts = [re.escape(p.text or "")]
    for child in p:
        tag = etree.QName(child).localname
        if tag == "note":
            note_text = "".join(child.itertext())
            parts.append(re.escape(f"〔注：{note_text}〕") if inline_notes
                         else r"(?:\[(?:\d+|\*)\]|[*＊†‡§※]+)")
        elif tag == "gap":
            parts.append(re.escape("[…]"))
        elif tag != "pb":
            parts.append(re.escape("".join(child.itertext())))
        parts.append(re.escape(child.tail or ""))
    return re.compile("".join(parts))


@pytest.mark.parametrize("notes", ["chapter", "inline"])
@pytest.mark.parametrize("edition", ["bundled", "monograph", "report"])
def test_every_paragraph_exactly_once(conversions, edition, notes):
    xml = BUNDLED_EDITION.read_bytes() if edition == "bundled" else conversions[edition]
    text = transform_bytes(xml, "text", {"notes": notes})
    found = blocks(text)
    paragraphs = etree.fromstring(xml).xpath("//t:text//t:p[not(ancestor::t:note)]",
                                             namespaces=NS)
    assert paragraphs
    for p in paragraphs:
        pattern = paragraph_pattern(p, notes == "inline")
        assert sum(1 for b in found if pattern.fullmatch(b)) == 1, "".join(p.itertext())[:40]


def test_notes_are_numbered_after_their_chapter():
    text = transform_bytes(BUNDLED_EDITION.read_bytes(), "text")
    chapter = text[text.index("\n广州基层党组织建设实践创新研究\n\n广州市党建学会"):
                   text.index("\n引用文献\n")]
    listed = re.findall(r"^\[(\d+|\*)\] (\S{4})", chapter, flags=re.M)
    assert listed == [("*", "本研究报"), ("1", "胡锦涛："), ("2", "《万庆良"), ("3", "汤南：《"),
                      ("4", "卢文洁：")]
    assert "社区治[…]\n\n[*] 本研究" in chapter  # the list follows the chapter's last paragraph
    # the preface's note keeps its printed mark "*"
    assert "王永平*" in text and "\n* 王永平，现为" in text and "\n[1] 王永平" not in text


def test_page_markers():
    xml = BUNDLED_EDITION.read_bytes()
    plain = transform_bytes(xml, "text")
    marked = transform_bytes(xml, "text", {"page-markers": True})
    assert "[p." not in plain
    assert "选好配强基层党务[p. 2]工作者" in marked
    assert "\n\n[p. 1]\n\n广州基层党组织建设实践创新研究\n" in marked
    pbs = etree.fromstring(xml).xpath("//t:text//t:pb", namespaces=NS)
    assert len(re.findall(r"\[p\.(?: \d+)?\]", marked)) == len(pbs)


def test_contents_entries_lose_leaders_not_pages():
    text = transform_bytes(BUNDLED_EDITION.read_bytes(), "text")
    assert "广州基层党组织建设实践创新研究\t广州市党建学会、广州市党史党建重点研究基地(1)\n" in text
    assert "后记（445）\n" in text
    assert "....." not in text


def test_notes_parameter_is_checked():
    with pytest.raises(TransformError):
        transform_bytes(BUNDLED_EDITION.read_bytes(), "text", {"notes": "footer"})


# --- works cited, note marks, page markers (issue 13) -------------------------------------

SYMBOL = re.compile(r"^[*＊†‡§※]+$")
GBT_LINE = re.compile(r"^\[(\d+)\] \S.*\[(?:[A-Z]+(?:/OL)?)\]")


@pytest.mark.parametrize("edition", ["bundled", "monograph", "report"])
def test_works_cited_read_like_the_gbt_list(conversions, edition):
    """The text ends with the works cited as a numbered GB/T 7714 list: one line per work,
    numbered 1…n, each with its document type code; no field per line, no orphan [n]."""
    xml = conversions["000_8288889db83d07b8" if edition == "bundled" else edition]
    entries = etree.fromstring(xml).xpath("//t:standOff/t:listBibl/t:bibl", namespaces=NS)
    text = transform_bytes(xml, "text")
    assert not re.search(r"^\[\d+\]\s*$", text, flags=re.M)  # no orphan numbers
    head, _, works = text.rpartition("\n引用文献\n\n")
    assert head and len(entries) > 0
    lines = works.strip().split("\n")
    assert [GBT_LINE.match(line).group(1) for line in lines] == [
        str(n) for n in range(1, len(entries) + 1)]


@pytest.mark.parametrize("edition", ["bundled", "monograph", "report"])
def test_notes_printed_with_a_symbol_keep_it(conversions, edition):
    xml = conversions["000_8288889db83d07b8" if edition == "bundled" else edition]
    text = transform_bytes(xml, "text")
    notes = [n for n in etree.fromstring(xml).xpath("//t:text//t:note[@n]", namespaces=NS)
             if SYMBOL.match(n.get("n")) and n.get("anchored") != "false"]
    for note in notes:
        start = "".join(note.itertext()).strip()[:8]
        assert f"\n{note.get('n')} {start}" in text
    numbered = re.findall(r"^\[(\d+)\] ", text.split("\n引用文献\n")[0], flags=re.M)
    assert numbered and all(int(n) >= 1 for n in numbered)


@pytest.mark.parametrize("edition", ["bundled", "monograph", "report"])
@pytest.mark.parametrize("to", ["text", "diplomatic"])
def test_page_markers_give_the_printed_page_numbers(conversions, edition, to):
    xml = conversions["000_8288889db83d07b8" if edition == "bundled" else edition]
    pbs = etree.fromstring(xml).xpath("//t:text//t:pb", namespaces=NS)
    marked = transform_bytes(xml, to, {"page-markers": True})
    found = re.findall(r"\[p\.(?: ([^\]]+))?\]", marked)
    assert found == [pb.get("n", "") for pb in pbs]
    assert "[p." not in transform_bytes(xml, to)

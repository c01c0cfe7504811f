"""EPUB 3: epubcheck accepts the EPUB of every book; the package holds what the edition holds
(a file per division, the contents, popup notes, the page list, metadata from the header)."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree

from teikit.transform import parse_edition, render_package
from tests.conftest import BUNDLED_EDITION, TEST_BOOKS

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI, "h": "http://www.w3.org/1999/xhtml", "opf": "http://www.idpf.org/2007/opf",
      "dc": "http://purl.org/dc/elements/1.1/", "epub": "http://www.idpf.org/2007/ops",
      "c": "urn:oasis:names:tc:opendocument:xmlns:container"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
NAMES = ["bundled", *(p.name for p in TEST_BOOKS)]


@pytest.fixture(scope="module")
def editions(book_conversions) -> dict[str, bytes]:
    return {"bundled": BUNDLED_EDITION.read_bytes(),
            **{name: c.to_bytes() for name, c in book_conversions.items()}}


@pytest.fixture(scope="module")
def epubs(editions) -> dict[str, bytes]:
    return {name: render_package(parse_edition(xml), "epub") for name, xml in editions.items()}


class Epub:
    """An EPUB opened for reading: its files, package document and content documents."""

    def __init__(self, data: bytes):
        self.zip = zipfile.ZipFile(BytesIO(data))
        container = self.xml("META-INF/container.xml")
        self.opf_path = container.find(".//c:rootfile", NS).get("full-path")
        self.base = self.opf_path.rsplit("/", 1)[0] + "/"
        self.opf = self.xml(self.opf_path)

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def manifest(self) -> dict[str, str]:
        return {i.get("id"): i.get("href") for i in self.opf.iterfind(".//opf:item", NS)}

    def spine(self) -> list[str]:
        items = self.manifest()
        return [items[r.get("idref")] for r in self.opf.iterfind(".//opf:itemref", NS)]

    def content(self, href: str) -> etree._Element:
        return self.xml(self.base + href)


@pytest.mark.parametrize("name", NAMES)
def test_epubcheck_reports_no_error_and_no_warning(epubs, name, tmp_path):
    epubcheck = shutil.which("epubcheck")
    assert epubcheck, "epubcheck is missing: install the Debian package epubcheck (.ci/run does)"
    path = tmp_path / f"{name}.epub"
    path.write_bytes(epubs[name])
    # client JIT and serial GC: half the time of a default JVM for a run this short
    run = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                          str(Path(epubcheck).resolve()), str(path)],
                         capture_output=True, text=True, timeout=300)
    report = run.stdout + run.stderr
    assert run.returncode == 0, report
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in report, report


@pytest.mark.parametrize("name", NAMES)
def test_the_container_starts_with_the_stored_mimetype(epubs, name):
    archive = zipfile.ZipFile(BytesIO(epubs[name]))
    first = archive.infolist()[0]
    assert (first.filename, first.compress_type, first.extra) == ("mimetype", zipfile.ZIP_STORED, b"")
    assert archive.read("mimetype") == b"application/epub+zip"
    assert epubs[name][30:38] == b"mimetype"  # the name right after the first local header


def test_an_edition_always_gives_the_same_bytes(editions, epubs):
    assert render_package(parse_edition(editions["report"]), "epub") == epubs["report"]


@pytest.mark.parametrize("name", NAMES)
def test_every_file_is_in_the_manifest_and_every_manifest_item_is_a_file(epubs, name):
    epub = Epub(epubs[name])
    files = {n for n in epub.zip.namelist() if n not in ("mimetype", "META-INF/container.xml",
                                                          epub.opf_path)}
    assert files == {epub.base + href for href in epub.manifest().values()}


@pytest.mark.parametrize("name", NAMES)
def test_a_file_per_chapter_in_reading_order(editions, epubs, name):
    tei = etree.fromstring(editions[name])
    epub = Epub(epubs[name])
    chapters = [d.get(XML_ID) for d in tei.iterfind(f".//{{{TEI}}}body/{{{TEI}}}div[@type='chapter']")]
    holder = {}
    for href in epub.spine():
        for article in epub.content(href).iterfind(".//h:article", NS):
            holder[article.get("id")] = href
    assert list(holder) == chapters
    assert len(set(holder.values())) == len(chapters)  # never two chapters in one file


@pytest.mark.parametrize("name", NAMES)
def test_every_link_lands_on_an_id_of_the_book(epubs, name):
    epub = Epub(epubs[name])
    ids = {href: {e.get("id") for e in epub.content(href).iter() if e.get("id")}
           for href in epub.manifest().values() if href.endswith(".xhtml")}
    links = [(href, a.get("href")) for href in ids for a in epub.content(href).iterfind(".//h:a[@href]", NS)]
    assert len(links) > 10
    for source, link in links:
        if re.match(r"https?:", link):
            continue
        file, _, fragment = link.partition("#")
        assert file in ids, f"{source}: {link} is no file of the book"
        assert not fragment or fragment in ids[file], f"{source}: {link} lands nowhere"


@pytest.mark.parametrize("name", NAMES)
def test_notes_are_popup_footnotes(editions, epubs, name):
    tei = etree.fromstring(editions[name])
    epub = Epub(epubs[name])
    anchored = [n.get(XML_ID) for n in tei.xpath(
        "//t:text//t:note[@place or @type = 'editorial'][not(@anchored='false')]", namespaces=NS)]
    refs, notes = [], []
    for href in epub.spine():
        doc = epub.content(href)
        refs += [(href, a.get("href")) for a in doc.iter("{%s}a" % NS["h"]) if a.get(EPUB_TYPE) == "noteref"]
        notes += [(href, a.get("id")) for a in doc.iter("{%s}aside" % NS["h"])
                  if a.get(EPUB_TYPE) == "footnote"]
    # a note without xml:id (an editor's, added by hand) gets one teikit makes: tk-note-…
    assert len(notes) == len(anchored)
    assert [n if x is None and n.startswith("tk-note-") else x
            for x, (_, n) in zip(anchored, notes)] == [n for _, n in notes]
    assert refs == [(href, f"{href}#{n}") for href, n in notes]  # each mark in its note's file


@pytest.mark.parametrize("name", NAMES)
def test_the_page_list_has_every_printed_page(editions, epubs, name):
    tei = etree.fromstring(editions[name])
    numbers = list(dict.fromkeys(pb.get("n") for pb in tei.iterfind(f".//{{{TEI}}}pb[@n]")))
    epub = Epub(epubs[name])
    nav = epub.content(epub.manifest()["nav"])
    page_list = [n for n in nav.iterfind(".//h:nav", NS) if n.get(EPUB_TYPE) == "page-list"]
    entries = page_list[0].findall(".//h:a", NS) if page_list else []
    assert [a.text for a in entries] == numbers
    for a in entries:
        file, _, fragment = a.get("href").partition("#")
        target = epub.content(file).xpath(f"//*[@id='{fragment}']")
        assert target and target[0].get(EPUB_TYPE) == "pagebreak"


@pytest.mark.parametrize("name", NAMES)
def test_the_contents_lists_every_file_and_the_chapters_sections(editions, epubs, name):
    tei = etree.fromstring(editions[name])
    epub = Epub(epubs[name])
    nav = epub.content(epub.manifest()["nav"])
    toc = [n for n in nav.iterfind(".//h:nav", NS) if n.get(EPUB_TYPE) == "toc"][0]
    assert [a.get("href") for a in toc.xpath("h:ol/h:li/h:a", namespaces=NS)] == epub.spine()
    heads = ["".join(d.find(f"{{{TEI}}}head").itertext()).strip() for d in
             tei.xpath("//t:body/t:div[@type='chapter']/t:div[t:head]", namespaces=NS)]
    nested = [a.text for a in toc.xpath("h:ol/h:li/h:ol/h:li/h:a", namespaces=NS)]
    assert nested == heads


@pytest.mark.parametrize("name", NAMES)
def test_package_metadata_comes_from_the_header(editions, epubs, name):
    tei = etree.fromstring(editions[name])
    monogr = tei.find(".//t:sourceDesc/t:biblStruct/t:monogr", NS)
    meta = Epub(epubs[name]).opf.find("opf:metadata", NS)
    assert meta.findtext("dc:language", namespaces=NS) == tei.get("{http://www.w3.org/XML/1998/namespace}lang")
    main = monogr.xpath("t:title[@type='main'] | t:title[not(@type)]", namespaces=NS)[0]
    assert "".join(main.itertext()).strip() in meta.findtext("dc:title", namespaces=NS)
    people = [(e.text, "aut" if e.tag.endswith("author") else
               "trl" if e.get("role") == "translator" else "edt") for e in monogr.xpath(
                   "t:author | t:editor", namespaces=NS)]
    roles = {m.get("refines")[1:]: m.text for m in meta.iterfind("opf:meta[@property='role']", NS)}
    got = [(e.text, roles[e.get("id")]) for e in meta.xpath("dc:creator | dc:contributor", namespaces=NS)]
    assert got == [(n.strip(), r) for n, r in people] and got
    edition_id = tei.findtext(".//t:publicationStmt/t:idno", namespaces=NS)
    isbn = monogr.findtext("t:idno[@type='ISBN']", namespaces=NS).replace("-", "")
    assert meta.findtext("dc:identifier", namespaces=NS) == (
        f"urn:x-teikit:{edition_id}" if edition_id else f"urn:isbn:{isbn}")
    assert meta.findtext("dc:source", namespaces=NS) == f"urn:isbn:{isbn}"
    features = [m.text for m in meta.iterfind("opf:meta[@property='schema:accessibilityFeature']", NS)]
    assert ("printPageNumbers" in features) == bool(tei.xpath("//t:text//t:pb[@n]", namespaces=NS))
    modified = meta.findtext("opf:meta[@property='dcterms:modified']", namespaces=NS)
    change = tei.find(".//t:revisionDesc/t:change", NS).get("when")
    assert modified == f"{change}T00:00:00Z"


def test_cjk_fonts_are_left_to_the_reading_system(epubs):
    epub = Epub(epubs["bundled"])
    css = epub.zip.read(epub.base + epub.manifest()["css"]).decode()
    assert "font-family" not in css and "@font-face" not in css
    assert not [n for n in epub.zip.namelist() if n.lower().endswith((".ttf", ".otf", ".woff", ".woff2"))]


def test_transform_needs_an_output_file(tmp_path):
    from teikit.api import transform
    from teikit.errors import UsageError

    with pytest.raises(UsageError, match="binary"):
        transform(BUNDLED_EDITION, "epub", None)
    out = tmp_path / "book.epub"
    assert transform(BUNDLED_EDITION, "epub", out) is None
    assert zipfile.ZipFile(out).read("mimetype") == b"application/epub+zip"


def test_build_writes_the_epub_beside_the_other_formats(tmp_path):
    from teikit.api import build

    log = build(BUNDLED_EDITION, tmp_path)
    target = tmp_path / f"{BUNDLED_EDITION.stem}.epub"
    assert f"wrote {target}" in log
    expected = render_package(parse_edition(BUNDLED_EDITION.read_bytes(),
                                            BUNDLED_EDITION.resolve().as_uri()), "epub")
    assert target.read_bytes() == expected


def test_the_modified_parameter_sets_dcterms_modified_and_is_checked(tmp_path):
    from teikit.api import transform
    from teikit.errors import TransformError

    node = parse_edition(BUNDLED_EDITION.read_bytes())
    epub = Epub(render_package(node, "epub", {"modified": "2026-12-01T08:30:00Z"}))
    assert epub.opf.findtext(".//opf:meta[@property='dcterms:modified']", namespaces=NS) == \
        "2026-12-01T08:30:00Z"
    out = tmp_path / "book.epub"
    with pytest.raises(TransformError, match="CCYY-MM-DDThh:mm:ssZ"):
        transform(BUNDLED_EDITION, "epub", out, {"modified": "2026-12-01"})
    assert not out.exists()  # no partial output

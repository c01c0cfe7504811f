"""mets.xml: valid METS, every payload file in a fileGrp by role with its true size, MIME type and
SHA-256; dmdSecs referencing the records; a structMap pointing into the TEI."""
from __future__ import annotations

import hashlib
from urllib.parse import unquote

import pytest
from lxml import etree

from tests.deposit.conftest import BOOK_NAMES

NS = {"mets": "http://www.loc.gov/METS/", "xlink": "http://www.w3.org/1999/xlink",
      "t": "http://www.tei-c.org/ns/1.0"}
HREF = "{http://www.w3.org/1999/xlink}href"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(params=BOOK_NAMES)
def made(request, bags, editions):
    bag_dir = bags[request.param]
    return bag_dir, etree.parse(str(bag_dir / "mets.xml")), editions[request.param]


def test_valid_against_mets_xsd(made, schemas):
    _, tree, _ = made
    assert schemas["mets"].validate(tree), str(schemas["mets"].error_log)


def _role(relative: str, stem: str) -> str:
    """The expected role of a payload path, decided independently of teikit.deposit.payload."""
    if relative == f"data/tei/{stem}.xml":
        return "master"
    if relative == f"data/tei/{stem}.txt":
        return "source"
    if relative.startswith("data/schema/"):
        return "schema"
    if relative.startswith(f"data/build/{stem}-html/"):
        return "derivative-html"
    if relative.endswith((".diplomatic.txt", ".txt")) and not relative.endswith(".gbt7714.txt"):
        return "derivative-text"
    if relative.endswith(".epub"):
        return "derivative-epub"
    return "derivative-citations"


MIME = {".xml": "application/tei+xml", ".txt": "text/plain", ".html": "text/html",
        ".css": "text/css", ".js": "text/javascript", ".bib": "application/x-bibtex",
        ".ris": "application/x-research-info-systems", ".epub": "application/epub+zip",
        ".json": "application/vnd.citationstyles.csl+json", ".odd": "application/tei+xml",
        ".rng": "application/xml", ".sch": "application/xml", ".xsd": "application/xml"}


def test_every_payload_file_once_with_size_mime_checksum_and_role(made):
    bag_dir, tree, edition = made
    entries = tree.xpath("//mets:fileSec/mets:fileGrp/mets:file", namespaces=NS)
    listed = {}
    for entry in entries:
        relative = unquote(entry.find("mets:FLocat", NS).get(HREF))
        assert relative not in listed
        listed[relative] = entry
    payload = sorted(p.relative_to(bag_dir).as_posix() for p in (bag_dir / "data").rglob("*")
                     if p.is_file())
    assert sorted(listed) == payload
    for relative, entry in listed.items():
        data = (bag_dir / relative).read_bytes()
        assert entry.get("SIZE") == str(len(data))
        assert entry.get("CHECKSUMTYPE") == "SHA-256"
        assert entry.get("CHECKSUM") == hashlib.sha256(data).hexdigest()
        assert entry.get("MIMETYPE") == MIME["." + relative.rsplit(".", 1)[1]], relative
        assert entry.getparent().get("USE") == _role(relative, edition.stem), relative
    uses = [g.get("USE") for g in tree.xpath("//mets:fileGrp", namespaces=NS)]
    assert uses == ["master", "source", "schema", "derivative-html", "derivative-text",
                    "derivative-citations", "derivative-epub"]


def test_dmd_secs_reference_the_records_with_checksums(made):
    bag_dir, tree, _ = made
    refs = tree.xpath("//mets:dmdSec/mets:mdRef", namespaces=NS)
    assert [(r.get(HREF), r.get("MDTYPE"), r.get("OTHERMDTYPE")) for r in refs] == [
        ("metadata/oai_dc.xml", "DC", None), ("metadata/datacite.xml", "OTHER", "DataCite"),
        ("metadata/mods.xml", "MODS", None)]
    for ref in refs:
        data = (bag_dir / ref.get(HREF)).read_bytes()
        assert ref.get("CHECKSUM") == hashlib.sha256(data).hexdigest()
    top = tree.find("mets:structMap[@TYPE='logical']/mets:div", NS)
    assert top.get("DMDID").split() == [d.getparent().get("ID") for d in refs]


def _resolve(tei, area):
    if area.get("BETYPE") == "IDREF":
        found = tei.xpath("//*[@xml:id = $id]", id=area.get("BEGIN"))
        return found[0] if len(found) == 1 else None
    assert area.get("BETYPE") == "XPTR"
    steps = area.get("BEGIN").removeprefix("element(/").removesuffix(")").split("/")
    element = tei.getroot()
    assert steps[0] == "1"
    for step in steps[1:]:
        element = [e for e in element if isinstance(e.tag, str)][int(step) - 1]
    return element


def test_struct_map_points_at_front_chapters_and_back(made):
    bag_dir, tree, edition = made
    tei = etree.parse(str(edition))
    master = tree.xpath("//mets:fileGrp[@USE='master']/mets:file/@ID", namespaces=NS)
    divisions = tree.xpath("//mets:structMap[@TYPE='logical']/mets:div/mets:div", namespaces=NS)
    assert [d.get("TYPE") for d in divisions] == [
        etree.QName(e).localname for e in tei.find("t:text", NS) if isinstance(e.tag, str)]
    pointed = []
    for area in tree.xpath("//mets:structMap//mets:area", namespaces=NS):
        assert [area.get("FILEID")] == master
        element = _resolve(tei, area)
        assert element is not None
        div = area.getparent().getparent()
        assert div.get("TYPE") in (element.get("type"), etree.QName(element).localname)
        pointed.append(element)
    chapters = tei.xpath("//t:body//t:div[@type='chapter']", namespaces=NS)
    assert chapters and all(c in pointed for c in chapters)
    assert all(d in pointed for d in tei.xpath("//t:text//t:div", namespaces=NS))
    for chapter in chapters:  # chapters by id, labelled with their heading
        div = tree.xpath("//mets:div[mets:fptr/mets:area[@BETYPE='IDREF' and @BEGIN=$id]]",
                         namespaces=NS, id=chapter.get(XML_ID))[0]
        head = "".join(chapter.find("t:head", NS).xpath(".//text()[not(ancestor::t:note)]",
                                                           namespaces=NS))
        assert div.get("LABEL") == " ".join(head.split())


def test_archivematica_metsrw_reads_every_file_with_its_checksum(made):
    """An independent METS reader (metsrw, Archivematica's library) sees the same files."""
    import metsrw

    bag_dir, _, edition = made
    document = metsrw.METSDocument.fromfile(str(bag_dir / "mets.xml"))
    items = {f.path: f for f in document.all_files() if f.type == "Item"}
    payload = sorted(p.relative_to(bag_dir).as_posix() for p in (bag_dir / "data").rglob("*")
                     if p.is_file())
    assert sorted(items) == payload
    for path, item in items.items():
        assert item.checksumtype == "SHA-256"
        assert item.checksum == hashlib.sha256((bag_dir / path).read_bytes()).hexdigest()
        assert item.use == _role(path, edition.stem)

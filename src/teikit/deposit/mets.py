"""Deposit, step 3: the METS document (``mets.xml`` at the bag's root), built with lxml's builder.

It lists every payload file in a fileGrp by role (master, source, schema, derivative-html,
derivative-text, derivative-citations, any later format) with MIME type, size and SHA-256;
references each descriptive record from a dmdSec (mdRef with its own checksum); lays the
payload out as folders (a physical structMap, which Archivematica's metsrw needs); and maps the
edition's structure — front, body, back and their divisions — to the master TEI file: an
``area`` points at an element by its xml:id (BETYPE IDREF) or, lacking one, by its XPointer
child sequence (BETYPE XPTR, ``element(/1/2/1)``).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

from lxml import etree
from lxml.builder import ElementMaker

import teikit
from teikit.deposit.payload import ROLES, PayloadFile
from teikit.tei import TEI_NS

METS_NS = "http://www.loc.gov/METS/"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SCHEMA_LOCATION = f"{METS_NS} https://www.loc.gov/standards/mets/mets.xsd"

M = ElementMaker(namespace=METS_NS, nsmap={"mets": METS_NS, "xlink": XLINK_NS, "xsi": XSI_NS})
HREF = f"{{{XLINK_NS}}}href"

#: TEI elements that become structMap divisions, and the METS TYPE of the text's three parts.
DIVISIONS = {f"{{{TEI_NS}}}{name}" for name in ("div", "titlePage")}
PARTS = ("front", "body", "back")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def href(bag_path: str) -> str:
    """A bag-relative path as the URL METS records (percent-encoded, '/' kept)."""
    return quote(bag_path, safe="/")


def build(bag: Path, tei: etree._ElementTree, files: list[PayloadFile],
          records: list[tuple[str, str, dict]], label: str, object_id: str,
          created: str) -> bytes:
    """``records``: (dmdSec id suffix, bag path, mdRef attributes) per descriptive record."""
    files = sorted(files, key=lambda f: (_role_order(f.role), f.path))
    ids = {f.path: f"file-{n:04d}" for n, f in enumerate(files, 1)}
    master = next(f for f in files if f.role == "master")
    dmd_ids = [f"dmd-{name}" for name, _, _ in records]
    root = M.mets(
        M.metsHdr(M.agent(M.name(f"teikit {teikit.__version__}"), ROLE="CREATOR", TYPE="OTHER",
                          OTHERTYPE="SOFTWARE"), CREATEDATE=created),
        *[_dmd_sec(bag, name, path, attributes) for name, path, attributes in records],
        M.fileSec(*_file_groups(bag, files, ids)),
        M.structMap(_folders(files, ids, object_id), TYPE="physical", LABEL="Bag payload"),
        M.structMap(_structure(tei, ids[master.path], dmd_ids, label), TYPE="logical",
                    LABEL="TEI edition"),
        OBJID=object_id, LABEL=label, TYPE="TEI edition")
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _dmd_sec(bag: Path, name: str, path: str, attributes: dict):
    file = bag / path
    return M.dmdSec(M.mdRef(LOCTYPE="URL", MIMETYPE="application/xml", SIZE=str(file.stat().st_size),
                            CHECKSUM=sha256(file), CHECKSUMTYPE="SHA-256",
                            **{HREF: href(path)}, **attributes), ID=f"dmd-{name}")


def _role_order(role: str) -> tuple[int, str]:
    """The roles of payload.ROLES in their order, any other (a later format) after them."""
    return (ROLES.index(role) if role in ROLES else len(ROLES), role)


def _file_groups(bag: Path, files: list[PayloadFile], ids: dict[str, str]):
    roles = sorted({f.role for f in files}, key=_role_order)
    for role in roles:
        yield M.fileGrp(*[_file(bag, f, ids[f.path]) for f in files if f.role == role], USE=role)


def _file(bag: Path, file: PayloadFile, file_id: str):
    path = bag / file.path
    return M.file(M.FLocat(LOCTYPE="URL", **{HREF: href(file.path)}), ID=file_id,
                  MIMETYPE=file.mime, SIZE=str(path.stat().st_size), CHECKSUM=sha256(path),
                  CHECKSUMTYPE="SHA-256")


def _folders(files: list[PayloadFile], ids: dict[str, str], label: str):
    """The payload as folders and files (the physical structMap Archivematica's metsrw reads)."""
    root = M.div(TYPE="Directory", LABEL=label)
    folders = {(): root}
    for file in sorted(files, key=lambda f: f.path):
        parts = tuple(file.path.split("/"))
        for depth in range(1, len(parts)):
            if parts[:depth] not in folders:
                folder = M.div(TYPE="Directory", LABEL=parts[depth - 1])
                folders[parts[:depth - 1]].append(folder)
                folders[parts[:depth]] = folder
        folders[parts[:-1]].append(M.div(M.fptr(FILEID=ids[file.path]), TYPE="Item",
                                         LABEL=parts[-1]))
    return root


def _structure(tei: etree._ElementTree, master_id: str, dmd_ids: list[str], label: str):
    root = tei.getroot()
    text = root.find(f"{{{TEI_NS}}}text")
    parts = [] if text is None else [p for p in text if p.tag in {f"{{{TEI_NS}}}{n}" for n in PARTS}]
    return M.div(M.fptr(FILEID=master_id), *[_division(p, master_id, etree.QName(p).localname)
                                              for p in parts],
                 TYPE="edition", LABEL=label, DMDID=" ".join(dmd_ids))


def _division(element, master_id: str, kind: str):
    children = [_division(c, master_id, c.get("type") or etree.QName(c).localname)
                for c in element if c.tag in DIVISIONS]
    attributes = {"TYPE": kind}
    heading = _heading(element)
    if heading:
        attributes["LABEL"] = heading
    if element.get(XML_ID):
        attributes["ID"] = "tei-" + element.get(XML_ID)
    return M.div(M.fptr(_area(element, master_id)), *children, **attributes)


def _area(element, master_id: str):
    xml_id = element.get(XML_ID)
    if xml_id:
        return M.area(FILEID=master_id, BETYPE="IDREF", BEGIN=xml_id)
    return M.area(FILEID=master_id, BETYPE="XPTR", BEGIN=f"element({child_sequence(element)})")


def child_sequence(element) -> str:
    """XPointer element() child sequence of an element: /1/2/1 (elements only, 1-based)."""
    steps = []
    while element is not None:
        parent = element.getparent()
        siblings = [e for e in (parent if parent is not None else [element])
                    if isinstance(e.tag, str)]
        steps.append(str(siblings.index(element) + 1))
        element = parent
    return "/" + "/".join(reversed(steps))


def _heading(element) -> str:
    """The division's heading as printed, its notes left out."""
    texts = element.xpath("t:head[1]//text()[not(ancestor::t:note)]", namespaces={"t": TEI_NS})
    return " ".join("".join(texts).split())

"""What the model keeps that only the teiHeader states: source name, editorial counts, the last
page of each contents entry, the CIP lines as printed.

The source name is read from the conversion's ``change`` (a sentence the round-trip tests pin);
the counts from editorialDecl's ``num[@type]``.
"""
from __future__ import annotations

import re

from lxml import etree

from teikit.model import Editorial
from tests.readback.elements import XML_ID, children, full_text, is_tei, local
from teikit.tei import tei

_CONVERTED = re.compile(r"^Converted(?: from (?P<name>.*))? to TEI P5 by teikit \S+\.$", re.S)
def source_name(header: etree._Element | None) -> str:
    """The raw text's file name, from the change of revisionDesc that records the conversion
    (hand corrections add changes of their own, usually before it)."""
    changes = [] if header is None else header.iterfind(f"{tei('revisionDesc')}/{tei('change')}")
    for change in changes:
        m = _CONVERTED.match(full_text(change))
        if m:
            return m.group("name") or ""
    return ""


def editorial(header: etree._Element | None) -> Editorial:
    """The conversion's counts, from editorialDecl's ``num[@type]`` (one per Editorial field)."""
    found = Editorial()
    decl = None if header is None else header.find(f".//{tei('editorialDecl')}")
    if decl is None:
        return found
    for num in decl.iter(tei("num")):
        name, value = num.get("type"), num.get("value", "")
        if name in Editorial.__dataclass_fields__ and value.isdigit():
            setattr(found, name, int(value))
    return found


def contents_pages_to(header: etree._Element | None) -> dict[str, str]:
    """Contents entry bibl id (src-toc3) → last printed page, from listBibl[@type='chapters']."""
    found: dict[str, str] = {}
    if header is None:
        return found
    for listing in header.iter(tei("listBibl")):
        if listing.get("type") != "chapters":
            continue
        for bibl in children(listing):
            scope = next((c for c in children(bibl) if is_tei(c, "biblScope")), None)
            if scope is not None and scope.get("to") and bibl.get(XML_ID):
                found[bibl.get(XML_ID)] = scope.get("to")
    return found


def cip_lines(header: etree._Element | None) -> list[str] | None:
    """The CIP record as printed (heading first), from sourceDesc's ``note[@type='cip']``."""
    if header is None:
        return None
    for note in header.iter(tei("note")):
        if note.get("type") != "cip":
            continue
        lines = [note.text or ""]
        for kid in note:
            if local(kid) == "lb":
                lines.append(kid.tail or "")
            else:
                lines[-1] += full_text(kid) + (kid.tail or "")
        return lines
    return None

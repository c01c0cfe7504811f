"""A large edition for the benchmarks: the body of a real edition repeated to a given size."""
from __future__ import annotations

import copy
from pathlib import Path

from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def grow(edition: Path, size_mb: float) -> bytes:
    """Repeat the body's divisions (with fresh xml:ids and page numbers) until the size is reached."""
    tree = etree.parse(str(edition))
    body = tree.getroot().find(f"{TEI}text/{TEI}body")
    template = [copy.deepcopy(c) for c in body]
    copy_no, page = 0, max([int(p.get("n")) for p in body.iter(f"{TEI}pb") if (p.get("n") or "").isdigit()] or [0])
    while len(etree.tostring(tree, encoding="UTF-8")) < size_mb * 1_000_000:
        copy_no += 1
        for node in template:
            clone = copy.deepcopy(node)
            for el in clone.iter(etree.Element):
                if el.get(XML_ID):
                    el.set(XML_ID, f"{el.get(XML_ID)}-c{copy_no}")
                if el.tag == f"{TEI}pb" and el.get("n"):
                    page += 1
                    el.set("n", str(page))
            body.append(clone)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")

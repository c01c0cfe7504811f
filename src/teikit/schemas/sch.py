"""Derive the project's ISO Schematron from the ODD's ``constraintSpec``s.

Each ``constraintSpec`` becomes one ``sch:pattern`` whose ``id`` is the rule id users see.
The rules are XPath 1.0 with EXSLT (``str:tokenize``), so lxml evaluates them without Java.
The keys and the global variable below are shared infrastructure of the rules.
"""
from __future__ import annotations

import copy

from lxml import etree

from teikit.schemas.odd import Customisation
from teikit.tei import TEI_NS

SCH_NS = "http://purl.oclc.org/dsdl/schematron"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
EXSLT_STR = "http://exslt.org/strings"
_S = f"{{{SCH_NS}}}"

#: xsl:key elements the rules rely on: name -> (match, use)
KEYS = {
    "teikit-ids": ("tei:*[@xml:id]", "@xml:id"),
    "teikit-pointers": ("@target | @corresp | @ref",
                        "str:tokenize(translate(normalize-space(.), '#', ''), ' ')"),
}


def derive_sch(custom: Customisation, header: str) -> etree._Element:
    schema = etree.Element(f"{_S}schema", nsmap={"sch": SCH_NS, "xsl": XSL_NS},
                           queryBinding="xslt")
    schema.append(etree.Comment(header))
    etree.SubElement(schema, f"{_S}title").text = f"Schematron rules of the {custom.ident} ODD"
    etree.SubElement(schema, f"{_S}ns", prefix="tei", uri=TEI_NS)
    etree.SubElement(schema, f"{_S}ns", prefix="str", uri=EXSLT_STR)
    for name, (match, use) in KEYS.items():
        etree.SubElement(schema, f"{{{XSL_NS}}}key", name=name, match=match, use=use)
    etree.SubElement(schema, f"{_S}let", name="teikit-all-ids", value="//@xml:id")
    for spec in custom.constraints:
        schema.append(_pattern(spec))
    return schema


def _pattern(spec: etree._Element) -> etree._Element:
    ident = spec.get("ident")
    pattern = etree.Element(f"{_S}pattern", id=ident)
    desc = spec.find(f"{{{TEI_NS}}}desc")
    if desc is not None:
        etree.SubElement(pattern, f"{_S}title").text = " ".join("".join(desc.itertext()).split())
    for rule in spec.iter(f"{_S}rule"):
        pattern.append(copy.deepcopy(rule))
    if len(pattern.findall(f"{_S}rule")) == 0:
        raise ValueError(f"constraintSpec {ident} holds no sch:rule")
    etree.cleanup_namespaces(pattern)
    return pattern

"""Derive the project's ISO Schematron from the ODD's ``constraintSpec``s.

Each ``constraintSpec`` becomes one ``sch:pattern`` whose ``id`` is the rule id users see.
The rules are plain XPath 1.0 with XSLT keys and no extension functions (no EXSLT), so libxslt
(lxml) and XSLT 2/3 processors (Saxon) run them alike. The keys below are shared
infrastructure of the rules.
"""
from __future__ import annotations

import copy

from lxml import etree

from teikit.errors import SchemaBuildError
from teikit.odd.customisation import Customisation
from teikit.tei import SCH_NS, TEI_NS

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_S = f"{{{SCH_NS}}}"

_POINTERS = "@target | @corresp | @ref"
_LISTS = " | ".join(f"{a}[contains(normalize-space(.), ' ')]" for a in _POINTERS.split(" | "))

#: xsl:key elements the rules rely on: (name, match, use). XPath 1.0 cannot split a list, so a
#: pointer attribute is indexed by its first pointer, and the attributes holding a list are
#: gathered under one key value to be searched (few in an edition).
KEYS = [
    ("teikit-ids", "tei:*[@xml:id]", "@xml:id"),
    ("teikit-pointers", _POINTERS,
     "substring-before(concat(translate(normalize-space(.), '#', ''), ' '), ' ')"),
    ("teikit-pointer-lists", _LISTS, "'list'"),
]


def derive_sch(custom: Customisation, header: str) -> etree._Element:
    schema = etree.Element(f"{_S}schema", nsmap={"sch": SCH_NS, "xsl": XSL_NS},
                           queryBinding="xslt")
    schema.append(etree.Comment(header))
    etree.SubElement(schema, f"{_S}title").text = f"Schematron rules of the {custom.ident} ODD"
    etree.SubElement(schema, f"{_S}ns", prefix="tei", uri=TEI_NS)
    for name, match, use in KEYS:
        etree.SubElement(schema, f"{{{XSL_NS}}}key", name=name, match=match, use=use)
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
        raise SchemaBuildError(f"constraintSpec {ident} holds no sch:rule")
    etree.cleanup_namespaces(pattern)
    return pattern

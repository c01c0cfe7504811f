"""Derive the project's ISO Schematron from the ODD's ``constraintSpec``s.

Each ``constraintSpec`` becomes one ``sch:pattern`` whose ``id`` is the rule id users see.
The rules are plain XPath 1.0 with XSLT keys and no extension functions (no EXSLT), so libxslt
(lxml) and XSLT 2/3 processors (Saxon) run them alike. The ``sch:ns`` and ``xsl:key``
declarations the rules share are written in the ODD (a ``constraintSpec`` without rules), as
the TEI's own ``odd2sch`` reads them; this builder copies them before the patterns.
"""
from __future__ import annotations

import copy
import re

from lxml import etree

from teikit.errors import SchemaBuildError
from teikit.odd.customisation import Customisation
from teikit.tei import SCH_NS, TEI_NS

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_S = f"{{{SCH_NS}}}"

#: a call of a prefixed function (str:tokenize(, exsl:node-set(): an extension other
#: Schematron processors lack; an axis step (preceding::tei:note) is not followed by "("
_EXTENSION_CALL = re.compile(r"(?<![:\w.-])([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*\(")
_KEY_CALL = re.compile(r"\bkey\(\s*'([^']+)'")
_EXPRESSIONS = ("context", "test", "value", "select")


def derive_sch(custom: Customisation, header: str) -> etree._Element:
    schema = etree.Element(f"{_S}schema", nsmap={"sch": SCH_NS, "xsl": XSL_NS},
                           queryBinding="xslt")
    schema.append(etree.Comment(header))
    etree.SubElement(schema, f"{_S}title").text = f"Schematron rules of the {custom.ident} ODD"
    for tag in (f"{_S}ns", f"{{{XSL_NS}}}key"):
        for spec in custom.constraints:
            for declaration in spec.iter(tag):
                schema.append(_declaration(declaration))
    if not any(ns.get("prefix") == "tei" for ns in schema.iter(f"{_S}ns")):
        raise ValueError("the ODD's constraintSpecs declare no sch:ns for the prefix tei")
    keys = {key.get("name") for key in schema.iter(f"{{{XSL_NS}}}key")}
    for spec in custom.constraints:
        if spec.find(f".//{_S}rule") is not None or not _declares(spec):
            _check_self_contained(spec, keys)
            schema.append(_pattern(spec))
    return schema


def _check_self_contained(spec: etree._Element, keys: set[str]) -> None:
    """What the TEI's odd2sch copies must run on its own: declared keys, no extensions."""
    for element in spec.iter(f"{_S}*"):
        for name in _EXPRESSIONS:
            expression = element.get(name) or ""
            for key in _KEY_CALL.findall(expression):
                if key not in keys:
                    raise ValueError(f"constraintSpec {spec.get('ident')} uses the key "
                                     f"'{key}', which no xsl:key of the ODD declares")
            call = _EXTENSION_CALL.search(expression)
            if call:
                raise ValueError(f"constraintSpec {spec.get('ident')} calls the extension "
                                 f"function {call.group(0).rstrip('(').strip()}(): "
                                 "use plain XPath 1.0")


def _declares(spec: etree._Element) -> bool:
    return any(True for _ in spec.iter(f"{_S}ns", f"{{{XSL_NS}}}key"))


def _declaration(element: etree._Element) -> etree._Element:
    copied = etree.Element(element.tag, dict(element.attrib))
    copied.tail = None
    return copied


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

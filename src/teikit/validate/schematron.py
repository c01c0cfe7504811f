"""Schematron validation with lxml (XPath 1.0, no extension functions, no Java), with source lines.

The schema is compiled once per process into a single-pass XSLT 1.0 validator
(``validate.sch_compile``); its SVRL findings are mapped back to source lines.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit import xmlsafe
from teikit.odd import locate
from teikit.validate.sch_compile import compile_schematron

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
_S = f"{{{SVRL_NS}}}"


@lru_cache(maxsize=4)
def _compiled(path: str, skip: frozenset[str] = frozenset()) -> etree.XSLT:
    schema = xmlsafe.parse(path).getroot()
    for pattern in schema.findall(f"{{{SCH_NS}}}pattern"):
        if pattern.get("id") in skip:
            schema.remove(pattern)
    return etree.XSLT(compile_schematron(schema))


def check(tree: etree._ElementTree, schematron: Path | None = None,
          skip: frozenset[str] = frozenset()):
    """Failed assertions and successful reports as (line, severity, message, rule-id, hint).

    ``skip`` names patterns the caller has checked itself (``validate_tree`` finds duplicate
    ids in Python and hands over a tree without any: the pattern could never fire).
    """
    path = str(schematron or locate.schema_file(locate.SCH))
    return findings(_compiled(path, frozenset(skip))(tree), tree)


def findings(report: etree._ElementTree, tree: etree._ElementTree):
    """The (line, severity, message, rule-id, hint) of each finding of an SVRL report on ``tree``."""
    pattern = "schematron"
    found = []
    for node in report.getroot():
        if node.tag == f"{_S}active-pattern":
            pattern = node.get("id") or pattern
        elif node.tag in (f"{_S}failed-assert", f"{_S}successful-report"):
            severity = "warning" if node.get("role") in ("warning", "warn", "info") else "error"
            text = " ".join("".join(node.find(f"{_S}text").itertext()).split())
            line, hint = _where(tree, node.get("location"))
            found.append((line, severity, text, pattern, hint))
    return found


def _where(tree: etree._ElementTree, location: str | None) -> tuple[int, str]:
    """Source line of an SVRL location, and the start tag to look for on it."""
    try:
        hits = tree.xpath(location) if location else []
    except etree.XPathError:
        hits = []
    hit = hits[0] if hits else None
    if hit is not None and not isinstance(hit, etree._Element) and hasattr(hit, "getparent"):
        hit = hit.getparent()  # an attribute's location: report its element
    if not isinstance(hit, etree._Element):
        return 1, ""
    return hit.sourceline or 1, "<" + etree.QName(hit).localname

"""Schematron validation with lxml (XPath 1.0 + EXSLT, no Java), reported with source lines."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree, isoschematron

from teikit import xmlsafe
from teikit.schemas import locate

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_S = f"{{{SVRL_NS}}}"


@lru_cache(maxsize=2)
def _compiled(path: str) -> isoschematron.Schematron:
    return isoschematron.Schematron(xmlsafe.parse(path), store_report=True)


def check(tree: etree._ElementTree, schematron: Path | None = None):
    """Failed assertions and successful reports as (line, severity, message, rule-id)."""
    path = str(schematron or locate.schema_file(locate.SCH))
    engine = _compiled(path)
    engine.validate(tree)
    pattern = "schematron"
    found = []
    for node in engine.validation_report.getroot():
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
    if not hits or not isinstance(hits[0], etree._Element):
        return 1, ""
    return hits[0].sourceline or 1, "<" + etree.QName(hits[0]).localname

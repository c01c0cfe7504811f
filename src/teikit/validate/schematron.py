"""Schematron validation with lxml (XPath 1.0, no extension functions, no Java), with source lines.

The schema is compiled once per process into single-pass XSLT 1.0 validators
(``validate.sch_compile``); its SVRL findings are mapped back to source lines. The patterns
are shared among ``PARTS`` validators that run at once, each in a thread: libxslt runs
without the GIL and only reads the document, so two cores check a large edition in about
half the time.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit import xmlsafe
from teikit.odd import locate
from teikit.tei import XML_ID
from teikit.validate.sch_compile import compile_schematron

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
_S = f"{{{SVRL_NS}}}"


#: Validators run at once (one thread each), the patterns dealt out among them in turn.
PARTS = max(1, min(2, os.cpu_count() or 1))


@lru_cache(maxsize=16)
def _compiled(path: str, skip: frozenset[str] = frozenset(), registered_ids: bool = False,
              part: int = 0, parts: int = 1) -> etree.XSLT:
    """The validator of the ``part``-th share of the patterns not in ``skip``."""
    schema = xmlsafe.parse(path).getroot()
    kept = 0
    for pattern in schema.findall(f"{{{SCH_NS}}}pattern"):
        if pattern.get("id") in skip:
            schema.remove(pattern)
            continue
        if kept % parts != part:
            schema.remove(pattern)
        kept += 1
    return etree.XSLT(compile_schematron(schema, registered_ids))


@lru_cache(maxsize=4)
def _pattern_order(path: str) -> dict[str | None, int]:
    patterns = xmlsafe.parse(path).getroot().findall(f"{{{SCH_NS}}}pattern")
    return {pattern.get("id"): index for index, pattern in enumerate(patterns)}


def ids_registered(tree: etree._ElementTree) -> bool:
    """Whether ``id()`` finds the document's xml:ids: a parse with ``collect_ids`` registers
    them (and refuses a duplicate); a tree built or copied in memory has none registered.
    The first and the last identified elements are looked up (no ids at all: either way)."""
    first = next((e for e in tree.getroot().iter(etree.Element) if e.get(XML_ID) is not None),
                 None)
    if first is None:
        return True
    found = [first] + tree.xpath("(/descendant::*[@xml:id])[last()]")
    return all(tree.xpath("id($v)", v=element.get(XML_ID)) == [element] for element in found)


def check(tree: etree._ElementTree, schematron: Path | None = None,
          skip: frozenset[str] = frozenset(), registered_ids: bool | None = None):
    """Failed assertions and successful reports as (line, severity, message, rule-id, hint).

    ``skip`` names patterns the caller has checked itself (``validate_tree`` finds duplicate
    ids in Python and hands over a tree without any: the pattern could never fire).
    ``registered_ids``: whether ``id()`` finds the tree's xml:ids (None: looked at).
    """
    path = str(schematron or locate.schema_file(locate.SCH))
    if registered_ids is None:
        registered_ids = ids_registered(tree)
    sheets = [_compiled(path, frozenset(skip), registered_ids, part, PARTS)
              for part in range(PARTS)]
    if len(sheets) == 1:
        return findings(sheets[0](tree), tree)
    with ThreadPoolExecutor(len(sheets) - 1) as pool:
        running = [pool.submit(sheet, tree) for sheet in sheets[1:]]
        reports = [sheets[0](tree)] + [job.result() for job in running]
    order = _pattern_order(path)
    found = [finding for report in reports for finding in findings(report, tree)]
    return sorted(found, key=lambda finding: order.get(finding[3], len(order)))


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

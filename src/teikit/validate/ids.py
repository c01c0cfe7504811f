"""Duplicate ``xml:id``s, found by teikit itself so that they never hide the other problems.

libxml2 stops parsing at a second ``xml:id="x"`` (and its RelaxNG flags the attribute without
saying why), so the file is parsed without libxml2's ID table; this module reports each later
occurrence with the line of the first, as jing does, and gives the grammar and the Schematron a
copy of the tree in which the duplicates carry fresh identifiers, so they report everything else.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from lxml import etree

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_ALL_IDS = etree.XPath("//@xml:id")
#: the Schematron pattern this module does instead (with the first occurrence's line)
CHECKED = frozenset({"xmlid-unique"})


@dataclass(frozen=True)
class Duplicate:
    value: str
    line: int
    first_line: int
    suggestion: str  # an identifier no element uses yet


def duplicates(tree: etree._ElementTree) -> list[Duplicate]:
    values = _ALL_IDS(tree)  # one C loop: a document without duplicates is done here
    if len(set(values)) == len(values):
        return []
    first: dict[str, int] = {}
    found = []
    used = {e.get(XML_ID) for e in tree.iter(etree.Element) if e.get(XML_ID) is not None}
    for element in tree.iter(etree.Element):
        value = element.get(XML_ID)
        if value is None:
            continue
        line = element.sourceline or 1
        if value in first:
            free = free_id(value, used)
            used.add(free)
            found.append(Duplicate(value, line, first[value], free))
        else:
            first[value] = line
    return found


def free_id(value: str, used: set[str]) -> str:
    """The next identifier of the same pattern that no element uses: n3 -> n7 when n1..n6 exist."""
    match = re.fullmatch(r"(.*?)(\d+)", value)
    if match:
        prefix = match.group(1)
        numbers = [int(m.group(1)) for u in used
                   if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", u))]
        candidate = f"{prefix}{max(numbers, default=0) + 1}"
    else:
        candidate, n = f"{value}-2", 2
        while candidate in used:
            n += 1
            candidate = f"{value}-{n}"
    return candidate


def deduplicated(tree: etree._ElementTree, found: list[Duplicate]) -> etree._ElementTree:
    """A copy of ``tree`` whose later duplicates carry their suggested identifiers."""
    if not found:
        return tree
    copied = copy.deepcopy(tree)
    seen: set[str] = set()
    pending = {(d.value, d.line): d.suggestion for d in found}
    for element in copied.iter(etree.Element):
        value = element.get(XML_ID)
        if value is None:
            continue
        if value in seen and (value, element.sourceline or 1) in pending:
            element.set(XML_ID, pending.pop((value, element.sourceline or 1)))
        seen.add(value)
    return copied


def message(duplicate: Duplicate) -> str:
    return (f'the identifier "{duplicate.value}" is already used on line {duplicate.first_line}; '
            "each xml:id must be unique")

"""Prune a RELAX NG grammar to the elements a document uses, so that it compiles in milliseconds.

libxml2 needs 6-7 s to compile TEI P5's ``tei_all.rng`` (about 580 element definitions) and a
compiled grammar cannot be pickled or kept between processes; an edition uses fewer than a
hundred of those elements. An element the document never contains cannot make it valid or
invalid except by being required somewhere, and a pattern that requires it fails in the full
grammar as well; so every reference to such an element becomes ``notAllowed`` and is simplified
away with RELAX NG's own rules (a choice drops it, an optional part becomes empty, a group,
interleave or oneOrMore containing it becomes notAllowed in turn). The verdict is the same as
with the full grammar (tests/validate/test_prune.py checks it on the correction catalogue);
messages come from the explainer, which reads the full grammar.
"""
from __future__ import annotations

from lxml import etree

from teikit.tei import RNG_NS

_R = f"{{{RNG_NS}}}"
_OPTIONAL = (f"{_R}zeroOrMore", f"{_R}optional")
_FAIL_WITH_PART = (f"{_R}group", f"{_R}interleave", f"{_R}oneOrMore", f"{_R}mixed", f"{_R}list")


def used_names(tree: etree._ElementTree) -> frozenset[str]:
    """Local names of every element in the document."""
    return frozenset(etree.QName(node).localname for node in tree.iter(etree.Element))


def prune(grammar: etree._ElementTree, used: frozenset[str]) -> etree._ElementTree:
    """``grammar`` (modified in place, and returned) without the elements outside ``used``."""
    root = grammar.getroot()
    defines: dict[str, list[etree._Element]] = {}
    for define in root.iter(f"{_R}define"):
        defines.setdefault(define.get("name"), []).append(define)
    dead = {name for name, found in defines.items() if _unused_element(found, used)}
    changed = True
    while changed:
        changed = False
        for node in list(root.iter(f"{_R}ref", f"{_R}notAllowed")):
            if node.tag == f"{_R}ref" and node.get("name") not in dead:
                continue
            if node.getparent() is None or not _attached(node, root):
                continue
            changed |= _simplify(node, dead)
    for name in dead:
        for define in defines.get(name, []):
            if define.getparent() is not None:
                define.getparent().remove(define)
    return grammar


def _unused_element(found: list[etree._Element], used: frozenset[str]) -> bool:
    """A define that is exactly one named element the document does not use."""
    if len(found) != 1 or found[0].get("combine"):
        return False
    children = [c for c in found[0] if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag == f"{_R}element"
            and children[0].get("name") is not None and children[0].get("name") not in used)


def _simplify(node: etree._Element, dead: set[str]) -> bool:
    """Apply one simplification to a dead reference or a notAllowed; True if the tree changed."""
    parent = node.getparent()
    if parent.tag == f"{_R}choice":
        parent.remove(node)
        if not _children(parent):
            _replace(parent, f"{_R}notAllowed")
        return True
    if parent.tag in _OPTIONAL and len(_children(parent)) == 1:
        _make_empty(parent)
        return True
    if parent.tag in _FAIL_WITH_PART:
        _replace(parent, f"{_R}notAllowed")
        return True
    changed = False
    if node.tag == f"{_R}ref":
        _replace(node, f"{_R}notAllowed")
        changed = True
    if (parent.tag == f"{_R}define" and len(_children(parent)) == 1 and not parent.get("combine")
            and parent.get("name") not in dead):
        dead.add(parent.get("name"))  # the whole define is notAllowed: its callers drop it
        changed = True
    return changed


def _children(element: etree._Element) -> list[etree._Element]:
    return [c for c in element if isinstance(c.tag, str)]


def _make_empty(element: etree._Element) -> None:
    """``element`` matches nothing but the empty sequence: drop it from a sequence it shares
    with other patterns, else put ``empty`` in its place. (libxml2 mishandles an ``empty``
    between other patterns of a group: it rejects documents the grammar accepts.)"""
    parent = element.getparent()
    if parent.tag != f"{_R}choice" and len(_children(parent)) > 1:
        parent.remove(element)
    else:
        _replace(element, f"{_R}empty")


def _replace(element: etree._Element, tag: str) -> None:
    element.addprevious(etree.Element(tag))
    element.getparent().remove(element)


def _attached(node: etree._Element, root: etree._Element) -> bool:
    while node is not None and node is not root:
        node = node.getparent()
    return node is root

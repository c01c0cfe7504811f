"""Derive the project RELAX NG grammar by restricting TEI P5's tei_all.rng to the ODD.

Every step only removes alternatives, so the result accepts a subset of what tei_all
accepts: elements outside the ODD become ``notAllowed`` and the grammar is simplified;
deleted attributes disappear; closed value lists replace datatypes; required attributes
lose their ``optional``.
"""
from __future__ import annotations

import copy

from lxml import etree

from teikit.errors import SchemaBuildError
from teikit.odd.customisation import AttChange, Customisation, unloaded_classes, unloaded_problems
from teikit.tei import RNG_NS

_R = f"{{{RNG_NS}}}"
#: patterns that fail when any child pattern fails
_ALL_OF = {f"{_R}{t}" for t in ("group", "interleave", "oneOrMore", "list", "element",
                                "attribute", "mixed", "define", "start")}
#: patterns that match empty when their child pattern fails
_OPTIONAL = {f"{_R}optional", f"{_R}zeroOrMore"}


def derive_rng(tei_all: etree._ElementTree, custom: Customisation) -> etree._Element:
    problems = unloaded_problems(custom)
    if problems:
        raise SchemaBuildError("the TEI's odd2rng would refuse this ODD: " + "; ".join(problems))
    grammar = copy.deepcopy(tei_all.getroot())
    _strip_annotations(grammar)
    defines = {d.get("name"): d for d in grammar.iter(f"{_R}define")}
    _change_class_attributes(defines, custom)
    _delete_class_attributes(defines, custom, custom.deleted_classes)
    # a class of a module the ODD does not load is empty (the elements that need its
    # required attributes belong to unloaded modules too, and become notAllowed)
    _delete_class_attributes(defines, custom, unloaded_classes(custom), check_required=False)
    elements = _element_defines(defines)
    _check_known(custom, elements)
    for name in custom.elements:
        _inline_attribute_classes(elements[name], defines)
        _delete_element_attributes(elements[name], custom.deleted_element_atts.get(name, set()))
        for change in custom.changed_element_atts.get(name, []):
            _change_attribute(elements[name], name, change)
    for name, define in elements.items():
        if name not in custom.elements:
            _replace_content(define, etree.Element(f"{_R}notAllowed"))
    _simplify(grammar)
    _drop_empty_in_groups(grammar)
    _check_kept(custom, elements)
    _drop_unreachable(grammar)
    return grammar


def _strip_annotations(grammar: etree._Element) -> None:
    """Drop documentation, embedded Schematron and comments: only the grammar remains."""
    for node in list(grammar.iter()):
        if node is grammar:
            continue
        if not isinstance(node.tag, str) or not node.tag.startswith(_R):
            node.getparent().remove(node)
            continue
        for attr in list(node.attrib):
            if attr.startswith("{"):
                del node.attrib[attr]
    grammar.text = None
    for node in grammar.iter():
        if node.tag not in (f"{_R}value", f"{_R}param", f"{_R}name"):
            node.text = None
        node.tail = None
    etree.cleanup_namespaces(grammar, top_nsmap={None: RNG_NS})


def _element_defines(defines: dict[str, etree._Element]) -> dict[str, etree._Element]:
    out = {}
    for define in defines.values():
        element = define.find(f"{_R}element")
        if element is not None and element.get("name"):
            out[element.get("name")] = define
    return out


def _check_known(custom: Customisation, elements: dict[str, etree._Element]) -> None:
    unknown = sorted(custom.elements - elements.keys())
    if unknown:
        raise SchemaBuildError(f"the ODD includes elements TEI P5 does not define: {', '.join(unknown)}")
    for name in custom.changed_element_atts.keys() | custom.deleted_element_atts.keys():
        if name not in custom.elements:
            raise SchemaBuildError(f"the ODD changes element {name}, which it does not include")


def _replace_content(parent: etree._Element, pattern: etree._Element) -> None:
    for child in list(parent):
        parent.remove(child)
    parent.append(pattern)


def _change_class_attributes(defines: dict[str, etree._Element], custom: Customisation) -> None:
    """Closed value lists (and usage="req") on class attributes, in the att.X.attribute.Y define."""
    for ident, changes in custom.changed_class_atts.items():
        for change in changes:
            define = defines.get(f"{ident}.attribute.{change.name.replace(':', '')}")
            if define is None:
                define = next((d for n, d in defines.items() if n.startswith(f"{ident}.attribute.")
                               and _attributes(d, change.name)), None)
            if define is None:
                raise SchemaBuildError(f"the ODD changes attribute {change.name} of class {ident}, "
                                       "which TEI does not define")
            _change_attribute(define, ident, change)


def _delete_class_attributes(defines: dict[str, etree._Element], custom: Customisation,
                             deleted_classes: set[str], check_required: bool = True) -> None:
    for name, define in defines.items():
        if not name.startswith("att."):
            continue
        head, _, tail = name.partition(".attribute.")
        if tail:  # att.X.attribute.Y
            deleted = head in deleted_classes or tail in custom.deleted_class_atts.get(head, ())
            attribute = define.find(f".//{_R}attribute")
            if attribute is None:  # already emptied
                continue
            deleted = deleted or attribute.get("name") in custom.deleted_class_atts.get(head, ())
        else:
            deleted = name.removesuffix(".attributes") in deleted_classes \
                and name.endswith(".attributes")
        if deleted and check_required:
            _require_optional(define, name)
        if deleted:
            _replace_content(define, etree.Element(f"{_R}empty"))


def _require_optional(define: etree._Element, name: str) -> None:
    for attribute in define.iter(f"{_R}attribute"):
        if attribute.getparent().tag != f"{_R}optional":
            raise SchemaBuildError(f"cannot delete the required attribute {attribute.get('name')} ({name})")


def _inline_attribute_classes(define: etree._Element, defines: dict[str, etree._Element]) -> None:
    """Copy the attribute classes into the element, so that it can change them alone."""
    while True:
        refs = [r for r in define.iter(f"{_R}ref") if r.get("name").startswith("att.")]
        if not refs:
            return
        for ref in refs:
            body = [copy.deepcopy(c) for c in defines[ref.get("name")]]
            if len(body) == 1:
                ref.getparent().replace(ref, body[0])
            else:
                group = etree.Element(f"{_R}group")
                group.extend(body)
                ref.getparent().replace(ref, group)


def _attributes(define: etree._Element, name: str) -> list[etree._Element]:
    return [a for a in define.iter(f"{_R}attribute") if a.get("name") == name]


def _delete_element_attributes(define: etree._Element, names: set[str]) -> None:
    for name in names:
        found = _attributes(define, name)
        if not found:
            raise SchemaBuildError(f"the ODD deletes attribute {name}, which the element does not have")
        for attribute in found:
            holder = attribute.getparent()
            if holder.tag != f"{_R}optional":
                raise SchemaBuildError(f"cannot delete the required attribute {name}")
            holder.getparent().replace(holder, etree.Element(f"{_R}empty"))


def _change_attribute(define: etree._Element, element: str, change: AttChange) -> None:
    found = _attributes(define, change.name)
    if not found:
        raise SchemaBuildError(f"the ODD changes attribute {change.name} of {element}, "
                               "which TEI does not give it (or the ODD deleted it)")
    for attribute in found:
        if change.values is not None:
            choice = etree.Element(f"{_R}choice")
            for value in change.values:
                etree.SubElement(choice, f"{_R}value").text = value
            _replace_content(attribute, choice)
        holder = attribute.getparent()
        if change.required and holder.tag == f"{_R}optional":
            holder.getparent().replace(holder, attribute)


def _simplify(grammar: etree._Element) -> None:
    """Propagate ``notAllowed`` through the grammar until nothing changes."""
    while True:
        failed = {d.get("name") for d in grammar.iter(f"{_R}define")
                  if len(d) == 1 and d[0].tag == f"{_R}notAllowed"}
        changed = False
        for ref in list(grammar.iter(f"{_R}ref")):
            if ref.get("name") in failed:
                ref.getparent().replace(ref, etree.Element(f"{_R}notAllowed"))
                changed = True
        for node in reversed(list(grammar.iter())):
            changed |= _simplify_node(node)
        if not changed:
            return


def _simplify_node(node: etree._Element) -> bool:
    dead = [c for c in node if c.tag == f"{_R}notAllowed"]
    if not dead or node.tag == f"{_R}grammar":
        return False
    if node.tag == f"{_R}choice":
        for child in dead:
            node.remove(child)
        if len(node) == 0:
            node.getparent().replace(node, etree.Element(f"{_R}notAllowed"))
        elif len(node) == 1:
            node.getparent().replace(node, node[0])
        return True
    if node.tag in _OPTIONAL:
        node.getparent().replace(node, etree.Element(f"{_R}empty"))
        return True
    if node.tag in (f"{_R}define", f"{_R}start"):
        if len(node) == 1:
            return False  # already reduced
        _replace_content(node, etree.Element(f"{_R}notAllowed"))
        return True
    if node.tag in _ALL_OF:
        node.getparent().replace(node, etree.Element(f"{_R}notAllowed"))
        return True
    return False


def _drop_empty_in_groups(grammar: etree._Element) -> None:
    """``group(p, empty)`` is ``p``: drop the ``empty``s the deletions leave in sequences.

    Not only tidier: libxml2's RelaxNG rejects the text of a mixed element whose attribute
    group right after the content holds an ``empty`` (placeName, geogName).
    """
    for node in reversed(list(grammar.iter(f"{_R}group", f"{_R}interleave", f"{_R}element"))):
        for child in [c for c in node if c.tag == f"{_R}empty"]:
            if len(node) > 1:
                node.remove(child)
        if node.tag != f"{_R}element" and len(node) == 1:
            node.getparent().replace(node, node[0])


def _check_kept(custom: Customisation, elements: dict[str, etree._Element]) -> None:
    lost = sorted(n for n in custom.elements
                  if len(elements[n]) == 1 and elements[n][0].tag == f"{_R}notAllowed")
    if lost:
        raise SchemaBuildError("these elements can no longer occur because a child they require "
                               f"is not included: {', '.join(lost)}")


def _drop_unreachable(grammar: etree._Element) -> None:
    defines = {d.get("name"): d for d in grammar.iter(f"{_R}define")}
    seen: set[str] = set()
    todo = [grammar.find(f"{_R}start")]
    while todo:
        for ref in todo.pop().iter(f"{_R}ref"):
            name = ref.get("name")
            if name not in seen:
                seen.add(name)
                todo.append(defines[name])
    for name, define in defines.items():
        if name not in seen:
            grammar.remove(define)

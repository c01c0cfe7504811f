"""RELAX NG content models as interned patterns, matched by derivatives (James Clark's algorithm).

Only what explaining an error needs: which child elements and text an element accepts at
each point, and which attributes it has. The verdict always comes from lxml's RelaxNG; this
module turns a failure into jing-like messages ("expected element "head" or "p"") and finds
*all* the errors, where libxml2 stops at the first one in each subtree.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from teikit.tei import RNG_NS, XML_NS

_R = f"{{{RNG_NS}}}"

# Patterns are tuples interned in _TABLE, so identity is equality and memoising is cheap.
_TABLE: dict[tuple, tuple] = {}


def _mk(*parts) -> tuple:
    return _TABLE.setdefault(parts, parts)


EMPTY = _mk("empty")
NOT_ALLOWED = _mk("notAllowed")
TEXT = _mk("text")
DATA = _mk("data")  # a typed value: matches one string
ANY = "*"  # wildcard element name (anyName)


def choice(a: tuple, b: tuple) -> tuple:
    if a is NOT_ALLOWED or a is b:
        return b
    if b is NOT_ALLOWED:
        return a
    return _mk("choice", a, b)


def group(a: tuple, b: tuple) -> tuple:
    if a is NOT_ALLOWED or b is NOT_ALLOWED:
        return NOT_ALLOWED
    if a is EMPTY:
        return b
    if b is EMPTY:
        return a
    return _mk("group", a, b)


def interleave(a: tuple, b: tuple) -> tuple:
    if a is NOT_ALLOWED or b is NOT_ALLOWED:
        return NOT_ALLOWED
    if a is EMPTY:
        return b
    if b is EMPTY:
        return a
    return _mk("interleave", a, b)


def one_or_more(p: tuple) -> tuple:
    if p is NOT_ALLOWED or p is EMPTY:
        return p
    return _mk("oneOrMore", p)


def element(name: str) -> tuple:
    return _mk("element", name)


_NULLABLE: dict[tuple, bool] = {}


def nullable(p: tuple) -> bool:
    if p in _NULLABLE:
        return _NULLABLE[p]
    kind = p[0]
    if kind in ("empty", "text", "data"):
        result = True
    elif kind in ("notAllowed", "element"):
        result = False
    elif kind == "choice":
        result = nullable(p[1]) or nullable(p[2])
    elif kind in ("group", "interleave"):
        result = nullable(p[1]) and nullable(p[2])
    else:  # oneOrMore
        result = nullable(p[1])
    _NULLABLE[p] = result
    return result


_DERIV: dict[tuple[tuple, str], tuple] = {}


def deriv(p: tuple, token: str) -> tuple:
    """What remains of ``p`` after one child: an element name (Clark notation) or "#text"."""
    key = (p, token)
    if key in _DERIV:
        return _DERIV[key]
    kind = p[0]
    if kind == "text":
        result = TEXT if token == "#text" else NOT_ALLOWED
    elif kind == "data":
        result = EMPTY if token == "#text" else NOT_ALLOWED
    elif kind == "element":
        result = EMPTY if token != "#text" and p[1] in (token, ANY) else NOT_ALLOWED
    elif kind == "choice":
        result = choice(deriv(p[1], token), deriv(p[2], token))
    elif kind == "group":
        result = group(deriv(p[1], token), p[2])
        if nullable(p[1]):
            result = choice(result, deriv(p[2], token))
    elif kind == "interleave":
        result = choice(interleave(deriv(p[1], token), p[2]), interleave(p[1], deriv(p[2], token)))
    elif kind == "oneOrMore":
        result = group(deriv(p[1], token), choice(p, EMPTY))
    else:
        result = NOT_ALLOWED
    _DERIV[key] = result
    return result


def expected(p: tuple) -> tuple[set[str], bool]:
    """Element names ``p`` accepts next, and whether it accepts text."""
    names: set[str] = set()
    text = False
    todo, seen = [p], set()
    while todo:
        q = todo.pop()
        if q in seen:
            continue
        seen.add(q)
        kind = q[0]
        if kind == "element":
            names.add(q[1])
        elif kind in ("text", "data"):
            text = True
        elif kind == "choice" or kind == "interleave":
            todo += [q[1], q[2]]
        elif kind == "group":
            todo.append(q[1])
            if nullable(q[1]):
                todo.append(q[2])
        elif kind == "oneOrMore":
            todo.append(q[1])
    return names, text


@dataclass
class AttributeSpec:
    """An attribute an element may carry: required or not, its closed values or datatypes."""

    name: str
    required: bool = True
    values: set[str] = field(default_factory=set)
    datatypes: set[str] = field(default_factory=set)
    free: bool = False  # text, or a datatype the explainer does not check

    def merge(self, other: "AttributeSpec") -> None:
        self.required = self.required and other.required
        self.values |= other.values
        self.datatypes |= other.datatypes
        self.free = self.free or other.free


@dataclass
class ElementSpec:
    name: str
    content: tuple
    attributes: dict[str, AttributeSpec]


class Grammar:
    """A RELAX NG grammar (like tei_all.rng or teikit.rng) read for explaining errors."""

    def __init__(self, root: etree._Element):
        self._defines = {d.get("name"): d for d in root.iter(f"{_R}define")}
        self._compiled: dict[str, tuple] = {}
        self.elements: dict[str, ElementSpec] = {}
        self._element_nodes: dict[str, list[etree._Element]] = {}
        for node in root.iter(f"{_R}element"):
            name = _element_name(node)
            if name:
                self._element_nodes.setdefault(name, []).append(node)
        self.start = self._compile_children(root.find(f"{_R}start"))

    def element(self, name: str) -> ElementSpec | None:
        if name not in self.elements:
            nodes = self._element_nodes.get(name)
            if not nodes:
                return None
            content, attributes = NOT_ALLOWED, {}
            for node in nodes:
                content = choice(content, self._compile_children(node))
                for spec in self._attributes(node, required=True):
                    if spec.name in attributes:
                        attributes[spec.name].merge(spec)
                    else:
                        attributes[spec.name] = spec
            self.elements[name] = ElementSpec(name, content, attributes)
        return self.elements[name]

    def _compile_children(self, node: etree._Element) -> tuple:
        result = EMPTY
        for child in node:
            if child.tag in (f"{_R}name", f"{_R}anyName", f"{_R}nsName"):
                continue
            result = group(result, self._compile(child))
        return result

    def _compile(self, node: etree._Element) -> tuple:
        tag = node.tag[len(_R):] if isinstance(node.tag, str) and node.tag.startswith(_R) else ""
        if tag == "element":
            return element(_element_name(node) or ANY)
        if tag == "ref":
            return self._ref(node.get("name"))
        if tag in ("empty", "attribute", ""):
            return EMPTY
        if tag == "notAllowed":
            return NOT_ALLOWED
        if tag == "text":
            return TEXT
        if tag in ("data", "value", "list"):
            return DATA
        body = self._compile_children(node)
        if tag in ("group", "define", "start"):
            return body
        if tag == "choice":
            result = NOT_ALLOWED
            for child in node:
                result = choice(result, self._compile(child))
            return result
        if tag == "interleave":
            result = EMPTY
            for child in node:
                result = interleave(result, self._compile(child))
            return result
        if tag == "mixed":
            return interleave(body, TEXT)
        if tag == "oneOrMore":
            return one_or_more(body)
        if tag == "zeroOrMore":
            return choice(one_or_more(body), EMPTY)
        if tag == "optional":
            return choice(body, EMPTY)
        return EMPTY

    def _ref(self, name: str) -> tuple:
        if name not in self._compiled:
            self._compiled[name] = NOT_ALLOWED  # guards recursion through non-element defines
            self._compiled[name] = self._compile_children(self._defines[name])
        return self._compiled[name]

    def _attributes(self, node: etree._Element, required: bool) -> list[AttributeSpec]:
        """Attributes of an element pattern; required when no optional/choice lies above."""
        found = []
        for child in node:
            tag = child.tag[len(_R):] if isinstance(child.tag, str) else ""
            if tag == "attribute":
                found.append(_attribute_spec(child, required))
            elif tag == "ref":
                define = self._defines[child.get("name")]
                if define.find(f"{_R}element") is None:
                    found += self._attributes(define, required)
            elif tag in ("group", "interleave", "mixed", "oneOrMore"):
                found += self._attributes(child, required)
            elif tag in ("optional", "zeroOrMore", "choice"):
                found += self._attributes(child, False)
        return found


def _element_name(node: etree._Element) -> str | None:
    name = node.get("name")
    if name is None:
        return None
    if ":" in name:
        prefix, local = name.split(":", 1)
        return f"{{{node.nsmap.get(prefix, '')}}}{local}"
    ns = _inherited_ns(node)
    return f"{{{ns}}}{name}" if ns else name


def _inherited_ns(node: etree._Element) -> str:
    while node is not None:
        if node.get("ns") is not None:
            return node.get("ns")
        node = node.getparent()
    return ""


def _attribute_spec(node: etree._Element, required: bool) -> AttributeSpec:
    name = node.get("name", "")
    if name.startswith("xml:"):
        qname = f"{{{XML_NS}}}{name[4:]}"
    elif ":" in name:
        prefix, local = name.split(":", 1)
        qname = f"{{{node.nsmap.get(prefix, '')}}}{local}"
    else:
        qname = name  # attributes are in no namespace unless prefixed
    spec = AttributeSpec(qname, required=required)
    content = [c for c in node if isinstance(c.tag, str) and c.tag.startswith(_R)]
    if not content:
        spec.free = True
    for child in content:
        for inner in child.iter():
            if inner.tag == f"{_R}value":
                spec.values.add((inner.text or "").strip())
            elif inner.tag == f"{_R}data":
                spec.datatypes.add(inner.get("type"))
            elif inner.tag in (f"{_R}text", f"{_R}list", f"{_R}ref"):
                spec.free = True
    return spec

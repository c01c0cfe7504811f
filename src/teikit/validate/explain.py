"""Walk a document against a Grammar and describe every grammar error the way jing does."""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from teikit.tei import TEI_NS
from teikit.validate import suggest
from teikit.validate.patterns import (ANY, NOT_ALLOWED, XML_NS, AttributeSpec, Grammar, deriv,
                                      expected, nullable)


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    rule: str
    hint: str = ""  # text to look for on the line, to give a column
    suggestion: str = ""  # the likely fix (see suggest.py)


def explain(tree: etree._ElementTree, grammar: Grammar) -> list[Problem]:
    root = tree.getroot()
    problems: list[Problem] = []
    if deriv(grammar.start, root.tag) is NOT_ALLOWED:
        problems.append(Problem(root.sourceline or 1, _not_allowed(root.tag, grammar.start),
                                "element-not-allowed", _tag_hint(root.tag)))
    for node in root.iter(etree.Element):
        spec = grammar.element(node.tag)
        if spec is not None:
            problems += _check_attributes(node, spec)
            problems += _check_children(node, spec.content, grammar)
    return problems


def _check_children(node: etree._Element, content: tuple, grammar: Grammar) -> Iterator[Problem]:
    state = content
    line = node.sourceline or 0
    for token, token_line in _tokens(node):
        after = deriv(state, token)
        if after is NOT_ALLOWED:
            if token == "#text":
                yield Problem(token_line or line, f"text not allowed here in element "
                              f"{_q(node.tag)}; {_expectation(state)}", "text-not-allowed")
            else:
                # a name the schema does not know is likely a typo of an expected one
                names = {n.rsplit("}", 1)[-1] for n in expected(state)[0] if n != ANY}
                typo = grammar.element(token) is None
                yield Problem(token_line, _not_allowed(token, state), "element-not-allowed",
                              _tag_hint(token),
                              suggest.element_name(token.rsplit("}", 1)[-1], names) if typo else "")
            continue  # skip the offending child and go on, as jing does
        state = after
    if not nullable(state):
        names, _ = expected(state)
        what = _names(names) if names else "text"
        yield Problem(line, f"element {_q(node.tag)} incomplete; missing required {what}",
                      "element-incomplete", _tag_hint(node.tag))


def _tokens(node: etree._Element) -> Iterator[tuple[str, int]]:
    """Children as grammar tokens: element names and "#text" for non-blank text."""
    if node.text and node.text.strip():
        yield "#text", node.sourceline or 0
    for child in node:
        if isinstance(child.tag, str):
            yield child.tag, child.sourceline or 0
        if child.tail and child.tail.strip():
            yield "#text", _tail_line(child)


def _tail_line(child: etree._Element) -> int:
    """The line a child's tail text starts on, counted back from the next element's line."""
    tail = child.tail or ""
    after = tail[len(tail) - len(tail.lstrip()):]
    node = child
    while node is not None:
        following = node.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None and following.sourceline:
            return following.sourceline - after.count("\n")
        node = node.getparent()
    return child.sourceline or 0


def _tag_hint(clark: str) -> str:
    return "<" + clark.rsplit("}", 1)[-1]


def _not_allowed(name: str, state: tuple) -> str:
    message = f"element {_q(name)} not allowed here; {_expectation(state)}"
    local = name.rsplit("}", 1)[-1]
    if any(n.rsplit("}", 1)[-1] == local and n != name for n in expected(state)[0]):
        message += f' in the TEI namespace (xmlns="{TEI_NS}")'
    return message


def _expectation(state: tuple) -> str:
    names, text = expected(state)
    if not names and not text:
        return "expected the element end-tag"
    parts = [_q(n) for n in sorted(names) if n != ANY]
    if ANY in names:
        parts.append("any element")
    listed = "element " + _join(parts + (["text"] if text else [])) if parts else "text"
    return "expected " + listed


def _names(names: set[str]) -> str:
    return "element " + _join([_q(n) for n in sorted(names)])


def _join(items: list[str]) -> str:
    if len(items) > 20:
        items = items[:20] + [f"{len(items) - 20} more"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _q(clark: str) -> str:
    """An element name as a user writes it; foreign namespaces spelt out."""
    if clark.startswith(f"{{{TEI_NS}}}"):
        return f'"{clark[len(TEI_NS) + 2:]}"'
    if clark.startswith("{"):
        ns, local = clark[1:].split("}", 1)
        return f'"{local}" (in namespace "{ns}")'
    return f'"{clark}" (in no namespace; TEI elements need xmlns="{TEI_NS}")'


def _attribute_name(clark: str) -> str:
    if clark.startswith(f"{{{XML_NS}}}"):
        return "xml:" + clark[len(XML_NS) + 2:]
    return clark


def _check_attributes(node: etree._Element, spec) -> Iterator[Problem]:
    line = node.sourceline or 0
    allowed: dict[str, AttributeSpec] = spec.attributes
    for name, value in node.attrib.items():
        attribute = allowed.get(name)
        if attribute is None:
            names = _join([f'"{_attribute_name(n)}"' for n in sorted(allowed, key=_attribute_name)])
            yield Problem(line, f'attribute "{_attribute_name(name)}" not allowed on element '
                          f'{_q(node.tag)}; expected attribute {names}' if names else
                          f'attribute "{_attribute_name(name)}" not allowed here',
                          "attribute-not-allowed", f"{_attribute_name(name)}=",
                          suggest.attribute_name(_attribute_name(name), value,
                                                 [_attribute_name(n) for n in allowed
                                                  if n not in node.attrib]))
            continue
        reason = _value_problem(attribute, value)
        if reason:
            yield Problem(line, f'value "{value}" of attribute "{_attribute_name(name)}" is '
                          f'invalid; {reason}', "attribute-value", f"{_attribute_name(name)}=",
                          suggest.attribute_value(_attribute_name(name), value,
                                                  attribute.values or ()))
    for name, attribute in allowed.items():
        if attribute.required and name not in node.attrib:
            yield Problem(line, f'element {_q(node.tag)} missing required attribute '
                          f'"{_attribute_name(name)}"', "attribute-required", _tag_hint(node.tag))


def _value_problem(attribute: AttributeSpec, value: str) -> str:
    if attribute.free:
        return ""
    if attribute.values and value.strip() in attribute.values:
        return ""
    if any(_datatype_accepts(t, value.strip()) for t in attribute.datatypes):
        return ""
    if attribute.values and not attribute.datatypes:
        return "must be equal to " + _join([f'"{v}"' for v in sorted(attribute.values)])
    if attribute.datatypes - set(_DATATYPES):
        return ""  # a datatype the explainer does not check: trust lxml's verdict
    kinds = sorted(_DESCRIBED.get(t, t) for t in attribute.datatypes)
    return "must be " + _join(kinds + [f'"{v}"' for v in sorted(attribute.values)])


_DATE = r"-?\d{4,}-\d{2}-\d{2}"
_TZ = r"(Z|[+-]\d{2}:\d{2})?"
_DATATYPES = {
    "gYear": re.compile(rf"-?\d{{4,}}{_TZ}"),
    "gYearMonth": re.compile(rf"-?\d{{4,}}-(0[1-9]|1[0-2]){_TZ}"),
    "gMonth": re.compile(rf"--(0[1-9]|1[0-2]){_TZ}"),
    "gDay": re.compile(rf"---(0[1-9]|[12]\d|3[01]){_TZ}"),
    "gMonthDay": re.compile(rf"--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]){_TZ}"),
    "date": re.compile(rf"{_DATE}{_TZ}"),
    "time": re.compile(rf"([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?{_TZ}"),
    "dateTime": re.compile(rf"{_DATE}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?{_TZ}"),
    "nonNegativeInteger": re.compile(r"\+?\d+"),
    "integer": re.compile(r"[+-]?\d+"),
    "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
}
_DESCRIBED = {"date": "a date like 2013-12-31", "gYear": "a year like 2013",
              "gYearMonth": "a year and month like 2013-12", "dateTime": "a date and time",
              "gMonth": "a month like --12", "gDay": "a day like ---31",
              "gMonthDay": "a month and day like --12-31", "time": "a time like 09:30:00",
              "nonNegativeInteger": "a whole number", "integer": "a whole number",
              "decimal": "a number"}


def _datatype_accepts(datatype: str, value: str) -> bool:
    pattern = _DATATYPES.get(datatype)
    if pattern is None:
        return True
    if not pattern.fullmatch(value):
        return False
    if datatype in ("date", "dateTime"):
        try:
            datetime.date.fromisoformat(value.lstrip("-")[:10])
        except ValueError:
            return False
    return True

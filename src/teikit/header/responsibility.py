"""Statements of responsibility (``张三, 李四主编; 王五译``) split into names and role words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from teikit.header.record_text import Span, Value
from teikit.names import ROLE_FUNCTIONS

_ROLES_LONGEST_FIRST = sorted(ROLE_FUNCTIONS, key=len, reverse=True)
_ROLE_AT_END = re.compile(
    r"(?P<etal>等)?\s*[◎◇●]?\s*(?P<role>" + "|".join(_ROLES_LONGEST_FIRST) + r")\s*$")
_NATIONALITY = re.compile(r"^\s*[\[(【〔](?P<nat>[^\])】〕]{1,6})[\])】〕]\s*")
_STATEMENTS = re.compile(r";")
_NAMES = re.compile(r"[,、]")
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


@dataclass
class Person:
    name: Value
    nationality: Value | None = None


@dataclass
class Responsibility:
    """One statement: the names, the role word as printed and its function in TEI."""

    statement: Value
    names: list[Person] = field(default_factory=list)
    role: Value | None = None
    function: str = "author"
    et_al: bool = False


def parse_responsibilities(span: Span) -> list[Responsibility]:
    """Statements separated by ``;``; within one, names separated by ``,``/``、`` share
    the role word printed after the last of them (``张三, 李四主编``)."""
    found: list[Responsibility] = []
    for statement in span.split(_STATEMENTS):
        found.extend(_parse_statement(statement))
    return found


def _parse_statement(statement: Span) -> list[Responsibility]:
    found: list[Responsibility] = []
    pending: list[Person] = []
    first: Span | None = None
    for chunk in statement.split(_NAMES):
        first = first or chunk
        role_match = chunk.search(_ROLE_AT_END)
        name_span = chunk.slice(0, role_match.start()).strip() if role_match else chunk
        pending.extend(_persons(name_span))
        if role_match:
            whole = statement.source.whole().slice(first.start, chunk.end)
            role = chunk.group(role_match, "role")
            found.append(Responsibility(
                statement=whole.value(), names=pending, role=role.value(),
                function=ROLE_FUNCTIONS[role.text], et_al=role_match.group("etal") is not None))
            pending, first = [], None
    if pending and first is not None:
        whole = statement.source.whole().slice(first.start, statement.end)
        found.append(Responsibility(statement=whole.value(), names=pending))
    return found


def _persons(span: Span) -> list[Person]:
    if not span:
        return []
    nationality = None
    m = span.search(_NATIONALITY)
    if m:
        nationality = span.group(m, "nat").value()
        span = span.slice(m.end()).strip()
    # Chinese names carry no inner spaces: spaces between CJK characters separate names.
    names = span.split(_CJK_SPACE)
    return [Person(name.value(), nationality) for name in names]

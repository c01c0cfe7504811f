"""Suggestions: the likely fix a message can name, for an editor to offer (``--format json``
carries it as the field ``suggestion``). The nearest allowed attribute value or name and the
nearest element name (difflib), and the xml:ids nearest to a pointer that resolves nowhere."""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from lxml import etree

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
#: a Schematron message about a dangling pointer starts with the attribute as written
_DANGLING = re.compile(r'^(?P<name>[\w:]+)="(?P<value>[^"]*)" points to nothing')


def nearest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``word`` when one is close enough to be a typo of it (difflib's
    ratio at least 0.6); between equally close ones, the one sharing the longer start."""
    scored = []
    for candidate in set(candidates):
        ratio = difflib.SequenceMatcher(None, word, candidate).ratio()
        if ratio >= 0.6:
            scored.append((-ratio, -_common_start(word, candidate), candidate))
    return min(scored)[2] if scored else None


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def attribute_value(name: str, value: str, allowed: Iterable[str]) -> str:
    best = nearest(value.strip(), allowed)
    return f'{name}="{best}"' if best else ""


def attribute_name(name: str, value: str, allowed: Iterable[str]) -> str:
    best = nearest(name, allowed)
    return f'{best}="{value}"' if best else ""


def element_name(name: str, allowed: Iterable[str]) -> str:
    best = nearest(name, allowed)
    return f"<{best}>" if best else ""


def pointer(message: str, tree: etree._ElementTree) -> str:
    """For "resp="#ed2" points to nothing": the attribute with each dangling "#id" replaced by
    the nearest existing xml:id (``resp="#ed1"``); empty when none is near."""
    match = _DANGLING.match(message)
    if not match:
        return ""
    ids = {e.get(XML_ID) for e in tree.iter(etree.Element) if e.get(XML_ID)}
    tokens, changed = [], False
    for token in match.group("value").split():
        if token.startswith("#") and token[1:] not in ids:
            best = nearest(token[1:], ids)
            if best is None:
                return ""
            token, changed = "#" + best, True
        tokens.append(token)
    return f'{match.group("name")}="{" ".join(tokens)}"' if changed else ""

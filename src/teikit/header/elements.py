"""Building TEI header elements from optional parts (lxml's builder refuses None children)."""
from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from teikit.header.responsibility import Responsibility
from teikit.tei import E, XML_LANG


def english(element: etree._Element) -> etree._Element:
    """Prose teikit writes in English: tagged, since the document's language is Chinese."""
    element.set(XML_LANG, "en")
    return element


def compact(*items) -> list:
    """Children for ``E.x(*compact(...))``: lists are flattened, None and empty strings dropped."""
    out = []
    for item in items:
        if item is None or (isinstance(item, str) and not item):
            continue
        if isinstance(item, (list, tuple)):
            out.extend(compact(*item))
        else:
            out.append(item)
    return out


def address(text: str) -> etree._Element:
    return E.address(E.addrLine(text))


def contributors(responsibilities: Iterable[Responsibility]) -> list[etree._Element]:
    """``author`` for author statements, ``editor`` for an editor's (主编, 编), ``editor
    role=…`` for the other functions (译 → translator, as the Guidelines' examples of 3.12.2.2
    write it); an editor needs no ``role="editor"``.

    Loses the printed role word (主编 vs 副主编 both give editor) and nationality prefixes;
    the verbatim CIP record in sourceDesc keeps them.
    """
    out = []
    for resp in responsibilities:
        for person in resp.names:
            if resp.function == "author":
                out.append(E.author(person.name.text))
            elif resp.function == "editor":
                out.append(E.editor(person.name.text))
            else:
                out.append(E.editor(person.name.text, role=resp.function))
    return out

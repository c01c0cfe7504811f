"""Reading mixed content back: strings, page breaks, notes, citations, gaps (serialize.INLINE)."""
from __future__ import annotations

from lxml import etree

from teikit.model import Bibl, Field, Gap, Note, PageBreak
from tests.readback.elements import XML_ID, children, full_text, local, text_nodes, unexpected


def inline(element: etree._Element, where: str = "") -> list:
    """The model content of a mixed-content element, adjacent strings merged, "" dropped.

    The serialiser merges adjacent strings and drops empty ones (they are one text node in
    XML), so this is the only form a read-back can give and the one ``comparable`` uses.
    """
    where = where or f"<{local(element)}>"
    text, tails = text_nodes(element)
    content: list = []
    _add_text(content, text)
    for kid, tail in zip(children(element), tails):
        reader = INLINE.get(local(kid))
        if reader is None:
            raise unexpected(kid, where)
        content.append(reader(kid))
        _add_text(content, tail)
    return content


def _add_text(content: list, text: str) -> None:
    if not text:
        return
    if content and isinstance(content[-1], str):
        content[-1] += text
    else:
        content.append(text)


#: pb/@cert → where the number came from (serialize.PAGE_NUMBER_CERT; "medium" stands for
#: "contents" and "counted" alike, see readback.comparable).
_NUMBERED_BY = {"medium": "contents", "low": "inferred"}


def pb(element: etree._Element) -> PageBreak:
    return PageBreak(n=element.get("n"), numbered_by=_NUMBERED_BY.get(element.get("cert"), ""),
                     inside_word=element.get("break") == "no")


def note(element: etree._Element) -> Note:
    return Note(n=element.get("n"), content=inline(element, "a note"),
                caret=element.get("rend") == "sup",  # the source printed the mark as ^①
                anchored=element.get("anchored") != "false",
                xml_id=element.get(XML_ID) or "", type=element.get("type") or "")


def bibl(element: etree._Element) -> Bibl:
    text, tails = text_nodes(element)
    parts: list = []
    _add_text(parts, text)
    for kid, tail in zip(children(element), tails):
        if not local(kid):
            raise unexpected(kid, "a citation")
        parts.append(field(kid))
        _add_text(parts, tail)
    return Bibl(kind=element.get("type") or "", parts=parts, xml_id=element.get(XML_ID) or "")


def field(element: etree._Element) -> Field:
    """A citation field: its element name, its text, its attributes (level, when, unit …)."""
    if children(element):
        raise unexpected(children(element)[0], f"the citation field <{local(element)}>")
    return Field(name=local(element), text=full_text(element), attrs=dict(element.attrib))


def gap(element: etree._Element) -> Gap:
    return Gap(reason=element.get("reason") or "", extent=element.get("extent") or "")


INLINE = {"pb": pb, "note": note, "bibl": bibl, "gap": gap}

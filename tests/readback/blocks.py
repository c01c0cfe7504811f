"""Reading blocks back (serialize.BLOCK): paragraphs, headings, nested divisions, closers, page
breaks."""
from __future__ import annotations

from lxml import etree

from teikit.model import Closer, Division, Heading, Paragraph, Postscript
from tests.readback.elements import XML_ID, child, children, full_text, local, unexpected
from tests.readback.inline import inline, pb


def paragraph(element: etree._Element) -> Paragraph:
    return Paragraph(content=inline(element, "a paragraph"))


def heading(element: etree._Element) -> Heading:
    """A printed heading. Its label, numbering scheme and number are not marked up in the
    ``head`` (the label stays in its text), so they stay empty here; see ``comparable``."""
    return Heading(content=inline(element, "a heading"))


def division(element: etree._Element) -> Division:
    kids = children(element)
    if not kids or local(kids[0]) != "head":
        raise unexpected(kids[0] if kids else element, "a division (it must start with <head>)")
    head = heading(kids[0])
    n = element.get("n")
    head.number = n  # the division's @n is the number its heading's label stands for
    return Division(type=element.get("type") or "", head=head, n=n,
                    blocks=blocks(kids[1:], "a division"), xml_id=element.get(XML_ID) or "")


def closer(element: etree._Element) -> Closer:
    signed = child(element, "signed")
    date = None
    dateline = child(element, "dateline")
    if dateline is not None:
        date = child(dateline, "date")
    for kid in children(element):
        if local(kid) not in ("signed", "dateline"):
            raise unexpected(kid, "a closer")
    return Closer(signed=inline(signed, "a signature") if signed is not None else [],
                  dateline=full_text(date) if date is not None else None,
                  when=date.get("when") if date is not None else None)


def postscript(element: etree._Element) -> Postscript:
    return Postscript(blocks=blocks(children(element), "a postscript"))


BLOCK = {"p": paragraph, "div": division, "pb": pb, "closer": closer, "postscript": postscript,
         "head": heading}


def blocks(elements: list[etree._Element], where: str) -> list:
    found = []
    for element in elements:
        reader = BLOCK.get(local(element))
        if reader is None:
            raise unexpected(element, where)
        found.append(reader(element))
    return found

"""Reading TEI elements back: names, attributes, text nodes, and the error for foreign markup."""
from __future__ import annotations

import re

from lxml import etree

from teikit.errors import XMLInputError
from teikit.tei import TEI_NS, XML_ID, XML_LANG

__all__ = ["XML_ID", "XML_LANG", "local", "is_tei", "children", "child", "unexpected",
           "text_nodes", "full_text"]

# libxml2's pretty printer indents the children of an element that has no text node of its
# own; such indentation always starts with a newline followed by spaces.
_INDENT = re.compile(r"^\n *$")


def local(element: etree._Element) -> str:
    """The local name of a TEI element; "" for comments, PIs and foreign elements."""
    if not isinstance(element.tag, str) or not element.tag.startswith(f"{{{TEI_NS}}}"):
        return ""
    return element.tag[len(TEI_NS) + 2:]


def is_tei(element: etree._Element, name: str) -> bool:
    return local(element) == name


def children(element: etree._Element) -> list[etree._Element]:
    """Element children only: comments and processing instructions carry no model content."""
    return [c for c in element if isinstance(c.tag, str)]


def child(element: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in children(element) if is_tei(c, name)), None)


def unexpected(element: etree._Element, where: str) -> XMLInputError:
    """teikit writes a closed vocabulary; anything else means the file is not its edition."""
    name = local(element) or str(element.tag)
    return XMLInputError(f"not a teikit edition: <{name}> is not expected in {where}",
                         path=_path(element), line=element.sourceline)


def _path(element: etree._Element) -> str | None:
    url = element.getroottree().docinfo.URL
    return url or None


def text_nodes(element: etree._Element) -> tuple[str, list[str]]:
    """``element.text`` and the tail of each element child, with pretty-printing undone.

    The serialiser never writes whitespace of its own inside mixed content, so when every
    text node is indentation the pretty printer made them and they are dropped: an element
    whose content in the model is elements only (a paragraph holding just a note) reads back
    without invented text.
    """
    kids = children(element)
    texts = [element.text or ""] + [c.tail or "" for c in kids]
    if kids and all(t == "" or _INDENT.match(t) for t in texts):
        texts = ["" for _ in texts]
    return texts[0], texts[1:]


def full_text(element: etree._Element) -> str:
    """All character data inside ``element``, without the pretty printer's indentation (a
    ``docAuthor`` holding an ``orgName`` is printed on three lines)."""
    text, tails = text_nodes(element)
    return text + "".join(full_text(kid) + tail for kid, tail in zip(children(element), tails))

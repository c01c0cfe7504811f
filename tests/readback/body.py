"""Reading the body back: chapters with head, byline, division notes, abstract and blocks; the
gap where an excerpt stops (serialize.chapter and book_text)."""
from __future__ import annotations

import copy

from lxml import etree

from teikit.model import Chapter, Contents, Gap, SourceLine
from tests.readback.blocks import BLOCK, blocks, heading
from tests.readback.elements import XML_ID, children, full_text, is_tei, local, unexpected
from tests.readback.inline import gap, inline, note
from teikit.tei import tei


def truncation(body: etree._Element) -> etree._Element | None:
    """The gap ``book_text`` closes the last paragraph with (or the body, if it has none)."""
    paragraphs = body.findall(f".//{tei('p')}")
    target = paragraphs[-1] if paragraphs else body
    kids = children(target)
    if kids and is_tei(kids[-1], "gap") and not (kids[-1].tail or "").strip():
        return kids[-1]
    return None


def body(element: etree._Element, contents: Contents | None) -> tuple[list[Chapter], Gap | None]:
    """The chapters and ``Book.truncated``. The gap is taken out of a copy before the chapters
    are read: it marks where the source stops, it is no content of the paragraph it closes."""
    if _placeholder(children(element)):  # "the excerpt holds no running text": no chapter
        return [], None
    element = copy.deepcopy(element)
    stop = truncation(element)
    truncated = None
    if stop is not None:
        truncated = gap(stop)
        stop.getparent().remove(stop)
    kids = children(element)
    chapters: list[Chapter] = []
    page_from = None
    for kid in kids:
        if is_tei(kid, "pb") and page_from is None:
            page_from = kid.get("n")  # the page a chapter listed in the contents starts on
        elif is_tei(kid, "div") and kid.get("type") == "chapter":
            chapters.append(chapter(kid, page_from, contents))
            page_from = None
        else:
            raise unexpected(kid, "the body")
    if page_from is not None:  # the serialiser writes a chapter's start page only before it
        raise unexpected(kids[-1], "the body (a page break ends it)")
    return chapters, truncated


def _placeholder(kids: list[etree._Element]) -> bool:
    if len(kids) != 1 or not is_tei(kids[0], "p"):
        return False
    inner = children(kids[0])
    return (len(inner) == 1 and is_tei(inner[0], "gap") and inner[0].get("reason") == "sampling"
            and not inner[0].get("extent")
            and not full_text(kids[0]).strip())


def chapter(element: etree._Element, page_from: str | None, contents: Contents | None) -> Chapter:
    item = Chapter(head=None, n=element.get("n"), xml_id=element.get(XML_ID) or "",
                   page_from=page_from)
    kids = children(element)
    index = 0
    if index < len(kids) and local(kids[index]) == "head":
        item.head = heading(kids[index])
        index += 1
    if index < len(kids) and local(kids[index]) == "byline":
        for author in children(kids[index]):
            if local(author) != "docAuthor":
                raise unexpected(author, "a chapter byline")
            item.authors.append(SourceLine(full_text(author), 0))
        index += 1
    while index < len(kids) and local(kids[index]) == "note":
        item.notes.append(note(kids[index]))
        index += 1
    if index < len(kids) and local(kids[index]) == "argument":
        item.abstract_label, item.abstract = argument(kids[index])
        index += 1
    item.blocks = blocks(kids[index:], "a chapter")
    item.entry = _entry(element, contents)
    if item.entry is not None and page_from is not None:
        item.page_to = item.entry.page_to  # the header's listBibl gives the chapter's last page
    return item


def _entry(element: etree._Element, contents: Contents | None):
    """The contents entry the chapter's @corresp points to (its bibl in the header's listBibl)."""
    target = (element.get("corresp") or "").removeprefix("#")
    if not target or contents is None:
        return None
    return next((e for e in contents.entries if e.bibl_id == target), None)


def argument(element: etree._Element) -> tuple[str, list]:
    """The abstract: its printed label (its ``head``) and its blocks."""
    kids = children(element)
    label = ""
    if kids and local(kids[0]) == "head":
        label = full_text(kids[0])
        kids = kids[1:]
    return label, blocks(kids, "the abstract")

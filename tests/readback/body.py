"""Reading the body back: chapters with head, byline, division notes, abstract and blocks; the
gap where an excerpt stops (serialize.chapter and book_text)."""
from __future__ import annotations

import copy

from lxml import etree

from teikit.model import Chapter, Contents, Gap, SourceLine
from tests.readback.blocks import BLOCK, blocks, heading
from tests.readback.elements import XML_ID, children, full_text, is_tei, local, unexpected
from tests.readback.inline import gap, inline, note, pb
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
    chapters: list[Chapter] = []
    _divisions(children(element), 0, contents, chapters, "the body")
    return chapters, truncated


def _divisions(kids: list[etree._Element], level: int, contents: Contents | None,
               chapters: list[Chapter], where: str) -> None:
    """Divisions in document order, each with the pb of the page it opens; those nested in
    them (a 节 inside its 章) follow them in ``chapters``, one level down."""
    start = None
    for kid in kids:
        if is_tei(kid, "pb") and start is None:
            start = pb(kid)  # the page the next division opens
        elif is_tei(kid, "div"):
            chapter(kid, start, contents, level, chapters)
            start = None
        else:
            raise unexpected(kid, where)
    if start is not None:  # the serialiser writes a division's start page only before it
        raise unexpected(kids[-1], f"{where} (a page break ends it)")


def _placeholder(kids: list[etree._Element]) -> bool:
    if len(kids) != 1 or not is_tei(kids[0], "p"):
        return False
    inner = children(kids[0])
    return (len(inner) == 1 and is_tei(inner[0], "gap") and inner[0].get("reason") == "sampling"
            and not inner[0].get("extent")
            and not full_text(kids[0]).strip())


def _nested_from(kids: list[etree._Element]) -> int:
    """Where a division's own blocks end: at the first division the contents list (it has
    @corresp), or at the pb right before it, which is the page that division opens."""
    for index, kid in enumerate(kids):
        if is_tei(kid, "div") and kid.get("corresp"):
            return index - 1 if index and is_tei(kids[index - 1], "pb") else index
    return len(kids)


def chapter(element: etree._Element, start, contents: Contents | None, level: int = 0,
            chapters: list[Chapter] | None = None) -> Chapter:
    item = Chapter(head=None, n=element.get("n"), xml_id=element.get(XML_ID) or "",
                   start=start, level=level, type=element.get("type") or "chapter")
    if chapters is not None:
        chapters.append(item)
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
    nested = index + _nested_from(kids[index:])
    item.blocks = blocks(kids[index:nested], "a chapter")
    item.entry = _entry(element, contents)
    if item.entry is not None and item.entry.page:  # passes.pages: the contents give them
        item.page_from = item.entry.page
        item.page_to = item.entry.page_to  # the header's listBibl gives the chapter's last page
    if nested < len(kids):
        _divisions(kids[nested:], level + 1, contents,
                   chapters if chapters is not None else [], "a division")
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

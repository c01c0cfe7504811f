"""The tests' oracle for the model contract, reading an edition back: a teikit TEI document
becomes the ``teikit.model.Book`` it was made from (the inverse of ``serialize.book_text``,
plus what only the header states). No library module needs it, so it lives beside the tests
that use it (tests/test_readback.py, tests/properties/test_roundtrip.py).

``read_edition`` parses safely (``teikit.xmlsafe``); ``comparable`` is the equality the round
trip keeps, without the source line numbers and the other fields the TEI does not carry.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit import bibliography, xmlsafe
from teikit.errors import XMLInputError
from teikit.model import Book
from tests.readback import body, front, header, inline
from tests.readback.comparable import comparable
from tests.readback.elements import children, is_tei, local, unexpected

__all__ = ["read_edition", "read_tree", "comparable"]


def read_edition(source: str | Path | bytes, name: str | None = None) -> Book:
    """The Book of an edition given as a file path or as bytes."""
    return read_tree(xmlsafe.parse(source, name=name))


def read_tree(tree: etree._ElementTree) -> Book:
    root = tree.getroot()
    if not is_tei(root, "TEI"):
        raise XMLInputError("not a TEI document: the root element is not <TEI>",
                            path=tree.docinfo.URL, line=root.sourceline)
    tei_header = next((c for c in children(root) if is_tei(c, "teiHeader")), None)
    text = next((c for c in children(root) if is_tei(c, "text")), None)
    if text is None:
        raise XMLInputError("not a teikit edition: no <text>", path=tree.docinfo.URL,
                            line=root.sourceline)
    book = Book(source_name=header.source_name(tei_header),
                editorial=header.editorial(tei_header))
    parts = {local(c): c for c in children(text)}
    for kid in children(text):
        if local(kid) not in ("front", "body", "back"):
            raise unexpected(kid, "<text>")
    if "front" in parts:
        book.front = front_items(parts["front"], tei_header)
    if "body" in parts:
        book.chapters, book.truncated = body.body(parts["body"], book.contents)
    _link_repeated_citations(book, text)
    # <standOff> holds only the works cited, which teikit compiles from the notes: compiled
    # again, as the works-cited pass does, not read
    book.works_cited = bibliography.collect(book)
    return book


def _link_repeated_citations(book: Book, text: etree._Element) -> None:
    """A repeated citation (同上) points with @corresp to the citation it repeats."""
    from teikit.model import Bibl
    from teikit.tei import TEI_NS, XML_ID
    from teikit.walk import all_notes

    corresp = {b.get(XML_ID): b.get("corresp")[1:] for b in text.iter(f"{{{TEI_NS}}}bibl")
               if b.get(XML_ID) and (b.get("corresp") or "").startswith("#")}
    if not corresp:
        return
    bibls = {p.xml_id: p for note in all_notes(book) for p in note.content if isinstance(p, Bibl)}
    for xml_id, target in corresp.items():
        if xml_id in bibls and target in bibls:
            bibls[xml_id].repeats = bibls[target]


def front_items(element: etree._Element, tei_header: etree._Element | None) -> list:
    items: list = []
    start = None
    for kid in children(element):
        if is_tei(kid, "pb") and start is None:  # the page the next front item opens
            start = inline.pb(kid)
            continue
        kind = kid.get("type") if is_tei(kid, "div") else None
        if kind == "cip":
            items.append(front.cip_block(kid, header.cip_lines(tei_header)))
        elif kind == "colophon":
            items.append(front.colophon(kid))
        elif kind in ("preface", "foreword"):
            items.append(front.preface(kid))
        elif kind == "contents":
            items.append(front.contents(kid, header.contents_pages_to(tei_header)))
        elif local(kid) in front.FRONT:
            items.append(front.FRONT[local(kid)](kid))
        else:
            raise unexpected(kid, "the front matter")
        if start is not None:
            if not hasattr(items[-1], "start"):
                raise unexpected(kid, "the front matter (after a page break)")
            items[-1].start, start = start, None
    if start is not None:
        raise unexpected(children(element)[-1], "the front matter (a page break ends it)")
    return items


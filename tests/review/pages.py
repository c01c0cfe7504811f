"""The reviewer's page-break points (issue 14 point 4) as checks: a pb inside a word says so,
every pb can be pointed at, an inferred page number says it is inferred, and a pb stands at
the start of the page it identifies. Same shape as ``checks``: findings ``"line N: …"``."""
from __future__ import annotations

from collections.abc import Callable

from lxml import etree

NS = {"t": "http://www.tei-c.org/ns/1.0"}
T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _where(element: etree._Element) -> str:
    return f"line {element.sourceline or 0}: <pb n={element.get('n')!r}>"


def _text_before(pb: etree._Element) -> str:
    """The characters right before a pb in its parent (furniture and note marks skipped),
    '' at a start."""
    node = pb.getprevious()
    while node is not None and node.tag in (f"{T}fw", f"{T}note"):
        if node.tail and node.tail.strip():
            return node.tail
        node = node.getprevious()
    if node is not None:
        return node.tail or ""
    return pb.getparent().text or ""


def _text_after(pb: etree._Element) -> str:
    node = pb
    while True:
        if node.tail and node.tail.strip():
            return node.tail
        node = node.getnext()
        if node is None or node.tag != f"{T}fw":
            return ""


def _inside_word(pb: etree._Element) -> bool:
    before, after = _text_before(pb), _text_after(pb)
    return bool(before) and bool(after) and before[-1].isalnum() and after[0].isalnum()


def breaks_inside_words_say_so(tree) -> list[str]:
    """A pb between two letters or Chinese characters of one word has break="no", and only
    such a pb has it (the rule the header's editorialDecl states)."""
    found = []
    for pb in tree.iterfind(f".//{T}text//{T}pb"):
        inside = _inside_word(pb)
        if inside != (pb.get("break") == "no"):
            found.append(f"{_where(pb)} {'inside a word without' if inside else 'not inside a word but with'}"
                         " break=\"no\"")
    return found


def every_page_break_has_an_id(tree) -> list[str]:
    """Every pb can be pointed at (CBETA gives each one an id)."""
    return [f"{_where(pb)} without xml:id" for pb in tree.iterfind(f".//{T}text//{T}pb")
            if not pb.get(XML_ID)]


def inferred_page_numbers_say_so(tree) -> list[str]:
    """A pb/@n that its page does not print (no fw type=pageNum on that page, no page image
    labelled with it) carries @cert."""
    found = []
    pages: list[tuple[etree._Element, set[str]]] = []
    for element in tree.iterfind(f".//{T}text//*"):
        if element.tag == f"{T}pb":
            pages.append((element, set()))
        elif element.tag == f"{T}fw" and element.get("type") == "pageNum" and pages:
            # a folio at a page's head follows its pb, one at its foot precedes the next pb
            digits = "".join(c for c in "".join(element.itertext()) if c.isdigit())
            pages[-1][1].add(str(int(digits)) if digits else "")  # int() reads full-width too
    for pb, folios in pages:
        n = pb.get("n")
        if n and pb.get("cert") is None and n not in folios and pb.get("facs") is None:
            found.append(f"{_where(pb)} an inferred page number without @cert")
    return found


def page_breaks_open_their_page(tree) -> list[str]:
    """A pb marks the start of the page it identifies: none ends a division (the break after
    a preface's last page stands before the contents, not inside the preface)."""
    found = []
    for pb in tree.iterfind(f".//{T}text//{T}pb"):
        parent = pb.getparent()
        if parent.tag not in (f"{T}div", f"{T}argument"):
            continue
        following = [e for e in pb.itersiblings() if e.tag != f"{T}fw"]
        if not following:
            found.append(f"{_where(pb)} ends its division instead of opening the next page")
    return found


PAGE_CHECKS: list[tuple[str, Callable]] = [
    ("pb-break-inside-word", breaks_inside_words_say_so),
    ("pb-ids", every_page_break_has_an_id),
    ("pb-cert-inferred", inferred_page_numbers_say_so),
    ("pb-at-page-start", page_breaks_open_their_page),
]


def page_mutations():
    """(check name, how to break the bundled edition for it), for test_review."""
    def inside_word(tree):
        del tree.find(f".//{T}pb[@break='no']").attrib["break"]

    def ids(tree):
        del tree.find(f".//{T}body//{T}pb").attrib[XML_ID]

    def cert(tree):
        del tree.find(f".//{T}pb[@cert]").attrib["cert"]

    def page_start(tree):  # the break before the contents, back at the preface's end
        pb = tree.find(f".//{T}front/{T}pb")
        pb.getprevious().append(pb)

    return [("pb-break-inside-word", inside_word), ("pb-ids", ids),
            ("pb-cert-inferred", cert), ("pb-at-page-start", page_start)]

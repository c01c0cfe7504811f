"""Reading the front matter back (serialize.FRONT): title pages, CIP block, colophon, preface,
contents."""
from __future__ import annotations

from lxml import etree

from teikit.errors import XMLInputError
from teikit.model import (CipBlock, Closer, Colophon, ColophonRow, Contents, ContentsEntry, Preface,
                          SourceLine, TitleLine, TitlePage)
from tests.readback.blocks import blocks, heading, paragraph
from tests.readback.elements import (XML_ID, XML_LANG, child, children, full_text, local,
                                      text_nodes, unexpected)

# docTitle/titlePart/@type → title-line role: the serialiser calls the first title of a
# docTitle "main" and any further one "sub"; both are lines of role "title". A "series" line
# that names no series is a multipart work's common title and part number ("multipart").
_DOC_TITLE_ROLES = {"main": "title", "sub": "title", "multipart": "series"}
NAME_ELEMENTS = ("orgName", "persName", "name")  # see teikit.names.name_kind


# --- title pages -------------------------------------------------------------------


def title_page(element: etree._Element) -> TitlePage:
    lines: list[TitleLine] = []
    for kid in children(element):
        name = local(kid)
        if name == "docTitle":
            lines += [_line(_DOC_TITLE_ROLES.get(part.get("type"), part.get("type")), part)
                      for part in _only(kid, ("titlePart",), "a docTitle")]
        elif name == "docImprint":
            # lb only separates the imprint lines; each publisher is one printed line
            lines += [_line("imprint", p) for p in _only(kid, ("publisher", "lb"), "a docImprint")
                      if local(p) == "publisher"]
        elif name == "byline":
            lines.append(_line("byline", kid))
        elif name == "titlePart":
            lines.append(_line(kid.get("type") or "", kid))
        else:
            raise unexpected(kid, "a title page")
    return TitlePage(type=element.get("type") or "", lines=lines)


def _line(role: str, element: etree._Element) -> TitleLine:
    return TitleLine(role=role, text=full_text(element), lang=element.get(XML_LANG))


def _only(element: etree._Element, names: tuple[str, ...], where: str) -> list[etree._Element]:
    kids = children(element)
    for kid in kids:
        if local(kid) not in names:
            raise unexpected(kid, where)
    return kids


# --- CIP block and colophon ----------------------------------------------------------


def cip_block(element: etree._Element, verbatim: list[str] | None = None) -> CipBlock:
    """The CIP lines of ``<text>``; ``verbatim`` (the header's copy of the record as printed)
    restores the leading and trailing spaces the ``<text>`` copy strips, when it is the same
    record."""
    head, *lines = _only(element, ("head", "p"), "the CIP block")
    if local(head) != "head":
        raise unexpected(head, "the CIP block (it must start with <head>)")
    texts = [full_text(p) for p in lines]
    if verbatim is not None and len(verbatim) == len(texts) + 1 and \
            [v.strip() for v in verbatim[1:]] == texts:
        texts = verbatim[1:]
    return CipBlock(heading=SourceLine(full_text(head), 0),
                    lines=[SourceLine(text, 0) for text in texts])


def colophon(element: etree._Element) -> Colophon:
    rows: list[ColophonRow] = []
    notices: list[SourceLine] = []
    for kid in children(element):
        if local(kid) == "table":
            rows += [_row(row) for row in _only(kid, ("row",), "the colophon table")]
        elif local(kid) == "p":
            notices.append(SourceLine(full_text(kid), 0))
        else:
            raise unexpected(kid, "the colophon")
    return Colophon(rows=rows, notices=notices)


def _row(element: etree._Element) -> ColophonRow:
    cells = _only(element, ("cell",), "a colophon row")
    if len(cells) != 2 or cells[0].get("role") != "label":
        raise XMLInputError("not a teikit edition: a colophon row must hold a label cell and a "
                            "value cell", line=element.sourceline)
    return ColophonRow(key=full_text(cells[0]), value=full_text(cells[1]))


# --- preface -----------------------------------------------------------------------


def preface(element: etree._Element) -> Preface:
    kids = children(element)
    if not kids or local(kids[0]) != "head":
        raise unexpected(kids[0] if kids else element, "the preface (it must start with <head>)")
    head, *rest = kids
    found = blocks(rest, "the preface")
    closers = [b for b in found if isinstance(b, Closer)]
    return Preface(head=heading(head), blocks=found, closer=closers[-1] if closers else None,
                   xml_id=element.get(XML_ID) or "", type=element.get("type") or "preface")


# --- contents ----------------------------------------------------------------------


def contents(element: etree._Element, page_to: dict[str, str]) -> Contents:
    """``page_to`` maps a contents entry's header bibl id (src-toc3) to its last page."""
    head = child(element, "head")
    listing = child(element, "list")
    if head is None or listing is None:
        raise XMLInputError("not a teikit edition: the contents need a <head> and a <list>",
                            line=element.sourceline)
    entries = [contents_entry(item) for item in _only(listing, ("item",), "the contents list")]
    for entry in entries:
        entry.page_to = page_to.get(entry.bibl_id)
    return Contents(head=heading(head), entries=entries)


def contents_entry(element: etree._Element) -> ContentsEntry:
    """title (in a ref to the chapter) · lb? · leader? · names with separators · (page)."""
    entry = ContentsEntry(title="", number=int(element.get("n") or 0))
    text, tails = text_nodes(element)
    pending = text  # printed text not yet given a meaning: a separator or an opening bracket
    for kid, tail in zip(children(element), tails):
        name = local(kid)
        if name in NAME_ELEMENTS and entry.authors:
            entry.separators.append(pending)
        elif name == "num":
            entry.page_open = pending
        elif pending:
            break
        pending = tail
        if name == "ref":
            entry.target = (kid.get("target") or "").removeprefix("#") or None
            entry.title = full_text(kid)
        elif name == "title":
            entry.title = full_text(kid)
        elif name == "lb":
            entry.two_lines = True
        elif name == "pc":
            entry.leader = full_text(kid)
        elif name in NAME_ELEMENTS:
            entry.authors.append(full_text(kid))
        elif name == "num":
            entry.page = kid.get("value") or full_text(kid)
            entry.page_close, pending = tail, ""
        else:
            raise unexpected(kid, "a contents entry")
    if pending:
        raise XMLInputError(f"not a teikit edition: unexpected text {pending!r} in a contents "
                            "entry", line=element.sourceline)
    return entry


FRONT = {"titlePage": title_page, "p": paragraph}

"""Report step 1, marks: the document model walked into what each source line became.

One function per model node type, each recording a ``Mark`` on the source line where the node
starts (the model carries those lines); the page breaks it holds, with their furniture; and
each anchored note with the line of its mark in the text. Nothing here re-detects structure:
a line shows exactly the node the TEI was serialised from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from teikit.model import (Book, Chapter, CipBlock, Closer, Colophon, Contents, Division,
                          Furniture, Heading, Note, PageBreak, Paragraph, Preface, TitlePage)

#: What a line can have become, in legend order: (kind, legend label).
KINDS = [
    ("title-page", "title-page line"),
    ("cip", "CIP record"),
    ("colophon", "colophon row"),
    ("contents", "contents entry"),
    ("heading", "heading"),
    ("byline", "byline"),
    ("paragraph", "paragraph"),
    ("closer", "signature or dateline"),
    ("footnote", "footnote"),
    ("running-head", "running head"),
    ("folio", "folio"),
    ("other", "not in the edition"),
]
KIND_LABELS = dict(KINDS)
DIVISION_LEVELS = {"section": 2, "subsection": 3, "subsubsection": 4}


@dataclass
class Mark:
    """A node of the model that starts on ``line``; ``link`` is the line it points to (a
    contents entry's chapter, a note's anchor), ``pair`` the id shared by a note and its anchor."""

    line: int
    kind: str
    label: str
    link: int | None = None
    pair: str | None = None
    two_blocks: bool = False  # the node's next block, after a blank line, is its own too


@dataclass
class Break:
    """A page break of the model, on the source line where the new page's text starts."""

    pb: PageBreak
    line: int
    join: bool  # inside a paragraph: the paragraph runs on over the page end


@dataclass
class Anchor:
    """An anchored note: the line its text starts on, and the first line of its paragraph
    (the note's mark is looked for from there)."""

    note: Note
    from_line: int


@dataclass
class Marks:
    marks: list[Mark] = field(default_factory=list)
    breaks: list[Break] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)
    unanchored: list[Note] = field(default_factory=list)
    _pending: list[Break] = field(default_factory=list)  # breaks without a line of their own

    def add(self, line: int, kind: str, label: str, **extra) -> Mark | None:
        if not line:
            return None
        for pending in self._pending:
            pending.line = line
        self._pending = []
        mark = Mark(line, kind, label, **extra)
        self.marks.append(mark)
        return mark

    def page_break(self, pb: PageBreak, join: bool) -> None:
        for f in pb.bottom + pb.top:
            furniture(self, f)
        first = min([f.line for f in pb.top if f.line] + ([pb.line] if pb.line else []),
                    default=0)
        brk = Break(pb, first, join)
        if join:  # the paragraph's text carries on where the new page starts
            self.add(pb.line, "paragraph", "paragraph, continued across the page break")
        self.breaks.append(brk)
        if not first:
            self._pending.append(brk)  # an inferred break: the next node's line starts the page


def furniture(marks: Marks, item: Furniture) -> None:
    kind = "folio" if item.type == "pageNum" else "running-head"
    marks.add(item.line, kind, f"{KIND_LABELS[kind]} (fw {item.place})")


# --- inline ---------------------------------------------------------------------------------


def inline(marks: Marks, content: list, line: int) -> None:
    """Page breaks and notes inside a block; ``line`` is where the current stretch starts."""
    for piece in content:
        if isinstance(piece, PageBreak):
            marks.page_break(piece, join=True)
            line = piece.line or line
        elif isinstance(piece, Note):
            note(marks, piece, line)


def note(marks: Marks, item: Note, anchor_from: int) -> None:
    mark = f"{'^' if item.caret else ''}{item.n or ''}"
    if item.anchored and item.n:
        marks.anchors.append(Anchor(item, anchor_from))
        marks.add(item.line, "footnote", f"footnote {mark}", pair=item.xml_id or None)
    elif item.n:
        marks.unanchored.append(item)
        marks.add(item.line, "footnote", f"footnote {mark}: no anchor found, kept at the page foot")
    else:
        marks.add(item.line, "footnote", "note on the whole division (no mark)")
    inline(marks, item.content, item.line)


# --- blocks ---------------------------------------------------------------------------------


def paragraph(marks: Marks, item: Paragraph, level: int) -> None:
    marks.add(item.line, "paragraph", "paragraph")
    inline(marks, item.content, item.line)


def heading(marks: Marks, item: Heading, level: int) -> None:
    label = f" {item.label}" if item.label else ""
    marks.add(item.line, "heading", f"heading, level {level}{label}")
    inline(marks, item.content, item.line)


def division(marks: Marks, item: Division, level: int) -> None:
    sub = DIVISION_LEVELS.get(item.type, level + 1)
    heading(marks, item.head, sub)
    blocks(marks, item.blocks, sub)


def closer(marks: Marks, item: Closer, level: int) -> None:
    if item.signed:
        marks.add(item.line, "closer", "signature")
        inline(marks, item.signed, item.line)
    if item.dateline:
        marks.add(item.dateline_line or item.line, "closer", "dateline")


def page_break(marks: Marks, item: PageBreak, level: int) -> None:
    marks.page_break(item, join=False)


BLOCK = {Paragraph: paragraph, Heading: heading, Division: division, Closer: closer,
         PageBreak: page_break}


def blocks(marks: Marks, items: list, level: int) -> None:
    for item in items:
        BLOCK[type(item)](marks, item, level)


# --- front matter ---------------------------------------------------------------------------


def title_page(marks: Marks, item: TitlePage, chapters: dict) -> None:
    for line in item.lines:
        marks.add(line.line, "title-page", f"{item.type} title page: {line.role}")


def cip_block(marks: Marks, item: CipBlock, chapters: dict) -> None:
    marks.add(item.heading.line, "cip", "CIP record: heading")
    for sl in item.lines:
        marks.add(sl.line, "cip", "CIP record")


def colophon(marks: Marks, item: Colophon, chapters: dict) -> None:
    for row in item.rows:
        marks.add(row.line, "colophon", f"colophon row: {row.key}")
    for notice in item.notices:
        marks.add(notice.line, "colophon", "colophon notice")


def preface(marks: Marks, item: Preface, chapters: dict) -> None:
    heading(marks, item.head, 1)
    blocks(marks, item.blocks, 1)


def contents(marks: Marks, item: Contents, chapters: dict) -> None:
    marks.add(item.head.line, "heading", "contents heading")
    for entry in item.entries:
        target = chapters.get(entry.target)
        page = f", page {entry.page}" if entry.page else ""
        label = f"contents entry {entry.number}{page}" + (
            f" → chapter {entry.target}" if target else ": no chapter found")
        marks.add(entry.line, "contents", label, link=target, two_blocks=entry.two_lines)


def front_paragraph(marks: Marks, item: Paragraph, chapters: dict) -> None:
    paragraph(marks, item, 1)


FRONT = {TitlePage: title_page, CipBlock: cip_block, Colophon: colophon, Preface: preface,
         Contents: contents, Paragraph: front_paragraph}


# --- body -----------------------------------------------------------------------------------


def chapter(marks: Marks, item: Chapter) -> None:
    if item.start is not None:  # passes.pages sets it wherever the division opens a page
        marks.page_break(item.start, join=False)
    if item.head is not None:
        heading(marks, item.head, 1)
    for author in item.authors:
        marks.add(author.line, "byline", "chapter byline")
    for division_note in item.notes:
        note(marks, division_note, item.line)
    for block in item.abstract:
        if isinstance(block, Paragraph):
            marks.add(block.line, "paragraph", "abstract")
            inline(marks, block.content, block.line)
        else:
            BLOCK[type(block)](marks, block, 1)
    blocks(marks, item.blocks, 1)


def book_marks(book: Book) -> Marks:
    """Every node of the book, in document order (the order of the TEI)."""
    marks = Marks()
    chapters = {c.xml_id: c.head.line for c in book.chapters if c.xml_id and c.head is not None}
    for item in book.front:
        if getattr(item, "start", None) is not None:  # the pb of the page it opens
            marks.page_break(item.start, join=False)
        FRONT[type(item)](marks, item, chapters)
    for item in book.chapters:
        chapter(marks, item)
    blocks(marks, book.back, 1)
    for item in book.end_furniture:
        furniture(marks, item)
    return marks


__all__ = ["KINDS", "KIND_LABELS", "Mark", "Break", "Anchor", "Marks", "book_marks"]

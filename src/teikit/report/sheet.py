"""Report step 2, the proof sheet: source lines in pages, each with what it became and its warnings.

The pages are the model's: a page starts at each page break's first line (its head furniture
included), so a source without page signals is one page, or as many as the breaks teikit
inferred. A line without a mark of its own carries on the node above it (a wrapped line of a
paragraph, a note's second line); a line after a blank line without a mark is in no node.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from teikit.errors import Message
from teikit.model import Book
from teikit.report.marks import Break, Mark, Marks, book_marks


@dataclass
class Line:
    number: int
    text: str
    kind: str  # a KINDS key, or "blank"
    marks: list[Mark] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    anchors: list[tuple[str, str, int]] = field(default_factory=list)  # (pair, mark, note line)
    note_of: int | None = None  # for a note's first line: its anchor's line


@dataclass
class Page:
    index: int
    brk: Break | None  # None for the first page
    lines: list[Line] = field(default_factory=list)


@dataclass
class Sheet:
    source_name: str
    pages: list[Page]
    marks: Marks
    unplaced: list[Message]  # warnings on no line of the source
    book: Book
    messages: list[Message]


def source_lines(text: str) -> list[str]:
    """The source's lines as an editor numbers them (form feeds are page ends, not text)."""
    return [line.replace("\f", "") for line in text.split("\n")]


def make_sheet(book: Book, text: str, messages: list[Message]) -> Sheet:
    lines = source_lines(text)
    marks = book_marks(book)
    rows = [Line(n, t, "blank") for n, t in enumerate(lines, start=1)]
    _classify(rows, marks)
    _link_notes(rows, marks)
    unplaced = _place_warnings(rows, messages)
    return Sheet(book.source_name, _pages(rows, marks.breaks), marks, unplaced, book, messages)


def _classify(rows: list[Line], marks: Marks) -> None:
    for mark in marks.marks:
        if 0 < mark.line <= len(rows):
            rows[mark.line - 1].marks.append(mark)
    kind, spans = "other", False
    for row in rows:
        if row.marks:
            kind, spans = row.marks[0].kind, row.marks[-1].two_blocks
            row.kind = kind
        elif row.text.strip():
            row.kind = kind
        elif not spans:
            kind = "other"
        elif rows[row.number - 2].text.strip():
            spans = False  # one blank line between the node's two blocks: its second block


def _link_notes(rows: list[Line], marks: Marks) -> None:
    """Each anchored note's mark is looked for in the lines from its paragraph's start (or its
    page's) to the note: the first unclaimed occurrence is the anchor."""
    claimed: Counter = Counter()  # (line, mark) → occurrences already taken
    for anchor in marks.anchors:
        note = anchor.note
        printed = ("^" if note.caret else "") + (note.n or "")
        start = max(anchor.from_line, 1)
        for row in rows[start - 1:max(note.line - 1, start)]:
            if row.text.count(printed) > claimed[row.number, printed]:
                claimed[row.number, printed] += 1
                row.anchors.append((note.xml_id, printed, note.line))
                if 0 < note.line <= len(rows):
                    rows[note.line - 1].note_of = row.number
                break


def _place_warnings(rows: list[Line], messages: list[Message]) -> list[Message]:
    unplaced = []
    for message in messages:
        if message.level != "warning":
            continue
        if message.line and 0 < message.line <= len(rows):
            rows[message.line - 1].warnings.append(message)
        else:
            unplaced.append(message)
    return unplaced


def _pages(rows: list[Line], breaks: list[Break]) -> list[Page]:
    starts = sorted((b for b in breaks if 0 < b.line <= len(rows)), key=lambda b: b.line)
    first_text = next((r.number for r in rows if r.text.strip()), 1)
    pages = [Page(0, None)]
    for brk in starts:
        if brk.line <= first_text and not brk.join:
            pages[0].brk = brk  # the first page's own pb (a source that marks its pages)
            continue
        if pages[-1].brk is not None and pages[-1].brk.line == brk.line:
            continue  # two breaks on one line (an empty page's furniture rides on the next)
        pages.append(Page(len(pages), brk))
    by_start = [(p.brk.line if p.brk and p.index else 1, p) for p in pages]
    k = 0
    for row in rows:
        while k + 1 < len(by_start) and row.number >= by_start[k + 1][0]:
            k += 1
        by_start[k][1].lines.append(row)
    return pages

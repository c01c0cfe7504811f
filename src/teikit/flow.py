"""Step 3a, the running text of one division: page breaks and notes placed as blocks arrive.

Page breaks are not marked in the source. Two things show where a page ended: a paragraph cut
mid-sentence and continued by the next paragraph block (the break goes at the exact join), and
footnote blocks, which are printed at the foot of their page. Footnote numbering restarts on
every page, so each note is matched with an anchor in the text of its own page.
"""
from __future__ import annotations

import re

from teikit.detect import Token
from teikit.detect.text import CIRCLED, ends_sentence, paren_anchors, paren_number
from teikit.errors import Reporter
from teikit.model import Book, Closer, Heading, Note, PageBreak, Paragraph

LEFTOVER_ANCHOR = re.compile(rf"\^[{CIRCLED}]")


class Flow:
    """Running text of one division (preface or chapter): paragraphs, joins, pages, notes."""

    def __init__(self, reporter: Reporter, book: Book, marked_pages: bool = False):
        self.reporter = reporter
        self.book = book
        #: The source marks its page ends (form feeds, folios): breaks are placed where the
        #: page layer says, never inferred from split paragraphs or note blocks.
        self.marked_pages = marked_pages
        self.last_para: Paragraph | None = None
        self.units: list = []  # Paragraph | Heading | Closer | PageBreak
        self.open_split: Paragraph | None = None  # last paragraph, cut mid-sentence
        self.page_items: list[tuple[list, int]] = []  # text on the current page
        self.pending_notes: list[Token] = []
        self.page_end_pending = False
        self.in_abstract = False
        self.abstract_pages = 0
        self.abstract: list = []
        self.division_notes: list[Note] = []
        self.deferred: list = []  # units of divisions before this one on its first page

    # -- feeding tokens -------------------------------------------------------------

    def note(self, token: Token) -> None:
        self.pending_notes.append(token)
        self.page_end_pending = not self.marked_pages

    def division_note(self, token: Token) -> None:
        note = Note(n=None, content=[token.data["body"]], line=token.line, anchored=False)
        self.division_notes.append(note)
        self.book.editorial.division_notes += 1
        self.page_end_pending = not self.marked_pages

    def new_page(self, pb: PageBreak) -> None:
        """A marked page begins with a new unit: the ending page's notes find their anchors,
        the break goes before the unit."""
        self._close_page()
        self.page_end_pending = False
        self._place(pb)
        if self.in_abstract:
            self.abstract_pages += 1
        self.open_split = None

    def paragraph(self, token: Token, abstract_label: str | None = None) -> None:
        text = token.text
        block = token.blocks[0]
        if self.marked_pages and block.continues and block.page is not None \
                and self.last_para is not None and abstract_label is None:
            self._close_page()
            self._join(self.last_para, text, token.line, block.page)
            return
        if self.marked_pages and block.continues and block.page is not None:
            self.new_page(block.page)  # nothing to carry on: the page starts a paragraph
        if self.open_split is not None and abstract_label is None and not self.marked_pages:
            self._close_page()
            self._join(self.open_split, text, token.line)
            return
        self._start_unit()
        if abstract_label is not None:
            self.in_abstract = True
            self.abstract_pages = 0
            text = text[len(abstract_label):]
        unit = Paragraph([text], line=token.line, end_line=token.blocks[-1].end_line)
        self._add(unit, abstract=self.in_abstract)
        self.open_split = None if ends_sentence(text) else unit
        self.last_para = unit

    def heading(self, token: Token) -> None:
        self._start_unit()
        self.in_abstract = False
        unit = Heading([token.text], label=token.data["label"], line=token.line,
                       scheme=token.data["scheme"], number=token.data["number"])
        self._add(unit, abstract=False)
        self.open_split = None

    def signed(self, token: Token) -> None:
        self._start_unit()
        self._add(Closer(signed=[token.text], line=token.line), abstract=False)
        self.open_split = None

    def dateline(self, token: Token) -> None:
        last = self.units[-1] if self.units else None
        if not isinstance(last, Closer) or last.dateline is not None:
            self._start_unit()
            last = Closer(line=token.line)
            self._add(last, abstract=False)
        last.dateline = token.text
        last.when = token.data["when"]
        last.dateline_line = token.line
        self.open_split = None

    # -- pages ------------------------------------------------------------------------

    def _start_unit(self) -> None:
        """Before a new unit: close the page if notes ended it, and place its break."""
        if self.page_end_pending:
            self._close_page()
            self._place(PageBreak(line=0))
            self.page_end_pending = False
            if self.in_abstract:
                self.abstract_pages += 1
        if self.in_abstract and self.abstract_pages:
            self.in_abstract = False
        self.open_split = None

    def _join(self, unit: Paragraph, text: str, line: int, pb: PageBreak | None = None) -> None:
        pb = pb or PageBreak(line=line)
        unit.content.extend([pb, text])
        self.book.editorial.joined_paragraphs += 1
        self.book.editorial.page_breaks += 1
        self.page_items = [(unit.content, len(unit.content) - 1)]
        self.page_end_pending = False
        if self.in_abstract:
            self.abstract_pages += 1
        self.open_split = None if ends_sentence(text) else unit

    def _place(self, pb: PageBreak) -> None:
        self.book.editorial.page_breaks += 1
        if self.in_abstract:
            self.abstract.append(pb)
        else:
            self.units.append(pb)
        self.page_items = []

    def _add(self, unit, abstract: bool) -> None:
        self.last_para = None
        (self.abstract if abstract else self.units).append(unit)
        content = unit.signed if isinstance(unit, Closer) else unit.content
        self.page_items.append((content, 0))

    def _close_page(self) -> None:
        """Match the notes printed at this page's foot with anchors in this page's text."""
        cursor = (0, 0, 0)
        for token in self.pending_notes:
            note = Note(n=token.data["marker"], content=[token.data["body"]], line=token.line,
                        caret=token.data["caret"])
            found = self._anchor(note, cursor)
            if found is None:
                self.reporter.warning(f"footnote {note.n} has no anchor on its page; kept at "
                                      "the foot of the page", token.line, rule="note-unanchored")
                note.anchored = False
                self.book.editorial.unmatched_notes += 1
                self._attach_unanchored(note)
            else:
                cursor = found
                self.book.editorial.moved_notes += 1
        self.pending_notes = []

    def _anchor(self, note: Note, cursor):
        mark = ("^" if note.caret else "") + note.n
        number = paren_number(mark)
        start_item, start_index, start_char = cursor
        for item_no in range(start_item, len(self.page_items)):
            content, first = self.page_items[item_no]
            begin = start_index if item_no == start_item else first
            for index in range(max(begin, first), len(content)):
                piece = content[index]
                if not isinstance(piece, str):
                    continue
                offset = start_char if (item_no, index) == (start_item, start_index) else 0
                at, end = _find_mark(piece, mark, number, offset)
                if at < 0:
                    continue
                before, after = piece[:at], piece[end:]
                content[index:index + 1] = [before, note, after]
                return item_no, index + 2, 0
        return None

    def _attach_unanchored(self, note: Note) -> None:
        if self.page_items:
            content, _ = self.page_items[-1]
            content.append(note)
        else:
            self.division_notes.append(note)

    def last_paragraph(self) -> Paragraph | None:
        """The paragraph holding the division's last text (where an excerpt would stop)."""
        for unit in reversed(self.units or self.abstract):
            if isinstance(unit, Paragraph):
                return unit
            if not isinstance(unit, PageBreak):
                return None
        return None

    def finish(self, more_follows: bool, page_goes_on: bool = False) -> list:
        """Close the division's text; with ``page_goes_on`` (the next division starts on this
        page, whose notes are still to come) the check for anchors without a note is left to
        the next division's flow: the units to check are returned."""
        if self.pending_notes:
            self._close_page()
        if self.page_end_pending and more_follows:
            self._place(PageBreak(line=0))
        self.page_end_pending = False
        units = self.deferred + self.units + self.abstract
        if page_goes_on:
            return units
        for unit in units:
            content = unit.signed if isinstance(unit, Closer) else getattr(unit, "content", [])
            for piece in content:
                if isinstance(piece, str):
                    for m in LEFTOVER_ANCHOR.finditer(piece):
                        self.book.editorial.unmatched_anchors += 1
                        self.reporter.warning(f"note anchor {m.group(0)} has no note on its page;"
                                              " kept as text", unit.line, rule="anchor-without-note")
        return []


def _find_mark(piece: str, mark: str, number: str | None, offset: int) -> tuple[int, int]:
    """(start, end) of the note's mark in ``piece`` from ``offset``, or (-1, -1). A (n) mark is
    found only where it stands as an anchor, in either width, not as an enumerated item."""
    if number is None:
        at = piece.find(mark, offset)
        return at, at + len(mark)
    for at, end, found in paren_anchors(piece, offset):
        if found == number:
            return at, end
    return -1, -1

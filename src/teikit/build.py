"""Step 3, build: tokens become the document model; page breaks and notes are placed on the way.

Page breaks are not marked in the source. Two things show where a page ended: a paragraph cut
mid-sentence and continued by the next paragraph block (the break goes at the exact join), and
footnote blocks, which are printed at the foot of their page. Footnote numbering restarts on
every page, so each note is matched with an anchor in the text of its own page.
"""
from __future__ import annotations

import re

from teikit.detect import Token
from teikit.detect.front import title_line_role
from teikit.detect.text import ends_sentence
from teikit.errors import Reporter
from teikit.language import script_of
from teikit.model import (Book, Chapter, CipBlock, Closer, Colophon, ColophonRow, Contents, Gap,
                          Heading, Note, PageBreak, Paragraph, Preface, SourceLine, TitleLine,
                          TitlePage, plain_text)

LEFTOVER_ANCHOR = re.compile(r"\^[①-⑳]")


class Flow:
    """Running text of one division (preface or chapter): paragraphs, joins, pages, notes."""

    def __init__(self, reporter: Reporter, book: Book):
        self.reporter = reporter
        self.book = book
        self.units: list = []  # Paragraph | Heading | Closer | PageBreak
        self.open_split: Paragraph | None = None  # last paragraph, cut mid-sentence
        self.page_items: list[tuple[list, int]] = []  # text on the current page
        self.pending_notes: list[Token] = []
        self.page_end_pending = False
        self.in_abstract = False
        self.abstract_pages = 0
        self.abstract: list = []
        self.division_notes: list[Note] = []

    # -- feeding tokens -------------------------------------------------------------

    def note(self, token: Token) -> None:
        self.pending_notes.append(token)
        self.page_end_pending = True

    def division_note(self, token: Token) -> None:
        note = Note(n=None, content=[token.data["body"]], line=token.line, anchored=False)
        self.division_notes.append(note)
        self.book.editorial.division_notes += 1
        self.page_end_pending = True

    def paragraph(self, token: Token, abstract_label: str | None = None) -> None:
        text = token.text
        if self.open_split is not None and abstract_label is None:
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

    def _join(self, unit: Paragraph, text: str, line: int) -> None:
        pb = PageBreak(line=line)
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
        start_item, start_index, start_char = cursor
        for item_no in range(start_item, len(self.page_items)):
            content, first = self.page_items[item_no]
            begin = start_index if item_no == start_item else first
            for index in range(max(begin, first), len(content)):
                piece = content[index]
                if not isinstance(piece, str):
                    continue
                offset = start_char if (item_no, index) == (start_item, start_index) else 0
                at = piece.find(mark, offset)
                if at < 0:
                    continue
                before, after = piece[:at], piece[at + len(mark):]
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

    def finish(self, more_follows: bool) -> None:
        if self.pending_notes:
            self._close_page()
        if self.page_end_pending and more_follows:
            self._place(PageBreak(line=0))
        self.page_end_pending = False
        for unit in self.units + self.abstract:
            content = unit.signed if isinstance(unit, Closer) else getattr(unit, "content", [])
            for piece in content:
                if isinstance(piece, str):
                    for m in LEFTOVER_ANCHOR.finditer(piece):
                        self.book.editorial.unmatched_anchors += 1
                        self.reporter.warning(f"note anchor {m.group(0)} has no note on its page;"
                                              " kept as text", unit.line, rule="anchor-without-note")


class Builder:
    """Feeds tokens, in order, into a Book."""

    def __init__(self, source_name: str, reporter: Reporter):
        self.book = Book(source_name=source_name)
        self.reporter = reporter
        self.flow: Flow | None = None
        self.target = None  # Preface | Chapter that the flow belongs to
        self.title_page: TitlePage | None = None

    def run(self, tokens: list[Token]) -> Book:
        for token in tokens:
            getattr(self, f"on_{token.type}")(token)
        self._end_flow(more_follows=False)
        return self.book

    # -- front matter -----------------------------------------------------------------

    def on_title_block(self, token: Token) -> None:
        lines = [TitleLine(title_line_role(sl.text.strip()), sl.text.strip(), sl.line,
                           script_of(sl.text)) for block in token.blocks for sl in block.lines]
        page = self.title_page
        if page is None or (page.lines and page.lines[-1].role == "imprint"
                            and lines[0].role != "imprint") \
                or (page.lines and lines[0].text == page.lines[0].text):
            page = self.title_page = TitlePage(type="half" if not self.book.front_items(
                TitlePage) else "main", line=token.line)
            self.book.front.append(page)
        page.lines.extend(lines)

    def on_cip(self, token: Token) -> None:
        lines = [sl for block in token.blocks for sl in block.lines]
        self.book.front.append(CipBlock(heading=SourceLine(lines[0].text.strip(), lines[0].line),
                                        lines=[SourceLine(sl.text, sl.line) for sl in lines[1:]]))
        self._fix_title_page_types()

    def _fix_title_page_types(self) -> None:
        pages = self.book.front_items(TitlePage)
        if len(pages) == 1:
            pages[0].type = "main"

    def on_colophon(self, token: Token) -> None:
        rows = [ColophonRow(k, v, line) for k, v, line in token.data["rows"]]
        self.book.front.append(Colophon(rows=rows))

    def on_notice(self, token: Token) -> None:
        colophon = self.book.colophon
        colophon.notices.extend(SourceLine(sl.text.strip(), sl.line)
                                for block in token.blocks for sl in block.lines)

    def on_contents(self, token: Token) -> None:
        head = token.blocks[0]
        self._end_flow(more_follows=True)
        self.book.front.append(Contents(head=Heading([head.text], line=head.line),
                                        entries=token.data["entries"], line=head.line))

    # -- running text ---------------------------------------------------------------

    def on_preface_head(self, token: Token) -> None:
        self._end_flow(more_follows=True)
        self._fix_title_page_types()
        preface = Preface(head=Heading([token.text], line=token.line), line=token.line)
        self.book.front.append(preface)
        self._start_flow(preface)

    def on_chapter_head(self, token: Token) -> None:
        self._end_flow(more_follows=True)
        chapter = Chapter(head=Heading([token.text], line=token.line), line=token.line,
                          entry=token.data.get("entry"))
        self.book.chapters.append(chapter)
        self._start_flow(chapter)
        self.flow.page_items.append((chapter.head.content, 0))  # a note mark may sit on the title

    def on_byline(self, token: Token) -> None:
        self.target.authors.append(SourceLine(token.text, token.line))

    def on_abstract(self, token: Token) -> None:
        flow = self._flow()
        self.target.abstract_label = token.data["label"]
        flow.paragraph(token, abstract_label=token.data["label"])

    def on_paragraph(self, token: Token) -> None:
        self._flow().paragraph(token)

    def on_heading(self, token: Token) -> None:
        self._flow().heading(token)

    def on_note(self, token: Token) -> None:
        self._flow().note(token)

    def on_division_note(self, token: Token) -> None:
        self._flow().division_note(token)

    def on_signed(self, token: Token) -> None:
        self._flow().signed(token)

    def on_dateline(self, token: Token) -> None:
        self._flow().dateline(token)

    def _flow(self) -> Flow:
        if self.flow is None:  # running text before any chapter: an untitled division
            chapter = Chapter(head=None, line=0)
            self.book.chapters.append(chapter)
            self._start_flow(chapter)
        return self.flow

    def _start_flow(self, target) -> None:
        self.flow = Flow(self.reporter, self.book)
        self.target = target

    def _end_flow(self, more_follows: bool) -> None:
        flow, target = self.flow, self.target
        if flow is None:
            return
        flow.finish(more_follows)
        if isinstance(target, Preface):
            target.blocks = flow.units
            closers = [u for u in flow.units if isinstance(u, Closer)]
            target.closer = closers[-1] if closers else None
        else:
            target.abstract = flow.abstract
            target.blocks = flow.units
            target.notes = flow.division_notes
        last = flow.last_paragraph()
        if not more_follows and last is not None and not ends_sentence(plain_text(last.content),
                                                                       strict=True):
            self.book.truncated = Gap(line=last.end_line or last.line)
        self.flow = self.target = None


def build(tokens: list[Token], source_name: str, reporter: Reporter) -> Book:
    return Builder(source_name, reporter).run(tokens)

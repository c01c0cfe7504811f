"""The renderer: an oracle ``Book`` laid out as raw text, as a page-by-page PDF extraction does.

Blocks are separated by blank lines; a page ends inside a paragraph (the first half has no
sentence-final punctuation, the next block continues it) or between blocks; each page's
notes are printed at its bottom with per-page numbering, so a note block can sit between
the two halves of a split paragraph; the unmarked chapter note stands on the chapter's first
page; the excerpt may stop mid-sentence.  ``render`` also returns what a converter should
recover from that text (``Rendered``), with source line numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .oracle import Book, Chapter, Citation, Heading, NoteSpec, Para, TocEntry


# --- what the text holds --------------------------------------------------------------


@dataclass
class ExpectedParagraph:
    text: str  # the whole logical paragraph, without note marks
    where: str  # "preface", "abstract" or "body"
    chapter: int | None
    breaks: list[int] = field(default_factory=list)  # offsets of page breaks inside
    anchors: list[tuple[int, str, int]] = field(default_factory=list)  # (offset, mark, note)
    truncated: bool = False  # the excerpt stops inside this paragraph
    line: int = 0


@dataclass
class ExpectedNote:
    mark: str | None  # as printed without caret: "①", "[1]", "*"; None = unmarked
    text: str
    where: str  # "paragraph", "signer", "chapter"
    page_index: int  # running index of the page within its section (0 = first)
    page: int | None  # printed page number (None in the preface)
    chapter: int | None
    paragraph: int | None = None  # index into Rendered.paragraphs
    offset: int | None = None
    citation: Citation | None = None
    line: int = 0  # source line of the note block


@dataclass
class ExpectedHeading:
    chapter: int
    level: int
    label: str
    title: str
    line: int = 0


@dataclass
class ExpectedBreak:
    """A page ends.  ``evident``: the text shows it (split paragraph or a note block);
    ``countable``: every break since the chapter start is evident, so counting them from
    the contents' start page gives ``page`` (the number of the page that begins)."""

    chapter: int | None
    page: int | None
    evident: bool
    countable: bool
    paragraph: int  # the paragraph it falls in or after
    offset: int | None  # offset inside it, None = after it


@dataclass
class Rendered:
    text: str
    book: Book
    paragraphs: list[ExpectedParagraph] = field(default_factory=list)
    notes: list[ExpectedNote] = field(default_factory=list)
    headings: list[ExpectedHeading] = field(default_factory=list)
    breaks: list[ExpectedBreak] = field(default_factory=list)
    contents: tuple[TocEntry, ...] = ()
    chapter_pages: list[tuple[int, int]] = field(default_factory=list)  # (first, last) printed
    truncated: bool = False
    items: list = field(default_factory=list)  # the layout, for formats.py


# --- marks ----------------------------------------------------------------------------


def circled(n: int) -> str:
    """①…⑳, ㉑…㉟, ㊱…㊿ for n = 1…50."""
    if n <= 20:
        return chr(0x2460 + n - 1)
    if n <= 35:
        return chr(0x3251 + n - 21)
    return chr(0x32B1 + n - 36)


def numbered_mark(style: str, n: int) -> str:
    if style == "bracket":
        return f"[{n}]"
    if style == "paren":
        return f"({n})"
    return circled(n)


def printed_mark(style: str, mark: str) -> str:
    """The mark as it stands in the text and at the head of the note block."""
    return "^" + mark if style == "circled-caret" and mark != "*" else mark


# --- layout -----------------------------------------------------------------------------


def page_ends(blocks: list[Block], cut: int | None = None) -> int:
    """How many pages end inside or after ``blocks`` and are followed by more of them."""
    count = 0
    for i, block in enumerate(blocks):
        if not isinstance(block, Para):
            continue
        last = i == len(blocks) - 1
        limit = cut if (last and cut is not None) else len(block.text)
        count += sum(1 for b in block.breaks if b < limit)
        if block.page_end and not last:
            count += 1
    return count


Block = Heading | Para


def chapter_blocks(chapter: Chapter) -> list[Block]:
    return list(chapter.abstract) + list(chapter.body)


def chapter_page_count(chapter: Chapter, cut: int | None = None) -> int:
    return 1 + page_ends(chapter_blocks(chapter), cut)


@dataclass
class Item:
    """What the writer laid out, for the other formats (tests/properties/formats.py): a block
    of ``kind`` (para, cont, note, heading, title, front) or a page start (``kind`` "page")."""

    kind: str
    lines: list[str] = field(default_factory=list)
    page: int | None = None  # printed number of the page that begins ("page" items)
    head: str | None = None  # the running head the page that begins prints
    section: str = ""  # front, preface or body


class _Writer:
    """Accumulates lines; knows the 1-based number of the next line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.items: list[Item] = []
        self.head: str | None = None  # running head of the section being written
        self.section = "front"

    def block(self, *lines: str, gap: int = 1, kind: str = "front") -> int:
        if self.lines:
            self.lines.extend([""] * gap)
        start = len(self.lines) + 1
        self.lines.extend(lines)
        self.items.append(Item(kind, list(lines), section=self.section))
        return start

    def page(self, number: int | None, opening: bool = False) -> None:
        """A new page begins (an opening page prints no running head)."""
        self.items.append(Item("page", page=number, head=None if opening else self.head,
                               section=self.section))

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


class _Pager:
    """Lays out one paginated section (the preface, or one chapter)."""

    def __init__(self, out: _Writer, rendered: Rendered, style: str, chapter: int | None,
                 first_page: int | None) -> None:
        self.out, self.r, self.style, self.chapter = out, rendered, style, chapter
        self.page = first_page
        self.page_index = 0
        self.pending: list[tuple[str | None, NoteSpec, ExpectedNote]] = []
        self.numbered = 0
        self.all_evident = True

    # notes
    def anchor(self, spec: NoteSpec, where: str, paragraph: int | None = None,
               offset: int | None = None) -> tuple[str, str]:
        """Register a note anchored on this page; return its mark and the mark as printed."""
        if spec.mark:
            mark = spec.mark
        else:
            self.numbered += 1
            mark = numbered_mark(self.style, self.numbered)
        note = ExpectedNote(mark, spec.printed(), where, self.page_index, self.page,
                            self.chapter, paragraph, offset,
                            spec.body if isinstance(spec.body, Citation) else None)
        self.pending.append((mark, spec, note))
        self.r.notes.append(note)
        return mark, printed_mark(self.style, mark)

    def unmarked(self, spec: NoteSpec) -> None:
        note = ExpectedNote(None, spec.printed(), "chapter", self.page_index, self.page,
                            self.chapter)
        self.pending.insert(0, (None, spec, note))
        self.r.notes.append(note)

    def flush_notes(self) -> bool:
        had = bool(self.pending)
        for mark, spec, note in self.pending:
            head = "" if mark is None else printed_mark(self.style, mark) + " "
            note.line = self.out.block(head + spec.printed(), kind="note")
        self.pending = []
        self.numbered = 0
        return had

    def end_page(self, paragraph: int, offset: int | None) -> None:
        had_notes = self.flush_notes()
        evident = had_notes or offset is not None
        self.all_evident = self.all_evident and evident
        self.page_index += 1
        if self.page is not None:
            self.page += 1
        self.r.breaks.append(ExpectedBreak(self.chapter, self.page, evident,
                                           self.all_evident, paragraph, offset))
        self.out.page(self.page)

    # blocks
    def line(self, text: str, note: NoteSpec | None = None, where: str = "signer") -> int:
        if note is not None:
            text += self.anchor(note, where)[1]
        return self.out.block(text, kind="line")

    def para(self, para: Para, where: str, prefix: str = "", cut: int | None = None,
             last: bool = False) -> None:
        text = para.text if cut is None else para.text[:cut]
        index = len(self.r.paragraphs)
        expected = ExpectedParagraph(text, where, self.chapter, truncated=cut is not None)
        self.r.paragraphs.append(expected)
        cuts = [b for b in para.breaks if b < len(text)] + [len(text)]
        notes = [(o, s) for o, s in para.notes if o <= len(text)]
        start = 0
        for n, end in enumerate(cuts):
            pieces, pos = [], start
            for offset, spec in notes:
                if start < offset <= end:
                    pieces.append(text[pos:offset])
                    mark, printed = self.anchor(spec, "paragraph", index, offset)
                    expected.anchors.append((offset, mark, len(self.r.notes) - 1))
                    pieces.append(printed)
                    pos = offset
            pieces.append(text[pos:end])
            line = self.out.block((prefix if n == 0 else "") + "".join(pieces),
                                  kind="para" if n == 0 else "cont")
            if n == 0:
                expected.line = line
            if end < len(text):
                expected.breaks.append(end)
                self.end_page(index, end)
            start = end
        if para.page_end and not last:
            self.end_page(index, None)


# --- the book ---------------------------------------------------------------------------


def render(book: Book) -> Rendered:
    out = _Writer()
    r = Rendered("", book, contents=book.contents.entries)
    out.lines.extend(["", ""])
    _title_pages(out, book)
    _cip_and_colophon(out, book)
    if book.preface is not None:
        _preface(out, r, book)
    _contents(out, book)
    page = book.first_page
    for i, chapter in enumerate(book.chapters):
        last = i == len(book.chapters) - 1
        cut = book.excerpt_cut if last else None
        expected_start = book.contents.entries[i].page
        assert expected_start == page, (i, expected_start, page)
        pager = _Pager(out, r, book.note_style, i, page)
        out.section, out.head = "body", chapter.title
        out.page(page, opening=True)
        _chapter(out, r, pager, chapter, i, cut)
        pager.flush_notes()
        r.chapter_pages.append((page, pager.page))
        page = pager.page + 1
    r.truncated = book.excerpt_cut is not None
    r.text = out.text()
    r.items = out.items
    return r


def _title_pages(out: _Writer, book: Book) -> None:
    t = book.titles
    top = [x for x in (t.funding, t.prize) if x]
    for half in (True, False):
        if top:
            out.block(*top)
        if t.series:
            out.block(t.series)
        out.block(t.title)
        if t.subtitle:
            out.block(t.subtitle)
        if half:
            out.block(t.byline)
            out.block(" ")
            out.block(t.group_trad, t.publisher_trad, gap=3)
        else:
            out.block(t.group_trad, t.publisher, gap=3)


def _cip_and_colophon(out: _Writer, book: Book) -> None:
    cip = book.cip
    out.page(None, opening=True)
    out.block(cip.HEADING)
    out.block(cip.description(), f"ISBN {cip.isbn}")
    out.block(cip.access_points())
    out.block(cip.approval())
    if book.colophon.rows:
        out.block(*(f"{k}\t{v}" for k, v in book.colophon.rows))
    for notice in book.colophon.notices:
        out.block(notice)


def _preface(out: _Writer, r: Rendered, book: Book) -> None:
    pre = book.preface
    out.section, out.head = "preface", None
    out.page(None, opening=True)
    out.block(pre.heading, kind="title")
    pager = _Pager(out, r, book.note_style, None, None)
    for para in pre.paras:
        pager.para(para, "preface")
    pager.line(pre.signer, pre.signer_note)
    out.block(pre.dateline, kind="line")
    pager.flush_notes()


def _contents(out: _Writer, book: Book) -> None:
    out.section = "front"
    out.page(None, opening=True)
    out.block(book.contents.heading)
    packed_before = False
    for entry in book.contents.entries:
        lines = toc_lines(entry)
        packed = entry.layout in ("two-line", "two-line-3", "one-line")
        if packed and packed_before:
            out.lines.extend(lines)
            out.items[-1].lines.extend(lines)
        elif entry.layout.startswith("blocks"):
            out.block(lines[0])
            out.block(lines[1])
        else:
            out.block(*lines)
        packed_before = packed


def toc_lines(entry: TocEntry) -> list[str]:
    who = "、".join(entry.authors)
    if entry.layout == "two-line":
        return [f"{entry.title}\t", f".....\t{who} ({entry.page})"]
    if entry.layout == "two-line-3":
        return [f"{entry.title}\t", f"... {who} ({entry.page})\t"]
    if entry.layout == "one-line":
        return [f"{entry.title}\t{who} ({entry.page})"]
    if entry.layout == "blocks":
        return [entry.title, f"..... {who} ({entry.page})"]
    if entry.layout == "blocks-tight":
        return [entry.title, f".....{who}（{entry.page}）"]
    return [f"{entry.title}.....（{entry.page}）"]  # afterword


def _chapter(out: _Writer, r: Rendered, pager: _Pager, chapter: Chapter, index: int,
             cut: int | None) -> None:
    out.block(chapter.title, kind="title")
    for author in chapter.authors:
        out.block(author, kind="line")
    if chapter.note is not None:
        pager.unmarked(chapter.note)
    blocks = chapter_blocks(chapter)
    for i, block in enumerate(blocks):
        last = i == len(blocks) - 1
        if isinstance(block, Heading):
            line = out.block(block.printed, kind="heading")
            r.headings.append(ExpectedHeading(index, block.level, block.label, block.title,
                                              line))
            continue
        where = "abstract" if i < len(chapter.abstract) else "body"
        prefix = chapter.abstract_label if i == 0 and chapter.abstract else ""
        pager.para(block, where, prefix, cut if last else None, last)


# --- monographs: contents of several levels ----------------------------------------------

AFTERWORD = ("后记", "全书的写作历时三年。")


@dataclass
class RenderedMonograph:
    """A monograph's clean text and what the edition must show: every listed division in
    document order as (depth, printed title, start page), and every body page break as
    (n, inside a word, the printed title of the division it opens or None)."""

    text: str
    divisions: list[tuple[int, str, int]] = field(default_factory=list)
    page_breaks: list[tuple[str, bool, str | None]] = field(default_factory=list)
    notes: int = 0  # footnotes in the body, each anchored in the text of its page


def inside_word(text: str, offset: int) -> bool:
    """The rule the edition states: a page ending between two letters, digits or Chinese
    characters with nothing between them falls inside a word."""
    return text[offset - 1].isalnum() and text[offset].isalnum()


def monograph_layout(book) -> RenderedMonograph:
    """Where each division starts and where each page begins (pages end only inside split
    paragraphs and before a division that starts a new page)."""
    r = RenderedMonograph("")
    page = book.first_page - 1

    def walk(division) -> None:
        nonlocal page
        if division.depth == 0 or division.new_page:
            page += 1
            r.page_breaks.append((str(page), False, division.printed))
        r.divisions.append((division.depth, division.printed, page))
        for para in division.paras:
            for offset in para.breaks:
                page += 1
                r.page_breaks.append((str(page), inside_word(para.text, offset), None))
        for child in division.children:
            walk(child)

    for chapter in book.chapters:
        walk(chapter)
    if book.afterword:
        page += 1
        r.page_breaks.append((str(page), False, AFTERWORD[0]))
        r.divisions.append((0, AFTERWORD[0], page))
    return r


def render_monograph(book) -> RenderedMonograph:
    layout = monograph_layout(book)
    out = _Writer()
    r = Rendered("", book)
    out.lines.extend(["", ""])
    _title_pages(out, book)
    _cip_and_colophon(out, book)
    if book.preface is not None:
        _preface(out, r, book)
    out.section = "front"
    out.page(None, opening=True)
    out.block("目 录")
    out.block(*(f"{book.indent * depth}{title}……{page}" for depth, title, page in layout.divisions))
    out.section = "body"
    starts = iter(layout.divisions)

    pager = _Pager(out, r, book.note_style, None, None)

    def write(division) -> None:
        _, _, page = next(starts)
        if division.depth == 0 or division.new_page:
            pager.flush_notes()  # at the foot of the page that ends
            pager.page = page
            out.page(page, opening=True)
        out.block(division.printed, kind="title")
        for para in division.paras:
            pager.para(para, "body")
        for child in division.children:
            write(child)

    for chapter in book.chapters:
        write(chapter)
    pager.flush_notes()
    layout.notes = sum(1 for n in r.notes if n.where == "paragraph" and n.page is not None)
    if book.afterword:
        out.page(layout.divisions[-1][2], opening=True)
        out.block(AFTERWORD[0], kind="title")
        out.block(AFTERWORD[1], kind="para")
    layout.text = out.text()
    return layout

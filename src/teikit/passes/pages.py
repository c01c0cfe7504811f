"""Pass: printed page numbers for page breaks, inferred from the contents.

A chapter listed in the contents starts on its printed page; the breaks found inside it (a
split paragraph or a footnote block shows each) are counted on from there. The count stops
where it would pass the next chapter's start page, since then a page without evidence of its
end must have been missed and further numbers would be guesses.
"""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Book, Chapter, Division, PageBreak, Paragraph


def page_breaks(blocks: list):
    """Every PageBreak in document order, inline ones included."""
    for block in blocks:
        if isinstance(block, PageBreak):
            yield block
        elif isinstance(block, Division):
            yield from page_breaks(block.blocks)
        elif isinstance(block, Paragraph):
            yield from (p for p in block.content if isinstance(p, PageBreak))


def chapter_page_ranges(book: Book) -> None:
    """page_from/page_to of every chapter from the contents (end = next start − 1)."""
    contents = book.contents
    if contents is None:
        return
    entries = [e for e in contents.entries if e.page]
    # page_to: one before the first later start page that is greater (a stack of entries
    # still waiting for theirs: linear, not a rescan of the later entries for each)
    waiting: list = []
    for entry in entries:
        page = int(entry.page)
        while waiting and int(waiting[-1].page) < page:
            waiting.pop().page_to = str(page - 1)
        waiting.append(entry)
    for chapter in book.chapters:
        entry = chapter.entry
        if entry is None or not entry.page:
            continue
        chapter.page_from = entry.page
        chapter.page_to = entry.page_to


def apply(book: Book, reporter: Reporter) -> None:
    chapter_page_ranges(book)
    if book.editorial.marked_pages:
        _number_marked(book, reporter)
        return
    _drop_breaks_before_numbered_chapters(book)
    for chapter in book.chapters:
        _number_chapter(book, chapter, reporter)


def _number_marked(book: Book, reporter: Reporter) -> None:
    """The source marks its pages: a page's number is its folio where it prints one, else the
    chapter's start page from the contents, else one more than the page before."""
    previous: int | None = None
    ed = book.editorial
    for chapter in book.chapters:
        start = chapter.start
        if start is not None:
            if start.n is None and chapter.page_from:
                start.n, start.numbered_by = chapter.page_from, "contents"
                ed.numbered_page_breaks += 1
            elif start.n is not None and chapter.entry is not None and chapter.entry.page \
                    and chapter.entry.page != start.n:
                reporter.warning(f"the chapter's first page prints {start.n}, the contents "
                                 f"say {chapter.entry.page}", chapter.line, rule="page-mismatch")
            ed.page_breaks += 1
            previous = _numbered(start, previous, ed, reporter)
        for pb in list(page_breaks(chapter.abstract)) + list(page_breaks(chapter.blocks)):
            previous = _numbered(pb, previous, ed, reporter)


def _numbered(pb: PageBreak, previous: int | None, ed, reporter: Reporter) -> int | None:
    if pb.numbered_by == "folio":
        ed.printed_page_numbers += 1
        return int(pb.n)
    if pb.numbered_by == "label":  # the PDF's page label (teikit.pdf): roman ones too
        ed.labelled_page_numbers += 1
        return int(pb.n) if pb.n.isdigit() else previous
    if pb.n is not None:
        return int(pb.n)
    if previous is None:
        reporter.warning("a page without a readable page number, and none before it to count "
                         "on from", pb.line, rule="page-unnumbered")
        return None
    pb.n, pb.numbered_by = str(previous + 1), "counted"
    ed.counted_page_numbers += 1
    return previous + 1


def _drop_breaks_before_numbered_chapters(book: Book) -> None:
    """A chapter ending with footnotes ends its page; when the next chapter's start page is
    known, the break before that chapter is the same page end, so the chapter's own is dropped."""
    for chapter, following in zip(book.chapters, book.chapters[1:]):
        blocks = chapter.blocks
        while blocks and isinstance(blocks[-1], Division):
            blocks = blocks[-1].blocks
        if following.page_from and blocks and isinstance(blocks[-1], PageBreak):
            blocks.pop()
            book.editorial.page_breaks -= 1


def _number_chapter(book: Book, chapter: Chapter, reporter: Reporter) -> None:
    if chapter.page_from is None:
        return
    start = int(chapter.page_from)
    book.editorial.page_breaks += 1
    book.editorial.numbered_page_breaks += 1
    last = int(chapter.page_to) if chapter.page_to else None
    breaks = list(page_breaks(chapter.abstract)) + list(page_breaks(chapter.blocks))
    if last is not None and start + len(breaks) > last:
        reporter.warning(f"chapter starting on page {start} shows {len(breaks)} page ends but has "
                         f"only {last - start + 1} pages; page numbers inside it are left out",
                         chapter.line, rule="page-count")
        return
    for offset, pb in enumerate(breaks, start=1):
        pb.n = str(start + offset)
        book.editorial.numbered_page_breaks += 1

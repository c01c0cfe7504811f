"""Pass: printed page numbers for page breaks, inferred from the contents.

A chapter listed in the contents starts on its printed page; the breaks found inside it (a
split paragraph or a footnote block shows each) are counted on from there. The count stops
where it would pass the next chapter's start page, since then a page without evidence of its
end must have been missed and further numbers would be guesses.
"""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Book, Chapter, Division, Note, PageBreak, Paragraph, Preface


def page_breaks(blocks: list):
    """Every PageBreak in document order, inline ones included."""
    for block in blocks:
        if isinstance(block, PageBreak):
            yield block
        elif isinstance(block, Division):
            yield from page_breaks(block.blocks)
        elif isinstance(block, Paragraph):
            yield from (p for p in block.content if isinstance(p, PageBreak))


def chapter_page_ranges(book: Book) -> dict[int, int | None]:
    """page_from/page_to of every chapter from the contents (end = the next start page − 1 of
    an entry at the same or an outer level); returns, by id of the entry, the last page the
    division's own text (before its first sub-division) may reach."""
    contents = book.contents
    if contents is None:
        return {}
    entries = [e for e in contents.entries if e.page]
    # page_to: one before the first later start page that is greater, among entries at the
    # same or an outer level (a stack of entries still waiting for theirs: linear)
    waiting: list = []
    for entry in entries:
        page = int(entry.page)
        while waiting and waiting[-1].level >= entry.level and int(waiting[-1].page) < page:
            waiting.pop().page_to = str(page - 1)
        waiting.append(entry)
    own_last: dict[int, int | None] = {}
    for entry, following in zip(entries, entries[1:] + [None]):
        own_last[id(entry)] = _own_last_page(entry, following)
    for chapter in book.chapters:
        entry = chapter.entry
        if entry is None or not entry.page:
            continue
        chapter.page_from = entry.page
        chapter.page_to = entry.page_to
    return own_last


def _own_last_page(entry, following) -> int | None:
    """A chapter opens a new page; a division below one (a 节) may start mid-page, on the page
    where the text before it ends."""
    if following is None:
        return int(entry.page_to) if entry.page_to else None
    page, next_page = int(entry.page), int(following.page)
    if following.level > 0:
        return max(page, next_page)
    if next_page > page:
        return next_page - 1
    return int(entry.page_to) if entry.page_to else None


def apply(book: Book, reporter: Reporter) -> None:
    own_last = chapter_page_ranges(book)
    _breaks_at_page_starts(book)
    _breaks_inside_words(book)
    if book.editorial.marked_pages:
        _number_marked(book, reporter)
        _front_numbers_before_the_body(book)
        return
    current: int | None = None  # the page the text so far ends on
    for chapter in book.chapters:
        current = _number_chapter(book, chapter, current, own_last, reporter)


def _breaks_at_page_starts(book: Book) -> None:
    """A pb stands at the start of the page it identifies. A division whose last page ended
    with footnotes ends with a break: it moves to the start of the next division (the contents
    after the preface, the next chapter); where that division already opens a page (the page
    layer marked it), the two are one page end and the trailing one is dropped."""
    for chapter in book.chapters:
        if chapter.abstract and isinstance(chapter.abstract[-1], PageBreak):
            chapter.blocks.insert(0, chapter.abstract.pop())  # the page after the abstract
        chapter.blocks = _lift_trailing_breaks(chapter.blocks)
    units = book.front + book.chapters
    for unit, following in zip(units, units[1:]):
        if not hasattr(following, "start"):
            continue
        blocks = _last_blocks(unit)
        if not blocks or not isinstance(blocks[-1], PageBreak):
            continue
        pb = blocks.pop()
        if following.start is None:
            following.start = pb
        else:
            book.editorial.page_breaks -= 1


def inside_word(before, after) -> bool:
    """A page break falls inside a word when a letter, digit or Chinese character stands on
    both sides with nothing between: CJK text marks no word boundaries, so a break between two
    characters of one running sentence (no punctuation, no paragraph end) is read as inside a
    word (``状<pb/>况``), as is a Latin word split across pages."""
    return isinstance(before, str) and isinstance(after, str) and bool(before) and bool(after) \
        and before[-1].isalnum() and after[0].isalnum()


def _breaks_inside_words(book: Book) -> None:
    """pb/@break="no" for the breaks inside a paragraph that split a word (a note mark right
    before the break does not end the word: the text before the mark is looked at)."""
    for content in _paragraph_contents(book):
        for index in range(1, len(content) - 1):
            piece = content[index]
            if isinstance(piece, PageBreak):
                before = next((p for p in reversed(content[:index])
                               if not isinstance(p, Note) and p != ""), None)
                after = next((p for p in content[index + 1:] if p != ""), None)
                piece.inside_word = inside_word(before, after)
                book.editorial.words_split_by_pages += piece.inside_word


def _paragraph_contents(book: Book):
    def walk(blocks):
        for block in blocks:
            if isinstance(block, Paragraph):
                yield block.content
            elif isinstance(block, Division):
                yield from walk(block.blocks)
    for item in book.front:
        if isinstance(item, Preface):
            yield from walk(item.blocks)
    for chapter in book.chapters:
        yield from walk(chapter.abstract)
        yield from walk(chapter.blocks)


def _front_numbers_before_the_body(book: Book) -> None:
    """Front pages often restart their numbering (or use roman folios): their printed numbers
    are kept only where they run up to the body's first page; otherwise the front's breaks go
    unnumbered, since pb/@n must increase through the book."""
    front = [item.start for item in book.front if getattr(item, "start", None) is not None]
    for item in book.front:
        if isinstance(item, Preface):
            front.extend(page_breaks(item.blocks))
    numbers = [int(pb.n) if pb.n and pb.n.isdigit() else None for pb in front if pb.n]
    body = next((int(pb.n) for chapter in book.chapters
                 for pb in ([chapter.start] if chapter.start else []) if pb.n and pb.n.isdigit()),
                None)
    known = [n for n in numbers if n is not None]
    if len(known) == len(numbers) and known == sorted(set(known)) \
            and (body is None or not known or known[-1] < body):
        return
    for pb in front:
        pb.n, pb.numbered_by = None, ""


def _lift_trailing_breaks(blocks: list) -> list:
    """A break ending a nested division moves out of it, before the division that follows."""
    out: list = []
    for block in blocks:
        out.append(block)
        if isinstance(block, Division):
            block.blocks = _lift_trailing_breaks(block.blocks)
            if block.blocks and isinstance(block.blocks[-1], PageBreak):
                out.append(block.blocks.pop())
    return out


def _last_blocks(unit) -> list | None:
    """The list of blocks holding a division's last block (inside its last sub-division)."""
    if isinstance(unit, Chapter):
        blocks = unit.blocks or unit.abstract
    elif isinstance(unit, Preface):
        blocks = unit.blocks
    else:
        return None
    while blocks and isinstance(blocks[-1], Division):
        blocks = blocks[-1].blocks
    return blocks


def _number_marked(book: Book, reporter: Reporter) -> None:
    """The source marks its pages: a page's number is its folio where it prints one, else the
    chapter's start page from the contents, else one more than the page before."""
    previous: int | None = None
    ed = book.editorial
    for chapter in book.chapters:
        if chapter.start is None and chapter.level == 0 and chapter.page_from \
                and previous is None:  # the text's first page: no page end before it to mark
            chapter.start = PageBreak(line=chapter.line)
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


def _number_chapter(book: Book, chapter: Chapter, current: int | None, own_last: dict,
                    reporter: Reporter) -> int | None:
    """Number the chapter's opening break from the contents and count on through its breaks;
    the page its text ends on, or None where that is unknown."""
    ed = book.editorial
    breaks = list(page_breaks(chapter.abstract)) + list(page_breaks(chapter.blocks))
    if chapter.page_from is None:
        return None if breaks or chapter.start is not None else current
    start = int(chapter.page_from)
    opens = chapter.level == 0 or chapter.start is not None or current is None \
        or start != current  # a 节 starting on the page its 章 already shows opens no page
    if opens:
        if chapter.start is None:
            chapter.start = PageBreak(line=chapter.line)
            ed.page_breaks += 1
        if current is not None and start <= current:
            reporter.warning(f"the contents give page {start}, but the text before it already "
                             f"reaches page {current}; its page number is left out", chapter.line,
                             rule="page-count")
            return None
        chapter.start.n, chapter.start.numbered_by = str(start), "contents"
        ed.numbered_page_breaks += 1
    last = own_last.get(id(chapter.entry))
    if last is not None and start + len(breaks) > last:
        reporter.warning(f"the division starting on page {start} shows {len(breaks)} page ends "
                         f"but has only {last - start + 1} pages before the next division; page "
                         "numbers inside it are left out", chapter.line, rule="page-count")
        return None
    for offset, pb in enumerate(breaks, start=1):
        pb.n, pb.numbered_by = str(start + offset), "inferred"
        ed.numbered_page_breaks += 1
    return start + len(breaks)

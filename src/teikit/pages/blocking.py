"""The pages cut into the blocks detection reads: each page's first block carries its page
break, and says whether it carries on the previous page's paragraph."""
from __future__ import annotations

from teikit.blocks import RawBlock, split_blocks
from teikit.model import PageBreak, SourceLine
from teikit.pages.heads import CHAPTER_TITLE, _contents_titles
from teikit.pages.layout import Layout, Page
from teikit.pages.lines import NOTE_LINE, PARA_INDENT, _indented, squeeze
from teikit.pages.wraps import _ends, _group_blocks, _note_block, _short_lines, note_flags


def page_blocks(layout: Layout) -> list[RawBlock]:
    """Blocks for detection; the first block of every page after the first carries its
    PageBreak (``page``), and ``continues`` when it carries on the previous page's paragraph."""
    blocks: list[RawBlock] = []
    previous: Page | None = None
    margins = {id(p): layout.margin for p in layout.pages}
    indents = sum(1 for p in layout.pages for sl in p.lines
                  if sl.text.strip() and _indented(sl, margins[id(p)])) >= MIN_INDENTS
    titles = _contents_titles(layout.pages)
    last_full = False  # the previous page's last prose line reached the measure
    last_open = False  # the previous page's last prose block stops mid-sentence
    for page in layout.pages:
        page_blocks_, first_full, end_full = _blocks_of(page, layout.measure, layout.margin)
        if previous is not None and layout.marked:
            pb = PageBreak(line=page_blocks_[0].line if page_blocks_ else 0,
                           top=page.top, bottom=previous.bottom)
            if page.folio is not None:
                pb.n, pb.numbered_by = str(page.folio), "folio"
            if page_blocks_:
                page_blocks_[0].page = pb
                page_blocks_[0].continues = not first_full and (
                    last_full or last_open or indents) \
                    and not _heading_like(page_blocks_[0].text, titles)
            else:  # an empty page: its furniture rides on the next page's break
                page.bottom = pb.bottom + page.bottom
                previous = page
                continue
        elif layout.marked and page_blocks_:
            page_blocks_[0].page = PageBreak(line=page_blocks_[0].line, top=page.top)
            page_blocks_[0].page.n = str(page.folio) if page.folio is not None else None
            page_blocks_[0].page.numbered_by = "folio" if page.folio is not None else ""
            page_blocks_[0].first_page = True
        if indents:
            _unmarked_page_ends(page_blocks_, margins[id(page)], titles)
        blocks.extend(page_blocks_)
        last_full = end_full
        prose = _prose(page_blocks_)
        last_open = bool(prose) and not _ends(prose[-1].text)
        previous = page
    return blocks


def _blocks_of(page: Page, measure_: int | None, margin: int = 0
               ) -> tuple[list[RawBlock], bool, bool]:
    """The page's blocks; whether its first line starts a paragraph (indent, note, short
    line before nothing); whether its last prose line is full (the paragraph may go on)."""
    text = "\n".join(sl.text for sl in page.lines)
    if measure_ is None:
        blocks = [b for g in _renumber(split_blocks(text), page.lines)
                  for b in _short_lines(g.lines, margin)]
        prose = _prose(blocks)
        first_line = next((sl for sl in page.lines if sl.text.strip()), None)
        starts = first_line is not None and (_indented(first_line, margin)
                                             or bool(NOTE_LINE.match(first_line.text.strip())))
        return blocks, starts, bool(prose) and not _ends(prose[-1].text)
    blocks: list[RawBlock] = []
    group: list[SourceLine] = []
    starts_new = True
    end_full = False
    first = True
    for sl in page.lines + [SourceLine("", 0)]:
        if not sl.text.strip():
            if group:
                made, full = _group_blocks(group, margin, measure_)
                blocks.extend(made)
                end_full = full and not _note_block(made[-1])
                group = []
            continue
        if first:
            starts_new = _indented(sl, margin) or bool(NOTE_LINE.match(sl.text.strip()))
            first = False
        group.append(sl)
    prose = _prose(blocks)
    if prose:
        last = prose[-1]
        end_full = last.full_end
    return blocks, starts_new, end_full


def _prose(blocks: list[RawBlock]) -> list[RawBlock]:
    """A page's blocks but its notes."""
    return [block for block, note in zip(blocks, note_flags(blocks)) if not note]


def _unmarked_page_ends(blocks: list[RawBlock], margin: int, titles) -> None:
    """Inside a page the source does not mark (a copy-paste's front matter, a preface without
    folios): a paragraph stopped mid-sentence, then (after a blank line, maybe notes) an
    unindented block carries it on — a page end the text shows only so. The break has no
    number of its own. Footnotes stand at a page's foot: whatever follows them opens the
    next page."""
    open_para = after_notes = False
    for block, note in zip(blocks, _foot_notes(blocks, margin, titles)):
        if note:
            after_notes = True
            continue
        first = (block.source_lines or block.lines)[0]
        indented = bool(PARA_INDENT.match(first.text[margin:]))
        if open_para and not indented and block.page is None and not block.continues \
                and not _heading_like(block.text, titles):
            block.continues = True
            block.page = PageBreak(line=block.line)
            open_para, after_notes = not _ends(block.text), False
            continue
        if after_notes and block.page is None and not block.continues:
            block.page = PageBreak(line=block.line)  # a new page opens with a new block
        after_notes = False
        open_para = (indented or block.continues) and not _ends(block.text)


def _foot_notes(blocks: list[RawBlock], margin: int, titles) -> list[bool]:
    """`note_flags`, and also a run of (1) blocks that stands at the foot of a page the source
    does not mark (`_ends_a_page`). The anchors the text shows so far are gathered as it goes
    (a copy-paste without folios is one page: rescanning it for each run was quadratic)."""
    flags = note_flags(blocks)
    start = None
    anchors: set[str] = set()
    for index, block in enumerate(blocks):
        if not flags[index] and NOTE_LINE.match(block.text):
            start = index if start is None else start
            continue
        if start is not None and _ends_a_page(blocks, start, index, anchors, margin, titles):
            flags[start:index] = [True] * (index - start)
        start = None
        anchors |= _anchors(block)
    return flags


def _ends_a_page(blocks: list[RawBlock], start: int, end: int, anchors: set[str], margin: int,
                 titles) -> bool:
    """Whether the run of (1) blocks ``blocks[start:end]`` are notes at a page's foot, the next
    block opening a page: the page's text before the run shows each number as an anchor (one
    of ``anchors``), and
    the next block opens a part of the book (the contents, a preface, a listed chapter: each
    on a new page), or is no heading and either is unindented (in a text that indents its
    paragraphs: so it carries something on) or is an indented paragraph after blocks that end
    like sentences (a (1) heading does not) whose numbers no later (n) block of the page takes
    before a new anchor does (a page prints one note of each number)."""
    following = blocks[end]
    if following.page is not None or following.continues:
        return False
    run = blocks[start:end]
    numbers = [_number(block) for block in run]
    if not set(numbers) <= anchors | {None}:
        return False
    if _opens_a_part(following.text, titles):  # the contents, a preface, a listed chapter
        return True
    if _heading_like(following.text, titles):
        return False
    first = (following.source_lines or following.lines)[0]
    if not PARA_INDENT.match(first.text[margin:]):
        return True
    return all(_ends_like_a_note(block.text) for block in run) and not any(
        _taken_later(blocks, end, n) for n in numbers if n)


def _ends_like_a_note(text: str) -> bool:
    """A sentence's end, or a reference's (GB/T 7714 closes with a full stop: ``…(9).``)."""
    return _ends(text) or text.rstrip().endswith((".", "．"))


def _taken_later(blocks: list[RawBlock], end: int, number: str) -> bool:
    """A later (n) block of the same number comes before the text shows the anchor again."""
    for block in blocks[end:]:
        if NOTE_LINE.match(block.text) and _number(block) == number:
            return True
        if number in _anchors(block):
            return False
    return False


def _number(block: RawBlock) -> str | None:
    from teikit.detect.text import paren_number
    return paren_number(NOTE_LINE.match(block.text).group(1))


def _anchors(block: RawBlock) -> set[str]:
    from teikit.detect.text import paren_anchors
    return {n for _, _, n in paren_anchors(block.text)}


MIN_INDENTS = 2  # indented lines that show the text marks its paragraphs by indent


def _opens_a_part(text: str, titles) -> bool:
    """A line that starts a part of the book, always on a new page: the contents, a preface,
    a chapter the contents list."""
    from teikit.detect.contents import is_contents_head
    from teikit.detect.preface import PREFACE_TITLES

    return bool(is_contents_head(text) or squeeze(text) in PREFACE_TITLES
                or squeeze(text) in titles)


def _heading_like(text: str, titles) -> bool:
    """A page-first line that opens something rather than carrying a paragraph on."""
    from teikit.detect.headings import match_heading
    from teikit.detect.preface import dateline_when

    return bool(match_heading(text) or CHAPTER_TITLE.match(text) or dateline_when(text)
                or _opens_a_part(text, titles))


def _renumber(blocks: list[RawBlock], lines: list[SourceLine]) -> list[RawBlock]:
    """split_blocks numbers a page's lines from 1: give them their source line numbers."""
    for block in blocks:
        block.lines = [SourceLine(sl.text, lines[sl.line - 1].line) for sl in block.lines]
    return blocks

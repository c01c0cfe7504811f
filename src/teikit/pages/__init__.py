"""Step 1b, pages: the raw text cut into printed pages, their furniture taken out, then blocks.

Real extractions print a book page by page. pdftotext ends every page with a form feed (the
one exact page-break signal); a copy-paste from a PDF viewer has none but still shows each
page's folio line. Each page keeps its source lines; its folio (the printed page number, at
the head or foot) and running heads (short lines repeated at the top of many pages) are
recognised by position and repetition and kept out of the running text. Hard-wrapped prose
(lines of one measured length) is joined into one block per paragraph; a paragraph running
over a page end is marked as continuing, so the flow joins it with a page break at the join.
Text without any page signal is cut into blank-line separated blocks exactly as before.

The layer's steps, one module each: ``lines`` (numbering, width, line patterns), ``folios``
(cutting into pages, folios), ``heads`` (running heads), ``wraps`` (the measure, hard-wrapped
paragraphs), ``blocking`` (the blocks detection reads); ``layout`` holds what they find.
"""
from __future__ import annotations

from teikit.blocks import RawBlock, split_blocks
from teikit.pages.blocking import page_blocks
from teikit.pages.folios import (FOLIO_PATTERNS, FOLIO_WITH_HEAD, _cut_at_folios,
                                 _cut_at_form_feeds, _take_folios, folio_number)
from teikit.pages.heads import CHAPTER_TITLE, _take_running_heads
from teikit.pages.layout import Layout, Page
from teikit.pages.lines import (FULL_WIDTH_DIGITS, INDENT, LEADER_RUN, LEADER_START, NOTE_LINE,
                                PARA_INDENT, SPACED_CJK, _margin, _spaced_cjk, join_lines,
                                source_lines, squeeze, width)
from teikit.pages.wraps import is_full, measure

__all__ = ["CHAPTER_TITLE", "FOLIO_PATTERNS", "FOLIO_WITH_HEAD", "FULL_WIDTH_DIGITS", "INDENT",
           "LEADER_RUN", "LEADER_START", "NOTE_LINE", "PARA_INDENT", "SPACED_CJK", "Layout",
           "Page", "folio_number", "is_full", "join_lines", "measure", "page_blocks", "paginate",
           "read_pages", "source_lines", "squeeze", "width"]


def paginate(text: str) -> Layout:
    lines = source_lines(text)
    if None in lines:
        pages = _cut_at_form_feeds(lines)
        marked = True
    else:
        plain = [sl for sl in lines if sl is not None]
        pages = _cut_at_folios(plain)
        marked = len(pages) > 1 or pages[0].ends_at_folio
    if marked:
        _take_furniture(pages)
    layout = Layout(pages, marked)
    # a folio not taken as one (a book of one numbered page) is no sign of the margin
    margin = _margin([sl for p in pages for sl in p.lines if folio_number(sl.text) is None])
    layout.margin = margin
    layout.measure = measure([sl for p in pages for sl in p.lines], marked,
                             [margin for p in pages for _ in p.lines])
    layout.spaced_cjk, layout.spaced_cjk_line = _spaced_cjk(pages)
    return layout


def _take_furniture(pages: list[Page]) -> None:
    """Folios first (head or foot, numbered in sequence), then repeated running heads."""
    _take_folios(pages)
    _take_running_heads(pages)


def read_pages(text: str) -> tuple[Layout, list[RawBlock]]:
    """The page layer: pages with their furniture, and the blocks detection reads."""
    layout = paginate(text)
    if not layout.marked and layout.measure is None:
        return layout, split_blocks(text)  # no page signal, no hard wraps: blocks as ever
    return layout, page_blocks(layout)

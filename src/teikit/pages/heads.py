"""Running heads: short lines topping many pages, kept out of the text except where a title
they repeat opens a page (the contents say which pages those are)."""
from __future__ import annotations

import re

from teikit.model import Furniture
from teikit.pages.folios import _edge, _head_like, folio_number
from teikit.pages.layout import Page
from teikit.pages.lines import LEADER_START, squeeze


#: A chapter-like title (第N章, 第N编, 第N篇): its first appearance opens the chapter.
CHAPTER_TITLE = re.compile(r"^第[0-9０-９一二三四五六七八九十百]+[章编篇部卷]")


def _take_running_heads(pages: list[Page]) -> None:
    """A short top line (or a title the contents list) whose text tops at least two pages from
    the first page with a folio on (title pages and unnumbered front matter have none). Its first appearance stays text
    where it is a title listed in the contents or numbered like a chapter (an opening page
    shows the title that later pages repeat as running head)."""
    first_folio = next((i for i, p in enumerate(pages) if p.folio is not None), len(pages))
    titles = _contents_titles(pages)
    tops: dict[str, list[int]] = {}
    for index, page in enumerate(pages):
        if index < first_folio:
            continue  # title pages, front matter without folios: no running heads
        at = _edge(page, True)
        if at is None or page.top and page.top[0].type == "header":
            continue
        text = page.lines[at].text.strip()
        # a title the contents list may run longer than a running head usually does
        if (_head_like(text) or squeeze(text) in titles) and folio_number(text) is None:
            tops.setdefault(squeeze(text), []).append(index)
    seen = _first_seen_inside(pages, set(k for k, v in tops.items()
                                         if len(v) >= 2 or k in titles), first_folio)
    for key, indices in tops.items():
        listed = titles.get(key, [])
        if len(indices) < 2 and not _repeats_opening(pages, indices[0], listed,
                                                     seen.get(key, len(pages))):
            continue
        if _folios_agree(pages, indices, listed):
            indices = [i for i in indices if pages[i].folio not in listed]  # not where it opens
        elif seen.get(key, len(pages)) <= indices[0]:
            pass  # already printed as text (an opening page cut off its top): all are heads
        elif listed or CHAPTER_TITLE.match(key):
            indices = indices[max(1, len(listed)):]  # one opening page per listed title
        for index in indices:
            page = pages[index]
            at = _edge(page, True)
            sl = page.lines.pop(at)
            page.top.append(Furniture("header", sl.text.strip(), "top", sl.line))


def _repeats_opening(pages: list[Page], index: int, listed: list[int | None], seen: int) -> bool:
    """A line topping one page only is a running head where its listed title opened a page
    before and does not open this one (listed once, or not at this page's folio)."""
    folio = pages[index].folio
    return bool(listed) and seen < index and (len(listed) == 1
                                              or folio is not None and folio not in listed)


def _folios_agree(pages: list[Page], indices: list[int], listed: list[int | None]) -> bool:
    """Every page the line tops shows its folio, and one of them is a page the contents give
    the title: the contents then say which of these pages open it (a title listed twice, or
    a chapter titled like the book, repeats as running head on the pages between)."""
    folios = [pages[i].folio for i in indices]
    return None not in folios and any(f in listed for f in folios)


def _first_seen_inside(pages: list[Page], keys: set[str], first: int = 0) -> dict[str, int]:
    """Index of the first page from ``first`` (the first with a folio: not the title pages)
    where each key stands as a line below the page's top (not a contents line: no tab, no
    leader line after it)."""
    seen: dict[str, int] = {}
    for index, page in enumerate(pages):
        if index < first:
            continue
        top = _edge(page, True)
        lines = page.lines
        for i, sl in enumerate(lines):
            if i == top or "\t" in sl.text or not sl.text.strip():
                continue
            key = squeeze(sl.text)
            if key in keys and key not in seen:
                nxt = next((x.text for x in lines[i + 1:] if x.text.strip()), "")
                if not LEADER_START.match(nxt):
                    seen[key] = index
    return seen


def _contents_titles(pages: list[Page]) -> dict[str, list[int | None]]:
    """Titles listed in a contents page (lines that read as a contents entry), each with the
    printed pages the contents give it (None where the entry shows none)."""
    from teikit.detect.contents import LEADER_LINE, parse_line

    titles: dict[str, list[int | None]] = {}
    lines = [sl for page in pages for sl in page.lines if sl.text.strip()]
    for i, sl in enumerate(lines):
        entry = parse_line(sl.text.strip(), sl.line)
        if entry is not None:
            titles.setdefault(squeeze(entry.title), []).append(int(entry.page))
        elif i + 1 < len(lines) and (m := LEADER_LINE.match(lines[i + 1].text.rstrip())):
            titles.setdefault(squeeze(sl.text), []).append(int(m.group("page")))
    return titles

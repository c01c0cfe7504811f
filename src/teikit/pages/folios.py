"""Folios (printed page numbers) and cutting a text into pages: at form feeds, or, without
them, after folio lines numbered in sequence; a page's folio taken out as furniture."""
from __future__ import annotations

import re
from collections import Counter

from teikit.model import Furniture, SourceLine
from teikit.pages.layout import Page
from teikit.pages.lines import FULL_WIDTH_DIGITS, INDENT, width


_D = r"(?P<n>[0-9０-９]{1,4})"


FOLIO_PATTERNS = [
    ("bare", re.compile(rf"^{_D}$")),
    ("dashed", re.compile(rf"^[-—–－]\s*{_D}\s*[-—–－]$")),
    ("dotted", re.compile(rf"^[·•・．]\s*{_D}\s*[·•・．]$")),
    ("page-word", re.compile(rf"^第\s*{_D}\s*页$")),
    ("bracketed", re.compile(rf"^[\[［(（]\s*{_D}\s*[\]］)）]$")),
]


#: A layout-mode head line: the folio and a running head on one line, apart by a run of spaces.
FOLIO_WITH_HEAD = [
    ("folio-first", re.compile(rf"^{_D}\s{{2,}}(?P<head>\S.{{0,40}})$")),
    ("folio-last", re.compile(rf"^(?P<head>\S.{{0,40}}?)\s{{2,}}{_D}$")),
]


MAX_HEAD_WIDTH = 56  # display columns: a running head is at most a line (28 characters, 16开)


SENTENCE_END = set("。！？!?；;：:，,")


def folio_number(text: str) -> tuple[int, str | None] | None:
    """(page number, running head printed on the same line or None) for a folio line."""
    stripped = text.strip()
    for _name, pattern in FOLIO_PATTERNS:
        m = pattern.match(stripped)
        if m:
            return int(m.group("n").translate(FULL_WIDTH_DIGITS)), None
    for _name, pattern in FOLIO_WITH_HEAD:
        m = pattern.match(stripped)
        if m and _head_like(m.group("head")):
            return int(m.group("n").translate(FULL_WIDTH_DIGITS)), m.group("head")
    return None


def _head_like(text: str) -> bool:
    text = text.strip()
    return bool(text) and width(text) <= MAX_HEAD_WIDTH and text[-1] not in SENTENCE_END


def _cut_at_form_feeds(lines: list[SourceLine | None]) -> list[Page]:
    pages = [Page()]
    for sl in lines:
        if sl is None:
            pages.append(Page())
        else:
            pages[-1].lines.append(sl)
    if len(pages) > 1 and not any(sl.text.strip() for sl in pages[-1].lines):
        pages[-1].lines and pages[-2].lines.extend(pages[-1].lines)
        pages.pop()  # pdftotext ends the last page with a form feed too
    return pages


MIN_FOLIO_RUN = 3  # folio lines needed, in sequence, to read pages off a text without form feeds


def _cut_at_folios(lines: list[SourceLine]) -> list[Page]:
    """Copy-paste text: a bare folio line, numbered in sequence with others, ends its page."""
    candidates = [(i, f[0]) for i, sl in enumerate(lines)
                  if (f := folio_number(sl.text)) is not None and f[1] is None
                  and f[0] < 1000 and not INDENT.match(sl.text)]  # not a year, not a paragraph
    offsets = Counter(n - k for k, (_i, n) in enumerate(candidates))
    accepted = [i for k, (i, n) in enumerate(candidates) if offsets[n - k] >= MIN_FOLIO_RUN]
    if not accepted and len(offsets) == 1 and all(_set_apart(lines, i) for i, _ in candidates):
        accepted = [i for i, _n in candidates]  # a short book: one run, each number on its own
    if not accepted:
        return [Page(list(lines))]
    pages, start = [], 0
    for i in accepted:
        pages.append(Page(lines[start:i + 1], ends_at_folio=True))
        start = i + 1
    rest = lines[start:]
    if any(sl.text.strip() for sl in rest):
        pages.append(Page(rest))
    elif rest:
        pages[-1].lines.extend(rest)
    return pages


def _set_apart(lines: list[SourceLine], i: int) -> bool:
    """A line with a blank line (or the text's edge) before and after it."""
    return all(not (0 <= j < len(lines)) or not lines[j].text.strip() for j in (i - 1, i + 1))


def _edge(page: Page, from_top: bool) -> int | None:
    indices = range(len(page.lines)) if from_top else range(len(page.lines) - 1, -1, -1)
    for i in indices:
        if page.lines[i].text.strip():
            return i
    return None


def _take_folios(pages: list[Page]) -> None:
    """A page's folio: a folio line at its foot or head whose number runs in sequence with
    other pages' (page number − page index shared by two pages at least)."""
    found: list[tuple[int, int, bool, str | None]] = []  # page index, number, at top, head
    for index, page in enumerate(pages):
        for top in (False, True):
            at = _edge(page, top)
            if at is None:
                continue
            f = folio_number(page.lines[at].text)
            if f is not None:
                found.append((index, f[0], top, f[1]))
    offsets = Counter(n - index for index, n in {(i, n) for i, n, _t, _h in found})
    taken: set[int] = set()
    lone = len({i for i, *_ in found}) == 1  # one page shows a number
    for index, number, top, head in found:
        if index in taken:
            continue
        if offsets[number - index] < 2 and not (lone and not top and number < 1000):
            continue  # a number out of sequence (a year, a count) is not a folio
        taken.add(index)
        page = pages[index]
        at = _edge(page, top)
        sl = page.lines.pop(at)
        page.folio = number
        fw = Furniture("header" if head is not None else "pageNum", sl.text.strip(),
                       "top" if top else "bottom", sl.line)
        (page.top if top else page.bottom).append(fw)  # folio and head on one line: a header

"""Step 1b, pages: the raw text cut into printed pages, their furniture taken out, then blocks.

Real extractions print a book page by page. pdftotext ends every page with a form feed (the
one exact page-break signal); a copy-paste from a PDF viewer has none but still shows each
page's folio line. Each page keeps its source lines; its folio (the printed page number, at
the head or foot) and running heads (short lines repeated at the top of many pages) are
recognised by position and repetition and kept out of the running text. Hard-wrapped prose
(lines of one measured length) is joined into one block per paragraph; a paragraph running
over a page end is marked as continuing, so the flow joins it with a page break at the join.
Text without any page signal is cut into blank-line separated blocks exactly as before.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from teikit.blocks import RawBlock, split_blocks
from teikit.model import Furniture, PageBreak, SourceLine

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# --- folios: a table of named patterns, each a whole line (outer spaces removed) ----------

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
MAX_HEAD_WIDTH = 48  # display columns: a running head is a short line
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


#: East Asian Wide and Fullwidth characters (Unicode 15, BMP; astral CJK counted below).
_WIDE = re.compile("[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff"
                   "\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3"
                   "\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6"
                   "\U00020000-\U0003fffd]")


def width(text: str) -> int:
    """Display columns: wide (CJK, full-width) characters count two."""
    return len(text) + len(_WIDE.findall(text))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- pages ----------------------------------------------------------------------------------


@dataclass
class Page:
    """One printed page: its body lines (blank ones included) and furniture."""

    lines: list[SourceLine] = field(default_factory=list)
    folio: int | None = None
    top: list[Furniture] = field(default_factory=list)
    bottom: list[Furniture] = field(default_factory=list)
    ends_at_folio: bool = False  # a text without form feeds: a folio line ended the page


@dataclass
class Layout:
    """What the page layer found: the pages, whether the source marks them, the measure."""

    pages: list[Page]
    marked: bool  # pages come from form feeds or folio lines, not inference
    measure: int | None = None  # the line length of hard-wrapped prose, in display columns
    margin: int = 0  # leading spaces every line has (a -layout left margin)
    spaced_cjk: int = 0  # single spaces printed between two CJK characters
    spaced_cjk_line: int = 0


def source_lines(text: str) -> list[SourceLine | None]:
    """The text's lines, numbered as an editor numbers them; None stands for a form feed.

    A form feed is a character inside a line (editors and ``wc -l`` do not count it as a line
    end), so ``\\fText`` is one line: the page ends before it and its number does not shift."""
    out: list[SourceLine | None] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        pieces = raw.split("\f")
        for index, piece in enumerate(pieces):
            if index:
                out.append(None)
            if piece or index == 0:
                out.append(SourceLine(piece, number))
    return out


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
    margin = _margin([sl for p in pages for sl in p.lines])
    layout.margin = margin
    layout.measure = measure([sl for p in pages for sl in p.lines], marked,
                             [margin for p in pages for _ in p.lines])
    layout.spaced_cjk, layout.spaced_cjk_line = _spaced_cjk(pages)
    return layout


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


# --- furniture ------------------------------------------------------------------------------


def _edge(page: Page, from_top: bool) -> int | None:
    indices = range(len(page.lines)) if from_top else range(len(page.lines) - 1, -1, -1)
    for i in indices:
        if page.lines[i].text.strip():
            return i
    return None


def _take_furniture(pages: list[Page]) -> None:
    """Folios first (head or foot, numbered in sequence), then repeated running heads."""
    _take_folios(pages)
    _take_running_heads(pages)


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
    for index, number, top, head in found:
        if index in taken:
            continue
        lone = len({i for i, *_ in found}) == 1
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


#: A chapter-like title (第N章, 第N编, 第N篇): its first appearance opens the chapter.
CHAPTER_TITLE = re.compile(r"^第[0-9０-９一二三四五六七八九十百]+[章编篇部卷]")


def _take_running_heads(pages: list[Page]) -> None:
    """A short top line whose text tops at least two pages from the first page with a folio
    on (title pages and unnumbered front matter have none). Its first appearance stays text
    where it is a title listed in the contents or numbered like a chapter (an opening page
    shows the title that later pages repeat as running head)."""
    first_folio = next((i for i, p in enumerate(pages) if p.folio is not None), len(pages))
    tops: dict[str, list[int]] = {}
    for index, page in enumerate(pages):
        if index < first_folio:
            continue  # title pages, front matter without folios: no running heads
        at = _edge(page, True)
        if at is None or page.top and page.top[0].type == "header":
            continue
        text = page.lines[at].text.strip()
        if _head_like(text) and folio_number(text) is None:
            tops.setdefault(squeeze(text), []).append(index)
    titles = _contents_titles(pages)
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


# --- hard-wrapped lines ---------------------------------------------------------------------

MIN_MEASURE = 20  # columns: shorter lines are headings, title-page lines, contents entries
SLACK = 3  # columns a full line may fall short of the measure (a Latin word, hanging punctuation)
OVERRUN = 8  # columns a line may run past it (a Latin word that could not be broken)


def measure(lines: list[SourceLine], marked: bool = False,
            margins: list[int] | None = None) -> int | None:
    """The line length of hard-wrapped prose, when the text is hard-wrapped, else None.

    Measured on the lines that wrap (followed by an unindented line of the same block): the
    most common width, in a window of SLACK columns. The text counts as hard-wrapped when
    a quarter of its non-blank lines have that width, or, in a text that marks its pages
    (pdftotext prints every printed line as a line), when two lines have it."""
    widths = [width(sl.text.rstrip()) for sl in lines if sl.text.strip()]
    wrapping, prose = Counter(), Counter()
    margins = margins or [0] * len(lines)
    in_prose = False  # the paragraph (since a blank line or indent) opened as prose or a note
    previous = ""
    for sl, nxt, margin in zip(lines, lines[1:], margins[1:]):
        text, following = sl.text.rstrip(), nxt.text[margin:]
        if text.strip() and (not previous.strip() or _opens_prose(sl.text[margin:])):
            in_prose = _opens_prose(sl.text[margin:])
        previous = text
        if text and following.strip() and not INDENT.match(following) and "\t" not in text \
                and not NOTE_LINE.match(following.strip()) and width(text) >= MIN_MEASURE \
                and not LEADER_START.match(following):
            wrapping[width(text)] += 1
            if in_prose and not _latin(following.strip()[:1]):  # a Latin word carried over
                prose[width(text)] += 1  # leaves its line short by up to LATIN_SLACK
    if not wrapping:
        return None
    if marked and prose:  # title pages and CIP data wrap at other lengths than the prose
        wrapping = prose
    window = {w: sum(wrapping.get(w - d, 0) for d in range(SLACK)) for w in wrapping}
    if marked:  # pdftotext prints every printed line as a line: the text is hard-wrapped
        # the measure that makes the most wrapping lines full; of those, the one most lines
        # reach within SLACK; a tie goes to the shorter (a line may run OVERRUN past it)
        full = {w: sum(c for v, c in wrapping.items() if w - SLACK <= v <= w + OVERRUN)
                for w in wrapping}
        return max(wrapping, key=lambda w: (full[w], window[w], -w))
    best = max(window, key=lambda w: (window[w], wrapping[w], w))
    best_count = window[best]
    if best_count < 4 or best_count * 4 < len(widths):
        return None
    return best


LATIN_SLACK = 16  # a Latin word too long for the line's end leaves up to this much space


def is_full(text: str, measure_: int, following: str = "") -> bool:
    """A line that reaches the measure (a longer line was not wrapped at it: not prose);
    before a line starting with a Latin word, one that stops short by about a word."""
    if "\t" in text or LEADER_RUN.search(text) or COLUMN_GAP.search(text):
        return False  # a table row or a contents entry is never running prose
    slack = LATIN_SLACK if following and _latin(following) else SLACK
    return measure_ - slack <= width(text) <= measure_ + OVERRUN


LEADER_START = re.compile(r"^\s*(\.{2,}|…+|·{2,}|．{2,})")  # a contents entry's second line
COLUMN_GAP = re.compile(r"\S {3,}\S")  # -layout: columns (title, author, page) apart
LEADER_RUN = re.compile(r"\.{3,}|…{2,}|·{3,}|．{3,}")
INDENT = re.compile(r"^(\u3000+| {2,})")
PARA_INDENT = re.compile(r"^(\u3000{1,2}| {2,4})(?![ \u3000])")  # a first-line indent, not centring
NOTE_LINE = re.compile(r"^(\^?[①-⑳]|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|\(\d{1,3}\)|\*{1,3})"
                       r"(\s+\S|[^\W\d_])")  # then the note's text, not `(4): 1-9`


def _opens_prose(text: str) -> bool:
    """A block's first line that opens running prose or a note: a first-line indent, a note
    marker, an unmarked note on the chapter."""
    from teikit.detect.notes import DIVISION_NOTE

    stripped = text.strip()
    return bool(PARA_INDENT.match(text) or NOTE_LINE.match(stripped)
                or DIVISION_NOTE.match(stripped))


def _margin(lines: list[SourceLine]) -> int:
    """Leading spaces every line has (a -layout left margin)."""
    pads = [len(sl.text) - len(sl.text.lstrip(" ")) for sl in lines if sl.text.strip()]
    return min(pads) if pads else 0


def _indented(sl: SourceLine, margin: int) -> bool:
    return bool(INDENT.match(sl.text[margin:]))


def join_lines(texts: list[str]) -> str:
    """Hard-wrapped lines of one paragraph: nothing between CJK text, one space between words."""
    out = ""
    for text in texts:
        text = text.strip()
        if out and text and _latin(out[-1]) and _latin(text[0]):
            out += " "
        out += text
    return out


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


# --- blocks ---------------------------------------------------------------------------------


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
        prose = [b for b in page_blocks_ if not _note_block(b)]
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
        prose = [b for b in blocks if not _note_block(b)]
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
    prose = [b for b in blocks if not _note_block(b)]
    if prose:
        last = prose[-1]
        end_full = last.full_end
    return blocks, starts_new, end_full


def _unmarked_page_ends(blocks: list[RawBlock], margin: int, titles) -> None:
    """Inside a page the source does not mark (a copy-paste's front matter, a preface without
    folios): a paragraph stopped mid-sentence, then (after a blank line, maybe notes) an
    unindented block carries it on — a page end the text shows only so. The break has no
    number of its own."""
    open_para = False
    for block in blocks:
        if _note_block(block):
            continue
        first = (block.source_lines or block.lines)[0]
        indented = bool(PARA_INDENT.match(first.text[margin:]))
        if open_para and not indented and block.page is None and not block.continues \
                and not _heading_like(block.text, titles):
            block.continues = True
            block.page = PageBreak(line=block.line)
            open_para = not _ends(block.text)
            continue
        open_para = (indented or block.continues) and not _ends(block.text)


MIN_INDENTS = 2  # indented lines that show the text marks its paragraphs by indent


def _heading_like(text: str, titles) -> bool:
    """A page-first line that opens something rather than carrying a paragraph on."""
    from teikit.detect.contents import is_contents_head
    from teikit.detect.headings import match_heading
    from teikit.detect.preface import PREFACE_TITLES, dateline_when

    return bool(match_heading(text) or CHAPTER_TITLE.match(text) or squeeze(text) in titles
                or dateline_when(text) or is_contents_head(text)
                or squeeze(text) in PREFACE_TITLES)


def _ends(text: str) -> bool:
    from teikit.detect.text import ends_sentence
    return ends_sentence(text)


def _note_block(block: RawBlock) -> bool:
    """A footnote, or an unmarked note on the chapter (both printed at the page's foot)."""
    from teikit.detect.notes import DIVISION_NOTE
    return bool(NOTE_LINE.match(block.text) or DIVISION_NOTE.match(block.text))


def _group_blocks(group: list[SourceLine], margin: int, measure_: int
                  ) -> tuple[list[RawBlock], bool]:
    """Blank-line separated lines of a page: prose (some line reaches the measure) is cut into
    paragraphs at indents, note markers and short lines; other groups stay one block."""
    full = [is_full(sl.text.rstrip(), measure_, nxt.text.strip()[:1])
            for sl, nxt in zip(group, group[1:] + [SourceLine("", 0)])]
    if not any(full[:-1]) and not (len(group) == 1 and full[0]):
        return _short_lines(group, margin), False
    blocks: list[RawBlock] = []
    current: list[SourceLine] = []
    for i, sl in enumerate(group):
        new = not current or _indented(sl, margin) or _note_start(sl.text.strip(), full[i - 1]) \
            or not full[i - 1] or _heading_after_sentence(sl.text, group[i - 1].text)
        if new and current:
            blocks.append(_joined(current, full[i - 1]))
            current = []
        current.append(sl)
    blocks.append(_joined(current, full[-1]))
    return blocks, full[-1]


def _short_lines(group: list[SourceLine], margin: int) -> list[RawBlock]:
    """Lines none of which reaches the measure (a title page, a colophon, a short paragraph
    with its notes): one block, cut only where a line is indented or opens a note."""
    blocks: list[RawBlock] = []
    for sl in group:
        if not blocks or _indented(sl, margin) or NOTE_LINE.match(sl.text.strip()):
            blocks.append(RawBlock([]))
        blocks[-1].lines.append(sl)
    return blocks


NOTE_THEN_SPACE = re.compile(NOTE_LINE.pattern.split("(\\s+")[0] + r"\s")


def _note_start(text: str, after_full_line: bool) -> bool:
    """A note opens here: its marker, then its text. After a full line a marker glued to the
    text (`^①黄埔区…`) is an anchor the wrap carried to the line start, not a note."""
    if after_full_line:
        return bool(NOTE_THEN_SPACE.match(text))
    return bool(NOTE_LINE.match(text))


def _heading_after_sentence(text: str, before: str) -> bool:
    """A numbered heading line (`二、…`) after a finished sentence starts a block of its own,
    even when that sentence's last line happens to fill the measure."""
    from teikit.detect.headings import match_heading

    return _ends(before) and match_heading(text.strip()) is not None


def _joined(lines: list[SourceLine], full_end: bool) -> RawBlock:
    block = RawBlock([SourceLine(join_lines([sl.text for sl in lines]), lines[0].line)])
    block.full_end = full_end
    block.source_lines = lines
    return block


def _renumber(blocks: list[RawBlock], lines: list[SourceLine]) -> list[RawBlock]:
    """split_blocks numbers a page's lines from 1: give them their source line numbers."""
    for block in blocks:
        block.lines = [SourceLine(sl.text, lines[sl.line - 1].line) for sl in block.lines]
    return blocks


# --- stray spaces ---------------------------------------------------------------------------

_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
SPACED_CJK = re.compile(rf"(?<={_CJK}) (?={_CJK})")


SPACED_MIN_WIDTH = 30  # letter-spaced short lines (`目 录`, `版权所有 翻印必究`) are typography


def _spaced_cjk(pages: list[Page]) -> tuple[int, int]:
    count, first = 0, 0
    for page in pages:
        for sl in page.lines:
            if width(sl.text.strip()) < SPACED_MIN_WIDTH:
                continue
            found = len(SPACED_CJK.findall(sl.text))
            if found and not first:
                first = sl.line
            count += found
    return count, first


def read_pages(text: str) -> tuple[Layout, list[RawBlock]]:
    """The page layer: pages with their furniture, and the blocks detection reads."""
    layout = paginate(text)
    if not layout.marked and layout.measure is None:
        return layout, split_blocks(text)  # no page signal, no hard wraps: blocks as ever
    return layout, page_blocks(layout)

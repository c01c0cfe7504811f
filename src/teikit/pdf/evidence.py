"""Step 1b for a PDF: what the page's typography says, read into the page layer's pages.

A PDF knows what a text extraction can only guess. The rules below are small named functions
of measured quantities (all in PDF points), read off the whole document first:

====================  ====================================================================
body size             the font size most characters are set in
pitch                 the most common distance between two body lines of a page
left edge, right edge the body lines' most common start, and the end full lines reach
head band, foot band  a page's first (last) line standing apart from the text at the same
                      height on several pages, in the page's upper (lower) half: running
                      heads and folios (``fw``)
footnotes             lines below the body set smaller than the body size
superscripts          small raised characters: note anchors (kept as printed)
new block             an indent, a change of size or weight, a gap wider than the pitch
wrapped line          a line after a full line (in note type: any line up to the next
                      note's mark), same type, not indented, not set in columns (a tab
                      stop's gap): joined to it
wrapped heading       a line after a line of display type (larger than the body, or bold),
                      in the same type without a gap: one heading or title
continued paragraph   a page whose first body line is body type, unindented, not bold
====================  ====================================================================

Lines are numbered as the PDF's text lines in reading order (the Nth line of every page's
text, counted through the document): messages name that line.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from teikit.model import Furniture, SourceLine
from teikit.pages import NOTE_LINE, Page, folio_number, join_lines
from teikit.pdf.read import Line, PdfText

#: A gap wider than this many pitches between two lines separates two blocks.
BLOCK_GAP = 1.45
#: A band line must stand this much further from its neighbour than the pitch.
BAND_GAP = 1.25
#: Heights (points) within which two lines count as printed at the same height.
SAME_HEIGHT = 1.5
#: A line set this much smaller than the body size is note type.
NOTE_SIZE = 0.92
#: A line set this much larger than the body size is display type (a heading, a title).
DISPLAY_SIZE = 1.05
#: A line starting this many of its sizes right of the left edge is indented.
INDENT = 0.8
#: A line is full (its paragraph goes on) when the next line's first word would have ended
#: within this many sizes of the right edge (proportional Latin type leaves a line short of
#: the measure its characters would fill in CJK columns).
FULL = 3.0
#: Lines further apart than this many body sizes are not two lines of one paragraph.
MAX_LEADING = 2.2
#: Pages a band must recur on (or every page, in a shorter PDF).
MIN_BAND_PAGES = 2


@dataclass
class Metrics:
    body: float
    pitch: float
    left: float
    right: float
    head_band: float | None
    foot_band: float | None


@dataclass
class PageEvidence:
    """What the page's first body line shows: whether it can carry a paragraph on."""

    may_continue: bool = True
    label: str | None = None


@dataclass
class Typeset:
    """The PDF read into the page layer's pages, with the evidence detection cannot see."""

    pages: list[Page]
    evidence: list[PageEvidence] = field(default_factory=list)
    lines: int = 0  # text lines numbered


def _mode(values, default: float = 0.0) -> float:
    counted = Counter(values)
    return counted.most_common(1)[0][0] if counted else default


def body_size(pages, head: float | None = None, foot: float | None = None) -> float:
    """The size most of the running text is set in. The running text is what
    stands above the foot of each page: a page's last lines set smaller than the lines above
    them (footnotes, a folio) are left out, and so are the head and foot bands when known."""
    sizes = Counter()
    for page in pages:
        lines = sorted(page.lines, key=lambda line: line.top)
        if lines and is_band_line(lines[0], head):
            lines = lines[1:]
        if lines and is_band_line(lines[-1], foot):
            lines = lines[:-1]
        for line in lines[:foot_material(lines, page.height)]:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def foot_material(lines: list[Line], height: float) -> int:
    """Where a page's foot begins (footnotes, a folio: type smaller than the text above),
    before the body size is known. The foot stands below the page's widest gap when that gap
    is wider than a paragraph's leading, the lines below it stand in the lower half of the
    page, and every one of them is smaller than the line above it; on a page without such a gap (a full page), the last lines smaller than most of the
    text above them. A heading at the top of a page is larger than its text: the text is not
    foot material."""
    if len(lines) < 2:
        return len(lines)
    gaps = [(b.top - a.top, i + 1) for i, (a, b) in enumerate(zip(lines, lines[1:]))]
    gap, at = max(gaps)
    above = lines[at - 1]
    if gap > MAX_LEADING * above.size and lines[at].top > height / 2 and all(
            line.size < above.size for line in lines[at:]):
        return at
    end = len(lines)
    while end > 1 and lines[end - 1].size < _weighted_size(lines[:end - 1]):
        end -= 1
    return end


def _weighted_size(lines: list[Line]) -> float:
    sizes = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _same(a: float, b: float, tolerance: float = SAME_HEIGHT) -> bool:
    return abs(a - b) <= tolerance


def measure(text: PdfText) -> Metrics:
    """The document's measures. The body size is read twice: first off every page, then,
    once the head and foot bands are known, off the pages that print furniture (the body
    pages: title pages, imprint and contents print none, and can outweigh a short text)."""
    body = body_size(text.pages)
    pitch = _pitch(text.pages, body)
    head, foot = _band(text, pitch, top=True), _band(text, pitch, top=False)
    furnished = [page for page in text.pages if page.lines and (
        is_band_line(page.lines[0], head) or is_band_line(page.lines[-1], foot))]
    if furnished:
        body = body_size(furnished, head, foot)
        pitch = _pitch(text.pages, body)
    body_lines = [line for page in text.pages for line in page.lines
                  if _same(line.size, body, 0.2)]
    starts = Counter(round(line.x0) for line in body_lines)
    recurring = [x for x, n in starts.items() if n >= 2] or list(starts) or [0]
    left = float(min(recurring))  # paragraphs' first lines are indented, centred lines right
    right = _right_edge([line.x1 for line in body_lines], left)
    return Metrics(body, pitch, left, right, head, foot)


def _right_edge(ends: list[float], left: float) -> float:
    """Where full lines end: the furthest end that two lines share (full lines of solid CJK
    type, and right-aligned lines, end on the measure; a line of proportional Latin type may
    run past it)."""
    ends = sorted(ends, reverse=True)
    for a, b in zip(ends, ends[1:]):
        if a - b <= SAME_HEIGHT:
            return a
    return ends[0] if ends else left


def _pitch(pages, body: float) -> float:
    steps = [round(b.top - a.top, 0) for page in pages
             for a, b in zip(page.lines, page.lines[1:])
             if _same(a.size, body, 0.2) and _same(b.size, body, 0.2)
             and 0 < b.top - a.top < MAX_LEADING * body]
    return _mode(steps, body * 1.5)


def _band(text: PdfText, pitch: float, top: bool) -> float | None:
    """The height at which the first (last) line of several pages stands apart, where those
    lines read as furniture (a folio, or a text that recurs there: footnotes set flush with
    the foot of the page stand apart at one height too)."""
    edges = [page.lines[0 if top else -1] for page in text.pages if page.lines]
    recurring = _recurring(edges)
    heights = []
    for page in text.pages:
        lines = page.lines
        if len(lines) < 2:
            continue
        edge, neighbour = (lines[0], lines[1]) if top else (lines[-1], lines[-2])
        if (edge.top < page.height / 2) != top:
            continue  # a head stands in the page's upper half, a foot in its lower half
        if abs(neighbour.top - edge.top) > BAND_GAP * pitch and furniture_like(edge, recurring):
            heights.append(round(edge.top))
    if not heights:
        return None
    height, count = Counter(heights).most_common(1)[0]
    if count < min(MIN_BAND_PAGES, len(text.pages)) or count < 2 and len(text.pages) > 1:
        return None
    return float(height)


def _recurring(lines: list[Line]) -> set[str]:
    counted = Counter("".join(line.text.split()) for line in lines)
    return {text for text, n in counted.items() if n >= MIN_BAND_PAGES}


def furniture_like(line: Line, recurring: set[str]) -> bool:
    """A folio (alone or beside a running head), or a text printed at that edge of several
    pages (a running head) that is not a footnote (a note "① 同上。" recurs at the foot)."""
    pieces = [piece.strip() for piece in line.text.split("\t") if piece.strip()]
    if any(folio_number(piece) for piece in pieces):
        return True
    return "".join(line.text.split()) in recurring and not NOTE_LINE.match(line.text.strip())


# --- rules: one small function each ---------------------------------------------------------


def is_band_line(line: Line, band: float | None, recurring: set[str] | None = None) -> bool:
    """A page's edge line at the height where other pages print their furniture, and like it
    (when ``recurring``, the texts repeated at that edge, is given)."""
    return band is not None and _same(round(line.top), band) and (
        recurring is None or furniture_like(line, recurring))


def is_note_type(line: Line, m: Metrics) -> bool:
    return line.size < NOTE_SIZE * m.body


def is_indented(line: Line, m: Metrics) -> bool:
    return line.x0 > m.left + INDENT * line.size


def is_full(line: Line, m: Metrics, following: Line | None = None) -> bool:
    """The line is as long as the measure allows: the next line's first word (a character,
    or a Latin word that is never split) would not have fitted after it."""
    lead = following.lead if following is not None else line.size
    return line.x1 + lead >= m.right - FULL * line.size


def is_gap(previous: Line, line: Line, m: Metrics) -> bool:
    own = m.pitch * line.size / m.body if is_note_type(line, m) else m.pitch
    return line.top - previous.top > BLOCK_GAP * max(own, m.pitch * previous.size / m.body)


def same_type(previous: Line, line: Line) -> bool:
    return abs(previous.size - line.size) < 0.5 and previous.bold == line.bold


def opens_note(line: Line, m: Metrics) -> bool:
    return is_note_type(line, m) and bool(NOTE_LINE.match(line.text.strip()))


def starts_block(previous: Line | None, line: Line, m: Metrics) -> bool:
    return previous is None or is_indented(line, m) or not same_type(previous, line) \
        or is_gap(previous, line, m) or opens_note(line, m)


def wraps_on(previous: Line, line: Line, m: Metrics, foot: bool = False) -> bool:
    """``line`` carries on ``previous``'s paragraph (hard-wrapped prose); among the footnotes
    (``foot``), a note goes on to the next note's mark."""
    if starts_block(previous, line, m) or is_columns(previous):
        return False
    return is_full(previous, m, line) or foot


def is_display(line: Line, m: Metrics) -> bool:
    """Display type: a heading's or a title's, larger than the body or bold."""
    return line.size > DISPLAY_SIZE * m.body or line.bold


def display_goes_on(previous: Line, line: Line, m: Metrics) -> bool:
    """A heading or title too long for one line: its next line, in the same display type,
    set at its own leading (centred or not)."""
    return is_display(previous, m) and same_type(previous, line) \
        and not is_gap(previous, line, m) and not is_columns(previous)


def is_columns(line: Line) -> bool:
    """A line set in columns (a tab stop's gap: a contents entry with its page, a colophon
    row) is a line of a table, not of wrapped prose."""
    return "\t" in line.text


def foot_start(lines: list[Line], m: Metrics) -> int:
    """Index of the page's first footnote line: the notes are the lines in note type below
    the last line in body type (or larger)."""
    last = max((i for i, line in enumerate(lines) if not is_note_type(line, m)), default=-1)
    return last + 1 if last >= 0 else len(lines)


def may_continue(line: Line | None, m: Metrics) -> bool:
    return line is not None and not is_indented(line, m) and _same(line.size, m.body, 0.2) \
        and not line.bold


# --- pages ----------------------------------------------------------------------------------


def furniture(line: Line, place: str, number: int) -> tuple[list[Furniture], int | None]:
    """A band line as fw: a folio (pageNum), a running head (header), or both on one line."""
    pieces = [piece.strip() for piece in line.text.split("\t") if piece.strip()]
    out, folio = [], None
    for piece in pieces:
        found = folio_number(piece)
        if found is not None and found[1] is None and folio is None:
            folio = found[0]
            out.append(Furniture("pageNum", piece, place, number))
        else:
            out.append(Furniture("header", piece, place, number))
    return out, folio


def typeset(text: PdfText) -> Typeset:
    """Every PDF page as a page-layer Page: body lines (paragraphs joined, blocks apart by a
    blank line), folio and furniture, and the evidence for continued paragraphs."""
    m = measure(text)
    heads = _recurring([page.lines[0] for page in text.pages if page.lines])
    feet = _recurring([page.lines[-1] for page in text.pages if page.lines])
    result = Typeset([])
    number = 0
    for pdf_page in text.pages:
        lines = list(pdf_page.lines)
        numbers = list(range(number + 1, number + len(lines) + 1))
        number += len(lines)
        page = Page()
        if lines and is_band_line(lines[0], m.head_band, heads):
            found, folio = furniture(lines.pop(0), "top", numbers.pop(0))
            page.top.extend(found)
            page.folio = folio
        if lines and is_band_line(lines[-1], m.foot_band, feet):
            found, folio = furniture(lines.pop(), "bottom", numbers.pop())
            page.bottom.extend(found)
            page.folio = page.folio if page.folio is not None else folio
        page.lines = _body(lines, numbers, m)
        result.pages.append(page)
        result.evidence.append(PageEvidence(may_continue(lines[0] if lines else None, m),
                                            pdf_page.label))
    result.lines = number
    return result


def _body(lines: list[Line], numbers: list[int], m: Metrics) -> list[SourceLine]:
    """The page's text as the page layer reads it: a blank line between two blocks, one line
    per joined paragraph, the other lines of a block (a contents page, a title page) kept."""
    out: list[SourceLine] = []
    current: list[str] = []
    first = 0
    previous: Line | None = None
    foot = foot_start(lines, m)
    for index, (line, number) in enumerate(zip(lines, numbers)):
        if previous is not None and (wraps_on(previous, line, m, index > foot)
                                     or display_goes_on(previous, line, m)):
            current.append(line.text)
        else:
            if current:
                out.append(SourceLine(join_lines(current), first))
            if previous is not None and starts_block(previous, line, m):
                out.append(SourceLine("", first))
            current, first = [line.text], number
        previous = line
    if current:
        out.append(SourceLine(join_lines(current), first))
    return out

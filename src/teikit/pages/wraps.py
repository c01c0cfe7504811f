"""Hard-wrapped lines: the measured line length, which lines are full, and the paragraphs
a page's lines make (cut at indents, note markers, short lines)."""
from __future__ import annotations

from collections import Counter

from teikit.blocks import RawBlock
from teikit.model import SourceLine
from teikit.pages.lines import (COLUMN_GAP, CONTINUED_LINE, INDENT, LEADER_RUN, LEADER_START, NOTE_LINE,
                                NOTE_THEN_SPACE, SURE_NOTE_LINE, PARA_INDENT, _indented, _latin, join_lines,
                                width)


MIN_MEASURE = 20  # columns: shorter lines are headings, title-page lines, contents entries


SLACK = 3  # columns a full line may fall short of the measure (a Latin word, hanging punctuation)


OVERRUN = 8  # columns a line may run past it (a Latin word that could not be broken)


def measure(lines: list[SourceLine], marked: bool = False,
            margins: list[int] | None = None) -> int | None:
    """The line length of hard-wrapped prose, when the text is hard-wrapped, else None.

    Measured on the lines that wrap (followed by an unindented line of the same block): the
    most common width, in a window of SLACK columns. The text counts as hard-wrapped when
    a quarter of its non-blank lines have that width, or, in a text that marks its pages
    (pdftotext prints every printed line as a line), when two lines have it. Where the only
    wrapping prose line carried a Latin word over, the measure is the widest that word did
    not fit in. Prose lines that end in Chinese are the surest witnesses: a run of Latin
    letters, digits or spaces at a line's end may overrun the measure (it could not be broken,
    or its proportional letters are narrower than the two columns counted for each)."""
    widths = [width(sl.text.rstrip()) for sl in lines if sl.text.strip()]
    wrapping, prose, exact, carried = _wrapping_widths(lines, margins or [0] * len(lines))
    if not wrapping:
        return None
    if marked and (prose or carried):  # title pages and CIP data wrap at other lengths
        wrapping = prose or carried
        if exact:  # no prose line ending in Chinese reaches past the measure
            wrapping = exact if max(_windows(exact).values()) >= 2 else \
                Counter({w: n for w, n in prose.items() if w <= max(exact) + 1})
    window = _windows(wrapping)
    if marked:  # pdftotext prints every printed line as a line: the text is hard-wrapped
        # the width most wrapping lines reach within SLACK (a tie: the shorter, since a line
        # may run OVERRUN past it); with no such peak (a few lines), the measure that makes
        # the most of them full
        peak = max(window, key=lambda w: (window[w], wrapping[w], -w))
        if window[peak] >= 2:
            return peak
        full = {w: sum(c for v, c in wrapping.items() if w - SLACK <= v <= w + OVERRUN)
                for w in wrapping}
        return max(wrapping, key=lambda w: (full[w], window[w], -w))
    best = max(window, key=lambda w: (window[w], wrapping[w], w))
    best_count = window[best]
    if best_count < 4 or best_count * 4 < len(widths):
        return None
    return best


def _wrapping_widths(lines: list[SourceLine], margins: list[int]
                     ) -> tuple[Counter, Counter, Counter, Counter]:
    """The widths of the lines that wrap: all of them, those of prose (or notes), those of
    prose ending in Chinese (which cannot overrun), and, for a line whose next line starts
    with a Latin word carried over, the width that word did not fit in."""
    wrapping, prose, exact, carried = Counter(), Counter(), Counter(), Counter()
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
            word = _carried_word(following.strip())
            if in_prose and not word:
                prose[width(text)] += 1
                if not any(c.isascii() for c in text[-2:]):  # ends in Chinese: cannot overrun
                    exact[width(text)] += 1
            elif in_prose:  # a Latin word carried over leaves its line short by up to
                carried[width(text) + width(word) - 1] += 1  # LATIN_SLACK: it did not fit
    return wrapping, prose, exact, carried


def _windows(widths: Counter) -> dict[int, int]:
    """For each width, the lines within SLACK columns below it (or at it)."""
    return {w: sum(widths.get(w - d, 0) for d in range(SLACK)) for w in widths}


def _carried_word(text: str) -> str:
    """The Latin word a line starts with (carried over from the line before), or ''."""
    end = 0
    while end < len(text) and _latin(text[end]):
        end += 1
    return text[:end]


LATIN_SLACK = 16  # a Latin word too long for the line's end leaves up to this much space


def is_full(text: str, measure_: int, following: str = "") -> bool:
    """A line that reaches the measure (a longer line was not wrapped at it: not prose);
    before a line starting with a Latin word, one that stops short by about a word."""
    if "\t" in text or LEADER_RUN.search(text) or COLUMN_GAP.search(text):
        return False  # a table row or a contents entry is never running prose
    slack = LATIN_SLACK if following and _latin(following) else SLACK
    return measure_ - slack <= width(text) <= measure_ + OVERRUN


def _opens_prose(text: str) -> bool:
    """A block's first line that opens running prose or a note: a first-line indent, a note
    marker, an unmarked note on the chapter."""
    from teikit.detect.notes import DIVISION_NOTE

    stripped = text.strip()
    return bool(PARA_INDENT.match(text) or NOTE_LINE.match(stripped)
                or DIVISION_NOTE.match(stripped))


def _ends(text: str) -> bool:
    from teikit.detect.text import ends_sentence
    return ends_sentence(text)


def _note_block(block: RawBlock) -> bool:
    """A footnote with a mark that opens nothing else, or an unmarked note on the chapter
    (both printed at the page's foot)."""
    from teikit.detect.notes import DIVISION_NOTE
    return bool(SURE_NOTE_LINE.match(block.text) or DIVISION_NOTE.match(block.text))


def note_flags(blocks: list[RawBlock]) -> list[bool]:
    """Which of a page's blocks are notes: every block `_note_block` knows, and a block opening
    with (1) or （1） only in the run of notes that ends the page (elsewhere it is a heading or
    an enumerated item)."""
    flags = [_note_block(block) for block in blocks]
    for index in range(len(blocks) - 1, -1, -1):
        if not flags[index]:
            if not NOTE_LINE.match(blocks[index].text):
                break
            flags[index] = True
    return flags


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
        new = not current or (not CONTINUED_LINE.match(sl.text) and (
            _indented(sl, margin) or _note_start(sl.text.strip(), full[i - 1])
            or not full[i - 1] or _heading_after_sentence(sl.text, group[i - 1].text)))
        if new and current:
            blocks.append(_joined(current, full[i - 1]))
            current = []
        current.append(sl)
    blocks.append(_joined(current, full[-1]))
    return blocks, full[-1]


def _short_lines(group: list[SourceLine], margin: int) -> list[RawBlock]:
    """Lines none of which reaches the measure (a title page, a colophon, a short paragraph
    with its notes): one block, cut only where a line is indented or opens a note; a line
    opening with punctuation no line begins with is joined to the line before."""
    blocks: list[RawBlock] = []
    for sl in group:
        if blocks and CONTINUED_LINE.match(sl.text):  # the line before goes on: join it
            last = blocks[-1].lines[-1]
            blocks[-1].lines[-1] = SourceLine(join_lines([last.text, sl.text]), last.line)
            continue
        if not blocks or _indented(sl, margin) or NOTE_LINE.match(sl.text.strip()):
            blocks.append(RawBlock([]))
        blocks[-1].lines.append(sl)
    return blocks


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

"""Lines of a raw text: their source numbers, display width, the patterns that classify a
line (indents, note markers, leaders), joining hard-wrapped lines, stray spaces."""
from __future__ import annotations

import re

from teikit.detect.text import NOTE_MARK, SURE_NOTE_MARK
from teikit.model import SourceLine
from teikit.pages.layout import Page


FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


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


LEADER_START = re.compile(r"^\s*(\.{2,}|…+|·{2,}|．{2,})")  # a contents entry's second line


COLUMN_GAP = re.compile(r"\S {3,}\S")  # -layout: columns (title, author, page) apart


LEADER_RUN = re.compile(r"\.{3,}|…{2,}|·{3,}|．{3,}")


INDENT = re.compile(r"^(\u3000+| {2,})")


PARA_INDENT = re.compile(r"^(\u3000{1,2}| {2,4})(?![ \u3000])")  # a first-line indent, not centring


#: A line opening a note (a (1) may open a heading or an item too), then the note's text,
#: not `(4): 1-9`.
NOTE_LINE = re.compile(rf"^({NOTE_MARK})(\s+\S|[^\W\d_])")
#: A line opening a note with a mark that opens nothing else.
SURE_NOTE_LINE = re.compile(rf"^({SURE_NOTE_MARK})(\s+\S|[^\W\d_])")


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


#: A line opening with punctuation that never begins a line (the line-breaking rules of Chinese
#: typesetting, 避头点): it carries on the line before, whatever that line's length.
CONTINUED_LINE = re.compile(r"^\s*[，。、；：？！）》」』】〕,;:?!)]")
NOTE_THEN_SPACE = re.compile(rf"^({NOTE_MARK})\s")


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

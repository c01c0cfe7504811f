"""Printed record lines as one text with line positions, folded to half-width punctuation.

The CIP and colophon parsers match patterns on a *folded* copy of the text (full-width
punctuation mapped one character to one character onto half-width), and cut every value
out of the *original* text at the same offsets, so each value keeps its printed form and
the source line it starts on.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from teikit.model import SourceLine

# One character to one character, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({
    "：": ":", "，": ",", "．": ".", "。": ".", "（": "(", "）": ")", "；": ";", "／": "/",
    "＝": "=", "［": "[", "］": "]", "　": " ", "\t": " ", "―": "—", "－": "—", "–": "—",
    "‐": "—", "﹒": ".",
})


def fold(text: str) -> str:
    """``text`` with full-width punctuation and dashes replaced by their ISBD forms (same length)."""
    return text.translate(_FOLD)


@dataclass
class Value:
    """A field as printed (surrounding spaces removed) and the source line it starts on."""

    text: str
    line: int


class RecordText:
    """Source lines joined with newlines; maps offsets back to source line numbers."""

    def __init__(self, lines: list[SourceLine]):
        self.lines = lines
        self.text = "\n".join(sl.text for sl in lines)
        self.folded = fold(self.text)
        self._starts: list[int] = []
        offset = 0
        for sl in lines:
            self._starts.append(offset)
            offset += len(sl.text) + 1

    def line_at(self, offset: int) -> int:
        if not self.lines:
            return 0
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        return self.lines[index].line

    def whole(self) -> "Span":
        return Span(self, 0, len(self.text))


@dataclass(frozen=True)
class Span:
    """A stretch of a RecordText; patterns run on the folded text, values come from the original."""

    source: RecordText
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]

    @property
    def folded(self) -> str:
        return self.source.folded[self.start:self.end]

    @property
    def line(self) -> int:
        return self.source.line_at(self.start)

    def __bool__(self) -> bool:
        return self.end > self.start

    def slice(self, start: int, end: int | None = None) -> "Span":
        """The sub-span at offsets relative to this span."""
        end = len(self.text) if end is None else end
        return Span(self.source, self.start + start, self.start + end)

    def strip(self, chars: str = " \n") -> "Span":
        folded = self.folded
        left = len(folded) - len(folded.lstrip(chars))
        right = len(folded.rstrip(chars))
        return self.slice(left, max(left, right))

    def group(self, match: re.Match, name: int | str) -> "Span | None":
        """The span of a group of a match made on ``self.folded``; None if it did not take part."""
        if match.start(name) < 0:
            return None
        return self.slice(match.start(name), match.end(name)).strip()

    def search(self, pattern: re.Pattern) -> re.Match | None:
        return pattern.search(self.folded)

    def split(self, pattern: re.Pattern) -> list["Span"]:
        """Stripped pieces between the matches of ``pattern``; empty pieces are dropped."""
        pieces, last = [], 0
        for m in pattern.finditer(self.folded):
            pieces.append(self.slice(last, m.start()).strip())
            last = m.end()
        pieces.append(self.slice(last).strip())
        return [p for p in pieces if p]

    def value(self) -> Value:
        span = self.strip()
        return Value(span.text, span.line)

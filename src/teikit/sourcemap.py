"""Step 5b, source map: the source line an element of the edition was printed on.

The edition keeps the printed text unchanged (only attribute values are normalised), so an
element's text stands in the source, with the source's line ends and indents squeezed out
(hard wraps are joined with nothing between CJK characters). An element without text of its
own (a ``pb``, an empty ``p``) is placed by the text that follows it in document order, or
failing that, the text before it. The search starts after the text of the element before
it, so a title printed first in the contents and again as a chapter's head is found where
the head stands.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from lxml import etree

SPACE = re.compile(r"\s+")
PROBE = 24  # characters of an element's text looked up: enough to be unique in a book
NOTE = "{http://www.tei-c.org/ns/1.0}note"
#: Note marks as printed beside an anchor; the edition holds the note there instead.
MARKS = re.compile(r"\^?[①-⑳]|[\[［〔]\d{1,3}[\]］〕]|\*{1,3}")


class SourceMap:
    """The source's text with whitespace squeezed out, and the line of every kept character."""

    def __init__(self, text: str) -> None:
        pieces, starts, lines = [], [], []
        at = 0
        for number, line in enumerate(text.split("\n"), start=1):
            squeezed = MARKS.sub("", SPACE.sub("", line))
            if squeezed:
                pieces.append(squeezed)
                starts.append(at)
                lines.append(number)
                at += len(squeezed)
        self.text = "".join(pieces)
        self._starts, self._lines = starts, lines

    def find(self, text: str, start: int = 0) -> int | None:
        """Offset of ``text``'s first PROBE characters (whitespace squeezed) from ``start``."""
        probe = MARKS.sub("", SPACE.sub("", text))[:PROBE]
        if not probe:
            return None
        at = self.text.find(probe, start)
        if at < 0 and start:
            at = self.text.find(probe)
        return None if at < 0 else at

    def line_at(self, offset: int) -> int:
        return self._lines[bisect_right(self._starts, offset) - 1]


def _printed(element: etree._Element) -> str:
    """The element's text as printed where it stands: the notes it anchors left out."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag != NOTE:
            parts.append(_printed(child))
        parts.append(child.tail or "")
    return "".join(parts)


def source_lines(edition: bytes, text: str) -> dict[int, int]:
    """For each line of the serialised edition where an element starts, the source line the
    first element starting there came from (where its text, or a neighbour's, is found)."""
    smap = SourceMap(text)
    root = etree.fromstring(edition)
    body = root.find("{http://www.tei-c.org/ns/1.0}text")
    inside = set(body.iter()) if body is not None else set()
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    offsets: list[int | None] = []
    cursor = 0
    for el in elements:
        if el in inside:  # the text in reading order: search on after the text before
            at = smap.find(_printed(el), cursor)
            if at is not None:  # past its own leading text (a container's is its child's)
                cursor = at + len(MARKS.sub("", SPACE.sub("", el.text or "")))
        else:  # the header: anywhere in the source (the title page, the CIP data)
            at = smap.find(_printed(el))
        offsets.append(at)
    resolved = _fill(_fill(offsets[::-1])[::-1])  # the text after, else before
    found: dict[int, int] = {}
    for el, at in zip(elements, resolved):
        if at is not None and el.sourceline is not None:
            found.setdefault(el.sourceline, smap.line_at(at))
    return found


def _fill(values: list[int | None]) -> list[int | None]:
    """Each None replaced by the last value before it."""
    out, last = [], None
    for value in values:
        last = value if value is not None else last
        out.append(last)
    return out

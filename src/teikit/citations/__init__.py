"""Citations in footnotes tagged in place: the Chinese note style and GB/T 7714-2015.

``parse_citation`` cuts a note's text into plain strings and ``Bibl``s whose fields keep
the printed characters: joining the strings and ``Bibl.text()`` gives the input back
exactly. Text that is not a citation (commentary) stays a plain string; no field is
ever filled in that the printed text does not give. The rules live one kind per module:
``repeated`` (同上), ``gbt7714``, ``note_style``; ``fields`` holds what they share.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from teikit.citations.fields import Found
from teikit.citations.gbt7714 import gbt7714_reference
from teikit.citations.note_style import note_style_citation
from teikit.citations.repeated import repeated_citation
from teikit.model import Bibl, Field, merge_strings

__all__ = ["RULES", "parse_citation"]

_SEGMENT_SEPARATOR = re.compile(r"；")


#: Rules tried in order on each segment of a note; the first that finds a citation wins.
RULES: list[tuple[str, Callable[[str], Found | None]]] = [
    ("repeated", repeated_citation),
    ("gbt7714", gbt7714_reference),
    ("note-style", note_style_citation),
]


def parse_citation(text: str, line: int = 0) -> list[str | Bibl]:
    """Tag the citations in a note's text; ``；`` separates several citations."""
    out: list[str | Bibl] = []
    last = 0
    for sep in list(_SEGMENT_SEPARATOR.finditer(text)) + [None]:
        end = sep.start() if sep else len(text)
        out.extend(_parse_segment(text[last:end], line))
        if sep:
            out.append(sep.group())
            last = sep.end()
    return merge_strings(out)


def _parse_segment(segment: str, line: int) -> list[str | Bibl]:
    for _name, rule in RULES:
        found = rule(segment)
        if found:
            start, end, kind, fields = found
            bibl = Bibl(kind, _parts(segment, start, end, fields), line=line)
            return [segment[:start], bibl, segment[end:]]
    return [segment]


def _parts(text: str, start: int, end: int, fields) -> list[str | Field]:
    parts: list[str | Field] = []
    cursor = start
    for f_start, f_end, name, attrs in sorted(fields, key=lambda f: f[0]):
        if f_start < cursor or f_end <= f_start:
            continue  # overlapping or empty: keep the text plain rather than guess
        parts.append(text[cursor:f_start])
        parts.append(Field(name, text[f_start:f_end], {k: v for k, v in attrs.items() if v}))
        cursor = f_end
    parts.append(text[cursor:end])
    return [p for p in parts if not (isinstance(p, str) and not p)]

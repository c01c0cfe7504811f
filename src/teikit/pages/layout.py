"""What the page layer finds: printed pages with their furniture, and the layout of the whole."""
from __future__ import annotations

from dataclasses import dataclass, field

from teikit.model import Furniture, SourceLine


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

"""Step 1b: cut the text into blocks — runs of lines separated by blank lines."""
from __future__ import annotations

from dataclasses import dataclass, field

from teikit.model import PageBreak, SourceLine


@dataclass
class RawBlock:
    """Consecutive non-blank lines; ``lines`` keep their text exactly (tabs included)."""

    lines: list[SourceLine] = field(default_factory=list)
    #: Set by the page layer (teikit.pages) when the source marks its pages: the page that
    #: begins with this block, and whether the block carries on the previous page's paragraph.
    page: PageBreak | None = None
    continues: bool = False
    first_page: bool = False  # the page is the text's first (nothing ends before it)
    full_end: bool = False  # its last printed line reaches the measured line length
    source_lines: list[SourceLine] = field(default_factory=list)  # hard-wrapped lines joined

    @property
    def line(self) -> int:
        return self.lines[0].line

    @property
    def end_line(self) -> int:
        return self.lines[-1].line

    @property
    def text(self) -> str:
        """The block's text, lines joined by newlines, outer whitespace trimmed."""
        return "\n".join(sl.text for sl in self.lines).strip()


def split_blocks(text: str) -> list[RawBlock]:
    """Blocks of a decoded text; a line of only spaces or tabs counts as blank."""
    blocks: list[RawBlock] = []
    current: list[SourceLine] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            current.append(SourceLine(raw, number))
        elif current:
            blocks.append(RawBlock(current))
            current = []
    if current:
        blocks.append(RawBlock(current))
    return blocks

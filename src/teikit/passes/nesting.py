"""Pass: numbered headings become nested divisions; the level of a numbering scheme is the
order in which the scheme first appears in its chapter (as reStructuredText does with
section adornments). Headings inside a division the contents list below a chapter (a 节)
nest below that division's own type."""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Book, Division, Heading

DIV_TYPES = ["section", "subsection", "subsubsection", "subsubsubsection"]
#: How many levels of DIV_TYPES a contents division's own type already takes.
BASE = {"part": 0, "chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3,
        "subsubsubsection": 4}


def nest(blocks: list, base: int = 0) -> list:
    levels: dict[str, int] = {}
    root: list = []
    stack: list[tuple[int, Division]] = []
    for block in blocks:
        if isinstance(block, Heading):
            scheme = block.scheme
            level = levels.setdefault(scheme, len(levels))
            while stack and stack[-1][0] >= level:
                stack.pop()
            level = min(level, len(stack))  # a deeper scheme without its parent nests one down
            div = Division(type=DIV_TYPES[min(base + level, len(DIV_TYPES) - 1)], head=block,
                           n=block.number, scheme=scheme, line=block.line)
            (stack[-1][1].blocks if stack else root).append(div)
            stack.append((level, div))
        else:
            (stack[-1][1].blocks if stack else root).append(block)
    return root


def apply(book: Book, reporter: Reporter) -> None:
    for chapter in book.chapters:
        chapter.blocks = nest(chapter.blocks, BASE.get(chapter.type, 0))

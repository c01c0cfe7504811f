"""Read what teikit detected (a ``teikit.model.Book``) into the plain shapes of ``render``'s
expectations, so that a property is one equality with a readable diff."""
from __future__ import annotations

from dataclasses import dataclass, field

from teikit import model as m


@dataclass
class FoundParagraph:
    text: str
    breaks: list[int] = field(default_factory=list)  # offsets of pb inside
    anchors: list[tuple[int, str | None, str]] = field(default_factory=list)  # (offset, n, text)
    gap: bool = False
    line: int = 0


def note_text(note: m.Note) -> str:
    return m.plain_text(note.content)


def found_paragraph(paragraph: m.Paragraph) -> FoundParagraph:
    found = FoundParagraph("", line=paragraph.line)
    text: list[str] = []
    for item in paragraph.content:
        here = sum(map(len, text))
        if isinstance(item, str):
            text.append(item)
        elif isinstance(item, m.Bibl):
            text.append(item.text())
        elif isinstance(item, m.PageBreak):
            found.breaks.append(here)
        elif isinstance(item, m.Note):
            found.anchors.append((here, item.n, note_text(item)))
        elif isinstance(item, m.Gap):
            found.gap = True
    found.text = "".join(text)
    return found


def walk_blocks(blocks: list, level: int = 1):
    """Yield ("heading", level, Heading), ("paragraph", Paragraph) and ("pb", PageBreak)."""
    for block in blocks:
        if isinstance(block, m.Division):
            yield ("heading", level, block.head)
            yield from walk_blocks(block.blocks, level + 1)
        elif isinstance(block, m.Paragraph):
            yield ("paragraph", block)
        elif isinstance(block, m.PageBreak):
            yield ("pb", block)


def headings(book: m.Book) -> list[tuple[int, int, str, str]]:
    """(chapter, level, label, printed text) of every heading inside the chapters."""
    out = []
    for i, chapter in enumerate(book.chapters):
        for item in walk_blocks(chapter.blocks):
            if item[0] == "heading":
                out.append((i, item[1], item[2].label, m.plain_text(item[2].content)))
    return out


def paragraphs(book: m.Book) -> list[tuple[str, int | None, FoundParagraph]]:
    """(where, chapter, paragraph) for the preface, each abstract and each chapter body."""
    out = []
    preface = book.front_items(m.Preface)
    for pre in preface:
        for item in walk_blocks(pre.blocks):
            if item[0] == "paragraph":
                out.append(("preface", None, found_paragraph(item[1])))
    for i, chapter in enumerate(book.chapters):
        for where, blocks in (("abstract", chapter.abstract), ("body", chapter.blocks)):
            for item in walk_blocks(blocks):
                if item[0] == "paragraph":
                    out.append((where, i, found_paragraph(item[1])))
    return out


def chapter_notes(book: m.Book) -> list[tuple[int, str]]:
    return [(i, note_text(n)) for i, ch in enumerate(book.chapters) for n in ch.notes]


def signer_notes(book: m.Book) -> list[tuple[str | None, str]]:
    out = []
    for pre in book.front_items(m.Preface):
        if pre.closer is not None:
            out += [(x.n, note_text(x)) for x in pre.closer.signed if isinstance(x, m.Note)]
    return out


def contents(book: m.Book) -> list[tuple[str, tuple[str, ...], int | None]]:
    toc = book.contents
    if toc is None:
        return []
    return [(e.title, tuple(e.authors), int(e.page) if e.page else None) for e in toc.entries]

"""Walking the document model: every note, every paragraph, in document order."""
from __future__ import annotations

from typing import Iterator

from teikit.model import Book, Closer, Division, Heading, Note, Paragraph


def content_of(block) -> list:
    if isinstance(block, Closer):
        return block.signed
    if isinstance(block, (Paragraph, Heading)):
        return block.content
    return []


def text_blocks(blocks: list) -> Iterator:
    """Paragraphs, headings and closers, depth first, in document order."""
    for block in blocks:
        if isinstance(block, Division):
            yield block.head
            yield from text_blocks(block.blocks)
        elif isinstance(block, (Paragraph, Heading, Closer)):
            yield block


def all_notes(book: Book) -> Iterator[Note]:
    """Every note, anchored or not, in the order the TEI serialises them."""
    for item in book.front:
        if hasattr(item, "blocks"):
            for block in text_blocks(item.blocks):
                yield from _notes_in(block)
    for chapter in book.chapters:
        if chapter.head is not None:
            yield from _notes_in(chapter.head)
        yield from chapter.notes
        for block in list(text_blocks(chapter.abstract)) + list(text_blocks(chapter.blocks)):
            yield from _notes_in(block)


def _notes_in(block) -> Iterator[Note]:
    return (piece for piece in content_of(block) if isinstance(piece, Note))

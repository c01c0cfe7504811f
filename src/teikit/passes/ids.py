"""Pass: xml:ids for chapters, divisions, notes and contents entries; contents linked to chapters."""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Bibl, Book, Division
from teikit.walk import all_notes


def link_contents(book: Book, reporter: Reporter) -> None:
    """Chapter ids follow the contents order (ch1 …); each present chapter's entry links to it."""
    contents = book.contents
    entries = contents.entries if contents else []
    extra = 0
    position = {id(e): k for k, e in enumerate(entries)}  # not entries.index: linear time
    for chapter in book.chapters:
        if chapter.entry is not None and id(chapter.entry) in position:
            chapter.n = str(position[id(chapter.entry)] + 1)
            chapter.xml_id = f"ch{chapter.n}"
            chapter.entry.target = chapter.xml_id
        else:
            extra += 1
            chapter.xml_id = f"div{extra}"
    for entry in entries:
        if entry.target is None and entry.page is None:
            reporter.warning(f"contents entry without a page number: {entry.title}", entry.line,
                             rule="contents-no-page")


def assign(book: Book, reporter: Reporter) -> None:
    """Notes are numbered n1 … across the book; division ids nest under their chapter (ch1-2-1)."""
    citations = 0
    for number, note in enumerate(all_notes(book), start=1):
        note.xml_id = f"n{number}"
        for piece in note.content:
            if isinstance(piece, Bibl):
                citations += 1
                piece.xml_id = f"bibl{citations}"
    for chapter in book.chapters:
        _division_ids(chapter.blocks, chapter.xml_id)


def _division_ids(blocks: list, prefix: str) -> None:
    index = 0
    for block in blocks:
        if isinstance(block, Division):
            index += 1
            block.xml_id = f"{prefix}-{index}"
            _division_ids(block.blocks, block.xml_id)

"""Pass: citations inside footnotes are tagged in place (see teikit.citations)."""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Book
from teikit.walk import all_notes


def apply(book: Book, reporter: Reporter) -> None:
    from teikit.citations import parse_citation

    for note in all_notes(book):
        tagged: list = []
        for piece in note.content:
            if isinstance(piece, str):
                tagged.extend(parse_citation(piece, note.line))
            else:
                tagged.append(piece)
        note.content = [p for p in tagged if p != ""]

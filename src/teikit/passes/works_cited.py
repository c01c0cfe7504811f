"""Pass: the works cited in the notes, once each, in order of first citation (see
teikit.bibliography). The list is editorial, compiled from the tagged citations; the
serialiser writes it into ``standOff``, apart from the transcribed text."""
from __future__ import annotations

from teikit import bibliography
from teikit.errors import Reporter
from teikit.model import Book


def apply(book: Book, reporter: Reporter) -> None:
    book.works_cited = bibliography.collect(book)

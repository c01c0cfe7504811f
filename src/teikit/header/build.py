"""The teiHeader of an edition, from the book's CIP record, colophon and title pages."""
from __future__ import annotations

from lxml import etree

from teikit.errors import Reporter
from teikit.header.elements import english
from teikit.header.encoding_desc import build_encoding_desc
from teikit.header.facts import gather
from teikit.header.file_desc import build_file_desc
from teikit.header.profile_desc import build_profile_desc
from teikit.header.settings import EditionSettings
from teikit.model import Book
from teikit.tei import E


def build_header(book: Book, settings: EditionSettings, reporter: Reporter) -> etree._Element:
    """Nothing in the header is invented: a field absent from the source is absent here."""
    facts = gather(book, reporter)
    return E.teiHeader(
        build_file_desc(facts, settings),
        build_encoding_desc(facts, settings),
        build_profile_desc(facts),
        revision_desc(book, settings),
    )


def revision_desc(book: Book, settings: EditionSettings) -> etree._Element:
    source = f" from {book.source_name}" if book.source_name else ""
    return E.revisionDesc(english(E.change(
        f"Converted{source} to TEI P5 by teikit {settings.teikit_version}.", when=settings.date)))

"""Property: the model round-trips. A random book of the genre, converted to TEI and read back
(``tests.readback``), is the model it was serialised from; serialising the read-back model
gives the same bytes again."""
from __future__ import annotations

from hypothesis import given, note

from teikit.errors import Reporter
from teikit.header.settings import EditionSettings
from teikit.pipeline import convert_text, serialize_tree, tei_document
from tests.readback import comparable, read_edition

from .render import render
from .strategies import books

# Volatile parts of the header fixed, so that two serialisations can be compared byte for byte.
SETTINGS = EditionSettings(date="2000-01-01", teikit_version="0.0.0", identifier="random-book")


def _convert(book):
    text = render(book).text
    note("raw text:\n" + text)
    conversion = convert_text(text, "random-book.txt", SETTINGS)
    return conversion, conversion.to_bytes()


@given(books())
def test_reading_an_edition_back_gives_the_model_it_was_made_from(book):
    conversion, data = _convert(book)
    assert comparable(read_edition(data)) == comparable(conversion.book)


@given(books())
def test_serialising_the_read_back_model_gives_the_same_bytes(book):
    _, data = _convert(book)
    again = tei_document(read_edition(data), Reporter("random-book.txt"), SETTINGS)
    assert serialize_tree(again).decode() == data.decode()

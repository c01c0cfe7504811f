"""Property: nothing is lost — the diplomatic export regenerates the source's page layout,
so its non-whitespace characters are the rendered raw text's, in the same order."""
from __future__ import annotations

import re

from hypothesis import given, note

from teikit.pipeline import convert_text
from tests.render import transform_bytes

from .render import render
from .strategies import books

SPACE = re.compile(r"\s+")


@given(books())
def test_diplomatic_export_reproduces_the_source_characters(book):
    rendered = render(book)
    note("raw text:\n" + rendered.text)
    edition = convert_text(rendered.text, "random-book.txt").to_bytes()
    diplomatic = transform_bytes(edition, "diplomatic")
    assert SPACE.sub("", diplomatic) == SPACE.sub("", rendered.text)

"""Property: every generated edition passes the TEI reviewer's checks (tests/review)."""
from __future__ import annotations

from hypothesis import given, note

from teikit.pipeline import convert_text
from tests.review.checks import review

from .render import render
from .strategies import books


@given(book=books())
def test_generated_editions_pass_the_review(book):
    rendered = render(book)
    note("raw text:\n" + rendered.text)
    assert review(convert_text(rendered.text, "random-book.txt").tree) == []

"""Properties over the formats real extraction tools print (formats.py): the converter recovers
from each the clean rendering's paragraphs, notes at their anchors, headings, contents entries
and every page break with its printed number; the edition is valid, the diplomatic export
gives back the input's non-whitespace characters, and no furniture lands in the text.

Books whose contents repeat a title (two chapters alike, a chapter listed again further on, a
chapter titled like the book) have a property of their own: there a running head repeating
the title must not be read as the later chapter's opening page."""
from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import HealthCheck, given, note, settings, strategies as st

from teikit.pipeline import convert_text
from tests.render import transform_bytes

from . import compare, tei_read
from .formats import FORMATS, _ocr, mark_of, print_as
from .render import render
from .strategies import books

SPACE = re.compile(r"\s+")
SLOW = [HealthCheck.filter_too_much, HealthCheck.too_slow, HealthCheck.data_too_large]
# Examples per format (5 formats): the whole property package stays within a few minutes.


def _convert(book, fmt):
    r = render(book)
    text = print_as(r, fmt)
    note(f"{fmt} text:\n{text}")
    return r, text, convert_text(text, f"random-book-{fmt}.txt")


def repeat_title(book, how: str):
    """The book with a title repeated in its contents: ``chapters`` (the second chapter titled
    like the first), ``listed`` (an entry after the text's chapters titled like the first),
    ``book`` (the first chapter titled like the book); None where the book has no room."""
    chapters, entries = list(book.chapters), list(book.contents.entries)
    if how == "chapters" and len(chapters) > 1:
        at, title = 1, chapters[0].title
    elif how == "listed" and len(entries) > len(chapters):
        at, title = len(chapters), chapters[0].title
    elif how == "book":
        at, title = 0, book.titles.title
    else:
        return None
    if at < len(chapters):
        chapters[at] = dataclasses.replace(chapters[at], title=title)
    entries[at] = dataclasses.replace(entries[at], title=title)
    contents = dataclasses.replace(book.contents, entries=tuple(entries))
    return dataclasses.replace(book, chapters=tuple(chapters), contents=contents)


def books_repeating_a_title():
    return st.tuples(books(), st.sampled_from(("chapters", "listed", "book"))).map(
        lambda pair: repeat_title(*pair)).filter(lambda book: book is not None)


def expected_page_numbers(r, book) -> list[list[str]]:
    return [[str(r.chapter_pages[i][0])] + [str(b.page) for b in r.breaks if b.chapter == i]
            for i in range(len(book.chapters))]


def check_recovered(fmt, book) -> None:
    r, _, c = _convert(book, fmt)
    found = [(where, ch, p.text, p.breaks) for where, ch, p in compare.paragraphs(c.book)]
    assert found == [(p.where, p.chapter, p.text, p.breaks) for p in r.paragraphs]
    fix = _ocr if fmt == "ocr" else (lambda s: s)
    anchors = [p.anchors for _, _, p in compare.paragraphs(c.book)]
    assert anchors == [[(o, mark_of(fmt, mark), fix(r.notes[k].text)) for o, mark, k in p.anchors]
                       for p in r.paragraphs]
    assert compare.headings(c.book) == [(h.chapter, h.level, h.label.strip(), h.label + h.title)
                                        for h in r.headings]
    assert compare.contents(c.book) == [(e.title, e.authors, e.page) for e in r.contents]
    assert tei_read.chapter_page_numbers(c.tree.getroot()) == expected_page_numbers(r, book)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(suppress_health_check=SLOW, max_examples=15)
@given(book=books())
def test_paragraphs_notes_headings_and_pages_as_from_clean_text(fmt, book):
    check_recovered(fmt, book)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(suppress_health_check=SLOW, max_examples=6)
@given(book=books_repeating_a_title())
def test_a_repeated_title_is_a_running_head_between_its_openings(fmt, book):
    check_recovered(fmt, book)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(suppress_health_check=SLOW, max_examples=10)
@given(book=books())
def test_valid_and_lossless(fmt, book, teikit_rng):
    _, text, c = _convert(book, fmt)
    assert teikit_rng.validate(c.tree), teikit_rng.error_log
    diplomatic = transform_bytes(c.to_bytes(), "diplomatic")
    assert SPACE.sub("", diplomatic) == SPACE.sub("", text)

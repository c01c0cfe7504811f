"""A fixed sample of random books (tests/pdf/sample.py), each set in a typography of its own
(measure, type sizes, leading, footnote rule, running heads centred or on the outer edge,
folio at the foot, its outer corner, between dashes or in the head line), printed by
headless Chromium once a session and converted: every paragraph identical to the book's,
every page number printed, every note at its anchor, the edition valid, every running head
and folio an fw."""
from __future__ import annotations

import functools

import pytest

from teikit.pdf import convert_pdf
from tests.properties import compare

from .sample import draw, expected, figures, found
from .typeset import expected_pages

BOOKS = 12


@functools.cache
def sample():
    return draw(BOOKS)
T = "{http://www.tei-c.org/ns/1.0}"


def test_the_sample_varies_the_layout():
    layouts = {(t.measure, t.body, t.note, t.folio, t.head, t.rule, t.heading)
               for _r, t in sample()}
    assert len(sample()) == BOOKS and len(layouts) == BOOKS
    assert {t.folio for _r, t in sample()} == {"foot", "foot-outer", "head", "dashed"}
    assert {t.head for _r, t in sample()} == {"centre", "right", "outer"}


@pytest.fixture(scope="module")
def converted(typeset_pdf):
    cache = {}

    def get(k):
        if k not in cache:
            r, t = sample()[k]
            cache[k] = convert_pdf(typeset_pdf(r, t))
        return cache[k]

    return get


@pytest.mark.parametrize("k", range(BOOKS))
def test_sample_book_comes_back(k, converted):
    r, t = sample()[k]
    c = converted(k)
    want, got = expected(r), found(c)
    assert got["pages"] == want["pages"], t
    assert got["paragraphs"] == want["paragraphs"], t
    assert got["notes"] == want["notes"], t
    assert compare.headings(c.book) == [(h.chapter, h.level, h.label.strip(), h.label + h.title)
                                        for h in r.headings]
    score = figures(r, c)
    assert score.valid, score.diffs


@pytest.mark.parametrize("k", range(BOOKS))
def test_sample_furniture_is_fw(k, converted):
    """No running head or folio in the running text: each printed one is an fw."""
    r, t = sample()[k]
    c = converted(k)
    heads = sum(1 for item in r.items if item.kind == "page" and item.head)
    folios = sum(1 for n in expected_pages(r) if n is not None)
    fws = [fw.get("type") for fw in c.tree.iter(f"{T}fw")]
    assert fws.count("pageNum") == folios, t
    if t.folio != "head":  # a head line that also holds the folio is one fw of each
        assert fws.count("header") == heads, t

"""The page-break checks on the extracted books (form feeds, folios, running heads): printed
folios need no @cert, counted numbers do, and every break opens its page."""
from __future__ import annotations

from pathlib import Path

import pytest

from teikit.pipeline import convert_text

from .pages import PAGE_CHECKS

EXTRACTED = sorted((Path(__file__).parents[1] / "books" / "extracted").glob("*.txt"))


@pytest.mark.parametrize("source", EXTRACTED, ids=[p.stem for p in EXTRACTED])
def test_extracted_books_pass_the_page_checks(source):
    tree = convert_text(source.read_text(encoding="utf-8"), source.name).tree
    assert [f for _, check in PAGE_CHECKS for f in check(tree)] == []
    assert tree.findall(".//{http://www.tei-c.org/ns/1.0}pb")  # the books do have pages

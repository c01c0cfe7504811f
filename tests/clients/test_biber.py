"""biber's data model check of the biblatex export: no warning, except a mandatory field that
the source itself does not give (listed, with the fact that is missing)."""
from __future__ import annotations

import json
import re

import pytest

from tests.render import transform_bytes
from tests.clients import clients

# (biblatex type, mandatory field) → the CSL-JSON fact whose absence explains the warning.
INCOMPLETE_IN_SOURCE = {
    ("article", "author"): "author",  # a newspaper article printed without a byline
    ("thesis", "type"): "genre",  # a GB/T [D] reference does not name the degree
}
_WARNING = re.compile(r"Entry '(?P<key>[^']+)' \([^)]*\): Missing mandatory field '(?P<field>[^']+)'")
_ENTRY = re.compile(r"^@(?P<type>\w+)\{(?P<key>[^,]+),", re.M)


@pytest.mark.parametrize("book", ["bundled", "monograph", "report"])
def test_biber_validates_the_data_model(bundled_conversion, book_conversions, tmp_path, book):
    xml = ({"bundled": bundled_conversion, **book_conversions})[book].to_bytes()
    bib = transform_bytes(xml, "bibtex")
    items = {i["id"]: i for i in json.loads(transform_bytes(xml, "csl-json"))}
    types = {m.group("key"): m.group("type") for m in _ENTRY.finditer(bib)}
    path = tmp_path / f"{book}.bib"
    path.write_text(bib, encoding="utf-8")
    unexplained = []
    for problem in clients.biber_problems(path, tmp_path):
        m = _WARNING.search(problem)
        fact = m and INCOMPLETE_IN_SOURCE.get((types.get(m.group("key")), m.group("field")))
        if not fact or items[m.group("key")].get(fact):
            unexplained.append(problem)
    assert unexplained == []


def test_biber_warns_about_an_incomplete_entry(tmp_path):
    """The check can fail: an @book without author or editor is reported."""
    path = tmp_path / "bad.bib"
    path.write_text("@book{x,\n  title = {书},\n  date = {2013},\n}\n", encoding="utf-8")
    assert any("Missing mandatory field" in p for p in clients.biber_problems(path, tmp_path))

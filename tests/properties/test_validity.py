"""Property: every generated edition is valid — the project schemas (RELAX NG + Schematron
through ``teikit.validate``, and the XSD) and TEI P5 ``tei_all.rng``."""
from __future__ import annotations

from hypothesis import given, note

from teikit.pipeline import convert_text
from teikit.validate import validate_tree

from .render import render
from .strategies import books


def _edition(book):
    rendered = render(book)
    note("raw text:\n" + rendered.text)
    return convert_text(rendered.text, "random-book.txt").tree


@given(book=books())
def test_editions_are_valid_against_the_project_schemas(book, teikit_xsd):
    tree = _edition(book)
    report = validate_tree(tree, "random-book.xml", schema="teikit")
    assert [d.message for d in report.diagnostics] == []
    assert report.valid
    teikit_xsd.validate(tree)
    assert [e.message for e in teikit_xsd.error_log] == []


@given(book=books())
def test_editions_are_valid_tei_p5(book, tei_all):
    tree = _edition(book)
    tei_all.validate(tree)
    assert [e.message for e in tei_all.error_log] == []

"""The project schema admits the correction and transcription markup archivists add by hand
(issue 12, point 1), each at a realistic place of the bundled edition, and TEI P5 agrees; it
still rejects what a typo makes of it, and its new Schematron rules resolve every pointer."""
from __future__ import annotations

import pytest
from lxml import etree

from corrections.markup import CASES, apply, corrected_edition, BUNDLED_EDITION
from teikit import xmlsafe
from teikit.odd import locate
from teikit.validate import validate_tree


def _report(data: bytes):
    tree = xmlsafe.parse(data)
    return validate_tree(tree, "edited.xml", source=data.decode("utf-8").splitlines())


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_markup_is_valid_in_place(case, tei_all):
    data = corrected_edition([case])
    report = _report(data)
    assert report.valid, "\n".join(map(str, report.diagnostics))
    assert tei_all.validate(etree.fromstring(data)), tei_all.error_log


def test_all_markup_together_is_valid(tei_all):
    data = corrected_edition()
    report = _report(data)
    assert report.valid, "\n".join(map(str, report.diagnostics))
    assert tei_all.validate(etree.fromstring(data)), tei_all.error_log
    xsd = etree.XMLSchema(etree.parse(str(locate.schema_file(locate.XSD))))  # trang's XSD too
    assert xsd.validate(etree.fromstring(data)), xsd.error_log


@pytest.mark.parametrize("old, new, rule", [
    ('resp="#ed1"', 'resp="#ed2"', "resp-resolves"),
    ('resp="#ed1"', 'resp="#ed1 #nobody"', "resp-resolves"),
    ('who="#ed1"', 'who="ed1"', None),  # not a local pointer: nothing to resolve
    ('who="#ed1"', 'who="#ch1 #ed9"', "resp-resolves"),
    ('<note type="editorial" resp="#ed1">', '<note type="editorial">', "editorial-note-resp"),
    ('<note type="editorial" resp="#ed1">', '<note type="editorial" resp="#ch1">',
     "editorial-note-resp"),
])
def test_pointer_rules(old, new, rule):
    text = apply(BUNDLED_EDITION.read_text(encoding="utf-8"), CASES)
    edited = text.replace(old, new, 1)
    report = _report(edited.encode("utf-8"))
    assert sorted({d.rule for d in report.errors}) == ([rule] if rule else [])
    if rule:  # reported once, on the line of the edited element
        (error,) = report.errors
        assert new in edited.splitlines()[error.line - 1]


@pytest.mark.parametrize("old, new", [
    ('<pb break="no"', '<pb break="nope"'),
    ('cert="medium"', 'cert="sure"'),
    ('sample="initial"', 'sample="start"'),
    ('<availability status="restricted">', '<availability status="closed">'),
    ('place="bottom"', 'place="bottum"'),
    ('<sic resp="#ed1">广洲</sic>', '<sick>广洲</sick>'),
    ('<figDesc>', '<figDesc rendition="x">'),
])
def test_typos_in_the_new_markup_are_rejected(old, new):
    text = apply(BUNDLED_EDITION.read_text(encoding="utf-8"), CASES)
    assert text.count(old) >= 1  # the edition's own publicationStmt has availability@status
    report = _report(text.replace(old, new).encode("utf-8"))
    assert [d.rule for d in report.errors] and not report.valid

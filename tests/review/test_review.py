"""The review test: the bundled edition and the test books pass every reviewer's check, and
each check catches the mistake it is about (so none of them can pass vacuously)."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit.header.settings import EditionSettings
from teikit.pipeline import convert_text
from tests.conftest import BUNDLED_EDITION, TEST_BOOKS

from .checks import CHECKS, review
from .pages import page_mutations

T = "{http://www.tei-c.org/ns/1.0}"


def _converted(source, identifier="https://example.org/ed/1"):
    return convert_text(source.read_text(encoding="utf-8"), source.name,
                        EditionSettings(identifier=identifier, date="2000-01-01")).tree


def test_the_bundled_edition_passes_the_review():
    assert review(etree.parse(str(BUNDLED_EDITION))) == []


@pytest.mark.parametrize("book", TEST_BOOKS, ids=[p.name for p in TEST_BOOKS])
def test_the_test_books_pass_the_review(book):
    assert review(_converted(book / "source.txt")) == []


def _bundled():
    return etree.parse(str(BUNDLED_EDITION))


def _mutations():
    """(check name, how to break the bundled edition for it)."""
    def licence(tree):
        availability = tree.find(f".//{T}publicationStmt/{T}availability")
        del availability.attrib["status"]

    def software(tree):
        authority = tree.find(f".//{T}publicationStmt/{T}authority")
        authority.text = "teikit"

    def funding(tree):
        title_stmt = tree.find(f".//{T}titleStmt")
        line = tree.find(f".//{T}titlePart[@type='funding']")
        etree.SubElement(title_stmt, f"{T}funder").text = "".join(line.itertext())

    def english(tree):
        tree.find(f".//{T}extent").attrib.pop("{http://www.w3.org/XML/1998/namespace}lang")

    def excerpt(tree):
        tree.find(f".//{T}text//{T}gap").set("reason", "excerpt-end")

    def note_kind(tree):
        tree.find(f".//{T}closer//{T}note").attrib.pop("type")

    def identifier(tree):
        publication = tree.find(f".//{T}publicationStmt")
        etree.SubElement(publication, f"{T}idno", type="URI").text = "000_edition"

    def keywords(tree):
        tree.find(f".//{T}keywords").attrib.pop("scheme")

    def works_cited_in_text(tree):
        works = tree.find(f".//{T}standOff/{T}listBibl")
        back = etree.SubElement(tree.find(f"{T}text"), f"{T}back")
        etree.SubElement(back, f"{T}div", type="bibliography").append(works)

    def works_cited_both_ways(tree):
        work = tree.find(f".//{T}standOff/{T}listBibl/{T}bibl")
        note = etree.SubElement(work, f"{T}note", type="cited-by")
        etree.SubElement(note, f"{T}ptr", target="#n3")

    def street_address_as_place(tree):
        imprint = tree.find(f".//{T}imprint")
        place = etree.SubElement(imprint, f"{T}pubPlace")
        etree.SubElement(etree.SubElement(place, f"{T}address"), f"{T}addrLine").text = "某路1号"

    def cip_label(tree):
        idno = tree.find(f".//{T}idno[@type='CIP']")
        idno.text = "中国版本图书馆CIP数据核字 " + idno.text

    def edition_title(tree):
        desc = tree.find(f".//{T}titleStmt/{T}title[@type='desc']")
        desc.getparent().remove(desc)

    def contents_unlinked(tree):
        item = tree.find(f".//{T}list[@type='contents']/{T}item[2]")
        del item.attrib["corresp"]

    def editor_role(tree):
        tree.find(f".//{T}titleStmt/{T}editor").set("role", "editor")

    def cip_twice(tree):
        struct = tree.find(f".//{T}sourceDesc/{T}biblStruct")
        etree.SubElement(struct, f"{T}note", type="cip").text = "图书在版编目 (CIP) 数据"

    def half_title(tree):
        tree.find(f".//{T}titlePage").set("type", "half")

    return [("licence-with-rights", licence), ("no-software-as-person", software),
            ("funding-of-the-print", funding), ("english-prose-tagged", english),
            ("excerpt-declared", excerpt), ("note-kinds", note_kind),
            ("identifiers-typed", identifier), ("keywords-scheme", keywords),
            ("works-cited-apart", works_cited_in_text),
            ("works-cited-one-way", works_cited_both_ways),
            ("imprint-by-the-guidelines", street_address_as_place),
            ("cip-number-without-label", cip_label), ("edition-title", edition_title),
            ("contents-linked", contents_unlinked), ("editor-role", editor_role),
            ("cip-once", cip_twice), ("title-page-types", half_title)] + page_mutations()


def test_every_check_has_a_mutation():
    assert [name for name, _ in _mutations()] == [name for name, _ in CHECKS]


@pytest.mark.parametrize("name, mutate", _mutations(), ids=[n for n, _ in _mutations()])
def test_each_check_catches_its_mistake(name, mutate):
    tree = _bundled()
    mutate(tree)
    findings = review(tree)
    assert findings and all(f.startswith(f"[{name}]") for f in findings), findings


@pytest.mark.parametrize("xpath, attribute, value", [
    ("distributor", "n", "经销"), ("measure[@type='format']", "unit", "format")])
def test_the_imprint_check_catches_each_of_its_mistakes(xpath, attribute, value):
    tree = _bundled()
    element = tree.find(f".//{T}{xpath}")
    element.set(attribute, value)
    findings = review(tree)
    assert findings and all(f.startswith("[imprint-by-the-guidelines]") for f in findings)

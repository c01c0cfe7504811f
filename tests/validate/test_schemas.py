"""The derived schemas are up to date, compile, and restrict TEI P5 (never extend it)."""
from __future__ import annotations

import copy

import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit.odd import locate
from teikit.odd.derive import outdated
from teikit.odd.customisation import read_odd
from teikit.validate import validate_file
from validate.conftest import FIXTURES

TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def teikit_rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(locate.schema_file(locate.RNG))))


@pytest.fixture(scope="module")
def teikit_xsd() -> xmlschema.XMLSchema:
    """xmlschema needs 10-20 s to build the project XSD: once per module."""
    return xmlschema.XMLSchema(str(locate.schema_file(locate.XSD)))


def test_derived_schemas_are_up_to_date():
    assert outdated() == [], "run `teikit schema build` and commit schema/"


def test_odd_is_valid_tei(tei_all):
    odd = etree.parse(str(locate.schema_file(locate.ODD)))
    assert tei_all.validate(odd), tei_all.error_log


def test_odd_lists_the_elements_the_edition_uses(edition):
    custom = read_odd(etree.parse(str(locate.schema_file(locate.ODD))))
    used = {etree.QName(e).localname for e in etree.parse(str(edition)).iter(etree.Element)}
    assert used <= custom.elements


def test_closed_value_lists_reject_other_values(teikit_rng, fixture_edition):
    tree = etree.parse(str(fixture_edition))
    assert teikit_rng.validate(tree)
    tree.find(f".//{TEI}div").set("type", "chapterr")
    assert not teikit_rng.validate(tree)


@pytest.mark.parametrize("document", ["edition", "fixture_edition"])
def test_documents_are_valid_against_all_schemas(document, request, tei_all, teikit_rng,
                                                 teikit_xsd):
    path = request.getfixturevalue(document)
    tree = etree.parse(str(path))
    assert teikit_rng.validate(tree), teikit_rng.error_log
    assert tei_all.validate(tree), tei_all.error_log
    assert validate_file(path).valid
    lxml_xsd = etree.XMLSchema(etree.parse(str(locate.schema_file(locate.XSD))))
    assert lxml_xsd.validate(tree), lxml_xsd.error_log
    assert teikit_xsd.is_valid(str(path))


def test_xsd_rejects_what_the_rng_rejects(fixture_edition):
    tree = etree.parse(str(fixture_edition))
    tree.find(f".//{TEI}head").append(etree.Element(f"{TEI}p"))
    assert not etree.XMLSchema(etree.parse(str(locate.schema_file(locate.XSD)))).validate(tree)


# Hypothesis: random edits of the fixture; whatever teikit accepts, TEI P5 accepts too.
_EDITS = st.lists(st.tuples(
    st.sampled_from(["attr", "drop", "wrap", "dup"]),
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from(["type", "place", "n", "level", "unit", "rend", "when", "anchored", "xml:lang"]),
    st.sampled_from(["chapter", "foot", "end", "m", "a", "page", "volume", "2013-12", "2012",
                     "false", "zh-Hant", "", "section", "x y"]),
), min_size=1, max_size=4)


def _mutate(tree: etree._ElementTree, edits) -> etree._ElementTree:
    tree = copy.deepcopy(tree)
    for op, index, name, value in edits:
        nodes = [e for e in tree.getroot().iter(etree.Element) if e.getparent() is not None]
        if not nodes:  # every child of the root was dropped
            break
        node = nodes[index % len(nodes)]
        if op == "attr":
            node.set(name.replace("xml:", "{http://www.w3.org/XML/1998/namespace}"), value)
        elif op == "drop":
            node.getparent().remove(node)
        elif op == "wrap":
            wrapper = etree.Element(f"{TEI}{['hi', 'persName', 'p', 'note'][index % 4]}")
            node.addprevious(wrapper)
            wrapper.append(node)
        else:
            node.addnext(copy.deepcopy(node))
    return tree


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=_EDITS)
def test_teikit_is_a_restriction_of_tei_all(edits, tei_all, teikit_rng):
    tree = _mutate(etree.parse(str(FIXTURES / "edition.xml")), edits)
    if teikit_rng.validate(tree):
        assert tei_all.validate(tree), tei_all.error_log

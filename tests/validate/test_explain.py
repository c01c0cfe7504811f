"""teikit.validate.explain: jing-like messages for every grammar error, checked against lxml."""
import re

import pytest
from hypothesis import given, settings
from lxml import etree

from teikit.tei import TEI_NS
from teikit.validate import explain as ex
from teikit.validate.patterns import Grammar
from tests.validate.rng_strategies import (CHILDREN, NAMES, PATTERN, compile_grammar, document,
                                           leaves, viable)

QUOTED = re.compile(r'"([^"]+)"')


def listed(message: str) -> list[str]:
    """The element names after "expected" (or "missing required") in a message."""
    tail = re.split(r"; expected |; missing required ", message, maxsplit=1)[1]
    return QUOTED.findall(tail)


@settings(max_examples=120, deadline=None)
@given(PATTERN, CHILDREN)
def test_every_expected_list_names_only_elements_the_schema_allows_there(content, children):
    """Each element an "expected …" or "missing required …" message names, inserted where the
    message points, leaves a document that some completion makes valid for lxml's RelaxNG;
    and every invalid document gets at least one message."""
    rng, relaxng = compile_grammar(content)
    tree = document(children)
    problems = ex.explain(tree, Grammar(rng))
    assert bool(problems) == (not relaxng.validate(tree))
    rejected = {pr.line for pr in problems if pr.rule == "element-not-allowed"}
    kept = [(line, name) for line, name in enumerate(children, start=2) if line not in rejected]
    for problem in problems:
        assert problem.rule in ("element-not-allowed", "element-incomplete", "text-not-allowed")
        if problem.rule == "element-incomplete":
            at = len(kept)  # the end of the element
        else:
            at = sum(1 for line, _ in kept if line < problem.line)  # where the child was
        prefix = [name for _, name in kept[:at]]
        for name in listed(problem.message):
            assert name in NAMES, problem.message
            assert viable(relaxng, prefix + [name], leaves(content)), (problem.message, prefix)


@pytest.fixture(scope="module")
def grammar():
    return Grammar(etree.fromstring(f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0"
        ns="{TEI_NS}" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <start><element name="div">
        <attribute name="type"><choice><value>chapter</value><value>part</value></choice>
        </attribute>
        <optional><attribute name="when"><data type="date"/></attribute></optional>
        <element name="head"><text/></element>
        <oneOrMore><element name="p"><text/></element></oneOrMore>
      </element></start></grammar>""".encode()))


def problems_of(xml: str, grammar) -> list[tuple[int, str, str]]:
    tree = etree.ElementTree(etree.fromstring(xml.replace("<div", f'<div xmlns="{TEI_NS}"', 1)))
    return [(pr.line, pr.rule, pr.message) for pr in ex.explain(tree, grammar)]


def test_a_misplaced_and_a_missing_element(grammar):
    found = problems_of('<div type="chapter">\n<p>x</p>\n<head>h</head>\n</div>', grammar)
    assert found == [
        (2, "element-not-allowed", 'element "p" not allowed here; expected element "head"'),
        (1, "element-incomplete", 'element "div" incomplete; missing required element "p"')]


def test_text_where_only_elements_may_stand(grammar):
    assert problems_of('<div type="part"><head>h</head>stray<p>x</p></div>', grammar) == [
        (1, "text-not-allowed", 'text not allowed here in element "div"; expected element "p"')]


@pytest.mark.parametrize("attributes, message", [
    ('type="book"', 'value "book" of attribute "type" is invalid; must be equal to "chapter" '
                    'or "part"'),
    ('type="part" when="2013-02-30"', 'value "2013-02-30" of attribute "when" is invalid; must '
                                      'be a date like 2013-12-31'),
    ('type="part" rend="x"', 'attribute "rend" not allowed on element "div"; expected '
                             'attribute "type" or "when"'),
    ('', 'element "div" missing required attribute "type"'),
])
def test_attribute_problems(grammar, attributes, message):
    found = problems_of(f"<div {attributes}><head>h</head><p>x</p></div>", grammar)
    assert [m for _, _, m in found] == [message]


def test_a_name_outside_the_tei_namespace_is_told_so(grammar):
    tree = etree.ElementTree(etree.fromstring(b'<div type="part"><head/><p/></div>'))
    (problem,) = ex.explain(tree, grammar)
    assert problem.message == (f'element "div" (in no namespace; TEI elements need xmlns="{TEI_NS}")'
                               f' not allowed here; expected element "div" in the TEI namespace '
                               f'(xmlns="{TEI_NS}")')


def test_long_lists_are_cut_after_twenty():
    items = [f'"e{i}"' for i in range(25)]
    assert ex._join(items) == ", ".join(items[:20]) + " or 5 more"
    assert ex._join(['"a"', '"b"']) == '"a" or "b"' and ex._join([]) == ""

"""teikit.validate.patterns: RELAX NG content models matched by derivatives, against lxml."""
from functools import reduce

from hypothesis import given, settings
from lxml import etree

from teikit.tei import TEI_NS
from teikit.validate import patterns as p
from tests.validate.rng_strategies import (CHILDREN, PATTERN, compile_grammar, document, leaves,
                                           viable)

A, B = f"{{{TEI_NS}}}a", f"{{{TEI_NS}}}b"


def root_content(tree: etree._Element) -> tuple:
    grammar = p.Grammar(tree)
    return grammar.element(f"{{{TEI_NS}}}r").content


def test_constructors_simplify_and_intern():
    a, b = p.element(A), p.element(B)
    assert p.group(p.EMPTY, a) is a and p.group(a, p.NOT_ALLOWED) is p.NOT_ALLOWED
    assert p.choice(p.NOT_ALLOWED, a) is a and p.choice(a, a) is a
    assert p.interleave(a, p.EMPTY) is a and p.one_or_more(p.EMPTY) is p.EMPTY
    assert p.group(a, b) is p.group(p.element(A), p.element(B))  # interned: identity is equality


def test_derivatives_of_a_sequence():
    a, b = p.element(A), p.element(B)
    seq = p.group(a, p.choice(p.one_or_more(b), p.EMPTY))  # a, b*
    assert not p.nullable(seq)
    after_a = p.deriv(seq, A)
    assert p.nullable(after_a) and p.nullable(p.deriv(after_a, B))
    assert p.deriv(seq, B) is p.NOT_ALLOWED
    assert p.deriv(after_a, "#text") is p.NOT_ALLOWED
    assert p.expected(seq) == ({A}, False) and p.expected(after_a) == ({B}, False)
    assert p.expected(p.interleave(a, p.TEXT)) == ({A}, True)


def test_the_grammar_reads_attributes_required_or_optional_with_their_values():
    rng = etree.fromstring(f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0"
        ns="{TEI_NS}" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <start><element name="r">
        <attribute name="type"><choice><value>x</value><value>y</value></choice></attribute>
        <optional><attribute name="when"><data type="date"/></attribute></optional>
        <optional><attribute name="n"/></optional>
        <empty/>
      </element></start></grammar>""".encode())
    spec = p.Grammar(rng).element(f"{{{TEI_NS}}}r")
    attributes = spec.attributes
    assert (attributes["type"].required, attributes["type"].values) == (True, {"x", "y"})
    assert (attributes["when"].required, attributes["when"].datatypes) == (False, {"date"})
    assert attributes["n"].free and not attributes["n"].required
    assert p.Grammar(rng).element(f"{{{TEI_NS}}}nothing") is None


@settings(max_examples=150, deadline=None)
@given(PATTERN, CHILDREN)
def test_the_derivative_verdict_is_lxmls_verdict(content, children):
    """Following the derivatives through the children ends nullable exactly when lxml's
    RelaxNG finds the document valid."""
    tree, relaxng = compile_grammar(content)
    state = reduce(p.deriv, [f"{{{TEI_NS}}}{c}" for c in children], root_content(tree))
    assert p.nullable(state) == relaxng.validate(document(children))


@settings(max_examples=100, deadline=None)
@given(PATTERN, CHILDREN)
def test_expected_names_exactly_the_elements_that_can_come_next(content, children):
    """After any prefix that can still be completed, ``expected`` names exactly the elements
    that lxml accepts there (in some completed document)."""
    tree, relaxng = compile_grammar(content)
    longest = leaves(content)
    state = reduce(p.deriv, [f"{{{TEI_NS}}}{c}" for c in children], root_content(tree))
    if state is p.NOT_ALLOWED:
        return
    names, _ = p.expected(state)
    for name in "abcd":
        assert (f"{{{TEI_NS}}}{name}" in names) == viable(relaxng, children + [name], longest), name

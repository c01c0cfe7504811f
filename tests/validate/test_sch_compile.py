"""The single-pass Schematron compiler: Schematron's semantics, and refusal of what it lacks."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit.odd import locate
from teikit.validate import schematron
from teikit.validate.sch_compile import (SchematronCompileError, _branches, _disjoint_groups,
                                         _select, compile_schematron)

SCH = "http://purl.oclc.org/dsdl/schematron"
TEI = "http://www.tei-c.org/ns/1.0"


def schema(body: str) -> etree._Element:
    return etree.fromstring(f'<sch:schema xmlns:sch="{SCH}" queryBinding="xslt">'
                            f'<sch:ns prefix="tei" uri="{TEI}"/>{body}</sch:schema>')


def run(body: str, document: str):
    tree = etree.fromstring(document).getroottree()
    report = etree.XSLT(compile_schematron(schema(body)))(tree)
    return [(line, severity, text, rule) for line, severity, text, rule, _ in
            schematron.findings(report, tree)]


DOC = f'<TEI xmlns="{TEI}">\n<p n="1"/>\n<p n="2"/>\n<head n="3"/>\n</TEI>'


def test_first_matching_rule_of_a_pattern_wins():
    body = ('<sch:pattern id="x"><sch:rule context="tei:p[@n = \'1\']">'
            '<sch:report test="true()">first <sch:value-of select="@n"/></sch:report></sch:rule>'
            '<sch:rule context="tei:p | tei:head"><sch:report test="true()">second <sch:name/>'
            '</sch:report></sch:rule></sch:pattern>')
    assert sorted(run(body, DOC)) == [(2, "error", "first 1", "x"), (3, "error", "second p", "x"),
                                      (4, "error", "second head", "x")]


def test_patterns_are_independent_and_roles_kept():
    body = ('<sch:pattern id="a"><sch:rule context="tei:p"><sch:assert test="@n = \'1\'" '
            'role="warning">not one</sch:assert></sch:rule></sch:pattern>'
            '<sch:pattern id="b"><sch:rule context="tei:*[@n]"><sch:let name="v" value="@n * 2"/>'
            '<sch:assert test="$v &lt; 6">big <sch:value-of select="$v"/></sch:assert>'
            '</sch:rule></sch:pattern>')
    assert sorted(run(body, DOC)) == [(3, "warning", "not one", "a"), (4, "error", "big 6", "b")]


@pytest.mark.parametrize("body", [
    '<sch:pattern id="a" is-a="b"/>',
    '<sch:phase id="p"/>',
    '<sch:pattern id="a"><sch:rule context="tei:p"><sch:extends rule="r"/></sch:rule></sch:pattern>',
    '<sch:pattern id="a"><sch:rule context="tei:p"><sch:assert test="1" diagnostics="d">x'
    '<sch:emph>y</sch:emph></sch:assert></sch:rule></sch:pattern>',
])
def test_unsupported_features_are_refused(body):
    with pytest.raises(SchematronCompileError):
        etree.XSLT(compile_schematron(schema(body)))


def test_branches_respect_brackets_and_quotes():
    assert _branches("a[b | c] | d[@x = '|'] | /e") == ["a[b | c]", "d[@x = '|']", "/e"]


def test_groups_split_only_disjoint_branches():
    assert _disjoint_groups(["tei:p", "tei:head", "x/tei:p[@n]"]) == [["tei:p", "x/tei:p[@n]"],
                                                                      ["tei:head"]]
    assert _disjoint_groups(["tei:p", "tei:*[@n]"]) == [["tei:p", "tei:*[@n]"]]


def test_selects_match_the_patterns_on_the_bundled_edition(edition):
    """Every rule context of teikit.sch: the rewritten select finds exactly the nodes of //context."""
    tree = etree.parse(str(edition))
    ns = {"tei": TEI}
    for rule in etree.parse(str(locate.schema_file(locate.SCH))).iter(f"{{{SCH}}}rule"):
        for branch in _branches(rule.get("context")):
            assert tree.xpath(_select(branch), namespaces=ns) == \
                tree.xpath("//" + branch, namespaces=ns), branch


NESTED = (f'<TEI xmlns="{TEI}"><div n="1"><p n="1" a="x"/><p n="2"/><div><p n="3" a="y"/>'
          '<p/></div></div><div><p n="4"/><p n="5" a="x"/></div></TEI>')


@pytest.mark.parametrize("predicates", [
    "[1]", "[2]", "[last()]", "[@n][2]", "[position() = 1]", "[not(position() = 1)]",
    "[$v]", "[count(@n)]", "[@n * 2]", "[not(@a) + 1]", "[(@a = 'x') + 1]", "[@n + 1]",
    "[@n = 1]", "[@a]", "[not(@a)]", "[@a and @n]", "[@a or @n > 3]", "[@n != 2][@a]",
    "[translate(@n, '3', '') != '']", "[not(@a = 'x')]",
])
def test_a_rewritten_select_finds_the_nodes_of_its_pattern(predicates):
    """/descendant:: replaces // only where no predicate can select by position."""
    tree = etree.fromstring(NESTED).getroottree()
    branch = f"tei:p{predicates}"
    ns = {"tei": TEI}
    xpath = etree.XPath(_select(branch), namespaces=ns)
    expected = etree.XPath("//" + branch, namespaces=ns)
    assert xpath(tree, v=2) == expected(tree, v=2), _select(branch)

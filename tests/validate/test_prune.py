"""A grammar pruned to the document's elements gives the same verdict as the full grammar."""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st
from lxml import etree

from corrections.catalogue import MISTAKES, apply
from teikit.odd import locate
from teikit.validate.prune import RNG_NS, prune, used_names

PLAIN = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def grammars(tei_all):
    """(full RelaxNG, parsed grammar) for tei_all and the project schema."""
    tei_path, teikit_path = locate.tei_all_rng(), locate.schema_file(locate.RNG)
    return {"tei-all": (tei_all, etree.parse(str(tei_path), PLAIN)),
            "teikit": (etree.RelaxNG(etree.parse(str(teikit_path))), etree.parse(str(teikit_path)))}


def same_verdict(grammars, tree) -> bool:
    verdicts = set()
    for full, parsed in grammars.values():
        pruned = etree.RelaxNG(prune(copy.deepcopy(parsed), used_names(tree)))
        assert pruned.validate(tree) == full.validate(tree)
        verdicts.add(full.validate(tree))
    return verdicts


def test_pruning_removes_most_of_tei_all(grammars, edition):
    tree = etree.parse(str(edition))
    parsed = grammars["tei-all"][1]
    before = len(parsed.getroot().findall(f"{{{RNG_NS}}}define"))
    after = len(prune(copy.deepcopy(parsed), used_names(tree)).getroot().findall(f"{{{RNG_NS}}}define"))
    assert after < before / 2


@pytest.mark.parametrize("mistake", [m for m in MISTAKES if m.rule not in ("well-formed", "entities")],
                         ids=lambda m: m.name)
def test_catalogue_verdicts_agree(grammars, edition, mistake):
    mutated, _, _ = apply(edition.read_text(encoding="utf-8"), mistake)
    try:
        tree = etree.fromstring(mutated.encode("utf-8"), PLAIN).getroottree()
    except etree.XMLSyntaxError:
        return
    same_verdict(grammars, tree)


@pytest.fixture(scope="module")
def element_names(grammars):
    names = {e.get("name") for e in grammars["tei-all"][1].iter(f"{{{RNG_NS}}}element")}
    return sorted(n for n in names if n)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(data=st.data())
def test_random_insertions_agree(grammars, edition, element_names, data):
    """A TEI element (often one the edition never uses, so pruned away) wrapped around or put
    next to existing content anywhere: pruned and full project grammars agree. (tei_all is
    checked on the catalogue's mistakes above: libxml2's RELAX NG validator can take
    exponential time on a random tei_all insertion, e.g. listChange wrapped around an
    author's orgName, where jing answers at once.)"""
    tree = etree.parse(str(edition), PLAIN)
    nodes = [n for n in tree.iter(etree.Element) if n.getparent() is not None]
    where = nodes[data.draw(st.integers(0, len(nodes) - 1))]
    name = data.draw(st.sampled_from(element_names))
    new = etree.Element(TEI + name)
    if data.draw(st.booleans()):
        new.text = "文字"
    how = data.draw(st.sampled_from(["before", "inside", "wrap"]))
    if how == "before":
        where.addprevious(new)
    elif how == "inside":
        where.append(new)
    else:
        where.addprevious(new)
        new.append(where)
    same_verdict({"teikit": grammars["teikit"]}, tree)

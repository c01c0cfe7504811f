"""teikit's ODD builder refuses what the TEI's odd2rng refuses: elements and attribute classes
of modules the ODD does not load (issue 14, point 1); a class of an unloaded module is empty."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit import xmlsafe
from teikit.odd import locate
from teikit.odd.modules import CLASS_MODULES, ELEMENT_MODULE
from teikit.odd.customisation import read_odd, unloaded_problems
from teikit.errors import SchemaBuildError
from teikit.odd.rng import derive_rng

TEI = "{http://www.tei-c.org/ns/1.0}"
RNG = "{http://relaxng.org/ns/structure/1.0}"


def _odd() -> etree._ElementTree:
    return etree.parse(str(locate.schema_file(locate.ODD)))


def _spec(tree):
    return tree.find(f".//{TEI}schemaSpec")


@pytest.fixture(scope="module")
def tei_all_tree():
    return xmlsafe.parse(locate.tei_all_rng(), huge=True)


def test_the_project_odd_loads_every_module_it_uses():
    custom = read_odd(_odd())
    assert unloaded_problems(custom) == []
    assert {"linking", "transcr", "figures", "namesdates"} <= custom.modules
    for key, names in custom.includes:
        assert {ELEMENT_MODULE[n] for n in names} <= {key}, key


@pytest.mark.parametrize("ident", sorted(i for i, m in CLASS_MODULES.items()
                                         if m in ("verse", "dictionaries", "textcrit", "spoken")))
def test_a_class_spec_of_an_unloaded_module_is_refused(ident, tei_all_tree):
    tree = _odd()
    etree.SubElement(_spec(tree), f"{TEI}classSpec", ident=ident, type="atts", mode="delete")
    custom = read_odd(tree)
    assert any(ident in p and CLASS_MODULES[ident] in p for p in unloaded_problems(custom))
    with pytest.raises(SchemaBuildError, match=ident):
        derive_rng(tei_all_tree, custom)


@pytest.mark.parametrize("key, element", [("core", "seg"), ("core", "supplied"),
                                          ("transcr", "choice"), ("namesdates", "term")])
def test_an_element_included_from_the_wrong_module_is_refused(key, element):
    tree = _odd()
    etree.SubElement(_spec(tree), f"{TEI}moduleRef", key=key, include=element)
    problems = unloaded_problems(read_odd(tree))
    assert problems == [f'moduleRef key="{key}" includes {element}, which module '
                        f"{ELEMENT_MODULE[element]} defines"]


def test_without_the_linking_module_corresp_disappears(tei_all_tree):
    """As in odd2rng: att.global.linking is empty unless linking is loaded."""
    tree = _odd()
    spec = _spec(tree)
    linking = next(m for m in spec.iter(f"{TEI}moduleRef") if m.get("key") == "linking")
    spec.remove(linking)
    for class_spec in [c for c in spec.iter(f"{TEI}classSpec") if c.get("ident") == "att.global.linking"]:
        spec.remove(class_spec)
    grammar = derive_rng(tei_all_tree, read_odd(tree))
    names = {a.get("name") for a in grammar.iter(f"{RNG}attribute")}
    assert "corresp" not in names
    with_linking = derive_rng(tei_all_tree, read_odd(_odd()))
    assert "corresp" in {a.get("name") for a in with_linking.iter(f"{RNG}attribute")}

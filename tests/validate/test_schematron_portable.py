"""teikit.sch is portable: the same findings under teikit's single-pass validator (libxslt),
lxml's ISO Schematron (libxslt) and the ISO skeleton compiled and run by Saxon (saxonche)."""
from __future__ import annotations

import copy
import re
from functools import lru_cache
from pathlib import Path

import lxml.isoschematron
import pytest
from hypothesis import given, settings, strategies as st
from lxml import etree, isoschematron

from corrections.catalogue import MISTAKES, apply
from teikit.odd import locate
from teikit.validate import schematron

SKELETON = Path(lxml.isoschematron.__file__).parent / "resources" / "xsl" / "iso-schematron-xslt1"
SCH = locate.schema_file(locate.SCH)
PATTERNS = {p.get("id") for p in etree.parse(str(SCH)).iter("{http://purl.oclc.org/dsdl/schematron}pattern")}
PLAIN = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


@lru_cache(maxsize=1)
def _saxon():
    """Saxon's processor and the schema compiled by the ISO skeleton (include, expand, SVRL)."""
    from saxonche import PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    text = SCH.read_text(encoding="utf-8")
    for step in ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl"):
        executable = compiler.compile_stylesheet(stylesheet_file=str(SKELETON / step))
        text = executable.transform_to_string(xdm_node=processor.parse_xml(xml_text=text))
    return processor, compiler.compile_stylesheet(stylesheet_text=text)


@lru_cache(maxsize=1)
def _lxml_iso() -> isoschematron.Schematron:
    return isoschematron.Schematron(etree.parse(str(SCH)), store_report=True)


def by_teikit(tree):
    return sorted(schematron.check(tree))


def by_lxml_iso(tree):
    engine = _lxml_iso()
    engine.validate(tree)
    return sorted(schematron.findings(engine.validation_report, tree))


def by_saxon(tree):
    processor, validator = _saxon()
    node = processor.parse_xml(xml_text=etree.tostring(tree, encoding="unicode"))
    report = etree.fromstring(validator.transform_to_string(xdm_node=node).encode("utf-8"))
    return sorted(schematron.findings(report.getroottree(), tree))


def all_three(tree):
    found = by_teikit(tree)
    assert by_lxml_iso(tree) == found
    assert by_saxon(tree) == found
    return found


def test_no_extension_functions():
    """Only the tei and XSLT namespaces: no EXSLT (str:tokenize) or other extension prefix."""
    schema = etree.parse(str(SCH)).getroot()
    prefixes = {ns.get("prefix") for ns in schema.iter("{http://purl.oclc.org/dsdl/schematron}ns")}
    assert prefixes == {"tei"}
    text = SCH.read_text(encoding="utf-8")
    calls = set(re.findall(r"\b([A-Za-z][\w.-]*):[\w.-]+\(", text))
    assert calls <= {"tei"}, f"prefixed function calls: {calls}"


def test_old_schema_is_caught(tmp_path):
    """The oracle can fail: EXSLT in a rule stops Saxon (what teikit.sch used to do)."""
    text = SCH.read_text(encoding="utf-8").replace(
        "<sch:title>", '<sch:ns prefix="str" uri="http://exslt.org/strings"/><sch:title>', 1)
    text = text.replace("normalize-space(.) != '' or tei:*",
                        "count(str:tokenize(normalize-space(.), ' ')) &gt; 0 or tei:*", 1)
    from saxonche import PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    for step in ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl"):
        executable = compiler.compile_stylesheet(stylesheet_file=str(SKELETON / step))
        text = executable.transform_to_string(xdm_node=processor.parse_xml(xml_text=text))
    validator = compiler.compile_stylesheet(stylesheet_text=text)
    node = processor.parse_xml(xml_text="<TEI xmlns='http://www.tei-c.org/ns/1.0'><p>x</p></TEI>")
    with pytest.raises(Exception, match="tokenize"):
        validator.transform_to_string(xdm_node=node)


def test_bundled_edition_agrees(edition):
    assert all_three(etree.parse(str(edition), PLAIN)) == []


def _parsable(mistake, text):
    mutated, line, _ = apply(text, mistake)
    try:
        return etree.fromstring(mutated.encode("utf-8"), PLAIN).getroottree(), line
    except etree.XMLSyntaxError:
        return None, line


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_correction_catalogue_agrees(mistake, edition):
    """Every catalogued correction mistake that parses: identical findings; a Schematron rule's
    mistake is found at its line by all three."""
    tree, line = _parsable(mistake, edition.read_text(encoding="utf-8"))
    if tree is None:
        assert mistake.rule in ("well-formed", "entities", "xmlid-unique")
        return
    found = all_three(tree)
    rules = {f[3] for f in found}
    if mistake.rule in PATTERNS:
        assert (mistake.rule, line) in {(f[3], f[0]) for f in found}, found
    else:
        assert mistake.rule not in rules


@pytest.fixture(scope="module")
def pointer_edition(edition):
    """The bundled edition with a placeholder in the first ref's target, and its ids."""
    text = edition.read_text(encoding="utf-8")
    ids = re.findall(r'xml:id="([^"]+)"', text)
    text, count = re.subn(r'<ref target="#[^"]*"', '<ref target="@@"', text, count=1)
    assert count == 1 and ids
    return text, ids


@settings(max_examples=20, deadline=None, derandomize=True)
@given(data=st.data())
def test_pointer_lists_agree(pointer_edition, data):
    """Random lists of pointers (resolving, dangling, external): all three agree, and
    pointer-resolves fires exactly when one of the first ten "#" pointers names no element."""
    text, ids = pointer_edition
    token = st.one_of(st.sampled_from(ids).map(lambda i: "#" + i),
                      st.from_regex(r"#zz[a-z]{1,4}", fullmatch=True),
                      st.sampled_from(["http://example.org/a#b", "other.xml#c"]))
    tokens = data.draw(st.lists(token, min_size=1, max_size=13))
    spaced = data.draw(st.sampled_from([" ", "  ", " \t "]))
    tree = etree.fromstring(text.replace("@@", spaced.join(tokens)).encode("utf-8"),
                            PLAIN).getroottree()
    found = all_three(tree)
    pointer = [f for f in found if f[3] == "pointer-resolves"]
    known = set(ids)
    dangling = any(t.startswith("#") and t[1:] not in known for t in tokens[:10])
    assert [f[1] for f in pointer if f[1] == "error"] == (["error"] if dangling else [])
    assert [f[1] for f in pointer if f[1] == "warning"] == (["warning"] if len(tokens) > 10 else [])


@pytest.mark.parametrize("target", ["#p2 #zzab", "#zzab", "\t#ch1", "#ch1", "#p2\t#ch1"])
def test_id_lookups_find_what_the_key_finds(pointer_edition, target):
    """With the edition's xml:ids registered (a parse with collect_ids) the validator looks
    ids up with id() instead of building the key; a list, or a pointer with whitespace, finds
    nothing either way (id() alone would split it)."""
    text, _ = pointer_edition
    tree = etree.fromstring(text.replace("@@", target).encode("utf-8"), PLAIN).getroottree()
    assert schematron.ids_registered(tree)
    path = str(SCH)
    by_key = schematron.findings(schematron._compiled(path, frozenset(), False)(tree), tree)
    by_id = schematron.findings(schematron._compiled(path, frozenset(), True)(tree), tree)
    assert by_id == by_key
    built = copy.deepcopy(tree)  # a tree copied in memory: no ids registered, the key is used
    assert sorted(schematron.check(built)) == sorted(by_key)

"""The ODD's Schematron is self-contained, as the TEI's odd2sch needs (issue 14, point 1):
the namespace and the keys are declared in the ODD, rules call no extension function, and
the XPath means the same under XPath 1 (lxml) and 2/3 (Saxon).

The TEI toolchain itself (Stylesheets' odd2odd + odd2relax + extract-isosch, Java) runs here
only when TEI_STYLESHEETS names a checkout of the TEI Stylesheets and TEI_P5SUBSET the
p5subset.xml of TEI P5 4.3.0; then it is required. README "The TEI" gives the manual check.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from teikit.odd import locate
from teikit.odd.customisation import read_odd
from teikit.odd.sch import XSL_NS, derive_sch
from teikit.tei import SCH_NS

TEI = "{http://www.tei-c.org/ns/1.0}"
SCH = f"{{{SCH_NS}}}"
XSL = f"{{{XSL_NS}}}"
REPO = Path(__file__).resolve().parents[2]


def _odd() -> etree._ElementTree:
    return etree.parse(str(locate.schema_file(locate.ODD)))


def _key_names(tree) -> list[str]:
    return sorted({k.get("name") for k in tree.iter(f"{XSL}key")})


def test_the_odd_declares_every_key_its_rules_use():
    tree = _odd()
    schema = derive_sch(read_odd(tree), "header")
    declared = {k.get("name") for k in schema.iter(f"{XSL}key")}
    assert declared == set(_key_names(tree)) and declared
    assert [n.get("prefix") for n in schema.iter(f"{SCH}ns")] == ["tei"]
    # the declarations' constraintSpec writes no pattern of its own
    idents = {p.get("id") for p in schema.iter(f"{SCH}pattern")}
    assert "teikit-declarations" not in idents
    ruled = {c.get("ident") for c in tree.iter(f"{TEI}constraintSpec")
             if c.find(f".//{SCH}rule") is not None}
    assert idents == ruled


@pytest.mark.parametrize("name", _key_names(_odd()))
def test_a_rule_using_an_undeclared_key_is_refused(name):
    tree = _odd()
    for key in [k for k in tree.iter(f"{XSL}key") if k.get("name") == name]:
        key.getparent().remove(key)
    with pytest.raises(ValueError, match=f"key '{name}', which no xsl:key"):
        derive_sch(read_odd(tree), "header")


@pytest.mark.parametrize("call", ["str:tokenize(@target)", "exsl:node-set($x)",
                                  "saxon:evaluate(@n)", "fn:string( @n )"])
def test_an_extension_function_is_refused(call):
    tree = _odd()
    rule = next(tree.iter(f"{SCH}rule"))
    assert_ = etree.SubElement(rule, f"{SCH}assert", test=f"{call} != ''")
    assert_.text = "x"
    with pytest.raises(ValueError, match=r"extension function " + call.split("(")[0]):
        derive_sch(read_odd(tree), "header")


def test_an_axis_step_is_not_an_extension_call():
    tree = _odd()
    rule = next(tree.iter(f"{SCH}rule"))
    etree.SubElement(rule, f"{SCH}assert", test="count(preceding::tei:note) >= 0").text = "x"
    derive_sch(read_odd(tree), "header")


def test_without_a_tei_namespace_declaration_the_build_fails():
    tree = _odd()
    for ns in list(tree.iter(f"{SCH}ns")):
        ns.getparent().remove(ns)
    with pytest.raises(ValueError, match="sch:ns for the prefix tei"):
        derive_sch(read_odd(tree), "header")


def _toolchain() -> tuple[Path, Path] | None:
    stylesheets, subset = os.environ.get("TEI_STYLESHEETS"), os.environ.get("TEI_P5SUBSET")
    if not stylesheets:
        return None
    assert subset, "TEI_STYLESHEETS is set: TEI_P5SUBSET must name p5subset.xml (TEI P5 4.3.0)"
    for tool in ("java", "jing"):
        assert shutil.which(tool), f"TEI_STYLESHEETS is set but {tool} is missing"
    return Path(stylesheets), Path(subset)


@pytest.mark.skipif(not os.environ.get("TEI_STYLESHEETS"),
                    reason="the TEI Stylesheets are not on CI; README 'The TEI' gives the check")
def test_the_tei_stylesheets_build_the_odd_and_jing_accepts_the_editions(tmp_path):
    stylesheets, subset = _toolchain()
    saxon = "/usr/share/java/Saxon-HE.jar:/usr/share/java/xml-resolver.jar"
    catalog = tmp_path / "catalog.xml"
    catalog.write_text(
        '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="https://www.'
        f'tei-c.org/Vault/P5/4.3.0/xml/tei/odd/p5subset.xml" uri="{subset.as_uri()}"/></catalog>')

    def xslt(source: Path, style: str, out: Path) -> None:
        subprocess.run(["java", "-cp", saxon, "net.sf.saxon.Transform", f"-catalog:{catalog}",
                        f"-s:{source}", f"-xsl:{stylesheets / 'odds' / style}", f"-o:{out}"],
                       check=True, capture_output=True, timeout=600)

    compiled, rng, isosch = tmp_path / "c.odd", tmp_path / "teikit.rng", tmp_path / "t.isosch"
    xslt(locate.schema_file(locate.ODD), "odd2odd.xsl", compiled)
    xslt(compiled, "odd2relax.xsl", rng)
    xslt(compiled, "extract-isosch.xsl", isosch)
    keys = {k.get("name") for k in etree.parse(str(isosch)).iter(f"{XSL}key")}
    assert keys == set(_key_names(_odd()))
    editions = [REPO / "tei" / "000_8288889db83d07b8.xml", *sorted((REPO / "tests/golden").glob("*.xml"))]
    result = subprocess.run(["jing", str(rng), *map(str, editions)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

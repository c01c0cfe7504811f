"""passes/postscripts.py: paragraphs after a preface's signature become a postscript."""
from __future__ import annotations

from hypothesis import given, strategies as st
from lxml import etree
from typer.testing import CliRunner

from teikit import model
from teikit.passes.postscripts import fold
from teikit.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
UNITS = st.lists(st.sampled_from(["p", "pb", "closer"]), max_size=12)


def _units(kinds: list[str]) -> list:
    make = {"p": lambda i: model.Paragraph([f"段{i}。"], line=i),
            "pb": lambda i: model.PageBreak(line=i),
            "closer": lambda i: model.Closer(signed=["张三"], line=i)}
    return [make[k](i) for i, k in enumerate(kinds)]


@given(UNITS)
def test_after_a_closer_only_closers_postscripts_and_page_breaks_follow(kinds):
    """The TEI's division bottom: what follows the first closer is closing matter; nothing is
    lost or reordered."""
    units = _units(kinds)
    folded = fold(list(units))
    flat = [b for u in folded for b in (u.blocks if isinstance(u, model.Postscript) else [u])]
    assert flat == units
    closers = [i for i, u in enumerate(folded) if isinstance(u, model.Closer)]
    if closers:
        assert all(isinstance(u, (model.Closer, model.Postscript, model.PageBreak))
                   for u in folded[closers[0]:])
    for ps in (u for u in folded if isinstance(u, model.Postscript)):
        assert isinstance(ps.blocks[0], model.Paragraph)
        assert isinstance(ps.blocks[-1], model.Paragraph)


def test_a_note_after_the_signature_converts_to_a_valid_postscript(tmp_path):
    """`teikit convert` validates what it writes (schema and Schematron): before this pass the
    paragraph after the closer made the edition invalid."""
    text = "\n\n".join(["序言", "　　社区治理是国家治理体系的基础。", "张三", "2011年7月",
                        "　　附记：本书第二版增补了两章。", "目录", "第一章 总论……1",
                        "第一章 总论", "　　正文。"]) + "\n"
    source = tmp_path / "book.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(tmp_path / "book.xml")])
    assert result.exit_code == 0, result.output
    root = etree.parse(str(tmp_path / "book.xml")).getroot()
    ps = root.find(f".//{TEI}front//{TEI}postscript")
    assert ps is not None and "".join(ps.itertext()).strip() == "附记：本书第二版增补了两章。"
    assert ps.getprevious().tag == f"{TEI}closer"

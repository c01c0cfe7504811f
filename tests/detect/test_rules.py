"""Each detection rule on fixture text: the token types, lines and data it emits."""
import pytest

from teikit.blocks import split_blocks
from teikit.detect import Detector, detect
from teikit.errors import Reporter
from tests.detect.fixtures import read_cases

CASES = [case for name in ("front.txt", "preface.txt", "contents.txt", "chapter.txt",
                           "headings.txt", "notes.txt") for case in read_cases(name)]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_rule_fixture(case):
    tokens = detect(split_blocks(case.text), Reporter("fixture"))
    got = [(t.line, t.type, {k: str(t.data.get(k)) for k in want})
           for t, (_, _, want) in zip(tokens, case.expected + [(0, "", {})] * len(tokens))]
    assert got == case.expected


def test_rule_table_can_be_changed_by_name():
    detector = Detector()
    assert detector.names()[:2] == ["continuation", "cip"] and detector.names()[-1] == "paragraph"
    detector.disable("heading")
    text = "第一章　绪论\n\n一、背景\n"
    tokens = detector.run(split_blocks(text), Reporter())
    assert [t.type for t in tokens] == ["chapter_head", "paragraph"]
    detector.insert_before("paragraph", "shout", lambda s: s.emit("shout") is not None)
    tokens = detector.run(split_blocks(text), Reporter())
    assert [t.type for t in tokens] == ["chapter_head", "shout"]


def test_contents_entries_are_read_in_every_layout():
    case = read_cases("contents.txt")[0]
    tokens = detect(split_blocks(case.text), Reporter())
    entries = tokens[0].data["entries"]
    assert [(e.title, e.authors, e.page, e.leader, e.page_open, e.two_lines) for e in entries] == [
        ("第一篇文章", ["甲学会", "乙基地"], "1", ".....", "(", True),
        ("第二篇文章", ["丙部", "丁校"], "30", "...", "(", True),
        ("第三篇文章", ["丁医院"], "250", "", "(", False),
        ("第四篇文章", ["戊学会"], "145", ".....", "(", True),
        ("第五篇文章", ["己党工委"], "357", ".....", "（", True),
        ("后记", [], "445", ".....", "（", False),
    ]
    assert [e.line for e in entries] == [3, 5, 7, 9, 13, 17]


def test_every_token_type_a_rule_emits_has_its_build_step():
    """rule emits type → build.STEPS[type]: the table is explicit, and a rule added by name
    whose type has no step is a clear error, not an AttributeError from getattr."""
    import re
    from pathlib import Path

    from teikit import build

    source = "".join(p.read_text(encoding="utf-8")
                     for p in (Path(build.__file__).parent / "detect").glob("*.py"))
    emitted = set(re.findall(r'\.emit\("(\w+)"', source))
    assert emitted == set(build.STEPS)
    detector = Detector()
    detector.disable("heading")
    detector.insert_before("paragraph", "shout", lambda s: s.emit("shout") is not None)
    tokens = detector.run(split_blocks("第一章　绪论\n\n一、背景\n"), Reporter())
    assert [t.type for t in tokens] == ["chapter_head", "shout"]
    with pytest.raises(ValueError, match="no build step for the token type 'shout'"):
        build.build(tokens, "fixture.txt", Reporter())


def test_a_paren_note_is_a_note_only_at_its_pages_foot():
    """Where the source marks its pages (form feeds), a (1) block is a note only in the run
    of notes that ends its page: the (1) heading mid-page stays a heading, though the page
    shows (1) as an anchor."""
    from lxml import etree

    from teikit.pipeline import convert_text

    page1 = ("第一章　组织建设\n\n　　一是试点，发挥作用(1)。\n\n（1）组织设置\n\n"
             "　　二是建立机制，完善制度。\n\n(1) 某某：《书名》，某出版社2012年版，第1页。\n\n1\n")
    page2 = "（2）组织覆盖\n\n　　三是扩大覆盖（1）。\n\n（1）同上书，第3页。\n\n2\n"
    c = convert_text("\f".join([page1, page2]) + "\f", "paren.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = c.tree.getroot()
    assert [h.text for h in root.iterfind(".//t:body//t:head", ns)] == [
        "第一章　组织建设", "（1）组织设置", "（2）组织覆盖"]
    notes = root.findall(".//t:body//t:p/t:note", ns)
    assert [(n.get("n"), etree.QName(n.getparent()).localname) for n in notes] == [
        ("(1)", "p"), ("（1）", "p")]
    assert [pb.get("n") for pb in root.iterfind(".//t:body//t:pb", ns)] == ["1", "2"]

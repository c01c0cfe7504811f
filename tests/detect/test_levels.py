"""detect.levels: the level of a contents entry from its numbering scheme, else its indent."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from teikit.detect.contents import parse_line
from teikit.detect.levels import assign_levels, by_numbering, indent_width
from teikit.model import ContentsEntry

CN = "一二三四五六七八九十"


@pytest.mark.parametrize("title, scheme, rank", [
    ("第一编 理论", "part-cn", 0), ("第二部分 实践", "part-cn", 0), ("第十二章 结论", "chapter-cn", 1),
    ("第3节 方法", "section-cn", 2), ("三、问题", "cn-comma", 3), ("（二）对策", "cn-paren", 4),
    ("(1) 数据", "arabic-paren", 6), ("1.2 背景", "decimal", 2), ("2.1.3 样本", "decimal", 3),
])
def test_numbering_schemes_rank_the_entry(title, scheme, rank):
    assert by_numbering(title, title) == (scheme, rank)


@pytest.mark.parametrize("title", ["后记", "参考文献", "广州基层党组织建设研究", "2012年的调查", "十分重要"])
def test_unnumbered_titles_have_no_rank(title):
    assert by_numbering(title, title) is None


def test_indent_counts_full_width_spaces_twice():
    assert [indent_width(s) for s in ("甲", "  甲", "\u3000甲", "\u3000\u3000甲", "\t甲")] == [0, 2, 2, 4, 4]


def _entries(lines):
    entries = [parse_line(line, k) for k, line in enumerate(lines, start=1)]
    assert None not in entries
    assign_levels(entries, lines)
    return [(e.level, e.div_type) for e in entries]


def test_an_edited_volume_of_unnumbered_reports_stays_at_one_level():
    assert _entries(["甲报告\t张三 (1)", "乙报告\t李四 (9)", "后记.....（20）"]) == [(0, "chapter")] * 3


def test_indent_alone_gives_the_levels():
    assert _entries(["总论……1", "\u3000概念……1", "\u3000\u3000来源……2", "\u3000方法……5", "后记……9"]) == [
        (0, "chapter"), (1, "section"), (2, "subsection"), (1, "section"), (0, "chapter")]


def test_unnumbered_entries_indented_like_a_level_take_it():
    lines = ["第一章 总论……1", "\u3000第一节 概念……1", "\u3000小结……3", "后记……9"]
    assert _entries(lines) == [(0, "chapter"), (1, "section"), (1, "section"), (0, "chapter")]


def _cn(n):
    return CN[n - 1]


@st.composite
def outlines(draw):
    """A contents outline: (depth, printed line) with 编 optional, 章, 节 and 一、 levels,
    indented by depth or not at all."""
    parts = draw(st.booleans())
    indent = draw(st.sampled_from(["", "\u3000", "  "]))
    labels = ([lambda n: f"第{_cn(n)}编 "] if parts else []) + [
        lambda n: f"第{_cn(n)}章 ", lambda n: f"第{_cn(n)}节 ", lambda n: f"{_cn(n)}、"]
    out, page = [], 1

    def level(depth):
        nonlocal page
        for n in range(1, draw(st.integers(1, 3)) + 1):
            out.append((depth, f"{indent * depth}{labels[depth](n)}标题{len(out)}……{page}"))
            page += draw(st.integers(0, 3))
            if depth + 1 < len(labels) and draw(st.booleans()):
                level(depth + 1)
    level(0)
    return parts, out


@given(outlines())
def test_levels_follow_the_numbering_whatever_the_indent(outline):
    parts, lines = outline
    got = _entries([line for _, line in lines])
    depths = [d for d, _ in lines]
    present = sorted(set(depths))
    assert [level for level, _ in got] == [present.index(d) for d in depths]
    types = (["part"] if parts else []) + ["chapter", "section", "subsection"]
    assert [t for _, t in got] == [types[d] for d in depths]

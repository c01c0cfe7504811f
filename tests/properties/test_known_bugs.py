"""Regression tests for the converter bugs the properties found, each with its minimal raw
text.  The strategies steer around a bug while it is open (see the comment naming it there);
once it is fixed, drop the workaround so the properties cover the case again."""
from __future__ import annotations

import json

import pytest

from teikit.pipeline import convert_text
from tests.render import transform_bytes
from teikit.validate import validate_tree

from . import tei_read

CIP = """图书在版编目 (CIP) 数据

{description}
ISBN 978-7-00-000000-1

I. ①党… II. ①王… III. ①中国共产党 IV. ①D1

中国版本图书馆CIP数据核字 (2005) 第1000号
"""
BOOK = CIP + """
出版\t广东经济出版社 (广州市党建路1号)
经销\t全国新华书店

目 录

党建党建\t广州市委组织部 (1)

党建党建

广州市委组织部

{body}
"""


def _book(body: str = "党建。", description: str =
          "党建 / 王永平主编. —广州: 广东经济出版社, 2005. 1") -> str:
    return BOOK.format(body=body, description=description)


def test_bug_one_row_colophon_is_read_as_colophon():
    text = CIP.format(description="党建 / 王永平主编. —广州: 广东经济出版社, 2005. 1") + """
出版\t广东经济出版社 (广州市党建路1号)

目 录

党建党建\t广州市委组织部 (1)

党建党建

广州市委组织部

党建。
"""
    book = convert_text(text, "bug.txt").book
    assert [r.key for r in book.colophon.rows] == ["出版"]
    assert [c.head is not None for c in book.chapters] == [True]


@pytest.mark.parametrize("title", ["党建No.1", "党建Web 2.0"])
def test_bug_dot_before_digit_in_cip_title_is_not_a_part_number(title):
    text = _book(description=f"{title} / 王永平主编. —广州: 广东经济出版社, 2005. 1")
    fields = tei_read.cip_fields(convert_text(text, "bug.txt").tree.getroot())
    assert (fields["title"], fields["part_number"]) == (title, None)


def test_bug_third_heading_level_is_valid():
    body = "一、党建\n\n（一）党建\n\n1. 党建\n\n党建。"
    report = validate_tree(convert_text(_book(body), "bug.txt").tree, "bug.xml")
    assert [d.message for d in report.diagnostics] == []


def test_bug_proceedings_title_with_a_dot_is_tagged():
    body = ("党建^①。\n\n^① 王永平. 党建[C]//李华. 党建28.5%论文集. 广州: 广东经济出版社, "
            "1990: 1-2.")
    bibls = tei_read.note_bibls(convert_text(_book(body), "bug.txt").tree.getroot())
    assert [tei_read.one(b, ".//t:title[@level='m']") for b in bibls] == ["党建28.5%论文集"]


def test_bug_book_translator_is_not_exported_as_editor():
    text = _book(description="党建 / 王永平主编; 李华译. —广州: 广东经济出版社, 2005. 1")
    items = json.loads(transform_bytes(convert_text(text, "bug.txt").to_bytes(), "csl-json"))
    assert [n["literal"] for n in items[0]["editor"]] == ["王永平"]
    assert [n["literal"] for n in items[0].get("translator", [])] == ["李华"]


def test_bug_book_without_cip_is_valid():
    text = "目 录\n\n研究\t甲 (1)\n\n研究\n\n甲\n\n有标记^①的段落。\n\n^① 注文。\n"
    report = validate_tree(convert_text(text, "small.txt").tree, "small.xml")
    assert [d.message for d in report.diagnostics] == []

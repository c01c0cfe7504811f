"""Attribute values normalised, text untouched (teikit.values)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from lxml import etree

from teikit.values import normalise, normalise_tree

FULL = "０１２３４５６７８９"


@given(st.lists(st.integers(0, 9), min_size=1, max_size=8))
def test_full_width_digits_become_ascii(digits):
    printed = "".join(FULL[d] for d in digits)
    assert normalise(printed) == "".join(str(d) for d in digits)


def test_chinese_zero_in_a_year_and_mixed_dates():
    assert normalise("2０1〇-09") == "2010-09"
    assert normalise("二〇一一") == "二〇一一"  # not a number: left alone (no guessing)
    assert normalise("①") == "①"


def test_tree_values_normalised_and_text_kept():
    root = etree.fromstring('<d><date when="２０１１-09-29">２０１１年</date><pb n="１２"/></d>')
    assert normalise_tree(root) == 2
    assert root[0].get("when") == "2011-09-29" and root[0].text == "２０１１年"
    assert root[1].get("n") == "12"

"""Numbered headings in the digit and bracket forms extractions print (issue 10 point 4):
full-width digits, full-width and half-width brackets mixed; the number read is ASCII."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from teikit.detect.headings import match_heading

FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("text, scheme, label, number", [
    ("（１）社区治理", "arabic-paren", "（１）", "1"),
    ("(１２）社区治理", "arabic-paren", "(１２）", "12"),
    ("１.社区治理", "arabic-dot", "１.", "1"),
    ("１．社区治理", "arabic-dot", "１．", "1"),
    ("(一）社区治理", "cn-paren", "(一）", "1"),
    ("（十二)社区治理", "cn-paren", "（十二)", "12"),
])
def test_full_width_and_mixed_heading_numbers(text, scheme, label, number):
    assert match_heading(text) == (scheme, label, number)


@given(st.integers(1, 99), st.sampled_from("(（"), st.sampled_from(")）"), st.booleans())
def test_any_bracketed_number_in_either_width_reads_as_its_value(n, open_, close, full):
    digits = str(n).translate(FULL) if full else str(n)
    found = match_heading(f"{open_}{digits}{close}社区治理")
    assert found is not None and found[0] == "arabic-paren" and found[2] == str(n)


@pytest.mark.parametrize("text", ["１.５亿元的投入", "（１）。", "２０１２年社区治理"])
def test_numbers_that_are_no_heading(text):
    assert match_heading(text) is None

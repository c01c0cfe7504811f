"""finish_text (the tidying of the plain-text exports, after their transform) equals a line-by-line
model of its rules, and the text and diplomatic formats go through it."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from teikit.transform import FORMATS, finish_text


def by_lines(text: str) -> str:
    """The rules one line at a time: no space or tab before a line break, no space after one,
    an empty line kept only right after a line with text, none at the end, one final break."""
    lines = text.split("\n")
    last = len(lines) - 1
    tidy = []
    for i, line in enumerate(lines):
        if i < last:
            line = line.rstrip(" \t")
        if i > 0:
            line = line.lstrip(" ")
        tidy.append(line)
    kept = [line for i, line in enumerate(tidy) if line or (i > 0 and tidy[i - 1])]
    while kept and not kept[0]:
        kept.pop(0)
    if kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept) + "\n"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\n", "a", "文", "①"]), max_size=60))
def test_finish_equals_the_line_by_line_rules(text):
    assert finish_text(text) == by_lines(text)


def test_the_text_formats_are_finished():
    assert FORMATS["text"].after is finish_text
    assert FORMATS["diplomatic"].after is finish_text

"""Rule for numbered headings; each numbering scheme is a row of a small table."""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.detect.text import cn_number, ends_sentence

_CN = "〇零一二三四五六七八九十百两"
#: (scheme name, pattern of the printed label); the label's number is group 1.
SCHEMES: list[tuple[str, re.Pattern]] = [
    ("chapter-cn", re.compile(rf"^第([{_CN}\d]+)章\s*")),
    ("section-cn", re.compile(rf"^第([{_CN}\d]+)节\s*")),
    ("cn-comma", re.compile(rf"^([{_CN}]+)、")),
    ("cn-paren", re.compile(rf"^[（(]([{_CN}]+)[）)]\s*")),
    ("arabic-dot", re.compile(r"^(\d{1,2})[.．、](?!\d)\s*")),
    ("arabic-paren", re.compile(r"^[（(](\d{1,2})[）)]\s*")),
]
MAX_HEADING = 50


def match_heading(text: str) -> tuple[str, str, str] | None:
    """(scheme, printed label, number) when ``text`` reads as a numbered heading."""
    if "\n" in text or len(text) > MAX_HEADING or ends_sentence(text):
        return None
    for scheme, pattern in SCHEMES:
        m = pattern.match(text)
        if m and len(text) > m.end():
            value = m.group(1)
            number = value if value.isdigit() else cn_number(value)
            if number is None:
                continue
            return scheme, m.group(0).strip(), str(int(number))
    return None


def heading(state: State) -> bool:
    if state.zone != "body":
        return False
    found = match_heading(state.block.text)
    if not found:
        return False
    scheme, label, number = found
    state.emit("heading", scheme=scheme, label=label, number=number)
    return True

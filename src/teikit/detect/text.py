"""Shared character classes for the detection rules (punctuation, numerals, CJK)."""
from __future__ import annotations

import re

#: Characters that may close a sentence (full- and half-width).
SENTENCE_END = set("。！？!?…；;：:")
#: Characters that end a whole sentence: a text that stops after `；` stops mid-sentence.
FULL_STOP = set("。！？!?….")
#: Closing quotes and brackets that may follow the sentence end.
CLOSERS = set("”’」』）)】》〉]\"'")

CN_DIGITS = "〇零一二三四五六七八九十百千两"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

_CN_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


#: Numbered note marks as extractions and OCR print them: [1], ［1］, 〔1〕 (and (1) at a note).
NUMBERED_MARK = r"\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕"
NOTE_MARKS_AT_END = re.compile(rf"(\s*(\^?[{CIRCLED}]|{NUMBERED_MARK}|\*{{1,3}}))+\s*$")


def ends_sentence(text: str, strict: bool = False) -> bool:
    """True when a block ends like a finished sentence (so no page split follows it).

    Note marks after the final punctuation (`。^①`, `。[2]`) do not count. ``strict``: only
    a full stop counts, not the `；` or `：` that may end a list item's paragraph."""
    ends = FULL_STOP if strict else SENTENCE_END
    stripped = NOTE_MARKS_AT_END.sub("", text).rstrip()
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1]
        if stripped and stripped[-1] in ends:
            return True
    return bool(stripped) and stripped[-1] in ends


def cn_number(text: str) -> int | None:
    """Value of a Chinese numeral up to 9999 (一 → 1, 十二 → 12, 二十 → 20); None if not one."""
    if not text or any(c not in CN_DIGITS for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char in _CN_VALUES:
            current = _CN_VALUES[char]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            total += (current or 1) * unit
            current = 0
    return total + current

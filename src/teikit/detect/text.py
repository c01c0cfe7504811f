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


#: Numbered note marks as extractions and OCR print them: [1], ［1］, 〔1〕.
NUMBERED_MARK = r"\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕"
#: A number in parentheses, (1) or （1）: a note mark only where its page shows it as an anchor
#: and prints the note at its foot (notes.paren_note); elsewhere it numbers a heading or an item.
PAREN_MARK = r"[(（]\d{1,3}[)）]"
#: The printed note marks that open nothing else: ^①, ①, [1], ［1］, 〔1〕, *.
SURE_NOTE_MARK = rf"\^?[{CIRCLED}]|{NUMBERED_MARK}|\*{{1,3}}"
#: Every printed note mark: the one source of the detection rules and of the page layer.
NOTE_MARK = rf"{SURE_NOTE_MARK}|{PAREN_MARK}"
NOTE_MARKS_AT_END = re.compile(rf"(\s*({NOTE_MARK}))+\s*$")
#: Characters after which a (1) opens an enumerated item (`包括：(1)…；(2)…`), not an anchor.
ITEM_BEFORE = set("：:；;，,、（(《“‘「『【[")
_PAREN = re.compile(r"[(（](\d{1,3})[)）]")


def paren_anchors(text: str, start: int = 0):
    """(offset, end, number) of each (n) in ``text`` that stands where a note mark would: right
    after a word or a closing mark, not at the text's start, after a space or an item separator."""
    for m in _PAREN.finditer(text, start):
        at = m.start()
        if at and not text[at - 1].isspace() and text[at - 1] not in ITEM_BEFORE:
            yield at, m.end(), m.group(1)


def paren_number(mark: str) -> str | None:
    """The number of a mark in parentheses, (1) or （1）; None for any other mark."""
    m = _PAREN.fullmatch(mark)
    return m.group(1) if m else None


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

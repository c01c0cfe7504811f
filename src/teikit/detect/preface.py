"""Rules for prefaces: the (often letter-spaced) heading and the signed, dated closer."""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.detect.text import ends_sentence

#: Preface-like headings, compared with inner spaces removed ("序 言" → "序言").
PREFACE_TITLES = {"序", "序言", "自序", "代序", "前言", "引言", "导言", "绪言", "绪论", "导论",
                  "出版说明", "编者的话", "编写说明", "总序", "再版前言", "修订说明", "序一",
                  "序二", "卷首语"}
DATELINE = re.compile(r"^(?P<place>[^\d\s]{0,12}?)\s*(?P<year>\d{4})\s*年\s*(?:(?P<month>\d{1,2})"
                      r"\s*月\s*(?:(?P<day>\d{1,2})\s*日)?)?\s*(?P<tail>于\S{1,10})?$")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def preface_head(state: State) -> bool:
    block = state.block
    if state.zone not in ("front", "preface") or len(block.lines) != 1:
        return False
    if squeeze(block.text) not in PREFACE_TITLES:
        return False
    state.zone = "preface"
    state.emit("preface_head")
    return True


def dateline_when(text: str) -> str | None:
    """ISO date of a dateline such as `2012年9月` (→ 2012-09); None if it is not one."""
    m = DATELINE.match(text.strip())
    if not m:
        return None
    when = m.group("year")
    if m.group("month"):
        month = int(m.group("month"))
        if not 1 <= month <= 12:
            return None
        when += f"-{month:02d}"
        if m.group("day"):
            day = int(m.group("day"))
            if not 1 <= day <= 31:
                return None
            when += f"-{day:02d}"
    return when


def closer(state: State) -> bool:
    """In a preface: a short signature block followed by a dateline block (or a dateline)."""
    if state.zone != "preface" or len(state.block.lines) != 1:
        return False
    text = state.block.text
    if dateline_when(text):
        state.emit("dateline", when=dateline_when(text))
        return True
    following = state.peek()
    if (len(text) <= 24 and not ends_sentence(text) and following is not None
            and len(following.lines) == 1 and dateline_when(following.text)):
        state.emit("signed")
        return True
    return False

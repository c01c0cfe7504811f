"""Rules for footnote blocks: marked notes (`^①`, `①`, `*`, `[1]`) and unmarked division notes."""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.detect.text import CIRCLED, NUMBERED_MARK

#: A note block's opening marker: optional caret, then a circled number, `*`, `[n]` or `注n`.
NOTE_START = re.compile(
    rf"^(?P<caret>\^)?(?P<marker>[{CIRCLED}]|\*{{1,3}}|{NUMBERED_MARK})\s*(?P<body>\S.*)$",
    re.S)
#: Unmarked notes printed at the foot of a chapter's first page: funding, author details.
DIVISION_NOTE = re.compile(
    r"^(本研究报告|本报告|本文|本课题|本研究|本章|基金项目|课题项目|作者简介|收稿日期|"
    r"\[?基金项目\]?|【基金项目】|【作者简介】)")


def note_block(state: State) -> bool:
    if state.zone not in ("preface", "body"):
        return False
    m = NOTE_START.match(state.block.text)
    if not m:
        return False
    state.emit("note", marker=m.group("marker"), caret=bool(m.group("caret")), body=m.group("body"))
    return True


def division_note(state: State) -> bool:
    """An unmarked note about the whole chapter, printed at the foot of its first page."""
    if state.zone != "body" or "chapter_head" not in state.seen:
        return False
    if not state.chapter_first_page:  # kept up to date by State.emit: O(1) per block
        return False
    text = state.block.text
    if not DIVISION_NOTE.match(text) or len(state.block.lines) != 1:
        return False
    state.emit("division_note", body=text)
    return True

"""Rules for footnote blocks: marked notes (`^①`, `①`, `*`, `[1]`, `(1)`) and unmarked division
notes."""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.detect.chapter import unused_entry
from teikit.detect.contents import is_contents_head
from teikit.detect.preface import PREFACE_TITLES, squeeze
from teikit.detect.text import CIRCLED, NUMBERED_MARK, PAREN_MARK, paren_number

#: A note block's opening marker: optional caret, then a circled number, `*`, `[n]` or `注n`.
NOTE_START = re.compile(
    rf"^(?P<caret>\^)?(?P<marker>[{CIRCLED}]|\*{{1,3}}|{NUMBERED_MARK})\s*(?P<body>\S.*)$",
    re.S)
#: A block opening with a number in parentheses: a note only at a page's foot (paren_note).
PAREN_START = re.compile(rf"^(?P<marker>{PAREN_MARK})\s*(?P<body>\S.*)$", re.S)
#: How far past a (n) block the page's end is looked for: a page's foot holds a few notes.
FOOT_REACH = 12
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


def paren_note(state: State) -> bool:
    """A note marked (1) or （1）, which a heading or an enumerated item may also begin with:
    a note only where the page's text shows the same number as an anchor (after a word, not
    after `：` or `；`) and, where the source marks its pages, only at the page's foot (nothing
    but notes between the block and the page's end)."""
    if state.zone not in ("preface", "body"):
        return False
    m = PAREN_START.match(state.block.text)
    if not m or paren_number(m.group("marker")) not in state.page_marks:
        return False
    if state.marked and not _at_foot(state):
        return False
    state.emit("note", marker=m.group("marker"), caret=False, body=m.group("body"))
    return True


def _at_foot(state: State) -> bool:
    """Nothing but notes until the page's end: a marked page start; or, where the source
    leaves a page unmarked (a preface without folios), a block that opens a new part of the
    book (the contents, a preface, a chapter the contents list). (Taking an unindented block
    for the next page's was tried: a PDF's text has no indents, and a (1) heading became a
    note.)"""
    for offset in range(1, FOOT_REACH + 1):
        following = state.peek(offset)
        if following is None or following.page is not None:
            return True
        text = following.text
        if not (NOTE_START.match(text) or PAREN_START.match(text) or DIVISION_NOTE.match(text)):
            return _opens_a_part(state, text)
    return False


def _opens_a_part(state: State, text: str) -> bool:
    """A one-line block that starts a part of the book: the contents, a preface, a chapter
    the contents list and no chapter has taken yet."""
    return "\n" not in text and (is_contents_head(text) or squeeze(text) in PREFACE_TITLES
                                 or unused_entry(state, text) is not None)


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

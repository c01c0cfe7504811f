"""Rules for footnote blocks: marked notes (`^①`, `①`, `*`, `[1]`) and unmarked division notes."""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.detect.text import CIRCLED, ends_sentence

#: A note block's opening marker: optional caret, then a circled number, `*`, `[n]` or `注n`.
NOTE_START = re.compile(
    rf"^(?P<caret>\^)?(?P<marker>[{CIRCLED}]|\*{{1,3}}|\[\d{{1,3}}\]|［\d{{1,3}}］)\s*(?P<body>\S.*)$",
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
    if not _on_first_page(list(_since_chapter(state))[::-1]):
        return False
    text = state.block.text
    if not DIVISION_NOTE.match(text) or len(state.block.lines) != 1:
        return False
    state.emit("division_note", body=text)
    return True


def _on_first_page(tokens) -> bool:
    """No page end since the chapter began: no footnote block, no paragraph split mid-sentence
    and continued (a paragraph left unfinished just before this block is still page one)."""
    if any(b.page is not None for t in tokens for b in t.blocks):
        return False  # the page layer marked a page end since the chapter began
    for token, following in zip(tokens, tokens[1:]):
        if token.type in ("paragraph", "abstract") and following.type == "paragraph" \
                and not ends_sentence(token.text):
            return False
    return not any(t.type in ("note", "division_note") for t in tokens)


def _since_chapter(state: State):
    for token in reversed(state.tokens):
        if token.type == "chapter_head":
            return
        yield token

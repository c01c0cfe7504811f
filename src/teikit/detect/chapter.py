"""Rules for chapters: the title (matched against the contents), byline, abstract, paragraphs."""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.detect.headings import SCHEMES, match_heading
from teikit.detect.preface import dateline_when, squeeze
from teikit.detect.text import NUMBERED_MARK, ends_sentence
from teikit.names import ROLE_WORD, name_kind

ABSTRACT_LABEL = re.compile(r"^(【(内容提要|内容摘要|提要|摘要)】|(内容提要|内容摘要|摘要|提要)\s*[:：])\s*")
MAX_BYLINE = 40
BYLINE_ROLE = re.compile(rf"\s*◎?\s*({ROLE_WORD})$")


TRAILING_MARK = re.compile(rf"(\^?[①-⑳]|\*{{1,3}}|{NUMBERED_MARK})$")


def unused_entry(state: State, text: str):
    """The first contents entry of this title not yet given a chapter (an index, built once)."""
    key = TRAILING_MARK.sub("", squeeze(text))
    if state.entries_by_title is None:
        state.entries_by_title = {}
        for entry in state.contents_entries:
            state.entries_by_title.setdefault(squeeze(entry.title), []).append(entry)
    for entry in state.entries_by_title.get(key, ()):
        if id(entry) not in state.used_entries:
            return entry
    return None


def chapter_head(state: State) -> bool:
    """A one-line block equal to a contents entry's title; without contents, `第N章 …`."""
    if len(state.block.lines) != 1:
        return False
    text = state.block.text
    if state.zone not in ("body", "preface") and not (state.zone == "front"
                                                     and SCHEMES[0][1].match(text)):
        return False
    entry = unused_entry(state, text)
    if entry is None:
        if state.contents_entries or not SCHEMES[0][1].match(text) or ends_sentence(text):
            return False
    state.zone = "body"
    state.emit("chapter_head", entry=entry)
    return True


def byline(state: State) -> bool:
    """Short one-line blocks right after a chapter title: one organisation or person each."""
    last = state.last
    if state.zone != "body" or last is None or last.type not in ("chapter_head", "byline"):
        return False
    text = state.block.text
    if len(state.block.lines) != 1 or len(text) > MAX_BYLINE or ends_sentence(text):
        return False
    if ABSTRACT_LABEL.match(text) or match_heading(text):
        return False
    entry = _current_entry(state)
    if entry is not None and not entry.authors:
        return False  # the contents name no author for this chapter: no byline to expect
    parts = [p for p in re.split(r"[、，,；;\s]+", BYLINE_ROLE.sub("", text)) if p]
    if entry is not None:
        names = {squeeze(a) for a in entry.authors}
        if squeeze(text) not in names and not any(squeeze(p) in names for p in parts):
            return False
    elif not parts or any(name_kind(p) == "name" for p in parts):
        return False  # without the contents to compare with, accept only name-like lines
    state.emit("byline")
    return True


def _current_entry(state: State):
    for token in reversed(state.tokens):
        if token.type == "chapter_head":
            return token.data.get("entry")
    return None


def abstract_start(state: State) -> bool:
    if state.zone != "body":
        return False
    m = ABSTRACT_LABEL.match(state.block.text)
    if not m:
        return False
    state.emit("abstract", label=m.group(0))
    return True


def continuation(state: State) -> bool:
    """A block that carries on the previous page's paragraph (the page layer says so)."""
    if state.zone not in ("preface", "body") or not state.block.continues:
        return False
    if state.last is None or state.last.type not in ("paragraph", "abstract", "note",
                                                      "division_note"):
        return False
    following = state.peek()
    if following is not None and dateline_when(following.text):
        return False  # a signature over its dateline: the preface's closer
    state.emit("paragraph")
    return True


def paragraph(state: State) -> bool:
    """Anything else is a paragraph (or part of one that a page break split)."""
    state.emit("paragraph")
    return True

"""Rule for the table of contents, in every layout the genre uses within one list.

Layouts: title line then a leader line `.....<TAB>author (page)`; leaders of any length,
with or without spaces; full-width `（357）`; title and author tab-separated on one line
without leaders; `后记.....（445）` with no author; trailing tabs; authors joined by `、`.
"""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.detect.levels import assign_levels
from teikit.detect.preface import squeeze
from teikit.model import ContentsEntry

CONTENTS_TITLES = {"目录", "目次", "目錄", "CONTENTS", "Contents"}
_LEADER = r"(?:\.{2,}|…+|·{2,}|．{2,}|-{3,})"
_PAGE = r"(?P<open>[(（])?\s*(?P<page>\d{1,4})\s*(?P<close>[)）])?"
LEADER_LINE = re.compile(rf"^\s*(?P<leader>{_LEADER})\s*(?P<authors>.*?)\s*{_PAGE}\s*$")
FULL_LINE = re.compile(rf"^(?P<title>.+?)\s*(?P<leader>{_LEADER})\s*(?P<authors>.*?)\s*{_PAGE}\s*$")
TAB_LINE = re.compile(r"^(?P<title>[^\t]+?)\t+\s*(?P<authors>[^\t]*?)\s*[(（]\s*(?P<page>\d{1,4})"
                      r"\s*[)）]\s*$")
#: pdftotext -layout: title, author and page apart by runs of spaces.
SPACED_LINE = re.compile(r"^(?P<title>\S.*?)\s{2,}(?:(?P<authors>\S.*?)\s{2,})?[(（]\s*"
                         r"(?P<page>\d{1,4})\s*[)）]\s*$")
AUTHOR_SEPARATORS = re.compile(r"\s*([、；;])\s*")


def is_contents_head(text: str) -> bool:
    return squeeze(text) in CONTENTS_TITLES


def split_authors(text: str) -> tuple[list[str], list[str]]:
    """Authors and the separators printed between them (`甲、乙` → [甲, 乙], [、])."""
    text = text.strip()
    if not text:
        return [], []
    parts = AUTHOR_SEPARATORS.split(text)
    return [p for p in parts[0::2] if p], parts[1::2]


def _entry(title: str, m: re.Match, line: int, two_lines: bool) -> ContentsEntry | None:
    groups = m.groupdict()
    leader = groups.get("leader") or ""
    authors, seps = split_authors(groups.get("authors") or "")
    open_, close = _brackets(m)
    if not leader and not open_:
        return None  # a bare number after a tab is not enough evidence of an entry
    return ContentsEntry(title=title.strip(), authors=authors, separators=seps,
                         page=str(int(groups["page"])), leader=leader, page_open=open_,
                         page_close=close, two_lines=two_lines, line=line)


def _brackets(m: re.Match) -> tuple[str, str]:
    text = m.group(0)
    page_at = m.start("page")
    before = text[:page_at - m.start()].rstrip()
    after = text[m.end("page") - m.start():].strip()
    open_ = before[-1] if before and before[-1] in "(（" else ""
    close = after[:1] if after[:1] in (")", "）") else ""
    return open_, close


def parse_line(text: str, line: int) -> ContentsEntry | None:
    """An entry complete on one line, or None."""
    stripped = text.rstrip().lstrip(" ")  # a -layout left margin
    for pattern in (FULL_LINE, TAB_LINE, SPACED_LINE):
        m = pattern.match(stripped)
        if m:
            entry = _entry(m.group("title"), m, line, two_lines=False)
            if entry:
                return entry
    return None


def contents(state: State) -> bool:
    """`目 录` and every entry after it, until a block that is no entry (the first chapter)."""
    if state.zone not in ("front", "preface") or len(state.block.lines) != 1:
        return False
    if not is_contents_head(state.block.text):
        return False
    lines = []  # (SourceLine, block offset, the line as printed: its indent kept)
    offset = 1
    while state.pos + offset < len(state.blocks):
        block = state.blocks[state.pos + offset]
        printed = [sl.text for sl in block.lines]
        if len(block.lines) == 1 and block.source_lines:  # lines joined: the first as printed
            printed = [block.source_lines[0].text]
        lines.extend((sl, offset, raw) for sl, raw in zip(block.lines, printed))
        offset += 1
    entries, used_blocks = _read_entries(lines, state)
    if not entries:
        return False  # a lone heading is no table of contents
    state.contents_entries = entries
    state.entries_by_title = None  # rebuilt for the new entries
    state.emit("contents", 1 + used_blocks, entries=entries)
    state.zone = "body"
    return True


def _read_entries(lines, state: State) -> tuple[list[ContentsEntry], int]:
    entries: list[ContentsEntry] = []
    raws: list[str] = []  # each entry's first printed line, indent included
    used = 0
    i = 0
    while i < len(lines):
        sl, block_offset, raw = lines[i]
        entry = parse_line(sl.text, sl.line)
        if entry is None and i + 1 < len(lines):
            nxt = lines[i + 1][0]
            m = LEADER_LINE.match(nxt.text.rstrip())
            if m and not LEADER_LINE.match(sl.text.rstrip()):
                entry = _entry(sl.text, m, sl.line, two_lines=True)
                if entry:
                    i += 1
                    block_offset = lines[i][1]
        if entry is None:
            if LEADER_LINE.match(sl.text.rstrip()):
                state.reporter.warning("contents: leader line without a title", sl.line,
                                       rule="contents-orphan-leader")
                used = block_offset
                i += 1
                continue
            break
        entry.number = len(entries) + 1
        entries.append(entry)
        raws.append(raw)
        used = block_offset
        i += 1
    assign_levels(entries, raws)
    return entries, used

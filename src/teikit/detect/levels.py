"""Rule table for the level of a contents entry: its numbering scheme, else its indent.

A monograph's contents list 第X节 under each 第X章 (and 一、/（一） under those, 第X编/第X部分
above them), indented or not. Each entry's level is read from the first rule that knows it:
the numbering scheme of its title ranks it (part → chapter → section → …), an unnumbered entry
(前言, 参考文献, 后记) is indented like the entries of its level or stands at the top. The ranks
found are then packed (the outermost scheme present is level 0), so that an edited volume of
unnumbered reports and a 章/节 monograph both start at 0. Typography (font size, bold) would be
a third rule; a raw text has none to read.
"""
from __future__ import annotations

import re
from typing import Callable

_CN = "〇零一二三四五六七八九十百两"

#: (scheme, pattern of the title's label, rank): outermost first. The decimal scheme ranks by
#: its depth (1.1 a section, 1.1.1 below it).
NUMBERINGS: list[tuple[str, re.Pattern, int]] = [
    ("part-cn", re.compile(rf"^第[{_CN}\d]+(编|部分|篇|卷)"), 0),
    ("chapter-cn", re.compile(rf"^第[{_CN}\d]+章"), 1),
    ("section-cn", re.compile(rf"^第[{_CN}\d]+节"), 2),
    ("cn-comma", re.compile(rf"^[{_CN}]+、"), 3),
    ("cn-paren", re.compile(rf"^[（(][{_CN}]+[）)]"), 4),
    ("arabic-paren", re.compile(r"^[（(]\d{1,2}[）)]"), 6),
]
DECIMAL = re.compile(r"^\d{1,2}((?:[.．]\d{1,2})+)(?![.．\d])")

#: div/@type by depth below the parts (a part's own type is "part").
DIVISION_TYPES = ["chapter", "section", "subsection", "subsubsection", "subsubsubsection"]


def by_numbering(title: str, raw: str) -> tuple[str, int] | None:
    """(scheme, rank) of the title's printed numbering: 第三章 → chapter, 第二节 → section."""
    for scheme, pattern, rank in NUMBERINGS:
        if pattern.match(title):
            return scheme, rank
    m = DECIMAL.match(title)
    if m:
        return "decimal", 1 + len(re.findall(r"[.．]", m.group(1)))
    return None


def indent_width(raw: str) -> int:
    """Leading spaces of the printed line: an ASCII space 1, a full-width space 2, a tab 4."""
    width = 0
    for char in raw:
        if char == " ":
            width += 1
        elif char == "\u3000":
            width += 2
        elif char == "\t":
            width += 4
        else:
            break
    return width


#: (name, rule): the first rule that returns a value gives an entry's scheme and rank.
LEVEL_RULES: list[tuple[str, Callable[[str, str], tuple[str, int] | None]]] = [
    ("numbering", by_numbering),
]


def _ranked(title: str, raw: str) -> tuple[str, int] | None:
    for _name, rule in LEVEL_RULES:
        found = rule(title, raw)
        if found is not None:
            return found
    return None


def assign_levels(entries: list, raws: list[str]) -> None:
    """Set ``level``, ``scheme`` and ``div_type`` on every entry (``raws``: each entry's first
    printed line, its indent included)."""
    if not entries:
        return
    indents = [indent_width(raw) for raw in raws]
    margin = min(indents)
    indents = [w - margin for w in indents]
    ranked = [_ranked(e.title, raw) for e, raw in zip(entries, raws)]
    if any(ranked):
        ranks = [r[1] if r else None for r in ranked]
    else:  # nothing numbered: the indents are the levels
        ranks = list(indents)
    by_indent: dict[int, int] = {}  # indent → rank of the last entry printed with it
    for k, rank in enumerate(ranks):
        if rank is not None:
            by_indent[indents[k]] = rank
        elif indents[k] and indents[k] in by_indent:  # indented like a numbered level
            ranks[k] = by_indent[indents[k]]
    present = sorted({r for r in ranks if r is not None})
    packed = {rank: level for level, rank in enumerate(present)}
    has_parts = any(r and r[0] == "part-cn" for r in ranked)
    for k, entry in enumerate(entries):
        entry.level = packed[ranks[k]] if ranks[k] is not None else 0
        entry.scheme = ranked[k][0] if ranked[k] else ""
        if entry.scheme == "part-cn":
            entry.div_type = "part"
        else:
            depth = max(entry.level - (1 if has_parts else 0), 0)
            entry.div_type = DIVISION_TYPES[min(depth, len(DIVISION_TYPES) - 1)]

"""Rules for the front matter: title-page lines, the CIP block, the colophon table and notices."""
from __future__ import annotations

import re

from teikit.detect import State
from teikit.names import ROLE_WORD

CIP_HEAD = re.compile(r"^\s*图书在版编目\s*[(（]\s*CIP\s*[)）]\s*数据\s*$")
CIP_APPROVAL = re.compile(r"CIP\s*数据\s*核字")
#: Keys a colophon table uses (版权页); unknown keys are accepted when the row shape fits.
COLOPHON_KEYS = {"出版", "发行", "经销", "印刷", "开本", "印张", "字数", "版次", "印次", "书号",
                 "定价", "出版发行", "出版者", "发行者", "印刷者", "社址", "邮编", "电话", "网址",
                 "责任编辑", "责任校对", "责任印制", "封面设计", "装帧设计", "版式设计", "排版",
                 "制版", "规格", "印数", "ISBN"}
_ROW = re.compile(r"^([^\t]{1,8})\t(.*)$|^\s*([^\s\t]{1,8})(?: {2,}(.*)|\s*)$")  # tab or -layout spaces


def cip_block(state: State) -> bool:
    """`图书在版编目 (CIP) 数据` up to and including the 核字 approval-number line."""
    if state.zone != "front" or not CIP_HEAD.match(state.block.lines[0].text):
        return False
    count = 1
    while state.pos + count < len(state.blocks):
        block = state.blocks[state.pos + count]
        if _is_colophon(block):
            break
        count += 1
        if CIP_APPROVAL.search(block.text):
            break
    state.emit("cip", count)
    return True


def _is_colophon(block) -> bool:
    rows = [_ROW.match(sl.text) for sl in block.lines]
    if not all(rows):
        return False
    known = sum(1 for m in rows if _key(m) in COLOPHON_KEYS)
    return known >= 1 and known * 2 >= len(rows)


def _key(m: re.Match) -> str:
    return (m.group(1) if m.group(1) is not None else m.group(3)).strip()


def colophon_table(state: State) -> bool:
    """A block of `key<TAB>value` rows, most keys being colophon keys (出版, 印刷, 定价 …)."""
    if state.zone != "front" or not _is_colophon(state.block):
        return False
    rows = [(_key(m), (m.group(2) if m.group(1) is not None else m.group(4) or "").strip(),
             sl.line) for sl in state.block.lines for m in [_ROW.match(sl.text)]]
    state.emit("colophon", rows=rows)
    return True


def colophon_notice(state: State) -> bool:
    """Short loose lines after the colophon table: copyright, design credit, quality notice."""
    if state.zone != "front" or "colophon" not in state.seen:
        return False
    if len(state.block.lines) > 3 or len(state.block.text) > 120:
        return False
    state.emit("notice")
    return True


# --- title pages ------------------------------------------------------------------

_FUNDING = re.compile(r"(资助|基金|项目|資助|基金會)")
_PRIZE = re.compile(r"(优秀|優秀|获奖|獲獎|[一二三]等奖|奖)")
_SERIES = re.compile(r"([(（]\s*[\d一二三四五六七八九十]+\s*[)）]$|丛书|叢書|文库|文庫|系列)")
_BYLINE = re.compile(rf"(◎|{ROLE_WORD})\s*$")
_IMPRINT = re.compile(r"(出版社|出版集团|出版集團|出版公司|书局|書局|印书馆|印書館|出版传媒)\s*$")


def title_line_role(text: str) -> str:
    """The role a title-page line plays, from its wording alone."""
    if _IMPRINT.search(text):
        return "imprint"
    if _BYLINE.search(text) and len(text) <= 30:
        return "byline"
    if _FUNDING.search(text):
        return "funding"
    if _PRIZE.search(text) and len(text) > 8:
        return "prize"
    if _SERIES.search(text):
        return "series"
    return "title"


def title_block(state: State) -> bool:
    """Any block before the CIP block, the colophon and the preface: title-page lines."""
    if state.zone != "front" or {"cip", "colophon"} & state.seen:
        return False
    state.emit("title_block")
    return True

"""Citations in footnotes tagged in place: Chinese note style and GB/T 7714-2015.

``parse_citation`` cuts a note's text into plain strings and ``Bibl``s whose fields keep
the printed characters: joining the strings and ``Bibl.text()`` gives the input back
exactly. Text that is not a citation (commentary) stays a plain string; no field is
ever filled in that the printed text does not give.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from teikit.model import Bibl, Field, merge_strings

# A rule finds one citation in a segment: (start, end, kind, [(start, end, field, attrs)]).
Found = tuple[int, int, str, list[tuple[int, int, str, dict[str, str]]]]

_SEGMENT_SEPARATOR = re.compile(r"；")
_NAME = r"[^，,。；;：:《》、\s\[\]【】“”]{1,40}"
_LEAD_WORDS = re.compile(r"(?:可参见|请参见|参见|另见|详见|转引自|引自|参阅|见)")
_NOTE_ROLE = re.compile(r"(?:等)?(?:主编|编著|编|著|译)$")
_PAGES = r"第\s*(?P<pfrom>\d+)(?:\s*[—\-–~－至]+\s*(?P<pto>\d+))?\s*页"
_END = r"\s*[。.]?"

# --- Chinese note style ----------------------------------------------------------

# A nationality before a translated author's name: 〔美〕, [英], （法）, 【德】.
_NATIONALITY = r"(?:[〔\[［【(（][^〔〕\[\]［］【】()（）]{1,4}[〕\]］】)）]\s*)"
_PERSON = _NATIONALITY + r"?" + _NAME
_NOTE_AUTHORS = re.compile(r"(?P<authors>" + _PERSON + r"(?:、" + _PERSON + r")*)\s*[：:]\s*$")
_RESP = r"(?P<resp>" + _NAME + r"(?:、" + _NAME + r")*?)\s*(?P<role>等?(?:译|译校|编译|主编|编|校注|整理))"
_DATE = (r"(?P<date>(?P<year>\d{4})\s*年(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?)?)")
_IMPRINT = (r"\s*[，,]\s*(?:(?P<place>[^，,：:。《》\d]{1,10})\s*[：:]\s*)?"
            r"(?P<publisher>[^，,。；《》\d]{2,40}?)\s*[，,]?\s*" + _DATE +
            r"\s*(?:第\d+次印刷)?(?:版|出版)")
_LOCATOR = r"(?:\s*[，,]\s*(?P<pages>" + _PAGES + r"))?" + _END
_VOLUME = r"(?P<vol>第[\d一二三四五六七八九十]+[卷册]|[上中下]册|[上中下]卷)?"
_NOTE_BOOK = re.compile(r"《(?P<title>[^《》]+)》" + _VOLUME +
                        r"(?:\s*[，,]\s*" + _RESP + r")?" + _IMPRINT + _LOCATOR)
# 载张三主编：《书名》 — a chapter in an edited book (the editors before the book's title).
_NOTE_CHAPTER = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]?\s*(?:载于|载|见|收入)\s*(?:(?P<eds>" + _PERSON + r"(?:、" +
    _PERSON + r")*?)\s*(?P<erole>等?(?:主编|编著|编))?\s*[：:]\s*)?《(?P<container>[^《》]+)》" +
    _VOLUME + _IMPRINT + _LOCATOR)
_NOTE_NEWSPAPER = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]?\s*(?:载)?《(?P<journal>[^《》]+)》\s*[，,]?\s*"
    r"(?P<date>(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日)"
    r"(?:\s*[，,]?\s*(?P<pages>第\s*(?P<pfrom>\d+)\s*版))?" + _END)
_NOTE_JOURNAL = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]?\s*(?:载)?《(?P<journal>[^《》]+)》\s*[，,]?\s*"
    r"(?P<date>(?P<year>\d{4})\s*年)\s*(?P<issue>第\s*(?P<ifrom>\d+)\s*期)" + _LOCATOR)
_DEGREE = r"(?P<genre>(?:博士|硕士|学士)(?:学位)?论文)"
_NOTE_THESIS = [
    re.compile(r"《(?P<title>[^《》]+)》\s*[，,]\s*" + _DEGREE + r"\s*[，,]\s*"
               r"(?P<publisher>[^，,。；《》\d]{2,30}?)\s*[，,]\s*" + _DATE + _LOCATOR),
    re.compile(r"《(?P<title>[^《》]+)》\s*[，,]\s*(?P<publisher>[^，,。；《》\d]{2,30}?)"
               + _DEGREE + r"\s*[，,]\s*" + _DATE + _LOCATOR),
]
_NOTE_REPORT = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]\s*(?P<genre>(?:研究|调研|调查|咨询|工作|评估)报告)\s*[，,]\s*"
    r"(?P<publisher>[^，,。；《》\d]{2,40}?)\s*[，,]?\s*" + _DATE + r"\s*(?:印)?" + _LOCATOR)
_NOTE_ARCHIVE = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]\s*(?:" + _DATE + r"\s*[，,]\s*)?"
    r"(?P<repo>[^，,。；《》\d]{2,30}?(?:档案馆|档案室|档案局))藏\s*[，,]\s*"
    r"档案号\s*[：:]\s*(?P<id>[A-Za-z0-9０-９Ａ-Ｚａ-ｚ](?:[\w\-－—/·]|\.(?=\w))*)" + _END)


def _access(p: str) -> str:
    """An access date ``2013年1月2日``; its groups are named ``{p}access``, ``{p}year``, …"""
    return (rf"(?P<{p}access>(?P<{p}year>\d{{4}})\s*年\s*(?P<{p}month>\d{{1,2}})\s*月\s*"
            rf"(?P<{p}day>\d{{1,2}})\s*日)")


_NOTE_WEB = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]\s*(?:(?P<publisher>[^，,。；《》\d:：/]{2,30}?)\s*[，,]\s*)?"
    r"(?:" + _DATE + r"\s*[，,]\s*)?(?P<url>https?://[^\s，,。；;（）()]+?)\s*[，,]\s*"
    r"(?:(?:访问|浏览|登录|引用)(?:日期|时间)\s*[：:]\s*" + _access("a") + r"|" + _access("b")
    + r"\s*(?:访问|浏览|登录|引用))" + _END)

_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _ascii(value: str) -> str:
    """An attribute value with full-width digits as ASCII (the printed text keeps them)."""
    return value.translate(_ASCII_DIGITS)


def _when(m: re.Match, prefix: str = "") -> str:
    """ISO date of a printed ``2012年4月9日`` from the groups year, month, day (with ``prefix``)."""
    year, month, day = (m.groupdict().get(prefix + k) for k in ("year", "month", "day"))
    when = _ascii(year)
    if month:
        when += f"-{int(_ascii(month)):02d}"
        if day:
            when += f"-{int(_ascii(day)):02d}"
    return when


def _page_attrs(m: re.Match, unit: str = "page") -> dict[str, str]:
    pfrom = _ascii(m.group("pfrom"))
    pto = m.groupdict().get("pto")
    return {"unit": unit, "from": pfrom, "to": _ascii(pto) if pto else pfrom}


def _names(text: str, start: int, end: int, field: str, attrs=None):
    """One field per ``、``-separated name in ``text[start:end]``, nationality prefixes left out."""
    fields = []
    for name in re.finditer(r"[^、]+", text[start:end]):
        n_start, n_end = start + name.start(), start + name.end()
        nat = re.match(_NATIONALITY, text[n_start:n_end])
        if nat:
            n_start += nat.end()
        role = _NOTE_ROLE.search(text[n_start:n_end])
        name_field = field
        if role and field == "author":
            name_field = "editor" if "编" in role.group() else "author"
        if role:
            n_end -= len(role.group())
        if n_end > n_start:
            fields.append((n_start, n_end, name_field, dict(attrs or {})))
    return fields


def _note_authors(text: str, title_start: int) -> tuple[int, list] | None:
    """Where the responsibility printed before ``：《`` starts, and its name fields; ``None`` if none."""
    m = _NOTE_AUTHORS.search(text[:title_start])
    if not m:
        return None
    start = m.start("authors")
    lead = _LEAD_WORDS.match(text, start)
    if lead:
        start = lead.end()
    return start, _names(text, start, m.end("authors"), "author")


def _resp_fields(m: re.Match, group: str = "resp", role_group: str = "role"):
    """Translators (``王列、赖海榕译``) and other responsibility after a title."""
    if not m.group(group):
        return []
    role = m.group(role_group) or ""
    attrs = {"role": "translator"} if "译" in role else {}
    return _names(m.string, m.start(group), m.end(group), "editor", attrs)


def _note_style(text: str) -> Found | None:
    for title in re.finditer(r"《", text):
        for _name, rule in NOTE_RULES:
            found = rule(text, title.start())
            if found:
                return found
    return None


def _imprint_fields(m: re.Match) -> list:
    fields = []
    if m.group("vol"):
        fields.append((m.start("vol"), m.end("vol"), "biblScope", {"unit": "volume"}))
    if m.group("place"):
        fields.append((m.start("place"), m.end("place"), "pubPlace", {}))
    fields.append((m.start("publisher"), m.end("publisher"), "publisher", {}))
    fields.append((m.start("date"), m.end("date"), "date", {"when": _when(m)}))
    return fields + _locator(m)


def _locator(m: re.Match) -> list:
    if not m.group("pages"):
        return []
    return [(m.start("pages"), m.end("pages"), "biblScope", _page_attrs(m))]


def _note_book(text: str, at: int) -> Found | None:
    m = _NOTE_BOOK.match(text, at)
    if not m:
        return None
    fields = [(m.start("title"), m.end("title"), "title", {"level": "m"})]
    fields += _resp_fields(m) + _imprint_fields(m)
    return _with_authors(text, at, m.end(), "book", fields)


def _note_chapter(text: str, at: int) -> Found | None:
    m = _NOTE_CHAPTER.match(text, at)
    if not m:
        return None
    fields = [(m.start("title"), m.end("title"), "title", {"level": "a"})]
    if m.group("eds"):
        fields += _names(text, m.start("eds"), m.end("eds"), "editor")
    fields.append((m.start("container"), m.end("container"), "title", {"level": "m"}))
    return _with_authors(text, at, m.end(), "chapter", fields + _imprint_fields(m))


def _note_article(text: str, at: int) -> Found | None:
    m = _NOTE_NEWSPAPER.match(text, at)
    kind = "article-newspaper"
    if not m:
        m, kind = _NOTE_JOURNAL.match(text, at), "article-journal"
    if not m:
        return None
    fields = [(m.start("title"), m.end("title"), "title", {"level": "a"}),
              (m.start("journal"), m.end("journal"), "title", {"level": "j"}),
              (m.start("date"), m.end("date"), "date", {"when": _when(m)})]
    if kind == "article-journal":
        issue = _ascii(m.group("ifrom"))
        fields.append((m.start("issue"), m.end("issue"), "biblScope",
                       {"unit": "issue", "from": issue, "to": issue}))
        fields += _locator(m)
    elif m.group("pages"):
        pfrom = _ascii(m.group("pfrom"))
        fields.append((m.start("pages"), m.end("pages"), "biblScope",
                       {"unit": "page", "from": pfrom, "to": pfrom}))
    return _with_authors(text, at, m.end(), kind, fields)


def _unpublished(m: re.Match, kind: str, text: str, at: int) -> Found:
    fields = [(m.start("title"), m.end("title"), "title", {"level": "m"}),
              (m.start("publisher"), m.end("publisher"), "publisher", {}),
              (m.start("date"), m.end("date"), "date", {"when": _when(m)})]
    return _with_authors(text, at, m.end(), kind, fields + _locator(m))


def _note_thesis(text: str, at: int) -> Found | None:
    for pattern in _NOTE_THESIS:
        m = pattern.match(text, at)
        if m:
            return _unpublished(m, "thesis", text, at)
    return None


def _note_report(text: str, at: int) -> Found | None:
    m = _NOTE_REPORT.match(text, at)
    return _unpublished(m, "report", text, at) if m else None


def _note_archive(text: str, at: int) -> Found | None:
    m = _NOTE_ARCHIVE.match(text, at)
    if not m:
        return None
    fields = [(m.start("title"), m.end("title"), "title", {"level": "u"})]
    if m.group("date"):
        fields.append((m.start("date"), m.end("date"), "date", {"when": _when(m)}))
    fields.append((m.start("repo"), m.end("repo"), "orgName", {"role": "repository"}))
    fields.append((m.start("id"), m.end("id"), "num", {"type": "archive"}))
    return _with_authors(text, at, m.end(), "manuscript", fields)


def _note_web(text: str, at: int) -> Found | None:
    m = _NOTE_WEB.match(text, at)
    if not m:
        return None
    fields = [(m.start("title"), m.end("title"), "title", {"level": "a"})]
    if m.group("publisher"):
        fields.append((m.start("publisher"), m.end("publisher"), "publisher", {}))
    if m.group("date"):
        fields.append((m.start("date"), m.end("date"), "date", {"when": _when(m)}))
    fields.append((m.start("url"), m.end("url"), "idno", {"type": "URI"}))
    p = "a" if m.group("aaccess") else "b"
    fields.append((m.start(p + "access"), m.end(p + "access"), "date",
                   {"type": "access", "when": _when(m, p)}))
    return _with_authors(text, at, m.end(), "webpage", fields)


def _with_authors(text: str, at: int, end: int, kind: str, fields) -> Found:
    found = _note_authors(text, at)
    if not found:
        return at, end, kind, fields
    start, authors = found  # a nationality prefix (〔美〕) stays inside the citation
    return start, end, kind, authors + fields


#: Note-style rules tried at each ``《``, in order: the first that matches wins.
NOTE_RULES: list[tuple[str, Callable[[str, int], Found | None]]] = [
    ("chapter-in-edited-book", _note_chapter),
    ("book", _note_book),
    ("newspaper-or-journal-article", _note_article),
    ("thesis", _note_thesis),
    ("report", _note_report),
    ("archival-document", _note_archive),
    ("web-page", _note_web),
]


# --- repeated citations: 同上, 同上书, 前引书 ----------------------------------------

_IBID = re.compile(
    r"^(?P<lead>\s*(?:参见|见|另见)?\s*)(?P<cite>(?:(?P<authors>" + _PERSON + r"(?:、" + _PERSON +
    r")*)\s*[：:]\s*)?(?P<ibid>同上书?|同前书?|前引书?|前揭书?|上引书?)"
    r"(?:\s*[，,]\s*(?P<pages>" + _PAGES + r"))?" + _END + r")\s*$")


def _ibid(text: str) -> Found | None:
    """A repeated citation; ``passes.citations`` links it to the work it repeats."""
    m = _IBID.match(text)
    if not m:
        return None
    fields = _names(text, m.start("authors"), m.end("authors"), "author") if m.group("authors") else []
    return m.start("cite"), m.end("cite"), "ibid", fields + _locator(m)


# --- GB/T 7714-2015 --------------------------------------------------------------

_GBT_HEAD = re.compile(
    r"(?P<lead>\[\d+\]\s*)?(?:(?P<authors>[^.\[\]。]+?)\s*[.．]\s*)?(?P<title>[^\[\]]+?)\s*"
    r"\[(?P<code>M|J|N|D|C|R|EB|S|P|Z|A|G)(?:/OL)?\]")
_GBT_PAGES = r"(?P<pfrom>\d+)(?:\s*[-–—~]\s*(?P<pto>\d+))?"
_GBT_IMPRINT = (r"(?:(?P<place>[^:：.,，]+?)\s*[:：]\s*)?(?P<publisher>[^,，.:：]+?)\s*[,，]\s*"
                r"(?P<year>\d{4})(?:\s*[:：]\s*(?P<pages>" + _GBT_PAGES + r"))?")
_GBT_TAILS = {
    "M": re.compile(r"\s*[.．]\s*(?:(?P<others>[^.．:：\[\]]+?)\s*[,，]?\s*(?P<orole>等译|编译|译|校注|注)"
                    r"\s*[.．]\s*)?(?:(?P<edition>\d+\s*版)\s*[.．]\s*)?" + _GBT_IMPRINT + r"\s*[.．]?"),
    # reports, theses, standards, compilations, archival documents, other works: an imprint
    **dict.fromkeys(("R", "D", "S", "G", "A", "Z"),
                    re.compile(r"\s*[.．]\s*" + _GBT_IMPRINT + r"\s*[.．]?")),
    "J": re.compile(r"\s*[.．]\s*(?P<journal>[^,，.]+?)\s*[,，]\s*(?P<year>\d{4})\s*"
                    r"(?:[,，]\s*(?P<vol>\d+)\s*)?(?:\(\s*(?P<issue>\d+)\s*\)\s*)?"
                    r"(?:[:：]\s*(?P<pages>" + _GBT_PAGES + r"))?\s*[.．]?"),
    "N": re.compile(r"\s*[.．]\s*(?P<journal>[^,，.]+?)\s*[,，]\s*"
                    r"(?P<date>(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2}))\s*"
                    r"(?:\(\s*(?P<pages>(?P<pfrom>\d+))\s*\))?\s*[.．]?"),
    "C": re.compile(r"\s*(?://\s*(?:(?P<eds>[^.．/]+?)\s*[.．]\s*)?(?P<container>(?:[^.．:：]|"
                    r"\.(?=\d))+?)|)"
                    r"\s*[.．]\s*" + _GBT_IMPRINT + r"\s*[.．]?"),
    # a patent: "申请者. 题名: 国别, 专利号[P]. 公告日期."
    "P": re.compile(r"\s*[.．]\s*(?P<date>(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2}))"
                    r"(?:\s*\[[\d-]+\])?(?:\s*[.．]\s*(?P<url>https?://\S+?))?\s*[.．]?"),
    "EB": re.compile(r"\s*[.．]\s*(?:\((?P<date>(?P<year>\d{4})(?:-\d{1,2}){0,2})\))?\s*"
                     r"(?:\[[\d-]+\])?\s*[.．]?\s*(?P<url>https?://\S+?)\s*[.．]?$"),
}
_GBT_KINDS = {"M": "book", "R": "report", "D": "thesis", "J": "article-journal",
              "N": "article-newspaper", "C": "paper-conference", "EB": "webpage",
              "S": "standard", "P": "patent", "G": "book", "A": "manuscript", "Z": "document"}
_GBT_AUTHOR_SEP = re.compile(r"\s*[,，]\s*")
_ET_AL = re.compile(r"^(?:等|et\s+al\.?)$")


_GBT_LEAD = re.compile(r"\s*" + _LEAD_WORDS.pattern + r"\s*[：:]?\s*")


def _gbt(text: str) -> Found | None:
    lead = _GBT_LEAD.match(text)  # "参见" before a reference is not its author
    head = _GBT_HEAD.search(text, lead.end() if lead else 0)
    if not head:
        return None
    code = head.group("code")
    tail = _GBT_TAILS[code].match(text, head.end())
    if not tail:
        return None
    start = head.end("lead") if head.group("lead") else head.start()
    fields = _gbt_authors(head, "authors", "author")
    article = code in ("J", "N") or (code == "C" and tail.group("container"))
    fields.append((head.start("title"), head.end("title"), "title",
                   {"level": "a" if article else "m"}))
    fields += _gbt_tail_fields(code, tail)
    # A whole proceedings volume ([C] without "//container") is a book, not a paper.
    kind = _GBT_KINDS[code] if article or code != "C" else "book"
    return start, tail.end(), kind, fields


def _gbt_authors(m: re.Match, group: str, field: str):
    if not m.group(group):
        return []
    base, fields = m.start(group), []
    for name in re.finditer(r"[^,，]+", m.group(group)):
        stripped = name.group().strip()
        if not stripped or _ET_AL.match(stripped):
            continue
        offset = name.start() + name.group().index(stripped)
        fields.append((base + offset, base + offset + len(stripped), field, {}))
    return fields


def _span(m: re.Match, group: str, name: str, attrs: dict[str, str]):
    return [(m.start(group), m.end(group), name, attrs)] if m.group(group) else []


def _gbt_tail_fields(code: str, t: re.Match):
    g = t.groupdict()
    fields = []
    if code == "C":
        fields += _gbt_authors(t, "eds", "editor")
        fields += _span(t, "container", "title", {"level": "m"})
    if code in ("J", "N"):
        fields += _span(t, "journal", "title", {"level": "j"})
    if g.get("others"):  # other responsibility, GB/T 7714 4.1: "林荣远, 译."
        role = "translator" if "译" in t.group("orole") else "editor"
        fields += [(start, end, "editor", {"role": role})
                   for start, end, _, _ in _gbt_authors(t, "others", "editor")]
    if g.get("edition"):
        fields += _span(t, "edition", "edition", {})
    if "publisher" in g:
        fields += _span(t, "place", "pubPlace", {})
        fields += _span(t, "publisher", "publisher", {})
    if code in ("N", "P"):
        fields += _span(t, "date", "date", {"when": _when(t)})
    elif code == "EB":
        fields += _span(t, "date", "date", {"when": _ascii(t.group("date") or "")})
    else:
        fields += _span(t, "year", "date", {"when": _ascii(t.group("year"))})
    if code in ("EB", "P"):
        fields += _span(t, "url", "idno", {"type": "URI"})
    if g.get("vol"):
        vol = _ascii(g["vol"])
        fields += _span(t, "vol", "biblScope", {"unit": "volume", "from": vol, "to": vol})
    if g.get("issue"):
        issue = _ascii(g["issue"])
        fields += _span(t, "issue", "biblScope", {"unit": "issue", "from": issue, "to": issue})
    if g.get("pages"):
        fields += _span(t, "pages", "biblScope", _page_attrs(t))
    return fields


# --- assembly --------------------------------------------------------------------

#: Rules tried in order on each segment of a note; the first that finds a citation wins.
RULES: list[tuple[str, Callable[[str], Found | None]]] = [
    ("repeated", _ibid),
    ("gbt7714", _gbt),
    ("note-style", _note_style),
]


def parse_citation(text: str, line: int = 0) -> list[str | Bibl]:
    """Tag the citations in a note's text; ``；`` separates several citations."""
    out: list[str | Bibl] = []
    last = 0
    for sep in list(_SEGMENT_SEPARATOR.finditer(text)) + [None]:
        end = sep.start() if sep else len(text)
        out.extend(_parse_segment(text[last:end], line))
        if sep:
            out.append(sep.group())
            last = sep.end()
    return merge_strings(out)


def _parse_segment(segment: str, line: int) -> list[str | Bibl]:
    for _name, rule in RULES:
        found = rule(segment)
        if found:
            start, end, kind, fields = found
            bibl = Bibl(kind, _parts(segment, start, end, fields), line=line)
            return [segment[:start], bibl, segment[end:]]
    return [segment]


def _parts(text: str, start: int, end: int, fields) -> list[str | Field]:
    parts: list[str | Field] = []
    cursor = start
    for f_start, f_end, name, attrs in sorted(fields, key=lambda f: f[0]):
        if f_start < cursor or f_end <= f_start:
            continue  # overlapping or empty: keep the text plain rather than guess
        parts.append(text[cursor:f_start])
        parts.append(Field(name, text[f_start:f_end], {k: v for k, v in attrs.items() if v}))
        cursor = f_end
    parts.append(text[cursor:end])
    return [p for p in parts if not (isinstance(p, str) and not p)]

"""Citations in the Chinese note style, one rule per kind of work: books (translated ones
with their nationality prefix and translators), chapters in edited books, journal and
newspaper articles, theses, reports, archival documents, web pages with access dates."""
from __future__ import annotations

import re
from collections.abc import Callable

from teikit.citations.fields import (END, LEAD_WORDS, NAME, PAGES, PERSON, Found,
                                     ascii_digits, iso_date, locator, names)
from teikit.names import CITED_EDITOR_ROLES, CITED_RESP_ROLES

_NOTE_AUTHORS = re.compile(r"(?P<authors>" + PERSON + r"(?:、" + PERSON + r")*)\s*[：:]\s*$")
_RESP = (r"(?P<resp>" + NAME + r"(?:、" + NAME + r")*?)\s*(?P<role>等?(?:" +
         "|".join(CITED_RESP_ROLES) + "))")
_DATE = (r"(?P<date>(?P<year>\d{4})\s*年(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?)?)")
_IMPRINT = (r"\s*[，,]\s*(?:(?P<place>[^，,：:。《》\d]{1,10})\s*[：:]\s*)?"
            r"(?P<publisher>[^，,。；《》\d]{2,40}?)\s*[，,]?\s*" + _DATE +
            r"\s*(?:第\d+次印刷)?(?:版|出版)")
_LOCATOR = r"(?:\s*[，,]\s*(?P<pages>" + PAGES + r"))?" + END
_VOLUME = r"(?P<vol>第[\d一二三四五六七八九十]+[卷册]|[上中下]册|[上中下]卷)?"
_NOTE_BOOK = re.compile(r"《(?P<title>[^《》]+)》" + _VOLUME +
                        r"(?:\s*[，,]\s*" + _RESP + r")?" + _IMPRINT + _LOCATOR)
# 载张三主编：《书名》 — a chapter in an edited book (the editors before the book's title).
_NOTE_CHAPTER = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]?\s*(?:载于|载|见|收入)\s*(?:(?P<eds>" + PERSON + r"(?:、" +
    PERSON + r")*?)\s*(?P<erole>等?(?:" + "|".join(CITED_EDITOR_ROLES) + r"))?\s*[：:]\s*)?"
    r"《(?P<container>[^《》]+)》" +
    _VOLUME + _IMPRINT + _LOCATOR)
_NOTE_NEWSPAPER = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]?\s*(?:载)?《(?P<journal>[^《》]+)》\s*[，,]?\s*"
    r"(?P<date>(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日)"
    r"(?:\s*[，,]?\s*(?P<pages>第\s*(?P<pfrom>\d+)\s*版))?" + END)
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
    r"档案号\s*[：:]\s*(?P<id>[A-Za-z0-9０-９Ａ-Ｚａ-ｚ](?:[\w\-－—/·]|\.(?=\w))*)" + END)


def _access(p: str) -> str:
    """An access date ``2013年1月2日``; its groups are named ``{p}access``, ``{p}year``, …"""
    return (rf"(?P<{p}access>(?P<{p}year>\d{{4}})\s*年\s*(?P<{p}month>\d{{1,2}})\s*月\s*"
            rf"(?P<{p}day>\d{{1,2}})\s*日)")


_NOTE_WEB = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]\s*(?:(?P<publisher>[^，,。；《》\d:：/]{2,30}?)\s*[，,]\s*)?"
    r"(?:" + _DATE + r"\s*[，,]\s*)?(?P<url>https?://[^\s，,。；;（）()]+?)\s*[，,]\s*"
    r"(?:(?:访问|浏览|登录|引用)(?:日期|时间)\s*[：:]\s*" + _access("a") + r"|" + _access("b")
    + r"\s*(?:访问|浏览|登录|引用))" + END)


def _note_authors(text: str, title_start: int) -> tuple[int, list] | None:
    """Where the responsibility printed before ``：《`` starts, and its name fields; ``None`` if none."""
    m = _NOTE_AUTHORS.search(text[:title_start])
    if not m:
        return None
    start = m.start("authors")
    lead = LEAD_WORDS.match(text, start)
    if lead:
        start = lead.end()
    return start, names(text, start, m.end("authors"), "author")


def _resp_fields(m: re.Match, group: str = "resp", role_group: str = "role"):
    """Translators (``王列、赖海榕译``) and other responsibility after a title."""
    if not m.group(group):
        return []
    role = m.group(role_group) or ""
    attrs = {"role": "translator"} if "译" in role else {}
    return names(m.string, m.start(group), m.end(group), "editor", attrs)


def note_style_citation(text: str) -> Found | None:
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
    fields.append((m.start("date"), m.end("date"), "date", {"when": iso_date(m)}))
    return fields + locator(m)


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
        fields += names(text, m.start("eds"), m.end("eds"), "editor")
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
              (m.start("date"), m.end("date"), "date", {"when": iso_date(m)})]
    if kind == "article-journal":
        issue = ascii_digits(m.group("ifrom"))
        fields.append((m.start("issue"), m.end("issue"), "biblScope",
                       {"unit": "issue", "from": issue, "to": issue}))
        fields += locator(m)
    elif m.group("pages"):
        pfrom = ascii_digits(m.group("pfrom"))
        fields.append((m.start("pages"), m.end("pages"), "biblScope",
                       {"unit": "page", "from": pfrom, "to": pfrom}))
    return _with_authors(text, at, m.end(), kind, fields)


def _unpublished(m: re.Match, kind: str, text: str, at: int) -> Found:
    fields = [(m.start("title"), m.end("title"), "title", {"level": "m"}),
              (m.start("publisher"), m.end("publisher"), "publisher", {}),
              (m.start("date"), m.end("date"), "date", {"when": iso_date(m)})]
    return _with_authors(text, at, m.end(), kind, fields + locator(m))


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
        fields.append((m.start("date"), m.end("date"), "date", {"when": iso_date(m)}))
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
        fields.append((m.start("date"), m.end("date"), "date", {"when": iso_date(m)}))
    fields.append((m.start("url"), m.end("url"), "idno", {"type": "URI"}))
    p = "a" if m.group("aaccess") else "b"
    fields.append((m.start(p + "access"), m.end(p + "access"), "date",
                   {"type": "access", "when": iso_date(m, p)}))
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

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

_NOTE_AUTHORS = re.compile(r"(?P<authors>" + _NAME + r"(?:、" + _NAME + r")*)\s*[：:]\s*$")
_NOTE_BOOK = re.compile(
    r"《(?P<title>[^《》]+)》(?P<vol>第[\d一二三四五六七八九十]+[卷册]|[上中下]册|[上中下]卷)?"
    r"\s*[，,]\s*(?:(?P<place>[^，,：:。《》\d]{1,10})\s*[：:]\s*)?"
    r"(?P<publisher>[^，,。；《》\d]{2,40}?)\s*[，,]?\s*"
    r"(?P<date>(?P<year>\d{4})\s*年(?:\s*(?P<month>\d{1,2})\s*月)?)\s*(?:第\d+次印刷)?(?:版|出版)"
    r"(?:\s*[，,]\s*(?P<pages>" + _PAGES + r"))?" + _END)
_NOTE_NEWSPAPER = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]?\s*(?:载)?《(?P<journal>[^《》]+)》\s*"
    r"(?P<date>(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日)"
    r"(?:\s*[，,]?\s*(?P<pages>第\s*(?P<pfrom>\d+)\s*版))?" + _END)
_NOTE_JOURNAL = re.compile(
    r"《(?P<title>[^《》]+)》\s*[，,]?\s*(?:载)?《(?P<journal>[^《》]+)》\s*"
    r"(?P<date>(?P<year>\d{4})\s*年)\s*(?P<issue>第\s*(?P<ifrom>\d+)\s*期)"
    r"(?:\s*[，,]\s*(?P<pages>" + _PAGES + r"))?" + _END)


def _page_attrs(m: re.Match, unit: str = "page") -> dict[str, str]:
    attrs = {"unit": unit, "from": m.group("pfrom")}
    attrs["to"] = m.group("pto") if "pto" in m.groupdict() and m.group("pto") else m.group("pfrom")
    return attrs


def _note_authors(text: str, title_start: int) -> list[tuple[int, int, str, dict[str, str]]] | None:
    """Author fields printed before ``：《``; ``None`` if none; ``[]`` if the colon has none."""
    m = _NOTE_AUTHORS.search(text[:title_start])
    if not m:
        return None
    start = m.start("authors")
    lead = _LEAD_WORDS.match(text, start)
    if lead:
        start = lead.end()
    fields = []
    for name in re.finditer(r"[^、]+", text[start:m.end("authors")]):
        n_start, n_end = start + name.start(), start + name.end()
        role = _NOTE_ROLE.search(text[n_start:n_end])
        field = "editor" if role and "编" in role.group() else "author"
        fields.append((n_start, n_end - (len(role.group()) if role else 0), field, {}))
    return fields


def _note_style(text: str) -> Found | None:
    for title in re.finditer(r"《", text):
        found = _note_book(text, title.start()) or _note_article(text, title.start())
        if found:
            return found
    return None


def _note_book(text: str, at: int) -> Found | None:
    m = _NOTE_BOOK.match(text, at)
    if not m:
        return None
    fields = [(m.start("title"), m.end("title"), "title", {"level": "m"})]
    if m.group("vol"):
        fields.append((m.start("vol"), m.end("vol"), "biblScope", {"unit": "volume"}))
    if m.group("place"):
        fields.append((m.start("place"), m.end("place"), "pubPlace", {}))
    fields.append((m.start("publisher"), m.end("publisher"), "publisher", {}))
    when = m.group("year") + (f"-{int(m.group('month')):02d}" if m.group("month") else "")
    fields.append((m.start("date"), m.end("date"), "date", {"when": when}))
    if m.group("pages"):
        fields.append((m.start("pages"), m.end("pages"), "biblScope", _page_attrs(m)))
    return _with_authors(text, at, m.end(), "book", fields)


def _note_article(text: str, at: int) -> Found | None:
    m = _NOTE_NEWSPAPER.match(text, at)
    kind = "article-newspaper"
    if not m:
        m, kind = _NOTE_JOURNAL.match(text, at), "article-journal"
    if not m:
        return None
    fields = [(m.start("title"), m.end("title"), "title", {"level": "a"}),
              (m.start("journal"), m.end("journal"), "title", {"level": "j"})]
    if kind == "article-newspaper":
        when = f"{m.group('year')}-{int(m.group('month')):02d}-{int(m.group('day')):02d}"
        fields.append((m.start("date"), m.end("date"), "date", {"when": when}))
    else:
        fields.append((m.start("date"), m.end("date"), "date", {"when": m.group("year")}))
        fields.append((m.start("issue"), m.end("issue"), "biblScope",
                       {"unit": "issue", "from": m.group("ifrom"), "to": m.group("ifrom")}))
    if m.group("pages"):
        fields.append((m.start("pages"), m.end("pages"), "biblScope", _page_attrs(m)))
    return _with_authors(text, at, m.end(), kind, fields)


def _with_authors(text: str, at: int, end: int, kind: str, fields) -> Found:
    authors = _note_authors(text, at)
    start = authors[0][0] if authors else at
    return start, end, kind, (authors or []) + fields


# --- GB/T 7714-2015 --------------------------------------------------------------

_GBT_HEAD = re.compile(
    r"(?P<lead>\[\d+\]\s*)?(?:(?P<authors>[^.\[\]。]+?)\s*[.．]\s*)?(?P<title>[^\[\]]+?)\s*"
    r"\[(?P<code>M|J|N|D|C|R|EB)(?:/OL)?\]")
_GBT_PAGES = r"(?P<pfrom>\d+)(?:\s*[-–—~]\s*(?P<pto>\d+))?"
_GBT_IMPRINT = (r"(?:(?P<place>[^:：.,，]+?)\s*[:：]\s*)?(?P<publisher>[^,，.:：]+?)\s*[,，]\s*"
                r"(?P<year>\d{4})(?:\s*[:：]\s*(?P<pages>" + _GBT_PAGES + r"))?")
_GBT_TAILS = {
    "M": re.compile(r"\s*[.．]\s*(?:(?P<others>[^.．:：\[\]]+?)\s*[,，]?\s*(?P<orole>等译|编译|译|校注|注)"
                    r"\s*[.．]\s*)?(?:(?P<edition>\d+\s*版)\s*[.．]\s*)?" + _GBT_IMPRINT + r"\s*[.．]?"),
    "R": re.compile(r"\s*[.．]\s*" + _GBT_IMPRINT + r"\s*[.．]?"),
    "D": re.compile(r"\s*[.．]\s*" + _GBT_IMPRINT + r"\s*[.．]?"),
    "J": re.compile(r"\s*[.．]\s*(?P<journal>[^,，.]+?)\s*[,，]\s*(?P<year>\d{4})\s*"
                    r"(?:[,，]\s*(?P<vol>\d+)\s*)?(?:\(\s*(?P<issue>\d+)\s*\)\s*)?"
                    r"(?:[:：]\s*(?P<pages>" + _GBT_PAGES + r"))?\s*[.．]?"),
    "N": re.compile(r"\s*[.．]\s*(?P<journal>[^,，.]+?)\s*[,，]\s*"
                    r"(?P<date>(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2}))\s*"
                    r"(?:\(\s*(?P<pages>(?P<pfrom>\d+))\s*\))?\s*[.．]?"),
    "C": re.compile(r"\s*(?://\s*(?:(?P<eds>[^.．/]+?)\s*[.．]\s*)?(?P<container>(?:[^.．:：]|"
                    r"\.(?=\d))+?)|)"
                    r"\s*[.．]\s*" + _GBT_IMPRINT + r"\s*[.．]?"),
    "EB": re.compile(r"\s*[.．]\s*(?:\((?P<date>(?P<year>\d{4})(?:-\d{1,2}){0,2})\))?\s*"
                     r"(?:\[[\d-]+\])?\s*[.．]?\s*(?P<url>https?://\S+?)\s*[.．]?$"),
}
_GBT_KINDS = {"M": "book", "R": "report", "D": "thesis", "J": "article-journal",
              "N": "article-newspaper", "C": "paper-conference", "EB": "webpage"}
_GBT_AUTHOR_SEP = re.compile(r"\s*[,，]\s*")
_ET_AL = re.compile(r"^(?:等|et\s+al\.?)$")


def _gbt(text: str) -> Found | None:
    head = _GBT_HEAD.search(text)
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
    if code == "N":
        when = f"{t.group('year')}-{int(t.group('month')):02d}-{int(t.group('day')):02d}"
        fields += _span(t, "date", "date", {"when": when})
    elif code == "EB":
        fields += _span(t, "date", "date", {"when": t.group("date") or ""})
        fields += _span(t, "url", "idno", {"type": "URI"})
    else:
        fields += _span(t, "year", "date", {"when": t.group("year")})
    if g.get("vol"):
        fields += _span(t, "vol", "biblScope", {"unit": "volume", "from": g["vol"], "to": g["vol"]})
    if g.get("issue"):
        fields += _span(t, "issue", "biblScope",
                        {"unit": "issue", "from": g["issue"], "to": g["issue"]})
    if g.get("pages"):
        fields += _span(t, "pages", "biblScope", _page_attrs(t))
    return fields


# --- assembly --------------------------------------------------------------------

#: Rules tried in order on each segment of a note; the first that finds a citation wins.
RULES: list[tuple[str, Callable[[str], Found | None]]] = [
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

"""GB/T 7714-2015 references of every type: [M] [J] [N] [D] [C] [R] [EB/OL] [S] [P] [A] [G] [Z]."""
from __future__ import annotations

import re

from teikit.citations.fields import LEAD_WORDS, Found, ascii_digits, iso_date, page_attrs, span

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
                     r"(?:\[(?P<access>\d{4}-\d{1,2}-\d{1,2})\])?\s*[.．]?\s*"
                     r"(?P<url>https?://\S+?)\s*[.．]?$"),
}
_GBT_KINDS = {"M": "book", "R": "report", "D": "thesis", "J": "article-journal",
              "N": "article-newspaper", "C": "paper-conference", "EB": "webpage",
              "S": "standard", "P": "patent", "G": "book", "A": "manuscript", "Z": "document"}
# What GB/T 7714 prints after a standard's or a patent's title (8.1.4, 8.1.6): "题名: 标准号",
# "题名: 国别, 专利号".
_TITLE_NUMBER = {
    "S": re.compile(r"\s*[:：]\s*(?P<number>[A-Z]{1,4}(?:/[A-Z])?\s*[\d.]+(?:\s*[—–-]\s*\d{4})?)$"),
    "P": re.compile(r"\s*[:：]\s*(?P<country>[^:：,，]{1,10}?)\s*[,，]\s*"
                    r"(?P<number>[A-Z]{0,2}\d[\dA-Z.]*)$"),
}
_NUMBER_TYPES = {"S": "standard", "P": "patent"}
_ET_AL = re.compile(r"^(?:等|et\s+al\.?)$")
_GBT_LEAD = re.compile(r"\s*" + LEAD_WORDS.pattern + r"\s*[：:]?\s*")


def gbt7714_reference(text: str) -> Found | None:
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
    fields += _gbt_title(code, head, "a" if article else "m")
    fields += _gbt_tail_fields(code, tail)
    # A whole proceedings volume ([C] without "//container") is a book, not a paper.
    kind = _GBT_KINDS[code] if article or code != "C" else "book"
    return start, tail.end(), kind, fields


def _gbt_title(code: str, head: re.Match, level: str):
    """The title, and a standard's number or a patent's country and number printed after it."""
    number = _TITLE_NUMBER[code].search(head.group("title")) if code in _TITLE_NUMBER else None
    if not number:
        return [(head.start("title"), head.end("title"), "title", {"level": level})]
    base = head.start("title")
    fields = [(base, base + number.start(), "title", {"level": level}),
              (base + number.start("number"), base + number.end("number"), "idno",
               {"type": _NUMBER_TYPES[code]})]
    if "country" in number.groupdict():
        fields.append((base + number.start("country"), base + number.end("country"),
                       "pubPlace", {}))
    return fields


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


def _gbt_tail_fields(code: str, t: re.Match):
    g = t.groupdict()
    fields = []
    if code == "C":
        fields += _gbt_authors(t, "eds", "editor")
        fields += span(t, "container", "title", {"level": "m"})
    if code in ("J", "N"):
        fields += span(t, "journal", "title", {"level": "j"})
    if g.get("others"):  # other responsibility, GB/T 7714 4.1: "林荣远, 译."
        role = "translator" if "译" in t.group("orole") else "editor"
        fields += [(start, end, "editor", {"role": role})
                   for start, end, _, _ in _gbt_authors(t, "others", "editor")]
    if g.get("edition"):
        fields += span(t, "edition", "edition", {})
    if "publisher" in g:
        fields += span(t, "place", "pubPlace", {})
        fields += span(t, "publisher", "publisher", {})
    if code in ("N", "P"):
        fields += span(t, "date", "date", {"when": iso_date(t)})
    elif code == "EB":
        fields += span(t, "date", "date", {"when": ascii_digits(t.group("date") or "")})
    else:
        fields += span(t, "year", "date", {"when": ascii_digits(t.group("year"))})
    if code in ("EB", "P"):
        fields += span(t, "url", "idno", {"type": "URI"})
    if g.get("access"):
        fields += span(t, "access", "date", {"type": "access", "when": ascii_digits(
            "-".join(f"{int(part):02d}" for part in g["access"].split("-")))})
    if g.get("vol"):
        vol = ascii_digits(g["vol"])
        fields += span(t, "vol", "biblScope", {"unit": "volume", "from": vol, "to": vol})
    if g.get("issue"):
        issue = ascii_digits(g["issue"])
        fields += span(t, "issue", "biblScope", {"unit": "issue", "from": issue, "to": issue})
    if g.get("pages"):
        fields += span(t, "pages", "biblScope", page_attrs(t))
    return fields

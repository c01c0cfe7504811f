"""CSL-JSON items reduced to the facts a reader sees, so that what a client imported can be
compared field by field with teikit's own CSL-JSON."""
from __future__ import annotations

import re

#: The fields compared: type, names by role, titles, multipart work and series, imprint,
#: dates (issued, accessed), pages, ISBN, the number of a standard or patent, archive and
#: shelfmark, URL, language.
NAME_FIELDS = ("author", "editor", "translator")
TEXT_FIELDS = ("title", "container-title", "volume-title", "volume", "collection-title",
               "collection-number", "issue", "publisher", "publisher-place", "page", "ISBN",
               "number", "archive", "archive_location", "URL", "language")
DATE_FIELDS = ("issued", "accessed")
FIELDS = ("type", *NAME_FIELDS, *TEXT_FIELDS, *DATE_FIELDS)

#: biblatex names a language where CSL gives a code: the same fact in another vocabulary.
LANGUAGE_NAMES = {"chinese": "zh-CN"}

_RAW_DATE = re.compile(r"^(\d{4})(?:[/-](\d{1,2})?)?(?:[/-](\d{1,2})?)?/?$")
_CJK = re.compile(r"[\u3400-\u9fff]")


def name(n: dict) -> str:
    """A name as one string: the literal, or family and given (no space between CJK parts)."""
    if "literal" in n:
        return n["literal"]
    parts = [n.get("family", ""), n.get("given", "")]
    joiner = "" if any(_CJK.search(p) for p in parts) else " "
    return joiner.join(p for p in parts if p)


def date(value) -> tuple[int, ...] | None:
    """date-parts, or a raw date (YYYY/MM/DD/, YYYY-MM-DD) parsed as citeproc would."""
    if not value:
        return None
    if "date-parts" in value:
        return tuple(int(p) for p in value["date-parts"][0])
    m = _RAW_DATE.match(str(value.get("raw", "")).strip())
    return tuple(int(g) for g in m.groups() if g) if m else ("unparsed", value.get("raw"))


def text(value) -> str | None:
    if value is None or value == "":
        return None
    return re.sub(r"[–—]", "-", str(value)).strip()


def reduce(item: dict) -> dict:
    out = {"type": item.get("type")}
    for field in NAME_FIELDS:
        names = [name(n) for n in item.get(field) or []]
        out[field] = tuple(names) if names else None
    for field in TEXT_FIELDS:
        out[field] = text(item.get(field))
    if out["language"] in LANGUAGE_NAMES:
        out["language"] = LANGUAGE_NAMES[out["language"]]
    for field in DATE_FIELDS:
        out[field] = date(item.get(field))
    return out


def differences(expected: dict, got: dict) -> dict[str, tuple]:
    """field → (teikit's value, the client's value), for every field that differs."""
    a, b = reduce(expected), reduce(got)
    return {f: (a[f], b[f]) for f in FIELDS if a[f] != b[f]}

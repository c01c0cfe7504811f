"""The pieces every citation rule shares: printed names, page ranges, the span a rule
returns, and attribute values normalised (full-width digits → ASCII, ISO dates)."""
from __future__ import annotations

import re

from teikit.names import ROLE_WORD

# A rule finds one citation in a segment: (start, end, kind, [(start, end, field, attrs)]).
Found = tuple[int, int, str, list[tuple[int, int, str, dict[str, str]]]]
NAME = r"[^，,。；;：:《》、\s\[\]【】“”]{1,40}"
LEAD_WORDS = re.compile(r"(?:可参见|请参见|参见|另见|详见|转引自|引自|参阅|见)")
ROLE = re.compile(rf"(?:等)?(?:{ROLE_WORD})$")
PAGES = r"第\s*(?P<pfrom>\d+)(?:\s*[—\-–~－至]+\s*(?P<pto>\d+))?\s*页"
END = r"\s*[。.]?"
# A nationality before a translated author's name: 〔美〕, [英], （法）, 【德】.
NATIONALITY = r"(?:[〔\[［【(（][^〔〕\[\]［］【】()（）]{1,4}[〕\]］】)）]\s*)"
PERSON = NATIONALITY + r"?" + NAME
_DIGIT = re.compile(r"\d")  # any Unicode decimal digit: full-width ０-９, and the others


def ascii_digits(value: str) -> str:
    """An attribute value with full-width digits as ASCII (the printed text keeps them)."""
    return _DIGIT.sub(lambda m: str(int(m.group())), value)


def iso_date(m: re.Match, prefix: str = "") -> str:
    """ISO date of a printed ``2012年4月9日`` from the groups year, month, day (with ``prefix``)."""
    year, month, day = (m.groupdict().get(prefix + k) for k in ("year", "month", "day"))
    when = ascii_digits(year)
    if month:
        when += f"-{int(ascii_digits(month)):02d}"
        if day:
            when += f"-{int(ascii_digits(day)):02d}"
    return when


def page_attrs(m: re.Match, unit: str = "page") -> dict[str, str]:
    pfrom = ascii_digits(m.group("pfrom"))
    pto = m.groupdict().get("pto")
    return {"unit": unit, "from": pfrom, "to": ascii_digits(pto) if pto else pfrom}


def names(text: str, start: int, end: int, field: str, attrs=None):
    """One field per ``、``-separated name in ``text[start:end]``, nationality prefixes left out."""
    fields = []
    for name in re.finditer(r"[^、]+", text[start:end]):
        n_start, n_end = start + name.start(), start + name.end()
        nat = re.match(NATIONALITY, text[n_start:n_end])
        if nat:
            n_start += nat.end()
        role = ROLE.search(text[n_start:n_end])
        name_field = field
        if role and field == "author":
            name_field = "editor" if "编" in role.group() else "author"
        if role:
            n_end -= len(role.group())
        if n_end > n_start:
            fields.append((n_start, n_end, name_field, dict(attrs or {})))
    return fields


def locator(m: re.Match) -> list:
    if not m.group("pages"):
        return []
    return [(m.start("pages"), m.end("pages"), "biblScope", page_attrs(m))]


def span(m: re.Match, group: str, name: str, attrs: dict[str, str]):
    return [(m.start(group), m.end(group), name, attrs)] if m.group(group) else []

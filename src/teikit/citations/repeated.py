"""Repeated citations (同上, 同上书，第12页, 前引书): tagged as kind "ibid";
``passes.citations`` links each to the citation it repeats."""
from __future__ import annotations

import re

from teikit.citations.fields import END, PAGES, PERSON, Found, locator, names

_IBID = re.compile(
    r"^(?P<lead>\s*(?:参见|见|另见)?\s*)(?P<cite>(?:(?P<authors>" + PERSON + r"(?:、" + PERSON +
    r")*)\s*[：:]\s*)?(?P<ibid>同上书?|同前书?|前引书?|前揭书?|上引书?)"
    r"(?:\s*[，,]\s*(?P<pages>" + PAGES + r"))?" + END + r")\s*$")


def repeated_citation(text: str) -> Found | None:
    """A repeated citation; ``passes.citations`` links it to the work it repeats."""
    m = _IBID.match(text)
    if not m:
        return None
    fields = names(text, m.start("authors"), m.end("authors"), "author") if m.group("authors") else []
    return m.start("cite"), m.end("cite"), "ibid", fields + locator(m)

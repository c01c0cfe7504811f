"""The titles of the book: from the CIP record, else the title page, else the file name."""
from __future__ import annotations

from lxml import etree

from teikit.header.elements import compact
from teikit.header.facts import HeaderFacts
from teikit.header.front_lines import title_page_lines
from teikit.tei import E


def titles(facts: HeaderFacts, level: str | None = None) -> list[etree._Element]:
    """Title proper, part and other title information; from the CIP, else the title page."""
    attrs = {"level": level} if level else {}
    cip = facts.cip
    if cip and cip.title:
        part_attrs = dict(attrs, type="part")
        if cip.part_number:
            part_attrs["n"] = cip.part_number.text
        return compact(
            E.title(cip.title.text, attrs, type="main"),
            E.title(cip.part_title.text, part_attrs) if cip.part_title else None,
            E.title(cip.part_number.text, part_attrs)
            if cip.part_number and not cip.part_title else None,
            [E.title(o.text, attrs, type="sub") for o in cip.other_titles],
            [E.title(p.text, attrs, type="parallel") for p in cip.parallel_titles],
        )
    main = title_page_lines(facts.book, "title")
    subs = title_page_lines(facts.book, "subtitle")
    if main or subs:
        return ([E.title(t.text, attrs, type="main") for t in main]
                + [E.title(t.text, attrs, type="sub") for t in subs])
    # Neither CIP nor title page: the file name is the only name the text has.
    return [E.title(facts.book.source_name, attrs, type="filename")]

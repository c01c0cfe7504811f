"""``sourceDesc``: the printed book as a ``biblStruct`` from every CIP and colophon field."""
from __future__ import annotations

import re

from lxml import etree

from teikit.header.colophon import ColophonRecord, EditionValue, Party, Quantity
from teikit.header.elements import address, compact, contributors
from teikit.header.facts import HeaderFacts
from teikit.header.isbn import Isbn
from teikit.header.record_text import Value
from teikit.header.titles import titles
from teikit.model import Book, ContentsEntry
from teikit.names import name_element
from teikit.tei import CIP_ID, E, XML_ID

# A funding line names the funder, then says what it funds (…出版资助项目, …基金项目).
_FUNDING_SUFFIX = re.compile(
    r"(?P<what>(?:出版)?(?:资助项目|基金项目|基金资助项目|基金资助|资助出版|资助|基金))\s*$")

#: the approval number proper: from its bracketed year on ("(YYYY) 第NNNNNN号")
_APPROVAL_NUMBER = re.compile(r"[(\[（［].*$")


def build_source_desc(facts: HeaderFacts) -> etree._Element:
    if not facts.cip and not facts.colophon:
        return E.sourceDesc(*compact(
            E.bibl(*titles(facts, level="m"), *contributors(facts.responsibilities),
                   *[funding_note(line) for line in facts.funding]),
            contents_list(facts.book)))
    colophon = facts.colophon or ColophonRecord()
    monogr = E.monogr(*compact(
        titles(facts, level="m"),
        isbns(facts),
        approval(facts),
        contributors(facts.responsibilities),
        [credit(c) for c in colophon.credits],
        E.availability(E.p(colophon.copyright.text)) if colophon.copyright else None,
        editions(facts),
        imprint(facts),
        extents(facts),
    ))
    return E.sourceDesc(*compact(E.biblStruct(*compact(
        monogr,
        [series(s) for s in facts.series],
        notes(facts),
    )), contents_list(facts.book)))


def contents_list(book: Book) -> etree._Element | None:
    """One ``bibl`` per contents entry: title, authors and printed page range, so that every
    chapter can be cited, in the edition or not; ``@corresp`` points at the chapter's text."""
    contents = book.contents
    if contents is None or not contents.entries:
        return None
    for position, entry in enumerate(contents.entries, start=1):
        entry.number = entry.number or position  # entries made without detection have none
    return E.listBibl(*[contents_bibl(entry) for entry in contents.entries], type="chapters")


def contents_bibl(entry: ContentsEntry) -> etree._Element:
    bibl = E.bibl(*[E.author(name_element(a)) for a in entry.authors],
                  E.title(entry.title, level="a"))
    bibl.set(XML_ID, entry.bibl_id)
    if entry.target:
        bibl.set("corresp", f"#{entry.target}")
    if entry.page:
        scope = E.biblScope(unit="page", **{"from": entry.page})
        scope.text = entry.page
        if entry.page_to:
            scope.set("to", entry.page_to)
            scope.text = f"{entry.page}–{entry.page_to}"
        bibl.append(scope)
    return bibl


def isbns(facts: HeaderFacts) -> list[etree._Element]:
    """Each ISBN once (the CIP and the colophon's 书号 usually print the same one)."""
    found: list[Isbn] = list(facts.cip.isbns) if facts.cip else []
    if facts.colophon and facts.colophon.isbn:
        found.append(facts.colophon.isbn)
    seen: set[str] = set()
    out = []
    for isbn in found:
        if isbn.digits not in seen:
            seen.add(isbn.digits)
            out.append(E.idno(isbn.text, type="ISBN"))
    return out


def approval(facts: HeaderFacts) -> etree._Element | None:
    """The approval number as printed, without its label (中国版本图书馆CIP数据核字): the
    label says what @type already says; the verbatim CIP record keeps it."""
    if not facts.cip or not facts.cip.approval:
        return None
    printed = facts.cip.approval.text
    number = _APPROVAL_NUMBER.search(printed)
    return E.idno(number.group() if number else printed, type="CIP")


def credit(c) -> etree._Element:
    return E.respStmt(E.resp(c.role.text), *[E.name(n.text) for n in c.names])


def editions(facts: HeaderFacts) -> list[etree._Element]:
    out = []
    if facts.cip and facts.cip.edition:
        out.append(E.edition(facts.cip.edition.text))
    if facts.colophon and facts.colophon.edition:
        out.append(E.edition(*dated(facts.colophon.edition)))
    return out


def dated(value: EditionValue) -> list:
    """``2015年3月第2版`` as ``<date when="2015-03">2015年3月</date>第2版``."""
    if not value.when or not value.date_text:
        return [value.text]
    return [E.date(value.date_text, when=value.when), value.text[len(value.date_text):]]


def imprint(facts: HeaderFacts) -> etree._Element:
    """Places and publishers, distributors (their addresses kept with them), date, printer."""
    colophon = facts.colophon or ColophonRecord()
    parts: list = []
    cip_publishers = [i.publisher.text for i in facts.cip.imprints] if facts.cip else []
    for item in (facts.cip.imprints if facts.cip else []):
        parts += compact(E.pubPlace(item.place.text) if item.place else None,
                         E.publisher(item.publisher.text))
    if colophon.publisher:
        if colophon.publisher.name.text not in cip_publishers:
            parts.append(E.publisher(colophon.publisher.name.text))
        # the publisher's street address is not a place of publication: the colophon's
        # transcription in the front matter keeps it
    for party in colophon.distributors:
        if party is not colophon.publisher:
            parts.append(E.distributor(*party_content(party)))
        else:  # 出版发行: one party publishes and distributes
            parts.append(E.distributor(party.name.text))
    if facts.cip and facts.cip.date:
        parts.append(E.date(facts.cip.date.text, when=facts.cip.date.when)
                     if facts.cip.date.when else E.date(facts.cip.date.text))
    elif colophon.edition and colophon.edition.when:
        parts.append(E.date(colophon.edition.date_text, when=colophon.edition.when))
    if not parts:  # TEI requires a publisher, place or date first: an empty publisher says
        parts.append(E.publisher())  # "not given" and invents nothing
    if colophon.printer:
        parts.append(printer(colophon.printer))
    return E.imprint(*parts)


def party_content(party: Party) -> list:
    return compact(party.name.text, address(party.address.text) if party.address else None)


def printer(party: Party) -> etree._Element:
    return E.respStmt(*compact(
        E.resp(party.key), E.orgName(party.name.text),
        E.note(address(party.address.text), type="address") if party.address else None))


def extents(facts: HeaderFacts) -> list[etree._Element]:
    """Physical description of the CIP, then 开本, 印张, 字数 as measures (printed text kept)."""
    out = []
    if facts.cip and facts.cip.physical:
        out.append(E.extent(facts.cip.physical.text))
    colophon = facts.colophon or ColophonRecord()
    if colophon.format:
        out.append(E.extent(E.measure(colophon.format.text, type="format")))  # a kind, no unit
    for quantity in (colophon.sheets, colophon.words):
        if quantity:
            out.append(E.extent(measure(quantity)))
    return out


def measure(q: Quantity) -> etree._Element:
    attrs = {"unit": q.unit, "quantity": q.quantity} if q.unit and q.quantity else {}
    return E.measure(q.text, attrs)


def series(s) -> etree._Element:
    return E.series(*compact(
        E.title(s.title.text, level="s"),
        [E.editor(p.name.text, role=r.function) for r in s.responsibilities for p in r.names],
        E.biblScope(s.volume.text, unit="volume") if s.volume else None,
    ))


def notes(facts: HeaderFacts) -> list[etree._Element]:
    """Funding, printing, price, notices, colophon rows teikit does not know, the verbatim CIP."""
    colophon = facts.colophon or ColophonRecord()
    out = [funding_note(line) for line in facts.funding]
    if colophon.printing:
        out.append(E.note(*dated(colophon.printing), type="printing"))
    if colophon.price:
        out.append(E.note(measure(colophon.price), type="price"))
    if colophon.quality_notice:
        out.append(E.note(colophon.quality_notice.text, type="notice"))
    out += [E.note(n.text, type="notice") for n in colophon.other_notices]
    out += [E.note(row.value.strip(), type="colophon", n=row.key.strip()) for row in colophon.other]
    if facts.cip:
        out.append(verbatim_cip(facts))
    return out


def funding_note(line: Value) -> etree._Element:
    """The print's funding line (出版资助项目): it funds the printed book, so it describes the
    source, not the encoding; ``<note type="funding"><orgName>X</orgName>出版资助项目</note>``."""
    m = _FUNDING_SUFFIX.search(line.text)
    if not m or m.start() == 0:
        return E.note(line.text, type="funding")
    return E.note(E.orgName(line.text[:m.start()]), line.text[m.start():], type="funding")


def verbatim_cip(facts: HeaderFacts) -> etree._Element:
    """A pointer to the CIP record as printed, transcribed once: in the front matter's
    ``div type="cip"`` (serialize.cip_block), which the header's reading of it describes."""
    return E.ptr(type="cip", target="#" + CIP_ID)

"""``fileDesc``: the digital edition's title, edition, extent, publication and notes.

No ``seriesStmt``: it would describe a series of the electronic edition, which has none; the
printed book's series (if its CIP has one) is ``sourceDesc/biblStruct/series``."""
from __future__ import annotations

import re

from lxml import etree

from teikit.header.elements import compact, contributors
from teikit.header.facts import HeaderFacts
from teikit.header.record_text import Value
from teikit.header.settings import EditionSettings
from teikit.header.source_desc import build_source_desc
from teikit.header.titles import titles
from teikit.tei import E

# A funding line names the funder, then says what it funds (…出版资助项目, …基金项目).
_FUNDING_SUFFIX = re.compile(
    r"(?P<what>(?:出版)?(?:资助项目|基金项目|基金资助项目|基金资助|资助出版|资助|基金))\s*$")


def build_file_desc(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    return E.fileDesc(*compact(
        title_stmt(facts, settings),
        edition_stmt(settings),
        extent(facts),
        publication_stmt(settings),
        notes_stmt(facts),
        build_source_desc(facts),
    ))


def title_stmt(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    return E.titleStmt(*compact(
        titles(facts),
        contributors(facts.responsibilities),
        [funder(line) for line in facts.funding],
        E.respStmt(E.resp("TEI P5 encoding"), E.name(settings.encoder)),
    ))


def funder(line: Value) -> etree._Element:
    """``<funder><orgName>X</orgName>出版资助项目</funder>``: the printed line, funder tagged."""
    m = _FUNDING_SUFFIX.search(line.text)
    if not m or m.start() == 0:
        return E.funder(line.text)
    return E.funder(E.orgName(line.text[:m.start()]), line.text[m.start():])


def edition_stmt(settings: EditionSettings) -> etree._Element:
    return E.editionStmt(E.edition(
        f"TEI P5 digital edition, converted by teikit {settings.teikit_version} on ",
        E.date(settings.date, when=settings.date)))


def extent(facts: HeaderFacts) -> etree._Element:
    """Which part of the printed book the edition holds."""
    book = facts.book
    present = len(book.chapters)
    listed = len(book.contents.entries) if book.contents else 0
    parts: list = []
    if book.front:
        parts.append("Front matter and ")
    parts.append(E.measure(f"{present} chapter" + ("" if present == 1 else "s"),
                           unit="chapter", quantity=str(present)))
    if listed:
        parts += [" of the ", E.measure(f"{listed} entries", unit="entry", quantity=str(listed)),
                  " listed in the contents"]
    parts.append(".")
    if book.truncated:
        parts.append(" An excerpt: the source text stops mid-sentence.")
    return E.extent(*parts)


def publication_stmt(settings: EditionSettings) -> etree._Element:
    agency = (E.publisher(settings.publisher) if settings.publisher
              else E.authority(settings.encoder))
    licence_attrs = {"target": settings.licence_url} if settings.licence_url else {}
    return E.publicationStmt(*compact(
        agency,
        E.idno(settings.identifier, type=settings.identifier_type) if settings.identifier else None,
        E.availability(E.licence(settings.licence, licence_attrs)),
        E.date(settings.date, when=settings.date),
    ))


def notes_stmt(facts: HeaderFacts) -> etree._Element | None:
    if not facts.prizes:
        return None
    return E.notesStmt(*[E.note(p.text, type="prize") for p in facts.prizes])

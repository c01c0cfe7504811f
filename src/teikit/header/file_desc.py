"""``fileDesc``: the digital edition's title, edition, extent, publication and notes.

No ``seriesStmt``: it would describe a series of the electronic edition, which has none; the
printed book's series (if its CIP has one) is ``sourceDesc/biblStruct/series``."""
from __future__ import annotations

from lxml import etree

from teikit.header.elements import compact, contributors, english
from teikit.header.facts import HeaderFacts
from teikit.header.settings import EditionSettings, identifier_kind
from teikit.header.source_desc import build_source_desc
from teikit.header.titles import titles
from teikit.tei import E

#: the descriptive title of every edition: what it is, beside the printed book's titles
EDITION_TITLE = "a TEI P5 digital edition"



def build_file_desc(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    return E.fileDesc(*compact(
        title_stmt(facts, settings),
        edition_stmt(settings),
        extent(facts),
        publication_stmt(facts, settings),
        notes_stmt(facts),
        build_source_desc(facts),
    ))


def title_stmt(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    """The digital edition's title and who answers for its encoding. The print's funding line
    funds the print, not this encoding: it is described in sourceDesc, not as ``funder``.
    A descriptive title says this is an edition, not the printed book (Guidelines 2.2.1)."""
    return E.titleStmt(*compact(
        titles(facts),
        english(E.title(EDITION_TITLE, type="desc")),
        contributors(facts.responsibilities),
        encoding_resp(settings),
    ))


def encoding_resp(settings: EditionSettings) -> etree._Element | None:
    """The person responsible for the encoding (``--encoder``); none is invented."""
    if not settings.encoder:
        return None
    return E.respStmt(english(E.resp("TEI P5 encoding")), E.persName(settings.encoder))


def edition_stmt(settings: EditionSettings) -> etree._Element:
    return E.editionStmt(english(E.edition(
        f"TEI P5 digital edition, converted by teikit {settings.teikit_version} on ",
        E.date(settings.date, when=settings.date))))


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
    return english(E.extent(*parts))


def publication_stmt(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    """Who publishes or answers for the edition, as the user said (``--publisher``,
    ``--authority``, ``--encoder``); never the software, which ``appInfo`` records."""
    body = settings.publisher or settings.authority or settings.encoder
    if settings.publisher:
        agency = E.publisher(body)
    elif body:
        agency = E.authority(body)
    else:  # TEI needs an agency before the licence: say that none was named
        agency = english(E.authority("unpublished working edition; no responsible body named"))
    identifier = None
    if settings.identifier:
        kind = settings.identifier_type or identifier_kind(settings.identifier)
        identifier = E.idno(settings.identifier, type=kind)
    return E.publicationStmt(*compact(agency, identifier, availability(facts, settings),
                                      E.date(settings.date, when=settings.date)))


def availability(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    """Rights split in two: the licence covers the encoding; the printed text keeps its
    copyright (``status="restricted"``), held by ``--rights-holder`` or the print publisher."""
    licence_attrs = {"target": settings.licence_url} if settings.licence_url else {}
    holder = settings.rights_holder or print_publisher(facts)
    source = (f"The text of the printed book is under the copyright of {holder}"
              if holder else "The text of the printed book is under its holders' copyright")
    notice = facts.colophon.copyright.text if facts.colophon and facts.colophon.copyright else None
    return E.availability(
        english(E.licence(f"The TEI encoding (markup and editorial additions): {settings.licence}",
                          licence_attrs)),
        english(E.p(*compact(source, f" (printed: “{notice}”)" if notice else None,
                             "; it is not covered by the licence above."))),
        status="restricted")


def print_publisher(facts: HeaderFacts) -> str | None:
    if facts.cip and facts.cip.imprints:
        return facts.cip.imprints[0].publisher.text
    if facts.colophon and facts.colophon.publisher:
        return facts.colophon.publisher.name.text
    return None


def notes_stmt(facts: HeaderFacts) -> etree._Element | None:
    if not facts.prizes:
        return None
    return E.notesStmt(*[E.note(p.text, type="prize") for p in facts.prizes])

"""The works cited: one entry per work cited in the notes, linked to its citations.

The list is editorial (compiled by teikit, not printed), so it is written in ``standOff`` as
``<listBibl type="works-cited">`` (Guidelines 16.10, stand-off markup). Each entry is a
``bibl`` with the work's fields (the cited page ranges of books are left out: they belong to
the citation, not to the work); its ``@corresp`` lists the tagged citations, the one link
between the two: the citing notes are the notes around those citations.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from teikit.model import Bibl, Book, Field
from teikit.tei import E, XML_ID
from teikit.walk import all_notes

# Fields that identify a work (two citations of one book at different pages are one work).
_IDENTITY = ("author", "editor", "title", "publisher", "date")


@dataclass
class BibEntry:
    key: tuple
    kind: str
    fields: list[Field]
    notes: list[str] = field(default_factory=list)  # xml:ids of the citing notes
    bibls: list[str] = field(default_factory=list)  # xml:ids of the tagged citations
    xml_id: str = ""


def collect(book: Book) -> list[BibEntry]:
    """Every work cited in the book's notes, once, in order of first citation."""
    entries: dict[tuple, BibEntry] = {}
    citing: set[tuple[tuple, str]] = set()  # (work, note id): a list lookup grew with the book
    for note in all_notes(book):
        for item in note.content:
            if not isinstance(item, Bibl):
                continue
            work = item.repeats or item  # a repeated citation (同上) cites the work it repeats
            key = work_key(work)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = BibEntry(key, work.kind, _work_fields(work),
                                                xml_id=f"work-{len(entries) + 1}")
            if note.xml_id and (key, note.xml_id) not in citing:
                citing.add((key, note.xml_id))
                entry.notes.append(note.xml_id)
            if item.xml_id:
                entry.bibls.append(item.xml_id)
    return list(entries.values())


def work_key(bibl: Bibl) -> tuple:
    """What makes two citations cite one work: kind and identifying fields, spaces ignored."""
    parts = [bibl.kind]
    for f in bibl.parts:
        if isinstance(f, Field) and f.name in _IDENTITY:
            value = f.attrs.get("when") if f.name == "date" else "".join(f.text.split())
            parts.append((f.name, f.attrs.get("level", ""), value))
    return tuple(parts)


def _work_fields(bibl: Bibl) -> list[Field]:
    return [f for f in bibl.parts if isinstance(f, Field)
            and not (bibl.kind == "book" and f.name == "biblScope" and f.attrs.get("unit") == "page")]


def build_list_bibl(entries: list[BibEntry]) -> etree._Element:
    return E.listBibl(*[_entry(e) for e in entries], type="works-cited")


def _entry(entry: BibEntry) -> etree._Element:
    attrs = {XML_ID: entry.xml_id, "type": entry.kind}
    if entry.bibls:
        attrs["corresp"] = " ".join(f"#{i}" for i in entry.bibls)
    # attributes in sorted order, as serialize.field writes them: the TEI keeps no order
    children = [E(f.name, f.text, {k: v for k, v in sorted(f.attrs.items()) if v is not None})
                for f in entry.fields]
    return E.bibl(*children, attrs)

"""Property: the citation exports of each generated book (BibTeX, RIS, CSL-JSON) parse with
their own readers (bibtexparser, rispy, the CSL-JSON schema) to the field values of the
generated book, its chapters and the works its notes cite."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
from hypothesis import given, note

from teikit.pipeline import convert_text
from tests.render import transform_bytes

from .oracle import Book
from .render import render
from .strategies import books

CSL_SCHEMA = Path(__file__).resolve().parents[1] / "xslt" / "fixtures" / "citations" / \
    "csl-data.json"


@dataclass
class Item:
    """One exported work as the generator made it."""

    kind: str  # CSL type
    title: str
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    year: str | None = None
    container: str | None = None
    publisher: str | None = None
    pages: str | None = None  # "12" or "12-30"
    main_title: str | None = None  # the multipart work (of the book, or of a chapter's book)
    series: str | None = None  # the book's series, from the CIP's series statement
    book_authors: bool = False  # a chapter of an authored book


def expected_items(book: Book) -> list[Item]:
    """The book, each contents entry with authors (as a chapter), each distinct cited work."""
    cip, entries = book.cip, book.contents.entries
    names = {role: [n for r in cip.responsibilities if r.role in roles for n in r.names]
             for role, roles in (("authors", ("著", "编著")), ("editors", ("主编",)))}
    # one reading of the CIP: "Title. 4, Part title" is one part of a multipart work
    title = cip.part_title or cip.title
    main = cip.title if cip.part_title else None
    full = title + (f": {cip.other_title}" if cip.other_title else "")
    year = str(cip.year)
    items = [Item("book", full, names["authors"], names["editors"], year,
                  publisher=cip.publisher, main_title=main, series=cip.series)]
    for i, entry in enumerate(entries):
        if not entry.authors:
            continue
        last = entries[i + 1].page - 1 if i + 1 < len(entries) else None
        pages = str(entry.page) if last in (None, entry.page) else f"{entry.page}-{last}"
        items.append(Item("chapter", entry.title, list(entry.authors), names["editors"], year,
                          full, cip.publisher, pages, main, cip.series,
                          bool(names["authors"])))
    works: dict[tuple, list] = {}  # one work: same kind, title, authors, container and date
    for n in render(book).notes:
        c = n.citation
        if c is not None:
            works.setdefault((c.kind, c.title, c.authors, c.container, c.year, c.month, c.day),
                             []).append(c)
    for citations in works.values():
        c = citations[0]
        ranges = {_cited_pages(x) for x in citations}  # a page range only if all agree
        items.append(Item(c.kind, c.title, list(c.authors), [c.editor] if c.editor else [],
                          str(c.year), c.container or None, c.publisher or None,
                          ranges.pop() if len(ranges) == 1 else None))
    return items


def _cited_pages(c) -> str | None:
    pages = "-".join(dict.fromkeys(str(p) for p in c.pages)) or None
    if c.kind == "article-newspaper" and c.style == "gbt7714" and not c.pages:
        pages = "1"
    return pages


def _edition(book: Book) -> bytes:
    rendered = render(book)
    note("raw text:\n" + rendered.text)
    return convert_text(rendered.text, "random-book.txt").to_bytes()


# --- BibTeX -------------------------------------------------------------------------

BIBTEX_TYPES = {"book": "book", "chapter": "incollection", "article-newspaper": "article",
                "article-journal": "article", "thesis": "thesis",
                "paper-conference": "inproceedings"}


def _bib_value(entry, key: str) -> str | None:
    f = entry.fields_dict.get(key)
    return None if f is None else re.sub(r"\\([{}%&$#_])", r"\1", f.value)


def _bib_names(value: str | None) -> list[str]:
    return [n.strip().removeprefix("{").removesuffix("}") for n in value.split(" and ")] \
        if value else []


def bibtex_item(entry) -> tuple:
    kind = entry.entry_type
    container = _bib_value(entry, "journaltitle") or _bib_value(entry, "booktitle")
    return (kind, _bib_value(entry, "title"), _bib_value(entry, "maintitle"),
            _bib_names(_bib_value(entry, "author")),
            _bib_names(_bib_value(entry, "editor")), (_bib_value(entry, "date") or "")[:4] or None,
            container,
            _bib_value(entry, "publisher") or _bib_value(entry, "institution")
            or _bib_value(entry, "school"), (_bib_value(entry, "pages") or "").replace("--", "-")
            or None)


def _bibtex_expected(item: Item) -> tuple:
    title = item.title.split(": ")[0] if item.kind == "book" else item.title
    kind = BIBTEX_TYPES[item.kind]
    if item.kind == "book" and item.editors and not item.authors:
        kind = "collection"
    elif item.kind == "chapter" and item.book_authors:
        kind = "inbook"
    pages = None if item.kind in ("book", "thesis") else item.pages  # not the work's extent
    return (kind, title, item.main_title, item.authors, item.editors, item.year,
            item.container, item.publisher, pages)


@given(books())
def test_bibtex_reads_back(book):
    library = bibtexparser.parse_string(transform_bytes(_edition(book), "bibtex"))
    assert library.failed_blocks == []
    assert [bibtex_item(e) for e in library.entries] == \
        [_bibtex_expected(i) for i in expected_items(book)]


# --- RIS ------------------------------------------------------------------------------

RIS_TYPES = {"book": "BOOK", "chapter": "CHAP", "article-newspaper": "NEWS",
             "article-journal": "JOUR", "thesis": "THES", "paper-conference": "CONF"}


def ris_item(record: dict) -> tuple:
    pages = "-".join(dict.fromkeys(p for p in (record.get("start_page"),
                                               record.get("end_page")) if p)) or None
    book = record["type_of_reference"] == "BOOK"
    return (record["type_of_reference"], record.get("title"), record.get("authors", []),
            record.get("tertiary_authors" if book else "secondary_authors", []),
            (record.get("year") or "")[:4] or None,
            record.get("secondary_title") or record.get("custom3"), record.get("publisher"),
            pages)


def _ris_expected(i: Item) -> tuple:
    """RIS as Zotero reads it: BOOK has its multipart common title in TI (VL the part), its
    editor in A3, its series in T2; a chapter's T2 is its book (the multipart work); a book
    or thesis has no SP."""
    book = i.kind == "book"
    title = (i.main_title or i.title) if book else i.title
    container = i.series if book else (i.main_title or i.container) \
        if i.kind == "chapter" else i.container
    pages = None if i.kind in ("book", "thesis") else i.pages
    return (RIS_TYPES[i.kind], title, i.authors, i.editors, i.year, container, i.publisher,
            pages)


@given(books())
def test_ris_reads_back(book):
    records = rispy.loads(transform_bytes(_edition(book), "ris"))
    assert [ris_item(r) for r in records] == [_ris_expected(i) for i in expected_items(book)]


# --- CSL-JSON ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def csl_schema() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))


def csl_item(item: dict) -> tuple:
    return (item["type"], item["title"], [n["literal"] for n in item.get("author", [])],
            [n["literal"] for n in item.get("editor", [])],
            str(item["issued"]["date-parts"][0][0]), item.get("container-title"),
            item.get("publisher"), item.get("page"))


@given(book=books())
def test_csl_json_is_valid_and_reads_back(book, csl_schema):
    items = json.loads(transform_bytes(_edition(book), "csl-json"))
    assert [e.message for e in csl_schema.iter_errors(items)] == []
    assert [csl_item(i) for i in items] == [
        (i.kind, (i.main_title or i.title) if i.kind == "book" else i.title, i.authors,
         i.editors, i.year, (i.main_title or i.container) if i.kind == "chapter" else i.container,
         i.publisher, i.pages)
        for i in expected_items(book)]


def test_one_article_in_two_newspapers_is_two_works():
    """Found by the deep run: the oracle had merged them; the exports were right."""
    notes = ("^① 陈建国、周南：《对2012年——作用进一步》，《光明日报》1994年12月5日。\n\n"
             "^② 陈建国、周南：《对2012年——作用进一步》，《广州日报》1994年12月5日。\n")
    text = ("目 录\n\n党建\t广州市委组织部 (1)\n\n党建\n\n广州市委组织部\n\n"
            "党^①建^②。\n\n" + notes)
    library = bibtexparser.parse_string(transform_bytes(convert_text(text, "t.txt").to_bytes(),
                                                        "bibtex"))
    journals = sorted(e.fields_dict["journaltitle"].value for e in library.entries
                      if e.entry_type == "article")
    assert journals == ["光明日报", "广州日报"]

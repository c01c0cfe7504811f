"""Properties: the structure of a random book is recovered beyond its running text — page
numbers where they can be counted, every field of the TEI header (CIP record and colophon),
and every field of every citation in the notes."""
from __future__ import annotations

from hypothesis import given, note

from teikit.pipeline import convert_text

from . import tei_read
from .oracle import Book, Citation
from .render import render
from .strategies import books


def _convert(book: Book):
    rendered = render(book)
    note("raw text:\n" + rendered.text)
    return rendered, convert_text(rendered.text, "random-book.txt")


# --- page numbers -------------------------------------------------------------------


def expected_page_numbers(r, chapter: int) -> list[str | None]:
    """The chapter's start page, then one number per page end the text shows.  Where an
    earlier page end was invisible the count is off by design: "?" (checked for range)."""
    out = [str(r.contents[chapter].page)]
    for b in r.breaks:
        if b.chapter == chapter and b.evident:
            out.append(str(b.page) if b.countable else "?")
    return out


@given(books())
def test_page_numbers_are_counted_from_the_contents(book):
    r, c = _convert(book)
    found = tei_read.chapter_page_numbers(c.tree.getroot())
    assert len(found) == len(book.chapters)
    for i, numbers in enumerate(found):
        expected = expected_page_numbers(r, i)
        first, last = r.chapter_pages[i][0], r.contents[i + 1].page - 1 \
            if i + 1 < len(r.contents) else None
        for k, want in enumerate(expected):
            if want == "?":
                assert first < int(numbers[k]) <= (last or int(numbers[k]))
                numbers[k] = "?"
        assert numbers == expected, i


# --- the header ---------------------------------------------------------------------


def expected_cip(book: Book) -> dict:
    cip = book.cip
    by_role = {role: [n for r in cip.responsibilities if r.role in roles for n in r.names]
               for role, roles in (("authors", ("著", "编著")), ("editors", ("主编",)),
                                   ("translators", ("译",)))}
    return {
        "title": cip.title,
        "part_number": cip.part_number,
        "part_title": cip.part_title,
        "other_title": cip.other_title,
        **by_role,
        "place": cip.place,
        "publisher": cip.publisher,
        "date": f"{cip.year}-{cip.month:02d}",
        "isbn": cip.isbn,
        "approval": cip.approval().removeprefix("中国版本图书馆CIP数据核字 "),  # idno: no label
        # one reading: a series only from the CIP's series statement; "Title. 4, Part" is a
        # multipart work (part_number, part_title above), not a series
        "series": cip.series,
        "volume": None,
        "subjects": ["—".join(s) for s in cip.subjects],
        "clc": list(cip.clc),
    }


def expected_colophon(book: Book) -> dict:
    """Each row's value as the header records it (the measured quantity where there is one)."""
    rows = dict(book.colophon.rows)
    readers = {
        "出版": lambda v: v.split(" (", 1)[1].rstrip(")"),
        "发行": lambda v: v or None,
        "印张": lambda v: v,
        "字数": lambda v: v.removesuffix("千字"),
        "书号": lambda v: v.removeprefix("ISBN "),
        "定价": lambda v: v.removesuffix("元"),
    }
    out = {}
    for key in ("出版", "发行", "经销", "印刷", "开本", "印张", "字数", "版次", "印次", "书号",
                "定价"):
        value = rows.get(key)
        out[key] = None if value is None else readers.get(key, lambda v: v)(value)
    if "书号" not in rows:
        out["书号"] = book.cip.isbn  # the CIP block gives the ISBN too
    return out


@given(books())
def test_cip_fields_are_recovered(book):
    r, c = _convert(book)
    assert tei_read.cip_fields(c.tree.getroot()) == expected_cip(book)


@given(books())
def test_colophon_rows_are_recovered(book):
    r, c = _convert(book)
    assert tei_read.colophon_fields(c.tree.getroot()) == expected_colophon(book)


# --- citations ----------------------------------------------------------------------

PART_KINDS = ("article-newspaper", "article-journal", "paper-conference")


def citation_fields(c: Citation) -> dict:
    pages = None
    if c.pages:
        pages = (str(c.pages[0]), str(c.pages[-1]))
    elif c.kind == "article-newspaper" and c.style == "gbt7714":
        pages = ("1", "1")  # printed as (1) when the page is not known
    date = str(c.year) if not c.month else f"{c.year}-{c.month:02d}-{c.day:02d}"
    return {
        "kind": c.kind, "authors": list(c.authors), "title": c.title,
        "container": c.container or None, "editors": [c.editor] if c.editor else [],
        "place": c.place or None, "publisher": c.publisher or None, "date": date,
        "pages": pages, "volume": str(c.volume) if c.volume else None,
        "issue": str(c.issue) if c.issue else None,
    }


def tagged_fields(bibl) -> dict:
    kind = bibl.get("type")
    own = "a" if kind in PART_KINDS else "m"
    container = "m" if kind == "paper-conference" else "j"
    scope = tei_read.xpath(bibl, ".//t:biblScope[@unit='page']")
    return {
        "kind": kind,
        "authors": tei_read.texts(bibl, ".//t:author"),
        "title": tei_read.one(bibl, f".//t:title[@level='{own}']"),
        "container": tei_read.one(bibl, f".//t:title[@level='{container}']")
        if kind in PART_KINDS else None,
        "editors": tei_read.texts(bibl, ".//t:editor"),
        "place": tei_read.one(bibl, ".//t:pubPlace"),
        "publisher": tei_read.one(bibl, ".//t:publisher | .//t:orgName"),
        "date": tei_read.one(bibl, ".//t:date/@when"),
        "pages": (scope[0].get("from"), scope[0].get("to") or scope[0].get("from"))
        if scope else None,
        "volume": tei_read.one(bibl, ".//t:biblScope[@unit='volume']/@from"),
        "issue": tei_read.one(bibl, ".//t:biblScope[@unit='issue']/@from"),
    }


@given(books())
def test_every_citation_is_tagged_with_its_fields(book):
    r, c = _convert(book)
    expected = [citation_fields(n.citation) for n in r.notes if n.citation is not None]
    found = [tagged_fields(b) for b in tei_read.note_bibls(c.tree.getroot())]
    assert found == expected

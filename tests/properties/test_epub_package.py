"""Property: the EPUB of any generated book holds a file per chapter, every link in it lands
on an id of the book, every anchored note is a popup footnote next to its mark's file, and
the page list has every printed page number."""
from __future__ import annotations

from hypothesis import given, note
from lxml import etree

from teikit.pipeline import convert_text
from teikit.transform import parse_edition, render_package
from tests.xslt.test_epub import EPUB_TYPE, NS, Epub

from .render import render
from .strategies import books


@given(book=books())
def test_the_epub_of_any_book_is_whole_and_its_links_land(book):
    rendered = render(book)
    note("raw text:\n" + rendered.text)
    xml = convert_text(rendered.text, "random-book.txt").to_bytes()
    tei = etree.fromstring(xml)
    epub = Epub(render_package(parse_edition(xml), "epub"))
    docs = {href: epub.content(href) for href in epub.manifest().values() if href.endswith(".xhtml")}
    ids = {href: {e.get("id") for e in doc.iter() if e.get("id")} for href, doc in docs.items()}
    for href, doc in docs.items():
        for a in doc.iterfind(".//h:a[@href]", NS):
            file, _, fragment = a.get("href").partition("#")
            if file.startswith(("http:", "https:")):
                continue
            assert file in ids and (not fragment or fragment in ids[file]), (href, a.get("href"))
    chapters = tei.xpath("//t:body/t:div[@type='chapter']/@xml:id", namespaces=NS)
    articles = [(a.get("id"), href) for href in epub.spine() for a in docs[href].iterfind(".//h:article", NS)]
    assert [a for a, _ in articles] == chapters and len({h for _, h in articles}) == len(chapters)
    anchored = tei.xpath("//t:text//t:note[@place][not(@anchored='false')]/@xml:id", namespaces=NS)
    footnotes = [a.get("id") for href in epub.spine() for a in docs[href].iter("{%s}aside" % NS["h"])
                 if a.get(EPUB_TYPE) == "footnote"]
    assert footnotes == anchored
    pages = list(dict.fromkeys(tei.xpath("//t:pb/@n", namespaces=NS)))
    listed = [a.text for nav in docs["nav.xhtml"].iterfind(".//h:nav", NS)
              if nav.get(EPUB_TYPE) == "page-list" for a in nav.iterfind(".//h:a", NS)]
    assert listed == pages

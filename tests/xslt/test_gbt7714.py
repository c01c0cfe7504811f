"""One GB/T 7714-2015 renderer: every reference the HTML cite boxes, the HTML works cited,
the reading text's works cited and ``--to gbt7714`` print is citeproc-py's string for the
same item (teikit.citeproc), for the bundled book and both test books."""
from __future__ import annotations

import json
import re

import pytest
from lxml import html as lxml_html

from teikit.citeproc import gbt7714_entries
from teikit.errors import TransformError
from teikit.resources import xslt_dir
from teikit.transform import Transformer, parse_edition
from tests.render import transform_bytes, transform_to_dir

BOOKS = ["bundled", "monograph", "report"]


@pytest.fixture(scope="module")
def editions(bundled_conversion, book_conversions) -> dict[str, bytes]:
    books = {"bundled": bundled_conversion, **book_conversions}
    return {name: conversion.to_bytes() for name, conversion in books.items()}


def citeproc_strings(xml: bytes) -> dict[str, str]:
    return gbt7714_entries(transform_bytes(xml, "csl-json"))


@pytest.mark.parametrize("book", BOOKS)
def test_gbt7714_format_is_citeproc_numbered(editions, book):
    expected = citeproc_strings(editions[book])
    lines = transform_bytes(editions[book], "gbt7714").splitlines()
    assert lines == [f"[{n}] {s}" for n, s in enumerate(expected.values(), start=1)]


@pytest.mark.parametrize("book", BOOKS)
def test_html_prints_citeprocs_string_for_each_item(editions, book, tmp_path):
    expected = citeproc_strings(editions[book])
    index = transform_to_dir(editions[book], "html", tmp_path / "html")
    page = lxml_html.fromstring(index.read_text(encoding="utf-8"))
    boxes = page.xpath("//section[contains(@class, 'cite-box')]")
    cited = page.xpath("//li[contains(@class, 'bibl-entry')][@data-cite-key]")
    assert boxes and cited
    for element, text_class in [(b, "citation-text") for b in boxes] + \
                               [(c, "bibl-text") for c in cited]:
        [span] = element.xpath(f".//span[@class='{text_class}']")
        assert span.text_content() == expected[element.get("data-cite-key")]


@pytest.mark.parametrize("book", BOOKS)
def test_reading_text_works_cited_are_the_htmls(editions, book, tmp_path):
    """Same works, same order, same strings as the HTML works cited."""
    expected = citeproc_strings(editions[book])
    index = transform_to_dir(editions[book], "html", tmp_path / "html")
    page = lxml_html.fromstring(index.read_text(encoding="utf-8"))
    keys = page.xpath("//li[contains(@class, 'bibl-entry')]/@data-cite-key")
    text = transform_bytes(editions[book], "text")
    works = text.rpartition("\n引用文献\n\n")[2].strip().splitlines()
    assert [re.sub(r"^\[\d+\] ", "", line) for line in works] == [expected[k] for k in keys]


def test_the_stylesheets_have_no_renderer_of_their_own(editions):
    """Without citeproc's strings the stylesheets stop: there is no second renderer."""
    node = parse_edition(editions["bundled"])
    with pytest.raises(TransformError, match="gbt7714"):
        Transformer.get().run(xslt_dir() / "text" / "reading.xsl", node,
                              {"gbt7714": json.dumps({})})


@pytest.mark.parametrize("book", BOOKS)
def test_the_reading_text_has_only_the_works_cited_rendered(editions, book, monkeypatch):
    """citeproc's time is per item: the reading text, which prints no reference of the book or
    its chapters, has only the works its notes cite rendered; those strings are the same as
    in the whole edition's rendering."""
    from teikit import citeproc, transform
    from teikit.citeproc import works_cited

    csl = json.loads(transform_bytes(editions[book], "csl-json"))
    cited = json.loads(works_cited(json.dumps(csl, ensure_ascii=False)))
    own = csl[0]["id"]
    assert [i["id"] for i in cited] == [i["id"] for i in csl[1:]
                                        if i["type"] != "chapter" or not i["id"].startswith(own)]
    rendered = []
    param = citeproc.gbt7714_param
    monkeypatch.setattr(citeproc, "gbt7714_param",
                        lambda text: rendered.append(json.loads(text)) or param(text))
    transform.render_text(parse_edition(editions[book]), "text")
    assert [[i["id"] for i in items] for items in rendered] == [[i["id"] for i in cited]]

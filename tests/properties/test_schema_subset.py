"""Property: the project schema is a subset of TEI — documents made by random mutations of
valid editions (elements renamed, deleted, duplicated, moved; attribute values changed to
plausible or wrong ones; text inserted) that pass ``teikit.rng`` also pass ``tei_all.rng``."""
from __future__ import annotations

import copy

from hypothesis import assume, given, note
from hypothesis import strategies as st
from lxml import etree

from teikit.pipeline import convert_text

from .render import render
from .strategies import books

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NAMES = ("p", "div", "head", "note", "pb", "bibl", "title", "author", "editor", "date",
         "publisher", "pubPlace", "biblScope", "idno", "byline", "docAuthor", "argument",
         "closer", "signed", "dateline", "list", "item", "ref", "gap", "lb", "hi", "seg",
         "orgName", "persName", "term", "measure", "foo")
ATTRIBUTES = ("type", "n", "level", "unit", "when", "from", "to", "place", "rend", "anchored",
              "role", "target", "corresp", "scheme", "reason", "quantity", XML_ID)
VALUES = ("", "1", "x", "a", "m", "j", "s", "foot", "page", "volume", "issue", "true", "false",
          "section", "chapter", "subsection", "2012", "2012-09", "2012-13-40", "#ch1", "#nowhere",
          "ch1", "n1", "1 2", " spaced ", "sampling", "sup", "main", "part", "ISBN")
TEXTS = ("党建", "。", " ", "\t", "①", "2012年")

mutation = st.tuples(st.sampled_from(("rename", "delete", "duplicate", "move", "attribute",
                                      "text")),
                     st.integers(0, 10_000), st.integers(0, 10_000),
                     st.sampled_from(NAMES), st.sampled_from(ATTRIBUTES),
                     st.sampled_from(VALUES + TEXTS))


def mutate(root: etree._Element, op, i: int, j: int, name: str, attr: str, value: str) -> str:
    """Apply one mutation in place; return a readable description of it."""
    elements = [e for e in root.iter() if isinstance(e.tag, str)][1:]
    if not elements:
        return "none"
    e = elements[i % len(elements)]
    other = elements[j % len(elements)]
    parent = e.getparent()
    if op == "rename":
        e.tag = T + name if name != "foo" else "{urn:x-other}foo"
    elif op == "delete":
        parent.remove(e)
    elif op == "duplicate":
        parent.insert(parent.index(e), copy.deepcopy(e))
    elif op == "move":
        if e in other.iterancestors() or e is other:
            return "none"
        other.append(e)
    elif op == "attribute":
        e.set(attr, value)
    else:
        e.text = (e.text or "") + value
    return f"{op} {e.tag.removeprefix(T)} ({name}, {attr}={value!r}, to {other.tag})"


@given(book=books(), mutations=st.lists(mutation, min_size=1, max_size=3))
def test_documents_valid_for_teikit_rng_are_valid_tei(book, mutations, teikit_rng, tei_all):
    tree = convert_text(render(book).text, "random-book.txt").tree
    root = copy.deepcopy(tree.getroot())
    for m in mutations:
        note(mutate(root, *m))
    assume(teikit_rng.validate(root))
    tei_all.validate(root)
    assert [e.message for e in tei_all.error_log] == []

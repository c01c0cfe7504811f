"""Properties of the conversion: a random book of the genre, rendered as a page-by-page
extraction, converts back to the book that was generated."""
from __future__ import annotations

import copy
import re
from collections import Counter

from hypothesis import given, note

from teikit.pipeline import convert_text, serialize_tree
from teikit.tei import TEI_NS

from . import compare
from .render import render
from .strategies import books

SPACE = re.compile(r"\s+")


def _convert(book):
    rendered = render(book)
    note("raw text:\n" + rendered.text)
    return rendered, convert_text(rendered.text, "random-book.txt")


@given(books())
def test_headings_and_levels_are_recovered(book):
    r, c = _convert(book)
    expected = [(h.chapter, h.level, h.label.strip(), h.label + h.title) for h in r.headings]
    assert compare.headings(c.book) == expected


@given(books())
def test_paragraphs_are_rejoined_across_pages(book):
    r, c = _convert(book)
    found = [(where, ch, p.text, p.breaks) for where, ch, p in compare.paragraphs(c.book)]
    expected = [(p.where, p.chapter, p.text, p.breaks) for p in r.paragraphs]
    assert found == expected


@given(books())
def test_every_note_sits_at_its_anchor_with_its_mark(book):
    r, c = _convert(book)
    found = [p.anchors for _, _, p in compare.paragraphs(c.book)]
    expected = [[(offset, mark, r.notes[k].text) for offset, mark, k in p.anchors]
                for p in r.paragraphs]
    assert found == expected


@given(books())
def test_chapter_and_signer_notes_are_recovered(book):
    r, c = _convert(book)
    assert compare.chapter_notes(c.book) == [(n.chapter, n.text) for n in r.notes
                                             if n.where == "chapter"]
    assert compare.signer_notes(c.book) == [(n.mark, n.text) for n in r.notes
                                            if n.where == "signer"]


@given(books())
def test_contents_entries_are_recovered(book):
    r, c = _convert(book)
    assert compare.contents(c.book) == [(e.title, e.authors, e.page) for e in r.contents]


@given(books())
def test_excerpt_end_is_recorded(book):
    r, c = _convert(book)
    assert (c.book.truncated is not None) == r.truncated


def _text_characters(tree) -> Counter:
    """Non-whitespace characters of the TEI ``text`` plus the note marks (printed twice in
    the source: at the anchor and at the head of the note) and the ``^`` of superscripts."""
    text = copy.deepcopy(tree.getroot().find(f"{{{TEI_NS}}}text"))
    for made in text.iterfind(f".//{{{TEI_NS}}}div[@type='bibliography']"):
        made.getparent().remove(made)  # compiled by teikit from the notes, not printed
    chars = Counter(SPACE.sub("", "".join(text.itertext())))
    for element in text.iter(f"{{{TEI_NS}}}note"):
        mark = element.get("n") or ""
        times = 2 if element.get("anchored") != "false" else 1
        caret = "^" if element.get("rend") == "sup" else ""
        for _ in range(times):
            chars.update(caret + mark)
    return chars


@given(books())
def test_nothing_is_lost(book):
    r, c = _convert(book)
    source = Counter(SPACE.sub("", r.text))
    assert _text_characters(c.tree) == source


@given(books())
def test_serialising_is_deterministic(book):
    r, c = _convert(book)
    again = convert_text(r.text, "random-book.txt")
    assert serialize_tree(c.tree) == serialize_tree(again.tree)
    assert serialize_tree(c.tree) == c.to_bytes()


def test_page_end_leaving_a_date_alone_is_not_generated():
    """Found by the paragraph property: a preface paragraph `2012年9月，…` split after
    `2012年` leaves a block that is a dateline (the closer's date), not half a paragraph."""
    from .strategies import _no_dateline_pieces

    assert _no_dateline_pieces("2012年9月，党建。", (5,)) == ()
    assert _no_dateline_pieces("党建2012年9月，党建。", (2, 7)) == (2,)
    # deep run: `…增强，党` / notes / `建把2012年` / `活动。` took the middle block for a dateline
    assert _no_dateline_pieces("增强，党建把2012年活动。", (4, 11)) == (4,)

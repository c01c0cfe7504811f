"""Properties of monographs whose contents list 章, 节 and 一、 under one another (issue 10
point 5, issue 14 point 4): the divisions nest as the contents say, each contents entry is
linked to its division, every page has exactly one pb with its number at the start of the
page, a division starting mid-page opens none, and the edition is valid."""
from __future__ import annotations

from hypothesis import given, note
from lxml import etree

from teikit.pipeline import convert_text

from .oracle import LEVEL_TYPES
from .render import render_monograph
from .strategies import monographs

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _convert(book):
    rendered = render_monograph(book)
    note("raw text:\n" + rendered.text)
    return rendered, convert_text(rendered.text, "random-monograph.txt")


def listed_divisions(tei) -> list[tuple[int, str, str]]:
    """(depth, div/@type, head) of every division the contents link to, in document order;
    depth counts the linked divisions around it."""
    linked = {r.get("target")[1:] for r in tei.iterfind(f".//{T}list[@type='contents']//{T}ref")}
    found = []
    for div in tei.find(f".//{T}body").iter(f"{T}div"):
        if div.get(XML_ID) in linked:
            depth = sum(1 for a in div.iterancestors(f"{T}div") if a.get(XML_ID) in linked)
            found.append((depth, div.get("type"), div.find(f"{T}head").text))
    return found


def body_page_breaks(tei) -> list[tuple[str, bool, str | None]]:
    """(n, break="no", the head of the division it opens or None) of every pb in the body."""
    found = []
    for pb in tei.find(f".//{T}body").iter(f"{T}pb"):
        following = pb.getnext()
        opens = following.find(f"{T}head").text if following is not None \
            and following.tag == f"{T}div" and not (pb.tail or "").strip() else None
        found.append((pb.get("n"), pb.get("break") == "no", opens))
    return found


@given(monographs())
def test_divisions_nest_as_the_contents_say(book):
    r, c = _convert(book)
    expected = [(depth, "chapter" if title == "后记" else LEVEL_TYPES[depth], title)
                for depth, title, _ in r.divisions]
    assert listed_divisions(c.tree.getroot()) == expected


@given(monographs())
def test_every_contents_entry_is_linked_to_its_division(book):
    _, c = _convert(book)
    tei = c.tree.getroot()
    items = tei.findall(f".//{T}list[@type='contents']/{T}item")
    for item in items:
        target = tei.xpath("//*[@xml:id=$id]", id=item.find(f"{T}ref").get("target")[1:])
        assert [d.find(f"{T}head").text for d in target] == [item.find(f".//{T}title").text]


@given(monographs())
def test_one_page_break_per_page_at_its_start(book):
    """Each page once, with its number, before the division it opens; a division starting
    mid-page has no pb of its own; break="no" exactly where the page ends inside a word."""
    r, c = _convert(book)
    assert body_page_breaks(c.tree.getroot()) == r.page_breaks
    assert c.reporter.warnings == []


@given(monographs())
def test_footnotes_of_a_page_two_divisions_share_find_their_anchors(book):
    """A 节 starting mid-page shares its page with the text before it; the notes printed at
    the page's foot (after the 节's first lines) are anchored in that text all the same."""
    r, c = _convert(book)
    body = c.tree.getroot().find(f".//{T}body")
    notes = body.findall(f".//{T}note[@place='foot']")
    assert len(notes) == r.notes
    assert [n for n in notes if n.get("anchored") == "false" or n.getparent().tag != f"{T}p"] == []


@given(monographs())
def test_the_edition_is_valid_and_passes_the_page_review(book):
    from teikit.validate import validate_tree
    from tests.review.pages import PAGE_CHECKS

    _, c = _convert(book)
    tree = etree.ElementTree(etree.fromstring(c.to_bytes()))
    assert validate_tree(tree, "random-monograph.xml").diagnostics == []
    assert [f for _, check in PAGE_CHECKS for f in check(tree)] == []

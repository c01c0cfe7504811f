"""teikit.serialize: the model's nodes as TEI elements, one function per node type."""
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from teikit import serialize
from teikit.model import Closer, Note, PageBreak, TitleLine
from teikit.names import ROLE_WORDS
from teikit.tei import E, TEI_NS

T = f"{{{TEI_NS}}}"
PIECE = st.one_of(st.text("甲乙 ", max_size=3),
                  st.builds(PageBreak, n=st.none() | st.sampled_from(["3", "iv"])),
                  st.builds(lambda n: Note(n=n, content=["注"]), st.sampled_from("①②*")))


@given(st.lists(PIECE, max_size=8))
def test_inline_keeps_every_string_in_order_and_one_element_per_node(content):
    element = serialize.inline(E.p(), content)
    own_text = (element.text or "") + "".join(child.tail or "" for child in element)
    assert own_text == "".join(p for p in content if isinstance(p, str))
    nodes = [p for p in content if not isinstance(p, str)]
    assert [child.tag for child in element] == [T + ("pb" if isinstance(p, PageBreak) else "note")
                                                for p in nodes]
    for child, node in zip(element, nodes):
        assert child.get("n") == node.n


@pytest.mark.parametrize("role", ROLE_WORDS)
def test_a_byline_separates_the_names_from_every_role_word(role):
    """An author (著, 编著, 执笔) is the docAuthor; an editor (主编, 编, 整理, 校注) or a
    translator (译) is a name: docAuthor names the author only. The role stays as printed."""
    element = serialize.byline_line(TitleLine("byline", f"尹德慈 ◎{role}"))
    name = "docAuthor" if role in ("编著", "編著", "执笔", "執筆", "著") else "persName"
    assert etree.tostring(element, encoding="unicode") == (
        f'<byline xmlns="{TEI_NS}"><{name}>尹德慈</{name}> ◎{role}</byline>')


def test_a_byline_without_names_or_role_stays_as_printed():
    for text in ("主编", "广州市党建学会"):
        element = serialize.byline_line(TitleLine("byline", text, lang="zh-Hant"))
        assert (element.text, len(element)) == (text, 0)
        assert element.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-Hant"


def test_note_attributes_say_how_it_was_printed():
    element = serialize.note(Note(n="①", content=["注文"], caret=True, anchored=False))
    assert dict(element.attrib) == {"place": "foot", "n": "①", "rend": "sup", "anchored": "false"}
    assert element.text == "注文"


def test_closer_holds_the_signature_and_the_dated_dateline():
    element = serialize.closer(Closer(signed=["编者"], dateline="2012年9月", when="2012-09"))
    assert etree.tostring(element, encoding="unicode") == (
        f'<closer xmlns="{TEI_NS}"><signed>编者</signed><dateline><date when="2012-09">'
        "2012年9月</date></dateline></closer>")

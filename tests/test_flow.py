"""teikit.flow: the running text of a division — joins at page ends, notes moved to anchors."""
from hypothesis import given
from hypothesis import strategies as st

from teikit.blocks import RawBlock
from teikit.detect import Token
from teikit.detect.text import ends_sentence
from teikit.errors import Reporter
from teikit.flow import Flow
from teikit.model import Book, Note, PageBreak, Paragraph, SourceLine


def token(kind: str, text: str, line: int, **data) -> Token:
    return Token(kind, [RawBlock([SourceLine(text, line)])], data)


def note(marker: str, line: int) -> Token:
    return token("note", f"^{marker}注文", line, marker=marker, body="注文", caret=True)


def flow_of(tokens: list[Token]) -> tuple[Flow, Reporter]:
    reporter = Reporter("t.txt")
    flow = Flow(reporter, Book())
    for t in tokens:
        getattr(flow, t.type)(t)
    flow.finish(more_follows=False)
    return flow, reporter


def text_of(units: list) -> str:
    """The division's text with each anchored note's mark put back where it was."""
    out = []
    for unit in units:
        for piece in getattr(unit, "content", []):
            if isinstance(piece, str):
                out.append(piece)
            elif isinstance(piece, Note) and piece.anchored:
                out.append("^" + piece.n)
    return "".join(out)


def test_a_paragraph_cut_mid_sentence_is_joined_with_a_page_break_at_the_join():
    flow, _ = flow_of([token("paragraph", "这一段正文写到了一半", 1), token("paragraph", "又写完。", 3)])
    (unit,) = flow.units
    assert isinstance(unit, Paragraph)
    assert [type(p).__name__ for p in unit.content] == ["str", "PageBreak", "str"]
    assert unit.content[0] + unit.content[2] == "这一段正文写到了一半又写完。"
    assert flow.book.editorial.joined_paragraphs == 1


def test_a_note_moves_to_its_anchor_on_its_page_and_ends_the_page():
    flow, reporter = flow_of([token("paragraph", "有标记^①的段落。", 1), note("①", 3),
                              token("paragraph", "下一页。", 5)])
    first, pb, second = flow.units
    assert [type(p).__name__ for p in first.content] == ["str", "Note", "str"]
    assert isinstance(pb, PageBreak) and second.content == ["下一页。"]
    assert reporter.messages == [] and flow.book.editorial.moved_notes == 1


def test_a_note_without_anchor_and_an_anchor_without_note_are_warned_with_their_lines():
    flow, reporter = flow_of([token("paragraph", "没有标记的段落。", 1), note("②", 3),
                              token("paragraph", "这里有^③。", 5)])
    assert [(m.line, m.code) for m in reporter.messages] == [(3, "note-unanchored"),
                                                             (5, "anchor-without-note")]
    assert flow.book.editorial.unmatched_notes == 1 and flow.book.editorial.unmatched_anchors == 1


MARKS = "①②③"
PARAGRAPH = st.tuples(st.text("甲乙丙", min_size=1, max_size=4), st.sampled_from(["", *MARKS]),
                      st.booleans())
ITEMS = st.lists(st.one_of(PARAGRAPH.map(lambda p: ("paragraph", p)),
                           st.sampled_from(MARKS).map(lambda m: ("note", m))), max_size=12)


@given(ITEMS)
def test_flow_keeps_the_text_accounts_for_every_note_and_joins_exactly_the_cut_paragraphs(items):
    tokens, texts, joins, open_split = [], [], 0, False
    for line, (kind, value) in enumerate(items, start=1):
        if kind == "note":
            tokens.append(note(value, line))
            continue
        body, mark, full_stop = value
        text = body + (f"^{mark}" if mark else "") + ("。" if full_stop else "")
        tokens.append(token("paragraph", text, line))
        texts.append(text)
        joins += open_split
        open_split = not ends_sentence(text)
    flow, reporter = flow_of(tokens)
    editorial = flow.book.editorial
    notes = sum(kind == "note" for kind, _ in items)
    assert text_of(flow.units) == "".join(texts)  # nothing lost, every mark where it was
    assert editorial.moved_notes + editorial.unmatched_notes == notes
    assert sum(m.code == "note-unanchored" for m in reporter.messages) == editorial.unmatched_notes
    assert editorial.joined_paragraphs == joins

"""What each line of a known test book became (teikit.report.marks and sheet), line by line."""
from __future__ import annotations

from teikit import pipeline, reader
from teikit.report.sheet import make_sheet
from tests.conftest import TEST_BOOKS

MONOGRAPH = next(b for b in TEST_BOOKS if b.name == "monograph") / "source.txt"

#: line → (kind, start of its first tag) as a proofreader reads them off the printed book.
EXPECTED = {
    2: ("title-page", "main title page: series"),
    4: ("title-page", "main title page: title"),
    10: ("cip", "CIP record: heading"),
    14: ("cip", "CIP record"),
    20: ("colophon", "colophon row: 出版发行"),
    56: ("heading", "heading, level 2 第一节"),
    58: ("heading", "heading, level 3 一、"),
    60: ("paragraph", "paragraph"),
    62: ("footnote", "footnote [1]"),
    66: ("heading", "heading, level 3 二、"),
    70: ("paragraph", "paragraph, continued across the page break"),
    78: ("heading", "heading, level 1"),
}


def sheet():
    text = reader.read_path(MONOGRAPH)
    conversion = pipeline.convert_text(text, MONOGRAPH.name)
    return make_sheet(conversion.book, text, conversion.reporter.messages)


def test_each_line_shows_the_node_it_starts():
    rows = {row.number: row for page in sheet().pages for row in page.lines}
    for number, (kind, label) in EXPECTED.items():
        assert rows[number].kind == kind, number
        assert rows[number].marks[0].label == label, number


def test_blank_lines_are_in_no_node_and_every_other_line_is():
    rows = [row for page in sheet().pages for row in page.lines]
    assert {row.kind for row in rows if not row.text.strip()} == {"blank"}
    assert "other" not in {row.kind for row in rows}


def test_notes_point_at_the_line_of_their_mark():
    rows = {row.number: row for page in sheet().pages for row in page.lines}
    assert [(mark, line) for _pair, mark, line in rows[60].anchors] == [("[1]", 62), ("[2]", 64)]
    assert rows[62].note_of == 60 and rows[64].note_of == 60
    assert rows[76].note_of == 70  # the mark stands on the page after the paragraph began


def test_pages_start_at_the_models_page_breaks():
    pages = sheet().pages
    assert [p.lines[0].number for p in pages] == [1] + [p.brk.line for p in pages[1:]]
    assert [p.brk.pb.n for p in pages[2:]] == ["1", "2", "3", "4", "5"]
    assert [p.brk.join for p in pages[1:]] == [True, False, False, True, False, True]

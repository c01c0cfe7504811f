"""Pass number-pages: page numbers inferred from the contents, never past the chapter's end."""
import pytest
from teikit.errors import Reporter
from teikit.pipeline import parse_book

CONTENTS = "目 录\n\n甲章\t甲 (10)\n乙章\t乙 (13)\n\n"


def chapter_text(title, author, *paragraphs):
    return f"{title}\n\n{author}\n\n" + "\n\n".join(paragraphs) + "\n\n"


def pb_numbers(book):
    from teikit.passes.pages import page_breaks

    return [[pb.n for pb in page_breaks(c.abstract + c.blocks)] for c in book.chapters]


def test_breaks_are_numbered_from_the_chapter_start():
    text = CONTENTS + chapter_text("甲章", "甲", "一段写到一半", "接着写完。", "又一段未", "完成了。")
    reporter = Reporter()
    book = parse_book(text + chapter_text("乙章", "乙", "乙的正文。"), "t.txt", reporter)
    assert pb_numbers(book) == [["11", "12"], []]
    assert [(c.page_from, c.page_to) for c in book.chapters] == [("10", "12"), ("13", None)]
    assert book.contents.entries[0].page_to == "12"
    assert not reporter.warnings


def test_too_many_breaks_for_the_chapter_leave_numbers_out_with_a_warning():
    paras = ["一段写到一半", "接着写。"] * 4
    reporter = Reporter("t.txt")
    book = parse_book(CONTENTS + chapter_text("甲章", "甲", *paras), "t.txt", reporter)
    assert pb_numbers(book) == [[None] * 4]
    [warning] = reporter.warnings
    assert warning.rule == "page-count" and warning.line == 6


def test_footnotes_ending_a_chapter_do_not_double_the_next_chapters_page_break():
    text = CONTENTS + chapter_text("甲章", "甲", "正文。^①", "^① 注。") + chapter_text("乙章", "乙", "乙。")
    book = parse_book(text, "t.txt", Reporter())
    assert pb_numbers(book) == [[], []]
    assert book.editorial.page_breaks == 2  # the two chapter starts only


def test_without_contents_breaks_keep_no_number():
    book = parse_book("第一章　绪论\n\n这一段正文写到了一半\n\n又写完。\n", "t.txt", Reporter())
    assert pb_numbers(book) == [[None]]


# --- contents of several levels, and breaks at the start of their page (issue 10 point 5,
# issue 14 point 4) ---------------------------------------------------------------------

LEVELS = ("目 录\n\n第一章 总论……1\n\u3000第一节 概念……1\n\u3000第二节 方法……2\n"
          "\u3000第三节 数据……3\n第二章 结论……5\n\n")


def _body_pbs(book):
    """(division title, the pb it opens or None, the breaks inside it) for every division."""
    from teikit.passes.pages import page_breaks

    return [(c.head.content[0], c.start.n if c.start else None,
             [pb.n for pb in page_breaks(c.abstract + c.blocks)]) for c in book.chapters]


def test_a_section_on_its_chapters_first_page_opens_no_second_page():
    text = LEVELS + "第一章 总论\n\n第一节 概念\n\n概念一段。\n\n" \
        "第二节 方法\n\n方法写到一\n\n半。\n\n第三节 数据\n\n数据。\n\n第二章 结论\n\n结论。\n"
    reporter = Reporter("t.txt")
    book = parse_book(text, "t.txt", reporter)
    # 第一节 shares page 1 with its chapter; 第二节 starts page 2 (the text so far is on 1);
    # 第三节 starts mid-page 3, where 第二节's split paragraph went on
    assert _body_pbs(book) == [("第一章 总论", "1", []), ("第一节 概念", None, []),
                               ("第二节 方法", "2", ["3"]), ("第三节 数据", None, []),
                               ("第二章 结论", "5", [])]
    assert [c.level for c in book.chapters] == [0, 1, 1, 1, 0]
    assert not reporter.warnings


def test_a_section_the_contents_put_on_a_page_the_text_already_passed_is_reported():
    text = LEVELS + "第一章 总论\n\n第一节 概念\n\n概念写到一\n\n半。\n\n又写到一\n\n半。\n\n" \
        "第二节 方法\n\n方法。\n\n第三节 数据\n\n数据。\n\n第二章 结论\n\n结论。\n"
    reporter = Reporter("t.txt")
    book = parse_book(text, "t.txt", reporter)
    assert [w.rule for w in reporter.warnings] == ["page-count"]
    assert _body_pbs(book)[1] == ("第一节 概念", None, [None, None])


def test_a_break_ending_a_division_opens_the_next_one():
    from teikit.model import Division, PageBreak

    text = "目 录\n\n甲章\t甲 (10)\n乙章\t乙 (13)\n\n" + chapter_text(
        "甲章", "甲", "一、小节", "正文。^①", "^① 注。", "二、下节", "下节正文。")
    book = parse_book(text + chapter_text("乙章", "乙", "乙。"), "t.txt", Reporter())
    first, pb, second = book.chapters[0].blocks
    assert isinstance(first, Division) and not isinstance(first.blocks[-1], PageBreak)
    assert isinstance(pb, PageBreak) and pb.n == "11"
    assert isinstance(second, Division) and second.head.content == ["二、下节"]


@pytest.mark.parametrize("before, after, inside", [
    ("自身状", "况都", True), ("发展，", "推进", False), ("Inter", "net", True),
    ("end", " next", False), ("2013", "年", True), ("”", "他", False), ("", "甲", False)])
def test_a_break_is_inside_a_word_between_two_word_characters(before, after, inside):
    from teikit.passes.pages import inside_word

    assert inside_word(before, after) is inside


def test_front_items_open_the_pages_the_form_feeds_mark():
    from pathlib import Path

    source = Path(__file__).parents[1] / "books" / "extracted" / "pdftotext.txt"
    book = parse_book(source.read_text(encoding="utf-8"), "t.txt", Reporter("t.txt"))
    opened = [type(item).__name__ for item in book.front if item.start is not None]
    assert opened == ["TitlePage", "Contents"]  # the form feeds: title page | contents | text


@pytest.mark.parametrize("front, body, kept", [
    (["1", "2"], "1", False),  # the front restarts its numbering: dropped
    (["3", "4"], "5", True), (["ii", "iii"], "1", False), ([None, "4"], "5", True)])
def test_front_page_numbers_are_kept_only_where_they_run_up_to_the_body(front, body, kept):
    from teikit.model import Book, Chapter, Contents, Heading, PageBreak, Preface
    from teikit.passes.pages import _front_numbers_before_the_body

    book = Book(front=[Preface(head=Heading(["序"]), start=PageBreak(n=front[0])),
                       Contents(head=Heading(["目录"]), start=PageBreak(n=front[1]))],
                chapters=[Chapter(head=None, start=PageBreak(n=body))])
    _front_numbers_before_the_body(book)
    assert [item.start.n for item in book.front] == (front if kept else [None, None])

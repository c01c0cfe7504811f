"""Pass number-pages: page numbers inferred from the contents, never past the chapter's end."""
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

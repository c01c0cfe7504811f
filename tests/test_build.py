"""Step 3, build: page splits rejoined with a page break at the join; notes moved to anchors."""
from teikit.errors import Reporter
from teikit.model import Closer, Division, Gap, Note, PageBreak, Paragraph
from teikit.pipeline import parse_book

HEAD = "目 录\n\n研究报告\t甲学会 (7)\n\n研究报告\n\n甲学会\n\n"


def book_of(body: str, reporter=None):
    reporter = reporter or Reporter("t.txt")
    return parse_book(HEAD + body, "t.txt", reporter), reporter


def paragraphs(blocks):
    for block in blocks:
        if isinstance(block, Division):
            yield from paragraphs(block.blocks)
        elif isinstance(block, Paragraph):
            yield block


def test_split_paragraph_is_joined_with_a_page_break_at_the_exact_join():
    book, _ = book_of("第一段写到自身状\n\n况都发生了变化。\n")
    [p] = book.chapters[0].blocks
    assert p.content[0] == "第一段写到自身状"
    assert isinstance(p.content[1], PageBreak) and p.content[1].n == "8"
    assert p.content[2] == "况都发生了变化。"
    assert book.editorial.joined_paragraphs == 1


def test_note_between_split_halves_moves_to_its_anchor_and_the_break_stays_at_the_join():
    book, reporter = book_of("前文。^①后文围\n\n^① 某某：《书》，某社2012年版。\n\n绕着目标。\n")
    [p] = book.chapters[0].blocks
    kinds = [type(x).__name__ for x in p.content]
    assert kinds == ["str", "Note", "str", "PageBreak", "str"]
    note = p.content[1]
    assert (note.n, note.caret, note.anchored) == ("①", True, True)
    assert p.content[0] == "前文。" and p.content[2] == "后文围" and p.content[4] == "绕着目标。"
    assert not reporter.warnings


def test_footnote_after_a_finished_paragraph_ends_the_page():
    book, _ = book_of("第一段。^①\n\n^① 注文。\n\n第二段。\n")
    blocks = book.chapters[0].blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "PageBreak", "Paragraph"]
    assert blocks[1].n == "8"


def test_note_numbers_restart_per_page_and_match_within_their_page():
    text = ("甲^①乙^②丙\n\n^① 注一。\n\n^② 注二。\n\n丁。^①\n\n^① 注三。\n\n戊。\n")
    book, reporter = book_of(text)
    notes = [x for p in paragraphs(book.chapters[0].blocks) for x in p.content if isinstance(x, Note)]
    assert [(n.n, n.content) for n in notes] == [("①", ["注一。"]), ("②", ["注二。"]),
                                                 ("①", ["注三。"])]
    assert [n.xml_id for n in notes] == ["n1", "n2", "n3"]
    assert not reporter.warnings


def test_note_without_anchor_is_kept_and_reported_with_its_line():
    book, reporter = book_of("没有标记的段落。\n\n^① 孤立的注。\n\n下一页。\n")
    [warning] = reporter.warnings
    assert warning.line == 11 and warning.rule == "note-unanchored"
    notes = [x for p in paragraphs(book.chapters[0].blocks) for x in p.content if isinstance(x, Note)]
    assert notes[0].anchored is False and notes[0].content == ["孤立的注。"]


def test_anchor_without_note_is_kept_as_text_and_reported():
    book, reporter = book_of("有标记^①的段落。\n")
    [warning] = reporter.warnings
    assert warning.rule == "anchor-without-note" and warning.line == 9
    assert "^①" in book.chapters[0].blocks[0].content[0]


def test_unmarked_note_on_the_first_page_belongs_to_the_chapter():
    book, _ = book_of("【内容提要】提要一。\n\n提要二，跨\n\n本研究报告属于某课题。\n\n页续完。\n\n正文开始。\n\n一、第一部分\n")
    chapter = book.chapters[0]
    [note] = chapter.notes
    assert note.anchored is False and note.n is None and note.content == ["本研究报告属于某课题。"]
    assert chapter.abstract_label == "【内容提要】"
    # the abstract ends with the paragraph that runs over the chapter's first page
    assert [p.content[0] for p in chapter.abstract] == ["提要一。", "提要二，跨"]
    assert isinstance(chapter.abstract[1].content[1], PageBreak)
    assert chapter.blocks[0].content == ["正文开始。"]


def test_text_ending_mid_sentence_is_marked_as_a_gap():
    book, _ = book_of("最后一段没有写\n\n^① 注。\n")
    assert isinstance(book.truncated, Gap)


def test_finished_text_has_no_gap():
    book, _ = book_of("最后一段写完了。\n")
    assert book.truncated is None


def test_preface_closer_takes_the_signature_note():
    text = "序 言\n\n正文。\n\n某某*\n\n2012年9月\n\n* 某某，教授。\n\n" + HEAD
    book = parse_book(text, "t.txt", Reporter())
    preface = book.front[0]
    closer = preface.closer
    assert isinstance(closer, Closer) and closer.when == "2012-09"
    assert closer.signed[0] == "某某" and isinstance(closer.signed[1], Note)
    assert closer.signed[1].n == "*"
    # the footnote ended the preface's page: the next page's break opens the contents
    assert isinstance(preface.blocks[-1], Closer)
    assert isinstance(book.contents.start, PageBreak) and book.front[1] is book.contents

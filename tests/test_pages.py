"""The page layer: form feeds, folios, running heads, hard-wrapped lines (teikit.pages)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from teikit import pages
from teikit.pages import folio_number, join_lines, paginate, read_pages, source_lines


@pytest.mark.parametrize("line, number", [
    ("12", 12), ("- 12 -", 12), ("— 7 —", 7), ("·12·", 12), ("第12页", 12), ("１２", 12),
    ("  ３  ", 3), ("[45]", 45),
])
def test_folio_patterns(line, number):
    assert folio_number(line) == (number, None)


@pytest.mark.parametrize("line", ["2013年", "12。", "第12章", "一二", "12 34", "ISBN 12"])
def test_not_folios(line):
    assert folio_number(line) is None


def test_folio_and_running_head_on_one_layout_line():
    assert folio_number("12          基层党建研究") == (12, "基层党建研究")
    assert folio_number("   社区治理实践          13") == (13, "社区治理实践")


@given(st.lists(st.integers(0, 3), min_size=1, max_size=12))
def test_form_feeds_never_shift_line_numbers(feeds):
    """Any number of form feeds at line starts: every line keeps the number an editor shows."""
    lines = [("\f" * k) + f"第{i}行" for i, k in enumerate(feeds, start=1)]
    found = [sl for sl in source_lines("\n".join(lines)) if sl is not None and sl.text]
    assert [(sl.text, sl.line) for sl in found] == [(f"第{i}行", i) for i in range(1, len(feeds) + 1)]
    assert sum(1 for sl in source_lines("\n".join(lines)) if sl is None) == sum(feeds)


def _book(pages_text: list[str]) -> str:
    return "\f".join(pages_text) + "\f"


BODY = "社区治理是国家治理体系的基础，也是党的建设的重要阵地"  # 26 CJK = 52 columns


def test_folios_and_running_heads_leave_the_text():
    cut = BODY[2:]
    text = _book([
        f"第一章　总论\n\n　　{cut}\n{BODY}\n\n1\n",
        f"基层治理研究\n\n{BODY}\n{BODY}。\n\n2\n",
        f"第一章　总论\n\n　　{cut}\n{BODY}，\n\n3\n",
        f"基层治理研究\n\n{BODY}\n{BODY}。\n\n4\n",
    ])
    layout, blocks = read_pages(text)
    assert layout.marked and [p.folio for p in layout.pages] == [1, 2, 3, 4]
    assert [f.text for p in layout.pages for f in p.top] == ["基层治理研究", "第一章　总论",
                                                           "基层治理研究"]
    texts = [b.text for b in blocks]
    assert texts[0] == "第一章　总论"  # the opening page's title is text, later ones heads
    assert not any(t in ("1", "2", "3", "4", "基层治理研究") for t in texts)
    continued = [b for b in blocks if b.page is not None]
    assert [b.page.n for b in continued] == ["1", "2", "3", "4"]
    assert [b.continues for b in continued[1:]] == [True, False, True]


def test_hard_wrapped_lines_join_and_indents_start_paragraphs():
    cut = BODY[2:]  # an indented first line is as wide as the others
    text = _book([f"　　{cut}\n{BODY}\n短行。\n　　{cut}\n{BODY}\n结束\n\n7\n",
                  f"续{cut}\n{BODY}\n完。\n\n8\n"])
    _, blocks = read_pages(text)
    assert [b.text for b in blocks] == [cut + BODY + "短行。", cut + BODY + "结束",
                                        "续" + cut + BODY + "完。"]
    assert [b.line for b in blocks] == [1, 4, 9]
    assert blocks[2].continues and blocks[2].page.n == "8"


@pytest.mark.parametrize("lines, joined", [
    (["中文", "继续"], "中文继续"),
    (["the word", "next word"], "the word next word"),
    (["中文abc", "中文"], "中文abc中文"),
    (["28.", "5%"], "28.5%"),
])
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def test_text_without_page_signals_is_cut_into_blocks_as_before():
    text = "甲\n乙\n\n丙\n"
    layout, blocks = read_pages(text)
    assert not layout.marked and layout.measure is None
    assert [b.text for b in blocks] == ["甲\n乙", "丙"]


def test_copy_paste_pages_from_folio_lines():
    text = "\n".join([f"　　{BODY}", f"{BODY}，", "1", "基层治理研究", f"{BODY}。", "2",
                      "基层治理研究", f"　　{BODY}", "3"]) + "\n"
    layout = paginate(text)
    assert layout.marked and [p.folio for p in layout.pages] == [1, 2, 3]
    assert [f.text for p in layout.pages for f in p.top] == ["基层治理研究", "基层治理研究"]


def test_spaced_cjk_counted():
    layout = paginate(f"{BODY[:12]} {BODY[12:]}，社区 治理\n")
    assert layout.spaced_cjk == 2 and layout.spaced_cjk_line == 1


def test_a_lone_number_is_no_folio():
    layout = paginate(_book([f"{BODY}\n\n2013\n", f"{BODY}\n"]))
    assert all(p.folio is None for p in layout.pages)
    assert pages.width("中a") == 3


@given(st.text(st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs", "Co", "Cn", "Cc")),
               max_size=40))
def test_width_agrees_with_unicode_east_asian_width(text):
    """The fast width (one regex) is unicodedata's on the BMP, but for emoji-like symbols."""
    import unicodedata
    text = "".join(c for c in text if not ("\u2300" <= c <= "\u2bff" or unicodedata.category(c)
                                           in ("So", "Mn", "Me", "Cf") or c == "\u303f"))
    assert pages.width(text) == sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
                                    for c in text)


def test_a_page_holding_only_a_number_is_not_its_own_sequence():
    """Found by the format properties: a page whose one line is `　　1990` is head and foot at
    once; it must not count twice as a folio sequence."""
    layout = paginate(_book([f"{BODY}\n", "　　1990\n", f"{BODY}\n"]))
    assert [p.folio for p in layout.pages] == [None, None, None]


CJK = st.sampled_from("社区治理是国家体系的基础也党建设重要阵地")


@settings(deadline=None)  # the first example imports the detection rules
@given(st.lists(st.text(CJK, min_size=28, max_size=28), min_size=1, max_size=4),
       st.booleans())
def test_a_full_stop_wrapped_onto_a_line_of_its_own_joins_its_sentence(lines, form_feeds):
    """Found on a real extraction (`…党建党建\\n。`): a full line, then a line holding only
    the full stop the measure had no room for; with form feeds or folio lines alike."""
    para = ["　　" + BODY[2:] + "，"] + lines + ["。"]
    if form_feeds:
        text = _book(["\n".join(para) + "\n\n1\n", f"　　{BODY}。\n\n2\n"])
    else:
        text = "\n".join(para + ["", "1", "", f"　　{BODY}。", "", "2"]) + "\n"
    _, blocks = read_pages(text)
    assert [b.text for b in blocks] == ["".join(para).lstrip("　"), f"{BODY}。"]


TITLE, BOOK = "社区治理的实践", "基层治理研究"


def _contents_page(*entries: tuple[str, int]) -> str:
    return "目录\n\n" + "\n".join(f"{t}\n.....作者（{n}）" for t, n in entries) + "\n"


def _chapter_page(top: str, folio: int, opening: bool = False) -> str:
    body = f"{top}\n\n作者\n\n　　{BODY}。\n" if opening else f"{top}\n\n　　{BODY}。\n"
    return f"{body}\n{folio}\n"


@pytest.mark.parametrize("repeated", ["two chapters", "chapter like the book"])
def test_a_title_listed_twice_opens_only_the_pages_the_contents_give_it(repeated):
    """The contents list a title twice (or a chapter bears the book's title): it tops every
    page as running head, and opens a chapter only at the pages the contents give it."""
    first = BOOK if repeated == "chapter like the book" else TITLE
    second = TITLE
    text = _book([f"{BOOK}\n", _contents_page((first, 1), (second, 3)),
                  _chapter_page(first, 1, opening=True), _chapter_page(first, 2),
                  _chapter_page(second, 3, opening=True), _chapter_page(second, 4)])
    layout, blocks = read_pages(text)
    assert [p.folio for p in layout.pages] == [None, None, 1, 2, 3, 4]
    assert [[f.text for f in p.top] for p in layout.pages] == [[], [], [], [first], [], [second]]
    opening = [(b.text, b.page.n) for b in blocks if b.text in (first, second) and b.page
               and b.page.n]
    assert opening == [(first, "1"), (second, "3")]


def test_a_running_head_topping_one_page_repeats_the_title_that_opened_a_page():
    """A copy-paste (no form feeds): the chapter's opening page and the front matter are one
    page, so the running head on its second page tops that page alone."""
    text = "\n".join([BOOK, "", _contents_page((TITLE, 1)), TITLE, "", "作者", "",
                      f"　　{BODY}", "", "1", "", TITLE, "", f"{BODY}。", "", "2"]) + "\n"
    layout, blocks = read_pages(text)
    assert [p.folio for p in layout.pages] == [1, 2]
    assert [[f.text for f in p.top] for p in layout.pages] == [[], [TITLE]]


def test_the_block_after_footnotes_opens_a_page_the_source_does_not_mark():
    """A copy-paste's preface has no folios: its footnotes stand at a page's foot, so the
    paragraph after them opens the next page (a break without number) — else the diplomatic
    export would print the notes after it."""
    text = "\n".join(["前言", "", f"　　{BODY}，", f"{BODY}。①", "", "① 注文。", "",
                      f"　　{BODY}。", "", "目录", "", f"　　{BODY}", f"{BODY}，", "",
                      "1", "", f"{BODY}。", "", "2"]) + "\n"
    _, blocks = read_pages(text)
    after = next(b for b in blocks if b.line == 8)
    assert after.page is not None and after.page.n is None and not after.continues
    assert next(b for b in blocks if b.line == 3).page is None


@pytest.mark.parametrize("following", ["张三", f"　　{BODY}。"])
def test_notes_in_parentheses_end_a_page_the_source_does_not_mark(following):
    """(1) notes whose numbers the page shows as anchors, then an unindented block (a
    signature) in a text that indents its paragraphs, or an indented paragraph after notes
    that end like sentences: the notes stood at the page's foot and that block opens the
    next page."""
    text = "\n".join(["前言", "", f"　　{BODY}(1)，", f"{BODY}(2)。", "", "(1) 注文。",
                      "(2) 又一注文。", "", following, "", "2011年7月", "", "目录", "",
                      f"　　{BODY}", f"{BODY}，", "", "1", "", f"{BODY}。", "", "2"]) + "\n"
    _, blocks = read_pages(text)
    signer = next(b for b in blocks if b.line == 9)
    assert signer.page is not None and signer.page.n is None and not signer.continues


@pytest.mark.parametrize("heading, following, anchored, note_later", [
    ("(1) 组织设置", f"　　{BODY}。", True, False),  # a (1) heading, then its paragraph
    ("(1) 组织设置", "张三", False, False),  # no (1) anchor on the page: no note, no page end
    ("(1) 加强组织建设。", f"　　{BODY}。", True, True),  # the page's note (1) comes later
])
def test_a_heading_in_parentheses_opens_no_page(heading, following, anchored, note_later):
    anchor = "(1)" if anchored else ""
    note = ["", "(1) 注文。"] if note_later else []
    text = "\n".join(["前言", "", f"　　{BODY}{anchor}，", f"{BODY}。", "", heading, "",
                      following] + note + ["", "目录", "", f"　　{BODY}", f"{BODY}，", "", "1",
                                            "", f"{BODY}。", "", "2"]) + "\n"
    _, blocks = read_pages(text)
    assert next(b for b in blocks if b.line == 8).page is None


def test_the_notes_before_the_signature_convert_as_notes_at_their_anchors():
    from teikit.pipeline import convert_text

    text = "\n".join(["前言", "", f"　　{BODY}(1)，", f"{BODY}(2)。", "", "(1) 注文。",
                      "(2) 又一注文。", "", "张三", "", "2011年7月", "", "目录", "",
                      f"　　{BODY}", f"{BODY}，", "", "1", "", f"{BODY}。", "", "2"]) + "\n"
    root = convert_text(text, "x.txt").tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    notes = root.findall(".//t:front//t:p/t:note", ns)
    assert [n.get("n") for n in notes] == ["(1)", "(2)"]


@pytest.mark.parametrize("before, after", [
    ("^① 王明. 全面群众[M]. 上海: 上海人民出版社, 2013", "  : 401-404."),  # short lines
    (f"　　{BODY}\n{BODY[:20]}", "，也是党的建设的重要阵地。"),  # prose short of the measure
])
def test_a_line_opening_with_closing_punctuation_carries_on_the_line_before(before, after):
    """No line of Chinese typesetting begins with ，。；：）… (避头点): such a line goes on
    the block before, even where that line is short of the measure or the next is indented."""
    text = "\n".join([f"  {BODY}", f"{BODY}。", "", before, after, "", "1",
                      f"\f{BODY}", f"{BODY}。", "", "2"]) + "\n"
    _, blocks = read_pages(text)
    block = next(b for b in blocks if b.text.startswith(before.strip()[:4]))
    assert after.strip() in block.text
    assert not any(b.text.startswith(after.strip()[:1]) for b in blocks)


def test_a_folio_not_taken_as_one_is_no_sign_of_the_margin():
    """pdftotext -layout sets every line two columns in. A page ending on a lone year (1990,
    whose paragraph goes on overleaf) also shows a number, so neither it nor the book's one
    folio ("- 1 -", at column 0) is taken as a folio. The margin is still two columns: the
    next page's first line carries the paragraph on instead of opening one."""
    text = "\n".join(["  前言", "", f"      {BODY}。", "\f      1990", "\f  年以来，基层党建不断加强。",
                      "", "  张三", "\f  正文", "", "- 1 -"]) + "\n"
    layout = paginate(text)
    assert layout.margin == 2


def test_notes_in_parentheses_before_the_contents_end_the_preface_page():
    """A copy-paste's preface without folios: signature, dateline, its (1) note, then the
    contents, which open a new page; the diplomatic export prints the note before them."""
    text = "\n".join(["前言", "", f"　　{BODY}(1)。", "", "张三", "", "2011年7月", "",
                      "(1) 注文。", "", "目录", "", "第一章 总论……1", "", "第一章 总论", "",
                      f"　　{BODY}。", "", "1", "", f"{BODY}。", "", "2"]) + "\n"
    _, blocks = read_pages(text)
    contents = next(b for b in blocks if b.text == "目录")
    assert contents.page is not None and contents.page.n is None


def test_a_reference_closing_with_a_full_stop_reads_as_a_note():
    """GB/T 7714 ends a reference with "." (``…1992-08-27(9).``): (1) notes ending so, then an
    indented paragraph, end the unmarked page as notes ending with 。 do."""
    text = "\n".join(["前言", "", f"　　{BODY}(1)。", "", "(1) 刘华. 完善[N]. 光明日报, 1992-08-27(9).",
                      "", f"　　{BODY}。", "", "张三", "", "2011年7月", "", "目录", "",
                      f"　　{BODY}", f"{BODY}，", "", "1", "", f"{BODY}。", "", "2"]) + "\n"
    _, blocks = read_pages(text)
    after = next(b for b in blocks if b.line == 7)
    assert after.page is not None and after.page.n is None


LONG_TITLE = "经验e-government开展Internet创新，干部QQ群Web 2.0"  # 49 columns


def test_a_long_chapter_title_is_a_running_head_beside_its_folio():
    """A running head may be as wide as a line of text (28 characters): a chapter title of 49
    columns beside its folio is still one."""
    assert folio_number(f"8                    {LONG_TITLE}") == (8, LONG_TITLE)


def test_a_listed_title_repeated_at_the_tops_of_pages_is_a_running_head_however_long():
    title = LONG_TITLE + "的实践与探索"  # wider than any usual running head
    pages_ = [f"目录\n\n{title}……2\n\n1", f"{title}\n\n　　{BODY}，\n\n2",
              f"{title}\n\n{BODY}。\n\n3", f"{title}\n\n　　{BODY}。\n\n4"]
    layout = paginate("\f".join(pages_) + "\f")
    assert [[f.text for f in p.top] for p in layout.pages] == [[], [], [title], [title]]

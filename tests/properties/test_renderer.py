"""Properties of the generator and renderer themselves: the oracle must be right before it
can judge the converter."""
from __future__ import annotations

import re

from hypothesis import given

from .oracle import Book, Para, ends_sentence, isbn13_valid
from .render import Rendered, chapter_blocks, render, toc_lines
from .strategies import books

MARK = re.compile(r"\^?[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|\[\d+\]|(?<!\s)\(\d+\)|\*")
NON_SPACE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return NON_SPACE.sub("", MARK.sub("", text))


def _para_text(para: Para, cut: int | None) -> str:
    return para.text if cut is None else para.text[:cut]


def reading_order(book: Book) -> list[str]:
    """Every string of the book in printed order, notes left out (computed from the oracle
    alone, not from the renderer)."""
    t, cip = book.titles, book.cip
    seq: list[str] = []
    for half in (True, False):
        seq += [x for x in (t.funding, t.prize, t.series, t.title, t.subtitle) if x]
        seq += [t.byline, t.group_trad, t.publisher_trad] if half else [t.group_trad,
                                                                      t.publisher]
    seq += [cip.HEADING, cip.description(), "ISBN " + cip.isbn, cip.access_points(),
            cip.approval()]
    seq += [k + v for k, v in book.colophon.rows] + list(book.colophon.notices)
    if book.preface:
        seq += [book.preface.heading, *(p.text for p in book.preface.paras),
                book.preface.signer, book.preface.dateline]
    seq.append(book.contents.heading)
    for entry in book.contents.entries:
        seq += toc_lines(entry)
    for i, chapter in enumerate(book.chapters):
        seq += [chapter.title, *chapter.authors]
        if chapter.abstract:
            seq.append(chapter.abstract_label)
        blocks = chapter_blocks(chapter)
        for j, block in enumerate(blocks):
            cut = book.excerpt_cut if (i == len(book.chapters) - 1
                                       and j == len(blocks) - 1) else None
            seq.append(_para_text(block, cut) if isinstance(block, Para) else block.printed)
    return seq


def _note_lines(r: Rendered) -> set[int]:
    return {n.line for n in r.notes}


@given(books())
def test_every_character_appears_in_order(book):
    r = render(book)
    lines = r.text.split("\n")
    notes = _note_lines(r)
    body = "".join(line for i, line in enumerate(lines, 1) if i not in notes)
    assert _squeeze(body) == _squeeze("".join(reading_order(book)))


@given(books())
def test_note_blocks_are_printed_with_their_mark(book):
    r = render(book)
    lines = r.text.split("\n")
    for note in r.notes:
        line = lines[note.line - 1]
        if note.mark is None:
            assert line == note.text
        else:
            assert re.fullmatch(r"\^?" + re.escape(note.mark) + r" " + re.escape(note.text),
                                line), line


@given(books())
def test_isbn_checksums_are_valid(book):
    r = render(book)
    assert isbn13_valid(book.cip.isbn)
    for number in re.findall(r"ISBN ([\d-]+)", r.text):
        assert isbn13_valid(number), number


def _blocks(text: str) -> list[tuple[int, str]]:
    """(first line, text) of each blank-line-separated block."""
    out, start, current = [], 0, []
    for i, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not current:
                start = i
            current.append(line)
        elif current:
            out.append((start, "\n".join(current)))
            current = []
    return out


@given(books())
def test_note_marks_restart_on_every_page(book):
    """Read back from the text alone: between two runs of note blocks (a page end) the marks
    in the running text are ①②③… (or [1][2]…, (1)(2)…) and the next run prints the same marks."""
    r = render(book)
    notes = _note_lines(r)
    after_cip = r.text.split("\n").index(book.cip.approval()) + 1
    anchors: list[str] = []
    run: list[str] = []
    for line, block in _blocks(r.text):
        if line <= after_cip:
            continue
        if line in notes:
            m = MARK.match(block)
            if m:
                run.append(m.group().lstrip("^"))
            continue
        if run:
            _check_page(anchors, run)
            anchors, run = [], []
        anchors += [m.lstrip("^") for m in MARK.findall(block)]
    _check_page(anchors, run)


def _check_page(anchors: list[str], run: list[str]) -> None:
    assert anchors == run
    numbered = [m for m in run if m != "*"]
    expected = [f"[{i + 1}]" if m.startswith("[") else f"({i + 1})" if m.startswith("(")
                else chr(0x2460 + i) for i, m in enumerate(numbered)]
    assert numbered == expected


@given(books())
def test_split_paragraphs_rejoin_from_their_blocks(book):
    r = render(book)
    notes = _note_lines(r)
    blocks = [(line, text) for line, text in _blocks(r.text) if line not in notes]
    starts = {line: k for k, (line, _) in enumerate(blocks)}
    for para in r.paragraphs:
        k = starts[para.line]
        pieces = [MARK.sub("", blocks[k + j][1]) for j in range(len(para.breaks) + 1)]
        pieces[0] = pieces[0].removeprefix("【内容提要】")
        assert "".join(pieces) == para.text
        for piece in pieces[:-1]:
            assert not ends_sentence(piece)
        assert para.breaks == [sum(map(len, pieces[:j + 1])) for j in range(len(para.breaks))]


@given(books())
def test_contents_pages_match_the_layout(book):
    r = render(book)
    for (first, last), entry in zip(r.chapter_pages, book.contents.entries):
        assert entry.page == first <= last
    pages = [e.page for e in book.contents.entries]
    assert pages == sorted(pages)
    countable = [b for b in r.breaks if b.countable]
    for b in countable:
        assert b.evident

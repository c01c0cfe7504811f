"""Property: any str or bytes given to the converter either converts or fails with teikit's
own error type and a message, never another exception; any byte string given to
``teikit validate`` ends with exit 0 or 1 (a JSON report) or 2 (teikit's message), never a
traceback, never a hang."""
from __future__ import annotations

import json
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from teikit.cli import app
from teikit.errors import TeikitError
from teikit.pipeline import convert_text, read_bytes

from .render import render
from .strategies import books

# Text that looks like the genre: lines made of its markers, numbers and words.
LINE_PIECES = st.sampled_from(("一、", "（一）", "第一章 ", "1. ", "（1）", "^①", "①", "*", "[1]",
                               "【内容提要】", "目 录", "序 言", ".....", "\t", "(12)", "（357）",
                               "后记", "图书在版编目 (CIP) 数据", "ISBN 978-7-5454-2978-7",
                               "I. ①广… II. ①尹…", "出版\t", "2012年9月", "党建", "。", " "))
genre_lines = st.lists(st.lists(LINE_PIECES, max_size=6).map("".join), max_size=40).map(
    "\n".join)


def _convert_or_teikit_error(text: str) -> None:
    try:
        conversion = convert_text(text, "fuzz.txt")
    except TeikitError as error:
        assert error.message
    else:
        conversion.to_bytes()


@given(st.one_of(genre_lines, st.text()))
@example("\x08")  # found by this property: a control character reached lxml (ValueError)
@example("0\x0c0")  # found by the deep run: a form feed reached lxml (ValueError)
def test_any_text_converts_or_fails_cleanly(text):
    _convert_or_teikit_error(text)


@given(st.binary())
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        text = read_bytes(data, "fuzz.txt")
    except TeikitError as error:
        assert error.message
        return
    _convert_or_teikit_error(text)


@given(books(), st.data())
def test_mangled_books_convert_or_fail_cleanly(book, data):
    """A generated book with lines dropped or swapped: plausible input a converter meets."""
    lines = render(book).text.split("\n")
    drop = data.draw(st.lists(st.integers(0, len(lines) - 1), max_size=5))
    kept = [line for i, line in enumerate(lines) if i not in set(drop)]
    if len(kept) > 2:
        i = data.draw(st.integers(0, len(kept) - 2))
        kept[i], kept[i + 1] = kept[i + 1], kept[i]
    _convert_or_teikit_error("\n".join(kept))


@given(books(), st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "gb18030")),
       st.sampled_from(("\n", "\r\n", "\r")))
def test_encodings_and_line_ends_read_back(book, encoding, newline):
    text = render(book).text
    data = text.replace("\n", newline).encode(encoding)
    assert read_bytes(data, "book.txt") == text


# --- teikit validate on any bytes -------------------------------------------------------

runner = CliRunner()  # click 8.2: stdout and stderr apart
SMALL_BOOK = "目 录\n\n研究\t甲 (1)\n\n研究\n\n甲\n\n有标记^①的段落。\n\n^① 注文。\n"
EDITION = convert_text(SMALL_BOOK, "small.txt").to_bytes()
XML_PIECES = st.sampled_from((
    b"<", b">", b"</", b"/>", b"TEI", b"p", b' xmlns="http://www.tei-c.org/ns/1.0"',
    b'<!DOCTYPE x [<!ENTITY a "aaaa">]>', b"&a;", b"&#0;",
    b"<?xml version='1.0' encoding='gbk'?>", b"\xef\xbb\xbf", b"\xff\xfe", b"<![CDATA[",
    b"]]>", b"\x00", "党建".encode()))
xml_like = st.lists(XML_PIECES, max_size=30).map(b"".join)


@st.composite
def damaged_edition(draw) -> bytes:
    """A valid edition cut short, or with a few bytes changed."""
    data = bytearray(EDITION)
    if draw(st.booleans()):
        return bytes(data[:draw(st.integers(0, len(data)))])
    for _ in range(draw(st.integers(1, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@settings(deadline=timedelta(seconds=20))
@given(st.one_of(st.binary(max_size=2000), xml_like, damaged_edition()))
@example(b"")
@example(EDITION)
def test_validate_any_bytes_reports_or_fails_cleanly(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "edition.xml"
        path.write_bytes(data)
        result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code in (0, 1, 2)
    if result.exit_code == 2:
        assert result.stderr.strip()
    else:
        json.loads(result.stdout)

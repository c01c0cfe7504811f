"""Step 1 for a PDF, read: each page's text lines in reading order, with their type.

pypdfium2 (PDFium's own text layer) gives every character with its box and font size, and
PDFium's reading order. A line is the characters PDFium puts between two of its generated
line ends; it keeps its box, its body size (the most common size of its characters), its
weight (a bold font's name or weight), and its characters' text, where a superscript (a
character clearly smaller than the line and raised above its baseline) is kept as printed
and marked, and a wide gap between two characters (a tab stop, a contents column) reads as a
tab. Coordinates are PDF points from the page's top left.

Failures are input errors naming the file (and the pages): a corrupt or encrypted file, a
PDF without any text layer (scanned images: run OCR first), characters no font decodes.
"""
from __future__ import annotations

import ctypes
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import InputError, UsageError

#: A gap between two characters wider than this many times the line's size reads as a tab.
TAB_GAP = 1.0
#: Gaps (in ems of the line's size) that read as a space: between two CJK characters (which
#: are set solid), and next to a Latin character.
WIDE_SPACE = 0.15
WORD_SPACE = 0.15
#: Punctuation set solid with the Chinese text around it (a dash "——", an ellipsis "……"):
#: no printed space beside it, however wide the gap (past TAB_GAP it is a column gap). Its
#: pair is often one ligature glyph whose narrow box PDFium gives both characters, at one
#: origin, so the gap measured after it is most of an em, wider still in a justified line.
SOLID = "—…"
SOLID_SPACE = float("inf")
#: A character smaller than this share of its line's size, raised above the baseline, is a
#: superscript (a note anchor).
SUPERSCRIPT_SIZE = 0.8
#: A font weight from this up is bold (PDFium reads it from the font descriptor's StemV).
BOLD = 600
#: A font named like this is set bold (or in a heading face: 黑体, a Hei family, is the
#: bold type of Chinese books), whatever weight its descriptor records: "ABCDEF+SimHei",
#: "FZHTJW--GB1-0" (方正黑体简体), "NotoSerifCJKsc-Bold", "Times-BoldItalic".
BOLD_NAME = re.compile(r"bold|heavy|black|semibold|demibold|[-_ ]?hei\b|hei[-_ ]|heiti|simhei|"
                       r"黑体|粗|fzht|fzcu|\bht[jf]w", re.IGNORECASE)
#: The font descriptor's ForceBold flag (PDF 32000-1, table 123: bit 19).
FORCE_BOLD = 1 << 18
#: PDFium reports a hyphen it takes for a line-end hyphenation as U+0002 (its text range
#: as U+FFFE): it is printed, a hyphen.
PDFIUM_HYPHENS = (0x02, 0xFFFE)
#: A page whose characters are this share undecodable cannot be read.
UNDECODABLE_SHARE = 0.05


def undecodable_code(code: int) -> bool:
    """What a font without a usable Unicode map yields: nothing, U+FFFD, control characters
    (raw glyph numbers), private-use or unassigned points."""
    import unicodedata

    if code in (0, 0xFFFD) or (code < 0x20 and code not in (0x09, 0x0A, 0x0D)):
        return True
    return unicodedata.category(chr(code)) in ("Co", "Cn", "Cs", "Cc") and code >= 0x20


@dataclass
class Line:
    """One printed line of a PDF page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the most common font size of its characters
    bold: bool = False
    superscripts: list[int] = field(default_factory=list)  # offsets of raised small chars
    lead: float = 0.0  # width of its first word (a Latin run) or first character

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class PdfPage:
    index: int  # 0-based
    width: float
    height: float
    lines: list[Line]
    label: str | None = None  # the PDF's page label (/PageLabels), when it has one


@dataclass
class PdfText:
    path: str
    pages: list[PdfPage]
    labelled: bool  # the document defines page labels


def open_document(path: str | Path):
    """Open the PDF with pypdfium2, mapping its failures to input errors."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    path = Path(path)
    if not path.exists():
        raise UsageError("no such file", path=str(path))
    if path.is_dir():
        raise UsageError("is a directory, not a PDF", path=str(path))
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise InputError("the PDF is encrypted (password protected): teikit cannot read "
                             "its text; save an unencrypted copy first", path=str(path)) from None
        raise InputError("the file is not a readable PDF (corrupt or truncated)",
                         path=str(path)) from None


def read_pdf(path: str | Path) -> PdfText:
    """Every page's lines; raise InputError for a PDF whose text cannot be read."""
    document = open_document(path)
    try:
        pages = [_read_page(document, index) for index in range(len(document))]
        labels = [_label(document, index) for index in range(len(document))]
    finally:
        document.close()
    name = str(path)
    if not pages:
        raise InputError("the PDF has no pages", path=name)
    bad = [page.index + 1 for page in pages if page.lines is None]
    if bad:
        raise InputError(f"characters no font of the PDF maps to Unicode on page(s) "
                         f"{_ranges(bad)}: the text cannot be read there; OCR those pages",
                         path=name)
    if not any(page.lines for page in pages):
        raise InputError(f"the PDF has no text layer on any of its {len(pages)} pages (scanned "
                         "page images?): run OCR on it first (e.g. ocrmypdf -l chi_sim) and "
                         "convert the OCRed PDF or its text", path=name)
    labelled = any(label is not None for label in labels) and \
        any(label != str(i + 1) for i, label in enumerate(labels))
    for page, label in zip(pages, labels):
        page.label = label if labelled else None
    return PdfText(name, pages, labelled)


def _label(document, index: int) -> str | None:
    try:
        label = document.get_page_label(index)
    except Exception:  # noqa: BLE001 - a broken label tree is no label
        return None
    return label or None


def _ranges(numbers: list[int]) -> str:
    out, start, prev = [], numbers[0], numbers[0]
    for n in numbers[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


@dataclass
class _Char:
    char: str
    x0: float  # the origin
    x1: float  # the origin and the advance (the loose box's left is not the origin, and a CJK
    #: glyph's loose box can be narrower than its full-width advance)
    top: float
    bottom: float  # the baseline
    size: float
    bold: bool


def _read_page(document, index: int) -> PdfPage:
    import pypdfium2.raw as raw

    page = document[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    count = raw.FPDFText_CountChars(textpage)
    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    pbox, px, py = ctypes.byref(box), ctypes.byref(x), ctypes.byref(y)
    chars: list[_Char] = []
    fonts = _Fonts()
    undecodable = 0
    text = textpage.get_text_range(0, count, errors="replace") if count else ""
    if len(text) != count:  # a surrogate pair is two UTF-16 units: read character by character
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    for i, char in enumerate(text):
        if char.isspace():
            continue  # printed or PDFium's guessed spaces and line ends: measured below
        code = ord(char)
        if code in PDFIUM_HYPHENS:
            char, code = "-", 0x2D
        if undecodable_code(code):
            undecodable += 1
            continue
        raw.FPDFText_GetLooseCharBox(textpage, i, pbox)  # with its advance
        size = raw.FPDFText_GetFontSize(textpage, i) * _scale(textpage, i, matrix)
        weight = raw.FPDFText_GetFontWeight(textpage, i)
        bold = weight >= BOLD or fonts.bold(textpage, i)
        raw.FPDFText_GetCharOrigin(textpage, i, px, py)
        advance = size if _wide(char) else box.right - box.left  # CJK is set full-width
        chars.append(_Char(char, x.value, x.value + advance, height - box.top,
                           height - y.value, round(size, 1), bold))
    textpage.close()
    page.close()
    made = [_line(group) for group in _group_lines(chars)]
    made.sort(key=lambda line: (round(line.bottom), line.x0))  # content order is not reading order
    if undecodable and undecodable > UNDECODABLE_SHARE * (undecodable + sum(
            len(line.text) for line in made)):
        return PdfPage(index, width, height, None)  # type: ignore[arg-type]
    return PdfPage(index, width, height, made)


class _Fonts:
    """Whether a character's font is bold by its name and flags, read once a font name."""

    def __init__(self) -> None:
        self._buffer = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()
        self._known: dict[tuple[bytes, int], bool] = {}

    def bold(self, textpage, i: int) -> bool:
        import pypdfium2.raw as raw

        raw.FPDFText_GetFontInfo(textpage, i, self._buffer, 256, ctypes.byref(self._flags))
        key = (self._buffer.value, self._flags.value)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = bold_font(key[0].decode("utf-8", "replace"), key[1])
        return known


def bold_font(name: str, flags: int = 0) -> bool:
    """A bold font by its PDF name (a subset's "ABCDEF+" prefix aside) or its ForceBold flag."""
    return bool(flags & FORCE_BOLD) or bool(BOLD_NAME.search(name.split("+")[-1]))


def _scale(textpage, i: int, matrix) -> float:
    """The character's transformation scale: its font size in points on the page (PDFium
    reports the size in text space; Chromium, for one, sets text in pixels scaled by 0.75)."""
    import pypdfium2.raw as raw

    if not raw.FPDFText_GetMatrix(textpage, i, ctypes.byref(matrix)):
        return 1.0
    return abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0


def _group_lines(chars: list[_Char]) -> list[list[_Char]]:
    """Characters in content order cut into lines by their place: a line goes on while the
    next character stands on its baseline (or is a raised small one inside its height) to its
    right."""
    lines: list[list[_Char]] = []
    base = size = 0.0
    for c in chars:
        if lines:
            last = lines[-1][-1]
            on_base = abs(c.bottom - base) <= 0.35 * max(c.size, size)
            raised = c.size < SUPERSCRIPT_SIZE * size and base - size < c.bottom < base
            if (on_base or raised) and c.x0 >= last.x0 - 0.2 * c.size:
                lines[-1].append(c)
                if on_base and c.size > size:
                    size = c.size
                continue
        lines.append([c])
        base, size = c.bottom, c.size
    return lines


def _line(chars: list[_Char]) -> Line:
    body, base = _body_type(chars)
    text: list[str] = []
    sups: list[int] = []
    previous: _Char | None = None
    for c in chars:
        if c.char.isspace():
            continue
        if previous is not None:
            gap = c.x0 - previous.x1
            if gap > TAB_GAP * body:
                text.append("\t")
            elif gap > _space_gap(previous.char, c.char) * body:
                text.append(" ")  # a printed space (CJK text sets none but by intent)
        if c.size < SUPERSCRIPT_SIZE * body and c.bottom < base - 0.2 * body:
            sups.append(sum(map(len, text)))
        text.append(c.char)
        previous = c
    bold = sum(1 for c in chars if c.bold) * 2 > len(chars)
    word = 1
    while word < len(chars) and not _wide(chars[word].char) and not _wide(chars[0].char) \
            and chars[word].x0 - chars[word - 1].x1 < WORD_SPACE * body:
        word += 1
    return Line("".join(text), min(c.x0 for c in chars), max(c.x1 for c in chars),
                min(c.top for c in chars), max(c.bottom for c in chars), body, bold, sups,
                chars[word - 1].x1 - chars[0].x0)


def _body_type(chars: list[_Char]) -> tuple[float, float]:
    """The line's type size and baseline: the most common size of the characters standing on
    its lowest baseline (raised superscripts, however many, are not its type: "题[1]！" is
    set in the size of 题 and ！)."""
    base = max(c.bottom for c in chars)
    standing = [c.size for c in chars if c.bottom >= base - 0.1 * c.size]
    return Counter(standing).most_common(1)[0][0], base


@functools.lru_cache(maxsize=None)
def _space_gap(left: str, right: str) -> float:
    """The gap (in ems) past which two neighbouring characters read as a printed space."""
    solid = left in SOLID or right in SOLID
    if solid and (_wide(left) or left in SOLID) and (_wide(right) or right in SOLID):
        return SOLID_SPACE
    return WIDE_SPACE if _wide(left) and _wide(right) else WORD_SPACE


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"

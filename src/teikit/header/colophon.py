"""The colophon table (版权页: 出版, 发行, 印刷, 开本 … 定价) and its loose lines, parsed.

Every row may be missing or empty; rows with keys teikit does not know are kept in
``other``. Loose lines give the copyright line, credits (装帧设计, 责任编辑 …) and the
quality notice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from teikit.errors import Reporter
from teikit.header.isbn import Isbn, read_isbn
from teikit.header.record_text import RecordText, Span, Value
from teikit.model import Colophon, ColophonRow, SourceLine

#: Printed key (spaces and colon removed) -> field of ColophonRecord.
ROW_KEYS: dict[str, str] = {
    "出版": "publisher", "出版者": "publisher", "出版社": "publisher",
    "出版发行": "publisher-distributor",
    "发行": "distributor", "发行者": "distributor", "经销": "distributor",
    "总经销": "distributor", "经销者": "distributor",
    "印刷": "printer", "印刷者": "printer", "承印": "printer", "印装": "printer",
    "开本": "format", "印张": "sheets", "字数": "words", "版次": "edition", "印次": "printing",
    "书号": "isbn", "ISBN": "isbn", "标准书号": "isbn", "定价": "price",
}
_CREDIT_ROLE = r"[\u4e00-\u9fff]{0,4}(?:设计|编辑|校对|印制|技编|监制|制作|摄影|插图|绘图|排版)"
_CREDIT = re.compile(r"(?P<role>" + _CREDIT_ROLE + r")\s*:\s*")
_CREDIT_NAMES = re.compile(r"[,、]|\s+")
_DECORATION = "•·●◆◇★☆■□*— \t"
_NAME_AND_ADDRESS = re.compile(r"^(?P<name>[^(]+?)\s*\(\s*(?P<address>.+?)\s*\)\s*$")
_FORMAT = re.compile(r"(?P<w>\d+)\s*(?:毫米|mm)?\s*[×xX*]\s*(?P<h>\d+)\s*(?:毫米|mm)?"
                     r"(?:\s*(?P<fraction>1\s*/\s*\d+))?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WORDS = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>千字|万字|字)")
_EDITION = re.compile(r"(?:(?P<year>\d{4})\s*年\s*(?:(?P<month>\d{1,2})\s*月)?)?\s*"
                      r"第\s*(?P<n>\d+)\s*[版次]")
_PRICE = re.compile(r"(?P<amount>\d+(?:\.\d+)?)\s*元|[¥￥]\s*(?P<amount2>\d+(?:\.\d+)?)")
_WORD_UNITS = {"千字": ("kiloword", 1), "万字": ("kiloword", 10), "字": ("word", 1)}


@dataclass
class Party:
    """A publisher, distributor or printer; ``key`` is the colophon key as printed."""

    key: str
    name: Value
    address: Value | None = None


@dataclass
class Quantity(Value):
    quantity: str = ""  # a number, e.g. "12.75"
    unit: str = ""  # TEI measure/@unit: sheet, kiloword, word, CNY


@dataclass
class Format(Value):
    """开本: the sheet size in millimetres and the fraction (``850毫米×1168毫米 1/32``)."""

    width_mm: str = ""
    height_mm: str = ""
    fraction: str = ""


@dataclass
class EditionValue(Value):
    """版次/印次: the date (ISO) and the number of the edition or printing."""

    when: str = ""
    number: str = ""
    date_text: str = ""  # the printed date part, e.g. "2015年3月"


@dataclass
class Credit:
    """A credit line such as ``装帧设计: 某某``: the role as printed and the names."""

    role: Value
    names: list[Value] = field(default_factory=list)


@dataclass
class ColophonRecord:
    publisher: Party | None = None
    distributors: list[Party] = field(default_factory=list)
    printer: Party | None = None
    format: Format | None = None
    sheets: Quantity | None = None
    words: Quantity | None = None
    edition: EditionValue | None = None
    printing: EditionValue | None = None
    isbn: Isbn | None = None
    price: Quantity | None = None
    credits: list[Credit] = field(default_factory=list)
    copyright: Value | None = None
    quality_notice: Value | None = None
    other_notices: list[Value] = field(default_factory=list)
    other: list[ColophonRow] = field(default_factory=list)  # rows with unknown keys
    empty: list[ColophonRow] = field(default_factory=list)  # rows printed without a value


def parse_colophon(colophon: Colophon, reporter: Reporter) -> ColophonRecord:
    record = ColophonRecord()
    for row in colophon.rows:
        _read_row(row, record, reporter)
    for notice in colophon.notices:
        _read_notice(notice, record)
    return record


def normalise_key(key: str) -> str:
    """``出 版：`` -> ``出版``."""
    return re.sub(r"[\s\u3000:：]", "", key)


def _span(text: str, line: int) -> Span:
    return RecordText([SourceLine(text, line)]).whole().strip()


def _read_row(row: ColophonRow, record: ColophonRecord, reporter: Reporter) -> None:
    key = normalise_key(row.key)
    value = _span(row.value, row.line)
    if not value:
        record.empty.append(row)
        return
    if key in ROW_KEYS:
        _ROW_READERS[ROW_KEYS[key]](row.key.strip(), value, record, reporter)
        return
    if re.fullmatch(_CREDIT_ROLE, key):
        names = value.split(_CREDIT_NAMES)
        record.credits.append(Credit(Value(row.key.strip(), row.line), [n.value() for n in names]))
        return
    record.other.append(row)


def _party(key: str, value: Span) -> Party:
    m = value.search(_NAME_AND_ADDRESS)
    if m:
        return Party(key, value.group(m, "name").value(), value.group(m, "address").value())
    return Party(key, value.value())


def _read_publisher(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    record.publisher = _party(key, value)


def _read_publisher_distributor(key: str, value: Span, record: ColophonRecord,
                                reporter: Reporter) -> None:
    record.publisher = _party(key, value)
    record.distributors.append(record.publisher)


def _read_distributor(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    record.distributors.append(_party(key, value))


def _read_printer(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    record.printer = _party(key, value)


def _read_format(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    v = value.value()
    m = value.search(_FORMAT)
    fraction = re.sub(r"\s", "", m.group("fraction") or "") if m else ""
    record.format = Format(v.text, v.line, width_mm=m.group("w") if m else "",
                           height_mm=m.group("h") if m else "", fraction=fraction)


def _read_sheets(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    v = value.value()
    m = value.search(_NUMBER)
    record.sheets = Quantity(v.text, v.line, quantity=m.group() if m else "", unit="sheet")


def _read_words(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    v = value.value()
    m = value.search(_WORDS)
    if not m:
        record.words = Quantity(v.text, v.line)
        return
    unit, factor = _WORD_UNITS[m.group("unit")]
    quantity = m.group("n") if factor == 1 else _scaled(m.group("n"), factor)
    record.words = Quantity(v.text, v.line, quantity=quantity, unit=unit)


def _scaled(number: str, factor: int) -> str:
    scaled = float(number) * factor
    return str(int(scaled)) if scaled == int(scaled) else f"{scaled:g}"


def _edition_value(value: Span) -> EditionValue:
    v = value.value()
    m = value.search(_EDITION)
    if not m:
        return EditionValue(v.text, v.line)
    when = m.group("year") or ""
    if when and m.group("month"):
        when += f"-{int(m.group('month')):02d}"
    date_text = value.slice(m.start(), m.start("n")).text.rstrip(" 第") if when else ""
    return EditionValue(v.text, v.line, when=when, number=m.group("n"), date_text=date_text)


def _read_edition(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    record.edition = _edition_value(value)


def _read_printing(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    record.printing = _edition_value(value)


def _read_isbn(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    record.isbn = read_isbn(value.value(), reporter)


def _read_price(key: str, value: Span, record: ColophonRecord, reporter: Reporter) -> None:
    v = value.value()
    m = value.search(_PRICE)
    amount = (m.group("amount") or m.group("amount2")) if m else ""
    record.price = Quantity(v.text, v.line, quantity=amount, unit="CNY" if m else "")


_ROW_READERS = {
    "publisher": _read_publisher,
    "publisher-distributor": _read_publisher_distributor,
    "distributor": _read_distributor,
    "printer": _read_printer,
    "format": _read_format,
    "sheets": _read_sheets,
    "words": _read_words,
    "edition": _read_edition,
    "printing": _read_printing,
    "isbn": _read_isbn,
    "price": _read_price,
}


# --- loose lines -----------------------------------------------------------------


def _read_notice(notice: SourceLine, record: ColophonRecord) -> None:
    span = _span(notice.text, notice.line).strip(_DECORATION)
    if not span:
        return
    if "版权所有" in span.text:
        record.copyright = span.value()
    elif re.search(r"印装质量|质量问题|调换", span.text):
        record.quality_notice = span.value()
    elif span.search(_CREDIT):
        record.credits.extend(_credits(span))
    else:
        record.other_notices.append(span.value())


def _credits(span: Span) -> list[Credit]:
    """One or more ``role: names`` on one line (``责任编辑：甲　封面设计：乙``)."""
    marks = list(_CREDIT.finditer(span.folded))
    found = []
    for index, m in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(span.folded)
        names = span.slice(m.end(), end).split(_CREDIT_NAMES)
        found.append(Credit(span.group(m, "role").value(), [n.value() for n in names]))
    return found

"""The CIP record (GB/T 12451, ISBD punctuation) parsed into fields that remember their lines.

``Title. 2, Part title : other title / 张三, 李四主编; 王五译. —北京: 某出版社, 2015. 3 (丛书; 3)``,
then ``ISBN …``, access points ``I. ①… II. ①… III. ①…—… IV. ①F299`` and the approval number
``中国版本图书馆CIP数据核字 (2015) 第012345号``. The line breaks of the printed record do
not matter: the record is read as one text and every value is mapped back to its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from teikit.errors import Reporter
from teikit.header.isbn import Isbn, read_isbn
from teikit.header.record_text import RecordText, Span, Value
from teikit.header.responsibility import Responsibility, parse_responsibilities
from teikit.model import CipBlock, SourceLine

_APPROVAL = re.compile(
    r"(?:中国版本图书馆\s*)?CIP\s*数据核字\s*[(\[]\s*(?P<year>\d{4})\s*[)\]]\s*第?\s*(?P<number>\d+)\s*号?")
_ISBN = re.compile(r"ISBN\s*:?\s*(?P<isbn>[0-9Xx](?:[0-9Xx]|[ —-](?=[0-9Xx])){8,20})")
_ACCESS_MARK = re.compile(r"(?<![A-Za-z])(?P<roman>IV|III|II|I|Ⅳ|Ⅲ|Ⅱ|Ⅰ)\s*\.?\s*(?=[①-⑳㉑-㉟])")
_ITEM_MARK = re.compile(r"[①-⑳㉑-㉟]")
_AREA = re.compile(r"\.\s*—{1,2}\s*|\.\s*-{1,2}\s+")
_TRAILING_PARENS = re.compile(r"\(\s*(?P<inner>[^()]*?)\s*\)\s*$")
_DATE = re.compile(r"(?P<year>\d{4})(?:\s*[.年]\s*(?P<month>\d{1,2})\s*月?)?\.?$")
_DATE_AFTER_COMMA = re.compile(r",\s*(?P<date>\d{4}(?:\s*[.年]\s*\d{1,2}\s*月?)?\.?)\s*$")
_PART_NUMBER = (r"(?:第?\s*[\d一二三四五六七八九十百零〇]+\s*[辑卷册集部分编期]?"
                r"|[上中下]\s*[册卷编]?|[A-Z]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)")
# ISBD's ". " before a part; a dot inside a Latin word or number ("No.1", "2.0") is no separator
_PART_DOT = r"(?:(?<![0-9A-Za-z])\.\s*|\.\s+)"
_TITLE_WITH_PART = re.compile(
    r"^(?P<title>.+?)" + _PART_DOT + r"(?P<num>" + _PART_NUMBER + r")\s*(?:,\s*(?P<ptitle>.+))?$")
_TITLE_WITH_PART_TITLE = re.compile(r"^(?P<title>.+?)\.\s+(?P<ptitle>.+)$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4}


@dataclass
class DateValue(Value):
    when: str = ""  # ISO: "2015" or "2015-03"


@dataclass
class Imprint:
    publisher: Value
    place: Value | None = None


@dataclass
class Series:
    """A series statement ``(丛书名; 3)``: title, number within the series, responsibility."""

    statement: Value
    title: Value
    number: Value | None = None
    responsibilities: list[Responsibility] = field(default_factory=list)


@dataclass
class Subject(Value):
    """A subject heading (access point III) and its ``—`` subdivisions."""

    subdivisions: list[str] = field(default_factory=list)


@dataclass
class Approval(Value):
    """The CIP approval number (核字): its year and its number."""

    year: str = ""
    number: str = ""


@dataclass
class CipRecord:
    heading: SourceLine | None = None
    lines: list[SourceLine] = field(default_factory=list)  # the record verbatim
    title: Value | None = None
    part_number: Value | None = None
    part_title: Value | None = None
    other_titles: list[Value] = field(default_factory=list)
    parallel_titles: list[Value] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    edition: Value | None = None
    imprints: list[Imprint] = field(default_factory=list)
    date: DateValue | None = None
    physical: Value | None = None
    series: list[Series] = field(default_factory=list)
    isbns: list[Isbn] = field(default_factory=list)
    access_titles: list[Value] = field(default_factory=list)  # I
    access_names: list[Value] = field(default_factory=list)  # II
    subjects: list[Subject] = field(default_factory=list)  # III
    classes: list[Value] = field(default_factory=list)  # IV: Chinese Library Classification
    approval: Approval | None = None
    unparsed: list[Value] = field(default_factory=list)


def parse_cip(block: CipBlock, reporter: Reporter) -> CipRecord:
    """Parse a CIP block; problems go to ``reporter`` with the line they are on."""
    text = RecordText(block.lines)
    record = CipRecord(heading=block.heading, lines=list(block.lines))
    landmarks = _landmarks(text.whole())
    description_end = min((start for start, _, _ in landmarks), default=len(text.text))
    _parse_description(text.whole().slice(0, description_end).strip(), record, reporter)
    for index, (start, end, kind) in enumerate(landmarks):
        following = landmarks[index + 1][0] if index + 1 < len(landmarks) else len(text.text)
        rest = text.whole().slice(end, following).strip()
        _LANDMARK_READERS[kind](text.whole().slice(start, end), rest, record, reporter)
    if record.title is None:
        reporter.warning("CIP record without a title proper", line=block.heading.line,
                         rule="cip-title")
    return record


# --- landmarks: ISBN, access points, approval number ------------------------------


def _landmarks(whole: Span) -> list[tuple[int, int, str]]:
    """Start, end and kind of every ISBN, access-point mark and approval number, in order."""
    found: list[tuple[int, int, str]] = []
    folded = whole.folded
    for m in _APPROVAL.finditer(folded):
        found.append((m.start(), m.end(), "approval"))
    for m in _ISBN.finditer(folded):
        found.append((m.start(), m.end(), "isbn"))
    for m in _ACCESS_MARK.finditer(folded):
        found.append((m.start(), m.end(), "access-" + str(_ROMAN[m.group("roman")])))
    return sorted(found)


def _read_approval(mark: Span, rest: Span, record: CipRecord, reporter: Reporter) -> None:
    m = mark.search(_APPROVAL)
    record.approval = Approval(mark.text.strip(), mark.line, year=m.group("year"),
                               number=m.group("number"))
    _keep_unparsed(rest, record)


def _read_isbn(mark: Span, rest: Span, record: CipRecord, reporter: Reporter) -> None:
    printed = mark.group(mark.search(_ISBN), "isbn")
    isbn = read_isbn(printed.value(), reporter)
    isbn.qualifier = rest.value() if rest else None
    record.isbns.append(isbn)


def _read_access(number: int):
    def read(mark: Span, rest: Span, record: CipRecord, reporter: Reporter) -> None:
        items = rest.split(_ITEM_MARK)
        if number == 1:
            record.access_titles.extend(item.value() for item in items)
        elif number == 2:
            record.access_names.extend(item.value() for item in items)
        elif number == 3:
            record.subjects.extend(_subject(item) for item in items)
        else:
            record.classes.extend(item.value() for item in items)
    return read


_SUBDIVISION = re.compile(r"\s*(?:—+|-+)\s*")


def _subject(item: Span) -> Subject:
    value = item.value()
    return Subject(value.text, value.line, subdivisions=[p.text for p in item.split(_SUBDIVISION)])


_LANDMARK_READERS = {
    "approval": _read_approval,
    "isbn": _read_isbn,
    "access-1": _read_access(1),
    "access-2": _read_access(2),
    "access-3": _read_access(3),
    "access-4": _read_access(4),
}


def _keep_unparsed(rest: Span, record: CipRecord) -> None:
    if rest:
        record.unparsed.append(rest.value())


# --- the description: title, responsibility, edition, publication, series ---------


def _parse_description(desc: Span, record: CipRecord, reporter: Reporter) -> None:
    areas = desc.split(_AREA)
    if not areas:
        return
    last = areas[-1]
    series, last = _trailing_series(last)
    areas[-1] = last
    record.series = series
    _parse_title_area(areas[0], record)
    for area in areas[1:]:
        if not area:
            continue
        if _read_publication(area, record):
            continue
        if area.folded.rstrip(". ").endswith("版"):
            record.edition = area.value()
        elif re.search(r"\d+\s*(?:页|cm|厘米|册)", area.folded):
            record.physical = area.value()
        else:
            record.unparsed.append(area.value())
            reporter.info(f"CIP area not understood: {area.text}", line=area.line,
                          rule="cip-area")


def _trailing_series(area: Span) -> tuple[list[Series], Span]:
    """Series statements in parentheses at the end of the description, in printed order."""
    found: list[Series] = []
    while True:
        m = area.search(_TRAILING_PARENS)
        if not m or not m.group("inner").strip():
            return list(reversed(found)), area
        found.append(_series(area.slice(m.start(), m.end()).strip(), area.group(m, "inner")))
        area = area.slice(0, m.start()).strip()


def _series(statement: Span, inner: Span) -> Series:
    number = None
    parts = inner.split(re.compile(r";")) or [inner]
    title_part = parts[0]
    if len(parts) > 1:
        number = parts[-1].value()
    responsibilities: list[Responsibility] = []
    title_and_resp = title_part.split(re.compile(r"/"))
    if len(title_and_resp) > 1:
        title_part = title_and_resp[0]
        responsibilities = parse_responsibilities(title_and_resp[1])
    return Series(statement.value(), title_part.value(), number, responsibilities)


def _parse_title_area(area: Span, record: CipRecord) -> None:
    pieces = area.split(re.compile(r"\s/\s|/"))
    if not pieces:
        return
    title_part, resp = pieces[0], pieces[1:]
    if resp:
        whole_resp = area.source.whole().slice(resp[0].start, resp[-1].end)
        record.responsibilities = parse_responsibilities(whole_resp)
    titles = title_part.split(re.compile(r"\s=\s"))
    record.parallel_titles = [p.value() for p in titles[1:]]
    titles = titles[0].split(re.compile(r":")) if titles else []
    if not titles:
        return
    title_part = titles[0]
    record.other_titles = [o.value() for o in titles[1:]]
    m = title_part.search(_TITLE_WITH_PART) or title_part.search(_TITLE_WITH_PART_TITLE)
    if not m:
        record.title = title_part.value()
        return
    record.title = title_part.group(m, "title").value()
    if "num" in m.groupdict():
        record.part_number = title_part.group(m, "num").value()
    ptitle = title_part.group(m, "ptitle")
    record.part_title = ptitle.value() if ptitle else None


def _read_publication(area: Span, record: CipRecord) -> bool:
    """``Place: Publisher, Date`` (places and publishers may repeat, separated by ``;``/``:``)."""
    m = area.search(_DATE_AFTER_COMMA)
    if not m and not area.search(re.compile(r":")):
        return False
    if m:
        date = area.group(m, "date")
        record.date = _date(date)
        area = area.slice(0, m.start()).strip()
    for group in area.split(re.compile(r";")):
        names = group.split(re.compile(r":"))
        if not names:
            continue
        place, publishers = (names[0], names[1:]) if len(names) > 1 else (None, names)
        for publisher in publishers:
            record.imprints.append(Imprint(publisher.value(), place.value() if place else None))
    return True


def _date(span: Span) -> DateValue:
    value = span.value()
    m = _DATE.search(span.folded.strip())
    when = ""
    if m:
        when = m.group("year")
        if m.group("month"):
            when += f"-{int(m.group('month')):02d}"
    return DateValue(value.text, value.line, when=when)

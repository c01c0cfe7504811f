"""Everything the header is built from, parsed once: CIP record, colophon, title-page lines."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from teikit.errors import Reporter
from teikit.header.cip import CipRecord, parse_cip
from teikit.header.colophon import ColophonRecord, parse_colophon
from teikit.header.front_lines import title_page_lines, uses_traditional
from teikit.header.record_text import RecordText, Value
from teikit.header.responsibility import Responsibility, parse_responsibilities
from teikit.model import Book, SourceLine

_VOLUME_IN_SERIES_LINE = re.compile(r"^(?P<title>.+?)\s*[(（]\s*(?P<n>[^()（）]+?)\s*[)）]\s*$")
# What makes a title-page line name a series rather than a multipart work's common title.
_SERIES_WORD = re.compile(r"丛书|叢書|文库|文庫|系列|书系|書系|译丛|譯叢")


def names_a_series(text: str) -> bool:
    """True if a title-page line names a series (``城市研究丛书(3)``); a common title with a
    part number (``某报告(4)``, the CIP's ``某报告. 4, 分卷题名``) names a multipart work."""
    return bool(_SERIES_WORD.search(text))


@dataclass
class SeriesFact:
    title: Value
    volume: Value | None = None
    responsibilities: list[Responsibility] = field(default_factory=list)


@dataclass
class HeaderFacts:
    book: Book
    cip: CipRecord | None = None
    colophon: ColophonRecord | None = None
    funding: list[Value] = field(default_factory=list)
    prizes: list[Value] = field(default_factory=list)
    series: list[SeriesFact] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    traditional: bool = False


def gather(book: Book, reporter: Reporter) -> HeaderFacts:
    facts = HeaderFacts(book=book)
    if book.cip:
        facts.cip = parse_cip(book.cip, reporter)
    if book.colophon:
        facts.colophon = parse_colophon(book.colophon, reporter)
    facts.funding = title_page_lines(book, "funding")
    facts.prizes = title_page_lines(book, "prize")
    facts.series = _series(facts.cip, title_page_lines(book, "series"))
    facts.responsibilities = _responsibilities(facts.cip, title_page_lines(book, "byline"))
    facts.traditional = uses_traditional(book)
    return facts


def _series(cip: CipRecord | None, series_lines: list[Value]) -> list[SeriesFact]:
    """One bibliographic reading: with a CIP record, its series statements ``(丛书名; 3)`` and
    nothing else (a ``Title. 4, Part title`` record is a multipart work, read in ``titles``);
    without one, a title-page line that names a series (``丛书名(4)``: the number in brackets
    is the volume)."""
    if cip:
        return [SeriesFact(s.title, s.number, s.responsibilities) for s in cip.series]
    found = []
    for line in (line for line in series_lines if names_a_series(line.text)):
        m = _VOLUME_IN_SERIES_LINE.match(line.text)
        if m:
            found.append(SeriesFact(Value(m.group("title"), line.line), Value(m.group("n"), line.line)))
        else:
            found.append(SeriesFact(line))
    return found


def _responsibilities(cip: CipRecord | None, bylines: list[Value]) -> list[Responsibility]:
    """The CIP statements of responsibility; failing those, the title-page bylines."""
    if cip and cip.responsibilities:
        return cip.responsibilities
    found: list[Responsibility] = []
    for line in bylines:
        found.extend(parse_responsibilities(RecordText([SourceLine(line.text, line.line)]).whole()))
    return found

"""Step 6, report: a proofing view of one conversion, one more writer of the document model.

marks (what each model node covers) → sheet (source lines in pages, warnings placed) →
summary (the conversion's counts) → html (one self-contained page).
"""
from __future__ import annotations

from pathlib import Path

from teikit import reader
from teikit.pipeline import Conversion
from teikit.report.html import document
from teikit.report.sheet import Sheet, make_sheet
from teikit.report.summary import Summary, summarise


def report_html(conversion: Conversion, text: str, extra: list | None = None) -> bytes:
    """The report of ``conversion``, made from ``text``, the source it was converted from."""
    sheet = make_sheet(conversion.book, reader.normalise_breaks(text), conversion.reporter.messages)
    return document(sheet, summarise(sheet), extra)


def sheet_of(conversion: Conversion, text: str) -> tuple[Sheet, Summary]:
    sheet = make_sheet(conversion.book, reader.normalise_breaks(text), conversion.reporter.messages)
    return sheet, summarise(sheet)


def write_report(conversion: Conversion, source: Path, output: Path, force: bool = False,
                 extra: list | None = None) -> None:
    from teikit.pipeline import write_atomic

    write_atomic(output, report_html(conversion, reader.read_path(source), extra), force=force)

"""Step 6, report: a proofing view of one conversion, one more writer of the document model.

marks (what each model node covers) → sheet (source lines in pages, warnings placed) →
summary (the conversion's counts) → html (one self-contained page).
"""
from __future__ import annotations

from teikit import reader
from teikit.pipeline import Conversion
from teikit.report.html import document
from teikit.report.sheet import Sheet, make_sheet
from teikit.report.summary import Summary, summarise


def report_html(conversion: Conversion, text: str, extra: list | None = None,
                images=None) -> bytes:
    """The report of ``conversion``, made from ``text``, the source it was converted from;
    ``extra`` elements close the summary (`teikit report` lists an edition's corrections);
    ``images`` (a PDF source's facsimiles, teikit.pdf.report) gives a page's images."""
    sheet, summary = sheet_of(conversion, text)
    return document(sheet, summary, extra, images)


def sheet_of(conversion: Conversion, text: str) -> tuple[Sheet, Summary]:
    """The proof sheet and its summary (line numbers as the page layer counts them)."""
    sheet = make_sheet(conversion.book, reader.normalise_breaks(text), conversion.reporter.messages)
    return sheet, summarise(sheet)

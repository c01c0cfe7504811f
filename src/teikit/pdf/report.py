"""The proofing report of a PDF source (``convert BOOK.pdf --report``, ``teikit report EDITION
BOOK.pdf``): the source as read is the PDF's text lines, numbered as the conversion numbers
them (the Nth text line in reading order through the document), and, when the book's page
images exist, each page's image is the left column of its page in the report.

Image paths are relative to the report, and the images are lazy-loaded: the report works from
``file://`` and stays quick to open for a long book.
"""
from __future__ import annotations

import bisect
import os
from pathlib import Path

from teikit.pdf.read import PdfText


def source_text(text: PdfText) -> str:
    """The PDF's text lines, one a line, a form feed at each page's first line (the report's
    source lines: what the conversion read, with its line numbers)."""
    lines: list[str] = []
    for page in text.pages:
        for k, line in enumerate(page.lines):
            lines.append(("\f" if k == 0 and lines else "") + line.text)
    return "\n".join(lines)


def page_starts(text: PdfText) -> list[tuple[int, int]]:
    """(first line number, PDF page index) of every page that has text."""
    starts, number = [], 0
    for page in text.pages:
        if page.lines:
            starts.append((number + 1, page.index))
        number += len(page.lines)
    return starts


class Facsimiles:
    """Which page images stand beside a report page: the PDF pages its source lines are on."""

    def __init__(self, text: PdfText, urls: dict[int, str]):
        starts = page_starts(text)
        self._firsts = [first for first, _index in starts]
        self._index = [index for _first, index in starts]
        self._urls = urls
        self._labels = {page.index: page.label for page in text.pages}

    def pdf_page(self, line: int) -> int | None:
        k = bisect.bisect_right(self._firsts, line) - 1
        return self._index[k] if k >= 0 else None

    def __call__(self, page) -> list[tuple[str, str]]:
        """(url, alternative text) of each image of the report page ``page``."""
        indexes: list[int] = []
        for row in page.lines:
            if row.text.strip():
                index = self.pdf_page(row.number)
                if index is not None and index not in indexes:
                    indexes.append(index)
        out = []
        for index in indexes:
            if index in self._urls:
                label = self._labels.get(index)
                printed = f", printed page {label}" if label else ""
                out.append((self._urls[index],
                            f"Image of PDF page {index + 1}{printed}"))
        return out


def relative_url(image: Path, report: Path) -> str:
    """The image as a URL relative to the report's folder."""
    relative = os.path.relpath(Path(image).resolve(), Path(report).resolve().parent)
    return relative.replace(os.sep, "/")


def folder_urls(folder: Path, pages: int, report: Path) -> dict[int, str]:
    """The images ``--facsimile FOLDER`` renders (they are moved there once the edition is
    written), as URLs relative to the report."""
    from teikit.pdf.facsimile import image_name

    return {i: relative_url(Path(folder) / image_name(i), report) for i in range(pages)}


def edition_urls(edition: Path, report: Path) -> dict[int, str]:
    """The page images an edition links (its ``facsimile``'s surfaces ``pageN``), those that
    exist, as URLs relative to the report."""
    from urllib.parse import unquote

    from teikit import xmlsafe
    from teikit.tei import TEI_NS, XML_ID

    tree = xmlsafe.parse(Path(edition))
    out = {}
    for surface in tree.iter(f"{{{TEI_NS}}}surface"):
        ident, graphic = surface.get(XML_ID) or "", surface.find(f"{{{TEI_NS}}}graphic")
        if not ident.startswith("page") or not ident[4:].isdigit() or graphic is None:
            continue
        url = graphic.get("url") or ""
        if "://" in url or url.startswith("/"):
            continue  # only images beside the edition
        image = Path(edition).resolve().parent / unquote(url)
        if image.is_file():
            out[int(ident[4:]) - 1] = relative_url(image, report)
    return out


def pdf_report(pdf: Path, conversion, report: Path, facsimile: Path | None = None,
               extra: list | None = None) -> bytes:
    """The report of ``conversion``, the PDF ``pdf``'s, to be written at ``report``; with the
    images of ``facsimile`` (a folder of rendered pages) as the pages' left column."""
    from teikit.pdf.read import read_pdf
    from teikit.report import report_html

    text = read_pdf(pdf)
    urls = folder_urls(facsimile, len(text.pages), report) if facsimile is not None else {}
    return report_html(conversion, source_text(text), extra,
                       images=Facsimiles(text, urls) if urls else None)


def report_pdf_edition(edition: Path, pdf: Path, report: Path) -> bytes:
    """`teikit report EDITION BOOK.pdf`: the report of the PDF's fresh conversion, the
    edition's changes since in the summary, and the page images the edition links."""
    from teikit.pdf import convert_pdf
    from teikit.pdf.read import read_pdf
    from teikit.report import report_html
    from teikit.report.edition import corrections, corrections_section

    conversion = convert_pdf(pdf)
    section = corrections_section(corrections(conversion, edition), edition)
    text = read_pdf(pdf)
    urls = edition_urls(edition, report)
    return report_html(conversion, source_text(text), section,
                       images=Facsimiles(text, urls) if urls else None)

"""The report of a PDF source: its text lines as the conversion numbered them, and, with page
images, each page's image as the left column (lazy-loaded, relative paths, from file://);
`convert BOOK.pdf --report` and `teikit report EDITION BOOK.pdf` both write it."""
from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from teikit.cli import app
from teikit.pdf.read import read_pdf
from teikit.pdf.report import source_text

from .conftest import PDF_FIXTURE, Case

runner = CliRunner()
IMG = re.compile(r'<img src="([^"]+)" alt="([^"]+)" loading="lazy"')


def _case(cases) -> Case:
    return next(c for c in cases if c.name == "pdf-small-book")


def test_the_source_lines_are_the_pdfs_lines_in_reading_order():
    text = read_pdf(PDF_FIXTURE)
    lines = source_text(text).replace("\f", "").split("\n")
    assert lines == [line.text for page in text.pages for line in page.lines]
    assert source_text(text).count("\f") == sum(1 for p in text.pages if p.lines) - 1


def test_each_page_shows_its_image_left_of_its_lines(cases, open_report):
    case = _case(cases)
    page = open_report(case)
    pages = page.evaluate("""() => [...document.querySelectorAll('section.page')].map(s => ({
        images: [...s.querySelectorAll('.facs img')].map(i => i.getAttribute('src')),
        lines: [...s.querySelectorAll('.row .src')].map(e => +e.dataset.line)}))""")
    text = read_pdf(PDF_FIXTURE)
    assert [p["images"] for p in pages] == [[f"pdf-pages/page-{i:04d}.webp"]
                                            for i in range(1, len(text.pages) + 1)]
    # each page's lines are the lines of the PDF page its image shows
    starts, number = [], 0
    for pdf_page in text.pages:
        starts.append(list(range(number + 1, number + len(pdf_page.lines) + 1)))
        number += len(pdf_page.lines)
    assert [p["lines"] for p in pages] == starts
    last = page.locator("section.page").last
    last.scroll_into_view_if_needed()
    image = last.locator(".facs img")
    image.wait_for(state="visible")
    page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=image.element_handle())
    box, row = image.bounding_box(), last.locator(".row").first.bounding_box()
    assert box["width"] > 100 and box["x"] + box["width"] <= row["x"]  # the left column
    assert page.errors == []


def test_without_images_there_is_no_image_column(tmp_path):
    from teikit.pdf import convert_pdf
    from teikit.pdf.report import pdf_report

    html = pdf_report(PDF_FIXTURE, convert_pdf(PDF_FIXTURE), tmp_path / "r.html").decode()
    assert "<img" not in html and 'class="page with-facs"' not in html
    assert html.count('class="src"') == len(source_text(read_pdf(PDF_FIXTURE)).split("\n"))


def test_convert_pdf_with_report_and_facsimile(tmp_path):
    edition, report, images = tmp_path / "ed" / "book.xml", tmp_path / "rep" / "r.html", \
        tmp_path / "img"
    edition.parent.mkdir()
    report.parent.mkdir()
    result = runner.invoke(app, ["convert", str(PDF_FIXTURE), "-o", str(edition),
                                 "--facsimile", str(images), "--report", str(report)])
    assert result.exit_code == 0, result.output
    found = IMG.findall(report.read_text(encoding="utf-8"))
    assert [src for src, _alt in found] == [f"../img/page-000{i}.webp" for i in (1, 2, 3)]
    assert all((report.parent / src).is_file() for src, _alt in found)
    # `teikit report` of the (corrected) edition finds the images it links, from its folder
    again = tmp_path / "again.html"
    result = runner.invoke(app, ["report", str(edition), str(PDF_FIXTURE), "-o", str(again)])
    assert result.exit_code == 0, result.output
    found = IMG.findall(again.read_text(encoding="utf-8"))
    assert [src for src, _alt in found] == [f"img/page-000{i}.webp" for i in (1, 2, 3)]


def test_a_failed_pdf_conversion_writes_no_report(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\nnot a pdf at all")
    report = tmp_path / "r.html"
    result = runner.invoke(app, ["convert", str(bad), "-o", str(tmp_path / "e.xml"),
                                 "--report", str(report)])
    assert result.exit_code == 3 and not report.exists()
    assert not (tmp_path / "e.xml").exists()

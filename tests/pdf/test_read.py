"""`teikit convert BOOK.pdf`: the small fixture (tests/pdf/fixtures/small-book.html, printed by
Chromium) end to end, and bad PDFs: each a clear error, exit code 3, no output."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from teikit.cli import app
from teikit.errors import ExitCode
from teikit.tei import TEI_NS

FIXTURE = Path(__file__).parent / "fixtures" / "small-book.pdf"
T = f"{{{TEI_NS}}}"
runner = CliRunner()


def _convert(*args):
    return runner.invoke(app, ["convert", *map(str, args)])


def test_small_book_pages_notes_and_furniture(tmp_path):
    out = tmp_path / "book.xml"
    result = _convert(FIXTURE, "-o", out)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(out))
    assert [pb.get("n") for pb in tree.iter(f"{T}pb")] == ["1", "2", "3"]
    paragraphs = ["".join(p.xpath("text()")) for p in tree.iter(f"{T}p")
                  if p.getparent().tag == f"{T}div"]
    assert paragraphs == ["社区党组织把服务群众作为工作的出发点，不断完善服务机制。",
                          "基层组织建设是一项长期任务，必须坚持不懈，久久为功。",
                          "居民参与是社区治理的基础。", "服务没有终点。"]
    notes = [(n.get("n"), "".join(n.itertext())) for n in tree.iterfind(f".//{T}body//{T}note")]
    assert notes == [("①", "参见《社区建设》，广东人民出版社2010年版。"),
                     ("①", "王明：《居民参与》，《党建研究》2011年第3期。")]
    fws = [(fw.get("type"), fw.text) for fw in tree.iter(f"{T}fw")]
    assert fws == [("pageNum", "1"), ("header", "第一章 社区服务"), ("pageNum", "2"),
                   ("header", "第一章 社区服务"), ("pageNum", "3")]
    assert "from the PDF" in "".join(tree.find(f".//{T}projectDesc").itertext())


def test_facsimile_images_and_links(tmp_path):
    out, pages = tmp_path / "ed" / "book.xml", tmp_path / "images"
    out.parent.mkdir()
    result = _convert(FIXTURE, "-o", out, "--facsimile", pages)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(out))
    surfaces = {s.get("{http://www.w3.org/XML/1998/namespace}id"): s.find(f"{T}graphic").get("url")
                for s in tree.iter(f"{T}surface")}
    assert list(surfaces.values()) == [f"../images/page-000{i}.webp" for i in (1, 2, 3)]
    for pb in tree.iter(f"{T}pb"):
        url = surfaces[pb.get("facs").lstrip("#")]
        assert (out.parent / url).is_file()
    from PIL import Image

    with Image.open(pages / "page-0001.webp") as image:  # 120 mm at 150 dpi
        assert (image.format, round(image.width / 150 * 25.4)) == ("WEBP", 120)
    again = _convert(FIXTURE, "-o", tmp_path / "other.xml", "--facsimile", pages)
    assert again.exit_code == ExitCode.USAGE and "exist already" in again.output
    assert not (tmp_path / "other.xml").exists()


def _encrypted(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(FIXTURE))
    writer.encrypt("secret", algorithm="RC4-128")
    writer.write(path)
    return path


def _image_only(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (400, 600), "white").save(path, "PDF", resolution=72)
    return path


def _corrupt(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    return path


def _no_unicode_map(path: Path) -> Path:
    """The fixture with its fonts' ToUnicode maps disabled (same length: offsets stay valid)."""
    path.write_bytes(FIXTURE.read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))
    return path


@pytest.mark.parametrize("make, message", [
    (_encrypted, "encrypted"),
    (_image_only, "no text layer on any of its 1 pages (scanned page images?): run OCR"),
    (_corrupt, "not a readable PDF"),
    (_no_unicode_map, "maps to Unicode on page(s) 1–3"),
])
def test_bad_pdf_is_an_input_error_without_output(tmp_path, make, message):
    pdf = make(tmp_path / "bad.pdf")
    out, pages = tmp_path / "out.xml", tmp_path / "pages"
    result = _convert(pdf, "-o", out, "--facsimile", pages)
    assert result.exit_code == ExitCode.BAD_INPUT, result.output
    assert message in result.output and str(pdf) in result.output
    assert not out.exists() and not (pages.exists() and any(pages.iterdir()))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_page_labels_number_the_pages_before_folios(tmp_path):
    """The PDF's /PageLabels (here starting at 11, the printed folios say 1–3) win."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(FIXTURE))
    writer.set_page_label(0, 2, style="/D", start=11)
    labelled, out = tmp_path / "labelled.pdf", tmp_path / "book.xml"
    writer.write(labelled)
    result = _convert(labelled, "-o", out)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(out))
    assert [pb.get("n") for pb in tree.iter(f"{T}pb")] == ["11", "12", "13"]
    count = tree.find(f".//{T}num[@type='labelled_page_numbers']")
    assert count is not None and count.get("value") == "3"

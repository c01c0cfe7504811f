"""`teikit convert --report` and `teikit report EDITION SRC`: what they write, what they refuse."""
from __future__ import annotations

import hashlib

from lxml import etree
from typer.testing import CliRunner

from teikit import pipeline, reader
from teikit.cli import app
from tests.conftest import TEST_BOOKS
from tests.report.checks import check_report

runner = CliRunner()
SOURCE = TEST_BOOKS[0] / "source.txt"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_convert_writes_the_edition_and_its_report(tmp_path):
    edition, page = tmp_path / "ed.xml", tmp_path / "proof.html"
    result = run("convert", SOURCE, "-o", edition, "--report", page)
    assert result.exit_code == 0, result.output
    text = reader.read_path(SOURCE)
    check_report(page.read_bytes(), text, pipeline.convert_text(text, SOURCE.name))
    assert edition.read_bytes().startswith(b"<?xml")


def test_convert_refuses_an_existing_report_and_writes_nothing(tmp_path):
    edition, page = tmp_path / "ed.xml", tmp_path / "proof.html"
    page.write_text("kept", encoding="utf-8")
    result = run("convert", SOURCE, "-o", edition, "--report", page)
    assert result.exit_code == 2
    assert "proof.html" in result.output and "--force" in result.output
    assert page.read_text(encoding="utf-8") == "kept" and not edition.exists()
    assert run("convert", SOURCE, "-o", edition, "--report", page, "--force").exit_code == 0
    assert page.read_text(encoding="utf-8") != "kept"


def test_report_of_an_uncorrected_edition_says_it_equals_the_conversion(tmp_path):
    edition, page = tmp_path / "ed.xml", tmp_path / "proof.html"
    assert run("convert", SOURCE, "-o", edition).exit_code == 0
    result = run("report", edition, SOURCE, "-o", page)
    assert result.exit_code == 0, result.output
    doc = etree.fromstring(page.read_bytes(), etree.HTMLParser())
    assert doc.xpath("//*[@data-figure='corrections']/@data-count") == ["0"]


def test_report_of_a_corrected_edition_lists_the_corrections(tmp_path):
    edition, page = tmp_path / "ed.xml", tmp_path / "proof.html"
    assert run("convert", SOURCE, "-o", edition).exit_code == 0
    tree = etree.parse(str(edition))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    paragraph = tree.xpath("//t:body//t:p", namespaces=ns)[0]
    paragraph.text = "校正" + (paragraph.text or "")
    tree.write(str(edition), xml_declaration=True, encoding="UTF-8")
    result = run("report", edition, SOURCE, "-o", page)
    assert result.exit_code == 0, result.output
    doc = etree.fromstring(page.read_bytes(), etree.HTMLParser())
    assert doc.xpath("//*[@data-figure='corrections']/@data-count") == ["1"]
    assert "校正" in doc.xpath("string(//ul[@class='corrections'])")


def test_report_refuses_missing_files_and_existing_output(tmp_path):
    edition, page = tmp_path / "ed.xml", tmp_path / "proof.html"
    result = run("report", edition, SOURCE, "-o", page)
    assert result.exit_code == 2 and "ed.xml" in result.output and not page.exists()
    assert run("convert", SOURCE, "-o", edition).exit_code == 0
    page.write_text("kept", encoding="utf-8")
    before = digest(page)
    assert run("report", edition, SOURCE, "-o", page).exit_code == 2
    assert digest(page) == before
    missing = run("report", edition, tmp_path / "none.txt", "-o", tmp_path / "new.html")
    assert missing.exit_code == 2 and "none.txt" in missing.output
    assert not (tmp_path / "new.html").exists()

"""`teikit convert` validates its own output: an invalid edition is never written (issue 10)."""
from __future__ import annotations

from typer.testing import CliRunner

from teikit import pipeline
from teikit.cli import app
from teikit.tei import E

BOOK = "第一章　总论\n\n有一段文字。\n"


def _broken(original):
    def tei_document(*args, **kwargs):
        tree = original(*args, **kwargs)
        tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}body").append(E.bogus("x"))
        return tree
    return tei_document


def test_invalid_output_exits_1_with_messages_and_writes_nothing(tmp_path, monkeypatch):
    source = tmp_path / "book.txt"
    source.write_text(BOOK, encoding="utf-8")
    out = tmp_path / "book.xml"
    monkeypatch.setattr(pipeline, "tei_document", _broken(pipeline.tei_document))
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 1
    assert "bogus" in result.output and "nothing written" in result.output
    assert not out.exists()


def test_invalid_output_names_the_source_line_it_came_from(tmp_path, monkeypatch):
    """The defect sits on the second paragraph: the message names the line it was printed
    on (book.txt:5), then the edition's line."""
    source = tmp_path / "book.txt"
    source.write_text("第一章　总论\n\n有一段文字。\n\n又一段文字。\n\n再一段。\n", encoding="utf-8")
    out = tmp_path / "book.xml"
    original = pipeline.tei_document

    def tei_document(*args, **kwargs):
        tree = original(*args, **kwargs)
        ps = tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}body//"
                                    "{http://www.tei-c.org/ns/1.0}p")
        ps[1].set("bogus", "1")
        return tree

    monkeypatch.setattr(pipeline, "tei_document", tei_document)
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 1
    assert "book.txt:5: " in result.output and "bogus" in result.output
    assert "edition line" in result.output and not out.exists()


def test_valid_output_is_written(tmp_path):
    source = tmp_path / "book.txt"
    source.write_text(BOOK, encoding="utf-8")
    out = tmp_path / "book.xml"
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert b"<head>" in out.read_bytes()


def test_full_width_dateline_gives_a_valid_edition():
    text = ("序 言\n\n这是序言。\n\n王明\n\n２０１１年９月２９日\n\n目 录\n\n总论.....（1）\n\n"
            "总论\n\n有一段文字。\n")
    conversion = pipeline.convert_text(text, "book.txt")
    pipeline.check_output(conversion)  # raises if invalid
    dates = conversion.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}dateline/"
                                              "{http://www.tei-c.org/ns/1.0}date")
    assert [(d.get("when"), d.text) for d in dates] == [("2011-09-29", "２０１１年９月２９日")]

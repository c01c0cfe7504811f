"""The command line: exit codes, atomic writes, never clobbering a hand-corrected file."""
import hashlib
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from teikit import output
from teikit.errors import UsageError
from teikit.cli import app
from tests.conftest import BUNDLED_SOURCE

runner = CliRunner()
WARNING_BOOK = "目 录\n\n研究\t甲 (1)\n\n研究\n\n甲\n\n有标记^①的段落。\n"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_convert_writes_the_edition(tmp_path):
    out = tmp_path / "ed.xml"
    result = run("convert", BUNDLED_SOURCE, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"<?xml")
    assert b'href="' in out.read_bytes()[:400]


def test_convert_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "ed.xml"
    out.write_text("hand-corrected", encoding="utf-8")
    before = digest(out)
    result = run("convert", BUNDLED_SOURCE, "-o", out)
    assert result.exit_code == 2
    assert "exists" in result.output and "--force" in result.output
    assert digest(out) == before
    assert run("convert", BUNDLED_SOURCE, "-o", out, "--force").exit_code == 0
    assert digest(out) != before


@pytest.mark.parametrize("content, code, message", [
    (b"", 3, "empty"), (b"\x00\x01\x02binary", 3, "binary"), (b"  \n \n", 3, "whitespace"),
    (b"caf\xe9 au lait \xff", 3, "cannot decode"),
])
def test_bad_input_exits_with_its_code_and_writes_nothing(tmp_path, content, code, message):
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    out = tmp_path / "ed.xml"
    result = run("convert", source, "-o", out)
    assert result.exit_code == code
    assert str(source) in result.output and message in result.output
    assert not out.exists()
    assert os.listdir(tmp_path) == ["bad.txt"]


def test_missing_source_is_a_usage_error(tmp_path):
    result = run("convert", tmp_path / "nope.txt", "-o", tmp_path / "o.xml")
    assert result.exit_code == 2 and "no such file" in result.output


def test_warnings_name_file_and_line_and_strict_fails(tmp_path):
    source = tmp_path / "w.txt"
    source.write_text(WARNING_BOOK, encoding="utf-8")
    result = run("convert", source, "-o", tmp_path / "a.xml")
    assert result.exit_code == 0
    assert "w.txt:9: warning: note anchor ^① has no note" in result.output
    result = run("convert", source, "-o", tmp_path / "b.xml", "--strict")
    assert result.exit_code == 1 and not (tmp_path / "b.xml").exists()


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    out = tmp_path / "ed.xml"
    out.write_text("old", encoding="utf-8")

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(output.os, "replace", broken)
    with pytest.raises(UsageError, match="disk full"):
        output.write_file(out, b"new", force=True)
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["ed.xml"]


def test_unknown_output_format_is_a_usage_error(tmp_path):
    result = run("transform", BUNDLED_SOURCE, "--to", "docx")
    assert result.exit_code == 2 and "unknown output format" in result.output


def test_python_dash_m_teikit_runs():
    done = subprocess.run([sys.executable, "-m", "teikit", "--version"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("teikit ")


def test_build_validates_then_writes_every_format(tmp_path):
    from teikit.transform import FORMATS
    from tests.conftest import BUNDLED_EDITION

    dist = tmp_path / "dist"
    result = run("build", BUNDLED_EDITION, "-o", dist)
    assert result.exit_code == 0, result.output
    stem = BUNDLED_EDITION.stem
    for fmt in FORMATS.values():
        target = dist / (f"{stem}-html/index.html" if fmt.directory else f"{stem}{fmt.suffix}")
        assert target.is_file() and target.stat().st_size > 200, target
    assert (dist / f"{stem}-html" / "assets").is_dir()
    assert "@incollection" in (dist / f"{stem}.bib").read_text(encoding="utf-8")


def test_build_refuses_an_invalid_edition_and_writes_nothing(tmp_path):
    from tests.conftest import BUNDLED_EDITION

    broken = tmp_path / "broken.xml"
    broken.write_text(BUNDLED_EDITION.read_text(encoding="utf-8").replace(
        'place="foot"', 'place="margin"', 1), encoding="utf-8")
    result = run("build", broken, "-o", tmp_path / "dist")
    assert result.exit_code == 1
    assert "broken.xml:" in result.output and "[attribute-value]" in result.output
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


def test_edition_settings_come_from_the_command_line(tmp_path):
    out = tmp_path / "ed.xml"
    result = run("convert", BUNDLED_SOURCE, "-o", out, "--id", "https://example.org/ed/7",
                 "--publisher", "某大学图书馆", "--licence", "https://creativecommons.org/publicdomain/zero/1.0/")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "<publisher>某大学图书馆</publisher>" in text
    assert ">https://example.org/ed/7</idno>" in text
    assert 'target="https://creativecommons.org/publicdomain/zero/1.0/"' in text

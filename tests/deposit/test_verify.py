"""`teikit deposit --verify`: one corrupted byte, a missing file, a stray file, a stale METS
checksum, an invalid TEI — each reported naming the file, exit code 1; a sound bag exits 0."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import bagit
import pytest
from typer.testing import CliRunner

from teikit.cli import app

runner = CliRunner()

#: tag files whose corruption bagit reports under another name (the manifests' own checks)
UNCHECKED = ("bagit.txt", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt")


def _verify(path: Path):
    return runner.invoke(app, ["deposit", "--verify", str(path)])


@pytest.fixture(scope="module")
def pristine(bags, tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("pristine") / "report"
    shutil.copytree(bags["report"], copy)
    return copy


@pytest.fixture
def bag(pristine, tmp_path_factory) -> Path:
    """A working copy at a fixed path (so the schemas inside compile once), restored after use."""
    work = pristine.parent.parent / "work" / "report"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(pristine, work)
    yield work
    shutil.rmtree(work)


def _files(root: Path, payload_only=False) -> list[str]:
    base = root / "data" if payload_only else root
    return sorted(p.relative_to(root).as_posix() for p in base.rglob("*")
                  if p.is_file() and p.name not in UNCHECKED)


def test_sound_bag_and_its_zip_verify(bag, tmp_path):
    result = _verify(bag)
    assert result.exit_code == 0, result.output
    archive = tmp_path / "report.zip"
    _zip(bag, archive)
    assert _verify(archive).exit_code == 0


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def every_file(bags) -> list[str]:
    return _files(bags["report"])


def test_one_corrupted_byte_in_any_file_is_named(bag, every_file):
    assert len(every_file) > 15
    for relative in every_file:  # every payload and tag file, one at a time
        _flip(bag / relative)
        result = _verify(bag)
        assert result.exit_code == 1, relative
        assert f"report/{relative}: error:" in result.output, (relative, result.output)
        _flip(bag / relative)  # flipped back: the bag is sound again
    assert _verify(bag).exit_code == 0


def test_missing_file_is_named(bag, every_file):
    for relative in [f for f in every_file if f.startswith("data/")]:
        moved = bag.parent / "moved"
        (bag / relative).rename(moved)
        result = _verify(bag)
        assert result.exit_code == 1
        assert f"report/{relative}: error:" in result.output and "missing" in result.output
        moved.rename(bag / relative)


@pytest.mark.parametrize("relative", ["data/stray.txt", "data/build/report-html/assets/x.js",
                                      "extra-tag.txt"])
def test_stray_file_is_named(bag, relative):
    (bag / relative).write_text("not in the manifest\n", encoding="utf-8")
    result = _verify(bag)
    assert result.exit_code == 1
    assert f"report/{relative}: error:" in result.output
    assert "stray" in result.output or "not in" in result.output


def test_stale_mets_checksum_is_named(bag):
    """The bag's own manifests remade after a change (bagit is satisfied): the METS is not."""
    changed = bag / "data" / "build" / "report.ris"
    changed.write_bytes(changed.read_bytes() + b"\n")
    bagit.Bag(str(bag)).save(manifests=True)
    assert bagit.Bag(str(bag)).is_valid()
    result = _verify(bag)
    assert result.exit_code == 1
    assert "report/data/build/report.ris: error: size" in result.output
    assert "report/data/build/report.ris: error: SHA-256 does not match mets.xml" in result.output


def test_invalid_tei_inside_is_reported_with_its_line(bag):
    tei = bag / "data" / "tei" / "report.xml"
    text = tei.read_text(encoding="utf-8")
    line = text[:text.index('<note place="foot"')].count("\n") + 1
    tei.write_text(text.replace('<note place="foot"', '<note place="margin"', 1), encoding="utf-8")
    bagit.Bag(str(bag)).save(manifests=True)
    result = _verify(bag)
    assert result.exit_code == 1
    assert f"report/data/tei/report.xml:{line}: error:" in result.output
    assert "margin" in result.output


def test_tei_is_checked_even_without_a_mets(bag):
    (bag / "mets.xml").unlink()
    tei = bag / "data" / "tei" / "report.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace('<note place="foot"',
                                                            '<note place="margin"', 1),
                   encoding="utf-8")
    result = _verify(bag)
    assert result.exit_code == 1
    assert "report/mets.xml: error:" in result.output
    assert "report/data/tei/report.xml:" in result.output and "margin" in result.output


def test_tei_is_checked_against_the_schemas_inside(bag):
    (bag / "data" / "schema" / "teikit.rng").unlink()
    result = _verify(bag)
    assert result.exit_code == 1
    assert "report/data/schema/teikit.rng: error: schema missing from the bag" in result.output


def _zip(bag: Path, archive: Path, extra: dict | None = None) -> None:
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(bag.rglob("*")):
            if path.is_file():
                zf.write(path, f"report/{path.relative_to(bag).as_posix()}")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)


def test_corrupted_zip_names_the_file_inside(bag, tmp_path):
    _flip(bag / "data" / "build" / "report.bib")
    archive = tmp_path / "report.zip"
    _zip(bag, archive)
    result = _verify(archive)
    assert result.exit_code == 1
    assert "report.zip!report/data/build/report.bib: error:" in result.output


@pytest.mark.parametrize("name", ["../evil.txt", "/abs.txt", "other/bagit.txt"])
def test_unsafe_or_ambiguous_zip_is_refused(bag, tmp_path, name):
    archive = tmp_path / "report.zip"
    _zip(bag, archive, {name: "x"})
    result = _verify(archive)
    assert result.exit_code == 1
    assert "report.zip" in result.output
    assert not (tmp_path.parent / "evil.txt").exists()


def test_not_a_bag(tmp_path):
    (tmp_path / "folder").mkdir()
    result = _verify(tmp_path / "folder")
    assert result.exit_code == 1 and "not a bag" in result.output
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    assert _verify(tmp_path / "file.txt").exit_code == 2


def test_a_bagit_097_bag_is_not_a_teikit_deposit(bag):
    (bag / "bagit.txt").write_text("BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n",
                                   encoding="utf-8")
    bagit.Bag(str(bag)).save()
    assert bagit.Bag(str(bag)).is_valid()
    result = _verify(bag)
    assert result.exit_code == 1
    assert "report/bagit.txt: error: BagIt-Version is 0.97, not 1.0" in result.output

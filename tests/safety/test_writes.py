"""What teikit writes: modes from the umask (or the replaced file's), never over a file it was
not told to replace, never over an input or a non-regular file, no temporary left behind."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from teikit import output
from tests.conftest import BUNDLED_EDITION, BUNDLED_SOURCE
from tests.safety.conftest import snapshot, temporaries

STEM = BUNDLED_EDITION.stem


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    def set_to(value: int) -> None:
        os.umask(value)
    old = os.umask(0o022)
    yield set_to
    os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_new_files_and_folders_get_the_umasks_mode(tmp_path, umask, run, mask):
    umask(mask)
    assert run("transform", BUNDLED_EDITION, "--to", "ris", "-o", tmp_path / "a.ris").code == 0
    assert run("transform", BUNDLED_EDITION, "--to", "html", "-o", tmp_path / "html").code == 0
    assert run("convert", BUNDLED_SOURCE, "-o", tmp_path / "ed.xml").code == 0
    for file in [tmp_path / "a.ris", tmp_path / "ed.xml", *(tmp_path / "html").rglob("*.*")]:
        assert mode(file) == 0o666 & ~mask, file
    for folder in [tmp_path / "html", tmp_path / "html" / "assets"]:
        assert mode(folder) == 0o777 & ~mask, folder


@pytest.mark.parametrize("old_mode", [0o604, 0o640, 0o600, 0o664])
def test_a_replaced_file_keeps_its_mode(tmp_path, umask, run, old_mode):
    target = tmp_path / "a.bib"
    target.write_text("old")
    os.chmod(target, old_mode)
    assert run("transform", BUNDLED_EDITION, "--to", "bibtex", "-o", target, "--force").code == 0
    assert target.read_text(encoding="utf-8").startswith("@")
    assert mode(target) == old_mode
    edition = tmp_path / "ed.xml"
    edition.write_text("old")
    os.chmod(edition, old_mode)
    assert run("convert", BUNDLED_SOURCE, "-o", edition, "--force").code == 0
    assert mode(edition) == old_mode


def test_transform_never_replaces_a_file_without_force(tmp_path, run):
    target = tmp_path / "notes.txt"
    target.write_text("an archivist's notes")
    result = run("transform", BUNDLED_EDITION, "--to", "text", "-o", target)
    assert result.code == 2 and "--force" in result.output and str(target) in result.output
    assert target.read_text() == "an archivist's notes"


def test_html_never_replaces_a_users_folder_without_force(tmp_path, run):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("my page")
    (site / "style.css").write_text("body{}")
    before = snapshot(tmp_path)
    result = run("transform", BUNDLED_EDITION, "--to", "html", "-o", site)
    assert result.code == 2 and "--force" in result.output
    assert snapshot(tmp_path) == before
    assert run("transform", BUNDLED_EDITION, "--to", "html", "-o", site, "--force").code == 0
    assert "my page" not in (site / "index.html").read_text(encoding="utf-8")
    assert not (site / "style.css").exists()  # the folder was replaced whole, as asked


def test_html_into_an_empty_folder_needs_no_force(tmp_path, run):
    (tmp_path / "out").mkdir()
    assert run("transform", BUNDLED_EDITION, "--to", "html", "-o", tmp_path / "out").code == 0
    assert (tmp_path / "out" / "index.html").is_file()


@pytest.mark.parametrize("which", ["edition", "raw source"])
@pytest.mark.parametrize("fmt", ["text", "bibtex", "diplomatic"])
def test_no_output_may_be_an_input_even_with_force(tmp_path, run, which, fmt):
    edition = tmp_path / "book.xml"
    edition.write_bytes(BUNDLED_EDITION.read_bytes())
    raw = tmp_path / "book.txt"
    raw.write_bytes(BUNDLED_SOURCE.read_bytes())
    before = snapshot(tmp_path)
    target = edition if which == "edition" else raw
    result = run("transform", edition, "--to", fmt, "-o", target, "--force")
    assert result.code == 2 and "input" in result.output
    assert snapshot(tmp_path) == before


def test_convert_never_writes_over_its_source(tmp_path, run):
    raw = tmp_path / "book.txt"
    raw.write_bytes(BUNDLED_SOURCE.read_bytes())
    result = run("convert", raw, "-o", raw, "--force")
    assert result.code == 2 and "input" in result.output
    assert raw.read_bytes() == BUNDLED_SOURCE.read_bytes()


def test_build_into_the_editions_folder_leaves_the_raw_text_alone(tmp_path, run):
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / f"{STEM}.xml").write_bytes(BUNDLED_EDITION.read_bytes())
    (tei / f"{STEM}.txt").write_bytes(BUNDLED_SOURCE.read_bytes())
    result = run("build", tei / f"{STEM}.xml", "-o", tei)
    assert result.code == 0, result.output
    assert (tei / f"{STEM}.txt").read_bytes() == BUNDLED_SOURCE.read_bytes()
    assert (tei / f"{STEM}.xml").read_bytes() == BUNDLED_EDITION.read_bytes()
    assert (tei / f"{STEM}.reading.txt").is_file()


def test_a_rebuild_replaces_only_outputs_teikit_wrote_and_nobody_changed(tmp_path, run):
    dist = tmp_path / "dist"
    assert run("build", BUNDLED_EDITION, "-o", dist).code == 0
    assert run("build", BUNDLED_EDITION, "-o", dist).code == 0  # its own outputs: no --force
    (dist / f"{STEM}.ris").write_text("edited by hand")
    before = snapshot(tmp_path)
    result = run("build", BUNDLED_EDITION, "-o", dist)
    assert result.code == 2 and f"{STEM}.ris" in result.output and "--force" in result.output
    assert snapshot(tmp_path) == before  # refused before anything was written
    assert run("build", BUNDLED_EDITION, "-o", dist, "--force").code == 0
    assert (dist / f"{STEM}.ris").read_text(encoding="utf-8").startswith("TY  -")


def _character_device(tmp_path: Path) -> Path:
    """/dev/null, or where that is no device (a build chroot makes it a plain file on the first
    ``>/dev/null``), another character device of /dev, else a node made with mknod (root)."""
    for candidate in [Path("/dev/null"), *sorted(Path("/dev").glob("*"))]:
        try:
            if stat.S_ISCHR(os.stat(candidate).st_mode):
                return candidate
        except OSError:
            continue
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


@pytest.mark.parametrize("target_kind", ["fifo", "dev-null", "folder-for-file", "file-for-folder",
                                         "missing-folder", "parent-is-a-file"])
def test_outputs_of_the_wrong_kind_are_refused(tmp_path, run, target_kind):
    fmt, target = "text", tmp_path / "out"
    if target_kind == "fifo":
        os.mkfifo(target)
    elif target_kind == "dev-null":
        target = _character_device(tmp_path)
    elif target_kind == "folder-for-file":
        target.mkdir()
    elif target_kind == "file-for-folder":
        fmt = "html"
        target.write_text("x")
    elif target_kind == "missing-folder":
        target = tmp_path / "no" / "such" / "out.txt"
    else:
        (tmp_path / "file").write_text("x")
        target = tmp_path / "file" / "out.txt"
    before = snapshot(tmp_path)
    result = run("transform", BUNDLED_EDITION, "--to", fmt, "-o", target, "--force")
    named = str(target.parent) if "folder" in target_kind or "parent" in target_kind else str(target)
    assert result.code == 2 and named in result.output, result.output
    assert snapshot(tmp_path) == before


def test_stale_temporaries_of_dead_runs_are_removed_and_live_ones_kept(tmp_path, run):
    dead = tmp_path / f"{output.TEMP_PREFIX}999999999-0000-a.txt"
    dead.write_text("left by a killed run")
    dead_folder = tmp_path / f"{output.TEMP_PREFIX}999999998-0000-html"
    dead_folder.mkdir()
    alive = tmp_path / f"{output.TEMP_PREFIX}{os.getppid()}-0000-b.txt"
    alive.write_text("being written by another run")
    assert run("transform", BUNDLED_EDITION, "--to", "ris", "-o", tmp_path / "a.ris").code == 0
    assert not dead.exists() and not dead_folder.exists() and alive.exists()


@pytest.mark.parametrize("failing", ["write", "fsync", "replace", "interrupt"])
@pytest.mark.parametrize("fmt", ["ris", "html"])
def test_a_failed_write_leaves_the_old_output_and_no_temporary(tmp_path, run, monkeypatch,
                                                               failing, fmt):
    target = tmp_path / "out"
    assert run("transform", BUNDLED_EDITION, "--to", fmt, "-o", target).code == 0
    before = snapshot(tmp_path)
    error = KeyboardInterrupt() if failing == "interrupt" else OSError(28, "No space left on device")

    def broken(*args, **kwargs):
        raise error

    where = {"write": (output, "_write_new"), "fsync": (output.os, "fsync"),
             "replace": (output.os, "replace" if fmt == "ris" else "rename"),
             "interrupt": (output.os, "fsync")}[failing]
    monkeypatch.setattr(*where, broken)
    if fmt == "html":
        monkeypatch.setattr(output, "_exchange", lambda a, b: broken())
    result = run("transform", BUNDLED_EDITION, "--to", fmt, "-o", target, "--force")
    monkeypatch.undo()
    assert result.code == (130 if failing == "interrupt" else 2), result.output
    assert snapshot(tmp_path) == before
    assert temporaries(tmp_path) == []

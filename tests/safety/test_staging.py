"""Staging folders (issue 18): every folder a run assembles outputs in is named with
``output.TEMP_PREFIX`` and its process id, so that what a killed run leaves is removed by the
next run (`output.clean_stale`), whichever command left it: a corpus build, a deposit, a
PDF's facsimile images."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from teikit import corpus, output
from teikit.output import TEMP_PREFIX, staging_folder

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "000_8288889db83d07b8.xml"


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def stale_folder(directory: Path) -> Path:
    """What a killed run leaves: a staging folder of a dead process, with a file inside."""
    folder = directory / f"{TEMP_PREFIX}{dead_pid()}-0badf00d-book"
    folder.mkdir()
    (folder / "half-written.html").write_bytes(b"<html")
    return folder


def test_a_staging_folder_is_named_for_clean_stale_and_readable_by_others(tmp_path):
    folder = staging_folder(tmp_path, "book")
    assert folder.name.startswith(f"{TEMP_PREFIX}{os.getpid()}-")
    assert folder.stat().st_mode & 0o777 == output.new_folder_mode()
    assert output.clean_stale(tmp_path) == []  # this run is alive: its folder stays
    assert folder.is_dir()


def test_a_corpus_build_stages_in_such_a_folder_and_removes_a_dead_runs(tmp_path, monkeypatch):
    src, out = tmp_path / "src", tmp_path / "dist"
    src.mkdir()
    out.mkdir()
    (src / "book.xml").write_bytes(EDITION.read_bytes())
    stale = stale_folder(out)
    seen = []
    build_into = corpus._build_into

    def recording(book, staging, convert):
        seen.append(staging)
        return build_into(book, staging, convert)

    monkeypatch.setattr(corpus, "_build_into", recording)
    outcome = corpus.build_book(corpus.discover(src)[0], str(out))
    assert outcome.status == "built"
    assert seen[0].name.startswith(f"{TEMP_PREFIX}{os.getpid()}-")
    assert not stale.exists() and not seen[0].exists()
    assert sorted(p.name for p in out.iterdir()) == ["book"]


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_deposit_stages_in_such_a_folder_and_replaces_a_bag_in_one_step(tmp_path, as_zip):
    from teikit.deposit import deposit

    out = tmp_path / "out"
    out.mkdir()
    stale = stale_folder(out)
    first = deposit([EDITION], out, as_zip=as_zip)[0]
    assert not stale.exists()
    before = first.stat().st_ino
    again = deposit([EDITION], out, as_zip=as_zip, force=True)[0]
    assert again == first and again.exists() and again.stat().st_ino != before
    assert sorted(p.name for p in out.iterdir()) == [first.name]  # nothing left beside it


def test_facsimile_images_wait_in_such_a_folder(tmp_path):
    from teikit.pdf.facsimile import Pending

    stale = stale_folder(tmp_path)
    pending = Pending(tmp_path / "pages")
    assert pending.tmp.parent == tmp_path and pending.tmp.name.startswith(
        f"{TEMP_PREFIX}{os.getpid()}-")
    assert not stale.exists()
    (pending.tmp / "p001.webp").write_bytes(b"RIFF")
    pending.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]

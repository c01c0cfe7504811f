"""Full and read-only disks: exit code 2 with the path and the reason, old outputs intact,
no temporary left. A real 64 KiB tmpfs where the test may mount one (root), else the
write calls are made to fail as such a disk would."""
from __future__ import annotations

import errno
import subprocess
import uuid
from pathlib import Path

import pytest

from teikit import output
from tests.conftest import BUNDLED_EDITION
from tests.safety.conftest import snapshot, temporaries


def _mount(path: Path, options: str) -> bool:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                          capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture(params=["full", "read-only"])
def disk(request, tmp_path, monkeypatch):
    """(folder on the broken disk, a small old output already there, the errno expected)."""
    kind = request.param
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    mounted = _mount(folder, "size=64k,mode=0755")
    old = folder / "old.ris"
    old.write_text("TY  - BOOK\nER  -\n")
    if mounted and kind == "full":
        _fill(folder, leave=8 * 1024)
    if mounted and kind == "read-only":
        mounted = subprocess.run(["mount", "-o", "remount,ro", str(folder)],
                                 capture_output=True, check=False).returncode == 0
    if not mounted:  # no mount here: fail the writes the way the disk would
        code = errno.ENOSPC if kind == "full" else errno.EROFS
        real = output._write_new

        def failing(path, data, mode):
            if Path(path).is_relative_to(folder) and (kind != "full" or len(data) > 8 * 1024):
                raise OSError(code, "simulated")
            return real(path, data, mode)

        monkeypatch.setattr(output, "_write_new", failing)
    yield folder, old, kind
    if mounted or _is_mount(folder):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Fill the small disk until only ``leave`` bytes are free."""
    import os

    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave))


def _is_mount(folder: Path) -> bool:
    return str(folder) in Path("/proc/mounts").read_text()


@pytest.mark.parametrize("command", ["html", "text-force", "build", "convert"])
def test_a_full_or_read_only_disk_is_an_io_error_and_loses_nothing(disk, run, command):
    folder, old, kind = disk
    before = snapshot(folder)
    from tests.conftest import BUNDLED_SOURCE
    args = {"html": ["transform", BUNDLED_EDITION, "--to", "html", "-o", folder / "html"],
            "text-force": ["transform", BUNDLED_EDITION, "--to", "text", "-o", old, "--force"],
            "build": ["build", BUNDLED_EDITION, "-o", folder / "dist"],
            "convert": ["convert", BUNDLED_SOURCE, "-o", folder / "ed.xml"]}[command]
    result = run(*args)
    assert result.code == 2, result.output
    reason = "no space left" if kind == "full" else "cannot write"
    assert reason in result.output and str(folder) in result.output, result.output
    assert temporaries(folder) == []
    assert snapshot(folder) == before or command == "build"
    assert old.read_text() == "TY  - BOOK\nER  -\n"


def test_append_change_on_a_full_disk_leaves_the_edition_whole(tmp_path, run):
    folder = tmp_path / "disk"
    folder.mkdir()
    if not _mount(folder, "size=256k"):
        pytest.fail("this test needs to mount a tmpfs (run as root, as CI does)")
    try:
        edition = folder / "ed.xml"
        edition.write_bytes(BUNDLED_EDITION.read_bytes())
        before = edition.read_bytes()
        _fill(folder, leave=4 * 1024)  # the new version cannot be written beside the old
        result = run("diff", edition, edition, "--append-change", "checked")
        assert result.code == 2 and "no space left" in result.output, result.output
        assert edition.read_bytes() == before
        assert temporaries(folder) == []
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)

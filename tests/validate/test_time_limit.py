"""`validate --schema tei-all` on a document where libxml2's RELAX NG takes exponential time
(compiling TEI P5's grammar pruned to it): no verdict within ``--time-limit``, exit code 5
with the file named, the worker process gone; jing, the oracle, answers at once."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from teikit.errors import ExitCode
from teikit.odd import locate
from tests.conftest import BUNDLED_EDITION

# An archivist's slip: a listChange wrapped round an author's organisation (invalid TEI).
SLIP = ("<orgName>广州市党建学会</orgName>", "<listChange><orgName>广州市党建学会</orgName></listChange>")


def _slipped(tmp_path: Path) -> Path:
    text = BUNDLED_EDITION.read_text(encoding="utf-8")
    assert text.count(SLIP[0]) >= 1
    path = tmp_path / "slow-to-decide.xml"
    path.write_text(text.replace(*SLIP, 1), encoding="utf-8")
    return path


def _alive_with(argument: str) -> list[str]:
    """Processes whose command line names ``argument``."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if argument.encode() in cmdline.read_bytes():
                found.append(cmdline.parent.name)
        except OSError:
            pass
    return found


def test_no_verdict_in_time_is_exit_5_and_leaves_no_worker(tmp_path):
    path = _slipped(tmp_path)
    start = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "teikit", "validate", "--schema", "tei-all",
                          "--time-limit", "3", str(path)], capture_output=True, text=True,
                         timeout=120)
    took = time.monotonic() - start
    assert run.returncode == ExitCode.UNDECIDED, run.stderr
    assert run.stderr.startswith(f"{path}: error: validating against tei_all.rng did not finish in 3 s")
    assert "jing" in run.stderr and "Traceback" not in run.stderr
    assert took < 60  # the limit and start-up, not libxml2's minutes
    assert _alive_with(str(path)) == []


def test_jing_decides_the_same_document_at_once(tmp_path):
    if shutil.which("jing") is None:
        pytest.fail("jing is missing: install the Debian package jing (.ci/run does)")
    path = _slipped(tmp_path)
    run = subprocess.run(["jing", str(locate.tei_all_rng()), str(path)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode != 0 and "listChange" in run.stdout

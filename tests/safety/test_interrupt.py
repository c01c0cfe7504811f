"""A build killed part-way (SIGTERM, or SIGKILL which no program can catch) leaves every
output old or new, never a mix or a part; SIGTERM leaves no temporary; the next run
removes what a SIGKILL left."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from teikit.output import TEMP_PREFIX
from tests.conftest import BUNDLED_EDITION, ROOT
from tests.safety.conftest import temporaries

STEM = BUNDLED_EDITION.stem


def teikit(*args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "teikit", *map(str, args)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def outputs(dist: Path) -> dict[str, str]:
    """Each output by name: a digest of its bytes (a folder: of all its files)."""
    found = {}
    for path in sorted(dist.iterdir()):
        if path.name.startswith(".teikit"):
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        digest = hashlib.sha256()
        for file in files:
            digest.update(file.read_bytes())
        found[path.name] = digest.hexdigest()
    return found


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """An old and a new edition and the complete outputs of each."""
    root = tmp_path_factory.mktemp("versions")
    old, new = root / "old" / f"{STEM}.xml", root / "new" / f"{STEM}.xml"
    old.parent.mkdir()
    new.parent.mkdir()
    old.write_bytes(BUNDLED_EDITION.read_bytes())
    new.write_bytes(BUNDLED_EDITION.read_bytes().replace("需要".encode(), "须要".encode(), 1))
    result, took = {}, 0.0
    for edition in (old, new):
        dist = edition.parent / "dist"
        start = time.perf_counter()
        assert teikit("build", edition, "-o", dist).wait() == 0
        took = time.perf_counter() - start
        result[edition] = outputs(dist)
    return old, new, result, took


def kill_while_writing(child: subprocess.Popen, dist: Path, sig: int, took: float) -> None:
    """Send ``sig`` as soon as a temporary file shows up in ``dist`` (an output is being
    written), or late in the run if none is seen."""
    deadline = time.perf_counter() + 0.9 * took
    while child.poll() is None and time.perf_counter() < deadline:
        if any(name.startswith(TEMP_PREFIX) for name in os.listdir(dist)):
            break
        time.sleep(0.0005)
    child.send_signal(sig)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_build_leaves_old_or_new_outputs(tmp_path, versions, sig):
    old, new, complete, took = versions
    dist = tmp_path / "dist"
    shutil.copytree(old.parent / "dist", dist)
    child = teikit("build", new, "-o", dist, "--force")
    kill_while_writing(child, dist, sig, took)
    code = child.wait()
    now = outputs(dist)
    for name, digest in now.items():
        assert digest in (complete[old][name], complete[new][name]), f"{name} is a mix or a part"
    assert set(now) == set(complete[old])
    if sig == signal.SIGTERM:
        assert code in (0, 130), child.stderr.read()
        assert temporaries(tmp_path) == []
    # the next run cleans whatever a SIGKILL left, and completes the new version
    assert teikit("build", new, "-o", dist, "--force").wait() == 0
    assert temporaries(tmp_path) == []
    assert outputs(dist) == complete[new]

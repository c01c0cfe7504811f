"""`teikit convert` on broken raw texts: exit 3 with file and line for what cannot be read,
exit 2 for what is not a regular file; never a traceback, never output."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from teikit.inputs import MAX_INPUT_BYTES
from tests.conftest import BUNDLED_SOURCE
from tests.safety.conftest import snapshot, temporaries

TEXT = BUNDLED_SOURCE.read_text(encoding="utf-8")
LINES = TEXT.splitlines(keepends=True)


@pytest.mark.parametrize("char", ["\ufffe", "\uffff"])
@pytest.mark.parametrize("line", [1, len(LINES) // 2, len(LINES)])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "gb18030"])
def test_a_non_character_is_refused_with_its_line(tmp_path, run, char, line, encoding):
    source = tmp_path / "book.txt"
    lines = list(LINES)
    lines[line - 1] = char + lines[line - 1]
    source.write_bytes("".join(lines).encode(encoding))
    result = run("convert", source, "-o", tmp_path / "ed.xml")
    assert result.code == 3, result.output
    assert f"{source}:{line}: error:" in result.output and f"U+{ord(char):04X}" in result.output
    assert sorted(os.listdir(tmp_path)) == ["book.txt"]


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _sparse(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    return path


@pytest.mark.parametrize("make, code, words", [
    (_fifo, 2, "not a regular file (a FIFO)"),
    (lambda p: Path("/dev/zero"), 2, "not a regular file (a character device)"),
    (lambda p: (p.mkdir(), p)[1], 2, "folder"),
    (_sparse, 3, "larger than teikit reads"),
], ids=["fifo", "dev-zero", "folder", "too-big"])
def test_what_is_not_a_readable_text_file_is_refused_before_reading(tmp_path, run, make, code, words):
    source = make(tmp_path / "book.txt")
    before = snapshot(tmp_path)
    result = run("convert", source, "-o", tmp_path / "ed.xml")
    assert result.code == code and f"{source}: error:" in result.output and words in result.output
    assert snapshot(tmp_path) == before and temporaries(tmp_path) == []

"""The citation clients the round-trip tests import teikit's exports with, each returning what
it read as CSL-JSON items: citation-js (npm, tests/clients/node_modules), pandoc and biber
(Debian). `.ci/run` installs them; a missing client fails the tests, it never skips them."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CITATION_JS = HERE / "citation_js.js"
INSTALL = "run .ci/run (or: apt-get install pandoc biber nodejs npm; npm ci --prefix tests/clients)"


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is not installed; {INSTALL}")
    return path


def _run(argv: list[str]) -> str:
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        pytest.fail(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def citation_js(fmt: str, path: Path) -> list[dict]:
    """citation-js (@citation-js/plugin-bibtex, -ris, -csl) reading a bibtex, ris or csl-json file."""
    node = require("node")
    if not (HERE / "node_modules" / "@citation-js" / "core").is_dir():
        pytest.fail(f"citation-js is not installed in {HERE / 'node_modules'}; {INSTALL}")
    return json.loads(_run([node, str(CITATION_JS), fmt, str(path)]))


PANDOC_READERS = {"bibtex": "biblatex", "csl-json": "csljson"}


def pandoc(fmt: str, path: Path) -> list[dict]:
    """pandoc's citeproc readers (biblatex, csljson) converting to CSL-JSON (pandoc has no RIS
    reader)."""
    return json.loads(_run([require("pandoc"), "-f", PANDOC_READERS[fmt], "-t", "csljson",
                            str(path)]))


_BIBER_PROBLEM = re.compile(r"^(WARN|ERROR) - (.*)$", re.M)


def biber_problems(path: Path, workdir: Path) -> list[str]:
    """Warnings and errors of ``biber --tool --validate-datamodel`` on a .bib file."""
    # biber writes its .blg and tool output next to the input: run it in workdir, by name
    argv = [require("biber"), "--tool", "--validate-datamodel", "--output-directory",
            str(workdir), path.name]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=path.parent)
    text = result.stdout + result.stderr
    problems = [m.group(0) for m in _BIBER_PROBLEM.finditer(text)]
    if result.returncode != 0 and not problems:
        pytest.fail(f"biber failed ({result.returncode}):\n{text}")
    return problems

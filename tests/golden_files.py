"""The golden files (tests/golden/): one normaliser, one comparison, one command to accept.

One canonical book (the bundled one) is rendered through every output format, and each test
book and fixture edition through TEI and HTML; every file is compared after ``normalise``
(volatile parts blanked; HTML one block per line, so that a diff reads well). Accept every
intended change at once with:

    python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py --accept
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
ACCEPT = "python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py --accept"
#: volatile parts of any output: teikit's version, and an EPUB's build time
VOLATILE = [(re.compile(r"teikit \d+\.\d+\.\d+"), "teikit VERSION"),
            (re.compile(r'version="\d+\.\d+\.\d+"'), 'version="VERSION"'),
            (re.compile(r"(<meta property=\"dcterms:modified\">)[^<]*"), r"\1DATE")]
#: the conversion date, as the edition and its renderings print it ("… by teikit 0.1.0 on
#: <date when="2026-12-01">" in TEI, "… by teikit 0.1.0 on 2026-12-01" in HTML)
CONVERTED_ON = re.compile(r"teikit \S+ on (?:<[^>]*>)?(\d{4}-\d{2}-\d{2})")
#: where an HTML (or XHTML) line is broken: before each block element
BLOCK = re.compile(r"(?=<(?:/?(?:html|head|body|header|main|footer|nav|aside|section|article|div|"
                   r"h[1-6]|ol|ul|table|tbody)\b|(?:p|li|tr|dt|dd|meta|link|title|script)\b))")


def normalise(text: str, blocks: bool = False) -> str:
    """``text`` with its volatile parts blanked (the conversion date wherever it stands);
    with ``blocks``, one HTML block per line."""
    converted = CONVERTED_ON.search(text)
    if converted:
        text = text.replace(converted.group(1), "DATE")
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    if blocks:
        text = "\n".join(line.rstrip() for line in BLOCK.split(text) if line.strip()) + "\n"
    return text


def check(name: str, actual: str, accept: bool) -> None:
    """Compare ``actual`` (normalised) with ``tests/golden/NAME``; ``--accept`` rewrites it."""
    path = GOLDEN / name
    if accept:
        path.write_bytes(actual.encode("utf-8"))
    if not path.is_file():
        pytest.fail(f"tests/golden/{name} is missing; to create it, run\n  {ACCEPT}")
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"tests/golden/{name}", "actual", n=2))
        pytest.fail(f"{name} differs from its golden file; if the change is intended, run\n"
                    f"  {ACCEPT}\n{diff[:6000]}")

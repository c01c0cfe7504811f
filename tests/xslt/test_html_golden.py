"""Golden HTML of the bundled and the hand-written edition, normalised.

After an intended change, accept the new output with:
    python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py --accept
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from tests.render import transform_to_dir

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
CASES = {
    "bundled": ROOT / "tei" / "000_8288889db83d07b8.xml",
    "second": FIXTURES / "second_edition.xml",
}
BLOCK = re.compile(r"(?=<(?:/?(?:html|head|body|header|main|footer|nav|aside|section|article|div|"
                   r"h[1-6]|ol|ul|table|tbody)\b|(?:p|li|tr|dt|dd|meta|link|title|script)\b))")
VOLATILE = [(re.compile(r"teikit \d+\.\d+\.\d+"), "teikit VERSION"),
            (re.compile(r"\b(on|when=\")\d{4}-\d{2}-\d{2}"), r"\1DATE")]


def normalise(html: str) -> str:
    """One block element per line, versions and conversion dates blanked."""
    for pattern, replacement in VOLATILE:
        html = pattern.sub(replacement, html)
    return "\n".join(line.rstrip() for line in BLOCK.split(html) if line.strip()) + "\n"


@pytest.mark.parametrize("name", sorted(CASES))
def test_html_matches_golden(name, tmp_path, accept):
    source = CASES[name]
    index = transform_to_dir(source.read_bytes(), "html", tmp_path, {"fail-on-unknown": True},
                             source.resolve().as_uri())
    actual = normalise(index.read_text(encoding="utf-8"))
    golden = FIXTURES / "golden" / f"html_{name}.html"
    if accept:
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            str(golden), "actual", n=2))
        pytest.fail(f"HTML differs from {golden.name}; if intended, accept with\n"
                    f"  python -m pytest tests/test_golden.py {Path(__file__).relative_to(ROOT)} "
                    f"--accept\n{diff[:6000]}")

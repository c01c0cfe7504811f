"""Golden HTML of the bundled and the hand-written edition (tests/golden/html_*.html).

After an intended change, accept the new output with (see tests/golden_files.py):
    python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py --accept
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests import golden_files
from tests.render import transform_to_dir

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
CASES = {
    "bundled": ROOT / "tei" / "000_8288889db83d07b8.xml",
    "second": FIXTURES / "second_edition.xml",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_html_matches_golden(name, tmp_path, accept):
    source = CASES[name]
    index = transform_to_dir(source.read_bytes(), "html", tmp_path, {"fail-on-unknown": True},
                             source.resolve().as_uri())
    actual = golden_files.normalise(index.read_text(encoding="utf-8"), blocks=True)
    golden_files.check(f"html_{name}.html", actual, accept)

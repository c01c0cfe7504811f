"""The bundled book and the test books converted to TEI, compared with golden files.

Regenerate every golden file (TEI here, HTML in tests/xslt) with one command:
``python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py --accept``.
Volatile parts (conversion date, teikit version) are fixed through the edition settings.
"""
import difflib
import re
from pathlib import Path

import pytest

from teikit.header.settings import EditionSettings
from teikit.pipeline import convert_text
from tests.conftest import BUNDLED_EDITION, BUNDLED_SOURCE, TEST_BOOKS

GOLDEN = Path(__file__).parent / "golden"
FIXED = dict(date="2000-01-01", teikit_version="0.0.0")
SOURCES = [(BUNDLED_SOURCE.stem, BUNDLED_SOURCE)] + [(p.name, p / "source.txt") for p in TEST_BOOKS]


def golden_bytes(source: Path, identifier: str) -> bytes:
    settings = EditionSettings(identifier=identifier, **FIXED)
    return convert_text(source.read_text(encoding="utf-8"), source.name, settings).to_bytes()


@pytest.mark.parametrize("name, source", SOURCES, ids=[n for n, _ in SOURCES])
def test_conversion_matches_golden_file(name, source, accept):
    got = golden_bytes(source, name)
    path = GOLDEN / f"{name}.xml"
    if accept:
        path.write_bytes(got)
    expected = path.read_bytes()
    if got != expected:
        diff = "".join(difflib.unified_diff(expected.decode().splitlines(True),
                                            got.decode().splitlines(True), str(path), "converted"))
        pytest.fail(f"{path.name} differs from the conversion; if the change is intended, run\n"
                    f"  python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py "
                    f"--accept\n{diff[:6000]}")


def test_conversion_is_deterministic():
    assert golden_bytes(BUNDLED_SOURCE, "x") == golden_bytes(BUNDLED_SOURCE, "x")


def normalise(data: bytes) -> str:
    """The edition with its conversion date and teikit version blanked."""
    text = data.decode("utf-8")
    text = re.sub(r'\d{4}-\d{2}-\d{2}(?=["<])', "DATE", text)
    text = re.sub(r'version="\d+\.\d+\.\d+"', 'version="VERSION"', text)
    return re.sub(r"teikit \d+\.\d+\.\d+", "teikit VERSION", text)


def test_bundled_edition_starts_as_the_converter_output():
    """tei/ holds the edition as converted; hand corrections must be recorded in revisionDesc."""
    edition = normalise(BUNDLED_EDITION.read_bytes())
    golden = normalise((GOLDEN / f"{BUNDLED_SOURCE.stem}.xml").read_bytes())
    changes = len(re.findall(r"<change\b", edition)) - len(re.findall(r"<change\b", golden))
    if changes == 0:
        assert edition == golden, ("tei/ differs from the converter's output without a "
                                   "revisionDesc/change recording the correction")

"""Golden files (tests/golden/, see tests/golden_files.py): the bundled book and the test
books converted to TEI, and the bundled edition rendered through every other output format.

Regenerate every golden file (TEI and the exports here, HTML in tests/xslt) with one command:
``python -m pytest tests/test_golden.py tests/xslt/test_html_golden.py --accept``.
The TEI's volatile parts (conversion date, teikit version) are fixed through the edition
settings, so its golden files are the converter's exact bytes; the renderings are normalised.
"""
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from teikit.header.settings import EditionSettings
from teikit.pipeline import convert_text
from teikit.transform import FORMATS, parse_edition, render_package, render_text
from tests import golden_files
from tests.conftest import BUNDLED_EDITION, BUNDLED_SOURCE, TEST_BOOKS
from tests.corrections import bundled

GOLDEN = golden_files.GOLDEN
FIXED = dict(date="2000-01-01", teikit_version="0.0.0")
SOURCES = [(BUNDLED_SOURCE.stem, BUNDLED_SOURCE)] + [(p.name, p / "source.txt") for p in TEST_BOOKS]


def golden_bytes(source: Path, identifier: str) -> bytes:
    settings = EditionSettings(identifier=identifier, **FIXED)
    return convert_text(source.read_text(encoding="utf-8"), source.name, settings).to_bytes()


@pytest.mark.parametrize("name, source", SOURCES, ids=[n for n, _ in SOURCES])
def test_conversion_matches_golden_file(name, source, accept):
    got = golden_bytes(source, name).decode("utf-8")
    golden_files.check(f"{name}.xml", got, accept)


def test_conversion_is_deterministic():
    assert golden_bytes(BUNDLED_SOURCE, "x") == golden_bytes(BUNDLED_SOURCE, "x")


def test_bundled_edition_is_the_conversion_with_its_recorded_corrections(tmp_path):
    """tei/ holds the converter's output plus the archivist's hand corrections, each recorded
    in revisionDesc (tests/corrections/bundled.py; regenerate with
    ``python -m tests.corrections.bundled``): nothing else differs."""
    converted = tmp_path / BUNDLED_EDITION.name
    converted.write_bytes((GOLDEN / f"{BUNDLED_SOURCE.stem}.xml").read_bytes())
    corrected = tmp_path / "corrected.xml"
    bundled.correct(converted, corrected)

    def comparable(path):  # the correction's own date stays apart from the conversion's
        text = path.read_text(encoding="utf-8").replace(f'when="{bundled.WHEN}" who=', "WHO")
        return golden_files.normalise(text)

    assert comparable(BUNDLED_EDITION) == comparable(corrected), (
        "tei/ differs from the converter's output and its recorded corrections: run "
        "python -m tests.corrections.bundled")


#: every output format but HTML (tests/xslt/test_html_golden.py), of the canonical book
EXPORTS = [name for name, fmt in FORMATS.items() if not fmt.directory]


@pytest.fixture(scope="module")
def canonical():
    """The bundled edition parsed once for Saxon: the one book every format renders."""
    return parse_edition(BUNDLED_EDITION.read_bytes(), BUNDLED_EDITION.resolve().as_uri())


def package_document(epub: bytes) -> str:
    """An EPUB's package document (its OPF: metadata, manifest, spine), as the zip holds it."""
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        container = etree.fromstring(archive.read("META-INF/container.xml"))
        path = container.find(".//{*}rootfile").get("full-path")
        return archive.read(path).decode("utf-8")


@pytest.mark.parametrize("name", EXPORTS)
def test_every_output_format_of_the_canonical_book_matches_its_golden_file(name, canonical,
                                                                          accept):
    fmt = FORMATS[name]
    if fmt.package:
        actual, target = package_document(render_package(canonical, name)), f"{BUNDLED_SOURCE.stem}.opf"
    else:
        actual, target = render_text(canonical, name), f"{BUNDLED_SOURCE.stem}{fmt.suffix}"
    golden_files.check(target, golden_files.normalise(actual), accept)

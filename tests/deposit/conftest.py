"""Deposits of the bundled edition and both test books, made once per session; the official
schemas of the records (tests/deposit/schemas/, no network)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import BUNDLED_EDITION, TEST_BOOKS

SCHEMAS = Path(__file__).parent / "schemas"
BOOK_NAMES = ["bundled"] + [p.name for p in TEST_BOOKS]


def xsd(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


@pytest.fixture(scope="session")
def schemas() -> dict[str, etree.XMLSchema]:
    return {"oai_dc": xsd("oai_dc.xsd"), "datacite": xsd("datacite-4.6/metadata.xsd"),
            "datacite-4.5": xsd("datacite-4.5/metadata.xsd"), "mets": xsd("mets.xsd")}


@pytest.fixture(scope="session")
def mods_schema():
    """MODS 3.8 with xmlschema: libxml2 rejects the official XSD (duplicate IDREF attribute use)."""
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMAS / "mods-3-8.xsd"))


@pytest.fixture(scope="session")
def editions(tmp_path_factory, book_conversions) -> dict[str, Path]:
    """Each book as an edition file with its raw source beside it (same stem, .txt)."""
    folder = tmp_path_factory.mktemp("editions") / "tei"
    folder.mkdir()
    paths = {"bundled": BUNDLED_EDITION}
    for book in TEST_BOOKS:
        edition = folder / f"{book.name}.xml"
        edition.write_bytes(book_conversions[book.name].to_bytes())
        shutil.copyfile(book / "source.txt", folder / f"{book.name}.txt")
        paths[book.name] = edition
    return paths


@pytest.fixture(scope="session")
def bags(tmp_path_factory, editions) -> dict[str, Path]:
    """One deposit of every book (one call: all editions validated before any bag is written)."""
    from teikit.deposit import deposit

    out = tmp_path_factory.mktemp("dist")
    names = list(editions)
    made = deposit([editions[n] for n in names], out)
    return dict(zip(names, made))

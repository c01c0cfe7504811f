"""Deposit, step 2: descriptive records of the edition, by XSLT from its teiHeader.

A literal table, like the output formats: each record names its stylesheet under
``xslt/metadata/``, the file it is written to in the bag and how the METS dmdSec names its
type. The stylesheets decide nothing about the TEI themselves (xslt/common/record.xsl does).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teikit.resources import xslt_dir
from teikit.transform import Transformer


@dataclass(frozen=True)
class Record:
    name: str
    stylesheet: str  # relative to xslt/
    path: str  # in the bag (a tag file: outside data/, covered by the tag manifests)
    mdtype: str  # METS mdRef/@MDTYPE
    other_mdtype: str | None = None  # METS mdRef/@OTHERMDTYPE when MDTYPE is OTHER
    mdtype_version: str | None = None


#: Every descriptive record a deposit writes, in the order the METS lists them.
RECORDS: tuple[Record, ...] = (
    Record("oai_dc", "metadata/oai_dc.xsl", "metadata/oai_dc.xml", "DC"),
    Record("datacite", "metadata/datacite.xsl", "metadata/datacite.xml", "OTHER", "DataCite", "4.6"),
    Record("mods", "metadata/mods.xsl", "metadata/mods.xml", "MODS", None, "3.8"),
)


def render(node, edition_id: str) -> dict[str, bytes]:
    """Each record of a parsed edition (a Saxon node), as UTF-8 bytes by record name."""
    transformer = Transformer.get()
    return {record.name: transformer.run(xslt_dir() / record.stylesheet, node,
                                         {"edition-id": edition_id}).encode("utf-8")
            for record in RECORDS}

"""Regenerate the derived schemas from the ODD, or tell which ones are out of date."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit import xmlsafe
from teikit.errors import TeikitError
from teikit.inputs import read_input
from teikit.output import write_file
from teikit.odd import locate
from teikit.odd.customisation import read_odd
from teikit.odd.rng import derive_rng
from teikit.odd.sch import derive_sch
from teikit.odd.xsd import derive_xsd, rng_digest, stamp_of


@dataclass
class Derived:
    rng: bytes
    sch: bytes


def _header(odd_bytes: bytes, name: str) -> str:
    digest = hashlib.sha256(odd_bytes).hexdigest()
    return (f" {name}: derived from teikit.odd (sha256={digest}) and TEI P5 tei_all.rng"
            " by `teikit schema build`; do not edit, edit the ODD ")


def derive(schema_dir: Path) -> Derived:
    """The RELAX NG and Schematron the ODD in ``schema_dir`` yields, serialised."""
    odd_path = schema_dir / locate.ODD
    odd_bytes = read_input(odd_path)
    try:
        custom = read_odd(xmlsafe.parse(odd_bytes))
        tei_all = xmlsafe.parse(locate.tei_all_rng(), huge=True)
        grammar = derive_rng(tei_all, custom)
        schematron = derive_sch(custom, _header(odd_bytes, locate.SCH))
    except TeikitError as error:  # the ODD's problem, named by the ODD's path
        error.path = error.path or str(odd_path)
        raise
    grammar.insert(0, etree.Comment(_header(odd_bytes, locate.RNG)))
    return Derived(rng=_serialise(grammar), sch=_serialise(schematron))


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")


def build(schema_dir: Path | None = None, *, xsd: bool = True) -> list[Path]:
    """Write teikit.rng, teikit.sch and (with trang) teikit.xsd; return the files written."""
    schema_dir = schema_dir or locate.schema_dir()
    derived = derive(schema_dir)
    written = []
    for name, data in ((locate.RNG, derived.rng), (locate.SCH, derived.sch)):
        write_file(schema_dir / name, data, force=True)  # teikit's own derived files
        written.append(schema_dir / name)
    if xsd:
        written += derive_xsd(schema_dir / locate.RNG, schema_dir)
    return written


def outdated(schema_dir: Path | None = None) -> list[str]:
    """Names of the derived schemas that do not match what the ODD yields now (no Java needed)."""
    schema_dir = schema_dir or locate.schema_dir()
    derived = derive(schema_dir)
    stale = [name for name, data in ((locate.RNG, derived.rng), (locate.SCH, derived.sch))
             if not (schema_dir / name).is_file() or (schema_dir / name).read_bytes() != data]
    xsd_path = schema_dir / locate.XSD
    if not xsd_path.is_file() or stamp_of(xsd_path.read_bytes()) != rng_digest(derived.rng):
        stale.append(locate.XSD)
    return stale

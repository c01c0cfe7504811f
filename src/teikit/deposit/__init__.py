"""`teikit deposit`: an edition packed for a repository, and such a package verified.

The steps, in order (one module each):

    validate  the edition against the project schemas (teikit.validate); invalid: nothing written
    payload   data/: the TEI, its raw source, the schemas, every `teikit build` output
    records   metadata/oai_dc.xml, metadata/datacite.xml, by XSLT from the teiHeader
    mets      mets.xml: every payload file by role with checksum, the edition's structure
    bag       BagIt 1.0 with SHA-256 and SHA-512 manifests, written atomically, optionally zipped
    verify    fixity, completeness, the TEI against the schemas inside, METS against the payload
"""
from __future__ import annotations

import datetime
from pathlib import Path

from teikit.deposit import bag, mets, payload, records
from teikit.deposit.verify import VerifyError, verify
from teikit.errors import InvalidEdition, UsageError
from teikit.output import check_target

__all__ = ["deposit", "verify", "VerifyError", "InvalidEdition"]


def deposit(editions: list[Path], out_dir: Path, as_zip: bool = False,
            force: bool = False) -> list[Path]:
    """One bag (or zip) per edition in ``out_dir``; every edition is validated before any is written."""
    editions = [Path(e) for e in editions]
    out_dir = Path(out_dir)
    _check(editions, out_dir, as_zip, force)
    return [_deposit_one(edition, out_dir, as_zip) for edition in editions]


def _check(editions: list[Path], out_dir: Path, as_zip: bool, force: bool) -> None:
    from teikit.validate import validate_file
    from teikit.validate.report import format_text

    stems = [e.stem for e in editions]
    for edition in editions:
        if not edition.is_file():
            raise UsageError("no such file", path=str(edition))
        if stems.count(edition.stem) > 1:
            raise UsageError("two editions of this name would make the same bag", path=str(edition))
        if out_dir.is_dir():  # the one overwrite check (teikit.output); a new folder holds none
            check_target(bag.target(out_dir, edition.stem, as_zip), force=force,
                         inputs=tuple(editions), folder=not as_zip)
    for edition in editions:
        report = validate_file(edition)
        if not report.valid:
            raise InvalidEdition("the edition is invalid; no bag was written:\n"
                                 + format_text(report).rstrip("\n"), path=str(edition))


def _deposit_one(edition: Path, out_dir: Path, as_zip: bool) -> Path:
    from teikit.transform import parse_edition
    from teikit.xmlsafe import parse

    name = edition.stem
    data = edition.read_bytes()
    tree = parse(data, name=str(edition))
    edition_id = bag.edition_identifier(tree) or name
    with bag.staging(out_dir, name) as work:
        bag_dir = work / name
        bag_dir.mkdir()
        files = payload.assemble(edition, bag_dir)
        bag.make(bag_dir, bag.bag_info(tree, edition_id))
        node = parse_edition(data, edition.resolve().as_uri())
        written = _write_records(bag_dir, node, name)
        label = _dc_title(bag_dir) or name
        created = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
        (bag_dir / "mets.xml").write_bytes(
            mets.build(bag_dir, tree, files, written, label, edition_id, created))
        bag.finish(bag_dir)
        destination = bag.target(out_dir, name, as_zip)
        built = bag_dir
        if as_zip:
            built = work / f"{name}.zip"
            bag.zip_bag(bag_dir, built)
        bag.place(built, destination, work)
    return destination


def _write_records(bag_dir: Path, node, name: str) -> list[tuple[str, str, dict]]:
    rendered = records.render(node, name)
    written = []
    for record in records.RECORDS:
        path = bag_dir / record.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rendered[record.name])
        attributes = {"MDTYPE": record.mdtype}
        if record.other_mdtype:
            attributes["OTHERMDTYPE"] = record.other_mdtype
        if record.mdtype_version:
            attributes["MDTYPEVERSION"] = record.mdtype_version
        written.append((record.name, record.path, attributes))
    return written


def _dc_title(bag_dir: Path) -> str | None:
    from lxml import etree

    tree = etree.parse(str(bag_dir / "metadata" / "oai_dc.xml"))
    return tree.findtext("{http://purl.org/dc/elements/1.1/}title")

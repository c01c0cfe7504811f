"""Deposit, step 4: the BagIt 1.0 bag (RFC 8493) — payload, tag files, manifests — and its placing.

``bagit`` writes the manifests (SHA-256 and SHA-512) and tag manifests; it declares
BagIt-Version 0.97, so bagit.txt is rewritten as 1.0 before the tag manifests are made again.
The bag is assembled in a temporary folder beside its destination and renamed into place: an
interrupted deposit leaves no bag, and an existing bag is replaced only with ``force``.
"""
from __future__ import annotations

import datetime
import os
import shutil
import zipfile
from contextlib import contextmanager
from pathlib import Path

import bagit
from lxml import etree

import teikit
from teikit.errors import UsageError
from teikit.output import new_folder_mode, staging_folder, swap_folder

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
CHECKSUMS = ["sha256", "sha512"]
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def _text(tree, path: str) -> str | None:
    found = tree.xpath(f"normalize-space(({path})[1])", namespaces=TEI)
    return found or None


def edition_identifier(tree) -> str | None:
    """The digital edition's identifier: a DOI if the header gives one, else its first idno."""
    return (_text(tree, "//t:publicationStmt/t:idno[@type = 'DOI']")
            or _text(tree, "//t:publicationStmt/t:idno"))


#: bag-info.txt fields from the teiHeader: (field, function of the tree and edition id).
BAG_INFO_FIELDS = (
    # An authority in English prose is teikit's "no responsible body named": no organisation.
    ("Source-Organization", lambda t, _: _text(t, "//t:publicationStmt/*[self::t:publisher or "
                                                  "self::t:authority]/t:orgName")
                                         or _text(t, "//t:publicationStmt/t:publisher"
                                                  " | //t:publicationStmt/t:authority"
                                                  "[not(@xml:lang = 'en')]")),
    ("Contact-Name", lambda t, _: _text(t, "//t:publicationStmt//t:persName"
                                           " | //t:titleStmt/t:respStmt/t:persName")),
    ("Contact-Email", lambda t, _: _text(t, "//t:publicationStmt//t:email")),
    ("External-Identifier", lambda t, edition_id: [v for v in (
        _text(t, "//t:sourceDesc//t:monogr/t:idno[@type='ISBN']") and
        "ISBN " + _text(t, "//t:sourceDesc//t:monogr/t:idno[@type='ISBN']"), edition_id) if v]),
    ("External-Description", lambda t, _: _description(t)),
)


def _description(tree) -> str:
    titles = "//t:sourceDesc//t:monogr/t:title"
    main = _text(tree, f"{titles}[@type='main'] | //t:titleStmt/t:title")
    part = _text(tree, f"{titles}[@type='part']")
    number = _text(tree, f"{titles}[@type='part']/@n")
    title = ". ".join(v for v in (main, ", ".join(v for v in (number, part) if v)) if v)
    imprint = ", ".join(v for v in (_text(tree, "//t:sourceDesc//t:imprint/t:publisher"),
                                    _text(tree, "//t:sourceDesc//t:imprint/t:date/@when")) if v)
    return f"TEI P5 edition of {title}" + (f" ({imprint})" if imprint else "")


def bag_info(tree: etree._ElementTree, edition_id: str, today: str | None = None) -> dict:
    info = {}
    for name, read in BAG_INFO_FIELDS:
        value = read(tree, edition_id)
        if value:
            info[name] = value
    info["Bagging-Date"] = today or datetime.date.today().isoformat()
    info["Bag-Software-Agent"] = (f"teikit {teikit.__version__} "
                                  f"(bagit-python {bagit.VERSION})")
    return info


def make(bag_dir: Path, info: dict) -> bagit.Bag:
    """Turn a folder holding the payload into a bag (the payload moves into data/)."""
    bagit.make_bag(str(bag_dir), dict(info), checksums=CHECKSUMS)
    (bag_dir / "bagit.txt").write_text(BAGIT_TXT, encoding="utf-8")
    return bagit.Bag(str(bag_dir))


def finish(bag_dir: Path) -> None:
    """Remake the tag manifests after tag files (records, METS) were added; check in full."""
    bag = bagit.Bag(str(bag_dir))
    bag.save(manifests=False)
    bagit.Bag(str(bag_dir)).validate(fast=False)


@contextmanager
def staging(out_dir: Path, name: str):
    """A temporary folder beside the destination, removed whatever happens (named so that
    the next run removes it if this one is killed: teikit.output.staging_folder)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = staging_folder(out_dir, name)
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def target(out_dir: Path, name: str, as_zip: bool) -> Path:
    return out_dir / (f"{name}.zip" if as_zip else name)


def place(built: Path, destination: Path, work: Path) -> None:
    """Rename the finished bag (folder or zip) into place in one step: a bag folder swapped
    with the old one, a zip renamed over the old zip, so that a reader sees the old bag or
    the new, never none; anything else there (a link, the other kind) is moved aside first."""
    if built.is_dir():
        built.chmod(new_folder_mode())  # the usual permissions, whatever made the folder
    if not os.path.lexists(destination):
        os.rename(built, destination)
    elif built.is_dir() and destination.is_dir() and not destination.is_symlink():
        swap_folder(built, destination)
    elif built.is_file() and destination.is_file() and not destination.is_symlink():
        os.replace(built, destination)
    else:
        os.rename(destination, work / "replaced")
        os.rename(built, destination)


def zip_bag(bag_dir: Path, archive: Path) -> None:
    """One .zip with the bag folder at its root (sorted, so the same bag zips the same)."""
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(bag_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{bag_dir.name}/{path.relative_to(bag_dir).as_posix()}")

"""Deposit, step 5: a bag (folder or zip) checked again, as a repository would on ingest.

Four checks, every problem reported (not just the first), each naming the file:

    bag      bagit's full validation: structure, every manifest checksum, no missing file,
             no stray file (payload and tag files)
    tei      the master TEI against the schemas inside the bag (data/schema/teikit.rng and
             teikit.sch), not teikit's own copy
    mets     every METS file entry exists with its size and SHA-256; every payload file is listed
    records  each dmdSec's record exists with its checksum
"""
from __future__ import annotations

import logging
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import bagit

from teikit.errors import TeikitError, UsageError, VerifyError

METS = {"mets": "http://www.loc.gov/METS/", "xlink": "http://www.w3.org/1999/xlink"}
HREF = "{http://www.w3.org/1999/xlink}href"


def verify(path: Path) -> list[str]:
    """Check a bag folder or zip; return what was checked, raise VerifyError listing problems."""
    path = Path(path)
    if not path.exists():
        raise UsageError("no such bag or zip", path=str(path))
    with _opened(path) as bag_dir:
        label = path.resolve().name if path.is_dir() else f"{path.name}!{bag_dir.name}"
        problems = [f"{label}/{where}: error: {message}" for where, message in _problems(bag_dir)]
    if problems:
        raise VerifyError(problems, str(path))
    return [f"{path}: bag valid (fixity, completeness), TEI valid against the schemas inside, "
            "METS checksums match the payload"]


def _problems(bag_dir: Path):
    yield from check_bag(bag_dir)
    yield from check_tei(bag_dir)
    yield from check_mets(bag_dir)


# ---- bag ----------------------------------------------------------------------------------

def check_bag(bag_dir: Path):
    try:
        bag = bagit.Bag(str(bag_dir))
    except bagit.BagError as error:
        yield "bagit.txt", f"not a bag: {error}"
        return
    if bag.version_info != (1, 0):
        version = ".".join(map(str, bag.version_info))
        yield "bagit.txt", f"BagIt-Version is {version}, not 1.0"
    try:
        with _quiet_bagit():
            bag.validate(fast=False)
    except bagit.BagValidationError as error:
        details = _details(bag) or error.details
        if not details:
            yield "bag-info.txt", error.message
        yield from _messages(details)
    except bagit.BagError as error:
        yield "bag-info.txt", str(error)
    yield from _stray_tag_files(bag_dir, bag)


def _stray_tag_files(bag_dir: Path, bag: bagit.Bag):
    """BagIt lets tag files go unlisted; a teikit bag lists every one, so an unlisted one is stray."""
    listed = {PurePosixPath(p).as_posix() for p in bag.entries}
    for path in sorted(bag_dir.rglob("*")):
        relative = path.relative_to(bag_dir).as_posix()
        if (path.is_file() and not relative.startswith("data/")
                and not relative.startswith("tagmanifest-") and relative not in listed):
            yield relative, "in the bag but not in the tag manifests (a stray file)"


@contextmanager
def _quiet_bagit():
    """bagit logs each problem as a warning; they are reported here, once, with the file."""
    logger = logging.getLogger("bagit")
    disabled, logger.disabled = logger.disabled, True
    try:
        yield
    finally:
        logger.disabled = disabled


def _details(bag: bagit.Bag) -> list:
    """bagit stops at its first failing stage (Payload-Oxum, completeness, then checksums), the
    first without naming a file; run the last two in full so every file is named."""
    details, seen = [], set()
    for check in (bag._validate_completeness, lambda: bag._validate_entries(1)):
        try:
            with _quiet_bagit():
                check()
        except bagit.BagValidationError as error:
            for detail in error.details:
                if str(detail) not in seen:
                    seen.add(str(detail))
                    details.append(detail)
    return details


def _messages(details: list):
    """One message per file: a missing file once (not also as a failed checksum), the
    algorithms whose checksums fail together."""
    missing = {str(d.path) for d in details if isinstance(d, bagit.FileMissing)}
    failed: dict[str, list[str]] = {}
    for detail in details:
        where = PurePosixPath(str(detail.path)).as_posix()
        if isinstance(detail, bagit.ChecksumMismatch):
            if str(detail.path) not in missing:
                failed.setdefault(where, []).append(detail.algorithm)
        elif isinstance(detail, bagit.FileMissing):
            yield where, "listed in the manifest but missing from the bag"
        elif isinstance(detail, bagit.UnexpectedFile):
            yield where, "in the bag but not in any manifest (a stray file)"
        else:
            yield where, str(detail)
    for where, algorithms in failed.items():
        yield where, (f"checksum ({', '.join(sorted(set(algorithms)))}) does not match the "
                      "manifest: the file changed")


# ---- TEI ----------------------------------------------------------------------------------

def check_tei(bag_dir: Path):
    from teikit.validate import validate_tree
    from teikit.validate import schematron
    from teikit.xmlsafe import parse

    masters = _mets_files(bag_dir, "master")
    if masters is None:  # no readable METS (reported below): every TEI file of data/tei/
        masters = sorted(p.relative_to(bag_dir).as_posix()
                         for p in (bag_dir / "data" / "tei").glob("*.xml"))
    schema = bag_dir / "data" / "schema"
    rng, sch = schema / "teikit.rng", schema / "teikit.sch"
    for missing in (p for p in (rng, sch) if not p.is_file()):
        yield missing.relative_to(bag_dir).as_posix(), "schema missing from the bag"
    if not (rng.is_file() and sch.is_file()):
        return
    for relative in masters:
        tei = bag_dir / relative
        if not tei.is_file():
            continue  # reported by the bag and METS checks
        try:
            tree = parse(tei)
        except TeikitError as error:
            yield relative, error.message
            continue
        report = validate_tree(tree, relative, schema=rng)
        for diagnostic in report.errors:
            yield f"{relative}:{diagnostic.line}", f"{diagnostic.message} [{diagnostic.rule}]"
        for line, severity, message, rule, _ in schematron.check(tree, sch):
            if severity == "error":
                yield f"{relative}:{line}", f"{message} [{rule}]"


# ---- METS ---------------------------------------------------------------------------------

def _mets(bag_dir: Path):
    path = bag_dir / "mets.xml"
    if not path.is_file():
        return None
    from teikit.xmlsafe import parse

    try:
        return parse(path)
    except TeikitError:
        return None


def _mets_files(bag_dir: Path, use: str) -> list[str] | None:
    tree = _mets(bag_dir)
    if tree is None:
        return None
    return [unquote(h) for h in tree.xpath(
        f"//mets:fileGrp[@USE='{use}']/mets:file/mets:FLocat/@xlink:href", namespaces=METS)]


def check_mets(bag_dir: Path):
    from teikit.deposit.mets import sha256

    path = bag_dir / "mets.xml"
    if not path.is_file():
        yield "mets.xml", "missing from the bag"
        return
    tree = _mets(bag_dir)
    if tree is None:
        yield "mets.xml", "not well-formed XML"
        return
    listed = set()
    for entry in tree.xpath("//mets:file[mets:FLocat] | //mets:mdRef", namespaces=METS):
        location = entry.find("mets:FLocat", METS) if entry.tag.endswith("}file") else entry
        relative = unquote(location.get(HREF, ""))
        listed.add(relative)
        what = entry.get("ID") or entry.getparent().get("ID") or "entry"
        file = _inside(bag_dir, relative)
        if file is None or not file.is_file():
            yield relative or "mets.xml", f"listed in mets.xml ({what}) but missing from the bag"
            continue
        size = entry.get("SIZE")
        if size is not None and int(size) != file.stat().st_size:
            yield relative, f"size {file.stat().st_size} does not match mets.xml ({what}: SIZE {size})"
        if entry.get("CHECKSUMTYPE") == "SHA-256" and entry.get("CHECKSUM") != sha256(file):
            yield relative, f"SHA-256 does not match mets.xml ({what}): the METS is stale or the file changed"
    payload = bag_dir / "data"
    for file in sorted(p for p in payload.rglob("*") if p.is_file()) if payload.is_dir() else []:
        relative = file.relative_to(bag_dir).as_posix()
        if relative not in listed:
            yield relative, "in the payload but not listed in mets.xml"


def _inside(bag_dir: Path, relative: str) -> Path | None:
    """The file a METS href names, or None if it would point outside the bag."""
    pure = PurePosixPath(relative)
    if not relative or pure.is_absolute() or ".." in pure.parts:
        return None
    return bag_dir.joinpath(*pure.parts)


# ---- zip ----------------------------------------------------------------------------------

@contextmanager
def _opened(path: Path):
    if path.is_dir():
        yield path
        return
    if not zipfile.is_zipfile(path):
        raise UsageError("neither a bag folder nor a zip", path=str(path))
    work = Path(tempfile.mkdtemp(prefix=".teikit-verify."))
    try:
        yield _extract(path, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _extract(archive: Path, work: Path) -> Path:
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        for name in names:
            pure = PurePosixPath(name)
            if pure.is_absolute() or ".." in pure.parts or "\\" in name:
                raise VerifyError([f"{archive}!{name}: error: unsafe path in the zip"], str(archive))
        tops = {PurePosixPath(n).parts[0] for n in names if PurePosixPath(n).parts}
        if len(tops) != 1:
            raise VerifyError([f"{archive}: error: the zip must hold one bag folder at its root, "
                               f"not {len(tops)} entries"], str(archive))
        zf.extractall(work)
    return work / tops.pop()

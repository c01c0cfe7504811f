"""Derive the project XSD from the project RELAX NG with trang (at schema-build time only).

trang is Java and teikit must not need Java at run time, so the XSD is committed and
stamped with the SHA-256 of the RELAX NG it was made from: ``stamp_of()`` reads it back,
which lets the up-to-date check run without Java.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from teikit.errors import UsageError
from teikit.output import write_file

_STAMP = re.compile(rb"<!-- teikit: derived from teikit\.rng sha256=([0-9a-f]{64})")


def rng_digest(rng_bytes: bytes) -> str:
    return hashlib.sha256(rng_bytes).hexdigest()


def stamp_of(xsd_bytes: bytes) -> str | None:
    match = _STAMP.search(xsd_bytes)
    return match.group(1).decode() if match else None


def derive_xsd(rng_path: Path, out_dir: Path) -> list[Path]:
    """Run trang on ``rng_path``; write ``teikit.xsd`` (and ``xml.xsd``) into ``out_dir``."""
    trang = shutil.which("trang")
    if trang is None:
        raise UsageError("deriving teikit.xsd needs trang (Debian package trang) at build time")
    digest = rng_digest(rng_path.read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "teikit.xsd"
        run = subprocess.run([trang, "-I", "rng", "-O", "xsd", str(rng_path), str(target)],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            raise UsageError(f"trang failed: {run.stderr.strip()}")
        written = []
        for produced in sorted(Path(tmp).glob("*.xsd")):
            data = produced.read_bytes()
            if produced.name == "teikit.xsd":
                data = _stamp(data, digest)
            destination = out_dir / produced.name
            write_file(destination, data, force=True)  # teikit's own derived files
            written.append(destination)
    return written


def _stamp(xsd: bytes, digest: str) -> bytes:
    comment = (f"<!-- teikit: derived from teikit.rng sha256={digest} by `teikit schema build` "
               "(trang); do not edit -->\n").encode()
    declaration_end = xsd.index(b"?>") + 2 if xsd.startswith(b"<?xml") else 0
    return xsd[:declaration_end] + b"\n" + comment + xsd[declaration_end:].lstrip(b"\n")

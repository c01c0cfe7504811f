"""The hostile and broken inputs of the fault-injection suite, each with what must happen.

An entry builds its file in a test's folder (it may point at the loopback listener and at a
local secret) and states the exit code and a word of the message every command must give.
"""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from teikit.inputs import MAX_INPUT_BYTES
from teikit.xmlsafe import MAX_DEPTH, MAX_TEXT_CHARS
from tests.conftest import BUNDLED_EDITION

SECRET = "teikit-secret-7f3a"
TEI = "http://www.tei-c.org/ns/1.0"


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path, str, Path], Path]  # (folder, listener URL, secret file) → the input
    code: int  # exit code of every command that reads it
    words: str  # a word of the message


def _file(name: str, data: Callable[[str, Path], bytes]) -> Callable[[Path, str, Path], Path]:
    def make(folder: Path, url: str, secret: Path) -> Path:
        path = folder / name
        path.write_bytes(data(url, secret))
        return path
    return make


def _edition(text: str) -> bytes:
    return text.encode("utf-8")


def _with_doctype(doctype: str) -> Callable[[str, Path], bytes]:
    def data(url: str, secret: Path) -> bytes:
        body = BUNDLED_EDITION.read_text(encoding="utf-8")
        declaration, rest = body.split("\n", 1)
        return f"{declaration}\n{doctype.format(url=url, secret=secret)}\n{rest}".encode("utf-8")
    return data


def _nested(depth: int) -> Callable[[str, Path], bytes]:
    return lambda url, secret: (f'<TEI xmlns="{TEI}">\n' + "<hi>" * depth + "x" + "</hi>" * depth
                                + "</TEI>").encode()


def _fifo(folder: Path, url: str, secret: Path) -> Path:
    path = folder / "fifo.xml"
    os.mkfifo(path)
    return path


def _sparse(folder: Path, url: str, secret: Path) -> Path:
    path = folder / "huge.xml"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk used, nothing read
    return path


def _folder(folder: Path, url: str, secret: Path) -> Path:
    path = folder / "folder.xml"
    path.mkdir()
    return path


EXTERNAL = "external DTD"
HOSTILE = [
    Case("dtd-local-file", _file("a.xml", _with_doctype('<!DOCTYPE TEI SYSTEM "{secret}">')), 1, EXTERNAL),
    Case("dtd-file-url", _file("a.xml", _with_doctype('<!DOCTYPE TEI SYSTEM "file://{secret}">')), 1, EXTERNAL),
    Case("dtd-http", _file("a.xml", _with_doctype('<!DOCTYPE TEI SYSTEM "{url}/x.dtd">')), 1, EXTERNAL),
    Case("dtd-public-http", _file("a.xml", _with_doctype(
        '<!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "{url}/p5.dtd">')), 1, EXTERNAL),
    Case("entity-xxe-file", _file("a.xml", _with_doctype(
        '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>')), 1, "entit"),
    Case("entity-parameter-http", _file("a.xml", _with_doctype(
        '<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{url}/p.ent"> %p;]>')), 1, "entit"),
    Case("entity-billion-laughs", _file("a.xml", _with_doctype(
        '<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')),
        1, "entit"),
    Case("dtd-utf16", _file("a.xml", lambda url, secret: codecs.BOM_UTF16_LE + (
        '<?xml version="1.0" encoding="UTF-16"?>\n' + _with_doctype(
            '<!DOCTYPE TEI SYSTEM "{url}/x.dtd">')(url, secret).decode("utf-8").split("\n", 1)[1]
        ).encode("utf-16-le")), 1, EXTERNAL),
    Case("not-well-formed", _file("a.xml", lambda url, secret: b"<TEI>\n<p>x</P></TEI>"), 1, "well-formed"),
    Case("empty", _file("a.xml", lambda url, secret: b""), 1, "well-formed"),
    Case("binary", _file("a.xml", lambda url, secret: bytes(range(256)) * 4), 1, "well-formed"),
    Case("deep-3000", _file("a.xml", _nested(3_000)), 1, "nested"),
    Case("deep-30000", _file("a.xml", _nested(30_000)), 1, "nested"),
    Case("deep-limit-plus-one", _file("a.xml", _nested(MAX_DEPTH)), 1, "nested"),
    Case("long-text-node", _file("a.xml", lambda url, secret: (
        f'<TEI xmlns="{TEI}"><text><body><p>' + "字" * (MAX_TEXT_CHARS + 1)
        + "</p></body></text></TEI>").encode()), 1, "longer than"),
    Case("fifo", _fifo, 2, "not a regular file"),
    Case("dev-zero", lambda folder, url, secret: Path("/dev/zero"), 2, "not a regular file"),
    Case("folder", _folder, 2, "folder"),
    Case("missing", lambda folder, url, secret: folder / "missing.xml", 2, "no such file"),
    Case("too-big", _sparse, 3, "larger than"),
]


def bundled_in(encoding: str, declared: str, bom: bytes = b"") -> Callable[[str, Path], bytes]:
    def data(url: str, secret: Path) -> bytes:
        text = BUNDLED_EDITION.read_text(encoding="utf-8")
        declaration, rest = text.split("\n", 1)
        assert declaration.startswith("<?xml ")
        return bom + f'<?xml version="1.0" encoding="{declared}"?>\n{rest}'.encode(encoding)
    return data


#: Editions as archivists have them: every command must work on them as on UTF-8.
ENCODINGS = [
    Case("utf-8-bom", _file("ed.xml", bundled_in("utf-8", "UTF-8", codecs.BOM_UTF8)), 0, ""),
    Case("utf-16-bom", _file("ed.xml", bundled_in("utf-16-le", "UTF-16", codecs.BOM_UTF16_LE)), 0, ""),
    Case("utf-16be-bom", _file("ed.xml", bundled_in("utf-16-be", "UTF-16", codecs.BOM_UTF16_BE)), 0, ""),
    Case("gb18030", _file("ed.xml", bundled_in("gb18030", "GB18030")), 0, ""),
]

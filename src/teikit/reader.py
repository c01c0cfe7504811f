"""Step 1, read: bytes in, text out — encoding detected, line ends normalised, nothing else changed."""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from teikit.errors import InputError
from teikit.inputs import read_input

# BOMs, longest first (the UTF-32 LE BOM starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings tried, in order, for text without a BOM. UTF-8 is strict and self-checking;
#: GB18030 is a superset of GBK and GB2312, the usual legacy encodings of Chinese texts.
FALLBACKS = ("utf-8", "gb18030")

_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
#: A vertical tab is whitespace that XML cannot hold: it becomes a line end. The form feed
#: (pdftotext's page separator) is kept: the page layer (teikit.pages) reads pages off it
#: and no form feed reaches the TEI.
_XML_UNSAFE_BREAKS = str.maketrans({"\v": "\n"})


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode raw bytes of a book's text; raise InputError naming the file when impossible."""
    if not data:
        raise InputError("the file is empty", path=name)
    encoding, body = _sniff(data)
    if encoding is None:
        if b"\x00" in data:
            raise InputError("the file looks binary (it contains NUL bytes and no Unicode "
                             "byte-order mark)", path=name)
        for candidate in FALLBACKS:
            try:
                text = data.decode(candidate)
            except UnicodeDecodeError:
                continue
            if candidate != "utf-8" and not _plausible_chinese(text):
                continue
            encoding = candidate
            break
        else:
            line = data[: _first_bad_offset(data)].count(b"\n") + 1
            raise InputError("cannot decode the file as UTF-8, UTF-16 (with BOM) or "
                             "GB18030/GBK", path=name, line=line)
    else:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            line = body[: exc.start].count(b"\n") + 1 if "8" in encoding else None
            raise InputError(f"the file starts with a {encoding} byte-order mark but is not "
                             f"valid {encoding}", path=name, line=line) from None
    text = normalise_breaks(text)
    check_text(text, name)
    return text


def normalise_breaks(text: str) -> str:
    """CRLF and CR to LF; vertical tab to LF; form feeds kept (they end pages)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_XML_UNSAFE_BREAKS)


def check_text(text: str, name: str = "<input>") -> None:
    """Refuse text that no book holds: control characters (binary data), only whitespace."""
    _check_controls(text, name)
    if not text.strip():
        raise InputError("the file holds only whitespace", path=name)


def read_path(path: str | Path) -> str:
    """Read (a regular file, bounded: teikit.inputs) and decode a file."""
    text = decode(read_input(path), str(path))
    refuse_non_xml_characters(text, str(path))
    return text


def refuse_non_xml_characters(text: str, name: str = "<input>") -> None:
    """U+FFFE and U+FFFF are no characters XML can hold: say so, with the line."""
    for char in ("\ufffe", "\uffff"):
        index = text.find(char)
        if index >= 0:
            line = text.count("\n", 0, index) + 1
            raise InputError(f"the text holds U+{ord(char):04X}, which is not a character and "
                             "cannot be written to XML (a decoding error in the extraction?)",
                             path=name, line=line)


def _sniff(data: bytes) -> tuple[str | None, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom):]
    return None, data


def _first_bad_offset(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes many byte strings; accept it only if the result reads as text."""
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return True
    odd = sum(1 for c in letters
              if unicodedata.category(c) in ("Co", "Cn", "Cs") or "\u0080" <= c <= "\u00ff")
    return odd / len(letters) < 0.02


def _check_controls(text: str, name: str) -> None:
    for index, char in enumerate(text):
        if char < " " and char not in _ALLOWED_CONTROLS or char == "\x7f":
            line = text.count("\n", 0, index) + 1
            raise InputError(f"the file looks binary (control character U+{ord(char):04X})",
                             path=name, line=line)

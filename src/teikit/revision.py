"""Appending a ``<change>`` to an edition's revisionDesc by editing its text, not its tree.

A hand-corrected edition is the archivist's file: re-serialising the whole tree would
rewrite its prolog, quoting, entities of characters and indentation. Here the new element
is serialised on its own (lxml) and inserted before ``</revisionDesc>`` (or a new
revisionDesc before ``</teiHeader>``), in the file's own encoding; every other byte stays.
The result is parsed again and checked to hold exactly one more change, in the right place.
"""
from __future__ import annotations

import codecs
import re

from lxml import etree

from teikit import xmlsafe
from teikit.errors import UsageError
from teikit.tei import tei

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_END = {name: re.compile(rf"(\s*)</(?:[\w.-]+:)?{name}\s*>") for name in ("revisionDesc", "teiHeader")}
_EMPTY_REVISION = re.compile(r"<((?:[\w.-]+:)?revisionDesc)(\s[^>]*)?/>")


def insert_change(data: bytes, tree: etree._ElementTree, change: etree._Element,
                  label: str) -> bytes:
    """``data`` with ``change`` appended to its revisionDesc; every other byte unchanged."""
    bom, encoding = _encoding(data, tree)
    body = data[len(bom):]
    try:
        text = body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise UsageError(f"cannot edit the file as {encoding} text", path=label) from None
    if text.encode(encoding) != body:
        raise UsageError(f"the file does not round-trip through {encoding}; not edited",
                         path=label)
    snippet = etree.tostring(change, encoding="unicode")
    updated = _insert(text, tree, snippet, label)
    result = bom + updated.encode(encoding, errors="xmlcharrefreplace")
    _check(result, tree, label)
    return result


def _encoding(data: bytes, tree: etree._ElementTree) -> tuple[bytes, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return bom, name
    name = (tree.docinfo.encoding or "utf-8").lower()
    return b"", "utf-16-le" if name in ("utf-16", "utf-16le") else name


def _insert(text: str, tree: etree._ElementTree, snippet: str, label: str) -> str:
    revisions = tree.getroot().findall(f"{tei('teiHeader')}/{tei('revisionDesc')}")
    if len(revisions) > 1:
        raise UsageError("the teiHeader has more than one revisionDesc", path=label)
    if revisions:
        return _append_in(text, revisions[0], snippet, label)
    ends = list(_END["teiHeader"].finditer(text))
    if len(ends) != 1:
        raise UsageError("cannot find the end of the teiHeader in the text", path=label)
    end = ends[0]
    indent = _indent(end.group(1))
    prefix = _prefix(end.group(0), "teiHeader")
    block = (f"{indent}  <{prefix}revisionDesc>{indent}    {snippet}{indent}  "
             f"</{prefix}revisionDesc>")
    return text[:end.start()] + block + text[end.start():]


def _append_in(text: str, revision: etree._Element, snippet: str, label: str) -> str:
    if len(revision) == 0 and not (revision.text or "").strip():
        empty = list(_EMPTY_REVISION.finditer(text))
        if len(empty) == 1:
            name, attributes = empty[0].group(1), empty[0].group(2) or ""
            line_start = text.rfind("\n", 0, empty[0].start())
            indent = "\n" + re.match(r"[ \t]*", text[line_start + 1:]).group(0)
            replacement = f"<{name}{attributes}>{indent}  {snippet}{indent}</{name}>"
            return text[:empty[0].start()] + replacement + text[empty[0].end():]
    ends = list(_END["revisionDesc"].finditer(text))
    if len(ends) != 1:
        raise UsageError("cannot find the one end tag of revisionDesc in the text", path=label)
    end = ends[0]
    children = [c for c in revision if isinstance(c.tag, str)]
    closing = _indent(end.group(1))
    child = _child_indent(text, children[-1].sourceline) if children else closing + "  "
    return text[:end.start()] + child + snippet + text[end.start():]


def _indent(whitespace: str) -> str:
    """The line break and indentation in front of an end tag ("\\n" + spaces)."""
    if "\n" not in whitespace:
        return "\n"
    return "\n" + whitespace.rsplit("\n", 1)[1]


def _child_indent(text: str, line: int | None) -> str:
    lines = text.split("\n", line)[line - 1] if line else ""
    return "\n" + re.match(r"[ \t]*", lines).group(0)


def _prefix(tag: str, local: str) -> str:
    match = re.search(rf"</([\w.-]+:)?{local}", tag)
    return match.group(1) or "" if match else ""


def _check(result: bytes, before: etree._ElementTree, label: str) -> None:
    after = xmlsafe.parse(result, name=label)
    path = f"{tei('teiHeader')}/{tei('revisionDesc')}/{tei('change')}"
    if len(after.getroot().findall(path)) != len(before.getroot().findall(path)) + 1:
        raise UsageError("appending the change would not add exactly one revisionDesc/change; "
                         "the file was not changed", path=label)

"""Safe XML parsing for all of teikit: no external entities, no DTD, no network, no entity bombs.

Every XML file a user hands teikit goes through ``parse()``. A DOCTYPE that declares entities
is refused before libxml2 sees it (entities are how "billion laughs" bombs and XXE file reads
work; teikit's TEI never needs them); an external DTD is never loaded; nothing is fetched
over the network. Large documents (libxml2's 10 MB text-node and depth limits) are re-parsed
with ``huge_tree`` only when the safe limits were the reason the first parse failed.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from teikit.errors import UsageError, XMLInputError

#: how much of the start of a document is scanned for a DOCTYPE
PROLOG_SCAN = 1 << 16
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY")
_LIMIT_MESSAGES = ("huge", "Huge", "Excessive depth", "xmlSAX2Characters")


def _parser(huge: bool, collect_ids: bool = True) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=huge, remove_blank_text=False,
                           collect_ids=collect_ids)


def parse(source: str | Path | bytes, *, huge: bool = False,
          name: str | None = None, collect_ids: bool = True) -> etree._ElementTree:
    """Parse a file path or bytes safely; raise XMLInputError (with line and column) if refused.

    ``name`` is the file name used in messages for bytes input. ``collect_ids=False`` lets a
    duplicate ``xml:id`` through (libxml2 stops at it otherwise), for a validator to report it
    beside every other problem.
    """
    if isinstance(source, bytes):
        head, label = source[:PROLOG_SCAN], name or "<bytes>"
    else:
        path = Path(source)
        label = name or str(path)
        try:
            with path.open("rb") as stream:
                head = stream.read(PROLOG_SCAN)
        except OSError as error:
            raise UsageError(f"cannot read {path}: {error.strerror}", path=label) from None
    _refuse_entity_declarations(head, label)
    try:
        tree = _parse_once(source, huge, collect_ids)
    except etree.XMLSyntaxError as error:
        if not huge and any(m in str(error) for m in _LIMIT_MESSAGES):
            return parse(source, huge=True, name=name, collect_ids=collect_ids)
        raise _syntax_error(error, label) from None
    _refuse_parsed_entities(tree, label)
    return tree


def _parse_once(source: str | Path | bytes, huge: bool,
                collect_ids: bool = True) -> etree._ElementTree:
    if isinstance(source, bytes):
        return etree.ElementTree(etree.fromstring(source, _parser(huge, collect_ids)))
    return etree.parse(str(source), _parser(huge, collect_ids))


def _refuse_entity_declarations(head: bytes, label: str) -> None:
    doctype = _DOCTYPE.search(_utf8(head))
    if doctype is None:
        return
    text = _utf8(head)
    entity = _ENTITY.search(text, doctype.start())
    if entity is not None:
        line = text.count(b"\n", 0, entity.start()) + 1
        column = entity.start() - (text.rfind(b"\n", 0, entity.start()) + 1) + 1
        raise XMLInputError("the DOCTYPE declares entities; teikit refuses entity declarations "
                            "because they can expand into gigabytes or read local files "
                            "(remove the DOCTYPE: TEI needs none)",
                            path=label, line=line, column=column)


def _utf8(head: bytes) -> bytes:
    """The scanned prolog as UTF-8 bytes, whatever the document's encoding (UTF-16 too)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace").encode("utf-8")
    return head


def _refuse_parsed_entities(tree: etree._ElementTree, label: str) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise XMLInputError("the DOCTYPE declares entities; teikit refuses entity declarations",
                            path=label, line=1)
    for entity in tree.iter(etree.Entity):
        raise XMLInputError(f"the entity reference {entity.text} cannot be resolved: teikit "
                            "never loads a DTD; write the character itself",
                            path=label, line=entity.getparent().sourceline)


def _syntax_error(error: etree.XMLSyntaxError, label: str) -> XMLInputError:
    line, column = error.position if error.position else (error.lineno, 0)
    message = error.msg or str(error)
    message = re.sub(r", line \d+, column \d+$", "", message)
    return XMLInputError(f"not well-formed: {message}", path=label, line=line, column=column)

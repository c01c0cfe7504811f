"""Safe XML parsing for all of teikit: no external entities, no DTD, no network, no entity bombs.

Every XML file a user hands teikit goes through ``parse()``, and Saxon sees only what
``for_saxon()`` makes of the parsed tree. A DOCTYPE that declares entities is refused before
libxml2 sees it (entities are how "billion laughs" bombs and XXE file reads work; teikit's
TEI never needs them); a DOCTYPE naming an external DTD (SYSTEM or PUBLIC) is refused too,
since any other parser (Saxon's) would fetch it and run its parameter entities; nothing is
fetched over the network. Documents nested deeper than ``MAX_DEPTH`` or with a text node
longer than ``MAX_TEXT_CHARS`` are refused with the line, before libxml2's RELAX NG and XSLT
code (which recurse) or Saxon (which has its own limits) can crash on them. Large documents
(libxml2's 10 MB text-node limit) are re-parsed with ``huge_tree`` only when the safe limits
were the reason the first parse failed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from teikit.errors import XMLInputError
from teikit.inputs import open_input

#: how much of the start of a document is scanned for a DOCTYPE
PROLOG_SCAN = 1 << 16
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY")
_LIMIT_MESSAGES = ("huge", "Huge", "Excessive depth", "xmlSAX2Characters")
_EXTERNAL_ID = re.compile(rb"<!DOCTYPE\s+[^\s\[>]+\s+(SYSTEM|PUBLIC)\b", re.IGNORECASE)

#: The deepest nesting of elements teikit accepts (libxml2's own default limit; a TEI
#: edition needs a few dozen levels).
MAX_DEPTH = 256
#: The longest text node teikit accepts, in characters (a long chapter as one paragraph is
#: a few tens of thousands).
MAX_TEXT_CHARS = 500_000
_TOO_DEEP = etree.XPath("/*" + "/*" * MAX_DEPTH)
_TOO_LONG = etree.XPath("//text()[string-length(.) > $limit]")


def _parser(huge: bool, collect_ids: bool = True) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=huge, remove_blank_text=False,
                           collect_ids=collect_ids)


def parse(source: str | Path | bytes, *, huge: bool = False,
          name: str | None = None, collect_ids: bool = True) -> etree._ElementTree:
    """Parse a file path or bytes safely; raise XMLInputError (with line and column) if refused.

    ``name`` is the file name used in messages for bytes input. ``collect_ids=False`` lets a
    document with a duplicate xml:id parse, so that validation can report it with every
    other error (libxml2 otherwise stops at the first duplicate).
    """
    if not isinstance(source, bytes):
        return _parse_file(Path(source), huge, name or str(source), collect_ids)
    label = name or "<bytes>"
    _refuse_in_prolog(source[:PROLOG_SCAN], label)
    try:
        tree = _parse_once(source, huge, None, collect_ids)
    except etree.XMLSyntaxError as error:
        if not huge and _limit_reached(error):
            return parse(source, huge=True, name=label, collect_ids=collect_ids)
        raise _syntax_error(error, label) from None
    _refuse_parsed(tree, label)
    check_limits(tree, label, _no_long_text_possible([source]))
    return tree


def _parse_file(path: Path, huge: bool, label: str, collect_ids: bool) -> etree._ElementTree:
    """A file is streamed to libxml2 (regular files only, bounded: never a FIFO or /dev/zero),
    never held whole in memory beside its tree."""
    base_url = str(path.resolve())  # relative references resolve from the file
    with open_input(path) as stream:
        _refuse_in_prolog(stream.read(PROLOG_SCAN), label)
        for attempt in (huge, True):
            stream.seek(0)
            try:
                tree = etree.parse(stream, _parser(attempt, collect_ids), base_url=base_url)
                break
            except etree.XMLSyntaxError as error:
                if attempt or not _limit_reached(error):
                    raise _syntax_error(error, label) from None
        _refuse_parsed(tree, label)
        stream.seek(0)
        check_limits(tree, label, _no_long_text_possible(iter(lambda: stream.read(1 << 20), b"")))
    return tree


def _limit_reached(error: etree.XMLSyntaxError) -> bool:
    return any(m in str(error) for m in _LIMIT_MESSAGES)


def _refuse_in_prolog(head: bytes, label: str) -> None:
    _refuse_entity_declarations(head, label)
    _refuse_external_dtd(head, label)


def _refuse_parsed(tree: etree._ElementTree, label: str) -> None:
    _refuse_parsed_entities(tree, label)
    _refuse_parsed_external_dtd(tree, label)


def for_saxon(tree: etree._ElementTree) -> bytes:
    """The parsed document as UTF-8 without any DOCTYPE: the only form Saxon is given.

    The prolog's processing instructions and comments are kept; the document's own encoding
    (UTF-16, GB18030, a BOM…) does not matter any more.
    """
    root = tree.getroot()
    before = list(root.itersiblings(preceding=True))[::-1]
    after = list(root.itersiblings())
    parts = [b'<?xml version="1.0" encoding="UTF-8"?>\n']
    for node in before:
        parts += [etree.tostring(node, encoding="UTF-8", with_tail=False), b"\n"]
    parts.append(etree.tostring(root, encoding="UTF-8", with_tail=False))
    for node in after:
        parts += [b"\n", etree.tostring(node, encoding="UTF-8", with_tail=False)]
    return b"".join(parts)


def check_limits(tree: etree._ElementTree, label: str, proven_short: bool = False) -> None:
    """Refuse nesting deeper than MAX_DEPTH or a text node longer than MAX_TEXT_CHARS
    (``proven_short``: the bytes already proved that no text node is too long)."""
    deep = _TOO_DEEP(tree)
    if deep:
        raise XMLInputError(f"elements are nested more than {MAX_DEPTH} levels deep; teikit "
                            "refuses deeper documents", path=label, line=deep[0].sourceline)
    if proven_short:
        return
    long_text = _TOO_LONG(tree, limit=MAX_TEXT_CHARS)
    if long_text:
        parent = long_text[0].getparent()
        raise XMLInputError(f"a text node is longer than {MAX_TEXT_CHARS:,} characters "
                            f"({len(long_text[0]):,}); teikit refuses longer ones",
                            path=label, line=parent.sourceline if parent is not None else None)


def _no_long_text_possible(chunks: Iterable[bytes]) -> bool:
    """Cheap proof from the bytes that no text node is too long (the XPath costs ~20 ms/MB).

    Every character takes at least one byte and a text node ends at a ``<``, so without a
    longer run of bytes free of ``<`` there is no longer text node. CDATA sections (which may
    hold ``<``) and encodings where ``<`` is not one byte void the proof. The bytes come in
    chunks, so that a file is scanned without being held in memory.
    """
    run = 0  # bytes since the last "<"
    first = True
    tail = b""  # the end of the previous chunk, for a "<![CDATA[" split between chunks
    for chunk in chunks:
        if first and (chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in chunk[:4]):
            return False
        first = False
        if b"<![CDATA[" in tail + chunk[:8] or b"<![CDATA[" in chunk:
            return False
        tail = (tail + chunk)[-8:]  # chunks may be shorter than the marker
        runs = chunk.split(b"<")  # the runs free of "<", in C: no loop over every tag here
        if len(runs) == 1:
            run += len(chunk)
        else:
            if run + len(runs[0]) > MAX_TEXT_CHARS or max(map(len, runs)) > MAX_TEXT_CHARS:
                return False
            run = len(runs[-1])
        if run > MAX_TEXT_CHARS:
            return False
    return True


def _parse_once(data: bytes, huge: bool, base_url: str | None = None,
                collect_ids: bool = True) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(data, _parser(huge, collect_ids), base_url=base_url))


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


def _refuse_external_dtd(head: bytes, label: str) -> None:
    text = _utf8(head)
    external = _EXTERNAL_ID.search(text)
    if external is not None:
        line = text.count(b"\n", 0, external.start()) + 1
        raise XMLInputError(_EXTERNAL_DTD, path=label, line=line)


def _refuse_parsed_external_dtd(tree: etree._ElementTree, label: str) -> None:
    """The scan misses a DOCTYPE in an encoding it cannot read; the parsed tree does not."""
    docinfo = tree.docinfo
    if docinfo.system_url or docinfo.public_id:
        raise XMLInputError(_EXTERNAL_DTD, path=label, line=1)


_EXTERNAL_DTD = ("the DOCTYPE names an external DTD (SYSTEM or PUBLIC); teikit refuses it "
                 "because a DTD can read local files and send them over the network "
                 "(remove the DOCTYPE: TEI needs none)")


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

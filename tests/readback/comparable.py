"""The equality the round trip model → TEI → model keeps: a plain dump of a Book without the
fields the TEI does not carry.

Dropped, and why:

- ``line``, ``end_line``, ``dateline_line`` (every node): source line numbers serve messages
  about the raw text; an edition does not point back into it.
- ``Heading.label``, ``Heading.scheme``, ``Heading.number``, ``Division.scheme``: the numbering
  is kept as printed inside the ``head`` text and as the division's ``@n`` (``Division.n``);
  which detection rule matched it is not markup.
- ``Chapter.entry`` is compared as the number of its contents entry: the entry itself is
  compared once, in the contents.
- ``ContentsEntry.level``, ``scheme``, ``div_type``: how detection ranked the entry; the TEI
  carries the result as the nesting and ``@type`` of the divisions (``Chapter.level``,
  ``Chapter.type``), not on the contents item.
- ``PageBreak.numbered_by`` is compared as the ``@cert`` it is written as (serialize's
  PAGE_NUMBER_CERT): "contents" and "counted" are both "medium"; a printed number (folio,
  label) has none.

Normalised to the one form the TEI can express:

- inline content: adjacent strings merged, empty strings dropped (one XML text node);
- ``ContentsEntry.separators``: the separators actually printed, one per pair of authors
  (the serialiser prints "、" for a missing one, and has no place for extra ones);
  ``page_open``/``page_close`` only when there is a page number;
- empty strings for optional attributes (``Note.n``, ``PageBreak.n``, ``Division.n``,
  ``TitleLine.lang``, ``Closer.dateline``) as None, since an empty value is not written;
  ``Field.attrs`` without None values.
"""
from __future__ import annotations

import dataclasses

from teikit.model import (Chapter, Closer, ContentsEntry, Division, Heading, Note,
                          PageBreak, TitleLine, merge_strings)

_EVERYWHERE = {"line", "end_line", "dateline_line"}
_DROPPED = {
    Heading: {"label", "scheme", "number"},
    Division: {"scheme"},
    ContentsEntry: {"level", "scheme", "div_type"},
}
_CONTENT = {"content", "signed", "parts"}  # fields holding inline content
_EMPTY_IS_NONE = {Note: "n", PageBreak: "n", Division: "n", Chapter: "n", TitleLine: "lang",
                  Closer: "dateline"}


def comparable(value):
    """A plain, comparable dump (dicts, lists, strings) of a Book or of any model node."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _node(value)
    if isinstance(value, list):
        return [comparable(item) for item in value]
    if isinstance(value, dict):
        return {k: v for k, v in sorted(value.items()) if v is not None}
    return value


def _node(node) -> dict:
    kind = type(node)
    dropped = _EVERYWHERE | _DROPPED.get(kind, set())
    dump: dict = {"node": kind.__name__}
    for f in dataclasses.fields(node):
        if f.name in dropped:
            continue
        value = getattr(node, f.name)
        if f.name in _CONTENT:
            value = merge_strings(value)
        dump[f.name] = comparable(value)
    if kind in _EMPTY_IS_NONE:
        name = _EMPTY_IS_NONE[kind]
        dump[name] = dump[name] or None
    return FIXES.get(kind, _same)(node, dump)


def _same(node, dump: dict) -> dict:
    return dump


def _contents_entry(entry: ContentsEntry, dump: dict) -> dict:
    dump["separators"] = [entry.separators[i] if i < len(entry.separators) else "、"
                          for i in range(max(len(entry.authors) - 1, 0))]
    if entry.page is None:
        del dump["page_open"], dump["page_close"]
    return dump


def _chapter(chapter: Chapter, dump: dict) -> dict:
    dump["entry"] = chapter.entry.number if chapter.entry is not None else None
    return dump


def _closer(closer: Closer, dump: dict) -> dict:
    if dump["dateline"] is None:
        dump["when"] = None  # no dateline is written, so its date is not either
    return dump


def _page_break(pb: PageBreak, dump: dict) -> dict:
    from teikit.serialize import PAGE_NUMBER_CERT

    dump["numbered_by"] = PAGE_NUMBER_CERT.get(pb.numbered_by) if pb.n else None
    return dump


FIXES = {ContentsEntry: _contents_entry, Chapter: _chapter, Closer: _closer,
         PageBreak: _page_break}

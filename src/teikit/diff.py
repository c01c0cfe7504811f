"""`teikit diff`: what a correction changed in the text, and what it changed in markup only."""
from __future__ import annotations

import datetime
import difflib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit import revision, xmlsafe
from teikit.errors import UsageError
from teikit.inputs import read_input
from teikit.output import write_file
from teikit.tei import XML_LANG, tei

_NOTE = tei("note")
_PB = tei("pb")


@dataclass(frozen=True)
class Passage:
    """A unit of text a reviewer recognises: a paragraph, heading, note, title…"""

    kind: str  # local name: p, head, note, title, …
    text: str
    markup: bytes  # canonical serialisation, to spot markup-only changes
    line: int
    chapter: str
    page: str


@dataclass
class Change:
    kind: str  # "text" | "markup"
    old: Passage | None
    new: Passage | None
    deleted: list[str] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)


def passages(tree: etree._ElementTree) -> list[Passage]:
    """Passages in document order; a note is its own passage, not part of its paragraph."""
    found: list[Passage] = []
    page = ""
    for node in tree.getroot().iter(etree.Element):
        if node.tag == _PB and node.get("n"):
            page = node.get("n")
        if _is_passage(node):
            found.append(Passage(etree.QName(node).localname, _text(node), _markup(node),
                               node.sourceline or 0, _chapter(node), page))
    return found


def _is_passage(node: etree._Element) -> bool:
    if node.tag == _NOTE:
        return True
    if not _has_direct_text(node):
        return False
    return not any(_has_direct_text(a) or a.tag == _NOTE for a in node.iterancestors())


def _has_direct_text(node: etree._Element) -> bool:
    return bool((node.text or "").strip()) or any((c.tail or "").strip() for c in node)


def _text(node: etree._Element) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag != _NOTE and isinstance(child.tag, str):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _markup(node: etree._Element) -> bytes:
    clone = etree.fromstring(etree.tostring(node, with_tail=False))
    for note in clone.findall(f".//{_NOTE}"):
        note.getparent().remove(note)  # notes are compared as their own passages
    return etree.tostring(clone, method="c14n")


def _chapter(node: etree._Element) -> str:
    for ancestor in node.iterancestors(tei("div")):
        if ancestor.get("type") in ("chapter", "preface", "contents", "afterword", "appendix") \
                or ancestor.getparent().tag in (tei("body"), tei("front"), tei("back")):
            head = ancestor.find(tei("head"))
            label = " ".join("".join(head.itertext()).split()) if head is not None else ""
            return label or ancestor.get("type", "div")
    in_header = next(node.iterancestors(tei("teiHeader")), None) is not None
    return "teiHeader" if in_header else ""


def diff_trees(old: etree._ElementTree, new: etree._ElementTree) -> list[Change]:
    a, b = passages(old), passages(new)
    matcher = difflib.SequenceMatcher(None, [x.text for x in a], [x.text for x in b], autojunk=False)
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            changes += [Change("markup", x, y) for x, y in zip(a[i1:i2], b[j1:j2])
                        if x.markup != y.markup or x.kind != y.kind]
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            x = olds[k] if k < len(olds) else None
            y = news[k] if k < len(news) else None
            changes.append(_text_change(x, y))
    return changes


def _text_change(old: Passage | None, new: Passage | None) -> Change:
    change = Change("text", old, new)
    before, after = (old.text if old else ""), (new.text if new else "")
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            change.deleted.append(before[i1:i2])
        if op in ("insert", "replace"):
            change.inserted.append(after[j1:j2])
    return change


def diff_files(old: str | Path, new: str | Path) -> list[Change]:
    return diff_trees(xmlsafe.parse(old), xmlsafe.parse(new))


def _where(change: Change) -> str:
    passage = change.new or change.old
    place = [f"{passage.kind} at line {passage.line}"]
    if change.old and change.new and change.old.line != change.new.line:
        place = [f"{passage.kind} at line {change.old.line} (now {change.new.line})"]
    if passage.chapter:
        place.append(f'in "{passage.chapter}"')
    if passage.page:
        place.append(f"page {passage.page}")
    return ", ".join(place)


def format_diff(changes: list[Change]) -> str:
    lines = []
    for change in changes:
        if change.kind == "markup":
            lines.append(f"markup: {_where(change)}: markup changed, text unchanged")
            continue
        edits = [f'deleted "{d}"' for d in change.deleted] + [f'inserted "{i}"' for i in change.inserted]
        if change.old is None:
            edits = [f'new {change.new.kind}: "{_short(change.new.text)}"']
        elif change.new is None:
            edits = [f'removed {change.old.kind}: "{_short(change.old.text)}"']
        lines.append(f"text: {_where(change)}: {'; '.join(edits)}")
    lines.append(summary(changes))
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def summary(changes: list[Change]) -> str:
    text = sum(1 for c in changes if c.kind == "text")
    markup = len(changes) - text
    return f"{text} text change(s), {markup} markup-only change(s)"


def append_change(path: str | Path, description: str, changes: list[Change],
                  who: str | None = None, when: datetime.date | None = None) -> None:
    """Record the correction in NEW's ``revisionDesc`` (created if missing).

    Only the revisionDesc changes: the new ``<change>`` is inserted into the file's text, so
    the prolog, the encoding and every other line keep their bytes; the file is replaced
    through ``teikit.output`` (atomically, its mode kept).
    """
    path = Path(path)
    data = read_input(path)
    tree = xmlsafe.parse(data, name=str(path))
    root = tree.getroot()
    change = etree.Element(_in_document_ns(root, "change"),
                           when=(when or datetime.date.today()).isoformat())
    if who:
        change.set("who", _resolve_who(tree, who, str(path)))
    # the archivist's words in the document's language; teikit's count in English
    change.text = f"{description} "
    count = etree.SubElement(change, _in_document_ns(root, "seg"))
    count.set(XML_LANG, "en")
    count.text = f"({summary(changes)})"
    updated = revision.insert_change(data, tree, change, str(path))
    write_file(path, updated, force=True)


def _in_document_ns(root: etree._Element, local: str) -> str:
    """The tag for a new element written into the text: unprefixed TEI needs no namespace."""
    return local if root.prefix is None else tei(local)


def _resolve_who(tree: etree._ElementTree, who: str, label: str) -> str:
    """``--who`` as pointers (#id …), each naming an xml:id of the document."""
    pointers = [w if w.startswith("#") else f"#{w}" for w in who.split()]
    ids = set(tree.xpath("//@xml:id"))
    missing = [p for p in pointers if p[1:] not in ids]
    if missing:
        raise UsageError(f"--who {' '.join(missing)}: no element has that xml:id; name a "
                         "person or respStmt of the edition (e.g. #archivist)", path=label)
    return " ".join(pointers)

"""Read a converted edition's TEI (header, page breaks, tagged citations) into the oracle's
plain shapes with lxml, independently of teikit's own code, so a property is one equality."""
from __future__ import annotations

from lxml import etree

from teikit.tei import TEI_NS

NS = {"t": TEI_NS}
MONOGR = "//t:sourceDesc/t:biblStruct/t:monogr"


def xpath(node, path: str) -> list:
    return node.xpath(path, namespaces=NS)


def text(node) -> str | None:
    return None if node is None else "".join(node.itertext())


def one(node, path: str) -> str | None:
    """The text (or attribute value) of the first match of ``path``; None if none."""
    found = xpath(node, path)
    if not found:
        return None
    return found[0] if isinstance(found[0], str) else text(found[0])


def texts(node, path: str) -> list[str]:
    return [f if isinstance(f, str) else text(f) for f in xpath(node, path)]


# --- the header ---------------------------------------------------------------------


def cip_fields(root) -> dict:
    """What the header says about the fields of the CIP record."""
    return {
        "title": one(root, f"{MONOGR}/t:title[@type='main']"),
        "part_number": one(root, f"{MONOGR}/t:title[@type='part']/@n"),
        "part_title": one(root, f"{MONOGR}/t:title[@type='part']"),
        "other_title": one(root, f"{MONOGR}/t:title[@type='sub']"),
        "authors": texts(root, f"{MONOGR}/t:author"),
        "editors": texts(root, f"{MONOGR}/t:editor[not(@role)]"),
        "translators": texts(root, f"{MONOGR}/t:editor[@role='translator']"),
        "place": one(root, f"{MONOGR}/t:imprint/t:pubPlace[not(t:address)]"),
        "publisher": one(root, f"{MONOGR}/t:imprint/t:publisher"),
        "date": one(root, f"{MONOGR}/t:imprint/t:date/@when"),
        "isbn": one(root, f"{MONOGR}/t:idno[@type='ISBN']"),
        "approval": one(root, f"{MONOGR}/t:idno[@type='CIP']"),
        "series": one(root, "//t:sourceDesc/t:biblStruct/t:series/t:title[@level='s']"),
        "volume": one(root, "//t:sourceDesc/t:biblStruct/t:series/t:biblScope[@unit='volume']"),
        "subjects": texts(root, "//t:profileDesc/t:textClass/t:keywords/t:term"),
        "clc": texts(root, "//t:profileDesc/t:textClass/t:classCode[@scheme='#clc']"),
    }


def _row(root, label: str) -> str | None:
    """The value the colophon table (the transcription in the front matter) prints for a label."""
    return one(root, f"//t:div[@type='colophon']//t:row[t:cell[@role='label'] = '{label}']"
                     "/t:cell[not(@role)]") or None


def _distributor(root, label: str) -> str | None:
    """A distributor row's name, if the header's imprint lists it (distributor carries no label:
    which row it came from is the transcription's to say)."""
    value = _row(root, label)
    names = texts(root, f"{MONOGR}/t:imprint/t:distributor")
    return value if value in names else None


def _street_address(root) -> str | None:
    """The publisher's address: in the transcription only, never as a pubPlace."""
    value = _row(root, "出版")
    if xpath(root, f"{MONOGR}/t:imprint/t:pubPlace[t:address]") or not value or " (" not in value:
        return None
    return value.split(" (", 1)[1].rstrip(")")


def colophon_fields(root) -> dict:
    """What the edition says about each row of the colophon table (None where absent)."""
    imprint = f"{MONOGR}/t:imprint"
    notes = "//t:sourceDesc/t:biblStruct/t:note"
    return {
        "出版": _street_address(root),
        "发行": _distributor(root, "发行"),
        "经销": _distributor(root, "经销"),
        "印刷": one(root, f"{imprint}/t:respStmt[t:resp='印刷']/t:orgName"),
        "开本": one(root, f"{MONOGR}/t:extent/t:measure[@type='format']"),
        "印张": one(root, f"{MONOGR}/t:extent/t:measure[@unit='sheet']/@quantity"),
        "字数": one(root, f"{MONOGR}/t:extent/t:measure[@unit='kiloword']/@quantity"),
        "版次": one(root, f"{MONOGR}/t:edition"),
        "印次": one(root, f"{notes}[@type='printing']"),
        "书号": one(root, f"{MONOGR}/t:idno[@type='ISBN']"),
        "定价": one(root, f"{notes}[@type='price']/t:measure[@unit='CNY']/@quantity"),
    }


# --- page breaks --------------------------------------------------------------------


def chapter_page_numbers(root) -> list[list[str | None]]:
    """For each chapter div: @n of the pb right before it, then of every pb inside it."""
    out = []
    for div in xpath(root, "//t:body/t:div[@type='chapter']"):
        before = div.getprevious()
        first = before.get("n") if before is not None and before.tag == f"{{{TEI_NS}}}pb" \
            else None
        out.append([first] + [pb.get("n") for pb in xpath(div, ".//t:pb")])
    return out


# --- citations ----------------------------------------------------------------------


def note_bibls(root) -> list[etree._Element]:
    """The citations tagged in the notes of the running text, in document order."""
    return xpath(root, "//t:text/t:body//t:note//t:bibl | //t:text/t:front//t:note//t:bibl")

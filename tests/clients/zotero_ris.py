"""What Zotero's RIS import translator makes of each tag teikit writes, as a table.

Transcribed from the `fieldMap` (and, for EP, `degenerateImportFieldMap`) of RIS.js in
github.com/zotero/translators (commit c7551c1a4d5b9623273119c7fbadf8735731dc92, 2026-01-05):
for each tag, the Zotero field by item type, else the tag's default field. Only the tags and
types teikit's RIS export uses are listed; `zotero_item` applies them to a record and
`to_csl` maps the Zotero fields to CSL variables the way Zotero's CSL mapping does, so that a
record can be compared with teikit's CSL-JSON like any other client's reading.
"""
from __future__ import annotations

#: TY → Zotero item type (RIS.js exportTypeMap, inverted, plus importTypeMap).
ITEM_TYPES = {"BOOK": "book", "CHAP": "bookSection", "NEWS": "newspaperArticle",
              "JOUR": "journalArticle", "MGZN": "magazineArticle", "THES": "thesis",
              "CONF": "conferencePaper", "CPAPER": "conferencePaper", "RPRT": "report",
              "ELEC": "webpage", "PAT": "patent", "MANSCPT": "manuscript",
              "STAND": "report", "GEN": "journalArticle"}  # importTypeMap: STAND, GEN

#: tag → {item type: field} plus "*" for the tag's default (absent: no default).
FIELD_MAP: dict[str, dict[str, str]] = {
    "TI": {"*": "title"},
    "T2": {"bookSection": "bookTitle", "conferencePaper": "conferenceName",
           "report": "seriesTitle", "book": "series", "journalArticle": "publicationTitle",
           "magazineArticle": "publicationTitle", "newspaperArticle": "publicationTitle"},
    "T3": {"bookSection": "series", "conferencePaper": "series", "journalArticle": "series"},
    "AU": {"*": "creators/author", "patent": "creators/inventor"},
    "A2": {"journalArticle": "creators/editor", "bookSection": "creators/editor",
           "conferencePaper": "creators/editor", "book": "creators/seriesEditor",
           "report": "creators/seriesEditor"},
    "A3": {"thesis": "creators/contributor", "book": "creators/editor",
           "bookSection": "creators/seriesEditor", "conferencePaper": "creators/seriesEditor"},
    "A4": {"*": "creators/translator", "conferencePaper": "creators/contributor"},
    "C1": {"conferencePaper": "place"},
    "C2": {"bookSection": "creators/bookAuthor"},
    "C3": {"conferencePaper": "proceedingsTitle"},
    "CY": {"*": "place"},  # excluded for conferencePaper by fieldMap, then read as place by
                           # degenerateImportFieldMap
    "DA": {"*": "date", "patent": "issueDate"},
    "PY": {"*": "date", "patent": "issueDate"},
    "IS": {"*": "issue", "bookSection": "numberOfVolumes"},
    "LA": {"*": "language"},
    "M1": {"book": "seriesNumber"},
    # PB on a webpage or a manuscript maps to "publisher", a field neither type has: Zotero
    # keeps it only in a note (None here).
    "PB": {"*": "publisher", "report": "institution", "thesis": "university",
           "webpage": None, "manuscript": None},
    "SN": {"*": "ISBN", "journalArticle": "ISSN", "magazineArticle": "ISSN",
           "newspaperArticle": "ISSN", "patent": "patentNumber", "report": "reportNumber"},
    "UR": {"*": "url"},
    "Y2": {"*": "accessDate"},
    "DB": {"*": "archive"},
    "AN": {"*": "archiveLocation"},
    "SP": {"*": "pages", "book": "numPages", "thesis": "numPages"},
    "EP": {"*": "pages"},
    "SV": {"bookSection": "seriesNumber"},
    "VL": {"*": "volume"},
    "ID": {},
    "ER": {},
}

#: Zotero field → CSL variable (Zotero's CSL mapping for the fields above).
CSL_VARIABLES = {
    "title": "title", "bookTitle": "container-title", "publicationTitle": "container-title",
    "proceedingsTitle": "container-title", "conferenceName": "event-title",
    "series": "collection-title", "seriesTitle": "collection-title",
    "seriesNumber": "collection-number", "place": "publisher-place", "publisher": "publisher",
    "university": "publisher", "institution": "publisher", "issue": "issue",
    "volume": "volume", "numberOfVolumes": "number-of-volumes", "language": "language",
    "ISBN": "ISBN", "ISSN": "ISSN", "pages": "page", "numPages": "number-of-pages",
    "creators/author": "author", "creators/editor": "editor",
    "creators/seriesEditor": "collection-editor", "creators/translator": "translator",
    "creators/bookAuthor": "container-author", "creators/contributor": "contributor",
    "creators/inventor": "author", "url": "URL", "archive": "archive",
    "archiveLocation": "archive_location", "patentNumber": "number", "reportNumber": "number",
}
CSL_TYPES = {"book": "book", "bookSection": "chapter", "newspaperArticle": "article-newspaper",
             "journalArticle": "article-journal", "magazineArticle": "article-magazine",
             "thesis": "thesis", "conferencePaper": "paper-conference", "report": "report",
             "webpage": "webpage", "patent": "patent", "manuscript": "manuscript"}


def parse(ris: str) -> list[list[tuple[str, str]]]:
    records, current = [], []
    for line in ris.splitlines():
        if len(line) >= 5 and line[2:5] == "  -":
            tag, value = line[:2], line[6:].strip()
            if tag == "ER":
                records.append(current)
                current = []
            else:
                current.append((tag, value))
    return records


def field_of(tag: str, item_type: str) -> str | None:
    mapping = FIELD_MAP[tag]  # a tag teikit writes that is not in the table fails here
    return mapping.get(item_type, mapping.get("*"))


def to_csl(record: list[tuple[str, str]]) -> dict:
    """The record as Zotero imports it, expressed as a CSL-JSON item."""
    tags = dict(record)
    item_type = ITEM_TYPES[tags["TY"]]
    item: dict = {"id": tags.get("ID"), "type": CSL_TYPES[item_type]}
    start = None
    for tag, value in record:
        if tag == "TY":
            continue
        zotero = field_of(tag, item_type)
        if zotero is None:
            continue
        if zotero in ("date", "issueDate", "accessDate"):  # DA, PY: Zotero keeps the fuller one
            item["accessed" if zotero == "accessDate" else "issued"] = {"raw": value}
            continue
        variable = CSL_VARIABLES[zotero]
        if variable in ("author", "editor", "collection-editor", "translator",
                        "container-author", "contributor"):
            item.setdefault(variable, []).append({"literal": value})
        elif tag == "SP":
            start = value
            item[variable] = value
        elif tag == "EP":
            item["page"] = f"{start}-{value}" if start else value
        else:
            item[variable] = value
    return item

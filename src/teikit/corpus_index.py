"""The corpus index page: every edition of a corpus build with its metadata and its outputs."""
from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml.builder import E

#: how an output file is labelled on the index page, by its name's ending
LABELS = (("-html", "HTML"), (".diplomatic.txt", "diplomatic text"), (".gbt7714.txt", "GB/T 7714"),
          (".txt", "reading text"), (".bib", "BibTeX"), (".ris", "RIS"), (".csl.json", "CSL-JSON"),
          (".xml", "TEI"))


def label(name: str) -> str:
    return next((text for ending, text in LABELS if name.endswith(ending)), name)


def _href(output: str) -> str:
    return output + "/index.html" if output.endswith("-html") else output


def _row(outcome) -> etree._Element:
    meta = outcome.metadata or {}
    links = []
    for output in outcome.outputs:
        if links:
            links.append(" · ")
        links.append(E.a(label(output), href=_href(output)))
    return E.tr(E.td(meta.get("title") or outcome.stem), E.td(meta.get("author", "")),
                E.td(meta.get("date", "")), E.td(outcome.stem), E.td(outcome.status),
                E.td(outcome.reason), E.td(*links))


def index_page(summary) -> etree._Element:
    head = E.tr(*[E.th(text) for text in ("title", "author", "date", "book", "status", "problem",
                                          "outputs")])
    return E.html(
        E.head(E.meta(charset="utf-8"), E.title("Corpus")),
        E.body(E.h1("Corpus"),
               E.p(f"{len(summary.outcomes)} books: " + ", ".join(
                   f"{len(summary.of(s))} {s}" for s in ("built", "warnings", "skipped", "invalid",
                                                          "failed"))),
               E.table(E.thead(head), E.tbody(*[_row(o) for o in summary.outcomes]))),
        lang="zh")


def write_index(summary, path: Path) -> None:
    from teikit.output import write_file

    data = etree.tostring(index_page(summary), method="html", encoding="UTF-8", doctype="<!DOCTYPE html>")
    write_file(path, data, force=True)

"""Report step 4, write: the proof sheet as one self-contained HTML page, built with lxml's builder.

CSS and script are inlined from ``report.css`` and ``report.js`` beside this module: the page
needs no network and works from ``file://``.
"""
from __future__ import annotations

import importlib.resources

from lxml import etree
from lxml.builder import E

from teikit.report.marks import KINDS
from teikit.report.sheet import Line, Page, Sheet
from teikit.report.summary import METHODS, Summary, method

KEYS = [("n", "next warning"), ("p", "previous warning"), ("g", "go to a printed page"),
        ("f", "filter by block type")]


def asset(name: str) -> str:
    return importlib.resources.files("teikit.report").joinpath(name).read_text("utf-8")


def document(sheet: Sheet, summary: Summary, extra: list | None = None, images=None) -> bytes:
    """The report page; ``images(page)``: the (url, alternative text) of the page images that
    stand as the left column of a page (a PDF source with facsimiles)."""
    title = f"Proofing report: {sheet.source_name}"
    html = E.html(
        E.head(E.meta(charset="utf-8"),
               E.meta(name="viewport", content="width=device-width, initial-scale=1"),
               E.title(title), E.style(asset("report.css"))),
        E.body(
            E.a("Skip to the pages", href="#pages", **{"class": "skip"}),
            E.header(E.h1(title), summary_section(summary, sheet, extra or []),
                     toolbar(sheet)),
            E.main(E.h2("Pages", **{"class": "visually-hidden"}),
                   *[page_section(p, images(p) if images else ()) for p in sheet.pages],
                   id="pages", tabindex="-1"),
            E.script(asset("report.js"))),
        lang="en")
    return b"<!DOCTYPE html>\n" + etree.tostring(html, method="html", encoding="utf-8")


# --- summary ----------------------------------------------------------------------------------


def summary_section(summary: Summary, sheet: Sheet, extra: list) -> etree._Element:
    figures = E.dl(**{"class": "figures"})
    for key, label, value in summary.rows():
        figures.append(E.div(E.dt(label), E.dd(value, **{"data-figure": key}),
                             **{"class": f"figure-{key}"}))
    codes = E.ul(**{"class": "codes"})
    for code, count in sorted(summary.warnings.items()):
        codes.append(E.li(E.code(code), f": {count}", **{"data-code": code,
                                                          "data-count": str(count)}))
    section = E.section(E.h2("Summary", id="summary-h"), figures,
                        **{"aria-labelledby": "summary-h", "class": "summary"})
    if len(codes):
        section.append(E.h3("Warnings by code"))
        section.append(codes)
    if sheet.unplaced:
        section.append(E.h3("Warnings on no source line"))
        section.append(E.ul(*[warning_item(m) for m in sheet.unplaced], **{"class": "unplaced"}))
    section.extend(extra)
    return section


def toolbar(sheet: Sheet) -> etree._Element:
    kinds = E.fieldset(E.legend("Show blocks of type (colour key)"), id="filters",
                       **{"class": "filters"})
    present = {row.kind for page in sheet.pages for row in page.lines}
    for kind, label in KINDS:
        if kind not in present:
            continue
        box = E.input(type="checkbox", id=f"show-{kind}", value=kind, checked="checked")
        kinds.append(E.label(box, E.span(label, **{"class": f"swatch k-{kind}"}),
                             **{"for": f"show-{kind}"}))
    numbers = E.form(E.label("Printed page", **{"for": "goto-n"}),
                     E.input(id="goto-n", type="text", inputmode="numeric", size="5",
                             autocomplete="off"),
                     E.button("Go", type="submit"),
                     E.output(id="goto-status", **{"aria-live": "polite"}),
                     id="goto", **{"class": "goto"})
    warnings = E.div(E.button("Previous warning", type="button", id="prev-warning"),
                     E.button("Next warning", type="button", id="next-warning"),
                     **{"class": "warn-nav"})
    keys = E.p("Keys: ", *[E.span(E.kbd(k), f" {what}", **{"class": "key"}) for k, what in KEYS],
               **{"class": "keys"})
    return E.nav(E.h2("Navigation", id="nav-h", **{"class": "visually-hidden"}),
                 warnings, numbers, kinds, keys, **{"aria-labelledby": "nav-h",
                                                    "class": "toolbar"})


# --- pages ------------------------------------------------------------------------------------


def page_section(page: Page, images=()) -> etree._Element:
    heading_id = f"page-{page.index}-h"
    section = E.section(E.h3(page_title(page), id=heading_id),
                        id=f"page-{page.index}", **{"class": "page",
                                                    "aria-labelledby": heading_id})
    if page.brk is not None:
        section.set("data-pb", page.brk.pb.n or "")
    if page.brk is not None and page.brk.pb.n:
        section.set("data-n", page.brk.pb.n)
    if page.brk is not None and page.brk.join:
        section.append(E.p("The paragraph above runs on into this page: joined at the break.",
                           **{"class": "join"}))
    lines = E.div(*[line_row(row) for row in page.lines], **{"class": "lines"})
    if images:  # the page image is the left column
        section.set("class", "page with-facs")
        section.append(E.div(facsimile_column(images), lines, **{"class": "beside"}))
    else:
        section.append(lines)
    return section


def facsimile_column(images) -> etree._Element:
    return E.div(*[E.figure(E.a(E.img(src=url, alt=alt, loading="lazy", decoding="async",
                                      **{"class": "facs-image"}), href=url),
                            E.figcaption(alt))
                   for url, alt in images], **{"class": "facs"})


def page_title(page: Page) -> str:
    if page.brk is None:
        return "Page 1 · no pb (the source's start)"
    pb = page.brk.pb
    number = f"pb n={pb.n}, {METHODS[method(pb)]}" if pb.n else "pb without a number"
    return f"Page {page.index + 1} · {number} · from line {page.brk.line}"


def line_row(row: Line) -> etree._Element:
    classes = f"row k-{row.kind}" + (" start" if row.marks else "") + (
        " has-warning" if row.warnings else "")
    what = E.div(**{"class": "what"})
    for mark in row.marks:
        item = E.span(mark.label, **{"class": "tag", "data-kind": mark.kind})
        if mark.link:
            item = E.a(mark.label, href=f"#L{mark.link}", **{"class": "tag", "data-kind": mark.kind})
        what.append(item)
    for pair, printed, note_line in row.anchors:
        what.append(E.a(f"note mark {printed} → its note, line {note_line}", href=f"#L{note_line}",
                        **{"class": "anchor", "data-pair": pair, "data-role": "anchor"}))
    if row.note_of is not None:
        pair = next((m.pair for m in row.marks if m.pair), "")
        what.append(E.a(f"← its mark, line {row.note_of}", href=f"#L{row.note_of}",
                        **{"class": "note-back", "data-pair": pair, "data-role": "note"}))
    if row.warnings:
        what.append(E.ul(*[warning_item(m) for m in row.warnings], **{"class": "warnings"}))
    element = E.div(E.a(str(row.number), href=f"#L{row.number}", **{"class": "num"}),
                    E.div(row.text, lang="zh", **{"class": "src", "data-line": str(row.number)}),
                    what, id=f"L{row.number}", **{"class": classes, "data-kind": row.kind})
    return element


def warning_item(message) -> etree._Element:
    return E.li(E.code(message.rule or "other"), " ", message.message, tabindex="-1",
                **{"class": "warning", "data-code": message.rule or "other",
                   "data-line": str(message.line or 0)})

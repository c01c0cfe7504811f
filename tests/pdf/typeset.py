"""A typesetter for the test suite: the random book (tests/properties) set as a printed book
in HTML + CSS and printed to PDF with headless Chromium and Debian's Noto CJK fonts.

Each page of the renderer's layout is one PDF page: body type with hard line ends (the
lines ``formats.wrap`` breaks), a first-line indent of two ems, headings larger and bold,
footnotes in smaller type (under a rule, or not) at the foot, numbered per page, anchors as
raised superscripts; running heads and folios where the layout puts them. ``LAYOUTS`` are
three named typographies; ``drawn(seed)`` draws others (measure, type sizes, leading,
footnote style, running heads centred or on the outer edge, folio at the foot's centre or
outer corner, dashed, or in the head line). The expected structure is the renderer's
(``Rendered``): the printer changes only how it looks.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from tests.properties.formats import MEASURE, wrap
from tests.properties.render import Rendered

CHROMIUM = "/usr/bin/chromium"


@dataclass(frozen=True)
class Typography:
    name: str
    font: str
    body: float  # pt
    note: float  # pt
    leading: float  # line height, in ems
    folio: str  # "foot" (centred at the foot), "foot-outer" (its outer corner), "head" (outer
    #: edge of the head line), "dashed" (centred, between dashes)
    head: str  # "centre", "right" or "outer" (verso left, recto right)
    margin: float  # mm
    measure: int = MEASURE // 2  # CJK characters a body line holds
    rule: bool = True  # a rule above the footnotes
    note_leading: float = 1.5
    heading: float = 1.1  # the headings' size, in ems of the body (1: told by weight alone)

    @property
    def columns(self) -> int:
        """Display columns of a body line (a CJK character is two)."""
        return 2 * self.measure


LAYOUTS = {
    "classic": Typography("classic", "Noto Serif CJK SC", 11, 8.5, 1.6, "foot", "centre", 14),
    "modern": Typography("modern", "Noto Sans CJK SC", 10.5, 8, 1.7, "head", "outer", 12),
    "dashed": Typography("dashed", "Noto Serif CJK SC", 12, 9, 1.5, "dashed", "right", 18),
}

FONTS = ("Noto Serif CJK SC", "Noto Sans CJK SC")


FOLIOS = ("foot", "foot-outer", "head", "dashed")
HEADS = ("centre", "right", "outer")


def drawn(seed: int) -> Typography:
    """Typography number ``seed`` of the genre (the same on every run): 9.5-12 pt body type,
    notes 70-80% of it, 22-34 characters a line, headings 1-1.2 times the body size (at 1,
    told from the text by their weight alone); any 12 consecutive seeds set every furniture
    placement (folio, running head) once."""
    import random

    pick = random.Random(seed).choice
    body = pick((9.5, 10, 10.5, 11, 12))
    return Typography(
        f"drawn-{seed}", pick(FONTS), body, round(body * pick((0.7, 0.75, 0.8)), 1),
        pick((1.5, 1.6, 1.75, 1.9)), FOLIOS[seed % 4], HEADS[seed // 4 % 3],
        pick((12, 15, 18)), pick(range(22, 35)), pick((True, False)), pick((1.3, 1.5)),
        pick((1.0, 1.1, 1.2)))


ROW = re.compile(r"^\S{2}\t")  # a colophon row: label, tab, value
EMPTY_ROW = re.compile(r"^\S{2}\t$")
MARK = re.compile(r"\^?([①-⑳㉑-㉟㊱-㊿]|\[\d{1,2}\]|\*)")


@dataclass
class Sheet:
    number: int | None
    head: str | None
    body: list[tuple[str, list[str]]]  # (kind, lines)
    notes: list[str]  # wrapped when typeset: in note type more fits on a line


#: Blocks set larger than the body, and their size in ems of it.
DISPLAY = {"title": lambda t: 1.4, "heading": lambda t: t.heading}


def sheets(r: Rendered, t: Typography | None = None) -> list[Sheet]:
    columns = t.columns if t is not None else MEASURE
    out = [Sheet(None, None, [], [])]
    for item in r.items:
        if item.kind == "page":
            out.append(Sheet(item.page, item.head, [], []))
        elif item.kind == "note":
            text = "\n".join(item.lines).replace("^", "", 1) if item.lines[0].startswith("^") \
                else "\n".join(item.lines)
            out[-1].notes.append(text)
        elif item.kind in ("para", "cont"):
            first = "\u3000\u3000" if item.kind == "para" else ""
            lines = _marks_kept(wrap("\n".join(item.lines), first, columns))
            if first:
                lines[0] = lines[0][len(first):]
            out[-1].body.append((item.kind, lines))
        elif item.kind == "front" and item.section == "front":
            # a tab at a line's end is not printed; a colophon row without its value is left out
            colophon = sum(1 for x in item.lines if ROW.match(x)) >= 3
            out[-1].body.append(("front", [x.rstrip("\t") for x in item.lines
                                           if not (colophon and EMPTY_ROW.match(x))]))
        elif item.kind in DISPLAY:  # set larger: wrapped at the measure its size allows
            out[-1].body.append((item.kind, wrap("\n".join(item.lines), "",
                                                 int(columns / (DISPLAY[item.kind](t)
                                                                if t else 1)))))
        else:
            out[-1].body.append((item.kind, wrap("\n".join(item.lines), "", columns)))
    return [s for s in out if s.body or s.notes or s.number is not None] or out


LEADING_MARK = re.compile(r"^\^?([①-⑳㉑-㉟㊱-㊿]|\[\d{1,2}\]|\*)")


def _marks_kept(lines: list[str]) -> list[str]:
    """A typesetter never starts a line with a note's mark (nor ends one with its caret): the
    mark is set at the end of the line before, as a superscript takes little room."""
    out = list(lines)
    for k in range(1, len(out)):
        if out[k - 1].endswith("^"):
            out[k - 1], out[k] = out[k - 1][:-1], "^" + out[k]
        found = LEADING_MARK.match(out[k])
        if found:
            out[k - 1] += found.group(0)
            out[k] = out[k][found.end():]
    return [line for line in out if line]


TAB = '<span class="tab"></span>'  # a column gap, as a typesetter sets a tab stop


def _inline(text: str, anchors: bool) -> str:
    if not anchors:
        return html.escape(text).replace("\t", TAB)
    out, at = [], 0
    for m in MARK.finditer(text):
        out.append(html.escape(text[at:m.start()]))
        out.append(f"<sup>{html.escape(m.group(1))}</sup>")
        at = m.end()
    return "".join(out) + html.escape(text[at:])


def _css(t: Typography, lines: int) -> str:
    height_pt = (lines + 10) * t.body * t.leading + 2 * t.margin * 72 / 25.4
    width_pt = (t.measure + 0.5) * t.body + 2 * t.margin * 72 / 25.4  # the measure and slack
    return f"""
@page {{ size: {width_pt:.1f}pt {height_pt:.1f}pt; margin: 0 }}
html, body {{ margin: 0; padding: 0 }}
body {{ font-family: "{t.font}"; font-size: {t.body}pt; line-height: {t.leading} }}
.page {{ position: relative; width: {width_pt:.1f}pt; height: {height_pt:.1f}pt;
        overflow: hidden; break-after: page; box-sizing: border-box;
        padding: {t.margin + 10}mm {t.margin}mm 0 {t.margin}mm }}
.page:last-child {{ break-after: auto }}
.l {{ white-space: pre; display: block; height: {t.leading}em }}
.i {{ padding-left: 2em }}
.tab {{ display: inline-block; width: 2em }}
.gap {{ margin-top: {t.leading}em }}
.title {{ font-size: 1.4em; font-weight: bold; text-align: center }}
.heading {{ font-weight: bold; font-size: {t.heading}em }}
.line {{ text-align: right }}
.front {{ font-size: 0.7em }}
sup {{ font-size: 0.6em; vertical-align: 0.6em; line-height: 0 }}
.head, .folio {{ position: absolute; left: {t.margin}mm; right: {t.margin}mm;
                font-size: 0.85em; white-space: pre }}
.head {{ top: {t.margin}mm; text-align: {'center' if t.head == 'centre' else 'right'} }}
.head.verso {{ text-align: left }}
.folio {{ bottom: {t.margin}mm; text-align: center }}
.notes {{ position: absolute; left: {t.margin}mm; right: {t.margin}mm;
         bottom: {t.margin + 8}mm; font-size: {t.note}pt; line-height: {t.note_leading} }}
.notes hr {{ width: 30%; margin: 0 0 0.3em 0; border: 0;
            border-top: {'0.5pt solid black' if t.rule else '0'} }}
.folio.outer {{ text-align: right }}
.folio.outer.verso, .head.outer.verso {{ text-align: left }}
.head.outer {{ text-align: right }}
"""


def _head_line(t: Typography, sheet: Sheet) -> str:
    n, head = sheet.number, sheet.head
    if t.folio == "head" and n is not None:
        text = f"{n}\t\t{head}" if n % 2 == 0 and head else (
            f"{head}\t\t{n}" if head else str(n))
        side = "verso" if n % 2 == 0 else ""
        return f'<div class="head {side}">{html.escape(text).replace(chr(9), "　　　　")}</div>'
    side = _side(t.head == "outer", n)
    return f'<div class="head{side}">{html.escape(head)}</div>' if head else ""


def _side(outer: bool, n: int | None) -> str:
    """The classes of a line set on the page's outer edge: right on a recto (odd), left on a
    verso."""
    if not outer:
        return ""
    return " outer verso" if n is not None and n % 2 == 0 else " outer"


def _folio(t: Typography, sheet: Sheet) -> str:
    if sheet.number is None or t.folio == "head":
        return ""
    text = f"- {sheet.number} -" if t.folio == "dashed" else str(sheet.number)
    return f'<div class="folio{_side(t.folio == "foot-outer", sheet.number)}">{text}</div>'


def page_html(r: Rendered, t: Typography) -> str:
    pages = sheets(r, t)
    tallest = max(sum(len(lines) + 1 for _k, lines in s.body)
                  + sum(len(wrap(n, "", int(t.columns * t.body / t.note))) for n in s.notes)
                  for s in pages)
    parts = [f'<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
             f'<style>{_css(t, tallest)}</style></head><body>']
    for sheet in pages:
        parts.append('<section class="page">' + _head_line(t, sheet))
        previous = None
        for kind, lines in sheet.body:
            gap = previous is not None and (kind not in ("para", "cont") or previous not in (
                "para", "cont"))
            cls = " ".join(c for c in (kind if kind in ("title", "heading", "line", "front")
                                       else "",
                                       "gap" if gap else "") if c)
            rows = [f'<span class="l{" i" if kind == "para" and k == 0 else ""}">'
                    f'{_inline(line, kind != "front")}</span>' for k, line in enumerate(lines)]
            parts.append(f'<div class="{cls}">' + "".join(rows) + "</div>")
            previous = kind
        if sheet.notes:
            parts.append('<div class="notes"><hr>' + "".join(
                '<div>' + "".join(f'<span class="l">{html.escape(x)}</span>'
                                  for x in wrap(note, "", int(t.columns * t.body / t.note)))
                + "</div>" for note in sheet.notes) + "</div>")
        parts.append(_folio(t, sheet) + "</section>")
    parts.append("</body></html>")
    return "".join(parts)


def expected_pages(r: Rendered) -> list[int | None]:
    return [s.number for s in sheets(r)]


class Printer:
    """One headless Chromium (Playwright) for many PDFs. Playwright's sync API runs in a
    thread of its own, so that it never meets another session's event loop (the browser
    tests keep one open in the main thread)."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="typeset")
        self._thread.submit(self._start).result()

    def _start(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync"])

    def pdf(self, markup: str, out: Path) -> Path:
        return self._thread.submit(self._pdf, markup, out).result()

    def _pdf(self, markup: str, out: Path) -> Path:
        html_path = out.with_suffix(".html")
        html_path.write_text(markup, encoding="utf-8")
        page = self.browser.new_page()
        try:
            page.goto(html_path.as_uri())
            page.pdf(path=str(out), prefer_css_page_size=True, print_background=False)
        finally:
            page.close()
        return out

    def close(self) -> None:
        def stop():
            self.browser.close()
            self._pw.stop()
        self._thread.submit(stop).result()
        self._thread.shutdown()


def typeset(r: Rendered, layout: str | Typography, out: Path, printer: Printer) -> Path:
    t = LAYOUTS[layout] if isinstance(layout, str) else layout
    return named_fonts(printer.pdf(page_html(r, t), out))


def named_fonts(pdf: Path) -> Path:
    """Name the PDF's fonts as a typesetting program does. Chromium writes CJK fonts as Type3
    fonts without a /BaseFont (their descriptors name them: NotoSerifCJKsc-Bold), and PDFium
    reads neither a Type3 font's descriptor weight nor its name; InDesign's or LaTeX's PDFs
    name every font ("ABCDEF+FZHTJW--GB1-0"). The font's own descriptor gives the name."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(pdf)
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if "/BaseFont" not in font and descriptor is not None:
                name = descriptor.get_object().get("/FontName")
                if name is not None:
                    font[NameObject("/BaseFont")] = NameObject(name)
    with open(pdf, "wb") as out:
        writer.write(out)
    return pdf

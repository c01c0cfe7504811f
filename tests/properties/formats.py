"""The same laid-out book printed the way real extraction tools print it.

``render`` (render.py) writes the clean rendering and records its layout as items (blocks
and page starts). ``print_as`` prints those items as:

- ``pdftotext``: hard-wrapped lines (a measured line length), a first-line indent of two
  full-width spaces, folio at the foot, running heads at the top of body pages (the chapter
  title; none on a chapter's opening page), every page ended by a form feed;
- ``layout``: pdftotext ``-layout``: a left margin of spaces, ASCII-space indents, centred
  headings, a folio and running head on one head line, contents columns padded with spaces;
- ``wrapped``: hard wraps with indents, no furniture, form feeds;
- ``ocr``: like pdftotext, with OCR note markers (``〔1〕`` for ``[1]``, ``（1）`` for ``(1)``,
  ``①`` for ``^①``) and
  full-width digits in folios (``１２``);
- ``copypaste``: like pdftotext without form feeds (folio lines and running heads stay).

What the converter must recover is the clean rendering's (``Rendered``), with marks mapped by
``mark_of``; page breaks become exact: every page end is marked.
"""
from __future__ import annotations

import unicodedata

from .render import Item, Rendered

FORMATS = ("pdftotext", "layout", "wrapped", "ocr", "copypaste")
MEASURE = 56  # display columns of a body line: 28 CJK characters
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def wrap(text: str, first: str, measure: int = MEASURE) -> list[str]:
    """Greedy hard wrap at ``measure`` columns. A line never starts or ends with a space and
    never splits a Latin word; a space between two Latin words at a line end is dropped (the
    converter puts one back)."""
    lines: list[str] = []
    line, used = first, width(first)
    i = 0
    while i < len(text):
        c = text[i]
        w = width(c)
        if used + w > measure and line.strip():
            cut = _cut(line, text, i)
            if cut is not None:
                head, rest = cut
                lines.append(head)
                line, used = rest, width(rest)
                if text[i] == " " and rest == "":
                    i += 1  # the dropped Latin-word space
                    continue
        line += c
        used += w
        i += 1
    if line.strip():
        lines.append(line)
    return lines


def _cut(line: str, text: str, i: int):
    """Where to end ``line`` before ``text[i]``: (line, carried-over start) or None."""
    nxt = text[i]
    if nxt == " ":
        if line and _latin(line[-1]) and i + 1 < len(text) and _latin(text[i + 1]):
            return line, ""
        return None
    if line.endswith(" "):
        return None
    if _latin(line[-1]) and _latin(nxt):  # inside a word: carry the word to the next line
        k = len(line)
        while k and _latin(line[k - 1]):
            k -= 1
        if k == 0 or not line[:k].strip():
            return None
        if line[k - 1] != " ":
            return line[:k], line[k:]  # before the word: no space to keep
        if k - 1 == 0 or not _latin(line[k - 2]):
            return None
        return line[:k - 1], line[k:]
    return line, ""


def mark_of(fmt: str, mark: str | None) -> str | None:
    """The note mark as the format prints it (without caret)."""
    if fmt == "ocr" and mark and mark.startswith("["):
        return "〔" + mark[1:-1] + "〕"
    if fmt == "ocr" and mark and mark.startswith("("):
        return "（" + mark[1:-1] + "）"
    return mark


def _ocr(text: str) -> str:
    out = text.replace("^", "")
    for n in range(1, 60):
        out = out.replace(f"[{n}]", f"〔{n}〕").replace(f"({n})", f"（{n}）")
    return out


class _Printer:
    def __init__(self, r: Rendered, fmt: str):
        self.r, self.fmt = r, fmt
        self.pages: list[dict] = []
        self.margin = "  " if fmt == "layout" else ""
        self.indent = "    " if fmt == "layout" else "\u3000\u3000"
        self.last_kind = ""

    def new_page(self, item: Item | None) -> None:
        self.last_kind = "page"
        self.pages.append({"number": item.page if item else None,
                           "head": item.head if item else None, "lines": [],
                           "section": item.section if item else "front"})

    def add(self, *lines: str) -> None:
        self.pages[-1]["lines"].extend(self.margin + line if line else "" for line in lines)

    def blank(self) -> None:
        if self.pages[-1]["lines"] and self.pages[-1]["lines"][-1] != "":
            self.pages[-1]["lines"].append("")

    def item(self, item: Item) -> None:
        self._item(item)
        self.last_kind = item.kind

    def _item(self, item: Item) -> None:
        text = "\n".join(item.lines)
        if self.fmt == "ocr":
            text = _ocr(text)
        kind = item.kind
        if kind == "front" and item.section == "front":
            if self.fmt == "layout" and _is_toc(item.lines):
                self.blank()
                self.add(*(_spaced_toc(line) for line in item.lines))
                return
            self.blank()
            self.add(*text.split("\n"))
            return
        if kind in ("title", "heading", "line", "front"):
            self.blank()
            if self.fmt == "layout" and kind in ("title", "heading"):
                self.add(" " * 12 + text)
            else:
                self.add(*wrap(text, ""))
            self.blank()
            return
        if kind == "note":  # the foot of the page: set off by space (a rule in print)
            if self.last_kind != "note":
                self.blank()
            self.add(*wrap(text, ""))
            return
        first = self.indent if kind == "para" else ""
        self.add(*wrap(text, first))

    def text(self) -> str:
        out: list[str] = []
        for index, page in enumerate(self.pages):
            lines = list(page["lines"])
            while lines and lines[-1] == "":
                lines.pop()
            while lines and lines[0] == "":
                lines.pop(0)
            number = page["number"]
            folio = None if number is None or self.fmt == "wrapped" else str(number)
            if folio and self.fmt == "ocr":
                folio = folio.translate(FULL_WIDTH)
            head = page["head"] if self.fmt != "wrapped" else None
            top: list[str] = []
            if self.fmt == "layout":
                if head and folio:
                    top = [f"{folio}{' ' * 20}{head}" if number % 2 == 0
                           else f"{' ' * 10}{head}{' ' * 20}{folio}"]
                    folio = None
                elif head:
                    top = [" " * 10 + head]
            elif head:
                top = [head]
            bottom = [f"- {folio} -" if self.fmt == "layout" else folio] if folio else []
            body = top + ([""] if top else []) + lines + ([""] if bottom else []) + bottom
            if self.fmt == "copypaste":  # a viewer's copy puts a blank line between pages
                out.extend(body + [""])
            else:
                out.append("\n".join(body) + "\n")
        if self.fmt == "copypaste":
            return "\n".join(out) + "\n"
        return "\f".join(out) + "\f"


def _is_toc(lines: list[str]) -> bool:
    """Tabbed lines (contents entries, colophon rows): -layout prints runs of spaces."""
    return any("\t" in line or "..." in line for line in lines)


def _spaced_toc(line: str) -> str:
    """pdftotext -layout: tab columns become runs of spaces, a lone page in brackets too."""
    line = line.replace("\t", "    ").rstrip()
    if "..." not in line and " (" in line:
        line = line.replace(" (", "    (")
    return line


def print_as(r: Rendered, fmt: str) -> str:
    """The rendered book as ``fmt`` prints it."""
    p = _Printer(r, fmt)
    p.new_page(None)
    for item in r.items:
        if item.kind == "page":
            p.new_page(item)
        else:
            p.item(item)
    return p.text()

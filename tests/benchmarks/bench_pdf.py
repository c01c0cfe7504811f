"""Benchmark: `teikit convert BOOK.pdf` (issue 17): pages per second and peak memory.

A ``--pages``-page book (445 by default: a full-size 16开 volume) is typeset in HTML + CSS
(tests/pdf/typeset.py's typography "classic": 28 characters a line, 26 lines a page, a
running head, a folio, two footnotes a page under a rule, superscript anchors, a heading
every ten pages) from the bundled book's text, and printed by headless Chromium. Then:

- pypdfium2 against pdfplumber (pdfminer.six), reading every character with its box and
  size: pages per second, and the share of the body text's CJK characters each decodes;
- teikit's whole conversion of the PDF (read, evidence, page layer, detection, model, TEI,
  validation; page images excluded): pages per second (target: at least 20) and the
  process's peak resident memory.

    PYTHONPATH=src:. python tests/benchmarks/bench_pdf.py [--pages N] [--pdf FILE]
"""
from __future__ import annotations

import argparse
import html
import re
import resource
import time
from collections import Counter
from pathlib import Path

BUNDLED = Path(__file__).resolve().parents[2] / "tei" / "000_8288889db83d07b8.txt"
LINE, LINES = 28, 26
CJK = re.compile(r"[\u4e00-\u9fff]")


def _prose() -> str:
    text = BUNDLED.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if len(line.strip()) > 60]
    return "".join(lines)


def book_html(pages: int) -> tuple[str, str]:
    """The typeset book and its body text (what a reader must decode)."""
    prose = _prose()
    at = 0
    body: list[str] = []
    parts = ['<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><style>'
             '@page { size: 185mm 260mm; margin: 0 } body { margin: 0; font: 11pt/1.6 "Noto Serif CJK SC" }'
             '.page { position: relative; height: 260mm; padding: 25mm 20mm 0 20mm; box-sizing: border-box;'
             ' break-after: page; overflow: hidden } .l { display: block; white-space: pre }'
             '.i { padding-left: 2em } h2 { font-size: 1.4em; margin: 0 0 0.8em 0 }'
             '.head, .folio { position: absolute; left: 20mm; right: 20mm; text-align: center;'
             ' font-size: 9pt } .head { top: 12mm } .folio { bottom: 10mm }'
             '.notes { position: absolute; left: 20mm; right: 20mm; bottom: 18mm; font-size: 8.5pt }'
             '.notes hr { width: 30%; margin: 0; border: 0; border-top: 0.5pt solid #000 }'
             'sup { font-size: 0.6em; vertical-align: 0.6em; line-height: 0 }</style></head><body>']
    for number in range(1, pages + 1):
        parts.append('<section class="page">')
        rows = LINES
        if number % 10 == 1:
            parts.append(f"<h2>第{number // 10 + 1}章 城市基层党建</h2>")
            rows -= 3
        else:
            parts.append('<div class="head">城市基层党建研究</div>')
        for row in range(rows):
            chunk = prose[at % len(prose): at % len(prose) + (LINE - 2 if row % 7 == 0 else LINE)]
            at += len(chunk)
            body.append(chunk)
            mark = "<sup>①</sup>" if row == 3 else "<sup>②</sup>" if row == 11 else ""
            cls = "l i" if row % 7 == 0 else "l"
            parts.append(f'<span class="{cls}">{html.escape(chunk[:10])}{mark}'
                         f'{html.escape(chunk[10:])}</span>')
        parts.append('<div class="notes"><hr><span class="l">① 《城市基层党建》，广东人民出版社2012年版，第12页。</span>'
                     '<span class="l">② 王明：《社区治理》，《党建研究》2011年第3期。</span></div>')
        parts.append(f'<div class="folio">{number}</div></section>')
    parts.append("</body></html>")
    return "".join(parts), "".join(body)


def make_pdf(pages: int, out: Path) -> tuple[Path, str]:
    from tests.pdf.typeset import Printer

    markup, body = book_html(pages)
    printer = Printer()
    try:
        printer.pdf(markup, out)
    finally:
        printer.close()
    return out, body


def decoded_share(found: str, body: str) -> float:
    want = Counter(CJK.findall(body))
    got = Counter(CJK.findall(found))
    return sum(min(n, got[c]) for c, n in want.items()) / max(1, sum(want.values()))


def read_pypdfium2(pdf: Path) -> str:
    from teikit.pdf.read import read_pdf

    return "".join(line.text for page in read_pdf(pdf).pages for line in page.lines)


def read_pdfplumber(pdf: Path) -> str:
    import pdfplumber

    out = []
    with pdfplumber.open(str(pdf)) as document:
        for page in document.pages:
            out.extend(c["text"] for c in page.chars)  # each with its box and size
            page.flush_cache()
    return "".join(out)


CPU: list[float] = []  # the process's CPU seconds of the last timed call


def timed(fn, *args):
    """The call's result and wall-clock seconds; its CPU seconds go to ``CPU`` (on a shared
    machine the wall clock measures the neighbours, the CPU time this process's work)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    CPU[:] = [time.process_time() - cpu]
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=445)
    parser.add_argument("--pdf", type=Path, default=Path("/tmp/teikit-bench-book.pdf"))
    parser.add_argument("--no-plumber", action="store_true", help="skip the pdfplumber peer")
    args = parser.parse_args()
    if args.pdf.exists():  # typeset already (the same book for the same --pages)
        body = book_html(args.pages)[1]
    else:
        (_pdf, body), seconds = timed(make_pdf, args.pages, args.pdf)
        print(f"typeset {args.pages} pages with Chromium in {seconds:.1f} s "
              f"({args.pdf.stat().st_size / 1e6:.1f} MB)")
    pages = args.pages
    text, seconds = timed(read_pypdfium2, args.pdf)
    print(f"pypdfium2  read: {pages / seconds:7.1f} pages/s ({pages / CPU[0]:.1f} a CPU second), "
          f"CJK decoded {decoded_share(text, body):.2%}")
    if not args.no_plumber:
        text, seconds = timed(read_pdfplumber, args.pdf)
        print(f"pdfplumber read: {pages / seconds:7.1f} pages/s, CJK decoded "
              f"{decoded_share(text, body):.2%}")
    from teikit.pdf import convert_pdf
    from teikit.pipeline import check_output

    def convert():
        conversion = convert_pdf(args.pdf)
        check_output(conversion)
        return conversion

    conversion, seconds = timed(convert)
    pbs = conversion.tree.getroot().iter("{http://www.tei-c.org/ns/1.0}pb")
    print(f"teikit convert (validated, no images): {seconds:.1f} s, {pages / seconds:.1f} pages/s "
          f"(target >= 20; {pages / CPU[0]:.1f} a CPU second), {sum(1 for _ in pbs)} pb, "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

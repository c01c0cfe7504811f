"""Measure (issue 10): how well each extraction format converts, on generated books and on the
bundled book re-laid-out as pages.

For each format of tests/properties/formats.py: % of paragraphs identical to the clean
rendering's, books whose every page break carries its printed number, notes at their anchors,
folios or running heads found inside ``p``/``head`` text, valid editions. The bundled book has
no page layout of its own: its clean text is cut into pages after each run of footnote blocks
(where its pages ended), each page wrapped at 28 characters a line with first-line indents,
a folio at the foot and a running head on every page after a chapter's first.

    PYTHONPATH=src:. python tests/benchmarks/bench_formats.py [--books N]
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from teikit.detect import detect
from teikit.errors import Reporter
from teikit.pages import read_pages
from teikit.pipeline import convert_text
from tests.render import transform_bytes
from tests.properties import compare, tei_read
from tests.properties.formats import FORMATS, _ocr, mark_of, print_as, wrap
from tests.properties.render import render
from tests.properties.strategies import books

BUNDLED = Path(__file__).resolve().parents[2] / "tei" / "000_8288889db83d07b8.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def furniture_in_text(root, printed: list[str] = ()) -> int:
    """fw text that also stands in the text of a p or head (it should only be in fw), more
    often than the book's own paragraphs and headings print it (``printed``: the clean
    rendering's; the generator's words may repeat a running head's)."""
    fws = {"".join(fw.itertext()).strip() for fw in root.iter("{%s}fw" % NS["t"])}
    fws = {f for f in fws if not re.fullmatch(r"[-\s\d０-９]+", f)}  # a folio's digits: anywhere
    found = []
    for el in root.findall(".//t:body//t:p", NS):
        found.append((el.text or "") + "".join(c.tail or "" for c in el))
    for el in root.findall(".//t:body//t:head", NS):
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        # a heading whose title is the text the running heads repeat (第一章 + the chapter's
        # title, or a section titled as its chapter): only text after the title counts
        found.append(own if not own.strip().endswith(tuple(fws) or ("\0",)) else "")
    return sum(max(0, sum(t.count(f) for t in found) - sum(t.count(f) for t in printed))
               for f in fws)


def generated(n: int, validate) -> None:
    stats = {f: [0] * 11 for f in FORMATS}

    @settings(max_examples=n, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(books())
    def run(book):
        r = render(book)
        for fmt in FORMATS:
            text = print_as(r, fmt)
            c = convert_text(text, "x.txt")
            s = stats[fmt]
            found = {(w, ch, p.text, tuple(p.breaks)) for w, ch, p in compare.paragraphs(c.book)}
            expected = [(p.where, p.chapter, p.text, tuple(p.breaks)) for p in r.paragraphs]
            s[0] += sum(1 for e in expected if e in found)
            s[1] += len(expected)
            numbers = [[str(r.chapter_pages[i][0])] + [str(b.page) for b in r.breaks
                                                       if b.chapter == i]
                       for i in range(len(book.chapters))]
            s[2] += tei_read.chapter_page_numbers(c.tree.getroot()) == numbers
            s[3] += 1
            fix = _ocr if fmt == "ocr" else (lambda x: x)
            anchors = {a for _, _, p in compare.paragraphs(c.book) for a in p.anchors}
            wanted = [(o, mark_of(fmt, m), fix(r.notes[k].text)) for p in r.paragraphs
                      for o, m, k in p.anchors]
            s[4] += sum(1 for a in wanted if a in anchors)
            s[5] += len(wanted)
            s[6] += furniture_in_text(c.tree.getroot(), [p.text for p in r.paragraphs] +
                                      [h.label + h.title for h in r.headings])
            s[7] += bool(validate(c.tree))
            s[8] += compare.headings(c.book) == [(h.chapter, h.level, h.label.strip(),
                                                  h.label + h.title) for h in r.headings]
            s[9] += compare.contents(c.book) == [(e.title, e.authors, e.page) for e in r.contents]
            s[10] += lossless(text, c)

    run()
    print(f"generated books ({n}):")
    for fmt, s in stats.items():
        print(f"  {fmt:<10} paragraphs {100 * s[0] / max(1, s[1]):5.1f}% ({s[0]}/{s[1]})  "
              f"page numbers right {s[2]}/{s[3]}  notes at anchors {s[4]}/{s[5]}  "
              f"furniture in text {s[6]}  valid {s[7]}/{s[3]}  headings {s[8]}/{s[3]}  "
              f"contents {s[9]}/{s[3]}  lossless {s[10]}/{s[3]}")


def lossless(text: str, c) -> bool:
    """The diplomatic export gives back every non-whitespace character of the input."""
    diplomatic = transform_bytes(c.to_bytes(), "diplomatic")
    return re.sub(r"\s+", "", diplomatic) == re.sub(r"\s+", "", text)


def bundled_pages(text: str, fmt: str) -> str:
    """The bundled clean text laid out as pages of ``fmt`` (any of FORMATS)."""
    blocks = read_pages(text)[1]
    tokens = detect(blocks, Reporter())
    first = next(t for t in tokens if t.type in ("preface_head", "chapter_head"))
    front = text.split("\n")[:first.line - 1]  # title pages to contents: as printed
    tokens = tokens[tokens.index(first):]
    pages: list[list[str]] = [front]
    in_body, page_no, head = False, 0, None
    headed: set[int] = set()  # pages that print a running head
    previous, last_para = None, ""
    for token in tokens:
        if token.type in ("chapter_head", "preface_head", "contents"):
            if pages[-1]:
                pages.append([])
            in_body, head = token.type != "contents", token.text if token.type == "chapter_head" \
                else None
        elif previous is not None and previous.type in ("note", "division_note") \
                and token.type not in ("note", "division_note") and in_body:
            pages.append([head] if head else [])
            headed.add(len(pages) - 1)
        body = token.text
        if fmt == "ocr":
            body = body.replace("^", "")
        if token.type in ("paragraph", "abstract") and in_body:
            joined = previous is not None and previous.type in ("note", "division_note",
                                                                 "paragraph") \
                and not re.search(r"[。！？”）]$", last_para)
            last_para = body
            pages[-1].extend(wrap(body, "" if joined else "\u3000\u3000"))
        else:  # headings, notes, the contents: their blocks as printed, apart by blank lines
            for block in token.blocks:
                lines = [sl.text for sl in block.lines]
                pages[-1].extend([x.replace("^", "") if fmt == "ocr" else x for x in lines]
                                 + [""])
        previous = token
    front = ["  " + x if x else x for x in pages[0]] if fmt == "layout" else pages[0]
    out = ["\n".join(front) + "\n"]
    for index, lines in enumerate(pages[1:], start=1):
        page_no += 1
        folio = {"layout": [f"- {page_no} -"], "wrapped": []}.get(fmt, [str(page_no)])
        if fmt == "wrapped" and index in headed:
            lines = lines[1:]  # no running heads either
        if fmt == "layout":  # a left margin of two spaces, ASCII-space indents
            lines = ["  " + re.sub("^\u3000\u3000", "    ", x) if x else x for x in lines]
        out.append("\n".join(lines + [""] + folio) + "\n")
    if fmt == "copypaste":
        return "\n".join(out)
    return "\f".join(out) + "\f"


def bundled(validate) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    clean = convert_text(text, BUNDLED.name)
    want = [(w, ch, p.text) for w, ch, p in compare.paragraphs(clean.book)]
    print("bundled book re-laid-out:")
    for fmt in FORMATS:
        paged = bundled_pages(text, fmt)
        c = convert_text(paged, BUNDLED.name)
        got = {(w, ch, p.text) for w, ch, p in compare.paragraphs(c.book)}
        same = sum(1 for p in want if p in got)
        pbs = c.tree.getroot().findall(".//t:body//t:pb", NS)
        print(f"  {fmt:<10} paragraphs {100 * same / len(want):5.1f}% ({same}/{len(want)})  "
              f"pages {len(pbs)} (folio-numbered {sum(1 for p in pbs if p.get('n'))})  "
              f"furniture in text {furniture_in_text(c.tree.getroot())}  "
              f"valid {bool(validate(c.tree))}  lossless {lossless(paged, c)}")


def main() -> None:
    from lxml import etree

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--books", type=int, default=30)
    args = parser.parse_args()
    schema = Path(__file__).resolve().parents[2] / "schema" / "teikit.rng"
    rng = etree.RelaxNG(etree.parse(str(schema)))
    generated(args.books, rng.validate)
    bundled(rng.validate)


if __name__ == "__main__":
    main()

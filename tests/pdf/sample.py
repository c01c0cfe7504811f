"""A fixed sample of random books, each set in a drawn typography and printed to PDF once a
session, and the figures of what the PDF reader recovers from them.

``draw(n)`` draws the same ``n`` (book, typography) pairs on every run (hypothesis,
derandomised); ``figures`` scores one conversion against the book that was typeset:
paragraphs identical, page numbers, notes at their anchors, output valid. Run as a script it
prints the figures of a larger sample and every difference:

    PYTHONPATH=src:. python -m tests.pdf.sample [N [FOLDER]]
"""
from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, assume, given, settings

from teikit.tei import TEI_NS
from tests.properties import compare
from tests.properties.render import Rendered, render
from tests.properties.strategies import books

from .typeset import Typography, drawn, expected_pages

T = f"{{{TEI_NS}}}"


def typesettable(r: Rendered) -> bool:
    """A book's running text is most of it, and more than its headings: it sets the body
    size (a book that is mostly headings has no body type to tell them from)."""
    body = sum(len(x) for item in r.items if item.section != "front" for x in item.lines)
    prose = sum(len(x) for item in r.items if item.kind in ("para", "cont") for x in item.lines)
    heads = sum(len(x) for item in r.items if item.kind in ("heading", "title")
                for x in item.lines)
    return body * 2 > len(r.text) and prose > 2 * heads


#: Examples drawn (the first ``n`` different ones are kept): a fixed number, as hypothesis's
#: derandomised examples depend on it.
POOL = 200


class _Enough(Exception):
    pass


def draw(n: int) -> list[tuple[Rendered, Typography]]:
    """The same ``n`` different rendered books on every run, the kth set in typography
    ``drawn(k)``."""
    out: list[tuple[Rendered, Typography]] = []
    seen: set[str] = set()

    @settings(max_examples=POOL, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate],
              report_multiple_bugs=False)
    @given(book=books())
    def collect(book):
        if len(out) >= n:
            raise _Enough  # and again when hypothesis replays the example that stopped it
        r = render(book)
        assume(typesettable(r) and r.text not in seen)
        seen.add(r.text)
        out.append((r, drawn(len(out))))
        if len(out) >= n:
            raise _Enough

    try:
        collect()
    except _Enough:
        pass
    return out


@dataclass
class Figures:
    paragraphs: tuple[int, int] = (0, 0)  # identical, expected
    pages: tuple[int, int] = (0, 0)
    notes: tuple[int, int] = (0, 0)
    valid: bool = False
    diffs: list[str] = field(default_factory=list)


def _matched(want: list, got: list, what: str, diffs: list[str]) -> tuple[int, int]:
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            diffs.append(f"{what}: want {want[i1:i2]!r}\n      got  {got[j1:j2]!r}")
    return same, len(want)


def expected(r: Rendered) -> dict[str, list]:
    return {
        "paragraphs": [(p.where, p.chapter, p.text, tuple(p.breaks)) for p in r.paragraphs],
        "pages": [str(n) for n in expected_pages(r) if n is not None],
        "notes": [(i, offset, mark, r.notes[k].text) for i, p in enumerate(r.paragraphs)
                  for offset, mark, k in p.anchors],
    }


def found(c) -> dict[str, list]:
    paragraphs = compare.paragraphs(c.book)
    return {
        "paragraphs": [(where, ch, p.text, tuple(p.breaks)) for where, ch, p in paragraphs],
        "pages": [pb.get("n") for pb in c.tree.iter(f"{T}pb") if pb.get("n")],
        "notes": [(i, offset, mark, text) for i, (_w, _c, p) in enumerate(paragraphs)
                  for offset, mark, text in p.anchors],
    }


def figures(r: Rendered, c) -> Figures:
    from teikit.errors import TeikitError
    from teikit.pipeline import check_output

    want, got = expected(r), found(c)
    out = Figures()
    out.paragraphs = _matched(want["paragraphs"], got["paragraphs"], "paragraphs", out.diffs)
    out.pages = _matched(want["pages"], got["pages"], "pages", out.diffs)
    out.notes = _matched(want["notes"], got["notes"], "notes", out.diffs)
    try:
        check_output(c)
        out.valid = True
    except TeikitError as error:
        out.diffs.append(f"invalid: {error}")
    return out


def main(n: int, keep: str | None = None) -> None:
    """Score the first ``n`` books; ``keep``: a folder to leave the PDFs in."""
    import tempfile

    from teikit.pdf import convert_pdf

    from .typeset import Printer, typeset

    printer = Printer()
    totals = {"paragraphs": [0, 0], "pages": [0, 0], "notes": [0, 0]}
    valid = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(keep or tmp)
            folder.mkdir(parents=True, exist_ok=True)
            for k, (r, t) in enumerate(draw(n)):
                pdf = typeset(r, t, folder / f"book-{k}.pdf", printer)
                try:
                    f = figures(r, convert_pdf(pdf))
                except Exception as error:  # noqa: BLE001 - a crash is a failure to count
                    f = Figures(diffs=[f"crash: {error!r}"])
                    f.paragraphs = (0, len(r.paragraphs))
                for key in totals:
                    got = getattr(f, key)
                    totals[key][0] += got[0]
                    totals[key][1] += got[1]
                valid += f.valid
                if f.diffs:
                    print(f"--- book {k}: {t}")
                    for diff in f.diffs:
                        print("  " + diff[:1500])
    finally:
        printer.close()
    for key, (same, total) in totals.items():
        print(f"{key}: {same}/{total} ({same / max(1, total):.1%})")
    print(f"valid: {valid}/{n}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20, sys.argv[2] if len(sys.argv) > 2 else None)

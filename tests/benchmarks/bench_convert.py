"""Benchmark: `teikit convert` time against input size (issue 10: linear time).

A full-size book (``--chars`` characters, by default 466,000: a 28.5-sheet 16开 volume) is
made from the bundled text: its front matter, then its first chapter repeated under fresh
titles, each listed in the contents (so that every chapter title is matched against the
contents, the rule that used to rescan). It is converted at 1× and ``--factor``× (10) its size,
in the clean layout and laid out as pdftotext pages (form feeds, folios, running heads).
Prints seconds, MB/s and the ratio of the two times (target: at most 11 for 10×), and the
share of time per pipeline step for the large book.

    PYTHONPATH=src python tests/benchmarks/bench_convert.py [--chars N] [--factor K]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import time
from pathlib import Path

from teikit.pipeline import convert_text

BUNDLED = Path(__file__).resolve().parents[2] / "tei" / "000_8288889db83d07b8.txt"
LINES_PER_PAGE = 26


def _parts(text: str) -> tuple[str, str, str, str]:
    """(front before the contents, contents head, first chapter's title, its text after it)."""
    lines = text.split("\n")
    head = next(i for i, line in enumerate(lines) if re.sub(r"\s", "", line) == "目录")
    first_title = lines[head + 2].strip()
    body_at = next(i for i in range(head + 3, len(lines)) if lines[i].strip() == first_title)
    return ("\n".join(lines[:head]), lines[head], first_title, "\n".join(lines[body_at + 1:]))


def book(chars: int) -> str:
    """The bundled book grown to about ``chars`` characters."""
    front, contents_head, title, chapter = _parts(BUNDLED.read_text(encoding="utf-8"))
    copies = max(1, chars // (len(chapter) + 60))
    entries, chapters = [], []
    for k in range(1, copies + 1):
        name = f"{title}（{k}）"
        entries.append(f"{name}\t\n.....\t作者{k} ({k * 10})")
        chapters.append(f"{name}\n\n{chapter}")
    return "\n\n".join([front, contents_head, "\n".join(entries)] + chapters) + "\n"


def paged(text: str) -> str:
    """The same lines cut into pages: a form feed, a folio and a running head every page."""
    lines, out, page = text.split("\n"), [], 0
    for start in range(0, len(lines), LINES_PER_PAGE):
        page += 1
        head = ["书名页眉"] if page % 2 == 0 else []
        out.append("\n".join(head + lines[start:start + LINES_PER_PAGE] + ["", str(page)]))
    return "\f".join(out) + "\f"


def timed(text: str, repeat: int = 1) -> float:
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        convert_text(text, "bench.txt")
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def profile(text: str) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    convert_text(text, "bench.txt")
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[3] for v in stats.stats.values() if v[4] == {}) or 1  # type: ignore[attr-defined]
    steps = {"read_pages": "pages", "detect": "detect", "build": "build", "run_passes": "passes",
             "tei_document": "serialise"}
    for (path, _line, name), value in stats.stats.items():  # type: ignore[attr-defined]
        if name in steps and "teikit" in path:
            print(f"  {steps[name]:<10} {value[3]:7.2f} s")
    del total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=466_000)
    parser.add_argument("--factor", type=int, default=10)
    args = parser.parse_args()
    for layout, make in (("clean", lambda t: t), ("pdftotext", paged)):
        small, large = make(book(args.chars)), make(book(args.chars * args.factor))
        # best of 3 each, interleaved: this VM's speed drifts over a minute, and timing all
        # small runs before all large ones let the drift into the ratio
        runs = [(timed(small), timed(large)) for _ in range(3)]
        t1, tk = min(r[0] for r in runs), min(r[1] for r in runs)
        mb1, mbk = len(small.encode()) / 1e6, len(large.encode()) / 1e6
        print(f"{layout:<10} 1×: {len(small):>9,} chars {t1:7.2f} s {mb1 / t1:6.2f} MB/s | "
              f"{args.factor}×: {len(large):>10,} chars {tk:7.2f} s {mbk / tk:6.2f} MB/s | "
              f"ratio {tk / t1:5.2f} (target ≤ {args.factor * 1.1:.0f})")
        print(f"  where the time goes ({args.factor}×, {layout}):")
        profile(large)


if __name__ == "__main__":
    main()

"""Figures for contents of several levels (issue 10 point 5): over N generated monographs,
the share of listed divisions nested as the contents say, duplicate page breaks, and page
breaks not at the start of their page.

    PYTHONPATH=src python -m tests.benchmarks.levels_figures [N]
"""
from __future__ import annotations

import sys
from collections import Counter

from hypothesis import HealthCheck, given, settings

from teikit.pipeline import convert_text
from tests.properties.oracle import LEVEL_TYPES
from tests.properties.render import render_monograph
from tests.properties.strategies import monographs
from tests.properties.test_levels import body_page_breaks, listed_divisions


def main(count: int) -> None:
    totals: Counter = Counter()

    @settings(max_examples=count, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(monographs())
    def measure(book):
        r = render_monograph(book)
        tei = convert_text(r.text, "random-monograph.txt").tree.getroot()
        expected = [(d, "chapter" if t == "后记" else LEVEL_TYPES[d], t) for d, t, _ in r.divisions]
        got = listed_divisions(tei)
        totals["books"] += 1
        totals["divisions"] += len(expected)
        totals["nested right"] += sum(1 for a, b in zip(got, expected) if a == b) \
            if len(got) == len(expected) else 0
        pbs = body_page_breaks(tei)
        numbers = [n for n, _, _ in pbs]
        totals["page breaks"] += len(pbs)
        totals["duplicate page breaks"] += len(numbers) - len(set(numbers))
        totals["page breaks as expected"] += sum(1 for a, b in zip(pbs, r.page_breaks) if a == b)
        totals["expected page breaks"] += len(r.page_breaks)
        totals["books with every pb right"] += pbs == r.page_breaks

    measure()
    print(f"{totals['books']} generated monographs, {totals['divisions']} listed divisions")
    print(f"divisions nested as the contents say: {totals['nested right'] / totals['divisions']:.1%}")
    print(f"duplicate page breaks: {totals['duplicate page breaks']}")
    print(f"page breaks at the start of their page with their number: "
          f"{totals['page breaks as expected']}/{totals['expected page breaks']}")
    print(f"books with every page break right: {totals['books with every pb right']}/{totals['books']}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)

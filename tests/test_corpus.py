"""Corpus builds: every book of a folder in parallel, bad books isolated, re-runs skip."""
from __future__ import annotations

import os
import time
from pathlib import Path

import html5lib
import pytest
from typer.testing import CliRunner

from teikit import corpus
from teikit.cli import app
from teikit.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]
EDITION = ROOT / "tei" / "000_8288889db83d07b8.xml"
RAW = ROOT / "tei" / "000_8288889db83d07b8.txt"
GOOD = {"good", "raw"}
EXPECTED = {"good": "built", "raw": "built", "binary": "failed", "invalid": "invalid",
            "malformed": "invalid"}


def make_corpus(folder: Path) -> Path:
    """Two good books (an edition, a raw text) and three bad ones."""
    src = folder / "src"
    src.mkdir()
    (src / "good.xml").write_bytes(EDITION.read_bytes())
    (src / "raw.txt").write_bytes(RAW.read_bytes())
    (src / "binary.txt").write_bytes(b"\x00\x01\x02 not a text")
    (src / "invalid.xml").write_text(EDITION.read_text(encoding="utf-8").replace(
        '<pb n="3" cert="low" break="no" xml:id="p3"/>',
        '<pb n="1" cert="low" break="no" xml:id="p3"/>', 1), encoding="utf-8")
    (src / "malformed.xml").write_text("<TEI", encoding="utf-8")
    return src


def statuses(summary) -> dict[str, str]:
    return {o.stem: o.status for o in summary.outcomes}


def check_outputs(out: Path, summary) -> None:
    """Good books have every output; bad ones nothing; no staging folder is left behind."""
    assert {p.name for p in out.iterdir()} == GOOD | {"index.html"}
    for stem in GOOD:
        names = {p.name for p in (out / stem).iterdir()}
        assert {f"{stem}-html", f"{stem}.reading.txt", f"{stem}.diplomatic.txt", f"{stem}.bib",
                f"{stem}.ris", f"{stem}.csl.json", f"{stem}.gbt7714.txt"} <= names
        assert (out / stem / f"{stem}-html" / "index.html").stat().st_size > 1000
    page = html5lib.parse((out / "index.html").read_text(encoding="utf-8"), namespaceHTMLElements=False)
    links = {a.get("href") for a in page.iter("a")}
    for outcome in summary.outcomes:
        for output in outcome.outputs:
            assert any(link.startswith(output) for link in links), output
    for link in links:
        assert (out / link).is_file(), link
    rows = [tr for tr in page.iter("tr")][1:]
    assert len(rows) == len(EXPECTED)


def test_parallel_build_isolates_bad_books(tmp_path):
    src = make_corpus(tmp_path)
    out = tmp_path / "out"
    summary = corpus.build_corpus(src, out, jobs=2, progress=False)
    assert statuses(summary) == EXPECTED
    reasons = {o.stem: o.reason for o in summary.outcomes}
    assert "binary" in reasons["binary"] and "binary.txt" in reasons["binary"]
    assert "invalid.xml:" in reasons["invalid"] and "page 1 comes after page 2" in reasons["invalid"]
    assert "not well-formed" in reasons["malformed"]
    check_outputs(out, summary)
    titles = {o.stem: o.metadata.get("title") for o in summary.outcomes if o.status == "built"}
    assert all(titles.values()) and titles["good"] == titles["raw"]


def test_rerun_skips_up_to_date_books_and_rebuilds_changed_ones(tmp_path, monkeypatch):
    src = make_corpus(tmp_path)
    out = tmp_path / "out"
    corpus.build_corpus(src, out, jobs=1, progress=False)
    stamp = (out / "good" / "good.reading.txt").stat().st_mtime_ns
    again = corpus.build_corpus(src, out, jobs=1, progress=False)
    assert statuses(again) == dict(EXPECTED, good="skipped", raw="skipped")
    assert (out / "good" / "good.reading.txt").stat().st_mtime_ns == stamp
    check_outputs(out, again)
    later = time.time() + 5
    os.utime(src / "good.xml", (later, later))
    assert statuses(corpus.build_corpus(src, out, progress=False))["good"] == "built"
    monkeypatch.setattr(corpus, "__version__", "99.0")
    assert set(statuses(corpus.build_corpus(src, out, progress=False)).values()) >= {"built"}
    assert statuses(corpus.build_corpus(src, out, progress=False))["raw"] == "skipped"


def test_convert_flag_rebuilds_from_the_raw_text(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "book.xml").write_bytes(EDITION.read_bytes())
    (src / "book.txt").write_bytes(RAW.read_bytes())
    out = tmp_path / "out"
    plain = corpus.build_corpus(src, out, progress=False)
    assert "book/book.xml" not in plain.outcomes[0].outputs  # the edition existed: not converted
    converted = corpus.build_corpus(src, out, convert=True, progress=False)
    assert converted.outcomes[0].status == "built" and "book/book.xml" in converted.outcomes[0].outputs


def test_cli_exit_code_and_summary(tmp_path):
    src = make_corpus(tmp_path)
    result = CliRunner().invoke(app, ["build", str(src), "-o", str(tmp_path / "out"), "--jobs", "2"])
    assert result.exit_code == 1, result.output
    for stem, status in EXPECTED.items():
        assert any(stem in line and status in line for line in result.output.splitlines()), stem
    (src / "binary.txt").unlink()
    (src / "invalid.xml").unlink()
    (src / "malformed.xml").unlink()
    result = CliRunner().invoke(app, ["build", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output


def test_dask_local_cluster(tmp_path):
    """The same build on a Dask cluster of two worker processes on loopback."""
    from distributed import LocalCluster

    src = make_corpus(tmp_path)
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        summary = corpus.build_corpus(src, out, scheduler=cluster.scheduler_address, progress=False)
    assert statuses(summary) == EXPECTED
    check_outputs(out, summary)


def test_unreachable_scheduler_is_a_usage_error(tmp_path):
    src = make_corpus(tmp_path)
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        corpus.build_corpus(src, tmp_path / "out", scheduler="tcp://127.0.0.1:9", progress=False)

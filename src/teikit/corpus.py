"""Corpus builds: every book of a folder converted, validated and transformed, in parallel.

A book is a file stem in the source folder: ``NAME.xml`` (an edition) and/or ``NAME.txt`` (its
raw text). Each book is one task — in local processes (``jobs``) or on a Dask cluster
(``scheduler``) — that builds into a temporary folder beside its final one and renames it into
place, so a failing book leaves nothing behind and never touches another book's outputs. A book
whose outputs are newer than its inputs and were written by this teikit version is skipped.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

from teikit import __version__
from teikit.errors import TeikitError, UsageError
from teikit.output import staging_folder, swap_folder
from teikit.project import SCHEMA_FOLDER

STAMP = ".teikit-build.json"
INDEX = "index.html"
TEI = "{http://www.tei-c.org/ns/1.0}"

#: statuses of a book in the summary, in the order they are listed
STATUSES = ("built", "warnings", "skipped", "invalid", "failed")


@dataclass(frozen=True)
class Book:
    """One book of the corpus: its stem and the inputs found for it."""
    stem: str
    edition: str | None  # NAME.xml in the source folder
    source: str | None  # NAME.txt in the source folder


@dataclass
class Outcome:
    stem: str
    status: str
    reason: str = ""
    warnings: int = 0
    outputs: list[str] = field(default_factory=list)  # relative to the corpus folder
    metadata: dict = field(default_factory=dict)


@dataclass
class Summary:
    outcomes: list[Outcome]

    def of(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def failed(self) -> list[Outcome]:
        return self.of("failed") + self.of("invalid")


def discover(src_dir: Path) -> list[Book]:
    """The books of ``src_dir``, by stem, in name order."""
    src_dir = Path(src_dir)
    if not src_dir.is_dir():
        raise UsageError("not a folder", path=str(src_dir))
    stems: dict[str, dict[str, str]] = {}
    for path in src_dir.iterdir():
        if path.is_file() and path.suffix in (".xml", ".txt") and not path.name.startswith("."):
            stems.setdefault(path.stem, {})[path.suffix] = str(path.resolve())
    return [Book(stem, found.get(".xml"), found.get(".txt")) for stem, found in sorted(stems.items())]


def build_book(book: Book, out_dir: str, convert: bool = False) -> Outcome:
    """Build one book into ``out_dir/STEM/``; never raises: every problem becomes the outcome."""
    final = Path(out_dir) / book.stem
    try:
        if _up_to_date(book, final, convert):
            return _outcome_from_stamp(book.stem, final)
        staging = staging_folder(Path(out_dir), book.stem)
        try:
            outcome = _build_into(book, staging, convert)
            if outcome.status in ("built", "warnings"):
                _stamp(staging, outcome, convert)
                _swap(staging, final)
            return outcome
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except TeikitError as error:
        return Outcome(book.stem, "invalid" if int(error.exit_code) == 1 else "failed",
                       _first_line(str(error)))
    except Exception as error:  # one bad book never stops the others
        return Outcome(book.stem, "failed", f"{type(error).__name__}: {error}"[:300] or
                       traceback.format_exc(limit=1))


def _build_into(book: Book, staging: Path, convert: bool) -> Outcome:
    from teikit import api

    warnings = 0
    edition = Path(book.edition) if book.edition else None
    if book.source and (convert or edition is None):
        edition = staging / f"{book.stem}.xml"
        conversion = api.convert(Path(book.source), edition)
        warnings = len(conversion.reporter.warnings)
    if edition is None:
        raise UsageError("no edition and no raw text", path=book.stem)
    api.build(edition, staging)
    # the schema copies a converted edition's xml-model instructions point at are no output
    outputs = sorted(p.name for p in staging.iterdir()
                     if not p.name.startswith(".") and p.name != SCHEMA_FOLDER)
    return Outcome(book.stem, "warnings" if warnings else "built", "", warnings,
                   [f"{book.stem}/{name}" for name in outputs], _metadata(edition))


def _metadata(edition: Path) -> dict:
    """Title, author, date and identifier from the edition's header, for the index page."""
    from teikit import xmlsafe

    header = xmlsafe.parse(edition).getroot().find(f"{TEI}teiHeader")
    if header is None:
        return {}

    def text(path: str) -> str:
        node = header.find(path)
        return " ".join("".join(node.itertext()).split()) if node is not None else ""

    return {"title": text(f"{TEI}fileDesc/{TEI}titleStmt/{TEI}title"),
            "author": text(f"{TEI}fileDesc/{TEI}titleStmt/{TEI}author"),
            "date": text(f".//{TEI}sourceDesc//{TEI}date"),
            "idno": text(f"{TEI}fileDesc/{TEI}publicationStmt/{TEI}idno")}


def _inputs(book: Book) -> list[Path]:
    return [Path(p) for p in (book.edition, book.source) if p]


def _up_to_date(book: Book, final: Path, convert: bool) -> bool:
    stamp = final / STAMP
    if not stamp.is_file():
        return False
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except ValueError:
        return False
    if recorded.get("version") != __version__ or recorded.get("convert") != convert:
        return False
    built = stamp.stat().st_mtime
    return all(path.stat().st_mtime < built for path in _inputs(book))


def _stamp(staging: Path, outcome: Outcome, convert: bool) -> None:
    record = dict(asdict(outcome), version=__version__, convert=convert)
    (staging / STAMP).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def _outcome_from_stamp(stem: str, final: Path) -> Outcome:
    recorded = json.loads((final / STAMP).read_text(encoding="utf-8"))
    return Outcome(stem, "skipped", "up to date", recorded.get("warnings", 0),
                   recorded.get("outputs", []), recorded.get("metadata", {}))


def _swap(staging: Path, final: Path) -> None:
    """Put the new outputs in place of the old ones, in one step (teikit.output)."""
    swap_folder(staging, final)


def _first_line(message: str) -> str:
    """The reason in one line: the message's first line, with the first problem it introduces."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if not lines:
        return message
    reason = lines[0] if not lines[0].endswith(":") or len(lines) == 1 else f"{lines[0]} {lines[1]}"
    more = len(lines) - (2 if reason != lines[0] else 1)
    return (reason + (f" (+{more} more)" if more > 0 else ""))[:300]


def run_local(books: list[Book], out_dir: Path, jobs: int, convert: bool, on_done) -> list[Outcome]:
    """Each book in its own task on ``jobs`` local processes (in this process when jobs is 1)."""
    if jobs <= 1:
        return [on_done(build_book(book, str(out_dir), convert)) for book in books]
    outcomes = []
    # spawn, not fork: a forked child would inherit the parent's Saxon (GraalVM) state
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {pool.submit(build_book, book, str(out_dir), convert): book for book in books}
        for future in as_completed(futures):
            try:
                outcome = future.result()
            except Exception as error:  # the worker process died (a crash, not an exception)
                outcome = Outcome(futures[future].stem, "failed", f"worker died: {error}")
            outcomes.append(on_done(outcome))
    return outcomes


def run_dask(books: list[Book], out_dir: Path, scheduler: str, convert: bool, on_done) -> list[Outcome]:
    """Each book one task on the Dask cluster at ``scheduler`` (shared file system assumed)."""
    try:
        from distributed import Client, as_completed as dask_completed
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'teikit[dask]'") from None
    outcomes = []
    try:
        client = Client(scheduler, timeout="10s")
    except OSError as error:
        raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    with client:
        futures = client.map(build_book, books, out_dir=str(out_dir), convert=convert, pure=False,
                             key=[f"teikit-{book.stem}-{os.getpid()}" for book in books])
        stems = {future.key: book.stem for future, book in zip(futures, books)}
        for future in dask_completed(futures):
            try:
                outcome = future.result()
            except Exception as error:  # the worker was lost
                outcome = Outcome(stems[future.key], "failed", f"task failed: {error}")
            outcomes.append(on_done(outcome))
    return outcomes


def build_corpus(src_dir: Path, out_dir: Path, jobs: int = 1, convert: bool = False,
                 scheduler: str | None = None, progress: bool = True) -> Summary:
    """Build every book of ``src_dir`` into ``out_dir`` and write the corpus index page."""
    books = discover(Path(src_dir))
    if not books:
        raise UsageError("no books (NAME.xml or NAME.txt) in the folder", path=str(src_dir))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with _progress(len(books), progress) as advance:
        if scheduler:
            outcomes = run_dask(books, out_dir, scheduler, convert, advance)
        else:
            outcomes = run_local(books, out_dir, jobs, convert, advance)
    summary = Summary(sorted(outcomes, key=lambda o: o.stem))
    from teikit.corpus_index import write_index

    write_index(summary, out_dir / INDEX)
    return summary


class _progress:
    """A rich progress bar on standard error (nothing when ``shown`` is false)."""

    def __init__(self, total: int, shown: bool):
        self.total, self.shown, self.bar = total, shown, None

    def __enter__(self):
        if self.shown:
            from rich.progress import Progress

            self.bar = Progress(transient=False)
            self.bar.__enter__()
            self.task = self.bar.add_task("building", total=self.total)

        def advance(outcome: Outcome) -> Outcome:
            if self.bar is not None:
                self.bar.update(self.task, advance=1, description=f"{outcome.stem}: {outcome.status}")
            return outcome
        return advance

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


def summary_table(summary: Summary):
    """The summary as a rich Table: one row per book that was not simply built, then totals."""
    from rich.table import Table

    table = Table(title="corpus build")
    for column in ("book", "status", "warnings", "reason"):
        table.add_column(column)
    for outcome in summary.outcomes:
        table.add_row(outcome.stem, outcome.status, str(outcome.warnings), outcome.reason)
    totals = ", ".join(f"{len(summary.of(s))} {s}" for s in STATUSES)
    table.caption = totals
    return table


def run_cli(src_dir: Path, out_dir: Path, jobs: int, convert: bool, scheduler: str | None) -> int:
    """``teikit build SRC_DIR``: build, print the summary table; the exit code (1 if any book
    is invalid or failed)."""
    from rich.console import Console

    from teikit.errors import ExitCode

    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    summary = build_corpus(src_dir, out_dir, jobs=jobs, convert=convert, scheduler=scheduler)
    Console(stderr=True).print(summary_table(summary))
    return int(ExitCode.INVALID if summary.failed else ExitCode.OK)

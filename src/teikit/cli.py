"""The command line: parses arguments, calls the pipeline, maps errors to exit codes."""
from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import List, Optional

import typer

from teikit import __version__
from teikit import cli_deposit, cli_report, cli_validate
from teikit.cli_exit import exit_code_of, handled
from teikit.errors import ExitCode, TeikitError, UsageError

# Plain help and tracebacks: typer's rich rendering imports rich.markdown and friends
# (0.2-0.3 s on every start, more than the rest of `teikit --help`).
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="teikit: printed books' raw text to TEI P5 editions, and editions to "
                       "HTML, text and citations.")


@app.callback(invoke_without_command=True)
def _root(ctx: typer.Context,
          version: bool = typer.Option(False, "--version", help="Print the version.")) -> None:
    if version:
        typer.echo(f"teikit {__version__}")
        raise typer.Exit(0)
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(int(ExitCode.USAGE))


@app.command()
@handled
def convert(
    source: Path = typer.Argument(..., help="Raw text of the book (UTF-8, UTF-16 with BOM, "
                                            "GB18030), or its PDF."),
    output: Path = typer.Option(..., "-o", "--output", help="TEI file to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors (exit 1, no output)."),
    edition_id: Optional[str] = typer.Option(None, "--id", help="Identifier of the digital edition."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="Publisher of the digital edition."),
    licence: Optional[str] = typer.Option(None, "--licence", help="Licence of the encoding (URL); the printed text keeps its copyright."),
    encoder: Optional[str] = typer.Option(None, "--encoder", help="The person responsible for the encoding."),
    authority: Optional[str] = typer.Option(None, "--authority", help="The body responsible for an unpublished edition."),
    rights_holder: Optional[str] = typer.Option(None, "--rights-holder", help="Copyright holder of the printed text (default: its publisher)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write a proofing report (HTML)."),
    facsimile: Optional[Path] = typer.Option(
        None, "--facsimile", help="PDF only: render each page (150 dpi WebP) into this folder "
                                  "and link the images from the edition."),
) -> None:
    """Convert a raw text into a TEI edition (atomically; never overwrites without --force)."""
    from teikit import api

    result = api.convert(source, output, force=force, strict=strict, edition_id=edition_id,
                         publisher=publisher, licence=licence, encoder=encoder,
                         authority=authority, rights_holder=rights_holder, report=report,
                         facsimile=facsimile)
    result.reporter.emit(sys.stderr)
    typer.echo(f"wrote {output} ({len(result.reporter.warnings)} warnings)", err=True)
    if report is not None:
        typer.echo(f"wrote {report}", err=True)


@app.command()
@handled
def transform(
    edition: Path = typer.Argument(..., help="TEI edition."),
    to: str = typer.Option(..., "--to", help="html, text, diplomatic, bibtex, ris, csl-json, gbt7714, epub."),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="File (or folder for html); default: standard output."),
    param: List[str] = typer.Option([], "--param", help="Stylesheet parameter NAME=VALUE."),
    force: bool = typer.Option(False, "--force", help="Replace OUTPUT if it exists."),
) -> None:
    """Transform an edition with XSLT 3.0 (atomically; never replaces OUTPUT without --force)."""
    from teikit import api

    params = _params(param)
    text = api.transform(edition, to, output, params, force=force)
    if output is None and text is not None:
        sys.stdout.write(text)


@app.command()
@handled
def build(
    editions: List[Path] = typer.Argument(None, help="TEI editions (default: tei/*.xml)."),
    output: Path = typer.Option(Path("dist"), "-o", "--output", help="Folder for every output."),
    force: bool = typer.Option(False, "--force", help="Replace outputs teikit did not write."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Corpus: books built in parallel (processes)."),
    convert: bool = typer.Option(False, "--convert", help="Corpus: re-convert every raw text."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Corpus: Dask scheduler address (tcp://HOST:PORT)."),
) -> None:
    """Validate every edition, then write the valid ones' outputs into dist/ (never re-converts).

    Given one folder, builds it as a corpus: every NAME.xml / NAME.txt in it, in parallel."""
    from teikit import api

    if editions and len(editions) == 1 and editions[0].is_dir():  # a corpus build
        from teikit.corpus import run_cli

        raise typer.Exit(run_cli(editions[0], output, jobs, convert, scheduler))
    paths = editions or sorted(Path("tei").glob("*.xml"))
    if not paths:
        raise UsageError("no editions given and none in tei/")
    done = api.build_all(paths, output, force=force)
    for line in done.log:
        typer.echo(line, err=True)
    built = len(paths) - len(done.invalid) - len(done.failed)
    typer.echo(f"{built} of {len(paths)} edition(s) built, {len(done.written)} output(s) "
               f"written into {output}", err=True)
    if not done.ok:
        codes = [int(ExitCode.INVALID)] * len(done.invalid) + [int(e.exit_code) for _, e in done.failed]
        raise typer.Exit(max(codes))


@app.command()
@handled
def init(directory: Path = typer.Argument(..., help="Folder of the new edition project.")) -> None:
    """Lay out an edition project: tei/, schema/ (copies of the schemas), README, pre-commit."""
    from teikit.project import init as init_project

    for path in init_project(directory):
        typer.echo(f"wrote {path}", err=True)


def _params(pairs: list[str]) -> dict:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise UsageError(f"--param takes NAME=VALUE, not {pair!r}")
        name, value = pair.split("=", 1)
        params[name] = {"true": True, "false": False}.get(value, value)
    return params


cli_validate.register(app)
cli_deposit.register(app)
cli_report.register(app)


def _terminate(signum, frame) -> None:
    """SIGTERM unwinds like Ctrl-C, so that temporary files are removed on the way out."""
    raise KeyboardInterrupt


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except TeikitError as error:  # errors raised outside a command body
        sys.exit(exit_code_of(error))


__all__ = ["app", "main", "ExitCode"]

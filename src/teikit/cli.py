"""The command line: parses arguments, calls the pipeline, maps errors to exit codes."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from teikit import __version__
from teikit.errors import ExitCode, TeikitError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="teikit: printed books' raw text to TEI P5 editions, and editions to "
                       "HTML, text and citations.")


def fail(error: TeikitError) -> None:
    typer.echo(str(error), err=True)
    raise typer.Exit(int(error.exit_code))


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
def convert(
    source: Path = typer.Argument(..., help="Raw text of the book (UTF-8, UTF-16 with BOM, "
                                            "GB18030), or its PDF."),
    output: Path = typer.Option(..., "-o", "--output", help="TEI file to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors (exit 1, no output)."),
    edition_id: Optional[str] = typer.Option(None, "--id", help="Identifier of the digital edition."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="Publisher of the digital edition."),
    licence: Optional[str] = typer.Option(None, "--licence", help="Licence of the digital edition (URL)."),
    facsimile: Optional[Path] = typer.Option(
        None, "--facsimile", help="PDF only: render each page (150 dpi WebP) into this folder "
                                  "and link the images from the edition."),
) -> None:
    """Convert a raw text or a book's PDF into a TEI edition (atomically; never overwrites
    without --force)."""
    from teikit import api

    try:
        result = api.convert(source, output, force=force, strict=strict, edition_id=edition_id,
                             publisher=publisher, licence=licence, facsimile=facsimile)
    except TeikitError as error:
        fail(error)
    result.reporter.emit(sys.stderr)
    typer.echo(f"wrote {output} ({len(result.reporter.warnings)} warnings)", err=True)


@app.command()
def transform(
    edition: Path = typer.Argument(..., help="TEI edition."),
    to: str = typer.Option(..., "--to", help="html, text, diplomatic, bibtex, ris, csl-json, gbt7714."),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="File (or folder for html); default: standard output."),
    param: List[str] = typer.Option([], "--param", help="Stylesheet parameter NAME=VALUE."),
) -> None:
    """Transform an edition with XSLT 3.0."""
    from teikit import api

    try:
        params = _params(param)
        text = api.transform(edition, to, output, params)
    except TeikitError as error:
        fail(error)
    if output is None and text is not None:
        sys.stdout.write(text)


@app.command()
def build(
    editions: List[Path] = typer.Argument(None, help="TEI editions (default: tei/*.xml)."),
    output: Path = typer.Option(Path("dist"), "-o", "--output", help="Folder for every output."),
) -> None:
    """Validate the editions and write every output format into dist/ (never re-converts)."""
    from teikit import api

    try:
        paths = editions or sorted(Path("tei").glob("*.xml"))
        if not paths:
            raise UsageError("no editions given and none in tei/")
        for path in paths:
            for line in api.build(path, output):
                typer.echo(line, err=True)
    except TeikitError as error:
        fail(error)


def _params(pairs: list[str]) -> dict:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise UsageError(f"--param takes NAME=VALUE, not {pair!r}")
        name, value = pair.split("=", 1)
        params[name] = {"true": True, "false": False}.get(value, value)
    return params


def _register_extensions() -> None:
    from teikit import cli_validate

    cli_validate.register(app)


def main() -> None:
    _register_extensions()
    try:
        app()
    except TeikitError as error:  # errors raised outside a command body
        typer.echo(str(error), err=True)
        sys.exit(int(error.exit_code))


__all__ = ["app", "main", "ExitCode"]

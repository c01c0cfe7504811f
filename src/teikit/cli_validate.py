"""Commands `teikit validate`, `teikit diff` and `teikit schema build|check`; only argument handling."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from teikit.cli_exit import handled
from teikit.errors import ExitCode, UsageError

schema_app = typer.Typer(help="The project schema: regenerate or check schema/ from teikit.odd.",
                         no_args_is_help=True, rich_markup_mode=None)


def register(app: typer.Typer) -> None:
    """Add validate, diff and schema to the main teikit application."""
    app.command("validate")(handled(validate))
    app.command("diff")(handled(diff))
    app.add_typer(schema_app, name="schema")


def validate(
    files: list[Path] = typer.Argument(..., help="TEI files to validate."),
    schema: str = typer.Option("teikit", help="teikit (project schemas), tei-all (TEI P5) or a path to a .rng."),
    output_format: str = typer.Option("text", "--format", help="text, json or github (annotations)."),
    strict: bool = typer.Option(False, help="Treat warnings as errors."),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=1,
                                               help="Seconds the verdict against tei-all or a "
                                                    ".rng may take (default 120; exit code 5 "
                                                    "past it)."),
) -> None:
    """Check well-formedness, the grammar and the Schematron rules; report every error."""
    from teikit.validate import Report, validate_file
    from teikit.validate.grammar import NAMED
    from teikit.validate.report import FORMATS

    if output_format not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}")
    if schema not in NAMED and not Path(schema).is_file():
        raise UsageError(f"--schema {schema}: no such schema file (use teikit, tei-all or a path)")
    report = Report(strict=strict)
    for path in files:
        report.extend(validate_file(path, schema=schema, strict=strict, time_limit=time_limit))
    sys.stdout.write(FORMATS[output_format](report))
    if output_format == "text":
        _summary(report, len(files))
    raise typer.Exit(int(ExitCode.OK if report.valid else ExitCode.INVALID))


def _summary(report, count: int) -> None:
    verdict = "valid" if report.valid else "invalid"
    typer.echo(f"{count} file(s) {verdict}: {len(report.errors)} error(s), "
               f"{len(report.warnings)} warning(s)", err=True)


def diff(
    old: Path = typer.Argument(..., help="The edition before the correction."),
    new: Path = typer.Argument(..., help="The edition after the correction."),
    append_change: Optional[str] = typer.Option(
        None, "--append-change", help="Append revisionDesc/change with this description to NEW."),
    who: Optional[str] = typer.Option(None, help="@who of the appended change (e.g. #archivist)."),
) -> None:
    """Show what a correction changed in the text, and which changes touch markup only."""
    from teikit import diff as diffing

    result = diffing.diff_files(old, new)
    sys.stdout.write(diffing.format_diff(result))
    if append_change is not None:
        diffing.append_change(new, append_change, result, who=who)
        typer.echo(f"{new}: appended revisionDesc/change", err=True)
    raise typer.Exit(int(ExitCode.OK))


@schema_app.command("build")
@handled
def schema_build(
    no_xsd: bool = typer.Option(False, "--no-xsd", help="Do not run trang (teikit.xsd stays as it is)."),
) -> None:
    """Regenerate teikit.rng, teikit.sch and teikit.xsd from teikit.odd."""
    from teikit.odd.derive import build

    for path in build(xsd=not no_xsd):
        typer.echo(f"wrote {path}")


@schema_app.command("check")
@handled
def schema_check() -> None:
    """Exit 1 if a derived schema no longer matches teikit.odd (no Java needed)."""
    from teikit.odd.derive import outdated

    stale = outdated()
    for name in stale:
        typer.echo(f"{name} is out of date; run `teikit schema build`", err=True)
    raise typer.Exit(int(ExitCode.INVALID if stale else ExitCode.OK))

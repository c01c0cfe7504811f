"""Command `teikit report`: the proofing report of an edition and its source; only argument handling."""
from __future__ import annotations

from pathlib import Path

import typer

from teikit.cli_exit import handled
from teikit.errors import ExitCode, UsageError


def register(app: typer.Typer) -> None:
    """Add report to the main teikit application."""
    app.command("report")(handled(report))


def report(
    edition: Path = typer.Argument(..., help="TEI edition (converted from SOURCE, maybe corrected)."),
    source: Path = typer.Argument(..., help="The raw text or PDF the edition was converted from."),
    output: Path = typer.Option(..., "-o", "--output", help="HTML file to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
) -> None:
    """Write a proofing report: each source page beside what teikit made of it."""
    from teikit.output import check_target, write_file
    from teikit.report.edition import report_edition

    check_target(output, force=force, inputs=(edition, source), folder=False)
    if not edition.is_file():
        raise UsageError("no such file", path=str(edition))
    write_file(output, report_edition(edition, source, output), force=force, inputs=(edition, source))
    typer.echo(f"wrote {output}", err=True)
    raise typer.Exit(int(ExitCode.OK))

"""Command `teikit deposit`: pack editions as BagIt bags, or verify one; only argument handling."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from teikit.cli_exit import handled
from teikit.errors import ExitCode, UsageError


def register(app: typer.Typer) -> None:
    """Add deposit to the main teikit application."""
    app.command("deposit")(handled(deposit))


def deposit(
    editions: List[Path] = typer.Argument(None, help="TEI editions to deposit (one bag each)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Folder for the bags."),
    as_zip: bool = typer.Option(False, "--zip", help="Write each bag as one .zip (bag folder at its root)."),
    force: bool = typer.Option(False, "--force", help="Replace a bag (or zip) of the same name."),
    verify: Optional[Path] = typer.Option(None, "--verify", help="Check a bag folder or zip instead."),
) -> None:
    """Pack each edition as a BagIt 1.0 bag with Dublin Core, DataCite and METS records."""
    from teikit import deposit as depositing

    if verify is not None:
        if editions or output is not None:
            raise UsageError("--verify takes a bag or zip only; no editions and no -o")
        for line in depositing.verify(verify):
            typer.echo(line, err=True)
        raise typer.Exit(int(ExitCode.OK))
    if not editions or output is None:
        raise UsageError("give the editions and -o OUT_DIR (or --verify BAG)")
    for path in depositing.deposit(editions, output, as_zip=as_zip, force=force):
        typer.echo(f"wrote {path}", err=True)

"""The one place where the command line turns an error into a printed line and an exit code."""
from __future__ import annotations

import functools

import typer

from teikit.errors import ExitCode, TeikitError, UsageError, XMLInputError, io_error


def exit_code_of(error: BaseException) -> int:
    """The one place where an error becomes a printed line and an exit code.

    teikit's own errors carry their code; an OS error that slipped through is an I/O error
    (exit 2, with its path); an interruption exits 130; anything else is a bug, reported in
    one line (exit 70) — never a Python traceback.
    """
    if isinstance(error, OSError):
        error = io_error(error)
    elif isinstance(error, RecursionError):
        error = XMLInputError("the input is nested too deeply to process")
    elif isinstance(error, MemoryError):
        error = UsageError("out of memory")
    if isinstance(error, TeikitError):
        typer.echo(str(error), err=True)
        return int(error.exit_code)
    if isinstance(error, KeyboardInterrupt):
        typer.echo("error: interrupted; no partial output was left", err=True)
        return int(ExitCode.INTERRUPTED)
    typer.echo(f"error: internal error ({type(error).__name__}: {error}); please report it",
               err=True)
    return int(ExitCode.INTERNAL)


def handled(command):
    """A command whose errors go through ``exit_code_of`` (every command is wrapped)."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except (Exception, KeyboardInterrupt) as error:
            raise typer.Exit(exit_code_of(error)) from None
    return wrapper

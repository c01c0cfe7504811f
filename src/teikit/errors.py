"""The one error channel: fatal errors are typed with exit codes; content problems are diagnostics.

Every error teikit raises on purpose is a ``TeikitError`` subclass below, carrying its exit
code (README, "Exit codes"). Every non-fatal problem, found while converting a raw text or
while validating an edition, is a ``Diagnostic``; ``fails`` is the one threshold
(``--strict``: warnings fail too).
"""
from __future__ import annotations

import errno
import sys
from dataclasses import dataclass, field, replace
from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes of every teikit command (README, "Exit codes")."""

    OK = 0
    INVALID = 1  # the document is invalid, or warnings were promoted by --strict
    USAGE = 2  # bad arguments, missing file, refusing to overwrite, I/O error
    BAD_INPUT = 3  # the input cannot be read as text: empty, binary, undecodable
    TRANSFORM = 4  # an XSLT transform failed
    UNDECIDED = 5  # a grammar check did not finish within its time limit
    INTERNAL = 70  # a bug in teikit (reported in one line, never as a traceback)
    INTERRUPTED = 130  # SIGINT or SIGTERM; temporary files removed, old outputs intact


class TeikitError(Exception):
    """Base of every error teikit raises on purpose; carries file, line and exit code."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        return f"{where}error: {self.message}"


class UsageError(TeikitError):
    """Bad arguments, a missing file, refusing to overwrite, an I/O error."""

    exit_code = ExitCode.USAGE


class InputError(TeikitError):
    """The raw text cannot be read: empty, binary or in no encoding teikit knows."""

    exit_code = ExitCode.BAD_INPUT


class XMLInputError(TeikitError):
    """An XML file is not well-formed or is hostile (entities, DTDs)."""

    exit_code = ExitCode.INVALID


class OutputInvalidError(TeikitError):
    """The converter produced an edition its own schema rejects: a converter defect."""

    exit_code = ExitCode.INVALID


class StrictError(TeikitError):
    """Warnings promoted to errors by ``--strict``, or an edition ``build`` found invalid."""

    exit_code = ExitCode.INVALID


class SchemaBuildError(TeikitError):
    """The ODD is unusable, or asks for something the derivation cannot do (e.g. drops a
    required child); ``teikit schema build|check`` exits 1 and writes nothing."""

    exit_code = ExitCode.INVALID


class SchematronCompileError(SchemaBuildError):
    """A Schematron schema uses a feature teikit's Schematron compiler does not implement."""


class TransformError(TeikitError):
    """An XSLT transform failed."""

    exit_code = ExitCode.TRANSFORM


class UndecidedError(TeikitError):
    """A grammar check did not finish within its time limit: neither valid nor invalid."""

    exit_code = ExitCode.UNDECIDED


class InvalidEdition(TeikitError):
    """``teikit deposit``: an edition is invalid; no bag was written."""

    exit_code = ExitCode.INVALID


class VerifyError(TeikitError):
    """The bag failed verification; ``problems`` holds one message per problem."""

    exit_code = ExitCode.INVALID

    def __init__(self, problems: list[str], path: str):
        super().__init__(f"the bag failed verification ({len(problems)} problem(s))", path=path)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(self.problems + [super().__str__()])


def io_error(error: OSError, path=None, action: str | None = None) -> UsageError:
    """An operating-system error as teikit's I/O error (exit 2), naming the file it is about
    (``path``, else the error's own); ``action`` ("read", "write") says what failed."""
    reason = error.strerror or str(error)
    if action == "write" and error.errno == errno.ENOSPC:
        reason = "no space left on the device; the old file (if any) is unchanged"
    elif action == "write" and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason = f"cannot write there ({error.strerror})"
    if action:
        reason = f"cannot {action}: {reason}"
    where = path if path is not None else error.filename
    return UsageError(reason, path=None if where is None else str(where))


#: the levels of a diagnostic, in order of gravity
LEVELS = ("info", "warning", "error")


@dataclass(frozen=True)
class Diagnostic:
    """One problem in a document: ``file:line[:column]: level: message (did you mean …?) [code]``.

    The one diagnostic type of convert (tied to the raw text's line) and validate (tied to
    the edition's line and column).
    """

    file: str | None
    line: int | None
    column: int | None
    level: str  # "error" | "warning" | "info"
    message: str
    code: str | None = None  # the rule that found it, e.g. "note-unanchored"
    #: the likely fix, when one can be named ("foot" for "fot", a free id for a duplicate)
    suggestion: str = ""

    # The names validate's diagnostics had before both kinds became one (kept for callers).
    @property
    def severity(self) -> str:
        return self.level

    @property
    def rule(self) -> str | None:
        return self.code

    @property
    def path(self) -> str | None:
        return self.file

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None and self.column is not None:
            where += f":{self.line}:{self.column}"
        elif self.line:
            where += f":{self.line}"
        hint = f" (did you mean {self.suggestion}?)" if self.suggestion else ""
        code = f" [{self.code}]" if self.code else ""
        return f"{where}: {self.level}: {self.message}{hint}{code}"


#: the name convert's messages had before they became diagnostics
Message = Diagnostic


def fails(diagnostics, strict: bool = False) -> list[Diagnostic]:
    """The diagnostics that make a run fail: errors, and with ``strict`` warnings too."""
    threshold = "warning" if strict else "error"
    floor = LEVELS.index(threshold)
    return [d for d in diagnostics if LEVELS.index(d.level) >= floor]


@dataclass
class Reporter:
    """Collects the diagnostics of one source file (docutils' Reporter, in small)."""

    path: str | None = None
    messages: list[Diagnostic] = field(default_factory=list)

    def warning(self, message: str, line: int | None = None, rule: str | None = None) -> None:
        self.messages.append(Diagnostic(self.path, line, None, "warning", message, rule))

    def info(self, message: str, line: int | None = None, rule: str | None = None) -> None:
        self.messages.append(Diagnostic(self.path, line, None, "info", message, rule))

    @property
    def warnings(self) -> list[Diagnostic]:
        return [m for m in self.messages if m.level == "warning"]

    def relabel(self, path: str) -> None:
        """Name the source file as the user gave it (``sub/e.txt``, not ``e.txt``)."""
        self.path = path
        self.messages[:] = [replace(m, file=path) for m in self.messages]

    def emit(self, stream=None) -> None:
        stream = stream or sys.stderr
        for m in self.messages:
            print(m, file=stream)

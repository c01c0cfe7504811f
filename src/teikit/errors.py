"""Errors and the reporter: fatal errors are typed with exit codes; content problems are messages."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes of every teikit command (README, "Exit codes")."""

    OK = 0
    INVALID = 1  # the document is invalid, or warnings were promoted by --strict
    USAGE = 2  # bad arguments, missing file, refusing to overwrite, I/O error
    BAD_INPUT = 3  # the input cannot be read as text: empty, binary, undecodable
    TRANSFORM = 4  # an XSLT transform failed
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


class TransformError(TeikitError):
    exit_code = ExitCode.TRANSFORM


@dataclass
class Message:
    """A non-fatal problem in the content, tied to the source line that caused it."""

    level: str  # "warning" | "info"
    message: str
    line: int | None = None
    path: str | None = None
    rule: str | None = None

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line:
            where += f":{self.line}"
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{where}: {self.level}: {self.message}{rule}"


@dataclass
class Reporter:
    """Collects content messages for one source file (docutils' Reporter, in small)."""

    path: str | None = None
    messages: list[Message] = field(default_factory=list)

    def warning(self, message: str, line: int | None = None, rule: str | None = None) -> None:
        self.messages.append(Message("warning", message, line, self.path, rule))

    def info(self, message: str, line: int | None = None, rule: str | None = None) -> None:
        self.messages.append(Message("info", message, line, self.path, rule))

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.level == "warning"]

    def emit(self, stream=None) -> None:
        stream = stream or sys.stderr
        for m in self.messages:
            print(m, file=stream)

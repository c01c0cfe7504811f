"""Diagnostics of one validation run and their three output formats (text, JSON, GitHub)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Diagnostic:
    """One problem: ``file:line:col: severity: message [rule]``."""

    file: str
    line: int
    column: int
    severity: str  # "error" | "warning"
    message: str
    rule: str
    #: the likely fix, when one can be named ("foot" for "fot", a free id for a duplicate)
    suggestion: str = ""

    def __str__(self) -> str:
        hint = f" (did you mean {self.suggestion}?)" if self.suggestion else ""
        return (f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}{hint}"
                f" [{self.rule}]")


@dataclass
class Report:
    """All diagnostics for one or more files; ``valid`` is what the exit code says."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    strict: bool = False

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def valid(self) -> bool:
        return not self.errors and not (self.strict and self.warnings)

    def extend(self, other: "Report") -> None:
        self.diagnostics.extend(other.diagnostics)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=lambda d: (d.file, d.line, d.column))


def format_text(report: Report) -> str:
    return "".join(f"{d}\n" for d in report.sorted())


def format_json(report: Report) -> str:
    return json.dumps({"valid": report.valid,
                       "errors": len(report.errors), "warnings": len(report.warnings),
                       "diagnostics": [asdict(d) for d in report.sorted()]},
                      ensure_ascii=False, indent=2) + "\n"


def format_github(report: Report) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=…::message``."""
    lines = []
    for d in report.sorted():
        message = d.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        lines.append(f"::{d.severity} file={_prop(d.file)},line={d.line},col={d.column},"
                     f"title={_prop(d.rule)}::{message}\n")
    return "".join(lines)


def _prop(value: str) -> str:
    return (value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            .replace(":", "%3A").replace(",", "%2C"))


FORMATS = {"text": format_text, "json": format_json, "github": format_github}

"""The diagnostics of one validation run (``teikit.errors.Diagnostic``) and their three output
formats (text, JSON, GitHub)."""
from __future__ import annotations

from dataclasses import dataclass, field

from teikit.errors import Diagnostic, fails


@dataclass
class Report:
    """All diagnostics for one or more files; ``valid`` is what the exit code says."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    strict: bool = False

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "warning"]

    @property
    def valid(self) -> bool:
        return not fails(self.diagnostics, self.strict)

    def extend(self, other: "Report") -> None:
        self.diagnostics.extend(other.diagnostics)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=lambda d: (d.file, d.line, d.column))


def format_text(report: Report) -> str:
    return "".join(f"{d}\n" for d in report.sorted())


def format_json(report: Report) -> str:
    import json  # only --format json needs it (start-up time of `teikit validate`)

    return json.dumps({"valid": report.valid,
                       "errors": len(report.errors), "warnings": len(report.warnings),
                       "diagnostics": [_record(d) for d in report.sorted()]},
                      ensure_ascii=False, indent=2) + "\n"


def _record(d: Diagnostic) -> dict:
    """A diagnostic in the JSON output (its keys are part of the documented format)."""
    return {"file": d.file, "line": d.line, "column": d.column, "severity": d.level,
            "message": d.message, "rule": d.code, "suggestion": d.suggestion}


def format_github(report: Report) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=…::message``."""
    lines = []
    for d in report.sorted():
        message = d.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        lines.append(f"::{d.level} file={_prop(d.file)},line={d.line},col={d.column},"
                     f"title={_prop(d.code)}::{message}\n")
    return "".join(lines)


def _prop(value: str) -> str:
    return (value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            .replace(":", "%3A").replace(",", "%2C"))


FORMATS = {"text": format_text, "json": format_json, "github": format_github}

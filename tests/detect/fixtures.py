"""Fixture files for the detection rules: `### title`, the input text, `---`, expected tokens.

Expected tokens are one per line: `LINE TYPE [key=value …]`, LINE being the token's first
source line within the case's input. `\\t` in a fixture stands for a tab.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent / "fixtures"


@dataclass
class Case:
    title: str
    text: str
    expected: list[tuple[int, str, dict[str, str]]]
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line} {self.title}"


def read_cases(name: str) -> list[Case]:
    cases: list[Case] = []
    lines = (HERE / name).read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].startswith("### "):
            i += 1
            continue
        title, start = lines[i][4:].strip(), i + 1
        i += 1
        body: list[str] = []
        while lines[i] != "---":
            body.append(lines[i].replace("\\t", "\t"))
            i += 1
        i += 1
        expected = []
        while i < len(lines) and not lines[i].startswith("### "):
            if lines[i].strip():
                line, kind, *pairs = lines[i].split()
                expected.append((int(line), kind, dict(p.split("=", 1) for p in pairs)))
            i += 1
        cases.append(Case(title, "\n".join(body), expected, name, start))
    return cases

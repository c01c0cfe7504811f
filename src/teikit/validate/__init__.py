"""Validation of TEI editions: well-formedness, the project grammar and the Schematron rules.

``validate_file(path)`` is the API behind ``teikit validate`` and ``teikit build``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from teikit.errors import TeikitError
from teikit import xmlsafe
from teikit.validate import grammar, ids, schema_copies, schematron, suggest
from teikit.validate.report import Diagnostic, Report

__all__ = ["Diagnostic", "Report", "check_file", "validate_file", "validate_tree"]


def validate_file(path: str | Path, schema: str | Path = "teikit", strict: bool = False,
                  time_limit: float | None = None) -> Report:
    """Validate one file; a file that cannot be read raises UsageError (exit code 2).

    Only a well-formedness error stops the run: duplicate ids, grammar and Schematron problems
    are reported together.
    """
    return check_file(path, schema, strict, time_limit)[0]


def check_file(path: str | Path, schema: str | Path = "teikit", strict: bool = False,
               time_limit: float | None = None) -> tuple[Report, etree._ElementTree | None]:
    """``validate_file``'s report and the tree it validated (None if the file is not
    well-formed), so that ``teikit build`` transforms what it validated without parsing again."""
    label = str(path)
    report = Report(strict=strict)
    try:
        tree, registered = _parse(path)
    except TeikitError as error:
        if error.exit_code != 1:
            raise
        message, rule = _parse_problem(error.message)
        report.diagnostics.append(Diagnostic(label, error.line or 1, error.column or 0, "error",
                                             message, rule))
        return report, None
    try:
        report.extend(validate_tree(tree, label, schema=schema, strict=strict,
                                    source=_SourceLines(Path(path), tree.docinfo.encoding),
                                    time_limit=time_limit, registered_ids=registered))
    except TeikitError as error:
        error.path = error.path or label
        raise
    if schema == "teikit":
        for line, message, rule in schema_copies.check(tree, Path(path)):
            report.diagnostics.append(Diagnostic(label, line, 1, "warning", message, rule))
    return report, tree


def _parse(path: str | Path) -> tuple[etree._ElementTree, bool]:
    """The edition, and whether its xml:ids are registered: a parse that registers them proves
    them unique and makes the Schematron's id lookups the parser's hash table. One with a
    duplicate id is parsed again without, so that the duplicate is reported with every other
    problem (libxml2 stops at the first)."""
    try:
        return xmlsafe.parse(path), True
    except TeikitError as error:
        if error.exit_code != 1 or not _DUPLICATE_ID.search(error.message):
            raise
    return xmlsafe.parse(path, collect_ids=False), False


_DUPLICATE_ID = re.compile(r"ID (\S+) already defined")


class _SourceLines(Sequence):
    """A file's lines, read only when a message needs a column: a valid edition's text is
    never decoded a second time (a 16 MB edition's lines are 60 MB of Python strings)."""

    def __init__(self, path: Path, encoding: str | None = None):
        self._path = path
        self._encoding = encoding or "utf-8"  # as the parser read it: UTF-16 columns count too
        self._lines: list[str] | None = None

    def _load(self) -> list[str]:
        if self._lines is None:
            text = self._path.read_bytes().decode(self._encoding, errors="replace")
            # lines as the XML parser counts them: at line feeds only (U+2028, U+0085 are text)
            self._lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n") \
                .split("\n")
        return self._lines

    def __getitem__(self, index):
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())


def validate_tree(tree, label: str, schema: str | Path = "teikit", strict: bool = False,
                  source: Sequence[str] | None = None, time_limit: float | None = None,
                  registered_ids: bool | None = None) -> Report:
    """Duplicate ids, grammar, then (for the project schema) Schematron; all problems.

    ``source`` (the document's lines) lets messages carry a column; ``time_limit`` bounds the
    verdict against any other grammar (``grammar.TIME_LIMIT`` seconds by default).
    ``registered_ids``: the tree was parsed with its xml:ids registered, so they are unique
    (None: not known, looked at).
    """
    report = Report(strict=strict)
    duplicates = [] if registered_ids else ids.duplicates(tree)
    for duplicate in duplicates:
        report.diagnostics.append(Diagnostic(label, duplicate.line,
                                             _column(source, duplicate.line, 'xml:id="'),
                                             "error", ids.message(duplicate), "xmlid-unique",
                                             f'xml:id="{duplicate.suggestion}"'))
    tree = ids.deduplicated(tree, duplicates)  # the rest is checked as if they were fixed
    for problem in grammar.check(tree, schema, time_limit):
        report.diagnostics.append(Diagnostic(label, problem.line, _column(source, problem.line, problem.hint),
                                             "error", problem.message, problem.rule,
                                             problem.suggestion))
    if schema == "teikit":
        for line, severity, message, rule, hint in schematron.check(
                tree, skip=ids.CHECKED, registered_ids=registered_ids and not duplicates):
            report.diagnostics.append(Diagnostic(label, line, _column(source, line, hint),
                                                 severity, message, rule,
                                                 suggest.pointer(message, tree)))
    return report


def _column(source: Sequence[str] | None, line: int, hint: str) -> int:
    """1-based column of ``hint`` on ``line`` (of the first non-blank character without one)."""
    if source is None or not 0 < line <= len(source):
        return 1
    text = source[line - 1]
    found = text.find(hint) if hint else -1
    if found < 0:
        found = len(text) - len(text.lstrip())
    return found + 1


def _parse_problem(message: str) -> tuple[str, str]:
    """libxml2 reports a duplicated xml:id while parsing; give it the Schematron rule's words."""
    duplicate = _DUPLICATE_ID.search(message)
    if duplicate:
        return (f'the identifier "{duplicate.group(1)}" is used by more than one element; '
                "each xml:id must be unique", "xmlid-unique")
    if "entit" in message:
        return message, "entities"
    return message, "well-formed"

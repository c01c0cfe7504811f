"""The one error channel (teikit.errors, teikit.cli_exit): exit codes, diagnostics, thresholds."""
import ast
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from teikit import api, errors
from teikit.cli import app
from teikit.errors import Diagnostic, ExitCode, Reporter, TeikitError, fails
from tests.conftest import BUNDLED_EDITION, BUNDLED_SOURCE

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
WARNING_BOOK = "目 录\n\n研究\t甲 (1)\n\n研究\n\n甲\n\n有标记^①的段落。\n"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def readme_exit_codes() -> dict[int, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("### Exit codes", 1)[1].split("\n\n", 2)[1]
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\| (\d+) \| (.+) \|$", table, re.M)}


def error_classes() -> list[type]:
    return [c for c in vars(errors).values()
            if isinstance(c, type) and issubclass(c, TeikitError) and c is not TeikitError]


def test_the_readme_table_lists_exactly_the_exit_codes_of_errors_py():
    assert sorted(readme_exit_codes()) == sorted(int(c) for c in ExitCode)


def test_every_error_class_lives_in_errors_py_with_a_documented_code():
    documented = readme_exit_codes()
    for cls in error_classes():
        assert int(cls.exit_code) in documented and cls.exit_code != ExitCode.OK, cls
    # no module of the package defines an error class of its own
    for path in (ROOT / "src" / "teikit").rglob("*.py"):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                assert not bases & {"Exception", "ValueError", "TeikitError", "RuntimeError"}, \
                    f"{path.relative_to(ROOT)}: class {node.name} is an error outside errors.py"


def test_only_cli_exit_prints_errors_and_chooses_their_codes():
    """One place in the CLI prints an error and exits: every except clause of a cli module
    hands the error to cli_exit.exit_code_of."""
    for path in sorted((ROOT / "src" / "teikit").glob("cli*.py")):
        if path.name == "cli_exit.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler):
                calls = {getattr(n.func, "id", "") for n in ast.walk(node) if isinstance(n, ast.Call)}
                assert "exit_code_of" in calls, f"{path.name}:{node.lineno} handles an error itself"


# --- every exit code, through the command line ------------------------------------------

def test_exit_0_valid_edition():
    assert run("validate", BUNDLED_EDITION).exit_code == ExitCode.OK


def test_exit_1_invalid_edition_and_strict_warnings(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><oops/></TEI>", encoding="utf-8")
    assert run("validate", bad).exit_code == ExitCode.INVALID
    source = tmp_path / "w.txt"
    source.write_text(WARNING_BOOK, encoding="utf-8")
    result = run("convert", source, "-o", tmp_path / "w.xml", "--strict")
    assert result.exit_code == ExitCode.INVALID and not (tmp_path / "w.xml").exists()
    assert "1 warnings with --strict" in result.output


def test_exit_1_unusable_odd_for_schema_build_and_check(tmp_path, monkeypatch):
    from teikit.odd import locate

    (tmp_path / locate.ODD).write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'/>",
                                       encoding="utf-8")
    monkeypatch.setattr(locate, "schema_dir", lambda: tmp_path)
    for command in ("build", "check"):
        result = run("schema", command)
        assert result.exit_code == ExitCode.INVALID, result.output
        assert result.output == f"{tmp_path / locate.ODD}: error: the ODD has no schemaSpec\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == [locate.ODD]  # nothing written


def test_exit_2_usage_and_exit_3_bad_input(tmp_path):
    assert run("validate", tmp_path / "nope.xml").exit_code == ExitCode.USAGE
    assert run("deposit").exit_code == ExitCode.USAGE
    assert run("transform", BUNDLED_EDITION, "--to", "nonsense").exit_code == ExitCode.USAGE
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run("convert", empty, "-o", tmp_path / "e.xml").exit_code == ExitCode.BAD_INPUT


@pytest.mark.parametrize("raised, code, words", [
    (errors.TransformError("html.xsl failed: boom"), ExitCode.TRANSFORM, "error: html.xsl failed"),
    (PermissionError(13, "Permission denied", "/x/y.xml"), ExitCode.USAGE,
     "/x/y.xml: error: Permission denied"),
    (RecursionError(), ExitCode.INVALID, "nested too deeply"),
    (KeyboardInterrupt(), ExitCode.INTERRUPTED, "interrupted"),
    (ZeroDivisionError("division by zero"), ExitCode.INTERNAL,
     "internal error (ZeroDivisionError: division by zero)"),
])
def test_each_kind_of_failure_is_one_line_and_its_exit_code(monkeypatch, tmp_path, raised, code,
                                                           words):
    def fail(*args, **kwargs):
        raise raised

    monkeypatch.setattr(api, "transform", fail)
    result = run("transform", BUNDLED_EDITION, "--to", "text")
    assert result.exit_code == code
    assert words in result.output and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_files_are_named_as_the_user_gave_them(tmp_path):
    """A warning, a --strict failure and an input error name ``sub/e.txt`` the same way."""
    (tmp_path / "sub").mkdir()
    source = tmp_path / "sub" / "e.txt"
    source.write_text(WARNING_BOOK, encoding="utf-8")
    given_as = str(source)
    warned = run("convert", source, "-o", tmp_path / "a.xml")
    assert warned.exit_code == 0
    assert f"{given_as}:9: warning: note anchor ^① has no note" in warned.output
    strict = run("convert", source, "-o", tmp_path / "b.xml", "--strict")
    assert strict.output.startswith(f"{given_as}: error: 1 warnings with --strict: {given_as}:9:")
    source.write_bytes(b"")
    assert run("convert", source, "-o", tmp_path / "c.xml").output.startswith(f"{given_as}: error:")


def test_the_edition_keeps_the_source_file_name_not_its_path(tmp_path):
    (tmp_path / "sub").mkdir()
    source = tmp_path / "sub" / "book.txt"
    source.write_bytes(BUNDLED_SOURCE.read_bytes())
    conversion = api.convert(source, tmp_path / "book.xml")
    assert conversion.book.source_name == "book.txt"
    assert {m.file for m in conversion.reporter.messages} <= {str(source)}


# --- the diagnostic type and its threshold ------------------------------------------------

LEVEL = st.sampled_from(errors.LEVELS)
WORDS = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)
DIAGNOSTIC = st.builds(Diagnostic, file=st.none() | WORDS.filter(lambda w: ":" not in w),
                       line=st.none() | st.integers(1, 10**6),
                       column=st.none() | st.integers(1, 500), level=LEVEL,
                       message=WORDS, code=st.none() | st.from_regex(r"[a-z]+(-[a-z]+)*",
                                                                     fullmatch=True),
                       suggestion=st.just("") | WORDS)
SHAPE = re.compile(r"(?P<file>[^:]*)(:(?P<line>\d+)(:(?P<column>\d+))?)?: (?P<level>\w+): "
                   r"(?P<rest>.*)", re.S)


@given(DIAGNOSTIC)
def test_a_diagnostic_reads_file_line_column_level_message_suggestion_code(d):
    shown = SHAPE.fullmatch(str(d))
    assert shown.group("file") == (d.file or "<input>")
    assert shown.group("line") == (None if d.line is None else str(d.line))
    assert shown.group("column") == (None if d.column is None or d.line is None else str(d.column))
    assert shown.group("level") == d.level
    hint = f" (did you mean {d.suggestion}?)" if d.suggestion else ""
    assert shown.group("rest") == d.message + hint + (f" [{d.code}]" if d.code else "")


@given(st.lists(DIAGNOSTIC, max_size=12), st.booleans())
def test_strict_makes_warnings_fail_and_nothing_makes_info_fail(diagnostics, strict):
    failing = fails(diagnostics, strict)
    wanted = {"error", "warning"} if strict else {"error"}
    assert failing == [d for d in diagnostics if d.level in wanted]


def test_validate_json_keeps_its_documented_keys():
    from teikit.validate.report import Report, format_json

    report = Report([Diagnostic("a.xml", 3, 7, "warning", "m", "r", "s")])
    assert format_json(report).count('"severity": "warning"') == 1
    import json

    assert json.loads(format_json(report))["diagnostics"] == [
        {"file": "a.xml", "line": 3, "column": 7, "severity": "warning", "message": "m",
         "rule": "r", "suggestion": "s"}]


def test_reporter_relabel_renames_every_message():
    reporter = Reporter("e.txt")
    reporter.warning("w", 3, rule="x")
    reporter.info("i")
    reporter.relabel("sub/e.txt")
    assert [str(m) for m in reporter.messages] == ["sub/e.txt:3: warning: w [x]",
                                                   "sub/e.txt: info: i"]

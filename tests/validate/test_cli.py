"""`teikit validate` and `teikit schema`: exit codes, output formats, messages."""
from __future__ import annotations

import json
import re

import pytest

from teikit.errors import ExitCode

LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning): (?P<msg>.+) \[(?P<rule>[\w-]+)\]$")


def _broken(tmp_path, fixture_edition, old, new):
    """A changed copy, as deep in tmp_path as the fixture is in the checkout: its xml-model
    hrefs (``../../../schema/…``) stay inside tmp_path, where no schema copy is."""
    text = fixture_edition.read_text(encoding="utf-8")
    assert old in text and '"../../../schema/' in text
    path = tmp_path / "tests" / "validate" / "fixtures" / "broken.xml"
    path.parent.mkdir(parents=True)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_valid_file_exits_zero(cli, fixture_edition):
    result = cli("validate", fixture_edition)
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""


def test_every_error_is_reported_in_the_text_format(cli, fixture_edition, tmp_path):
    path = _broken(tmp_path, fixture_edition, "<head>序 言</head>", "<head>序 言<p>x</p></head>")
    path.write_text(path.read_text(encoding="utf-8").replace('place="foot" n="①"', 'place="margin" n="①"', 1),
                    encoding="utf-8")
    result = cli("validate", path)
    assert result.exit_code == ExitCode.INVALID
    lines = [LINE.match(l) for l in result.stdout.splitlines()]
    assert all(lines), result.stdout
    assert [(m["line"], m["rule"]) for m in lines] == [("103", "element-not-allowed"),
                                                       ("133", "attribute-value")]
    assert 'element "p" not allowed here; expected element "abbr", "add", "address", ' in lines[0]["msg"]
    assert lines[1]["msg"] == 'value "margin" of attribute "place" is invalid; must be equal to "bottom", "end" or "foot"'
    assert lines[1]["col"] == "30"


def test_json_and_github_formats(cli, fixture_edition, tmp_path):
    path = _broken(tmp_path, fixture_edition, "978-7-5454-2978-7", "978-7-5454-2978-8")
    data = json.loads(cli("validate", "--format", "json", path).stdout)
    assert data["valid"] is False and data["errors"] == 1
    assert data["diagnostics"][0]["rule"] == "isbn-checksum"
    assert data["diagnostics"][0]["line"] == 44
    github = cli("validate", "--format", "github", path).stdout
    assert github.startswith(f"::error file={path},line=44,col=13,title=isbn-checksum::ISBN ")


def test_tei_all_schema_accepts_what_only_teikit_rejects(cli, fixture_edition, tmp_path):
    path = _broken(tmp_path, fixture_edition, '<div type="chapter" xml:id="ch2">', '<div type="volume" xml:id="ch2">')
    assert cli("validate", path).exit_code == ExitCode.INVALID
    assert cli("validate", "--schema", "tei-all", path).exit_code == ExitCode.OK


def test_usage_errors_exit_two(cli, fixture_edition, tmp_path):
    assert cli("validate", tmp_path / "missing.xml").exit_code == ExitCode.USAGE
    assert cli("validate", "--format", "yaml", fixture_edition).exit_code == ExitCode.USAGE
    assert cli("validate", "--schema", tmp_path / "none.rng", fixture_edition).exit_code == ExitCode.USAGE


def test_schema_path_option(cli, fixture_edition):
    from teikit.odd import locate
    assert cli("validate", "--schema", locate.schema_file(locate.RNG), fixture_edition).exit_code == 0


def test_schema_check_passes_when_up_to_date(cli):
    result = cli("schema", "check")
    assert result.exit_code == ExitCode.OK, result.stderr


@pytest.mark.parametrize("form", ["utf-8", "utf-16", "utf-16-le-bom", "line-separator-in-text", "crlf"])
def test_columns_count_characters_of_the_file_as_the_parser_read_it(cli, fixture_edition, tmp_path, form):
    """The column of a bad value, whatever the file's encoding and line ends; a U+2028 inside
    a heading is text, not a line end (libxml2 counts line feeds only)."""
    text = fixture_edition.read_text(encoding="utf-8").replace('place="foot" n="①"', 'place="margin" n="①"', 1)
    if form == "line-separator-in-text":
        text = text.replace("<head>序 言</head>", "<head>序\u2028言</head>", 1)
    if form == "crlf":
        text = text.replace("\n", "\r\n")
    path = tmp_path / "tests" / "validate" / "fixtures" / "encoded.xml"
    path.parent.mkdir(parents=True)
    if form.startswith("utf-16"):
        data = text.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
        path.write_bytes(data.encode("utf-16") if form == "utf-16" else "\ufeff".encode("utf-16-le") + data.encode("utf-16-le"))
    else:
        path.write_bytes(text.encode("utf-8"))
    (m,) = [LINE.match(line) for line in cli("validate", path).stdout.splitlines()]
    assert (m["line"], m["col"], m["rule"]) == ("133", "30", "attribute-value")

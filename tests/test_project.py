"""Editions that carry their schema (issue 12, point 3): convert and `teikit init` write
xml-model hrefs that resolve relative to the edition wherever its folder is copied; validate
says when the copies are stale or missing; the repository offers a pre-commit hook."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from lxml import etree
from typer.testing import CliRunner

from teikit import api
from teikit.cli import app
from teikit.errors import UsageError
from teikit.project import SCHEMA_COPIES, init
from teikit.resources import schema_dir
from teikit.validate import validate_file
from tests.conftest import BUNDLED_SOURCE, ROOT

_HREF = re.compile(r'<\?xml-model href="([^"]+)"')


def _hrefs(edition: Path) -> list[str]:
    return _HREF.findall(edition.read_text(encoding="utf-8")[:2000])


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    """The bundled book converted into a fresh folder, then that folder copied elsewhere."""
    first = tmp_path_factory.mktemp("first") / "edition"
    first.mkdir()
    api.convert(BUNDLED_SOURCE, first / "book.xml")
    moved = tmp_path_factory.mktemp("elsewhere") / "shared" / "copy"
    shutil.copytree(first, moved)
    shutil.rmtree(first)  # nothing may still point into the first folder
    return moved / "book.xml"


def test_convert_copies_the_schemas_beside_the_edition(converted):
    assert sorted(p.name for p in (converted.parent / "schema").iterdir()) == sorted(SCHEMA_COPIES)
    assert _hrefs(converted) == ["schema/teikit.rng", "schema/teikit.sch"]
    for name in SCHEMA_COPIES:
        assert (converted.parent / "schema" / name).read_bytes() == (schema_dir() / name).read_bytes()


def test_the_copied_folder_validates_in_place(converted):
    report = validate_file(converted)
    assert report.valid and report.diagnostics == [], report.diagnostics


def test_jing_and_lxml_find_the_schema_through_the_pi(converted):
    if shutil.which("jing") is None:
        pytest.fail("jing is missing: install the Debian package jing (.ci/run does)")
    rng_href, sch_href = _hrefs(converted)
    rng = (converted.parent / rng_href).resolve()
    assert rng.is_file() and str(schema_dir()) not in str(rng)
    run = subprocess.run(["jing", str(rng), str(converted)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert etree.RelaxNG(etree.parse(str(rng))).validate(etree.parse(str(converted)))
    broken = converted.with_name("broken.xml")
    broken.write_text(converted.read_text(encoding="utf-8").replace('type="chapter"', 'type="chaptr"'),
                      encoding="utf-8")
    assert subprocess.run(["jing", str(rng), str(broken)], capture_output=True).returncode != 0
    broken.unlink()
    assert (converted.parent / sch_href).is_file()


def test_stale_copies_are_warned_about(converted, tmp_path):
    folder = tmp_path / "stale"
    shutil.copytree(converted.parent, folder)
    edition = folder / converted.name
    sch = folder / "schema" / "teikit.sch"
    sch.write_bytes(sch.read_bytes().replace(b"</sch:schema>", b"<!-- older --></sch:schema>"))
    report = validate_file(edition)
    assert [(d.line, d.severity, d.rule) for d in report.diagnostics] == [(3, "warning", "schema-stale")]
    assert report.valid and not validate_file(edition, strict=True).valid
    (folder / "schema" / "teikit.rng").write_bytes((schema_dir() / "teikit.rng").read_bytes()[:-1])
    assert [(d.line, d.rule) for d in validate_file(edition).diagnostics] == \
        [(2, "schema-stale"), (3, "schema-stale")]


def test_init_lays_out_a_project_and_convert_points_into_it(tmp_path):
    project = tmp_path / "proj"
    result = CliRunner().invoke(app, ["init", str(project)])
    assert result.exit_code == 0, result.output
    assert (project / "tei").is_dir() and (project / "README.md").is_file()
    assert sorted(p.name for p in (project / "schema").iterdir()) == sorted(SCHEMA_COPIES)
    hooks = yaml.safe_load((project / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks["repos"][0]["hooks"]
    assert hook["entry"] == "teikit validate" and re.search(hook["files"], "tei/book.xml")
    api.convert(BUNDLED_SOURCE, project / "tei" / "book.xml")
    assert _hrefs(project / "tei" / "book.xml") == ["../schema/teikit.rng", "../schema/teikit.sch"]
    assert not (project / "tei" / "schema").exists()
    assert validate_file(project / "tei" / "book.xml").diagnostics == []


def test_init_never_replaces_a_file(tmp_path):
    project = tmp_path / "proj"
    init(project)
    readme = project / "README.md"
    readme.write_text("my notes", encoding="utf-8")
    with pytest.raises(UsageError, match="README.md"):
        init(project)
    assert readme.read_text(encoding="utf-8") == "my notes"


def test_the_repository_offers_a_pre_commit_hook():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "teikit-validate" and hook["entry"] == "teikit validate"
    assert re.search(hook["files"], "tei/book.xml") and not re.search(hook["files"], "book.txt")
    result = CliRunner().invoke(app, hook["entry"].split()[1:] + ["--help"])
    assert result.exit_code == 0

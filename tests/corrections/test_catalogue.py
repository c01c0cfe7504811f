"""Every catalogued hand-correction mistake is caught with the right rule, line and exit code."""
from __future__ import annotations

import json
import re

import pytest

from corrections.catalogue import GOOD_EDITS, MISTAKES, apply


@pytest.fixture(scope="module")
def source(edition) -> str:
    return edition.read_text(encoding="utf-8")


def test_catalogue_is_large_enough():
    assert len({m.name for m in MISTAKES}) >= 25


def test_edition_is_valid(cli, edition):
    result = cli("validate", edition)
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_mistake_is_caught(mistake, source, cli, tmp_path):
    mutated, line, _ = apply(source, mistake)
    path = tmp_path / "edition.xml"
    path.write_text(mutated, encoding="utf-8")
    result = cli("validate", "--format", "json", path)
    assert result.exit_code == mistake.exit_code, result.stdout + result.stderr
    found = json.loads(result.stdout)["diagnostics"]
    hits = [d for d in found if d["rule"] == mistake.rule and d["line"] == line]
    assert hits, f"expected [{mistake.rule}] at line {line}, got " + \
        "; ".join(f"{d['line']}: {d['message']} [{d['rule']}]" for d in found)


@pytest.mark.parametrize("name,find,replace", GOOD_EDITS, ids=[g[0] for g in GOOD_EDITS])
def test_correct_edit_passes(name, find, replace, source, cli, tmp_path):
    mutated, count = re.subn(find, replace, source, count=1)
    assert count == 1 and mutated != source
    path = tmp_path / "edition.xml"
    path.write_text(mutated, encoding="utf-8")
    result = cli("validate", path)
    assert result.exit_code == 0, result.stdout

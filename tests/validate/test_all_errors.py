"""Every error in one run (issue 12, point 4): only a well-formedness error stops validation;
duplicate ids, grammar and Schematron problems are reported together, sorted by line, and a
duplicate id names the line of its first occurrence."""
from __future__ import annotations

import json
import random

import pytest

from teikit.errors import ExitCode
from teikit.validate import validate_file
from teikit.validate.ids import free_id
from validate.conftest import bundled_edition

#: (what, old, new, rule): independent mistakes, each at its own line of the bundled edition
MISTAKES = [
    ("duplicate id", 'xml:id="n2"', 'xml:id="n1"', "xmlid-unique"),
    ("misplaced element", "<head>序 言</head>", "<head>序 言<p>x</p></head>", "element-not-allowed"),
    ("bad attribute value", 'place="foot" n="①" rend="sup" xml:id="n3"',
     'place="fot" n="①" rend="sup" xml:id="n3"', "attribute-value"),
    ("second duplicate id", 'xml:id="ch1-1-1"', 'xml:id="preface"', "xmlid-unique"),
    ("schematron: bad ISBN", "978-7-5454-2978-7</idno>", "978-7-5454-2978-8</idno>", "isbn-checksum"),
    ("schematron: dangling resp", '<pb xml:id="pb-4"/>', '<pb xml:id="pb-4" resp="#nobody"/>',
     "resp-resolves"),
]


def _edited(tmp_path, mistakes) -> tuple:
    text = bundled_edition().read_text(encoding="utf-8")
    lines = {}
    for what, old, new, _ in mistakes:
        assert text.count(old) >= 1, what
        position = text.index(old)
        text = text[:position] + new + text[position + len(old):]
        lines[what] = text.count("\n", 0, position) + 1
    path = tmp_path / "edited.xml"
    path.write_text(text, encoding="utf-8")
    return path, lines


def test_duplicate_id_misplaced_element_and_bad_value_are_all_reported(tmp_path):
    path, lines = _edited(tmp_path, MISTAKES[:3])
    report = validate_file(path)
    found = [(d.line, d.rule) for d in report.sorted()]
    assert found == sorted((lines[what], rule) for what, _, _, rule in MISTAKES[:3])
    (duplicate,) = [d for d in report.diagnostics if d.rule == "xmlid-unique"]
    first_n1 = bundled_edition().read_text(encoding="utf-8").splitlines().index(
        next(l for l in bundled_edition().read_text(encoding="utf-8").splitlines()
             if 'xml:id="n1"' in l)) + 1
    assert f"already used on line {first_n1}" in duplicate.message


@pytest.mark.parametrize("seed", range(6))
def test_any_combination_of_mistakes_is_reported_whole(tmp_path, seed):
    chosen = random.Random(seed).sample(MISTAKES, k=random.Random(seed).randint(2, len(MISTAKES)))
    path, lines = _edited(tmp_path, chosen)
    report = validate_file(path)
    assert sorted({(d.line, d.rule) for d in report.diagnostics}) == \
        sorted({(lines[what], rule) for what, _, _, rule in chosen})
    assert report.sorted() == sorted(report.diagnostics, key=lambda d: (d.line, d.column))


def test_well_formedness_errors_still_stop(tmp_path):
    path, _ = _edited(tmp_path, MISTAKES[:1])
    path.write_text(path.read_text(encoding="utf-8").replace("</head>", "</hed>", 1), encoding="utf-8")
    report = validate_file(path)
    assert [d.rule for d in report.diagnostics] == ["well-formed"]


def test_json_carries_the_free_id_as_a_suggestion(cli, tmp_path):
    path, lines = _edited(tmp_path, MISTAKES[:1])
    result = cli("validate", "--format", "json", path)
    assert result.exit_code == ExitCode.INVALID
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    used = set(__import__("re").findall(r'xml:id="([^"]+)"', path.read_text(encoding="utf-8")))
    assert diagnostic["suggestion"].startswith('xml:id="n')
    assert diagnostic["suggestion"].removeprefix('xml:id="').rstrip('"') not in used


@pytest.mark.parametrize("value, used, expected", [
    ("n1", {"n1", "n2", "n6"}, "n7"), ("ch1", {"ch1"}, "ch2"), ("preface", {"preface"}, "preface-2"),
    ("preface", {"preface", "preface-2"}, "preface-3"), ("bibl10", {"bibl10", "bibl9"}, "bibl11"),
])
def test_free_id(value, used, expected):
    assert free_id(value, used) == expected and expected not in used

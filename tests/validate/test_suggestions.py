"""Suggestions (issue 12, point 6): the nearest allowed value, attribute or element name, the
nearest xml:id for a dangling pointer, a free id for a duplicate; in text and JSON output."""
from __future__ import annotations

import json

import pytest

from teikit.validate import validate_file
from teikit.validate.suggest import nearest
from validate.conftest import bundled_edition


def _edited(tmp_path, old, new):
    text = bundled_edition().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "edited.xml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, rule, suggestion", [
    ('place="foot" n="①"', 'place="fot" n="①"', "attribute-value", 'place="foot"'),
    ('<div type="chapter"', '<div type="chapterr"', "attribute-value", 'type="chapter"'),
    ('<div type="chapter"', '<div type="chapter" smaple="initial"', "attribute-not-allowed",
     'sample="initial"'),
    ("<head>序 言</head>", "<haed>序 言</haed>", "element-not-allowed", "<head>"),
    ('<ref target="#ch1">', '<ref target="#chl">', "pointer-resolves", 'target="#ch1"'),
    ('<pb xml:id="pb-4"/>', '<pb xml:id="pb-4" resp="#prefce"/>', "resp-resolves", 'resp="#preface"'),
    ('xml:id="n2"', 'xml:id="n1"', "xmlid-unique", 'xml:id="n7"'),
])
def test_the_likely_fix_is_suggested(tmp_path, cli, old, new, rule, suggestion):
    path = _edited(tmp_path, old, new)
    report = validate_file(path)
    found = [d for d in report.errors if d.rule == rule]
    assert found and found[0].suggestion == suggestion, report.diagnostics
    result = cli("validate", "--format", "json", path)
    listed = [d for d in json.loads(result.stdout)["diagnostics"] if d["rule"] == rule]
    assert listed[0]["suggestion"] == suggestion
    assert suggestion not in listed[0]["message"]  # a separate field, not buried in the text
    assert f"(did you mean {suggestion}?)" in cli("validate", path).stdout


@pytest.mark.parametrize("old, new, rule", [
    ("<head>序 言</head>", "<head>序 言<p>x</p></head>", "element-not-allowed"),  # right name, wrong place
    ('place="foot" n="①"', 'place="margin" n="①"', "attribute-value"),  # nothing near
    ('<ref target="#ch1">', '<ref target="#zzzzzz">', "pointer-resolves"),
])
def test_no_suggestion_when_nothing_is_near(tmp_path, old, new, rule):
    report = validate_file(_edited(tmp_path, old, new))
    found = [d for d in report.errors if d.rule == rule]
    assert found and all(d.suggestion == "" for d in found)


def test_nearest_is_a_close_candidate_or_none():
    assert nearest("fot", ["foot", "end", "bottom"]) == "foot"
    assert nearest("bottum", ["foot", "end", "bottom"]) == "bottom"
    assert nearest("xyz", ["foot", "end"]) is None

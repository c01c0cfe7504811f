"""Every report is valid HTML (the Nu HTML Checker, vnu.jar on Debian's Java) and accessible
(axe-core in headless Chromium, no violation), at desktop and phone widths."""
from __future__ import annotations

import json
import subprocess

import pytest

from .conftest import java, node_tool


def test_nu_html_checker_finds_no_error(cases, tmp_path):
    """One Java run for every report, and for a page with a duplicate id, which the checker
    must flag (the oracle can fail)."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
                   '<body><p id="a">1</p><p id="a">2</p></body></html>', encoding="utf-8")
    jar = node_tool("vnu-jar/build/dist/vnu.jar")
    run = subprocess.run([java(), "-jar", str(jar), "--errors-only", "--format", "json",
                          str(bad), *[str(c.path) for c in cases]], capture_output=True,
                         text=True, timeout=300)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert any(e.startswith("bad.html:") and "Duplicate ID" in e for e in errors)
    assert [e for e in errors if not e.startswith("bad.html:")] == []


def axe_violations(page) -> list[str]:
    page.add_script_tag(path=str(node_tool("axe-core/axe.min.js")))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '
            + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')');
    }""")
    return result


@pytest.mark.parametrize("width", [1280, 375])
def test_axe_finds_no_violation(cases, open_report, width):
    for case in cases:
        page = open_report(case, width=width)
        assert axe_violations(page) == [], case.name


def test_axe_can_fail(open_report, cases, tmp_path):
    """The oracle itself: an image without alternative text is a violation."""
    page = open_report(cases[0])
    page.evaluate("document.querySelector('main').appendChild(document.createElement('img'))")
    assert any(v.startswith("image-alt") for v in axe_violations(page))

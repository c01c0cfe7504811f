"""The README's Safety section and exit-code table state the limits and codes the code has."""
from __future__ import annotations

import re

from teikit.errors import ExitCode
from teikit.inputs import MAX_INPUT_BYTES
from teikit.xmlsafe import MAX_DEPTH, MAX_TEXT_CHARS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SAFETY = README.split("\n## Safety\n", 1)[1].split("\n## ", 1)[0]


def test_the_limits_in_the_readme_are_the_limits_in_the_code():
    assert f"**{MAX_DEPTH}** elements" in SAFETY
    assert f"**{MAX_TEXT_CHARS:,}** characters" in SAFETY
    assert f"**{MAX_INPUT_BYTES // 2**20} MiB**" in SAFETY


def test_every_exit_code_is_documented():
    table = README.split("### Exit codes", 1)[1].split("\n\n", 2)[1]
    documented = {int(m) for m in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(code) for code in ExitCode}

"""Every command on every hostile or broken edition: the documented exit code, a message naming
the file, no traceback, no network, no file changed, no output left behind."""
from __future__ import annotations

import pytest

from teikit.transform import FORMATS
from tests.conftest import BUNDLED_EDITION
from tests.safety.conftest import snapshot, temporaries
from tests.safety.corpus import ENCODINGS, HOSTILE, SECRET

COMMANDS = {
    "validate": lambda ed, out: ["validate", ed],
    "build": lambda ed, out: ["build", ed, "-o", out],
    "diff-old": lambda ed, out: ["diff", ed, BUNDLED_EDITION],
    "diff-new-append": lambda ed, out: ["diff", BUNDLED_EDITION, ed, "--append-change", "x"],
    **{f"transform-{name}": (lambda name: lambda ed, out: [
        "transform", ed, "--to", name, "-o", out])(name)
       for name in FORMATS},
}


@pytest.fixture
def world(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    return tmp_path, secret


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", HOSTILE, ids=[c.name for c in HOSTILE])
def test_hostile_edition_is_refused_by_every_command(case, command, world, listener, run):
    root, secret = world
    edition = case.make(root / "in", listener, secret)
    out = root / "out" / "result"
    before = snapshot(root)
    result = run(*COMMANDS[command](edition, out))
    assert result.code == case.code, result.output
    assert f"{edition}" in result.output and case.words in result.output, result.output
    assert SECRET not in result.output
    assert not out.exists(), "partial output left"
    assert snapshot(root) == before, "a file outside the output changed"
    assert temporaries(root) == []


@pytest.mark.parametrize("command, case", [
    (command, case) for case in ENCODINGS for command in ["validate", "diff-old", "transform-html"]
] + [("build", ENCODINGS[2])], ids=lambda x: x if isinstance(x, str) else x.name)
def test_an_edition_in_any_declared_encoding_works_in_every_command(case, command, world,
                                                                     listener, run):
    """Every command on every encoding; build (every format at once) on UTF-16 big-endian."""
    root, secret = world
    edition = case.make(root / "in", listener, secret)
    out = root / "out" / "result"
    result = run(*COMMANDS[command](edition, out))
    assert result.code == 0, result.output
    if command.startswith(("build", "transform")):
        assert out.exists()


def test_an_edition_in_utf16_gives_the_same_outputs_as_in_utf8(world, listener, run):
    root, secret = world
    utf16 = ENCODINGS[1].make(root / "in", listener, secret)
    for name in ("text", "bibtex"):
        assert run("transform", BUNDLED_EDITION, "--to", name, "-o", root / f"a.{name}").code == 0
        assert run("transform", utf16, "--to", name, "-o", root / f"b.{name}").code == 0
        assert (root / f"a.{name}").read_bytes() == (root / f"b.{name}").read_bytes()


@pytest.mark.parametrize("command", ["validate", "build", "diff-old", "transform-text", "transform-html"])
def test_xinclude_is_never_expanded(command, world, listener, run):
    root, secret = world
    edition = root / "in" / "xi.xml"
    text = BUNDLED_EDITION.read_text(encoding="utf-8").replace(
        "需要", f'需要<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret}" parse="text"/>'
                f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{listener}/x.xml"/>', 1)
    edition.write_text(text, encoding="utf-8")
    out = root / "out" / "result"
    result = run(*COMMANDS[command](edition, out))
    assert result.code == (1 if command in ("validate", "build") else 0), result.output
    written = "".join(p.read_text(encoding="utf-8") for p in [out, *out.rglob("*")] if p.is_file()) \
        if out.exists() else ""
    assert SECRET not in written + result.output

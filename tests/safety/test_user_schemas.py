"""`teikit validate --schema x.rng`: includes and externalRefs only of local files (nothing
fetched, even from loopback), a broken schema a clear error naming it."""
from __future__ import annotations

import pytest

from tests.conftest import BUNDLED_EDITION

RNG = "http://relaxng.org/ns/structure/1.0"
LOCAL = f'<grammar xmlns="{RNG}"><start><element name="x"><empty/></element></start></grammar>'


def _schema(body: str) -> str:
    return f'<grammar xmlns="{RNG}" datatypeLibrary="">{body}</grammar>'


@pytest.mark.parametrize("reference", [
    '<start><externalRef href="{url}/x.rng"/></start>',
    '<include href="{url}/x.rng"/><start><notAllowed/></start>',
    '<start><externalRef href="ftp://127.0.0.1/x.rng"/></start>',
    '<start><externalRef href="file://example.org/x.rng"/></start>',
    '<start><externalRef href="inner.rng"/></start>',  # a local file that itself goes out
])
def test_a_schema_reaching_out_is_refused_and_nothing_is_fetched(tmp_path, run, listener, reference):
    schema = tmp_path / "user.rng"
    schema.write_text(_schema(reference.format(url=listener)), encoding="utf-8")
    (tmp_path / "inner.rng").write_text(_schema(
        f'<start><externalRef href="{listener}/y.rng"/></start>'), encoding="utf-8")
    result = run("validate", BUNDLED_EDITION, "--schema", schema)
    assert result.code == 2 and "only" in result.output and "rng" in result.output, result.output


def test_local_includes_work(tmp_path, run):
    (tmp_path / "inner.rng").write_text(LOCAL, encoding="utf-8")
    schema = tmp_path / "user.rng"
    schema.write_text(_schema('<start><externalRef href="inner.rng"/></start>'), encoding="utf-8")
    document = tmp_path / "x.xml"
    document.write_text("<x/>", encoding="utf-8")
    assert run("validate", document, "--schema", schema).code == 0
    document.write_text("<y/>", encoding="utf-8")
    assert run("validate", document, "--schema", schema).code == 1


@pytest.mark.parametrize("text, words", [
    (_schema("<start><element><empty/></element></start>"), "RELAX NG"),
    (_schema("<start><ref name='missing'/></start>"), "RELAX NG"),
    ("<grammar", "well-formed"),
    (f'<!DOCTYPE grammar SYSTEM "x.dtd"><grammar xmlns="{RNG}"/>', "external DTD"),
])
def test_a_broken_schema_is_a_clear_error_naming_it(tmp_path, run, text, words):
    schema = tmp_path / "user.rng"
    schema.write_text(text, encoding="utf-8")
    result = run("validate", BUNDLED_EDITION, "--schema", schema)
    assert result.code in (1, 2) and f"{schema}" in result.output and words in result.output, result.output

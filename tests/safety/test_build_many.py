"""`teikit build` with several editions: all validated first, every invalid one reported,
the valid ones built, exactly what was written said; colliding names refused up front."""
from __future__ import annotations

from pathlib import Path

import pytest

from teikit.transform import FORMATS
from tests.conftest import BUNDLED_EDITION
from tests.safety.conftest import snapshot

GOOD = BUNDLED_EDITION.read_text(encoding="utf-8")
BAD = GOOD.replace('place="foot"', 'place="margin"', 1)


def outputs_of(dist, stem):
    return {dist / (f"{stem}-html" if f.directory else f"{stem}{f.suffix}") for f in FORMATS.values()}


def test_every_invalid_edition_is_reported_and_the_valid_ones_are_built(tmp_path, run):
    editions = []
    for name in ["b0", "g1", "b1", "g2", "b2"]:  # invalid first, between and last
        path = tmp_path / f"{name}.xml"
        path.write_text(BAD if name.startswith("b") else GOOD, encoding="utf-8")
        editions.append(path)
    dist = tmp_path / "dist"
    result = run("build", *editions, "-o", dist)
    assert result.code == 1, result.output
    for edition in editions:
        bad = edition.name.startswith("b")
        assert (f"{edition}: invalid; nothing written for it" in result.output) == bad
        assert (f"{edition}:" in result.output and "[attribute-value]" in result.output) or not bad
        for target in outputs_of(dist, edition.stem):
            assert target.exists() != bad, target
            assert (f"wrote {target}" in result.output) != bad
    good = sum(1 for e in editions if not e.name.startswith("b"))
    assert f"{good} of {len(editions)} edition(s) built, {len(FORMATS) * good} output(s) written" in result.output


def test_editions_whose_outputs_would_collide_are_refused_before_anything_is_written(tmp_path, run):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.xml").write_text(GOOD, encoding="utf-8")
    before = snapshot(tmp_path)
    result = run("build", tmp_path / "a" / "same.xml", tmp_path / "b" / "same.xml",
                 "-o", tmp_path / "dist")
    assert result.code == 2 and "same outputs" in result.output and "nothing was written" in result.output
    assert snapshot(tmp_path) == before


def test_an_unreadable_edition_among_others_is_reported_and_the_rest_built(tmp_path, run):
    good = tmp_path / "good.xml"
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "missing.xml"
    result = run("build", missing, good, "-o", tmp_path / "dist")
    assert result.code == 2 and f"{missing}: error: no such file" in result.output
    assert all(t.exists() for t in outputs_of(tmp_path / "dist", "good"))


@pytest.mark.parametrize("target", ["a-file", "/dev/null", "a-file/sub"])
def test_build_into_something_that_is_no_folder_is_refused_before_any_work(tmp_path, run, target):
    (tmp_path / "a-file").write_text("x")
    out = Path(target) if target.startswith("/") else tmp_path / target
    before = snapshot(tmp_path)
    result = run("build", BUNDLED_EDITION, "-o", out)
    assert result.code == 2 and "is not a folder" in result.output and "valid" not in result.output
    assert snapshot(tmp_path) == before

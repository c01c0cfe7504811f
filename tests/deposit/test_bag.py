"""The bag: BagIt 1.0, valid under bagit's full validation, holding the edition, its source,
its schemas and every `teikit build` output; bag-info from the header; atomic; never
overwriting; --zip; an invalid edition writes nothing."""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import bagit
import pytest
from typer.testing import CliRunner

from teikit.cli import app
from teikit.resources import schema_dir
from teikit.transform import FORMATS
from tests.deposit.conftest import BOOK_NAMES

runner = CliRunner()

ISBNS = {"bundled": "978-7-5454-2978-7", "monograph": "978-7-5623-4817-7",
         "report": "978-7-5097-3321-9", "notestyle": "978-7-5201-0358-9"}


@pytest.fixture(params=BOOK_NAMES)
def made(request, bags, editions):
    return request.param, bags[request.param], editions[request.param]


def test_bagit_full_validation_and_version(made):
    _, bag_dir, _ = made
    bag = bagit.Bag(str(bag_dir))
    assert bag.validate(fast=False)
    assert (bag_dir / "bagit.txt").read_text(encoding="utf-8") == (
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    assert sorted(bag.algorithms) == ["sha256", "sha512"]
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt",
                 "tagmanifest-sha512.txt"):
        assert (bag_dir / name).is_file()
    tagged = {line.split(None, 1)[1] for line in
              (bag_dir / "tagmanifest-sha512.txt").read_text(encoding="utf-8").splitlines()}
    assert {"bagit.txt", "bag-info.txt", "mets.xml", "metadata/oai_dc.xml",
            "metadata/datacite.xml", "manifest-sha256.txt", "manifest-sha512.txt"} <= tagged


def test_manifests_hold_the_true_checksums(made):
    _, bag_dir, _ = made
    for algorithm in ("sha256", "sha512"):
        lines = (bag_dir / f"manifest-{algorithm}.txt").read_text(encoding="utf-8").splitlines()
        listed = {path: digest for digest, path in (line.split(None, 1) for line in lines)}
        files = {p.relative_to(bag_dir).as_posix(): p for p in (bag_dir / "data").rglob("*")
                 if p.is_file()}
        assert sorted(listed) == sorted(files)
        for path, digest in listed.items():
            assert hashlib.new(algorithm, files[path].read_bytes()).hexdigest() == digest


def test_payload_holds_edition_source_schemas_and_every_build_output(made):
    name, bag_dir, edition = made
    data = bag_dir / "data"
    stem = edition.stem
    assert (data / "tei" / edition.name).read_bytes() == edition.read_bytes()
    assert (data / "tei" / f"{stem}.txt").read_bytes() == edition.with_suffix(".txt").read_bytes()
    shipped = sorted(p.name for p in schema_dir().iterdir() if p.is_file() and p.suffix != ".py")
    assert sorted(p.name for p in (data / "schema").iterdir()) == shipped
    for schema in shipped:
        assert (data / "schema" / schema).read_bytes() == (schema_dir() / schema).read_bytes()
    built = data / "build"
    for fmt in FORMATS.values():  # every format of the table, including ones added later
        target = built / (f"{stem}-html/index.html" if fmt.directory else f"{stem}{fmt.suffix}")
        assert target.is_file() and target.stat().st_size > 0, fmt.name
    assert (built / f"{stem}-html" / "assets" / "edition.css").is_file()


def test_payload_equals_what_teikit_build_writes(made, tmp_path):
    from teikit import api

    _, bag_dir, edition = made
    from teikit.manifest import MANIFEST

    api.build(edition, tmp_path)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                     if p.is_file() and p.name != MANIFEST)  # build's bookkeeping is no output
    built = bag_dir / "data" / "build"
    assert sorted(p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()) == written
    for relative in written:
        assert (built / relative).read_bytes() == (tmp_path / relative).read_bytes(), relative


def test_bag_info_from_the_header(made):
    name, bag_dir, edition = made
    info = bagit.Bag(str(bag_dir)).info
    assert "Source-Organization" not in info  # no publisher or responsible body was named
    assert "Contact-Name" not in info  # the header names no contact
    identifiers = info["External-Identifier"]
    stem = "000_8288889db83d07b8" if name == "bundled" else name
    assert identifiers == [f"ISBN {ISBNS[name]}", stem]
    assert info["External-Description"].startswith("TEI P5 edition of ")
    assert info["Bag-Software-Agent"].startswith("teikit ")
    assert len(info["Bagging-Date"]) == 10
    files = [p for p in (bag_dir / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == f"{sum(p.stat().st_size for p in files)}.{len(files)}"


def test_bag_info_names_publisher_and_contact_when_given(editions, tmp_path):
    from lxml import etree

    from teikit.deposit.bag import bag_info

    tree = etree.parse(str(editions["bundled"]))
    ns = "{http://www.tei-c.org/ns/1.0}"
    statement = tree.find(f".//{ns}publicationStmt")
    authority = statement.find(f"{ns}authority")
    authority.tag = f"{ns}publisher"
    authority.text = None
    etree.SubElement(authority, f"{ns}orgName").text = "某某大学图书馆"
    etree.SubElement(authority, f"{ns}persName").text = "李明"
    info = bag_info(tree, "x", today="2026-01-02")
    assert info["Source-Organization"] == "某某大学图书馆"
    assert info["Contact-Name"] == "李明"
    assert info["Bagging-Date"] == "2026-01-02"


# ---- command line ---------------------------------------------------------------------------

def _invoke(*args):
    return runner.invoke(app, ["deposit", *map(str, args)])


def test_invalid_edition_is_refused_and_nothing_written(editions, tmp_path):
    bad = tmp_path / "bad.xml"
    text = editions["bundled"].read_text(encoding="utf-8")
    bad.write_text(text.replace('<note place="foot"', '<note place="margin"', 1), encoding="utf-8")
    out = tmp_path / "out"
    result = _invoke(editions["monograph"], bad, "-o", out)
    assert result.exit_code == 1
    assert "bad.xml" in result.output and "invalid" in result.output
    assert not out.exists() or list(out.iterdir()) == []  # not even the valid one


def test_refuses_to_overwrite_and_force_replaces(editions, tmp_path):
    out = tmp_path / "out"
    assert _invoke(editions["monograph"], "-o", out).exit_code == 0
    bag_dir = out / "monograph"
    (bag_dir / "bag-info.txt").write_text("stale", encoding="utf-8")
    result = _invoke(editions["monograph"], "-o", out)
    assert result.exit_code == 2 and "--force" in result.output
    assert (bag_dir / "bag-info.txt").read_text(encoding="utf-8") == "stale"
    assert _invoke(editions["monograph"], "-o", out, "--force").exit_code == 0
    assert bagit.Bag(str(bag_dir)).validate(fast=False)
    assert sorted(p.name for p in out.iterdir()) == ["monograph"]  # no temporary folder left


def test_interrupted_deposit_leaves_no_bag(editions, tmp_path, monkeypatch):
    from teikit.deposit import mets

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(mets, "build", interrupted)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        from teikit.deposit import deposit

        deposit([editions["monograph"]], out)
    assert list(out.iterdir()) == []


def test_zip_has_the_bag_folder_at_its_root(editions, tmp_path):
    out = tmp_path / "out"
    assert _invoke(editions["report"], "-o", out, "--zip").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["report.zip"]
    with zipfile.ZipFile(out / "report.zip") as zf:
        names = zf.namelist()
        assert {n.split("/")[0] for n in names} == {"report"}
        assert "report/bagit.txt" in names and "report/mets.xml" in names
        zf.extractall(tmp_path / "x")
    assert bagit.Bag(str(tmp_path / "x" / "report")).validate(fast=False)


def test_usage_errors(editions, tmp_path):
    assert _invoke(editions["report"]).exit_code == 2  # no -o
    assert _invoke(tmp_path / "missing.xml", "-o", tmp_path).exit_code == 2
    assert _invoke(editions["report"], "--verify", tmp_path).exit_code == 2
    assert _invoke("--verify", tmp_path / "nothing").exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_a_doi_is_the_edition_identifier(editions):
    from lxml import etree

    from teikit.deposit.bag import edition_identifier

    tree = etree.parse(str(editions["bundled"]))
    assert edition_identifier(tree) == "000_8288889db83d07b8"
    statement = tree.find(".//{http://www.tei-c.org/ns/1.0}publicationStmt")
    doi = etree.SubElement(statement, "{http://www.tei-c.org/ns/1.0}idno", type="DOI")
    doi.text = "10.5281/zenodo.1234"
    assert edition_identifier(tree) == "10.5281/zenodo.1234"


def test_readme_layout_names_every_part_of_a_bag(bags):
    """The README's bag layout stays true: every tag file and payload folder of a real bag."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Depositing in a repository"):]
    section = section[:section.index("\n## ", 5)]
    bag_dir = bags["bundled"]
    stem = bag_dir.name
    for path in sorted(p for p in bag_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(bag_dir).as_posix().replace(stem, "NAME")
        parts = relative.split("/")
        folder = parts[0] == "data" and parts[1] in ("schema", "build")
        shown = "/".join(parts[:2]) + "/" if folder else relative
        assert shown in section, relative
    for name in sorted(p.name for p in (bag_dir / "data" / "schema").iterdir()):
        assert name in section, name

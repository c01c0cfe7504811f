"""api.build does each costly step once: one parse of the edition, one CSL-JSON transform."""
from __future__ import annotations

from pathlib import Path

from teikit import api, transform, xmlsafe
from teikit.validate import check_file, validate_file

BUNDLED = Path(__file__).resolve().parents[1] / "tei" / "000_8288889db83d07b8.xml"


def test_build_parses_the_edition_once_and_transforms_its_csl_json_once(tmp_path, monkeypatch):
    parsed, csl_runs = [], []
    real_parse, real_run = xmlsafe.parse, transform.Transformer.run

    def parse(source, **kwargs):
        if not isinstance(source, bytes) and Path(source).resolve() == BUNDLED:
            parsed.append(source)
        return real_parse(source, **kwargs)

    def run(self, stylesheet, node, params=None, output_dir=None):
        if Path(stylesheet).name == "csl-json.xsl":
            csl_runs.append(stylesheet)
        return real_run(self, stylesheet, node, params, output_dir)

    monkeypatch.setattr(xmlsafe, "parse", parse)
    monkeypatch.setattr(transform.Transformer, "run", run)
    transform.Transformer.get()._csl_json = None  # another test's edition may be cached
    log = api.build(BUNDLED, tmp_path / "dist")
    assert len(log) == len(transform.FORMATS)
    assert len(parsed) == 1
    assert len(csl_runs) == 1
    built = (tmp_path / "dist" / f"{BUNDLED.stem}.csl.json").read_text(encoding="utf-8")
    assert built == api.transform(BUNDLED, "csl-json")


def test_check_file_gives_validate_files_report_and_the_tree_it_checked(tmp_path):
    report, tree = check_file(BUNDLED)
    assert report.valid and report.diagnostics == validate_file(BUNDLED).diagnostics
    assert tree.getroot().tag == "{http://www.tei-c.org/ns/1.0}TEI"
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI>\n<p></TEI>\n", encoding="utf-8")
    report, tree = check_file(broken)
    assert tree is None and not report.valid and report.diagnostics[0].line == 2

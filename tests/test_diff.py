"""`teikit diff`: text changes with their context, markup-only changes, the appended change."""
from __future__ import annotations

import datetime

from lxml import etree

from teikit import diff
from teikit.tei import XML_LANG, tei
from validate.conftest import FIXTURES, cli  # noqa: F401  (cli is a fixture)

EDITION = FIXTURES / "edition.xml"


def _variant(tmp_path, old: str, new: str):
    text = EDITION.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "new.xml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_identical_editions_have_no_changes():
    assert diff.diff_files(EDITION, EDITION) == []


def test_text_change_names_chapter_page_and_paragraph(tmp_path):
    new = _variant(tmp_path, "在<persName ref=\"#person1\">李明</persName>的推动下<pb n=\"3\"/>，成立了",
                   "在<persName ref=\"#person1\">李明</persName>的推动下<pb n=\"3\"/>，建立了")
    changes = diff.diff_files(EDITION, new)
    assert [c.kind for c in changes] == ["text"]
    assert changes[0].deleted == ["成"] and changes[0].inserted == ["建"]
    out = diff.format_diff(changes)
    assert out.splitlines()[0] == ('text: p at line 137, in "城市社区治理的新探索", page 2: '
                                   'deleted "成"; inserted "建"')


def test_markup_only_change_is_reported_as_such(tmp_path):
    new = _variant(tmp_path, "需要完善", "需要<hi rend=\"bold\">完善</hi>")
    changes = diff.diff_files(EDITION, new)
    assert [(c.kind, c.new.line) for c in changes] == [("markup", 144)]
    assert diff.summary(changes) == "0 text change(s), 1 markup-only change(s)"


def test_note_changes_are_separate_from_their_paragraph(tmp_path):
    new = _variant(tmp_path, "现为示例大学教授", "现任示例大学教授")
    changes = diff.diff_files(EDITION, new)
    assert [(c.kind, c.old.kind) for c in changes] == [("text", "note")]


def test_append_change_records_the_correction(tmp_path):
    new = _variant(tmp_path, "需要完善", "需要改进")
    changes = diff.diff_files(EDITION, new)
    diff.append_change(new, "fixed a typo", changes, when=datetime.date(2024, 6, 1))
    last = etree.parse(str(new)).getroot().find(f".//{tei('revisionDesc')}")[-1]
    assert last.get("when") == "2024-06-01"
    assert "".join(last.itertext()) == "fixed a typo (1 text change(s), 0 markup-only change(s))"
    count = last.find(tei("seg"))  # teikit's English words are tagged so (issue 14)
    assert count.get(XML_LANG) == "en" and count.text.startswith("(1 text change(s)")


def test_cli_diff(cli, tmp_path):
    new = _variant(tmp_path, "需要完善", "需要改进")
    result = cli("diff", EDITION, new)
    assert result.exit_code == 0
    assert 'deleted "完善"; inserted "改进"' in result.stdout

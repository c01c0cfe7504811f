"""`teikit diff --append-change`: only the revisionDesc changes — every other byte of the
hand-corrected file stays — and --who must name someone in the edition."""
from __future__ import annotations

import codecs
import difflib
import re

import pytest
from lxml import etree

from teikit.tei import tei
from tests.conftest import BUNDLED_EDITION

GOOD = BUNDLED_EDITION.read_text(encoding="utf-8")
PERSON = '<respStmt xml:id="archivist"><resp>校对</resp><name>某</name></respStmt>'


def _hand_corrected(text: str) -> str:
    """What an archivist's editor leaves: double quotes in the prolog, odd spacing, a comment,
    character references, a revisionDesc of their own."""
    text = text.replace("<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="UTF-8"?>', 1)
    text = text.replace("需要", "需&#x8981;", 1)
    text = text.replace("</titleStmt>", f"  {PERSON}\n    </titleStmt>", 1)
    return text.replace("<teiHeader>", "<teiHeader   >\n<!-- corrected by hand -->", 1)


def _changes(path):
    return etree.parse(str(path)).getroot().findall(f".//{tei('revisionDesc')}/{tei('change')}")


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
                                           ("utf-16-le", codecs.BOM_UTF16_LE),
                                           ("gb18030", b"")])
def test_only_the_revision_desc_changes(tmp_path, run, encoding, bom):
    text = _hand_corrected(GOOD)
    if encoding != "utf-8":
        declared = "UTF-16" if encoding.startswith("utf-16") else encoding.upper()
        text = text.replace('encoding="UTF-8"', f'encoding="{declared}"', 1)
    new = tmp_path / "new.xml"
    new.write_bytes(bom + text.encode(encoding))
    before_changes = len(_changes(new))
    result = run("diff", BUNDLED_EDITION, new, "--append-change", "改正错字", "--who", "#archivist")
    assert result.code == 0, result.output
    after = new.read_bytes()
    assert after.startswith(bom)
    old_text, new_text = text, after[len(bom):].decode(encoding)
    added = [line for line in difflib.ndiff(old_text.splitlines(), new_text.splitlines())
             if line.startswith(("+ ", "- ", "? "))]
    assert [line[:2] for line in added] == ["+ "], added
    assert re.fullmatch(r'\+ \s*<change when="\d{4}-\d\d-\d\d" who="#archivist">改正错字 '
                        r'<seg xml:lang="en">\(\d+ text change\(s\), \d+ markup-only '
                        r'change\(s\)\)</seg></change>', added[0])
    changes = _changes(new)
    assert len(changes) == before_changes + 1 and changes[-1].get("who") == "#archivist"


def test_a_revision_desc_is_created_when_missing(tmp_path, run):
    text = re.sub(r"\s*<revisionDesc>.*?</revisionDesc>", "", GOOD, flags=re.S)
    new = tmp_path / "new.xml"
    new.write_text(text, encoding="utf-8")
    assert run("diff", BUNDLED_EDITION, new, "--append-change", "x").code == 0
    after = new.read_text(encoding="utf-8")
    head, tail = after.split("<revisionDesc>", 1)
    assert text.startswith(head.rstrip()) and text.endswith(tail.split("</revisionDesc>", 1)[1])
    assert len(_changes(new)) == 1


@pytest.mark.parametrize("who", ["#nobody", "nobody", "#archivist #nobody"])
def test_who_must_name_an_xml_id_of_the_edition(tmp_path, run, who):
    new = tmp_path / "new.xml"
    new.write_text(_hand_corrected(GOOD), encoding="utf-8")
    before = new.read_bytes()
    result = run("diff", BUNDLED_EDITION, new, "--append-change", "x", "--who", who)
    assert result.code == 2 and "#nobody" in result.output and str(new) in result.output
    assert new.read_bytes() == before


def test_the_edited_file_keeps_its_mode(tmp_path, run):
    import os

    new = tmp_path / "new.xml"
    new.write_text(GOOD, encoding="utf-8")
    os.chmod(new, 0o640)
    assert run("diff", BUNDLED_EDITION, new, "--append-change", "x").code == 0
    assert os.stat(new).st_mode & 0o777 == 0o640

"""The bundled edition's hand corrections: what an archivist changed in ``tei/`` after
converting, recorded so that the edition can be regenerated and checked.

``tei/000_8288889db83d07b8.xml`` is the converter's output plus these edits, made as an
archivist makes them (the file's text edited, then ``teikit diff OLD NEW --append-change …
--who …`` records the correction in revisionDesc). The tests check that the committed edition
is exactly that (tests/test_golden.py). Regenerate it, after a change to the converter, with

    python -m tests.corrections.bundled
"""
from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from teikit import diff
from teikit.output import write_file
from teikit.api import edition_settings
from teikit.pipeline import convert_file

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tei" / "000_8288889db83d07b8.txt"
EDITION = ROOT / "tei" / "000_8288889db83d07b8.xml"

#: Who made the corrections: the respStmt their @resp and @who point at.
EDITORS = "teikit-editors"
#: (the converter's text, the corrected text): each stretch occurs once in the conversion.
EDITS = [
    ("      </titleStmt>",
     f'        <respStmt xml:id="{EDITORS}">\n'
     '          <resp xml:lang="en">editorial notes</resp>\n'
     '          <orgName xml:lang="en">the teikit developers</orgName>\n'
     '        </respStmt>\n'
     "      </titleStmt>"),
    # The preface is dated before events it cites: kept as printed, with a note saying so.
    ('<date when="2012-09">2012年9月</date>\n',
     '<date when="2012-09">2012年9月</date>\n'
     f'            <note type="editorial" resp="#{EDITORS}">此落款早于'
     '序言所引党的十八大（<date when="2012-11">'
     '2012年11月</date>）与<date when="2013-06-28">2013年6月28日</date>全国组织工作会议；'
     '落款照原书录入。</note>\n'),
]
CHANGE = "为序言落款加编者注：落款日期（2012年9月）早于文中所引事件，照原书录入"
WHEN = datetime.date(2026, 12, 2)


def edited(converted: str) -> str:
    """The conversion's text with ``EDITS`` made; an edit whose stretch is not there exactly
    once is an error (the converter changed: update the edit)."""
    for old, new in EDITS:
        if converted.count(old) != 1:
            raise ValueError(f"the conversion holds {converted.count(old)} copies of {old!r}")
        converted = converted.replace(old, new)
    return converted


def correct(converted: Path, corrected: Path) -> None:
    """Write the corrected edition of ``converted`` to ``corrected``, the correction recorded
    in its revisionDesc by `teikit diff`'s own code."""
    write_file(corrected, edited(converted.read_text(encoding="utf-8")).encode("utf-8"),
               force=True)
    changes = diff.diff_files(converted, corrected)
    diff.append_change(corrected, CHANGE, changes, who=f"#{EDITORS}", when=WHEN)


def main() -> None:
    conversion = convert_file(SOURCE, edition_settings(SOURCE))  # as `teikit convert` does
    with tempfile.TemporaryDirectory() as temp:
        converted = Path(temp) / EDITION.name
        converted.write_bytes(conversion.to_bytes())
        corrected = Path(temp) / "corrected.xml"
        correct(converted, corrected)
        write_file(EDITION, corrected.read_bytes(), force=True)
    print(f"wrote {EDITION.relative_to(ROOT)}: the conversion of {SOURCE.name} and "
          f"{len(EDITS)} recorded edits")


if __name__ == "__main__":
    main()

"""Report of an edition that may have been corrected: SRC re-converted, the edition compared.

The structure shown is always the model of a fresh conversion of SRC (a hand-corrected
edition has no source lines to place its nodes on); what the edition changed since is listed
in the summary, as `teikit diff` prints it, so a proofreader sees both.
"""
from __future__ import annotations

from pathlib import Path

from lxml.builder import E

from teikit import diff, pipeline, reader, xmlsafe


def corrections(conversion: pipeline.Conversion, edition: Path) -> list[diff.Change]:
    """Changes from the fresh conversion to the edition, in the text (not the header)."""
    tree = xmlsafe.parse(Path(edition))
    fresh = xmlsafe.parse(conversion.to_bytes())
    return [c for c in diff.diff_trees(fresh, tree)
            if (c.new or c.old).chapter != "teiHeader"]


def corrections_section(changes: list[diff.Change], edition: Path) -> list:
    """The summary's account of the edition against the fresh conversion."""
    lines = diff.format_diff(changes).splitlines()
    head = E.h3(f"The edition {Path(edition).name} against a fresh conversion")
    verdict = E.p(lines[-1] if changes else
                  "The edition's text and markup equal a fresh conversion of the source.",
                  **{"data-figure": "corrections", "data-count": str(len(changes))})
    items = [E.li(line) for line in lines[:-1]]
    return [head, verdict] + ([E.ul(*items, **{"class": "corrections"})] if items else [])


def report_edition(edition: Path, source: Path, output: Path | None = None) -> bytes:
    """`teikit report EDITION SRC`: the report of SRC's conversion, with the edition's changes
    (a PDF source: with the page images the edition links, relative to ``output``)."""
    from teikit.pdf import is_pdf
    from teikit.report import report_html

    if is_pdf(source):
        from teikit.pdf.report import report_pdf_edition

        return report_pdf_edition(edition, source, Path(output or "report.html"))

    text = reader.read_path(source)
    conversion = pipeline.convert_text(text, Path(source).name)
    section = corrections_section(corrections(conversion, edition), edition)
    return report_html(conversion, text, section)

"""Report step 3, the summary: the conversion's counts, each read off the model or the reporter."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from teikit.report.sheet import Sheet

METHODS = {"folio": "read from the page's folio", "counted": "counted on from the previous folio",
           "contents": "a chapter's start page, from the contents",
           "inferred": "counted on from the chapter's start page in the contents",
           "": "no number"}


@dataclass
class Summary:
    pages: int
    joined_paragraphs: int
    notes_matched: int
    notes_unmatched: int
    entries_linked: int
    entries: int
    warnings: Counter  # rule code → count
    methods: Counter  # pb numbering method → count of page breaks

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, label, value) in display order; the key names the figure for tests."""
        methods = ", ".join(f"{METHODS.get(m, m)}: {n}" for m, n in sorted(self.methods.items())) \
            or "no page breaks"
        return [
            ("pages", "Pages", str(self.pages)),
            ("joined", "Paragraphs joined across pages", str(self.joined_paragraphs)),
            ("notes-matched", "Notes matched to their anchor", str(self.notes_matched)),
            ("notes-unmatched", "Notes without an anchor", str(self.notes_unmatched)),
            ("contents-linked", "Contents entries linked to a chapter",
             f"{self.entries_linked} of {self.entries}"),
            ("warnings", "Warnings", str(sum(self.warnings.values()))),
            ("page-numbers", "Page numbers (pb/@n)", methods),
        ]


def summarise(sheet: Sheet) -> Summary:
    book = sheet.book
    entries = book.contents.entries if book.contents else []
    warnings = Counter(m.rule or "other" for m in sheet.messages if m.level == "warning")
    methods = Counter(method(b.pb) for b in sheet.marks.breaks)
    return Summary(pages=len(sheet.pages),
                   joined_paragraphs=book.editorial.joined_paragraphs,
                   notes_matched=len(sheet.marks.anchors),
                   notes_unmatched=len(sheet.marks.unanchored),
                   entries_linked=sum(1 for e in entries if e.target),
                   entries=len(entries), warnings=warnings, methods=methods)


def method(pb) -> str:
    """Where a pb's number came from; the passes number an unmarked source's breaks on from
    the chapter's start page without saying so (``numbered_by`` stays empty)."""
    return pb.numbered_by or ("inferred" if pb.n else "")

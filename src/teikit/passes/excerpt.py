"""Pass: what an excerpt leaves out — the extent of the gap where the source text stops.

The contents list every division of the printed book; those after the last one present in
the edition are left out. Their count and printed pages are the gap's ``@extent``."""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Book


def apply(book: Book, reporter: Reporter) -> None:
    if book.truncated is None or book.contents is None:
        return
    entries = book.contents.entries
    present = [i for i, entry in enumerate(entries) if entry.target]
    missing = entries[present[-1] + 1:] if present else entries
    if not missing:
        return
    first_page = next((e.page for e in missing if e.page), None)
    extent = f"{len(missing)} of the {len(entries)} divisions listed in the contents"
    if first_page:
        extent += f", from printed page {first_page}"
    book.truncated.extent = extent

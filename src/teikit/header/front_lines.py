"""Title-page lines the header needs: funding and prize lines, titles when there is no CIP."""
from __future__ import annotations

from teikit.header.record_text import Value
from teikit.model import Book, TitlePage


def title_page_lines(book: Book, role: str) -> list[Value]:
    """Lines of ``role`` on the title pages, each text once (cover and title page repeat them)."""
    seen: set[str] = set()
    found: list[Value] = []
    for page in book.front_items(TitlePage):
        for line in page.lines:
            text = line.text.strip()
            if line.role == role and text and text not in seen:
                seen.add(text)
                found.append(Value(text, line.line))
    return found


def uses_traditional(book: Book) -> bool:
    """True if any title-page line is in traditional characters (tagged zh-Hant)."""
    return any(line.lang == "zh-Hant" for page in book.front_items(TitlePage) for line in page.lines)

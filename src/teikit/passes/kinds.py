"""Pass: the kinds the ODD distinguishes — note types and preface versus foreword.

A note anchored in a preface's signature is about its signer (type "author"); an unmarked
note on a division as a whole is "general". A preface signed by someone the title page and
the CIP record do not name as an author or editor is a foreword by another hand.
"""
from __future__ import annotations

import re

from teikit.errors import Reporter
from teikit.model import Book, CipBlock, Closer, Note, Preface, TitlePage, plain_text

_MARKS = re.compile(r"[\s*^①-⑳\[\]0-9]+")


def apply(book: Book, reporter: Reporter) -> None:
    for chapter in book.chapters:
        for note in chapter.notes:
            note.type = note.type or "general"
    credited = _credited_text(book)
    for preface in book.front_items(Preface):
        closers = [b for b in preface.blocks if isinstance(b, Closer)]
        for closer in closers:
            for piece in closer.signed:
                if isinstance(piece, Note):
                    piece.type = piece.type or "author"
        signer = _MARKS.sub("", plain_text(closers[-1].signed)) if closers else ""
        if signer and credited and signer not in credited:
            preface.type = "foreword"


def _credited_text(book: Book) -> str:
    """The printed statements of who wrote or edited the book: bylines and the CIP record."""
    lines = [line.text for page in book.front_items(TitlePage) for line in page.lines
             if line.role == "byline"]
    lines += [line.text for cip in book.front_items(CipBlock) for line in cip.lines]
    return "\n".join(lines)

"""Pass: the paragraphs a preface prints after its signature become a postscript.

TEI lets only the closing parts of a division (``closer``, ``postscript``, ``trailer``…) follow
a ``closer``: a 附记 after the signed dateline, or text that detection found after it, is
kept where it stands, inside ``postscript`` (Guidelines 4.2.2, openers and closers)."""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Book, Closer, PageBreak, Postscript, Preface


def fold(blocks: list) -> list:
    """``blocks`` with each run of paragraphs (and the page breaks among them) after a
    closer wrapped in one Postscript; breaks after a run's last paragraph stay outside it."""
    out: list = []
    run: list = []
    closed = False
    for block in blocks:
        if isinstance(block, Closer):
            _flush(out, run)
            run, closed = [], True
            out.append(block)
        elif closed and (run or not isinstance(block, PageBreak)):
            run.append(block)
        else:
            out.append(block)
    _flush(out, run)
    return out


def _flush(out: list, run: list) -> None:
    breaks = []
    while run and isinstance(run[-1], PageBreak):
        breaks.insert(0, run.pop())
    if run:
        out.append(Postscript(blocks=run, line=getattr(run[0], "line", 0)))
    out.extend(breaks)


def apply(book: Book, reporter: Reporter) -> None:
    for preface in book.front_items(Preface):
        preface.blocks = fold(preface.blocks)

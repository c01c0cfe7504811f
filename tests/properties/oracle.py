"""The oracle: a small structured model of a book of the genre, independent of teikit.model.

Hypothesis draws these (``strategies``), the renderer lays them out as raw text (``render``),
and the properties compare what teikit detects with them.  The printed form of every field
is defined here, once, so that the renderer and the properties agree on it.

Layout decisions (where pages end) live on the blocks themselves (``Para.breaks``,
``Para.page_end``) so that shrinking a failing book also shrinks its layout.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

SENTENCE_END = "。！？!?…"
# A block ending in a pause looks finished too (a list item's paragraph ends in `；` or `：`),
# so no page may end right after one; but a text stopping there is an excerpt.
PAUSE = "；;：:"
CLOSING = "”’）》"


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends like a finished block: sentence-final punctuation or a pause
    (maybe inside closing quotes).  A page never ends inside a paragraph right after one."""
    stripped = text.rstrip(CLOSING)
    return bool(stripped) and stripped[-1] in SENTENCE_END + PAUSE


# --- citations ---------------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    """A cited work.  ``style`` is "note" (Chinese note style) or "gbt7714".

    ``kind``: book, article-newspaper, article-journal, thesis, paper-conference.
    """

    style: str
    kind: str
    title: str
    authors: tuple[str, ...] = ()
    container: str = ""  # newspaper, journal or proceedings title
    editor: str = ""  # editor of the proceedings ([C])
    place: str = ""
    publisher: str = ""  # publisher, or university for a thesis
    year: int = 2012
    month: int = 0
    day: int = 0
    volume: int = 0
    issue: int = 0
    pages: tuple[int, ...] = ()  # () or (page,) or (from, to)

    def printed(self) -> str:
        return _note_style(self) if self.style == "note" else _gbt7714(self)


def _note_pages(pages: tuple[int, ...]) -> str:
    if not pages:
        return ""
    if len(pages) == 1:
        return f"，第{pages[0]}页"
    return f"，第{pages[0]}—{pages[1]}页"


def _note_style(c: Citation) -> str:
    who = f"{'、'.join(c.authors)}：" if c.authors else ""
    if c.kind == "book":
        return f"{who}《{c.title}》，{c.publisher}{c.year}年版{_note_pages(c.pages)}。"
    if c.kind == "article-newspaper":
        return f"{who}《{c.title}》，《{c.container}》{c.year}年{c.month}月{c.day}日。"
    # article-journal
    return f"{who}《{c.title}》，《{c.container}》{c.year}年第{c.issue}期。"


def _gbt_pages(pages: tuple[int, ...]) -> str:
    return "-".join(str(p) for p in pages)


def _gbt7714(c: Citation) -> str:
    who = ", ".join(c.authors)
    if c.kind == "book":
        tail = f": {_gbt_pages(c.pages)}" if c.pages else ""
        return f"{who}. {c.title}[M]. {c.place}: {c.publisher}, {c.year}{tail}."
    if c.kind == "article-journal":
        return (f"{who}. {c.title}[J]. {c.container}, {c.year}, {c.volume}({c.issue}): "
                f"{_gbt_pages(c.pages)}.")
    if c.kind == "article-newspaper":
        return (f"{who}. {c.title}[N]. {c.container}, {c.year}-{c.month:02d}-{c.day:02d}"
                f"({c.pages[0] if c.pages else 1}).")
    if c.kind == "thesis":
        return f"{who}. {c.title}[D]. {c.place}: {c.publisher}, {c.year}."
    # paper-conference
    return (f"{who}. {c.title}[C]//{c.editor}. {c.container}. {c.place}: {c.publisher}, "
            f"{c.year}: {_gbt_pages(c.pages)}.")


# --- notes and text blocks ---------------------------------------------------------


@dataclass(frozen=True)
class NoteSpec:
    """A footnote's content: commentary text or one citation.  ``mark`` "*" is a fixed mark;
    None means the book's per-page numbering (①② or [1][2])."""

    body: Union[str, Citation]
    mark: str | None = None

    def printed(self) -> str:
        return self.body if isinstance(self.body, str) else self.body.printed()


@dataclass(frozen=True)
class Para:
    """A logical paragraph.

    ``notes``: (offset, note) pairs, the anchor printed after ``text[:offset]``.
    ``breaks``: offsets where a page ends inside the paragraph (layout).
    ``page_end``: a page ends right after this paragraph (layout).
    """

    text: str
    notes: tuple[tuple[int, NoteSpec], ...] = ()
    breaks: tuple[int, ...] = ()
    page_end: bool = False


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = top division inside the chapter
    label: str  # numbering as printed: "一、", "（一）", "第一章 ", "1. ", "（1）"
    title: str

    @property
    def printed(self) -> str:
        return self.label + self.title


Block = Union[Heading, Para]


# --- front matter ------------------------------------------------------------------


@dataclass(frozen=True)
class TitlePages:
    funding: str | None
    prize: str | None
    series: str | None  # as printed, e.g. "广州党建研究报告(4)"
    title: str
    subtitle: str | None
    editors: tuple[str, ...]  # persons named in the byline
    role: str  # "主编", "著", "编著"
    group_trad: str  # publishing group in traditional characters
    publisher_trad: str
    publisher: str  # simplified

    @property
    def byline(self) -> str:
        return f"{' '.join(self.editors)} ◎{self.role}"


@dataclass(frozen=True)
class Responsibility:
    names: tuple[str, ...]
    role: str  # 主编, 著, 编著, 译

    @property
    def printed(self) -> str:
        return ", ".join(self.names) + self.role


@dataclass(frozen=True)
class Cip:
    """A CIP record (GB/T 12451) with well-formed values."""

    title: str
    part_number: str | None
    part_title: str | None
    other_title: str | None
    responsibilities: tuple[Responsibility, ...]
    place: str
    publisher: str
    year: int
    month: int
    series: str | None
    isbn: str  # hyphenated, valid checksum
    subjects: tuple[tuple[str, ...], ...]  # each heading with its — subdivisions
    clc: tuple[str, ...]
    approval_year: int
    approval_number: str

    HEADING = "图书在版编目 (CIP) 数据"

    def description(self) -> str:
        text = self.title
        if self.part_number:
            text += f". {self.part_number}"
            if self.part_title:
                text += f", {self.part_title}"
        if self.other_title:
            text += f": {self.other_title}"
        text += " / " + "; ".join(r.printed for r in self.responsibilities)
        text += f". —{self.place}: {self.publisher}, {self.year}. {self.month}"
        if self.series:
            text += f" ({self.series})"
        return text

    def access_points(self) -> str:
        names = [n for r in self.responsibilities for n in r.names]
        circled = lambda i: chr(0x2460 + i)  # noqa: E731
        parts = [f"I. {circled(0)}{self.title[0]}…"]
        parts.append("II. " + " ".join(f"{circled(i)}{n[0]}…" for i, n in enumerate(names)))
        parts.append("III. " + " ".join(f"{circled(i)}{'—'.join(s)}"
                                          for i, s in enumerate(self.subjects)))
        parts.append("IV. " + " ".join(f"{circled(i)}{c}" for i, c in enumerate(self.clc)))
        return " ".join(parts)

    def approval(self) -> str:
        return f"中国版本图书馆CIP数据核字 ({self.approval_year}) 第{self.approval_number}号"


@dataclass(frozen=True)
class Colophon:
    rows: tuple[tuple[str, str], ...]  # (key, value); value may be ""
    notices: tuple[str, ...]  # quality notice, design credit, copyright


@dataclass(frozen=True)
class Preface:
    heading: str  # "序 言", "前 言", …
    paras: tuple[Para, ...]
    signer: str
    signer_note: NoteSpec | None  # the "*" note on the signer
    year: int
    month: int

    @property
    def dateline(self) -> str:
        return f"{self.year}年{self.month}月"


@dataclass(frozen=True)
class TocEntry:
    """``layout``: two-line (title⇥ / .....⇥authors (p)), two-line-3 (title⇥ / ... authors (p)⇥),
    one-line (title⇥authors (p)), blocks (title / ..... authors (p) in separate blocks),
    blocks-tight (title / .....authors（p） in separate blocks), afterword (后记.....（p）)."""

    title: str
    authors: tuple[str, ...]
    page: int
    layout: str


@dataclass(frozen=True)
class Contents:
    heading: str
    entries: tuple[TocEntry, ...]


@dataclass(frozen=True)
class Chapter:
    title: str
    authors: tuple[str, ...]  # one block each
    note: NoteSpec | None  # the unmarked note on the chapter's first page
    abstract: tuple[Para, ...]  # the first is printed after the label
    body: tuple[Block, ...]
    abstract_label: str = "【内容提要】"


@dataclass(frozen=True)
class Book:
    titles: TitlePages
    cip: Cip
    colophon: Colophon
    preface: Preface | None
    contents: Contents
    chapters: tuple[Chapter, ...]  # those present in the text (a prefix of the contents)
    note_style: str = "circled-caret"  # circled-caret, circled, bracket, paren
    excerpt_cut: int | None = None  # the last paragraph stops after this many characters
    first_page: int = 1  # printed page number of the first chapter


def isbn13_check_digit(first12: str) -> int:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def isbn13_valid(isbn: str) -> bool:
    digits = isbn.replace("-", "")
    return (len(digits) == 13 and digits.isdigit()
            and isbn13_check_digit(digits[:12]) == int(digits[12]))


# --- monographs: contents of several levels (issue 10 point 5) --------------------------

#: The printed label of a listed division by its depth: 章, 节, then 一、 (cn is a numeral).
LEVEL_LABELS = ("第{cn}章\u3000", "第{cn}节\u3000", "{cn}、")
#: div/@type the edition gives each depth.
LEVEL_TYPES = ("chapter", "section", "subsection")


@dataclass(frozen=True)
class ListedDivision:
    """A division the contents list at ``depth`` (0 a 章, 1 a 节 under it, 2 an 一、 under
    that): its own paragraphs, then its sub-divisions. ``new_page``: it begins at the top of a
    page (a 章 always does); otherwise right after the text before it, mid-page."""

    depth: int
    label: str
    title: str
    paras: tuple[Para, ...] = ()
    children: tuple["ListedDivision", ...] = ()
    new_page: bool = False

    @property
    def printed(self) -> str:
        return self.label + self.title


@dataclass(frozen=True)
class Monograph:
    """A book by one author whose contents list 章, 节 and deeper under one another, indented
    by ``indent`` per level (or not at all); ``afterword`` adds 后记 at the top level."""

    titles: TitlePages
    cip: Cip
    colophon: Colophon
    preface: Preface | None
    chapters: tuple[ListedDivision, ...]
    indent: str = ""
    afterword: bool = False
    first_page: int = 1
    note_style: str = "circled-caret"

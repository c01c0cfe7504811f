"""The document model: the contract between detection, passes and the TEI serialiser.

Every node carries the 1-based source line it came from (``line``), so that every
message a user sees can name the file and line it is about.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


# --- inline content --------------------------------------------------------------


@dataclass
class Furniture:
    """A line of page furniture (TEI ``fw``): the folio or a running head, as printed."""

    type: str  # "pageNum" or "header"
    text: str
    place: str  # "top" or "bottom" of its page
    line: int = 0


@dataclass
class PageBreak:
    """A page ends here and the next begins (TEI ``pb``); ``n`` is the printed number.

    ``numbered_by`` says where ``n`` came from: "folio" (printed on the page), "label" (the
    PDF's page label), "contents" (a contents entry's start page), "counted" (counted on from
    the page before) or "" (no number). ``bottom`` is the furniture
    at the foot of the page that ends here, ``top`` that at the head of the page that begins.
    """

    n: str | None = None
    line: int = 0  # source line where the new page's text starts
    numbered_by: str = ""
    top: list[Furniture] = field(default_factory=list)
    bottom: list[Furniture] = field(default_factory=list)
    facs: str | None = None  # "#surface-id" of the page's image (teikit.pdf facsimiles)
    inside_word: bool = False  # the break falls between two characters of one word (pb/@break)
    pdf_page: int | None = None  # 0-based index of the PDF page that begins (teikit.pdf)


@dataclass
class Field:
    """One tagged field of a citation, its text exactly as printed.

    ``name`` is one of: author, editor, title, publisher, pubPlace, date, biblScope,
    idno, edition, note.  ``attrs`` holds TEI attributes (level, when, unit, from, to, type).
    """

    name: str
    text: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class Bibl:
    """A citation tagged in place: the printed text cut into plain strings and fields.

    ``"".join(part if str else part.text)`` is always the text exactly as printed.
    ``kind`` is a citation genre: book, chapter, article-journal, article-newspaper,
    thesis, paper-conference, report, webpage, manuscript, standard, patent, document;
    "ibid" for a repeated citation (同上, 前引书) until ``repeats`` names the citation it
    repeats (TEI ``@corresp``) and ``kind`` becomes that citation's.
    """

    kind: str
    parts: list[Union[str, Field]] = field(default_factory=list)
    xml_id: str = ""
    line: int = 0
    repeats: "Bibl | None" = field(default=None, repr=False, compare=False)

    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.parts)

    def fields(self, name: str) -> list[Field]:
        return [p for p in self.parts if isinstance(p, Field) and p.name == name]


@dataclass
class Note:
    """A footnote, moved to its anchor.

    ``n`` is the marker as printed without the caret ("①", "*", "[1]"); ``caret`` says the
    extraction printed it with a leading ``^`` (a superscript marker) at anchor and note.
    ``anchored=False`` is a note on the whole division (it had no mark in the text).
    ``type`` (the ODD's note types): "author" for a note on the signer of a preface,
    "general" for a note on a division as a whole, "" for an ordinary footnote.
    """

    n: str | None
    content: list["Inline"] = field(default_factory=list)
    line: int = 0
    caret: bool = False
    anchored: bool = True
    xml_id: str = ""
    type: str = ""


@dataclass
class Gap:
    """The source text stops here: the edition is an excerpt (TEI's suggested reason
    "sampling"); ``extent`` says what is left out, when the contents tell it."""

    reason: str = "sampling"
    line: int = 0
    extent: str = ""


Inline = Union[str, PageBreak, Note, Bibl, Gap]


def merge_strings(content: list) -> list:
    """Inline content with adjacent strings joined and empty strings dropped."""
    out: list = []
    for piece in content:
        if isinstance(piece, str):
            if not piece:
                continue
            if out and isinstance(out[-1], str):
                out[-1] += piece
                continue
        out.append(piece)
    return out


def plain_text(content: list[Inline]) -> str:
    """The printed characters of inline content, without notes and page breaks."""
    out: list[str] = []
    for item in content:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, Bibl):
            out.append(item.text())
    return "".join(out)


# --- blocks ----------------------------------------------------------------------


@dataclass
class Paragraph:
    content: list[Inline]
    line: int = 0
    end_line: int = 0


@dataclass
class Heading:
    """A printed heading; ``label`` is its numbering as printed ("一、", "（一）", "第一章")."""

    content: list[Inline]
    label: str = ""
    line: int = 0
    scheme: str = ""  # the numbering scheme that detected it (see detect.headings)
    number: str | None = None  # the number the label stands for ("1" for "一、")


@dataclass
class Division:
    """A nested division (TEI ``div``): a section under a chapter, or deeper."""

    type: str  # "section", "subsection", "subsubsection"
    head: Heading
    blocks: list["Block"] = field(default_factory=list)
    n: str | None = None  # the number the label stands for, e.g. "1" for "一、"
    scheme: str = ""  # the numbering scheme that detected it (see detect.headings)
    xml_id: str = ""
    line: int = 0


Block = Union[Paragraph, Division, PageBreak, "Closer", "Postscript"]


# --- front matter ----------------------------------------------------------------


@dataclass
class TitleLine:
    """One line of a title page.

    ``role``: funding, prize, series, title, subtitle, byline, imprint, other.
    ``lang`` is "zh-Hant" for traditional-character lines, else None (the text's default).
    """

    role: str
    text: str
    line: int = 0
    lang: str | None = None


@dataclass
class TitlePage:
    type: str  # "cover" (the cover, or a half title) or "main" (the full title page)
    lines: list[TitleLine] = field(default_factory=list)
    line: int = 0
    start: "PageBreak | None" = None  # the break of the page it opens (marked pages)


@dataclass
class SourceLine:
    text: str
    line: int


@dataclass
class CipBlock:
    """The CIP record (GB/T 12451) as printed, line by line; parsed into the header later."""

    heading: SourceLine
    lines: list[SourceLine] = field(default_factory=list)
    start: "PageBreak | None" = None  # the break of the page it opens (marked pages)


@dataclass
class ColophonRow:
    key: str
    value: str
    line: int = 0


@dataclass
class Colophon:
    """The colophon table (key<TAB>value rows) and the loose lines after it."""

    rows: list[ColophonRow] = field(default_factory=list)
    notices: list[SourceLine] = field(default_factory=list)  # quality notice, design, copyright
    start: "PageBreak | None" = None  # the break of the page it opens (marked pages)


@dataclass
class Closer:
    """The signature block of a preface: signer (maybe with a note mark) and dateline."""

    signed: list[Inline] = field(default_factory=list)
    dateline: str | None = None
    when: str | None = None  # ISO date of the dateline, e.g. "2012-09"
    line: int = 0
    dateline_line: int = 0


@dataclass
class Postscript:
    """Paragraphs printed after a preface's signature (a 附记, or text the signature's page
    carries on): TEI ``postscript``, since nothing but the division's closing parts may follow
    a ``closer``."""

    blocks: list[Block] = field(default_factory=list)
    line: int = 0


@dataclass
class Preface:
    """A preface; ``type`` "foreword" when someone other than the book's authors or editors
    signs it (the ODD's div types), "preface" otherwise."""

    head: Heading
    blocks: list[Block] = field(default_factory=list)
    closer: Closer | None = None
    xml_id: str = "preface"
    line: int = 0
    type: str = "preface"
    start: "PageBreak | None" = None  # the break of the page it opens (marked pages)


@dataclass
class ContentsEntry:
    """One entry of the table of contents.

    ``title`` as printed; ``authors`` one string per organisation or person; ``page`` the
    printed page number (digits); ``leader`` the dots as printed ("" if none);
    ``page_open``/``page_close`` the brackets around the number as printed.
    ``separators`` holds the printed separators between authors (e.g. "、").
    ``two_lines`` is True when title and leader/author stood on separate lines or blocks.
    """

    title: str
    authors: list[str] = field(default_factory=list)
    page: str | None = None
    leader: str = ""
    page_open: str = "("
    page_close: str = ")"
    separators: list[str] = field(default_factory=list)
    two_lines: bool = False
    line: int = 0
    target: str | None = None  # xml:id of the chapter in this edition, if present
    page_to: str | None = None  # last printed page: the next entry's start page − 1
    number: int = 0  # position in the contents, from 1
    level: int = 0  # depth in the contents: 0 the outermost (detect.levels)
    scheme: str = ""  # the numbering scheme of the title ("chapter-cn", "section-cn", "")
    div_type: str = "chapter"  # div/@type of its division: part, chapter, section, …

    @property
    def bibl_id(self) -> str:
        """xml:id of the header's description of this entry (title, authors, page range)."""
        return f"src-toc{self.number}"


@dataclass
class Contents:
    head: Heading
    entries: list[ContentsEntry] = field(default_factory=list)
    line: int = 0
    start: "PageBreak | None" = None  # the break of the page it opens (marked pages)


FrontItem = Union[TitlePage, CipBlock, Colophon, Preface, Contents, Paragraph]


# --- body ------------------------------------------------------------------------


@dataclass
class Chapter:
    """A chapter: title, byline (one entry per organisation/person), abstract, body."""

    head: Heading | None
    authors: list[SourceLine] = field(default_factory=list)
    abstract_label: str = ""  # e.g. "【内容提要】" as printed
    abstract: list[Block] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # notes on the chapter as a whole
    xml_id: str = ""
    n: str | None = None
    page_from: str | None = None  # printed start page (from the contents)
    page_to: str | None = None  # printed end page (next chapter's start - 1)
    line: int = 0
    entry: ContentsEntry | None = None  # its entry in the contents, if listed there
    start: PageBreak | None = None  # the break of the page the division opens, if it opens one
    level: int = 0  # its entry's level in the contents: a 节 (1) nests in the 章 (0) before it
    type: str = "chapter"  # div/@type: part, chapter, section, … (from its contents entry)


@dataclass
class Editorial:
    """What the conversion did to the source, stated in the header's editorialDecl."""

    joined_paragraphs: int = 0  # paragraphs rejoined across a page break
    moved_notes: int = 0  # footnotes moved from the page foot to their anchor
    division_notes: int = 0  # unmarked notes attached to their whole division
    page_breaks: int = 0  # pb elements recorded (only where the text gives evidence)
    numbered_page_breaks: int = 0  # of those, how many got an inferred n
    unmatched_notes: int = 0  # notes whose anchor was not found (kept where they stood)
    unmatched_anchors: int = 0  # anchors without a note (kept as text)
    printed_page_numbers: int = 0  # pb/@n read from the page's own folio
    counted_page_numbers: int = 0  # pb/@n counted on from the previous printed number
    marked_pages: int = 0  # page ends marked in the source (form feeds, folio lines)
    furniture: int = 0  # folios and running heads taken out of the running text
    pdf_pages: int = 0  # pages of the PDF read (teikit.pdf), 0 for a raw text
    labelled_page_numbers: int = 0  # pb/@n from the PDF's page labels
    words_split_by_pages: int = 0  # pb inside a word (pb/@break="no")


@dataclass
class Book:
    """A whole book as detected in one raw text."""

    source_name: str = ""
    front: list[FrontItem] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    back: list[Block] = field(default_factory=list)
    truncated: Gap | None = None  # set when the text stops mid-sentence
    editorial: Editorial = field(default_factory=Editorial)
    end_furniture: list[Furniture] = field(default_factory=list)  # the last page's foot
    works_cited: list = field(default_factory=list)  # bibliography.BibEntry, by a pass

    def front_items(self, kind: type) -> list:
        return [item for item in self.front if isinstance(item, kind)]

    @property
    def contents(self) -> Contents | None:
        found = self.front_items(Contents)
        return found[0] if found else None

    @property
    def cip(self) -> CipBlock | None:
        found = self.front_items(CipBlock)
        return found[0] if found else None

    @property
    def colophon(self) -> Colophon | None:
        found = self.front_items(Colophon)
        return found[0] if found else None

"""``encodingDesc``: the project, what the conversion did (from Book.editorial), the CLC taxonomy."""
from __future__ import annotations

from lxml import etree

from teikit.header.elements import compact, english
from teikit.header.facts import HeaderFacts
from teikit.header.settings import EditionSettings
from teikit.model import Editorial
from teikit.tei import E, XML_ID, XML_LANG

CLC_ID = "clc"
#: The CIP's subject headings (III) are drawn from the Chinese Classified Thesaurus.
SUBJECTS_ID = "cct"


def build_encoding_desc(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    return E.encodingDesc(*compact(
        project_desc(facts, settings),
        sampling_decl(facts),
        editorial_decl(facts.book.editorial),
        class_decl(facts) if facts.cip and (facts.cip.classes or facts.cip.subjects) else None,
        E.appInfo(E.application(E.label("teikit"), ident="teikit",
                                version=settings.teikit_version)),
    ))


def project_desc(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    source = f" ({facts.book.source_name})" if facts.book.source_name else ""
    return E.projectDesc(english(E.p(
        f"Converted by teikit {settings.teikit_version} from the "
        f"{'PDF' if facts.book.editorial.pdf_pages else 'plain text'}{source} of a printed "
        "book, extracted page by page, to TEI P5.")))


def sampling_decl(facts: HeaderFacts) -> etree._Element | None:
    """An excerpt says so: what it holds, and where the gap (reason "sampling") stands."""
    book = facts.book
    if book.truncated is None:
        return None
    left_out = f" ({book.truncated.extent})" if book.truncated.extent else ""
    return E.samplingDecl(english(E.p(
        "An excerpt of the printed book: the source text stops mid-sentence; a gap with "
        f"reason \"sampling\" marks where the rest of the book{left_out} is left out.")))


def editorial_decl(ed: Editorial) -> etree._Element:
    """One statement per kind of intervention the conversion made; none that it did not make.

    Each count is a ``<num type="FIELD" value="N">`` (FIELD names teikit.model.Editorial's
    field), so that tools (and the readback test oracle) read the numbers without parsing the prose."""
    return english(E.editorialDecl(*compact(
        E.normalization(E.p("Every character of the source is kept as printed; half-width and "
                            "full-width punctuation are not normalised.")),
        E.segmentation(E.p(*_count(ed, "joined_paragraphs", "paragraph"),
                           " split by a page break rejoined into one."))
        if ed.joined_paragraphs else None,
        interpretation(ed),
    )))


#: Editorial field → (noun, the rest of its sentence).
_STATEMENTS = {
    "moved_notes": ("footnote", " moved from the foot of the page to the point of their anchor."),
    "division_notes": ("unmarked note", " attached to the division as a whole."),
    "page_breaks": ("page break", " recorded where the text gives evidence of one (a paragraph "
                                  "split mid-sentence, a footnote block)."),
    "numbered_page_breaks": (
        "page break", " with a page number (pb/@n) inferred: a chapter's first page from the "
        "start page printed in the contents; the following pages counted on from it, one for "
        "each page end the text shows, and left without a number where that count would run "
        "past the chapter's last page (the next chapter's start page − 1), since a page without "
        "evidence of its end must then have been missed. Page breaks outside chapters listed in "
        "the contents carry no number. An inferred number carries pb/@cert: \"medium\" for "
        "a start page from the contents, \"low\" for one counted on from it."),
    "marked_pages": ("page end", " marked in the source (a form feed, or a folio line in a "
                                 "text without form feeds); each is a page break at its exact "
                                 "place."),
    "printed_page_numbers": ("page break", " numbered (pb/@n) from the folio printed on its "
                                           "page."),
    "pdf_pages": ("page", " of the PDF read with their typography: footnotes by their smaller "
                          "type below the text, running heads and folios by their place, "
                          "headings by size and weight, paragraphs by indent."),
    "labelled_page_numbers": ("page break", " numbered (pb/@n) from the PDF's page labels."),
    "counted_page_numbers": ("page break", " on a page that prints no folio numbered one more "
                                           "than the page before (pb/@cert \"medium\")."),
    "furniture": ("line", " of page furniture (folios, running heads) taken out of the running "
                          "text and kept as fw next to the page break of its page."),
    "unmatched_notes": ("note", " without a matching anchor kept, unanchored, at the end of "
                                "their page's text."),
    "unmatched_anchors": ("note anchor", " without a note kept as text."),
    "words_split_by_pages": (
        "page break", " inside a word marked break=\"no\": one between two letters, digits or "
        "Chinese characters with no space or punctuation between them (Chinese text marks no "
        "word boundaries, so a break inside a running sentence is taken as inside a word), "
        "or inside a Latin word split across pages."),
}


def interpretation(ed: Editorial) -> etree._Element | None:
    sentences = [E.p(*_count(ed, name, noun), rest)
                 for name, (noun, rest) in _STATEMENTS.items() if getattr(ed, name)]
    return E.interpretation(*sentences) if sentences else None


def _count(ed: Editorial, name: str, noun: str) -> list:
    n = getattr(ed, name)
    return [E.num(str(n), type=name, value=str(n)), f" {noun}" + ("" if n == 1 else "s")]


def class_decl(facts: HeaderFacts) -> etree._Element:
    """The schemes the CIP record's access points use: CLC numbers (IV), subject headings (III)."""
    taxonomies = []
    if facts.cip.classes:
        taxonomies.append(E.taxonomy(
            E.bibl(E.title("中国图书馆分类法", {XML_LANG: "zh-Hans"}),
                   E.title("Chinese Library Classification", {XML_LANG: "en"})),
            {XML_ID: CLC_ID}))
    if facts.cip.subjects:
        taxonomies.append(E.taxonomy(
            E.bibl(E.title("中国分类主题词表", {XML_LANG: "zh-Hans"}),
                   E.title("Chinese Classified Thesaurus", {XML_LANG: "en"})),
            {XML_ID: SUBJECTS_ID}))
    return E.classDecl(*taxonomies)

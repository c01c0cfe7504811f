"""``encodingDesc``: the project, what the conversion did (from Book.editorial), the CLC taxonomy."""
from __future__ import annotations

from lxml import etree

from teikit.header.elements import compact
from teikit.header.facts import HeaderFacts
from teikit.header.settings import EditionSettings
from teikit.model import Editorial
from teikit.tei import E, XML_ID, XML_LANG

CLC_ID = "clc"


def build_encoding_desc(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    return E.encodingDesc(*compact(
        project_desc(facts, settings),
        editorial_decl(facts.book.editorial),
        class_decl() if facts.cip and facts.cip.classes else None,
        E.appInfo(E.application(E.label("teikit"), ident="teikit",
                                version=settings.teikit_version)),
    ))


def project_desc(facts: HeaderFacts, settings: EditionSettings) -> etree._Element:
    source = f" ({facts.book.source_name})" if facts.book.source_name else ""
    return E.projectDesc(E.p(
        f"Converted by teikit {settings.teikit_version} from the plain text{source} of a printed "
        "book, extracted page by page, to TEI P5."))


def editorial_decl(ed: Editorial) -> etree._Element:
    """One statement per kind of intervention the conversion made; none that it did not make."""
    return E.editorialDecl(*compact(
        E.normalization(E.p("Every character of the source is kept as printed; half-width and "
                            "full-width punctuation are not normalised.")),
        E.segmentation(E.p(
            f"{_count(ed.joined_paragraphs, 'paragraph')} split by a page break "
            "rejoined into one.")) if ed.joined_paragraphs else None,
        interpretation(ed),
    ))


def interpretation(ed: Editorial) -> etree._Element | None:
    sentences = []
    if ed.moved_notes:
        sentences.append(f"{_count(ed.moved_notes, 'footnote')} moved from the foot of the "
                         "page to the point of their anchor.")
    if ed.division_notes:
        sentences.append(f"{_count(ed.division_notes, 'unmarked note')} attached to the "
                         "division as a whole.")
    if ed.page_breaks:
        sentences.append(f"{_count(ed.page_breaks, 'page break')} recorded where the text "
                         "gives evidence of one (a paragraph split mid-sentence, a footnote block).")
    if ed.numbered_page_breaks:
        sentences.append(
            f"Page numbers (pb/@n) of {_count(ed.numbered_page_breaks, 'page break')} inferred: "
            "a chapter's first page from the start page printed in the contents; the following "
            "pages counted on from it, one for each page end the text shows, and left without a "
            "number where that count would run past the chapter's last page (the next "
            "chapter's start page − 1), since a page without evidence of its end must then have "
            "been missed. Page breaks outside chapters listed in the contents carry no number.")
    if ed.unmatched_notes:
        sentences.append(f"{_count(ed.unmatched_notes, 'note')} without a matching anchor "
                         "kept, unanchored, at the end of their page's text.")
    if ed.unmatched_anchors:
        sentences.append(f"{_count(ed.unmatched_anchors, 'note anchor')} without a note "
                         "kept as text.")
    if not sentences:
        return None
    return E.interpretation(*[E.p(s) for s in sentences])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def class_decl() -> etree._Element:
    return E.classDecl(E.taxonomy(
        E.bibl(E.title("中国图书馆分类法", {XML_LANG: "zh-Hans"}),
               E.title("Chinese Library Classification", {XML_LANG: "en"})),
        {XML_ID: CLC_ID}))

"""A book's PDF in, the same pipeline out: read → typeset evidence → page layer → detect …

``read`` gives each PDF page's lines with size, weight and position; ``evidence`` turns them
into the page layer's pages (furniture, footnote type, joined paragraphs); from there the
conversion is the raw text's (``teikit.pipeline.parse_layout``): one pipeline. ``facsimile``
renders the page images and links them (``--facsimile``).
"""
from __future__ import annotations

from pathlib import Path

from teikit.errors import Reporter

PDF_MAGIC = b"%PDF-"


def is_pdf(path: str | Path) -> bool:
    """A PDF by its first bytes (a renamed file is still recognised), or by its suffix.

    Read through ``teikit.inputs``: a FIFO, device or folder is refused, never opened
    for reading (UsageError)."""
    from teikit.inputs import read_input

    path = Path(path)
    return PDF_MAGIC in read_input(path, head=1024) or path.suffix.lower() == ".pdf"


def layout_of(text, reporter: Reporter):
    """The page layer's Layout and blocks for a read PDF, with the PDF's own evidence."""
    from teikit.pages import Layout, page_blocks
    from teikit.pdf.evidence import typeset

    typed = typeset(text)
    layout = Layout(typed.pages, marked=True, measure=None)
    blocks = page_blocks(layout)
    starts = {page.lines[0].line: index for index, page in enumerate(typed.pages)
              if page.lines}
    for block in blocks:
        index = starts.get(block.line)
        if index is None or block.page is None:
            continue
        block.page.pdf_page = index
        evidence = typed.evidence[index]
        if block.continues and not evidence.may_continue:
            block.continues = False  # indented, or a heading's type: a new block
        if evidence.label is not None:
            block.page.n, block.page.numbered_by = evidence.label, "label"
    unlabelled = [i for i, e in enumerate(typed.evidence) if text.labelled and e.label is None]
    if unlabelled:
        reporter.warning(f"{len(unlabelled)} page(s) without a page label", rule="page-label")
    return layout, blocks


def convert_pdf(path: str | Path, settings=None, schema_href: str | None = "../schema/",
                facsimile=None):
    """A PDF to a TEI document (teikit.pipeline.Conversion). ``facsimile``: (rendered images,
    their URL prefix) from teikit.pdf.facsimile, linked from a facsimile and every pb."""
    from teikit.pipeline import Conversion, parse_layout, tei_document
    from teikit.pdf.read import read_pdf

    name = Path(path).name
    reporter = Reporter(name)
    text = read_pdf(path)
    layout, blocks = layout_of(text, reporter)
    if facsimile is not None:
        from teikit.pdf.facsimile import surface_id

        for block in blocks:
            if block.page is not None and block.page.pdf_page is not None:
                block.page.facs = "#" + surface_id(block.page.pdf_page)
    book = parse_layout(layout, blocks, name, reporter)
    book.editorial.pdf_pages = len(text.pages)
    tree = tei_document(book, reporter, settings, schema_href)
    if facsimile is not None:
        from teikit.pdf.facsimile import link

        images, prefix = facsimile
        for image in images:
            image.label = text.pages[image.index].label
        link(tree, images, prefix)
    return Conversion(book, tree, reporter)

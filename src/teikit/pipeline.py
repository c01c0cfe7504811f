"""The whole pipeline in one place: read → detect → build model → serialise → validate → transform."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit import reader
from teikit.pages import read_pages
from teikit.build import build
from teikit.detect import detect
from teikit.errors import Reporter
from teikit.model import Book
from teikit.passes import run_passes
from teikit.serialize import book_text, stand_off
from teikit.tei import E, XML_LANG

SCHEMA_FILES = {"rng": "teikit.rng", "sch": "teikit.sch"}


@dataclass
class Conversion:
    book: Book
    tree: etree._ElementTree
    reporter: Reporter
    source: str | None = None  # the raw text converted (None for a PDF)

    def to_bytes(self) -> bytes:
        return serialize_tree(self.tree)


def read_bytes(data: bytes, name: str = "<input>") -> str:
    """Step 1: decode a raw text (see teikit.reader)."""
    return reader.decode(data, name)


def parse_book(text: str, source_name: str = "<input>", reporter: Reporter | None = None) -> Book:
    """Steps 2–3: detect the structure and build the model, passes included."""
    reporter = reporter or Reporter(source_name)
    text = reader.normalise_breaks(text)
    reader.check_text(text, source_name)
    layout, blocks = read_pages(text)
    return parse_layout(layout, blocks, source_name, reporter)


def parse_layout(layout, blocks: list, source_name: str = "<input>",
                 reporter: Reporter | None = None) -> Book:
    """Steps 2–3 from the page layer's pages and blocks (raw text, or a PDF: teikit.pdf)."""
    reporter = reporter or Reporter(source_name)
    if layout.spaced_cjk:
        reporter.warning(f"{layout.spaced_cjk} single space(s) between Chinese characters "
                         "(an OCR or copy-paste artefact?) kept as printed",
                         layout.spaced_cjk_line, rule="spaced-cjk")
    tokens = detect(blocks, reporter, marked=layout.marked)
    book = build(tokens, source_name, reporter, marked_pages=layout.marked)
    if layout.marked and layout.pages:
        book.end_furniture = list(layout.pages[-1].bottom)
        book.editorial.marked_pages = len(layout.pages) - 1
        book.editorial.furniture = sum(len(p.top) + len(p.bottom) for p in layout.pages)
    return run_passes(book, reporter)


def convert_text(text: str, source_name: str = "<input>", settings=None,
                 schema_href: str | None = "../schema/") -> Conversion:
    """Steps 2–4: raw text to a TEI document (an lxml tree with its xml-model PIs)."""
    reporter = Reporter(source_name)
    with collector_paused():
        book = parse_book(text, source_name, reporter)
        tree = tei_document(book, reporter, settings, schema_href)
    return Conversion(book, tree, reporter, text)


@contextmanager
def collector_paused():
    """Python's cyclic collector paused while one book converts: each of its full collections
    walks every live object, so a book ten times larger paid it more than ten times (13% of a
    4.7 M-character conversion); the conversion's lines, blocks and tokens form no cycles to
    free early, and what is left is collected at the next run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def convert_file(path: str | Path, settings=None, schema_href: str | None = "../schema/"
                 ) -> Conversion:
    text = reader.read_path(path)
    return convert_text(text, Path(path).name, settings, schema_href)


def tei_document(book: Book, reporter: Reporter, settings=None,
                 schema_href: str | None = "../schema/") -> etree._ElementTree:
    from teikit.header import build_header
    from teikit.header.settings import EditionSettings

    settings = settings or EditionSettings()
    from teikit.values import normalise_tree

    root = E.TEI(build_header(book, settings, reporter))
    book_text(book, root)  # made in place: no large subtree moves between documents
    root.extend(stand_off(book))
    root.set(XML_LANG, "zh-Hans")
    normalise_tree(root)
    tree = etree.ElementTree(root)
    if schema_href is not None:
        for kind, schematypens in (("rng", "http://relaxng.org/ns/structure/1.0"),
                                   ("sch", "http://purl.oclc.org/dsdl/schematron")):
            pi = etree.ProcessingInstruction(
                "xml-model", f'href="{schema_href}{SCHEMA_FILES[kind]}" '
                f'type="application/xml" schematypens="{schematypens}"')
            root.addprevious(pi)
    return tree


def check_output(conversion: Conversion) -> None:
    """Validate the edition against the project schema (RELAX NG and Schematron) before it is
    written: an invalid edition is a converter defect, reported with its messages, never
    written. Each message names the source line the offending element came from
    (``book.txt:12``, see teikit.sourcemap) and the edition's line."""
    from teikit.errors import OutputInvalidError
    from teikit.validate import validate_tree

    data = conversion.to_bytes()
    tree = etree.ElementTree(etree.fromstring(data))
    report = validate_tree(tree, "<edition>", source=data.decode("utf-8").splitlines())
    if report.errors:
        name = conversion.book.source_name
        origin = _origins(data, conversion.source)
        details = "; ".join(_located(d, name, origin) for d in report.errors)
        raise OutputInvalidError(f"teikit produced an edition its schema rejects ({len(report.errors)} "
                                 f"error(s)); nothing written: {details}", path=name)


def _origins(data: bytes, source: str | None) -> dict[int, int]:
    from teikit.sourcemap import source_lines

    return source_lines(data, source) if source is not None else {}


def _located(diagnostic, name: str, origin: dict[int, int]) -> str:
    """``book.txt:12: message (edition line 345)``; the edition line alone where the element
    cannot be traced to the source."""
    line = origin.get(diagnostic.line)
    where = f"{name}:{line}: " if line is not None else ""
    return f"{where}{diagnostic.message} (edition line {diagnostic.line})"


def serialize_tree(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)

"""Step 6, transform: editions to other formats with XSLT 3.0 (saxonche, no Java).

Output formats are a literal table. Each names its stylesheet under ``xslt/<format>/``;
stylesheets are compiled once per process and reused.
"""
from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable
from urllib.parse import quote, unquote, urlparse

from teikit import output, xmlsafe
from teikit.errors import TransformError, UsageError
from teikit.resources import xslt_dir


@dataclass(frozen=True)
class OutputFormat:
    name: str
    stylesheet: str  # relative to xslt/
    suffix: str  # file name suffix in dist/
    description: str
    directory: bool = False  # the output is a folder (an HTML edition with its assets)
    after: Callable[[str], str] | None = field(default=None, compare=False)  # post-processing
    # the GB/T 7714 references the stylesheet prints, which citeproc renders for it: "all"
    # the edition's CSL items, "cited" only the works its notes cite (teikit.citeproc)
    gbt7714: str = ""
    # the stylesheet writes a folder of result documents that this packs into bytes (EPUB)
    package: Callable[[Path], bytes] | None = field(default=None, compare=False)


#: The tidying of a plain text built with "\n\n" block breaks, in order: no space or tab before a
#: line break, no space after one, blank lines collapsed to one, none at either end.
_TIDY = (
    (re.compile(r"[ \t]+\n"), "\n"),
    (re.compile(r"\n +"), "\n"),
    (re.compile(r"\n{3,}"), "\n\n"),
    (re.compile(r"\A\n+|\n+\Z"), ""),
)


def finish_text(text: str) -> str:
    """A plain-text export tidied, with one final line break (tabs are kept: they separate
    columns). Python, not XSLT: Saxon took a second per megabyte for it, line by line or not."""
    for pattern, replacement in _TIDY:
        text = pattern.sub(replacement, text)
    return text + "\n"


def _gbt7714(csl_json: str) -> str:
    from teikit.citeproc import render_gbt7714

    return render_gbt7714(csl_json)


def _epub_container(folder: Path) -> bytes:
    """The OCF zip of an EPUB: ``mimetype`` first and stored, then every file, deflated.

    Entries are sorted and dated 1980-01-01 so that one edition always gives the same bytes.
    """
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)),
                         "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), (1980, 1, 1, 0, 0, 0))
            archive.writestr(info, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


#: Every output format, in the order `teikit build` writes them.
FORMATS: dict[str, OutputFormat] = {f.name: f for f in [
    OutputFormat("html", "html/edition.xsl", "", "reading edition in HTML", directory=True,
                 gbt7714="all"),
    # ".reading.txt", not ".txt": `teikit build -o tei` must not write over tei/NAME.txt, the raw text
    OutputFormat("text", "text/reading.xsl", ".reading.txt",
                 "reading text: logical paragraphs, notes after", after=finish_text,
                 gbt7714="cited"),
    OutputFormat("diplomatic", "text/diplomatic.xsl", ".diplomatic.txt",
                 "the source's page layout regenerated", after=finish_text),
    OutputFormat("bibtex", "citations/bibtex.xsl", ".bib", "BibTeX (biblatex) citations"),
    OutputFormat("ris", "citations/ris.xsl", ".ris", "RIS citations"),
    OutputFormat("csl-json", "citations/csl-json.xsl", ".csl.json", "CSL-JSON citations"),
    OutputFormat("gbt7714", "citations/csl-json.xsl", ".gbt7714.txt",
                 "bibliography formatted in GB/T 7714-2015 (numeric)", after=_gbt7714),
    OutputFormat("epub", "epub/epub.xsl", ".epub", "EPUB 3 e-book: a file per chapter, popup notes",
                 gbt7714="all", package=_epub_container),
]}


class Transformer:
    """One Saxon processor per process; compiled stylesheets cached by path."""

    _lock = threading.Lock()
    _instance: "Transformer | None" = None

    def __init__(self):
        from saxonche import PySaxonProcessor

        self.processor = PySaxonProcessor(license=False)
        self.compiler = self.processor.new_xslt30_processor()
        self.compiled: dict[Path, object] = {}
        self._csl_json: tuple[object, str] | None = None  # (edition node, its CSL-JSON)

    @classmethod
    def get(cls) -> "Transformer":
        with cls._lock:
            if cls._instance is None:
                cls._instance = Transformer()
            return cls._instance

    def executable(self, stylesheet: Path):
        if stylesheet not in self.compiled:
            if not stylesheet.is_file():
                raise TransformError(f"stylesheet not found: {stylesheet}")
            try:
                executable = self.compiler.compile_stylesheet(stylesheet_file=str(stylesheet))
            except Exception as exc:  # saxonche raises PySaxonApiError
                raise TransformError(f"cannot compile {stylesheet.name}: {exc}") from None
            if executable is None:
                raise TransformError(f"cannot compile {stylesheet.name}")
            self.compiled[stylesheet] = executable
        return self.compiled[stylesheet]

    def parse(self, xml: bytes, base_uri: str | None = None):
        _release_memory()  # what lxml freed (its tree) Saxon's own heap could never reuse
        text = xml.decode("utf-8")
        try:
            builder = self.processor.new_document_builder()
            if base_uri:  # parse_xml(base_uri=…) ignores it; the document builder keeps it
                builder.set_base_uri(base_uri)
            node = builder.parse_xml(xml_text=text)
        except Exception as exc:
            raise TransformError(f"Saxon cannot parse the edition: {exc}") from None
        del text
        _release_memory()
        return node

    def csl_json(self, node) -> str:
        """The edition's CSL-JSON items, transformed once per parsed edition: html, text, epub
        and the two citation formats of a build all need them."""
        if self._csl_json is None or self._csl_json[0] is not node:
            self._csl_json = (node, self.run(xslt_dir() / FORMATS["csl-json"].stylesheet, node))
        return self._csl_json[1]

    def run(self, stylesheet: Path, node, params: dict | None = None,
            output_dir: Path | None = None) -> str:
        executable = self.executable(stylesheet)
        executable.clear_parameters()
        for name, value in (params or {}).items():
            executable.set_parameter(name, self._value(value))
        if output_dir is not None:
            executable.set_base_output_uri((output_dir / "index.html").resolve().as_uri())
        try:
            result = executable.transform_to_string(xdm_node=node)
        except Exception as exc:
            raise TransformError(f"{stylesheet.name} failed: {exc}") from None
        if result is None:
            raise TransformError(f"{stylesheet.name} produced no result")
        return result

    def _value(self, value):
        if isinstance(value, bool):
            return self.processor.make_boolean_value(value)
        if isinstance(value, int):
            return self.processor.make_integer_value(value)
        return self.processor.make_string_value(str(value))


def _release_memory() -> None:
    """Give the memory Python and libxml2 have freed back to the system (glibc's malloc_trim).

    Saxon allocates in a heap of its own: without this, a 16 MB edition's lxml tree and text
    (about 110 MB) stay in the process beside Saxon's copy and its result, and the peak RSS of
    a 10x transform passed 400 MB.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim():
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to do
        return None


def output_format(name: str) -> OutputFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise UsageError(f"unknown output format {name!r}; choose from "
                         f"{', '.join(FORMATS)}") from None


def parse_edition(xml: bytes, base_uri: str | None = None, name: str | None = None):
    """The edition parsed once for Saxon, to be transformed to any number of formats.

    The bytes are parsed safely by lxml first (``teikit.xmlsafe``: no DTD, no entities, the
    depth and text limits); Saxon is given only that tree, re-serialised as UTF-8.
    """
    return edition_node(xmlsafe.parse(xml, name=name), base_uri)


def edition_node(tree, base_uri: str | None = None):
    """An edition lxml has already parsed safely, handed to Saxon without any DOCTYPE."""
    return Transformer.get().parse(xmlsafe.for_saxon(tree), base_uri)


def serialised_node(xml: bytes, base_uri: str | None = None):
    """An edition lxml has parsed safely and ``xmlsafe.for_saxon`` serialised, handed to Saxon.

    For callers that free the lxml tree first: at 10x it is 60 MB Saxon cannot reuse.
    """
    return Transformer.get().parse(xml, base_uri)


def _with_gbt7714(fmt: OutputFormat, node, params: dict | None) -> dict | None:
    """One GB/T 7714 renderer: citeproc-py's references of the edition's CSL-JSON items (cached
    by that text, so a build renders them once) as the ``gbt7714`` parameter, id → string;
    only the works cited where the output prints no other (citeproc's time is per item)."""
    if not fmt.gbt7714:
        return params
    from teikit.citeproc import gbt7714_param, works_cited

    csl_json = Transformer.get().csl_json(node)
    if fmt.gbt7714 == "cited":
        csl_json = works_cited(csl_json)
    return {**(params or {}), "gbt7714": gbt7714_param(csl_json)}


def render_text(node, to: str, params: dict | None = None) -> str:
    """A parsed edition in a single-file format; returns the text."""
    fmt = output_format(to)
    if fmt.directory or fmt.package:
        raise UsageError(f"format {to!r} writes a folder or a package; use render_dir or render_package")
    params = _with_gbt7714(fmt, node, params)
    if fmt.stylesheet == FORMATS["csl-json"].stylesheet and not params:
        result = Transformer.get().csl_json(node)
    else:
        result = Transformer.get().run(xslt_dir() / fmt.stylesheet, node, params)
    return fmt.after(result) if fmt.after else result


def render_package(node, to: str, params: dict | None = None) -> bytes:
    """A parsed edition in a packaged format (EPUB): the stylesheet's files, packed."""
    import tempfile

    fmt = output_format(to)
    params = _with_gbt7714(fmt, node, params)
    with tempfile.TemporaryDirectory(prefix="teikit-") as folder:
        Transformer.get().run(xslt_dir() / fmt.stylesheet, node, params, output_dir=Path(folder))
        return fmt.package(Path(folder))


def facsimile_base(node, out_dir: Path) -> str | None:
    """The edition's folder relative to ``out_dir``, as a URL prefix ("../tei/"), so that page
    images (relative to the edition) stay found when both folders move together; None when
    the edition has no file location."""
    base = urlparse(getattr(node, "base_uri", None) or "")
    if base.scheme != "file":
        return None
    edition_dir = Path(unquote(base.path)).parent
    relative = os.path.relpath(edition_dir, Path(out_dir).resolve())
    return quote(Path(relative).as_posix()) + "/"


def render_dir(node, to: str, out_dir: Path, params: dict | None = None, *,
               force: bool = False, inputs: tuple = ()) -> Path:
    """A parsed edition in a folder format (HTML): ``out_dir/index.html`` plus its assets.

    The folder is assembled beside ``out_dir`` and swapped in whole (``teikit.output``).
    """
    fmt = output_format(to)
    out_dir = Path(out_dir)
    output.check_target(out_dir, force=force, inputs=inputs, folder=True)
    params = _with_gbt7714(fmt, node, params)
    base = facsimile_base(node, out_dir)
    if base is not None and "facsimile-base" not in (params or {}):
        params = {**(params or {}), "facsimile-base": base}
    result = Transformer.get().run(xslt_dir() / fmt.stylesheet, node, params, output_dir=out_dir)
    assets = (xslt_dir() / fmt.stylesheet).parent / "assets"
    output.write_folder(out_dir, {"index.html": result.encode("utf-8")},
                        copy_trees={"assets": assets} if assets.is_dir() else None,
                        force=force, inputs=inputs)
    return out_dir / "index.html"

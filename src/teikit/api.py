"""The Python API behind each command: convert, transform, build."""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from teikit import output as outputs
from teikit import manifest, xmlsafe
from teikit.errors import OutputInvalidError, StrictError, TeikitError, UsageError, fails, io_error
from teikit.inputs import read_input
from teikit.transform import (FORMATS, output_format, render_dir, render_package, render_text,
                              serialised_node)

if TYPE_CHECKING:
    from teikit import pipeline


def schema_href(output: Path) -> str:
    """The edition's schema folder as seen from the edition (for the xml-model PIs): a
    ``schema/`` beside it or in the project containing it, never the installed package."""
    from teikit.project import locate_schemas

    return locate_schemas(output).href


def edition_settings(source: Path, edition_id=None, publisher=None, licence=None, **people):
    """The digital edition's settings: the identifier defaults to the source's file stem;
    ``people`` are ``encoder``, ``authority`` and ``rights_holder`` (None: not given)."""
    from dataclasses import replace

    from teikit.header.settings import EditionSettings

    settings = replace(EditionSettings(), identifier=edition_id or source.stem,
                       **{k: v for k, v in people.items() if v is not None})
    if publisher is not None:
        settings = replace(settings, publisher=publisher)
    if licence is not None:
        settings = replace(settings, licence=licence, licence_url=licence
                           if licence.startswith(("http://", "https://")) else None)
    return settings


def convert(source: Path, output: Path, force: bool = False, strict: bool = False,
            edition_id: str | None = None, publisher: str | None = None,
            licence: str | None = None, report: Path | None = None,
            facsimile: Path | None = None, **people: str | None) -> "pipeline.Conversion":
    """Raw text or a book's PDF → a validated edition; with ``report`` its proofing page, with
    ``facsimile`` (PDF only) its page images. Nothing is written unless everything is ready;
    a failure leaves no edition, no report, no images and no schema copies."""
    from teikit import pipeline, reader  # convert's own (build and transform never need them)
    from teikit.pdf import is_pdf
    from teikit.project import copy_schemas, locate_schemas

    source, output = Path(source), Path(output)
    pdf = is_pdf(source)
    if facsimile is not None and not pdf:
        raise UsageError("--facsimile needs a PDF: a raw text has no page images", path=str(source))
    if report is not None:
        outputs.check_target(Path(report), force=force, inputs=(source,), folder=False)
    outputs.check_target(output, force=force, inputs=(source,), folder=False)
    settings = edition_settings(source, edition_id, publisher, licence, **people)
    schemas = locate_schemas(output)
    pending = _facsimile_pending(source, facsimile, force) if pdf else None
    try:
        conversion = (_read_pdf(source, output, settings, schemas.href, pending) if pdf
                      else pipeline.convert_file(source, settings, schemas.href))
        conversion.reporter.relabel(str(source))  # the file as the user named it
        failing = fails(conversion.reporter.messages, strict)
        if failing:
            details = "; ".join(str(m) for m in failing)
            raise StrictError(f"{len(failing)} warnings with --strict: {details}",
                              path=str(source))
        _check_output(conversion, source)
        page = None
        if report is not None:  # made before anything is written
            from teikit.report import report_html

            if pdf:  # its text lines, and its page images as the left column
                from teikit.pdf.report import pdf_report

                page = pdf_report(source, conversion, Path(report), facsimile)
            else:
                page = report_html(conversion, reader.read_path(source))
        _write_edition(conversion, output, schemas, copy_schemas, force, source)
        if page is not None:
            outputs.write_file(Path(report), page, force=force, inputs=(source,))
        if pending is not None:
            pending.commit()  # the page images go in place only after the edition
    finally:
        if pending is not None:
            pending.discard()
    return conversion


def _check_output(conversion, source: Path) -> None:
    """Never write an invalid edition (issue 10); the error names the source as given."""
    from teikit import pipeline

    try:
        pipeline.check_output(conversion)
    except OutputInvalidError as error:
        error.path = str(source)
        raise


def _write_edition(conversion, output: Path, schemas, copy_schemas, force: bool,
                   source: Path) -> None:
    if schemas.missing:  # the edition carries its schemas: copies in a schema/ beside it
        copy_schemas(schemas.folder)
    try:
        outputs.write_file(output, conversion.to_bytes(), force=force, inputs=(source,))
    except BaseException:
        if schemas.missing:  # no partial output: the copies made for this edition go with it
            shutil.rmtree(schemas.folder, ignore_errors=True)
        raise


def _facsimile_pending(source: Path, facsimile: Path | None, force: bool):
    """The page images' folder, checked before any work (issue 17); None without one."""
    if facsimile is None:
        return None
    from teikit.pdf import facsimile as fx
    from teikit.pdf.read import open_document

    document = open_document(source)
    pages = len(document)
    document.close()
    fx.check_target(facsimile, pages, force=force)
    return fx.Pending(facsimile)


def _read_pdf(source: Path, output: Path, settings, href: str, pending) -> "pipeline.Conversion":
    """A book's PDF read with its typography, then the same pipeline as raw text."""
    from teikit.pdf import convert_pdf
    from teikit.pdf import facsimile as fx

    linked = None
    if pending is not None:
        linked = (fx.render(source, pending.tmp), fx.url_prefix(pending.directory, output))
    return convert_pdf(source, settings, href, linked)


def edition_inputs(edition: Path) -> tuple[Path, ...]:
    """The files an edition's outputs must never replace: the edition and its raw text."""
    edition = Path(edition)
    raw = edition.with_suffix(".txt")
    return (edition, raw) if raw.exists() else (edition,)


def transform(edition: Path, to: str, output: Path | None = None,
              params: dict | None = None, force: bool = False) -> str | None:
    """Transform an edition; write to ``output`` (a folder for html) or return the text."""
    fmt = output_format(to)
    if fmt.directory and output is None:
        raise UsageError(f"--to {to} writes a folder: give it with -o")
    if fmt.package and output is None:
        raise UsageError(f"--to {to} writes a binary file: give it with -o")
    inputs = edition_inputs(edition)
    if output is not None:  # refuse before the work, not after it
        outputs.check_target(Path(output), force=force, inputs=inputs, folder=fmt.directory)
    # hostile or malformed XML is refused before Saxon sees it; the tree goes once serialised
    xml = xmlsafe.for_saxon(xmlsafe.parse(edition))
    node = _saxon_edition(edition, xml)
    del xml
    return _write(node, fmt, output, params, force, inputs)


@dataclass
class Built:
    """What ``build_all`` did: the lines to print, what it wrote, and which editions failed."""

    log: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    invalid: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, TeikitError]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.invalid and not self.failed


def targets(edition: Path, out_dir: Path) -> list[tuple[object, Path]]:
    """Every (format, output path) ``teikit build`` writes for one edition."""
    stem = Path(edition).stem
    return [(fmt, Path(out_dir) / (f"{stem}-html" if fmt.directory else f"{stem}{fmt.suffix}"))
            for fmt in FORMATS.values()]


def build(edition: Path, out_dir: Path, force: bool = False,
          inputs: tuple[Path, ...] = ()) -> list[str]:
    """Validate one edition, then write every output format into ``out_dir``."""
    from teikit.validate import check_file
    from teikit.validate.report import format_text

    report, tree = check_file(str(edition))  # parses safely: hostile XML is refused here
    if not report.valid:
        raise StrictError(f"the edition is invalid; nothing was written for it:\n"
                          f"{format_text(report)}", path=str(edition))
    xml = xmlsafe.for_saxon(tree)
    del tree
    return write_outputs(edition, out_dir, force, inputs or edition_inputs(edition), xml=xml)


def write_outputs(edition: Path, out_dir: Path, force: bool, inputs: tuple[Path, ...],
                  written: list[Path] | None = None, xml: bytes | None = None) -> list[str]:
    """Every format of a valid edition, written into ``out_dir`` (checked before any write).

    Each path is appended to ``written`` as soon as it is in place. ``xml`` is the edition as
    validation parsed it, serialised for Saxon (``xmlsafe.for_saxon``; parsed again if not given).
    """
    out_dir = Path(out_dir)
    planned = [(fmt, target, replace) for fmt, target in targets(edition, out_dir)
               for replace in [force or manifest.owned(out_dir, target)]]
    if out_dir.is_dir():
        for fmt, target, replace in planned:
            outputs.check_target(target, force=replace, inputs=inputs, folder=fmt.directory)
    if xml is None:
        xml = xmlsafe.for_saxon(xmlsafe.parse(edition))
    node = _saxon_edition(edition, xml)  # parsed once for every format
    del xml
    rendered = [(fmt, target, replace, _render(node, fmt)) for fmt, target, replace in planned]
    _make_folder(out_dir)
    log = []
    written = [] if written is None else written
    start = len(written)
    try:
        for fmt, target, replace, result in rendered:
            if fmt.directory:
                render_dir(node, fmt.name, target, None, force=replace, inputs=inputs)
            else:
                outputs.write_file(target, result, force=replace, inputs=inputs)
            written.append(target)
            log.append(f"wrote {target}")
    finally:
        if written[start:]:
            manifest.record(out_dir, written[start:])  # a rebuild may replace these, and only these
    return log


def build_all(editions: list[Path], out_dir: Path, force: bool = False) -> Built:
    """Validate every edition first; refuse colliding outputs; then build the valid ones.

    Every invalid edition is reported, not just the first; nothing is written when two
    editions' outputs would have the same name; ``Built.written`` lists exactly what was.
    """
    from teikit.validate import check_file
    from teikit.validate.report import format_text

    editions = [Path(e) for e in editions]
    _refuse_collisions(editions)
    _check_out_dir(Path(out_dir))
    inputs = tuple(p for e in editions for p in edition_inputs(e))
    done = Built()
    valid = []
    trees = {}  # one edition is kept as validation parsed it; a corpus's would fill memory
    for edition in editions:
        try:
            report, tree = check_file(str(edition))
            if len(editions) == 1 and report.valid:
                trees[edition] = xmlsafe.for_saxon(tree)
            del tree
        except TeikitError as error:
            done.failed.append((edition, error))
            done.log.append(str(error))
            continue
        if report.valid:
            valid.append(edition)
            done.log.append(f"{edition}: valid")
        else:
            done.invalid.append(edition)
            done.log.append(format_text(report).rstrip("\n"))
            done.log.append(f"{edition}: invalid; nothing written for it")
    for edition in valid:
        if Path(out_dir).is_dir():
            for fmt, target in targets(edition, out_dir):
                outputs.check_target(target, force=force or manifest.owned(out_dir, target),
                                     inputs=inputs, folder=fmt.directory)
    for edition in valid:
        start = len(done.written)
        try:
            write_outputs(edition, out_dir, force, inputs, done.written, trees.pop(edition, None))
        except TeikitError as error:
            done.failed.append((edition, error))
            done.log.append(str(error))
        done.log += [f"wrote {target}" for target in done.written[start:]]
    return done


def _refuse_collisions(editions: list[Path]) -> None:
    seen: dict[str, Path] = {}
    for edition in editions:
        other = seen.setdefault(edition.stem, edition)
        if other != edition:
            raise UsageError(f"{other} and {edition} would write the same outputs "
                             f"({edition.stem}.*); nothing was written", path=str(edition))


def _check_out_dir(out_dir: Path) -> None:
    """The output of build is a folder: refuse anything else before any work."""
    existing = next((p for p in [out_dir, *out_dir.parents] if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise UsageError("is not a folder; the output of build is a folder", path=str(existing))


def _make_folder(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError("is a file; the output of build is a folder", path=str(out_dir)) from None
    except OSError as error:
        raise io_error(error, out_dir, "write") from None


def _saxon_edition(edition: Path, xml: bytes):
    return serialised_node(xml, Path(edition).resolve().as_uri())


def _render(node, fmt) -> bytes | None:
    """A single-file format's bytes (a folder format is rendered as it is written)."""
    if fmt.directory:
        return None
    if fmt.package:
        return render_package(node, fmt.name, None)
    return render_text(node, fmt.name, None).encode("utf-8")


def _write(node, fmt, output: Path | None, params: dict | None, force: bool,
           inputs: tuple) -> str | None:
    if fmt.directory:
        render_dir(node, fmt.name, Path(output), params, force=force, inputs=inputs)
        return None
    if fmt.package:
        outputs.write_file(output, render_package(node, fmt.name, params), force=force,
                           inputs=inputs)
        return None
    text = render_text(node, fmt.name, params)
    if output is None:
        return text
    outputs.write_file(output, text.encode("utf-8"), force=force, inputs=inputs)
    return None

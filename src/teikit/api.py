"""The Python API behind each command: convert, transform, build."""
from __future__ import annotations

import os
from pathlib import Path

from teikit import pipeline
from teikit.errors import ExitCode, TeikitError, UsageError
from teikit.resources import schema_dir
from teikit.transform import FORMATS, output_format, parse_edition, render_dir, render_text


class StrictError(TeikitError):
    exit_code = ExitCode.INVALID


def schema_href(output: Path) -> str:
    """The schemas' folder as seen from the edition's folder (for the xml-model PIs)."""
    relative = os.path.relpath(schema_dir(), output.resolve().parent)
    return relative.replace(os.sep, "/") + "/"


def edition_settings(source: Path, edition_id=None, publisher=None, licence=None):
    """The digital edition's settings: the identifier defaults to the source's file stem."""
    from dataclasses import replace

    from teikit.header.settings import EditionSettings

    settings = replace(EditionSettings(), identifier=edition_id or source.stem)
    if publisher is not None:
        settings = replace(settings, publisher=publisher)
    if licence is not None:
        settings = replace(settings, licence=licence, licence_url=licence
                           if licence.startswith(("http://", "https://")) else None)
    return settings


def convert(source: Path, output: Path, force: bool = False, strict: bool = False,
            edition_id: str | None = None, publisher: str | None = None,
            licence: str | None = None, facsimile: Path | None = None) -> pipeline.Conversion:
    source, output = Path(source), Path(output)
    if output.exists() and not force:
        raise UsageError("output file exists; pass --force to overwrite it", path=str(output))
    settings = edition_settings(source, edition_id, publisher, licence)
    from teikit.pdf import is_pdf

    if is_pdf(source):  # a book's PDF (issue 17): its own reading, then the same pipeline
        return _convert_pdf(source, output, settings, force, strict, facsimile)
    if facsimile is not None:
        raise UsageError("--facsimile needs a PDF: a raw text has no page images", path=str(source))
    conversion = pipeline.convert_file(source, settings, schema_href(output))
    if strict and conversion.reporter.warnings:
        details = "; ".join(str(m) for m in conversion.reporter.warnings)
        raise StrictError(f"{len(conversion.reporter.warnings)} warnings with --strict: {details}",
                          path=str(source))
    pipeline.check_output(conversion)  # never write an invalid edition (issue 10)
    pipeline.write_atomic(output, conversion.to_bytes(), force=force)
    return conversion


def _convert_pdf(source: Path, output: Path, settings, force: bool, strict: bool,
                 facsimile: Path | None) -> pipeline.Conversion:
    """Like convert, for a PDF; the page images (``facsimile``) are moved into place only
    after the edition is valid and written, so a failure leaves neither."""
    from teikit.pdf import convert_pdf
    from teikit.pdf import facsimile as fx
    from teikit.pdf.read import open_document

    pending = None
    linked = None
    if facsimile is not None:
        document = open_document(source)
        pages = len(document)
        document.close()
        fx.check_target(facsimile, pages, force=force)
        pending = fx.Pending(facsimile)
    try:
        if pending is not None:
            linked = (fx.render(source, pending.tmp), fx.url_prefix(facsimile, output))
        conversion = convert_pdf(source, settings, schema_href(output), linked)
        if strict and conversion.reporter.warnings:
            details = "; ".join(str(m) for m in conversion.reporter.warnings)
            raise StrictError(f"{len(conversion.reporter.warnings)} warnings with --strict: "
                              f"{details}", path=str(source))
        pipeline.check_output(conversion)
        pipeline.write_atomic(output, conversion.to_bytes(), force=force)
        if pending is not None:
            pending.commit()
    finally:
        if pending is not None:
            pending.discard()
    return conversion


def read_edition(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UsageError("no such file", path=str(path)) from None
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror}", path=str(path)) from None


def transform(edition: Path, to: str, output: Path | None = None,
              params: dict | None = None) -> str | None:
    """Transform an edition; write to ``output`` (a folder for html) or return the text."""
    from teikit.xmlsafe import parse

    fmt = output_format(to)
    if fmt.directory and output is None:
        raise UsageError(f"--to {to} writes a folder: give it with -o")
    data = read_edition(edition)
    parse(data, name=str(edition))  # refuse hostile or malformed XML before Saxon sees it
    return _write(_saxon_edition(edition, data), fmt, output, params)


def build(edition: Path, out_dir: Path) -> list[str]:
    """Validate one edition, then write every output format into ``out_dir``."""
    from teikit.validate import validate_file
    from teikit.validate.report import format_text

    report = validate_file(str(edition))  # parses safely: hostile XML is refused here
    if not report.valid:
        raise StrictError(f"the edition is invalid; nothing was written:\n{format_text(report)}",
                          path=str(edition))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    node = _saxon_edition(edition, read_edition(edition))  # parsed once for every format
    log = [f"{edition}: valid"]
    stem = Path(edition).stem
    for fmt in FORMATS.values():
        target = out_dir / (f"{stem}-html" if fmt.directory else f"{stem}{fmt.suffix}")
        _write(node, fmt, target, None)
        log.append(f"wrote {target}")
    return log


def _saxon_edition(edition: Path, data: bytes):
    return parse_edition(data, Path(edition).resolve().as_uri())


def _write(node, fmt, output: Path | None, params: dict | None) -> str | None:
    if fmt.directory:
        render_dir(node, fmt.name, Path(output), params)
        return None
    text = render_text(node, fmt.name, params)
    if output is None:
        return text
    pipeline.write_atomic(output, text.encode("utf-8"), force=True)
    return None

"""Facsimiles (``--facsimile DIR``): each PDF page rendered as an image, linked from the edition.

Each page is rendered by pypdfium2 at ``RESOLUTION`` dots per inch and saved with Pillow as
WebP (``FORMATS``: webp or jpeg) as ``DIR/page-0001.webp`` …; the edition gets a
``<facsimile>`` after its header with one ``<surface xml:id="page1" n="LABEL">`` holding a
``<graphic url=… width=… height=…>`` per page, and every ``pb`` a ``facs="#pageN"`` pointing
at the surface of the page that begins. Image URLs are relative to the edition's folder, so
the edition and its images move together. Images are rendered into a temporary folder and
moved into DIR only once the edition is valid and written: a failed conversion leaves none,
and an existing image is never overwritten without ``--force``.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.errors import UsageError
from teikit.output import staging_folder
from teikit.tei import E, TEI_NS, XML_ID

RESOLUTION = 150  # dots per inch: legible CJK type at a modest size (about 120 KB a page)
FORMATS = {"webp": ("WEBP", {"quality": 80, "method": 4}), "jpeg": ("JPEG", {"quality": 85})}
SUFFIX = {"webp": ".webp", "jpeg": ".jpg"}


@dataclass
class Image:
    index: int  # 0-based PDF page
    name: str  # file name inside the facsimile folder
    width: int
    height: int
    label: str | None = None


def surface_id(index: int) -> str:
    return f"page{index + 1}"


def image_name(index: int, fmt: str = "webp") -> str:
    return f"page-{index + 1:04d}{SUFFIX[fmt]}"


def check_target(directory: Path, pages: int, fmt: str = "webp", force: bool = False) -> None:
    """Refuse before any work: a missing parent folder, or images already there (no --force)."""
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise UsageError("the facsimile folder is a file", path=str(directory))
    parent = directory.parent if str(directory.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError("the facsimile folder's parent does not exist", path=str(parent))
    if not force and directory.is_dir():
        taken = [image_name(i, fmt) for i in range(pages) if (directory / image_name(i, fmt)).exists()]
        if taken:
            raise UsageError(f"{len(taken)} page image(s) exist already (first {taken[0]}); pass "
                             "--force to overwrite them", path=str(directory))


def render(pdf_path: str | Path, out_dir: Path, fmt: str = "webp",
           resolution: int = RESOLUTION) -> list[Image]:
    """Every page of the PDF as an image in ``out_dir`` (a temporary folder)."""
    from teikit.pdf.read import open_document

    kind, options = FORMATS[fmt]
    document = open_document(pdf_path)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=resolution / 72)
            picture = bitmap.to_pil()
            if picture.mode != "RGB":
                picture = picture.convert("RGB")
            name = image_name(index, fmt)
            picture.save(out_dir / name, kind, **options)
            images.append(Image(index, name, picture.width, picture.height))
            page.close()
    finally:
        document.close()
    return images


def link(tree: etree._ElementTree, images: list[Image], url_prefix: str) -> None:
    """Insert ``<facsimile>`` after the header (pb/@facs are written by the serialiser)."""
    root = tree.getroot()
    facsimile = E.facsimile(*[
        E.surface(E.graphic(url=url_prefix + image.name, width=f"{image.width}px",
                            height=f"{image.height}px"),
                  **{XML_ID: surface_id(image.index)}, **({"n": image.label} if image.label else {}))
        for image in images])
    header = root.find(f"{{{TEI_NS}}}teiHeader")
    header.addnext(facsimile)


def url_prefix(directory: Path, edition: Path) -> str:
    """The facsimile folder as seen from the edition's folder, with a trailing slash."""
    relative = os.path.relpath(Path(directory).resolve(), Path(edition).resolve().parent)
    return "" if relative == "." else relative.replace(os.sep, "/") + "/"


class Pending:
    """Rendered images waiting in a temporary folder next to their destination."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        parent = self.directory.parent if str(self.directory.parent) else Path(".")
        self.tmp = staging_folder(parent, "facsimile")

    def commit(self) -> None:
        self.directory.mkdir(exist_ok=True)
        for path in sorted(self.tmp.iterdir()):
            os.replace(path, self.directory / path.name)
        self.discard()

    def discard(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

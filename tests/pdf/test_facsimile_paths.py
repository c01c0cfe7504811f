"""The HTML edition links its page images relative to itself: the edition, its images and its
HTML moved together (to another disk, a web server) keep every image found."""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

from teikit import api
from teikit.transform import facsimile_base

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "small-book.pdf"
IMG = re.compile(r'<img [^>]*src="([^"]+)"')


def test_page_images_stay_found_when_the_folders_move(tmp_path):
    edition = tmp_path / "project" / "tei" / "book.xml"
    edition.parent.mkdir(parents=True)
    api.convert(FIXTURE, edition, facsimile=edition.parent / "images")
    (tmp_path / "project" / "site").mkdir()
    api.transform(edition, "html", tmp_path / "project" / "site" / "html")
    moved = shutil.move(str(tmp_path / "project"), str(tmp_path / "elsewhere"))
    html = Path(moved) / "site" / "html"
    sources = IMG.findall((html / "index.html").read_text(encoding="utf-8"))
    assert len(sources) == 3
    for src in sources:
        assert ":" not in src and src.startswith("../../tei/images/"), src
        assert (html / unquote(src)).is_file(), src


class _Node:
    def __init__(self, base_uri):
        self.base_uri = base_uri


def test_the_prefix_is_the_editions_folder_from_the_output(tmp_path):
    out = tmp_path / "out dir"
    edition = (tmp_path / "tei" / "a.xml").resolve()
    assert facsimile_base(_Node(edition.as_uri()), out) == "../tei/"
    assert facsimile_base(_Node((out / "a.xml").resolve().as_uri()), out) == "./"
    assert facsimile_base(_Node((tmp_path / "页 图" / "a.xml").resolve().as_uri()), out) == \
        "../%E9%A1%B5%20%E5%9B%BE/"
    assert facsimile_base(_Node(None), out) is None
    assert facsimile_base(_Node("http://example.org/a.xml"), out) is None

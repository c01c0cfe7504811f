"""No URL from the TEI reaches an href or src of the HTML unless it is http, https, mailto or
relative — whatever case, whitespace or control characters disguise the scheme."""
from __future__ import annotations

import pytest
from lxml import html

from tests.render import transform_to_dir
from tests.xslt.test_html_golden import FIXTURES

EDITION = (FIXTURES / "second_edition.xml").read_text(encoding="utf-8")
LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/"
GRAPHIC = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

PAYLOADS = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd", "vbscript:msgbox(1)", "data:image/svg+xml,<svg onload=alert(1)>"]
DISGUISES = [lambda u: u, str.upper, lambda u: " \t" + u, lambda u: u[:4] + "&#9;" + u[4:],
             lambda u: u[:3] + "&#10;" + u[3:], lambda u: "&#127;" + u, lambda u: u + "&#13; "]
SAFE = ["https://example.org/a?b=c", "http://example.org/", "mailto:a@example.org",
        "images/p1.png", "../facs/p2.jpg", "#c1"]


def _escape(url: str) -> str:
    return url.replace("<", "&lt;").replace('"', "&quot;")


def _attributes(tmp_path, urls: list[str]) -> list[str]:
    """Every href and src of the HTML of an edition whose licence, graphic and ref URLs are ``urls``."""
    text = EDITION.replace(f'<licence target="{LICENCE}">CC0 1.0</licence>', "".join(
        f'<licence target="{u}">L</licence>' for u in urls), 1)
    text = text.replace(f'<graphic url="{GRAPHIC}"/>', "".join(f'<graphic url="{u}"/>' for u in urls), 1)
    text = text.replace("行政边界由街道划定", "".join(f'<ref target="{u}">r</ref>' for u in urls)
                        + "行政边界由街道划定", 1)
    assert text.count("<licence ") == len(urls) and text.count("<graphic ") == len(urls)
    index = transform_to_dir(text.encode("utf-8"), "html", tmp_path / "out")
    page = html.parse(str(index))
    return [str(v) for v in page.xpath("//@href | //@src")]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_hostile_url_never_becomes_an_href_or_src(tmp_path, payload):
    values = _attributes(tmp_path, [_escape(d(payload)) for d in DISGUISES])
    scheme = payload.split(":", 1)[0]
    bad = [v for v in values if scheme in "".join(v.split()).lower()]
    assert bad == [], bad


def test_safe_urls_pass(tmp_path):
    values = _attributes(tmp_path, SAFE)
    for url in SAFE:
        assert values.count(url) >= (3 if ":" in url else 2), url  # licence, image (and link)

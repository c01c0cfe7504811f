"""The correction markup in a real browser: the corrected reading shows, the printed one is a
keyboard press away (the "as printed" toggle) and named in each choice's tooltip."""
from __future__ import annotations

import struct
import zlib

import pytest

from corrections.markup import BUNDLED_EDITION, corrected_edition
from tests.render import transform_to_dir


@pytest.fixture(scope="module")
def corrected_url(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("html-corrected")
    index = transform_to_dir(corrected_edition(), "html", out, {"fail-on-unknown": True},
                             BUNDLED_EDITION.resolve().as_uri())
    (out / "figures").mkdir()
    (out / "figures" / "plan-738.png").write_bytes(_png())  # the figure's graphic
    return index.resolve().as_uri()


def _png() -> bytes:
    """A 1x1 white PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def _preface_text(page) -> str:
    return page.locator("#preface").inner_text()


def test_the_reading_shows_until_the_keyboard_toggles_the_print(open_page, corrected_url):
    page = open_page(corrected_url)
    text = _preface_text(page)
    assert "广州市委十届三次全会" in text and "广洲" not in text
    assert "党的第十八次全国代表大会明确提出" in text
    assert "〔还〕必须" in text
    toggle = page.locator("button.printed-toggle")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-pressed") == "true"
    printed = _preface_text(page)
    assert "广洲市委十届三次全会" in printed and "广州市委十届三次全会" not in printed
    assert "党的十八大明确提出" in printed and "还必须" not in printed
    chapter = page.locator("#ch1").inner_text()
    assert "广州市全面启动" in chapter and "正式启动" not in chapter
    page.keyboard.press("Enter")
    assert "广州市委十届三次全会" in _preface_text(page)
    assert page.errors == []


def test_a_choice_is_focusable_and_names_the_other_reading(open_page, corrected_url):
    page = open_page(corrected_url)
    choice = page.locator("span.choice").first
    choice.focus()
    assert page.evaluate("document.activeElement.classList.contains('choice')")
    assert choice.get_attribute("title") == "印本作：十八大"  # the first choice: abbr/expan
    assert choice.locator(".printed").is_hidden() and choice.locator(".reading").is_visible()


def test_editorial_notes_are_listed_with_their_editor(open_page, corrected_url):
    page = open_page(corrected_url)
    aside = page.locator("aside.editorial-notes")
    assert aside.is_visible()
    assert "序言落款早于" in aside.inner_text() and "李明" in aside.inner_text()
    link = aside.locator("a").first
    link.click()
    assert page.locator(link.get_attribute("href")).is_visible()
    assert page.errors == []

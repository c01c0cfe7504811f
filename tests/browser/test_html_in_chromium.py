"""The HTML edition in a real browser: notes open in place, links land, phones, console."""
from __future__ import annotations



def test_every_note_mark_opens_its_note_in_place_and_links_back(open_page, edition_url):
    page = open_page(edition_url)
    marks = page.locator("a.noteref")
    assert marks.count() >= 3
    popover = page.locator("#note-popover")
    for i in range(marks.count()):
        mark = marks.nth(i)
        mark_id = mark.get_attribute("id")
        note_id = mark.get_attribute("href").removeprefix("#")
        mark.scroll_into_view_if_needed()
        mark.click()
        assert popover.is_visible(), f"note {note_id} did not open"
        note_text = page.locator(f'[id="{note_id}"] .note-body').inner_text()
        assert popover.locator(".note-popover-body").inner_text() == note_text
        box = popover.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"]
        back = page.locator(f'[id="{note_id}"] a.note-back')
        assert back.get_attribute("href") == f"#{mark_id}"
        page.keyboard.press("Escape")
        assert not popover.is_visible()
    back = page.locator("a.note-back").first
    back.click()
    target = back.get_attribute("href")
    assert page.evaluate("location.hash") == target
    assert page.locator(target).is_visible()
    assert page.errors == []


def test_every_contents_link_lands_on_its_chapter(open_page, edition_url):
    page = open_page(edition_url)
    links = page.locator(".toc-entry a")
    assert links.count() >= 2
    for i in range(links.count()):
        link = links.nth(i)
        href = link.get_attribute("href")
        link.click()
        assert page.evaluate("location.hash") == href
        target = page.locator(f'[id="{href[1:]}"]')
        assert target.count() == 1, f"{href} has no target"
        assert target.first.evaluate("el => el.getBoundingClientRect().top < innerHeight")
    absent = page.locator(".toc-entry.absent")
    assert absent.locator("a").count() == 0


def test_no_link_in_the_page_is_dead(open_page, edition_url):
    page = open_page(edition_url)
    dead = page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')]
        .map(a => a.getAttribute('href').slice(1))
        .filter(id => id && !document.getElementById(id))""")
    assert dead == []


def test_a_375px_phone_needs_no_horizontal_scrolling(open_page, edition_url):
    page = open_page(edition_url, width=375, height=740)
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(el => el.getBoundingClientRect().right > innerWidth + 1
                      && getComputedStyle(el).position !== 'fixed')
        .map(el => el.tagName + '.' + el.className)""")
    assert wide == []


def test_page_numbers_stand_in_the_margin_on_a_desktop(open_page, edition_url):
    page = open_page(edition_url)
    numbers = page.locator(".pb[id] .pb-n")
    assert numbers.count() >= 2
    main_left = page.locator("main").evaluate("el => el.getBoundingClientRect().left")
    for i in range(numbers.count()):
        box = numbers.nth(i).bounding_box()
        assert box["x"] + box["width"] <= main_left + 20  # left of the text column


def test_screenshots_of_the_first_chapter(open_page, edition_url, artifacts):
    name = "bundled" if "html-bundled" in edition_url else "second"
    for width, label in ((1280, "desktop"), (375, "phone")):
        page = open_page(edition_url, width=width, height=1100)
        chapter = page.locator("article.chapter").first
        chapter.scroll_into_view_if_needed()
        page.evaluate("document.querySelector('article.chapter').scrollIntoView()")
        path = artifacts / f"{name}-first-chapter-{label}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 10_000
        assert page.errors == []
    page.locator("article.chapter a.noteref").first.click()
    page.screenshot(path=str(artifacts / f"{name}-note-popover-phone.png"))

"""The report in headless Chromium: what a proofreader sees and does — every source line once,
notes lit with their anchors, warnings stepped through on their lines, pages by printed number,
filters, a phone's width, print; no console error and no request beyond the file itself."""
from __future__ import annotations

from .checks import expected_figures, note_pairs, source_lines

DOM = """() => ({
    lines: [...document.querySelectorAll('.row .src')].map(e => [e.dataset.line, e.textContent]),
    visible: [...document.querySelectorAll('.row')].every(r => r.getClientRects().length > 0),
    figures: Object.fromEntries([...document.querySelectorAll('dd[data-figure]')]
        .map(d => [d.dataset.figure, d.textContent])),
    pb: document.querySelectorAll('section[data-pb]').length,
    warnings: [...document.querySelectorAll('.row .warning')]
        .map(w => [w.closest('.row').id, w.dataset.code]),
})"""


def test_every_line_note_warning_and_count_as_the_conversion_made_them(cases, open_report):
    for case in cases:
        page = open_report(case)
        dom = page.evaluate(DOM)
        lines = source_lines(case.text)
        assert dom["lines"] == [[str(n), t] for n, t in enumerate(lines, start=1)], case.name
        assert dom["visible"]
        expected = expected_figures(case.conversion)
        for key in ("joined", "notes-matched", "notes-unmatched", "contents-linked", "warnings"):
            assert dom["figures"][key] == expected[key], (case.name, key)
        assert dom["pb"] == int(expected["pb"])
        assert sorted(dom["warnings"]) == sorted(
            [f"L{m.line}", m.rule or "other"] for m in case.conversion.reporter.warnings)
        assert page.errors == [], case.name


def test_hovering_a_note_lights_its_anchor_and_back(cases, open_report):
    for case in cases:
        pairs = note_pairs(case.conversion)
        if not pairs:
            continue
        page = open_report(case)
        for xml_id, _mark in pairs:
            anchor = page.locator(f'a[data-role="anchor"][data-pair="{xml_id}"]')
            note = page.locator(f'a[data-role="note"][data-pair="{xml_id}"]')
            note_row = note.locator("xpath=ancestor::div[contains(@class,'row')]")
            anchor_row = anchor.locator("xpath=ancestor::div[contains(@class,'row')]")
            anchor.hover()
            assert "lit" in note_row.get_attribute("class").split(), (case.name, xml_id)
            page.mouse.move(0, 0)
            assert "lit" not in note_row.get_attribute("class").split()
            note.hover()
            assert "lit" in anchor_row.get_attribute("class").split()
            page.mouse.move(0, 0)
        anchor = page.locator('a[data-role="anchor"]').first
        anchor.click()
        assert page.evaluate("location.hash") == anchor.get_attribute("href")
        assert page.errors == []


def _case(cases, name):
    return next(c for c in cases if c.name == name)


def test_keys_step_through_the_warnings_in_line_order(cases, open_report):
    case = _case(cases, "book-monograph-unanchored")
    page = open_report(case)
    lines = sorted(m.line for m in case.conversion.reporter.warnings)
    assert len(lines) >= 2
    seen = []
    for _ in lines:
        page.keyboard.press("n")
        seen.append(page.evaluate("document.activeElement.closest('.row').id"))
    assert seen == [f"L{n}" for n in lines]
    page.keyboard.press("n")  # wraps round to the first
    assert page.evaluate("document.activeElement.closest('.row').id") == f"L{lines[0]}"
    page.keyboard.press("p")
    assert page.evaluate("document.activeElement.closest('.row').id") == f"L{lines[-1]}"
    page.get_by_role("button", name="Next warning").click()
    assert page.evaluate("document.activeElement.closest('.row').id") == f"L{lines[0]}"


def test_a_page_is_found_by_its_printed_number(cases, open_report):
    case = _case(cases, "book-monograph")
    page = open_report(case)
    numbers = page.evaluate("[...document.querySelectorAll('section[data-n]')].map(s => s.dataset.n)")
    assert len(numbers) >= 2
    for n in numbers:
        page.evaluate("document.activeElement.blur()")
        page.keyboard.press("g")  # focuses the page field
        page.keyboard.press("Control+A")
        page.keyboard.type(n)
        page.keyboard.press("Enter")
        focused = page.evaluate("document.activeElement.closest('section').dataset.n")
        assert focused == n
    page.locator("#goto-n").fill("99999")
    page.keyboard.press("Enter")
    assert "99999" in page.locator("#goto-status").inner_text()


def test_filters_hide_exactly_one_block_type(cases, open_report):
    case = _case(cases, "book-report")
    page = open_report(case)
    kinds = page.evaluate("[...document.querySelectorAll('#filters input')].map(i => i.value)")
    assert {"paragraph", "footnote", "heading"} <= set(kinds)
    for kind in ("paragraph", "footnote"):
        page.locator(f"#show-{kind}").uncheck()
        hidden = page.evaluate("[...document.querySelectorAll('.row')].filter(r => r.hidden)"
                               ".map(r => r.dataset.kind)")
        assert hidden and set(hidden) == {kind}
        page.locator(f"#show-{kind}").check()
        assert page.evaluate("document.querySelectorAll('.row[hidden]').length") == 0


def test_phone_width_and_print(cases, open_report):
    for case in cases:
        page = open_report(case, width=375, height=800)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, case.name
    page.emulate_media(media="print")
    assert page.locator(".toolbar").is_hidden()
    assert page.locator(".row").first.is_visible()

"""Property: the proofing report of any generated book, printed in any real-extraction format,
shows every source line once, each warning on its line, each note linked to its anchor and the
conversion's own counts (tests/report/checks.py)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from teikit import pipeline
from teikit.report import report_html
from tests.report.checks import check_report

from .formats import FORMATS, print_as
from .render import render
from .strategies import books


@given(books(), st.sampled_from(FORMATS))
def test_report_of_any_rendering_shows_what_the_conversion_made(book, fmt):
    text = print_as(render(book), fmt)
    conversion = pipeline.convert_text(text, f"{fmt}.txt")
    check_report(report_html(conversion, text), text, conversion)

"""The written report against its conversion, for every kind of source (see checks.check_report
for what is checked; the property over generated renderings is tests/properties/test_report.py)."""
from __future__ import annotations

import pytest
from teikit import pipeline
from teikit.report import report_html

from .checks import check_report
from .conftest import sources

SOURCES = sources()


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_report_shows_what_the_conversion_made(name):
    text = SOURCES[name]
    conversion = pipeline.convert_text(text, f"{name}.txt")
    check_report(report_html(conversion, text), text, conversion)


def test_some_source_puts_warnings_on_lines():
    """The cases above include warnings to place (else 'each warning on its line' is void)."""
    warned = [name for name, text in SOURCES.items()
              if pipeline.convert_text(text, name).reporter.warnings]
    assert "book-monograph-unanchored" in warned

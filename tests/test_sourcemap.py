"""The source map (teikit.sourcemap): an invalid element of an edition traced back to the
source line it was printed on, so convert's self-validation names ``book.txt:LINE``."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from teikit import pipeline
from teikit.errors import OutputInvalidError
from teikit.sourcemap import SourceMap

from tests.properties.render import render
from tests.properties.strategies import books

TEI = "{http://www.tei-c.org/ns/1.0}"


def _p_text(p) -> str:
    return (p.text or "") + "".join(child.tail or "" for child in p)


def test_squeezed_text_keeps_the_line_of_each_character():
    smap = SourceMap("甲乙\n\n　　丙丁\n戊 己\n")
    assert smap.text == "甲乙丙丁戊己"
    assert [smap.line_at(i) for i in range(6)] == [1, 1, 3, 3, 4, 4]
    assert smap.find("丁\n戊") == 3 and smap.find("庚") is None


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.filter_too_much])
@given(book=books(), data=st.data())
def test_an_invalid_paragraph_is_reported_at_its_source_line(book, data):
    """Any paragraph of a generated book, made invalid after conversion (a converter defect):
    the validation message names the line the paragraph starts on in the source."""
    r = render(book)
    conversion = pipeline.convert_text(r.text, "random-book.txt")
    expected = data.draw(st.sampled_from(r.paragraphs))
    # Known limit: the map finds an element by its printed text, so a paragraph whose text
    # the book prints more than once (the generator's vocabulary is small) may be placed at
    # another occurrence.
    assume(SourceMap(r.text).text.count(SourceMap(expected.text).text) == 1)
    ps = [p for p in conversion.tree.getroot().iter(f"{TEI}p") if _p_text(p) == expected.text]
    p = ps[0]
    p.set("bogus", "1")
    with pytest.raises(OutputInvalidError) as raised:
        pipeline.check_output(conversion)
    assert f"random-book.txt:{expected.line}: " in str(raised.value)

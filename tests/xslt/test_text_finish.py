"""txt:finish (line by line, linear) tidies a text exactly as the four whole-text regular
expressions it replaces did."""
from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import given, settings, strategies as st

from teikit.resources import xslt_dir

WRAPPER = f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:txt="urn:x-teikit:text">
  <xsl:import href="{(xslt_dir() / 'text' / 'text-common.xsl').as_uri()}"/>
  <xsl:param name="text" as="xs:string"/>
  <xsl:template name="xsl:initial-template"><xsl:value-of select="txt:finish($text)"/></xsl:template>
</xsl:stylesheet>"""


def by_regex(text: str) -> str:
    """The former definition: four replace() calls over the whole text."""
    lines = re.sub(r"\n{3,}", "\n\n", re.sub(r"\n +", "\n", re.sub(r"[ \t]+\n", "\n", text)))
    return re.sub(r"^\n+|\n+$", "", lines) + "\n"


@lru_cache(maxsize=1)
def _finish():
    from saxonche import PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    executable = processor.new_xslt30_processor().compile_stylesheet(stylesheet_text=WRAPPER)
    return processor, executable


def by_xslt(text: str) -> str:
    processor, executable = _finish()
    executable.set_parameter("text", processor.make_string_value(text))
    return executable.call_template_returning_string("{http://www.w3.org/1999/XSL/Transform}initial-template")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\n", "a", "文", "①"]), max_size=40))
def test_finish_equals_the_regular_expressions(text):
    assert by_xslt(text) == by_regex(text)

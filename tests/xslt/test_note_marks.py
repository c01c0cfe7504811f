"""tk:note-mark numbers unmarked notes within their division, as the preceding-axis definition
it replaces did (that one scanned back to the start of the document from every note)."""
from __future__ import annotations

from functools import lru_cache

from hypothesis import given, settings, strategies as st
from lxml import etree
from saxonche import PySaxonProcessor

from teikit.resources import xslt_dir

TEI = "http://www.tei-c.org/ns/1.0"
WRAPPER = f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tk="urn:x-teikit:xslt" xpath-default-namespace="{TEI}">
  <!-- the HTML format: core.xsl with every hook a format implements -->
  <xsl:import href="{(xslt_dir() / 'html' / 'edition.xsl').as_uri()}"/>
  <xsl:output method="text"/>
  <xsl:template match="/"><xsl:value-of select="//text//note!tk:note-mark(.)" separator=","/></xsl:template>
</xsl:stylesheet>"""

# a division's content: text, notes (marked, unmarked, a division note, one holding another
# note) and nested divisions
leaf = st.sampled_from(['<note place="foot">a</note>', '<note place="foot" n="*">b</note>',
                        '<note anchored="false">c</note>', "<p>t</p>",
                        '<note place="foot">d<note place="foot">e</note></note>'])
content = st.recursive(st.lists(leaf, max_size=4).map("".join),
                       lambda inner: st.lists(inner.map(lambda c: f"<div>{c}</div>") | leaf,
                                              max_size=3).map("".join), max_leaves=12)


@lru_cache(maxsize=1)
def _marks():
    processor = PySaxonProcessor(license=False)
    return processor, processor.new_xslt30_processor().compile_stylesheet(stylesheet_text=WRAPPER)


def by_xslt(xml: str) -> list[str]:
    processor, executable = _marks()
    node = processor.parse_xml(xml_text=xml)
    result = executable.transform_to_string(xdm_node=node)
    return result.split(",") if result else []


def by_preceding_axis(xml: str) -> list[str]:
    """The former definition, in XPath 1.0 over lxml."""
    tree = etree.fromstring(xml.encode())
    ns = {"t": TEI}
    marks = []
    for note in tree.xpath("//t:text//t:note", namespaces=ns):
        if note.get("n") is not None:
            marks.append(note.get("n"))
            continue
        home = (note.xpath("ancestor::t:div[parent::t:front or parent::t:body or parent::t:back]",
                           namespaces=ns) or note.xpath("ancestor::t:text", namespaces=ns))[0]
        inside = set(home.iter(f"{{{TEI}}}note"))
        before = [n for n in note.xpath("preceding::t:note[not(@n)]", namespaces=ns)
                  if n.get("anchored") != "false" and n.get("type") != "cited-by" and n in inside]
        marks.append(str(1 + len(before)))
    return marks


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(content, min_size=1, max_size=3), content)
def test_unmarked_notes_are_numbered_as_before(divisions, loose):
    body = "".join(f"<div>{d}</div>" for d in divisions) + loose
    xml = f'<TEI xmlns="{TEI}"><text><body>{body}</body></text></TEI>'
    assert by_xslt(xml) == by_preceding_axis(xml)

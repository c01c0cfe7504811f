"""``profileDesc``: languages used, CLC class numbers and the CIP subject headings."""
from __future__ import annotations

from lxml import etree

from teikit.header.elements import compact, english
from teikit.header.encoding_desc import CLC_ID, SUBJECTS_ID
from teikit.header.facts import HeaderFacts
from teikit.tei import E


def build_profile_desc(facts: HeaderFacts) -> etree._Element:
    return E.profileDesc(*compact(lang_usage(facts), text_class(facts)))


def lang_usage(facts: HeaderFacts) -> etree._Element:
    languages = [english(E.language("Chinese, simplified characters", ident="zh-Hans"))]
    if facts.traditional:
        languages.append(english(E.language("Chinese, traditional characters", ident="zh-Hant")))
    return E.langUsage(*languages)


def text_class(facts: HeaderFacts) -> etree._Element | None:
    cip = facts.cip
    if not cip or not (cip.classes or cip.subjects):
        return None
    return E.textClass(*compact(
        [E.classCode(c.text, scheme=f"#{CLC_ID}") for c in cip.classes],
        E.keywords(*[E.term(s.text) for s in cip.subjects], scheme=f"#{SUBJECTS_ID}")
        if cip.subjects else None,
    ))

"""Names in bylines and contents: an organisation or a person, one element each; and the role
words printed after them (主编, 著 …), the one list every reader of bylines uses."""
from __future__ import annotations

import re

from lxml import etree

from teikit.tei import E

#: Endings of Chinese organisation names (委员会, 学会, 研究所, 大学, 公司, 课题组 …).
ORG_ENDING = re.compile(
    r"(会|部|委|所|院|校|学院|大学|中学|小学|中心|公司|集团|局|厅|处|组|室|社|馆|站|队|办|委员会|"
    r"工委|党委|支部|基地|医院|政府|协会|学会|研究会|银行|企业|机关|街道|街|镇|乡|村|班|法院|检察院|"
    r"Institute|University|College|Society|Association|Committee|Press|Ltd\.?|Inc\.?)$")
PERSON = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")

#: Role words printed after the names of a byline (``张三 ◎主编``), simplified and
#: traditional; the full table of a statement of responsibility is header/responsibility.py's.
ROLE_WORDS = ("主编", "主編", "编著", "編著", "执笔", "整理", "校注", "编", "編", "著", "译", "譯")
#: the role words as a regular-expression alternation (no group)
ROLE_WORD = "|".join(ROLE_WORDS)


def name_kind(text: str) -> str:
    """TEI element name for a byline name: orgName, persName, or name when unsure."""
    text = text.strip()
    if ORG_ENDING.search(text):
        return "orgName"
    if PERSON.match(text):
        return "persName"
    return "name"


def name_element(text: str) -> etree._Element:
    return getattr(E, name_kind(text))(text.strip())

"""Names in bylines and contents: an organisation or a person, one element each; and the role
words printed after them (主编, 著 …): the one table of role words and their functions, and
the lists of it that bylines and citations print."""
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

#: Printed role word -> function in the TEI header (``author`` or ``editor/@role``): the one
#: table of role words, which every list below selects from. A statement without a role word
#: is an author statement (the cataloguing convention).
ROLE_FUNCTIONS: dict[str, str] = {
    "著": "author", "撰": "author", "著述": "author", "编著": "author", "编写": "author",
    "执笔": "author", "合著": "author", "原著": "author", "口述": "author",
    "主编": "editor", "总主编": "editor", "副主编": "editor", "执行主编": "editor",
    "编": "editor", "选编": "editor", "编选": "editor", "汇编": "editor", "编纂": "editor",
    "整理": "editor", "校注": "editor", "点校": "editor", "校点": "editor", "主持": "editor",
    "译": "translator", "翻译": "translator", "编译": "translator", "译注": "translator",
    "译著": "translator", "译校": "translator", "注": "annotator", "绘": "illustrator",
    "摄影": "photographer",
}
#: The characters of the role words that differ in traditional script, in both scripts.
_ROLE_CHARS_TRADITIONAL, _ROLE_CHARS_SIMPLIFIED = "編譯執筆選彙點總輯繪", "编译执笔选汇点总辑绘"
_SIMPLIFIED = str.maketrans(_ROLE_CHARS_TRADITIONAL, _ROLE_CHARS_SIMPLIFIED)
_TRADITIONAL = str.maketrans(_ROLE_CHARS_SIMPLIFIED, _ROLE_CHARS_TRADITIONAL)


def role_function(word: str) -> str:
    """The TEI function of a printed role word, simplified or traditional (主編 → editor);
    a word not in the table is an author's (the cataloguing convention)."""
    return ROLE_FUNCTIONS.get(word.strip(" ◎\u3000").translate(_SIMPLIFIED), "author")


def _both_forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` in simplified and traditional characters, the longest first."""
    forms = dict.fromkeys(f for w in words for f in (w, w.translate(_TRADITIONAL)))
    return tuple(sorted(forms, key=len, reverse=True))


#: The role words bylines print after their names (``张三 ◎主编``: title page, chapter,
#: contents), simplified and traditional: the common ones of ROLE_FUNCTIONS.
ROLE_WORDS = _both_forms(("主编", "编著", "执笔", "整理", "校注", "编", "著", "译"))
#: the role words as a regular-expression alternation (no group)
ROLE_WORD = "|".join(ROLE_WORDS)
#: What a note-style citation prints after its editors or translators (``张三译``), and
#: after the editors of the book a chapter is in (``载李四主编：《书》``).
CITED_RESP_ROLES = ("译校", "编译", "主编", "校注", "整理", "译", "编")
CITED_EDITOR_ROLES = ("主编", "编著", "编")


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

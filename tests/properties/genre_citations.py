"""Hypothesis strategies for note-style and GB/T 7714 citations of the whole genre (issue 13):
each draws the printed text of one citation and the fields a reader sees in it.

Kept apart from ``strategies`` (the random books); ``Genre.fields`` maps a TEI field name
(title, author, editor, publisher, date, page) to its printed strings, in order.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

from .strategies import CITED_PUBLISHERS, JOURNALS, NEWSPAPERS, PLACES, WORDS, person

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
NATIONALITIES = ("〔美〕", "[英]", "〔法〕", "［德］", "（日）", "【俄】")
FOREIGN = ("罗伯特·帕特南", "安东尼·吉登斯", "福柯", "马克斯·韦伯", "丸山真男")
UNIVERSITIES = ("中山大学", "北京大学", "华南师范大学", "复旦大学")
ARCHIVES = ("广州市档案馆", "广东省档案馆", "上海市档案馆")
SITES = ("中国社会科学网", "人民网", "新华网")


@dataclass
class Genre:
    text: str
    kind: str
    fields: dict[str, list[str]] = field(default_factory=dict)


words = st.sampled_from([w for w in WORDS if len(w) > 1])
title = st.builds(lambda a, sep, b: a + sep + b, st.lists(words, min_size=1, max_size=3).map("".join),
                  st.sampled_from(("", "，", "——", "：")), st.lists(words, min_size=1, max_size=3)
                  .map("".join))
year = st.integers(1950, 2020).map(str)


@st.composite
def digits(draw, value: str) -> str:
    """A number as printed: ASCII or (OCR, some typesetting) full-width."""
    return value.translate(FULL_WIDTH) if draw(st.booleans()) else value


@st.composite
def names(draw, pool=None, max_size: int = 2) -> list[str]:
    return draw(st.lists(person if pool is None else pool, min_size=1, max_size=max_size, unique=True))


@st.composite
def pages(draw) -> str | None:
    start = draw(st.integers(1, 600))
    end = draw(st.one_of(st.none(), st.integers(start + 1, start + 30)))
    if draw(st.booleans()):
        return None
    return draw(digits(f"第{start}" + (f"—{end}" if end else "") + "页"))


def _locator(page: str | None) -> str:
    return f"，{page}" if page else ""


@st.composite
def translated_book(draw) -> Genre:
    foreign = draw(st.booleans())
    authors = draw(names(st.sampled_from(FOREIGN) if foreign else None))
    nationality = draw(st.sampled_from(NATIONALITIES)) if foreign else ""
    translators = draw(names()) if foreign or draw(st.booleans()) else []
    t, pub, y, page = draw(title), draw(st.sampled_from(CITED_PUBLISHERS)), draw(year), draw(pages())
    date = draw(digits(y)) + "年"
    resp = "、".join(translators) + "译，" if translators else ""
    text = f"{nationality}{'、'.join(authors)}：《{t}》，{resp}{pub}{date}版{_locator(page)}。"
    return Genre(text, "book", {"author": authors, "title": [t], "editor": translators,
                                "publisher": [pub], "date": [date], "page": [page] if page else []})


@st.composite
def chapter(draw) -> Genre:
    authors, editors = draw(names()), draw(names())
    t, book, pub, page = draw(title), draw(title), draw(st.sampled_from(CITED_PUBLISHERS)), draw(pages())
    date = draw(year) + "年"
    role = draw(st.sampled_from(("主编", "编", "等主编")))
    text = f"{'、'.join(authors)}：《{t}》，载{'、'.join(editors)}{role}：《{book}》，{pub}{date}版{_locator(page)}。"
    return Genre(text, "chapter", {"author": authors, "title": [t, book], "editor": editors,
                                   "publisher": [pub], "date": [date], "page": [page] if page else []})


@st.composite
def journal_article(draw) -> Genre:
    authors, t, journal = draw(names()), draw(title), draw(st.sampled_from(JOURNALS))
    date = draw(digits(draw(year))) + "年"
    issue = draw(digits(str(draw(st.integers(1, 12)))))
    page = draw(pages())
    comma = draw(st.sampled_from(("", "，")))
    text = f"{'、'.join(authors)}：《{t}》，《{journal}》{comma}{date}第{issue}期{_locator(page)}。"
    return Genre(text, "article-journal", {"author": authors, "title": [t, journal],
                                           "date": [date], "page": [page] if page else []})


@st.composite
def thesis(draw) -> Genre:
    authors, t, uni = draw(names(max_size=1)), draw(title), draw(st.sampled_from(UNIVERSITIES))
    degree = draw(st.sampled_from(("博士学位论文", "硕士学位论文")))
    date, page = draw(year) + "年", draw(pages())
    middle = f"{degree}，{uni}" if draw(st.booleans()) else f"{uni}{degree}"
    text = f"{authors[0]}：《{t}》，{middle}，{date}{_locator(page)}。"
    return Genre(text, "thesis", {"author": authors, "title": [t], "publisher": [uni],
                                  "date": [date], "page": [page] if page else []})


@st.composite
def report(draw) -> Genre:
    author = draw(st.sampled_from(PLACES)) + "课题组"
    t, pub = draw(title), draw(st.sampled_from(PLACES)) + "民政局"
    genre = draw(st.sampled_from(("研究报告", "调研报告", "评估报告")))
    date = draw(year) + "年" + draw(st.sampled_from(("", "6月", "12月")))
    text = f"{author}：《{t}》，{genre}，{pub}，{date}。"
    return Genre(text, "report", {"author": [author], "title": [t], "publisher": [pub], "date": [date]})


@st.composite
def archival(draw) -> Genre:
    t, archive = draw(title), draw(st.sampled_from(ARCHIVES))
    date = draw(year) + "年" + draw(st.sampled_from(("3月", "10月", "3月5日")))
    number = draw(st.from_regex(r"[A-Z][0-9]{1,3}(-[0-9]{1,4}){1,3}", fullmatch=True))
    text = f"《{t}》，{date}，{archive}藏，档案号：{number}。"
    return Genre(text, "manuscript", {"title": [t], "date": [date]})


@st.composite
def web_page(draw) -> Genre:
    t, site = draw(title), draw(st.sampled_from(SITES))
    url = "http://www." + draw(st.from_regex(r"[a-z]{2,8}\.(cn|com|gov\.cn)/[a-z0-9_/]{1,20}\.html",
                                             fullmatch=True))
    access = f"{draw(year)}年{draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日"
    if draw(st.booleans()):
        text = f"《{t}》，{site}，{url}，访问日期：{access}。"
    else:
        text = f"《{t}》，{site}，{url}，{access}访问。"
    return Genre(text, "webpage", {"title": [t], "publisher": [site], "date": [access]})


@st.composite
def gbt_other(draw) -> Genre:
    """GB/T 7714-2015 standards, compilations, archives, other works: a book's imprint."""
    code, kind = draw(st.sampled_from((("S", "standard"), ("G", "book"), ("A", "manuscript"),
                                       ("Z", "document"))))
    author, t = draw(person), draw(title).replace("：", "")
    place, pub = draw(st.sampled_from(PLACES)), draw(st.sampled_from(CITED_PUBLISHERS))
    y = draw(year)
    start = draw(st.integers(1, 500))
    # a standard's number after its title (GB/T 7714-2015 8.1.4), when the draw gives one
    number = draw(st.none() | st.from_regex(r"GB(/T)? [1-9][0-9]{3,4}—(19|20)[0-9]{2}",
                                            fullmatch=True)) if code == "S" else None
    printed = f"{t}: {number}" if number else t
    text = f"{author}. {printed}[{code}]. {place}: {pub}, {y}: {start}-{start + 5}."
    return Genre(text, kind, {"author": [author], "title": [t], "publisher": [pub], "date": [y],
                              "page": [f"{start}-{start + 5}"],
                              **({"number": [number]} if number else {})})


@st.composite
def patent(draw) -> Genre:
    author, t = draw(person), draw(title).replace("：", "")
    number = draw(st.from_regex(r"[0-9]{8}\.[0-9]", fullmatch=True))
    date = f"{draw(year)}-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}"
    text = f"{author}. {t}: 中国, {number}[P]. {date}."
    return Genre(text, "patent", {"author": [author], "title": [t], "pubPlace": ["中国"],
                                  "number": [number], "date": [date]})


genre_citation = st.one_of(translated_book(), chapter(), journal_article(), thesis(), report(),
                           archival(), web_page(), gbt_other(), patent())

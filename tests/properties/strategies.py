"""Hypothesis strategies for random books of the genre (see ``oracle`` for the model).

Small alphabets of real words keep shrunk examples readable: a minimal failing book has
the first word of each list ("党建", "广州市", …) and no page breaks it does not need.
"""
from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import strategies as st

from .oracle import (LEVEL_LABELS, Book, Chapter, Cip, Citation, Colophon, Contents, Heading,
                     ListedDivision, Monograph, NoteSpec, Para, Preface, Responsibility,
                     TitlePages, TocEntry, ends_sentence, isbn13_check_digit)
from .render import chapter_page_count

# --- vocabulary ----------------------------------------------------------------------

WORDS = ("党建", "工作", "创新", "基层", "组织", "建设", "社区", "服务", "发展", "城市化",
         "群众", "制度", "机制", "实践", "研究", "调查", "管理", "干部", "农村", "经济",
         "社会", "文化", "教育", "政策", "改革", "治理", "平台", "网络", "人才", "队伍",
         "经验", "问题", "目标", "任务", "体系", "能力", "水平", "作用", "活动", "载体",
         "党员", "志愿", "居民", "街道", "企业", "机关", "推进", "加强", "完善", "探索",
         "落实", "坚持", "推动", "实现", "促进", "建立", "开展", "发挥", "增强", "的", "和",
         "与", "在", "是", "了", "对", "把", "以", "为", "及", "等", "不断", "进一步", "全面")
# Latin words, digits and half-width forms as they occur in running Chinese text.  No digit
# is followed by ". " (that would be a heading) and no parenthesis holds a number.
MIXED = ("MPA", "GDP", "Internet", "e-government", "2012年", "738", "28.5%", "1+15", "3A",
         "Web 2.0", "(CIP)", "（CIP）", "“三新”", "《纲要》", "No.1", "QQ群")
CLAUSE_SEPS = ("，", "、", "；", "：", ", ", "; ")
SENTENCE_ENDS = ("。", "！", "？")
PLACES = ("广州市", "荔湾区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区",
          "越秀区", "从化市", "增城市")
UNITS = ("委组织部", "委党校", "党建学会", "党史党建重点研究基地", "审计局", "教育局党建学会",
         "直属机关工委", "社会科学院")
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "尹", "汤", "欧阳")
GIVEN = ("永平", "德慈", "南", "华", "明", "建国", "晓东", "丽", "文洁", "志强")
PUBLISHERS = (  # (place, simplified, traditional, group in traditional characters)
    ("广州", "广东经济出版社", "廣東經濟出版社", "廣東省出版集團"),
    ("北京", "人民出版社", "人民出版社", "中國出版集團"),
    ("北京", "社会科学文献出版社", "社會科學文獻出版社", "中國社會科學院"),
    ("上海", "上海人民出版社", "上海人民出版社", "上海世紀出版集團"),
    ("广州", "广东人民出版社", "廣東人民出版社", "廣東省出版集團"),
)
CITED_PUBLISHERS = ("人民出版社", "中央文献出版社", "广东人民出版社", "商务印书馆")
NEWSPAPERS = ("广州日报", "人民日报", "南方日报", "光明日报")
JOURNALS = ("党建研究", "中国行政管理", "求是", "学术研究")
SUBJECTS = ("中国共产党", "党的建设", "研究报告", "广州市", "基层组织", "社区管理", "城市化",
            "中国", "经济发展", "文集")
SERIES = ("广州党建研究报告", "城市治理丛书", "基层党建研究文库", "社会发展论丛")
HEADING_RE = re.compile(r"^(第?[一二三四五六七八九十]+[、章节]|[（(][一二三四五六七八九十\d]+[）)]"
                        r"|\d+[.．]|\[\d+\]|[①-⑳*^【]|\.\.\.)")

words = st.sampled_from(WORDS)
token = st.one_of(words, words, words, st.sampled_from(MIXED))
person = st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.sampled_from(GIVEN))
organisation = st.builds(lambda pre, place, unit: pre + place + unit,
                         st.sampled_from(("", "中共")), st.sampled_from(PLACES),
                         st.sampled_from(UNITS))
author = st.one_of(organisation, person)


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (n < 100)."""
    digits = "零一二三四五六七八九"
    tens, units = divmod(n, 10)
    if tens == 0:
        return digits[units]
    head = "" if tens == 1 else digits[tens]
    return head + "十" + (digits[units] if units else "")


# --- running text -------------------------------------------------------------------


@st.composite
def phrase(draw, min_words: int = 1, max_words: int = 4) -> str:
    """Words run together, starting with a Chinese word (never a number or a bracket)."""
    first = draw(words)
    rest = draw(st.lists(token, min_size=min_words - 1, max_size=max_words - 1))
    return first + "".join(rest)


@st.composite
def sentence(draw) -> str:
    clauses = draw(st.lists(phrase(), min_size=1, max_size=2))
    seps = [draw(st.sampled_from(CLAUSE_SEPS)) for _ in clauses[1:]]
    text = clauses[0] + "".join(s + c for s, c in zip(seps, clauses[1:]))
    return text + draw(st.sampled_from(SENTENCE_ENDS))


PARA_OPENINGS = ("", "一是", "二是", "2012年9月，", "1990年以来，")


@st.composite
def paragraph_text(draw) -> str:
    opening = draw(st.sampled_from(PARA_OPENINGS))
    return opening + "".join(draw(st.lists(sentence(), min_size=1, max_size=3)))


ASCII_WORD = re.compile(r"[A-Za-z0-9.%+\-]")
AFTER_WORD = "。！？》”）"
NO_LINE_START = "。，、；：！？）》”’,.;:!?)"
NO_LINE_END = "（《“‘("


def _inside_ascii_word(text: str, k: int) -> bool:
    return (0 < k < len(text) and bool(ASCII_WORD.match(text[k - 1]))
            and bool(ASCII_WORD.match(text[k])))


def split_points(text: str) -> list[int]:
    """Offsets where a page may end inside ``text``: mid-sentence (even mid-word, but not
    inside a Latin word or a number), not at whitespace, and not where the continuation
    would look like a heading or a note."""
    points = []
    for k in range(2, len(text) - 1):
        head, tail = text[:k], text[k:]
        if ends_sentence(head) or head[-1].isspace() or tail[0].isspace():
            continue
        if tail[0] in NO_LINE_START or head[-1] in NO_LINE_END:  # kinsoku
            continue
        if _inside_ascii_word(text, k):
            continue
        if HEADING_RE.match(tail):
            continue
        points.append(k)
    return points


def anchor_points(text: str) -> list[int]:
    """Where a note mark may stand: after a word or a closing punctuation mark."""
    return [k for k in range(1, len(text) + 1)
            if (text[k - 1] in AFTER_WORD or "\u4e00" <= text[k - 1] <= "\u9fff"
                or ASCII_WORD.match(text[k - 1]))
            and not _inside_ascii_word(text, k)
            and (k == len(text) or not text[k].isspace())]


# --- notes and citations ------------------------------------------------------------


# A title inside 《》 quotes a title within it with 〈〉 (Chinese typography), never 《》.
title_text = st.builds(lambda a, sep, b: (a + sep + b).replace("《", "〈").replace("》", "〉"),
                       phrase(2, 5), st.sampled_from(("", "，", "——")), phrase(1, 3))
year = st.integers(1990, 2013)
pages = st.one_of(st.just(()), st.tuples(st.integers(1, 600)),
                  st.integers(1, 600).flatmap(
                      lambda a: st.tuples(st.just(a), st.integers(a + 1, a + 30))))


@st.composite
def note_citation(draw) -> Citation:
    kind = draw(st.sampled_from(("book", "article-newspaper", "article-journal")))
    authors = tuple(draw(st.lists(person, max_size=2, unique=True)))
    base = dict(style="note", kind=kind, title=draw(title_text), authors=authors,
                year=draw(year))
    if kind == "book":
        return Citation(**base, publisher=draw(st.sampled_from(CITED_PUBLISHERS)),
                        pages=draw(pages))
    if kind == "article-newspaper":
        return Citation(**base, container=draw(st.sampled_from(NEWSPAPERS)),
                        month=draw(st.integers(1, 12)), day=draw(st.integers(1, 28)))
    return Citation(**base, container=draw(st.sampled_from(JOURNALS)),
                    issue=draw(st.integers(1, 12)))


@st.composite
def gbt7714_citation(draw) -> Citation:
    kind = draw(st.sampled_from(("book", "article-journal", "article-newspaper", "thesis",
                                 "paper-conference")))
    authors = tuple(draw(st.lists(person, min_size=1, max_size=3, unique=True)))
    place, publisher, _, _ = draw(st.sampled_from(PUBLISHERS))
    base = dict(style="gbt7714", kind=kind, title=draw(phrase(2, 5)), authors=authors,
                year=draw(year))
    span = draw(st.integers(1, 600).flatmap(
        lambda a: st.tuples(st.just(a), st.integers(a + 1, a + 30))))
    if kind == "book":
        return Citation(**base, place=place, publisher=publisher, pages=span)
    if kind == "article-journal":
        return Citation(**base, container=draw(st.sampled_from(JOURNALS)),
                        volume=draw(st.integers(1, 40)), issue=draw(st.integers(1, 12)),
                        pages=span)
    if kind == "article-newspaper":
        return Citation(**base, container=draw(st.sampled_from(NEWSPAPERS)),
                        month=draw(st.integers(1, 12)), day=draw(st.integers(1, 28)),
                        pages=(draw(st.integers(1, 16)),))
    if kind == "thesis":
        return Citation(**base, place=place, publisher=draw(st.sampled_from(
            ("中山大学", "北京大学", "华南师范大学"))))
    proceedings = phrase(2, 4)
    return Citation(**base, editor=draw(person), container=draw(proceedings) + "论文集",
                    place=place, publisher=publisher, pages=span)


commentary = st.builds(lambda s: s, sentence())
note_spec = st.builds(NoteSpec, st.one_of(commentary, note_citation(), gbt7714_citation()))


# --- paragraphs with notes and layout ---------------------------------------------


# A block a preface's closer would take for its dateline: up to 12 characters of place, then
# a year (`2012年`, `建把2012年`); teikit reads it so even where it continues a paragraph.
DATELINE = re.compile(r"^[^\d\s]{0,12}\d{4}年(\d{1,2}月)?$")


def _no_dateline_pieces(text: str, breaks: tuple[int, ...]) -> tuple[int, ...]:
    """Drop page ends that would leave a block reading like a dateline (`2012年`, `建把2012年`):
    in a preface that is the closer's date, whatever page layout led to it."""
    kept: list[int] = []
    for b in breaks:
        start = kept[-1] if kept else 0
        if not DATELINE.match(text[start:b]):
            kept.append(b)
    if kept and DATELINE.match(text[kept[-1]:]):
        kept.pop()
    return tuple(kept)


@st.composite
def para(draw, notes: bool = True, page_end: bool = True) -> Para:
    text = draw(paragraph_text())
    anchors = ()
    if notes:
        offsets = draw(st.lists(st.sampled_from(anchor_points(text)), max_size=2, unique=True))
        anchors = tuple((o, draw(note_spec)) for o in sorted(offsets))
    points = split_points(text)
    breaks = ()
    if points:
        chosen = sorted(draw(st.lists(st.sampled_from(points), max_size=2, unique=True)))
        breaks = tuple(b for i, b in enumerate(chosen) if i == 0 or b - chosen[i - 1] >= 2)
        breaks = _no_dateline_pieces(text, breaks)
    end = draw(st.booleans()) if page_end else False
    return Para(text, anchors, breaks, end)


#: How the genre numbers its notes: ^①, ①, [1], (1) (which headings and items use too).
NOTE_STYLES = ("circled-caret", "circled", "bracket", "paren")


# --- headings ---------------------------------------------------------------------

LABELS = {
    "cn1": lambda n: f"{cn_number(n)}、",
    "cn2": lambda n: f"（{cn_number(n)}）",
    "ar1": lambda n: f"{n}. ",
    "ar2": lambda n: f"（{n}）",
    "zhang": lambda n: f"第{cn_number(n)}章 ",
    "jie": lambda n: f"第{cn_number(n)}节 ",
}
SCHEMES = (("cn1", "cn2"), ("cn1", "cn2", "ar1"), ("cn1", "cn2", "ar1", "ar2"),
           ("zhang", "jie"), ("zhang", "jie", "cn1"), ("ar1", "ar2"))
heading_title = st.builds(lambda a, sep, b: a + (sep + b if b else ""), phrase(2, 5),
                          st.sampled_from(("", "，", "、")), st.one_of(st.just(""),
                                                                     phrase(1, 3)))
# teikit takes a block of more than 50 characters for a paragraph, never a heading (deep run:
# `一、党建党建InternetInternete-government党建MPAe-government`, 58 characters); printed
# headings of the genre stay well below that.
heading_title = heading_title.filter(lambda t: len(t) <= 40)


@st.composite
def section(draw, scheme: tuple[str, ...], level: int, n: int) -> list:
    """A heading of ``level`` numbered ``n``, its paragraphs and its subsections."""
    head = Heading(level, LABELS[scheme[level - 1]](n), draw(heading_title))
    subs = draw(st.integers(0, 2 if level == 1 else 1)) if level < len(scheme) else 0
    paras = draw(st.lists(para(), min_size=0 if subs else 1, max_size=2))
    blocks = [head, *paras]
    for k in range(1, subs + 1):
        blocks.extend(draw(section(scheme, level + 1, k)))
    return blocks


# The unmarked note on a chapter as a whole, in the wordings the genre uses.
chapter_note = st.one_of(
    st.builds(lambda org, y, t: NoteSpec(f"本研究报告属于{org}{y}年度课题《{t}》的研究成果。"),
              organisation, year, title_text),
    st.builds(lambda org, y, t: NoteSpec(f"本文系{org}{y}年度课题《{t}》的阶段性成果。"),
              organisation, year, title_text),
    st.builds(lambda org, y: NoteSpec(f"基金项目：{org}{y}年度重点课题。"), organisation, year),
    st.builds(lambda p, org: NoteSpec(f"作者简介：{p}，{org}研究员。"), person, organisation))


@st.composite
def chapter(draw, max_levels: int = 4) -> Chapter:
    title = draw(heading_title)
    authors = tuple(draw(st.lists(author, min_size=1, max_size=3, unique=True)))
    note = draw(st.one_of(st.none(), chapter_note))
    abstract = tuple(draw(st.lists(para(notes=False), max_size=2)))
    # The abstract is printed on the chapter's opening page: only its last paragraph may
    # hold or precede the first page end (it ends there, or right before the first heading).
    abstract = tuple(replace(p, breaks=(), page_end=False) for p in abstract[:-1]) + abstract[-1:]
    scheme = draw(st.sampled_from(SCHEMES))[:max_levels]
    sections = draw(st.integers(1 if abstract else 0, 2))
    body = [] if abstract else draw(st.lists(para(), min_size=0 if sections else 1,
                                             max_size=2))
    for n in range(1, sections + 1):
        body.extend(draw(section(scheme, 1, n)))
    return Chapter(title, authors, note, abstract, tuple(body))


# --- front matter ------------------------------------------------------------------


book_title = heading_title


def isbn13(publisher_code: str, title_code: str) -> str:
    first12 = f"9787{publisher_code}{title_code}"
    return f"978-7-{publisher_code}-{title_code}-{isbn13_check_digit(first12)}"


isbn = st.integers(2, 6).flatmap(lambda k: st.builds(
    isbn13, st.text("0123456789", min_size=k, max_size=k),
    st.text("0123456789", min_size=8 - k, max_size=8 - k)))
clc = st.builds(lambda letter, digits, sub: letter + digits + sub,
                st.sampled_from(("D", "F", "C", "G", "TP")), st.text("0123456789", min_size=1,
                                                                     max_size=3).map(
                    lambda d: str(int(d) or 1)), st.sampled_from(("", ".1", ".65", "-53")))


@st.composite
def front(draw, translators: bool = True) -> tuple[TitlePages, Cip, Colophon]:
    place, publisher, publisher_trad, group = draw(st.sampled_from(PUBLISHERS))
    title = draw(book_title)
    subtitle = draw(st.one_of(st.none(), book_title.map(lambda t: "——" + t)))
    series_kind = draw(st.sampled_from(("numbered", "none", "named")))
    series_name = draw(st.sampled_from(SERIES))
    number = str(draw(st.integers(1, 12)))
    editors = tuple(draw(st.lists(person, min_size=1, max_size=2, unique=True)))
    role = draw(st.sampled_from(("主编", "著", "编著")))
    year_, month = draw(st.integers(2005, 2014)), draw(st.integers(1, 12))
    series_line = {"numbered": f"{series_name}({number})", "named": series_name,
                   "none": None}[series_kind]
    titles = TitlePages(
        funding=draw(st.one_of(st.none(), st.builds(
            lambda o: o + "出版资助项目", organisation))),
        prize=draw(st.one_of(st.none(), st.builds(
            lambda y: f"全国党建研究会{y}年度优秀调研成果", year))),
        series=series_line, title=title, subtitle=subtitle, editors=editors, role=role,
        group_trad=group, publisher_trad=publisher_trad, publisher=publisher)
    responsibilities = [Responsibility(editors, role)]
    if translators and draw(st.booleans()):
        responsibilities.append(Responsibility(
            tuple(draw(st.lists(person, min_size=1, max_size=2, unique=True))), "译"))
    number_isbn = draw(isbn)
    cip = Cip(
        title=series_name if series_kind == "numbered" else title,
        part_number=number if series_kind == "numbered" else None,
        part_title=title if series_kind == "numbered" else None,
        other_title=subtitle[2:] if subtitle else None,
        responsibilities=tuple(responsibilities), place=place, publisher=publisher,
        year=year_, month=month, series=series_name if series_kind == "named" else None,
        isbn=number_isbn,
        subjects=tuple(draw(st.lists(st.lists(st.sampled_from(SUBJECTS), min_size=1,
                                              max_size=4, unique=True).map(tuple),
                                     min_size=1, max_size=3))),
        clc=tuple(draw(st.lists(clc, min_size=1, max_size=2, unique=True))),
        approval_year=year_, approval_number=str(draw(st.integers(1000, 999999))))
    candidates = (
        ("出版", f"{publisher} ({place}市{draw(phrase(1, 2))}路{draw(st.integers(1, 99))}号)"),
        ("发行", draw(st.sampled_from(("", publisher + "发行部")))),
        ("经销", "全国新华书店"),
        ("印刷", f"{draw(st.sampled_from(PLACES))}{draw(phrase(1, 2))}印刷有限公司"),
        ("开本", draw(st.sampled_from(("787毫米×1092毫米 1/16", "710毫米×1000毫米 1/16")))),
        ("印张", draw(st.sampled_from(("28.5", "16", "12.25")))),
        ("字数", f"{draw(st.integers(100, 900))}千字"),
        ("版次", f"{year_}年{month}月第1版"),
        ("印次", f"{year_}年{month}月第{draw(st.integers(1, 3))}次"),
        ("书号", f"ISBN {number_isbn}"),
        ("定价", f"{draw(st.integers(10, 120))}.00元"),
    )
    dropped = draw(st.lists(st.booleans(), min_size=len(candidates), max_size=len(candidates)))
    rows = tuple(row for row, drop in zip(candidates, dropped) if not drop)
    if not rows:
        rows = candidates[:1]
    notices = tuple(n for n, k in zip(
        ("如发现印装质量问题, 影响阅读, 请与承印厂联系调换。",
         f"装帧设计: {draw(st.sampled_from(('友间文化', '李华', '王明')))}",
         "• 版权所有 翻印必究 •"),
        draw(st.lists(st.booleans(), min_size=3, max_size=3))) if not k)
    return titles, cip, Colophon(rows, notices)


@st.composite
def preface(draw) -> Preface:
    signer = draw(person)
    note = None
    if draw(st.booleans()):
        note = NoteSpec(f"{signer}，现为{draw(organisation)}研究员。", mark="*")
    return Preface(draw(st.sampled_from(("序 言", "前 言", "序言", "前言"))),
                   tuple(draw(st.lists(para(), min_size=1, max_size=3))), signer, note,
                   draw(st.integers(2000, 2014)), draw(st.integers(1, 12)))


TOC_LAYOUTS = ("two-line", "two-line-3", "one-line", "blocks", "blocks-tight")


@st.composite
def contents(draw, chapters: tuple[Chapter, ...], first_page: int,
             cut: int | None) -> Contents:
    entries, page = [], first_page
    for i, ch in enumerate(chapters):
        entries.append(TocEntry(ch.title, ch.authors, page, draw(st.sampled_from(TOC_LAYOUTS))))
        page += chapter_page_count(ch, cut if i == len(chapters) - 1 else None)
    for _ in range(draw(st.integers(0, 3))):  # chapters not in the excerpt
        page += draw(st.integers(0, 20))
        entries.append(TocEntry(draw(heading_title), tuple(draw(st.lists(
            author, min_size=1, max_size=3, unique=True))), page,
            draw(st.sampled_from(TOC_LAYOUTS))))
        page += 1
    if draw(st.booleans()):
        entries.append(TocEntry("后记", (), page + draw(st.integers(0, 20)), "afterword"))
    return Contents(draw(st.sampled_from(("目 录", "目录"))), tuple(entries))


@st.composite
def books(draw, max_levels: int = 4, translators: bool = True) -> Book:
    """A random book; ``max_levels`` bounds the heading levels, ``translators=False`` leaves
    translators out of the CIP record."""
    titles, cip, colophon = draw(front(translators))
    chapters = tuple(draw(st.lists(chapter(max_levels), min_size=1, max_size=2)))
    last = chapters[-1]
    cut = None
    final = (list(last.abstract) + list(last.body))[-1]
    points = split_points(final.text)
    if points and draw(st.booleans()):
        cut = draw(st.sampled_from(points))
    first_page = draw(st.integers(1, 3))
    return Book(titles, cip, colophon, draw(st.one_of(preface(), st.none())),
                draw(contents(chapters, first_page, cut)), chapters,
                draw(st.sampled_from(NOTE_STYLES)), cut,
                first_page)


# --- monographs: contents of several levels --------------------------------------------


@st.composite
def listed_division(draw, depth: int, n: int, max_depth: int) -> ListedDivision:
    """A 章 (depth 0), 节 (1) or 一、 (2) numbered ``n``: a few paragraphs with notes (page
    ends inside them only where a paragraph is split, which the text shows), then its
    sub-divisions, each starting mid-page (sharing the page and its footnotes with the text
    before) or on a new page."""
    children = ()
    if depth < max_depth:
        count = draw(st.integers(0, 3 if depth == 0 else 2))
        children = tuple(draw(listed_division(depth + 1, k, max_depth))
                         for k in range(1, count + 1))
    paras = tuple(draw(st.lists(para(page_end=False),
                                min_size=0 if children else 1, max_size=2)))
    return ListedDivision(depth, LEVEL_LABELS[depth].format(cn=cn_number(n)), draw(heading_title),
                          paras, children, new_page=depth == 0 or draw(st.booleans()))


@st.composite
def monographs(draw) -> Monograph:
    titles, cip, colophon = draw(front(translators=False))
    max_depth = draw(st.integers(1, 2))
    chapters = tuple(draw(listed_division(0, k, max_depth))
                     for k in range(1, draw(st.integers(1, 3)) + 1))
    return Monograph(titles, cip, colophon, draw(st.one_of(preface(), st.none())), chapters,
                     draw(st.sampled_from(("", "\u3000", "  "))), draw(st.booleans()),
                     draw(st.integers(1, 3)),
                     draw(st.sampled_from(NOTE_STYLES)))

"""Citations tagged in place: bundled notes (lines 238, 250, 266, 268), GB/T 7714, commentary."""
import pytest
from hypothesis import given, strategies as st

from teikit.citations import parse_citation
from teikit.model import Bibl

HU = ("胡锦涛：《坚定不移沿着中国特色社会主义道路前进，为全面建成小康社会而奋斗——"
      "在中国共产党第十八次全国代表大会上的报告》，人民出版社2012年版，第49—50页。")
WAN = "《万庆良出席中山大学MPA教育十周年庆典大会》，《广州日报》2012年4月9日。"
TANG = "汤南：《黄埔试点党代会常任制》，《广州日报》2011年9月29日。"
LU = "卢文洁：《听取民意为民解惑做党员群众贴心人》，《广州日报》2012年10月24日。"
CHAPTER_NOTE = ("本研究报告属于全国党建研究会2012年度调研课题、广州市社会科学规划2012年度课题"
                "《广州基层党组织建设创新研究》、广州市党建学会2012年度重点课题的研究成果。2013年1月，"
                "阶段性成果《广州深入开展创先争优活动的实践创新研究》《广州推进党建工作重心下移研究报告》"
                "获得全国党建研究会2012年度优秀调研成果一等奖和三等奖。")


def joined(parts):
    return "".join(p if isinstance(p, str) else p.text() for p in parts)


def fields(bibl):
    return [(f.name, f.text, f.attrs) for f in bibl.parts if not isinstance(f, str)]


def only_bibl(text):
    parts = parse_citation(text, line=7)
    bibls = [p for p in parts if isinstance(p, Bibl)]
    assert len(bibls) == 1 and joined(parts) == text
    return bibls[0]


def test_bundled_book_citation():
    bibl = only_bibl(HU)
    assert bibl.kind == "book" and bibl.line == 7 and bibl.text() == HU
    assert fields(bibl) == [
        ("author", "胡锦涛", {}),
        ("title", HU[5:HU.index("》")], {"level": "m"}),
        ("publisher", "人民出版社", {}),
        ("date", "2012年", {"when": "2012"}),
        ("biblScope", "第49—50页", {"unit": "page", "from": "49", "to": "50"})]
    assert "，" in bibl.fields("title")[0].text and "——" in bibl.fields("title")[0].text
    assert bibl.fields("pubPlace") == []  # the note gives no place: none is invented


@pytest.mark.parametrize("text, author, when", [
    (WAN, None, "2012-04-09"), (TANG, "汤南", "2011-09-29"), (LU, "卢文洁", "2012-10-24")])
def test_bundled_newspaper_citations(text, author, when):
    bibl = only_bibl(text)
    assert bibl.kind == "article-newspaper"
    assert [f.text for f in bibl.fields("author")] == ([author] if author else [])
    assert [f.attrs["level"] for f in bibl.fields("title")] == ["a", "j"]
    assert bibl.fields("title")[1].text == "广州日报"
    assert [f.attrs for f in bibl.fields("date")] == [{"when": when}]


def test_commentary_stays_plain_text():
    assert parse_citation(CHAPTER_NOTE) == [CHAPTER_NOTE]
    plain = "王永平，现为中共广州市委党校（广州行政学院）常务副校长（副院长）、研究员。"
    assert parse_citation(plain) == [plain]


def test_commentary_with_a_citation_tags_only_the_citation():
    text = "关于这一问题，可参见李四主编：《党的建设概论》，北京：人民出版社，2010年版，第5页。"
    parts = parse_citation(text)
    assert parts[0] == "关于这一问题，可参见"
    bibl = parts[1]
    assert fields(bibl) == [("editor", "李四", {}), ("title", "党的建设概论", {"level": "m"}),
                            ("pubPlace", "北京", {}), ("publisher", "人民出版社", {}),
                            ("date", "2010年", {"when": "2010"}),
                            ("biblScope", "第5页", {"unit": "page", "from": "5", "to": "5"})]
    assert joined(parts) == text


def test_several_citations_separated_by_semicolon():
    text = TANG[:-1] + "；" + "《党建论文》，《求是》2011年第3期，第10—12页。"
    parts = parse_citation(text)
    bibls = [p for p in parts if isinstance(p, Bibl)]
    assert [b.kind for b in bibls] == ["article-newspaper", "article-journal"]
    assert fields(bibls[1])[2:] == [
        ("date", "2011年", {"when": "2011"}),
        ("biblScope", "第3期", {"unit": "issue", "from": "3", "to": "3"}),
        ("biblScope", "第10—12页", {"unit": "page", "from": "10", "to": "12"})]
    assert joined(parts) == text


GBT = {
    "M": ("[1] 张三, 李四. 中国经济研究[M]. 2版. 北京: 人民出版社, 2010: 25-30.", "book", [
        ("author", "张三", {}), ("author", "李四", {}), ("title", "中国经济研究", {"level": "m"}),
        ("edition", "2版", {}), ("pubPlace", "北京", {}), ("publisher", "人民出版社", {}),
        ("date", "2010", {"when": "2010"}),
        ("biblScope", "25-30", {"unit": "page", "from": "25", "to": "30"})]),
    "J": ("王五, 等. 城市基层治理研究[J]. 政治学研究, 2012, 28(3): 45-52.", "article-journal", [
        ("author", "王五", {}), ("title", "城市基层治理研究", {"level": "a"}),
        ("title", "政治学研究", {"level": "j"}), ("date", "2012", {"when": "2012"}),
        ("biblScope", "28", {"unit": "volume", "from": "28", "to": "28"}),
        ("biblScope", "3", {"unit": "issue", "from": "3", "to": "3"}),
        ("biblScope", "45-52", {"unit": "page", "from": "45", "to": "52"})]),
    "N": ("赵六. 社区党建的新探索[N]. 人民日报, 2012-04-09(7).", "article-newspaper", [
        ("author", "赵六", {}), ("title", "社区党建的新探索", {"level": "a"}),
        ("title", "人民日报", {"level": "j"}), ("date", "2012-04-09", {"when": "2012-04-09"}),
        ("biblScope", "7", {"unit": "page", "from": "7", "to": "7"})]),
    "D": ("钱七. 基层党组织建设研究[D]. 广州: 中山大学, 2011.", "thesis", [
        ("author", "钱七", {}), ("title", "基层党组织建设研究", {"level": "m"}),
        ("pubPlace", "广州", {}), ("publisher", "中山大学", {}), ("date", "2011", {"when": "2011"})]),
    "C": ("孙八. 党建创新的路径[C]//周九. 党建论坛论文集. 北京: 中央文献出版社, 2013: 12-20.",
          "paper-conference", [
              ("author", "孙八", {}), ("title", "党建创新的路径", {"level": "a"}),
              ("editor", "周九", {}), ("title", "党建论坛论文集", {"level": "m"}),
              ("pubPlace", "北京", {}), ("publisher", "中央文献出版社", {}),
              ("date", "2013", {"when": "2013"}),
              ("biblScope", "12-20", {"unit": "page", "from": "12", "to": "20"})]),
    "C-whole": ("中国党建研究会. 党建论文集[C]. 北京: 党建读物出版社, 2012.", "book", [
        ("author", "中国党建研究会", {}), ("title", "党建论文集", {"level": "m"}),
        ("pubPlace", "北京", {}), ("publisher", "党建读物出版社", {}),
        ("date", "2012", {"when": "2012"})]),
}


@pytest.mark.parametrize("code", sorted(GBT))
def test_gbt7714(code):
    text, kind, expected = GBT[code]
    bibl = only_bibl(text)
    assert bibl.kind == kind
    assert fields(bibl) == expected


def test_gbt7714_title_with_comma_and_dash():
    bibl = only_bibl("李四. 改革，创新——基层党建[M]. 北京: 人民出版社, 2010.")
    assert bibl.fields("title")[0].text == "改革，创新——基层党建"


def test_gbt_list_number_stays_outside_the_bibl():
    parts = parse_citation(GBT["M"][0])
    assert parts[0] == "[1] "


@given(st.lists(st.sampled_from([HU, WAN, TANG, CHAPTER_NOTE, GBT["J"][0], GBT["C"][0], "；",
                                 "见", "，", "《", "》", "2012年", "第3页", "[M]", ". ", "x"]),
                max_size=6))
def test_concatenation_gives_the_input_back(pieces):
    text = "".join(pieces)
    assert joined(parse_citation(text)) == text


@given(st.text(alphabet="《》，：；。.[]MJND/年月日第页版期0123456789—-甲乙丙出版社", max_size=60))
def test_concatenation_on_arbitrary_text(text):
    assert joined(parse_citation(text)) == text


# --- the whole note-style genre (issue 13) ---------------------------------------------

PUTNAM = "〔美〕罗伯特·帕特南：《使民主运转起来》，王列、赖海榕译，江西人民出版社2001年版，第195页。"
TR = {"role": "translator"}
GENRE = {
    "translated": (PUTNAM, "book", [
        ("author", "罗伯特·帕特南", {}), ("title", "使民主运转起来", {"level": "m"}),
        ("editor", "王列", TR), ("editor", "赖海榕", TR), ("publisher", "江西人民出版社", {}),
        ("date", "2001年", {"when": "2001"}),
        ("biblScope", "第195页", {"unit": "page", "from": "195", "to": "195"})]),
    "full-width": ("[英]安东尼·吉登斯：《第三条道路》，郑戈译，北京大学出版社２０００年版，第１２—１５页。",
                   "book", [
        ("author", "安东尼·吉登斯", {}), ("title", "第三条道路", {"level": "m"}),
        ("editor", "郑戈", TR), ("publisher", "北京大学出版社", {}),
        ("date", "２０００年", {"when": "2000"}),
        ("biblScope", "第１２—１５页", {"unit": "page", "from": "12", "to": "15"})]),
    "chapter": ("张三：《社区治理的逻辑》，载李四主编：《城市治理研究》，社会科学文献出版社2001年版，第3页。",
                "chapter", [
        ("author", "张三", {}), ("title", "社区治理的逻辑", {"level": "a"}), ("editor", "李四", {}),
        ("title", "城市治理研究", {"level": "m"}), ("publisher", "社会科学文献出版社", {}),
        ("date", "2001年", {"when": "2001"}),
        ("biblScope", "第3页", {"unit": "page", "from": "3", "to": "3"})]),
    "journal-comma": ("王五：《基层协商民主》，《政治学研究》，2010年第3期，第5—9页。", "article-journal", [
        ("author", "王五", {}), ("title", "基层协商民主", {"level": "a"}),
        ("title", "政治学研究", {"level": "j"}), ("date", "2010年", {"when": "2010"}),
        ("biblScope", "第3期", {"unit": "issue", "from": "3", "to": "3"}),
        ("biblScope", "第5—9页", {"unit": "page", "from": "5", "to": "9"})]),
    "thesis": ("陈明：《城市社区治理结构研究》，博士学位论文，中山大学，2010年，第35页。", "thesis", [
        ("author", "陈明", {}), ("title", "城市社区治理结构研究", {"level": "m"}),
        ("publisher", "中山大学", {}), ("date", "2010年", {"when": "2010"}),
        ("biblScope", "第35页", {"unit": "page", "from": "35", "to": "35"})]),
    "thesis-university-first": ("陈明：《社区研究》，中山大学硕士学位论文，2010年。", "thesis", [
        ("author", "陈明", {}), ("title", "社区研究", {"level": "m"}),
        ("publisher", "中山大学", {}), ("date", "2010年", {"when": "2010"})]),
    "report": ("课题组：《社区服务评估》，研究报告，广州市民政局，2015年6月，第8页。", "report", [
        ("author", "课题组", {}), ("title", "社区服务评估", {"level": "m"}),
        ("publisher", "广州市民政局", {}), ("date", "2015年6月", {"when": "2015-06"}),
        ("biblScope", "第8页", {"unit": "page", "from": "8", "to": "8"})]),
    "archive": ("《关于加强街道工作的通知》，1958年3月，广州市档案馆藏，档案号：J1-2.34。", "manuscript", [
        ("title", "关于加强街道工作的通知", {"level": "u"}), ("date", "1958年3月", {"when": "1958-03"}),
        ("orgName", "广州市档案馆", {"role": "repository"}), ("num", "J1-2.34", {"type": "archive"})]),
    "web": ("《台湾经验》，中国社会科学网，2015年3月2日，http://www.cssn.cn/a.shtml，访问日期：2019年1月5日。",
            "webpage", [
        ("title", "台湾经验", {"level": "a"}), ("publisher", "中国社会科学网", {}),
        ("date", "2015年3月2日", {"when": "2015-03-02"}),
        ("idno", "http://www.cssn.cn/a.shtml", {"type": "URI"}),
        ("date", "2019年1月5日", {"type": "access", "when": "2019-01-05"})]),
    "web-accessed-after": ("《指南》，http://www.gz.gov.cn/a.html，２０１９年１月５日访问。", "webpage", [
        ("title", "指南", {"level": "a"}), ("idno", "http://www.gz.gov.cn/a.html", {"type": "URI"}),
        ("date", "２０１９年１月５日", {"type": "access", "when": "2019-01-05"})]),
    "gbt-S": ("全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. "
              "北京: 中国标准出版社, 2015: 3.", "standard", [
        ("author", "全国信息与文献标准化技术委员会", {}),
        ("title", "信息与文献 参考文献著录规则", {"level": "m"}),
        ("idno", "GB/T 7714—2015", {"type": "standard"}),
        ("pubPlace", "北京", {}), ("publisher", "中国标准出版社", {}), ("date", "2015", {"when": "2015"}),
        ("biblScope", "3", {"unit": "page", "from": "3", "to": "3"})]),
    "gbt-P": ("姜锡洲. 一种温热外敷药制备方案: 中国, 88105607.3[P]. 1989-07-26.", "patent", [
        ("author", "姜锡洲", {}), ("title", "一种温热外敷药制备方案", {"level": "m"}),
        ("pubPlace", "中国", {}), ("idno", "88105607.3", {"type": "patent"}),
        ("date", "1989-07-26", {"when": "1989-07-26"})]),
    "gbt-EB-accessed": ("民政部. 社区服务指南[EB/OL]. (2018-05-02)[2019-01-05]. "
                        "http://www.mca.gov.cn/article/a.html.", "webpage", [
        ("author", "民政部", {}), ("title", "社区服务指南", {"level": "m"}),
        ("date", "2018-05-02", {"when": "2018-05-02"}),
        ("date", "2019-01-05", {"type": "access", "when": "2019-01-05"}),
        ("idno", "http://www.mca.gov.cn/article/a.html", {"type": "URI"})]),
    "gbt-A": ("广州市档案馆. 街道档案汇集[A]. 广州: 广州市档案馆, 1958: 12-13.", "manuscript", [
        ("author", "广州市档案馆", {}), ("title", "街道档案汇集", {"level": "m"}), ("pubPlace", "广州", {}),
        ("publisher", "广州市档案馆", {}), ("date", "1958", {"when": "1958"}),
        ("biblScope", "12-13", {"unit": "page", "from": "12", "to": "13"})]),
    "gbt-G": ("国务院法制办公室. 法规汇编[G]. 北京: 中国法制出版社, 2005: 45.", "book", [
        ("author", "国务院法制办公室", {}), ("title", "法规汇编", {"level": "m"}), ("pubPlace", "北京", {}),
        ("publisher", "中国法制出版社", {}), ("date", "2005", {"when": "2005"}),
        ("biblScope", "45", {"unit": "page", "from": "45", "to": "45"})]),
    "gbt-Z": ("张三. 社区调查日记[Z]. 广州: 自印本, 2003.", "document", [
        ("author", "张三", {}), ("title", "社区调查日记", {"level": "m"}), ("pubPlace", "广州", {}),
        ("publisher", "自印本", {}), ("date", "2003", {"when": "2003"})]),
    "ibid": ("同上。", "ibid", []),
    "ibid-book-page": ("同上书，第12页。", "ibid", [
        ("biblScope", "第12页", {"unit": "page", "from": "12", "to": "12"})]),
    "ibid-author": ("周敏：前引书，第15页。", "ibid", [
        ("author", "周敏", {}), ("biblScope", "第15页", {"unit": "page", "from": "15", "to": "15"})]),
}


@pytest.mark.parametrize("name", sorted(GENRE))
def test_note_style_genre(name):
    text, kind, expected = GENRE[name]
    bibl = only_bibl(text)
    assert bibl.kind == kind
    assert fields(bibl) == expected


def test_nationality_prefix_stays_inside_the_citation():
    parts = parse_citation(PUTNAM)
    assert parts[0].parts[0] == "〔美〕" and parts[0].text() == PUTNAM


@pytest.mark.parametrize("text, before", [("参见同上书，第12页。", "参见"),
                                          ("参见《社区中国》，天津人民出版社2016年版。", "参见")])
def test_see_prefix_stays_outside_the_citation(text, before):
    parts = parse_citation(text)
    assert parts[0] == before and isinstance(parts[1], Bibl) and joined(parts) == text


def test_ibid_inside_commentary_is_not_a_citation():
    text = "同上所述，这一做法值得推广。"
    assert parse_citation(text) == [text]


def _book_with_notes(*notes):
    from teikit.errors import Reporter
    from teikit.model import Book, Chapter, Note, Paragraph
    from teikit.passes import citations

    book = Book(chapters=[Chapter(head=None, blocks=[Paragraph(
        [Note("①", [n], line=10 + i)]) for i, n in enumerate(notes)])])
    reporter = Reporter("book.txt")
    citations.apply(book, reporter)
    return [p.content for p in book.chapters[0].blocks[0:]], reporter


def test_the_pass_links_repeated_citations_to_the_work_they_repeat():
    contents, reporter = _book_with_notes(PUTNAM, HU, "同上，第51页。", "〔美〕罗伯特·帕特南：前引书，第9页。")
    bibls = [c[0].content[0] for c in contents]
    assert bibls[2].repeats is bibls[1] and bibls[2].kind == "book"
    assert bibls[3].repeats is bibls[0]
    assert reporter.warnings == []


def test_a_repeated_citation_with_nothing_before_is_text_and_warned():
    contents, reporter = _book_with_notes("同上书，第3页。")
    assert contents[0][0].content == ["同上书，第3页。"]
    assert [(w.line, w.rule) for w in reporter.warnings] == [(10, "citation-repeats-nothing")]


def test_every_kind_of_decimal_digit_becomes_ascii_in_attributes():
    from teikit.citations.fields import ascii_digits

    assert ascii_digits("２０１２-٠٤-۰۹") == "2012-04-09"
    assert ascii_digits("第１２页") == "第12页"

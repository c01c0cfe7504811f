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

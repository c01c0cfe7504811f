from header.books import BUNDLED_CIP, cip_block
from hypothesis import given, strategies as st

from teikit.errors import Reporter
from teikit.header.cip import parse_cip


def parse(lines):
    reporter = Reporter()
    return parse_cip(cip_block(lines), reporter), reporter


def test_bundled_description():
    record, reporter = parse(BUNDLED_CIP)
    assert (record.title.text, record.title.line) == ("广州党建研究报告", 32)
    assert record.part_number.text == "4"
    assert record.part_title.text == "基层党建工作创新专题调研"
    [resp] = record.responsibilities
    assert [p.name.text for p in resp.names] == ["尹德慈"]
    assert (resp.role.text, resp.function) == ("主编", "editor")
    [imprint] = record.imprints
    assert (imprint.place.text, imprint.publisher.text) == ("广州", "广东经济出版社")
    assert (record.date.text, record.date.when, record.date.line) == ("2013. 12", "2013-12", 32)
    assert record.series == [] and reporter.messages == []


def test_bundled_identifiers_and_access_points():
    record, _ = parse(BUNDLED_CIP)
    [isbn] = record.isbns
    assert (isbn.text, isbn.digits, isbn.valid, isbn.line) == (
        "978-7-5454-2978-7", "9787545429787", True, 33)
    assert [v.text for v in record.access_titles] == ["广…"]
    assert [v.text for v in record.access_names] == ["尹…"]
    assert [s.subdivisions for s in record.subjects] == [
        ["中国共产党", "党的建设", "研究报告", "广州市"],
        ["中国共产党", "基层组织", "党的建设", "研究报告", "广州市"]]
    assert record.subjects[0].text == "中国共产党—党的建设—研究报告—广州市"
    assert [(c.text, c.line) for c in record.classes] == [("D26", 35)]
    approval = record.approval
    assert (approval.year, approval.number, approval.line) == ("2013", "274898", 37)
    assert approval.text == "中国版本图书馆CIP数据核字 (2013) 第274898号"
    assert [line.text for line in record.lines] == [text for _, text in BUNDLED_CIP]


INVENTED = [
    (10, "城市治理新论：理论与实践 / 张三，李四主编；王五著；赵六译．—2版．—北京：人民出版社，2015．3"),
    (11, "（城市研究丛书 / 孙七总主编；3）"),
    (12, "ISBN 978-7-01-012345-5"),
    (13, "Ⅰ．①城…　Ⅱ．①张…②李…　Ⅲ．①城市管理-研究-中国②社会治理-研究　Ⅳ．①D630 ②F299.21"),
    (14, "中国版本图书馆 CIP 数据核字（2015）第 012345 号"),
]


def test_invented_full_width_record_with_two_responsibilities_and_series():
    record, reporter = parse(INVENTED)
    assert record.title.text == "城市治理新论"
    assert [o.text for o in record.other_titles] == ["理论与实践"]
    assert [([p.name.text for p in r.names], r.role.text, r.function)
            for r in record.responsibilities] == [
        (["张三", "李四"], "主编", "editor"), (["王五"], "著", "author"),
        (["赵六"], "译", "translator")]
    assert record.edition.text == "2版"
    assert record.date.when == "2015-03"
    [series] = record.series
    assert (series.title.text, series.number.text, series.title.line) == ("城市研究丛书", "3", 11)
    assert [p.name.text for p in series.responsibilities[0].names] == ["孙七"]
    assert [s.subdivisions for s in record.subjects] == [["城市管理", "研究", "中国"],
                                                        ["社会治理", "研究"]]
    assert [c.text for c in record.classes] == ["D630", "F299.21"]
    assert [v.text for v in record.access_names] == ["张…", "李…"]
    assert (record.approval.year, record.approval.number) == ("2015", "012345")
    assert record.isbns[0].valid and reporter.messages == []


def test_corrupt_isbn_is_a_warning_naming_its_line():
    lines = [(n, text.replace("2978-7", "2978-9")) for n, text in BUNDLED_CIP]
    record, reporter = parse(lines)
    assert not record.isbns[0].valid
    assert [(m.line, m.rule) for m in reporter.warnings] == [(33, "isbn-checksum")]


def test_record_wrapped_over_lines_and_series_without_number():
    record, _ = parse([(5, "经济学原理 / 王五著. —上海: 某某出版社,"), (6, "2010 (经济学丛书)"),
                       (7, "ISBN 978-7-5454-2978-7")])
    assert (record.date.when, record.date.line) == ("2010", 6)
    assert record.imprints[0].publisher.text == "某某出版社"
    assert (record.series[0].title.text, record.series[0].number) == ("经济学丛书", None)


def test_record_without_title_warns():
    record, reporter = parse([(5, "ISBN 978-7-5454-2978-7")])
    assert record.title is None
    assert [m.rule for m in reporter.warnings] == ["cip-title"]


_CIP_ALPHABET = "书名主编著译., :：/;；()（）—-ISBN978-0123456789XIV①②③中国版本图书馆CIP数据核字第号年月 \n"


@given(st.lists(st.text(alphabet=_CIP_ALPHABET, max_size=50), max_size=5))
def test_never_crashes_and_every_value_names_a_record_line(lines):
    numbered = [(n + 1, text) for n, text in enumerate(lines)]
    record, reporter = parse(numbered)
    values = [record.title, record.part_number, record.part_title, record.date, record.approval,
              *record.isbns, *record.classes, *record.subjects, *record.other_titles]
    for value in values:
        if value is not None:
            assert 1 <= value.line <= max(len(lines), 1)
    assert all(m.line is not None for m in reporter.warnings)

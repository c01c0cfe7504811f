from header.books import BUNDLED_COLOPHON, BUNDLED_NOTICES, colophon

from teikit.errors import Reporter
from teikit.header.colophon import parse_colophon


def parse(rows, notices=()):
    reporter = Reporter()
    return parse_colophon(colophon(rows, list(notices)), reporter), reporter


def test_bundled_rows():
    record, reporter = parse(BUNDLED_COLOPHON, BUNDLED_NOTICES)
    assert (record.publisher.name.text, record.publisher.address.text,
            record.publisher.name.line) == (
        "广东经济出版社", "广州市环市东路水荫路11号11~12楼", 39)
    assert [(d.key, d.name.text) for d in record.distributors] == [("经销", "全国新华书店")]
    assert [(row.key, row.line) for row in record.empty] == [("发行", 40)]
    assert (record.printer.name.text, record.printer.address.text) == (
        "广州市东盛彩印有限公司", "广州市天河区广棠西路3号A、B栋1楼")
    assert (record.format.width_mm, record.format.height_mm, record.format.fraction) == (
        "787", "1092", "1/16")
    assert record.format.text == "787毫米×1092毫米 1/16"
    assert (record.sheets.quantity, record.sheets.unit) == ("28.5", "sheet")
    assert (record.words.text, record.words.quantity, record.words.unit) == (
        "466千字", "466", "kiloword")
    assert (record.edition.when, record.edition.number, record.edition.date_text) == (
        "2013-12", "1", "2013年12月")
    assert (record.printing.when, record.printing.number, record.printing.line) == (
        "2013-12", "1", 47)
    assert (record.isbn.text, record.isbn.valid) == ("978-7-5454-2978-7", True)
    assert (record.price.text, record.price.quantity, record.price.unit) == (
        "60.00元", "60.00", "CNY")
    assert record.other == [] and reporter.messages == []


def test_bundled_notices():
    record, _ = parse(BUNDLED_COLOPHON, BUNDLED_NOTICES)
    assert (record.copyright.text, record.copyright.line) == ("版权所有 翻印必究", 55)
    assert record.quality_notice.line == 51
    [credit] = record.credits
    assert (credit.role.text, [n.text for n in credit.names], credit.role.line) == (
        "装帧设计", ["友间文化"], 53)


def test_missing_rows_unknown_keys_and_row_credits():
    rows = [(5, "出版发行", "某某出版社"), (6, "开 本", "880mm×1230mm 1/32"),
            (7, "字数", "32.5万字"), (8, "网址", "http://example.org"), (9, "责任编辑", "甲乙 丙丁")]
    record, _ = parse(rows, [(12, "责任编辑：张三　封面设计：李四")])
    assert record.publisher.name.text == "某某出版社"
    assert [d.name.text for d in record.distributors] == ["某某出版社"]
    assert (record.format.width_mm, record.format.fraction) == ("880", "1/32")
    assert (record.words.quantity, record.words.unit) == ("325", "kiloword")
    assert record.printer is None and record.price is None and record.edition is None
    assert [(r.key, r.value) for r in record.other] == [("网址", "http://example.org")]
    assert [(c.role.text, [n.text for n in c.names]) for c in record.credits] == [
        ("责任编辑", ["甲乙", "丙丁"]), ("责任编辑", ["张三"]), ("封面设计", ["李四"])]


def test_corrupt_isbn_in_colophon_warns_with_line():
    record, reporter = parse([(48, "书号", "ISBN 978-7-5454-2978-0")])
    assert [(m.line, m.rule) for m in reporter.warnings] == [(48, "isbn-checksum")]

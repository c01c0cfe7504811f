"""No title, name or number of the bundled book (or of the test books) in the library code."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOOK_FACTS = [
    # the bundled book
    "广州党建研究报告", "基层党建工作创新专题调研", "尹德慈", "978-7-5454-2978-7", "9787545429787",
    "274898", "广东经济出版社", "廣東經濟出版社", "王永平", "广州市党建学会", "广州基层党组织",
    "胡锦涛", "广州日报", "东盛彩印", "友间文化", "D26", "60.00元", "28.5",
    # the hand-made test books
    "社区治理的理论与实践", "王建国", "华南大学出版社", "社区营造", "陈立新", "978-7-5623-4817-7",
]
CODE = [p for folder in ("src/teikit", "xslt") for p in (ROOT / folder).rglob("*")
        if p.suffix in (".py", ".xsl", ".css", ".js")]


@pytest.mark.parametrize("fact", BOOK_FACTS)
def test_book_facts_are_not_in_library_code(fact):
    offenders = [str(p.relative_to(ROOT)) for p in CODE if fact in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_scan_reads_the_library():
    assert len(CODE) > 40 and any(p.name == "serialize.py" for p in CODE)

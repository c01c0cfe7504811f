import pytest

from teikit.errors import Reporter
from teikit.header.isbn import (isbn10_check_digit, isbn13_check_digit, isbn_valid, normalise,
                                read_isbn)
from teikit.header.record_text import Value


def test_check_digit_of_the_bundled_book():
    assert isbn13_check_digit("978754542978") == "7"


@pytest.mark.parametrize("isbn", ["978-7-5454-2978-7", "9787545429787", "978 7 5454 2978 7",
                                  "ISBN 978-7-5454-2978-7", "0-306-40615-2", "0-8044-2957-X"])
def test_valid(isbn):
    assert isbn_valid(isbn)


@pytest.mark.parametrize("isbn", ["978-7-5454-2978-8", "0-306-40615-3", "978754542978",
                                  "977-7-5454-2978-7", "abc"])
def test_invalid(isbn):
    assert not isbn_valid(isbn)


def test_isbn10_check_digit_ten_is_x():
    assert isbn10_check_digit("080442957") == "X"


def test_normalise():
    assert normalise("ISBN 978-7-5454-2978-7") == "9787545429787"
    assert normalise("0-8044-2957-x") == "080442957X"


def test_check_digit_needs_twelve_digits():
    with pytest.raises(ValueError):
        isbn13_check_digit("97875454297")


def test_read_isbn_warns_on_bad_checksum_with_line():
    reporter = Reporter()
    isbn = read_isbn(Value("ISBN 978-7-5454-2978-1", 33), reporter)
    assert not isbn.valid and isbn.text == "978-7-5454-2978-1"
    [message] = reporter.warnings
    assert (message.line, message.rule) == (33, "isbn-checksum")


def test_read_isbn_warns_on_wrong_length():
    reporter = Reporter()
    read_isbn(Value("978-7-5454-297", 9), reporter)
    assert [(m.line, m.rule) for m in reporter.warnings] == [(9, "isbn-format")]

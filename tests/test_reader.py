"""Step 1, read: encodings detected, line ends normalised, bad input refused with file and line."""
import pytest

from teikit.errors import ExitCode, InputError
from teikit.reader import decode, read_path

SAMPLE = "序 言\n\n党的建设（一）：“引号”, half-width (4) 與繁體。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "gb18030", "gbk"])
def test_encodings_are_detected(encoding):
    data = SAMPLE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + SAMPLE).encode(encoding)  # UTF-16 is accepted with its BOM
    assert decode(data, "book.txt") == SAMPLE


def test_gb18030_only_characters():
    text = "㐀䶵 ⿰ 𠀀 中文\n"  # CJK extension A/B characters exist only in GB18030, not GBK
    assert decode(text.encode("gb18030")) == text


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_ends_are_normalised(ending):
    assert decode(SAMPLE.replace("\n", ending).encode("utf-8")) == SAMPLE


def test_no_character_is_changed():
    # decomposed é, full-width comma, ideographic space, tab, non-breaking space survive as they are
    text = "e\u0301，\u3000\t\u00a0①^②\n"
    assert decode(text.encode("utf-8")) == text


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"),
    (b" \n\t\n\r\n", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("正文\n\x01控制".encode("utf-8"), "control character U+0001"),
    (b"caf\xe9 au lait \xff\xfe\xfd", "cannot decode"),
])
def test_bad_input_is_refused_with_the_file_name(data, message):
    with pytest.raises(InputError) as info:
        decode(data, "broken.txt")
    assert message in str(info.value)
    assert str(info.value).startswith("broken.txt")
    assert info.value.exit_code == ExitCode.BAD_INPUT == 3


def test_undecodable_input_names_the_line():
    data = "第一行\n第二行\n".encode("utf-8") + b"\xff\xfe\xfd bad\n"
    with pytest.raises(InputError) as info:
        decode(data, "x.txt")
    assert info.value.line == 3
    assert str(info.value).startswith("x.txt:3: error:")


def test_control_character_names_the_line():
    with pytest.raises(InputError) as info:
        decode("一\n二\n三\x07\n".encode("utf-8"), "x.txt")
    assert info.value.line == 3


def test_bom_with_invalid_body():
    with pytest.raises(InputError, match="byte-order mark"):
        decode(b"\xef\xbb\xbf\xff\xff", "x.txt")


def test_missing_file_is_a_usage_error(tmp_path):
    with pytest.raises(Exception) as info:
        read_path(tmp_path / "nope.txt")
    assert info.value.exit_code == ExitCode.USAGE
    assert "no such file" in str(info.value)


def test_form_feeds_kept_and_vertical_tabs_become_line_ends():
    """pdftotext separates pages with a form feed: kept for the page layer, which reads pages
    off it; a vertical tab (XML cannot hold it) becomes a line end."""
    assert decode("第一页\f第二页\v完\n".encode("utf-8")) == "第一页\f第二页\n完\n"

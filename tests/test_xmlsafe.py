"""Hostile XML is refused quickly and safely; big documents parse in bounded memory."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import xmlsafe
from teikit.errors import ExitCode, XMLInputError

SECRET = "teikit-secret-4242"


def test_xxe_reading_a_local_file_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    document = (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY x SYSTEM "file://{secret}">\n]>\n'
                '<TEI>&x;</TEI>').encode()
    with pytest.raises(XMLInputError) as caught:
        xmlsafe.parse(document)
    assert SECRET not in str(caught.value)
    assert "entit" in caught.value.message
    assert caught.value.line == 3
    assert caught.value.exit_code == ExitCode.INVALID


def test_billion_laughs_is_refused_quickly():
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    document = ("<?xml version='1.0'?>\n<!DOCTYPE lolz [\n" + "\n".join(entities) +
                "\n]>\n<lolz>&lol9;</lolz>").encode()
    start = time.perf_counter()
    with pytest.raises(XMLInputError, match="entit"):
        xmlsafe.parse(document)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("doctype", [
    'SYSTEM "{dtd}"', 'SYSTEM "file://{dtd}"', 'PUBLIC "-//X//Y" "http://127.0.0.1:9/x.dtd"',
    'system "{dtd}"', 'SYSTEM\n  "{dtd}"',
])
def test_a_doctype_naming_an_external_dtd_is_refused_with_its_line(tmp_path, doctype):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ATTLIST TEI leak CDATA "{SECRET}">')
    document = f'<?xml version="1.0"?>\n<!DOCTYPE TEI {doctype.format(dtd=dtd)}>\n<TEI/>'.encode()
    with pytest.raises(XMLInputError, match="external DTD") as caught:
        xmlsafe.parse(document)
    assert caught.value.line == 2 and caught.value.exit_code == ExitCode.INVALID


@pytest.mark.parametrize("encoding, declared", [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16BE"),
                                               ("utf-16-le", "UTF-16LE"), ("gb18030", "GB18030")])
def test_an_external_dtd_is_refused_in_any_encoding(encoding, declared):
    document = (f'<?xml version="1.0" encoding="{declared}"?>\n'
                '<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/x.dtd">\n<TEI/>').encode(encoding)
    with pytest.raises(XMLInputError, match="external DTD"):
        xmlsafe.parse(document)


def test_a_doctype_without_external_dtd_or_entities_is_accepted_and_dropped_for_saxon():
    tree = xmlsafe.parse('<?xml version="1.0"?>\n<!DOCTYPE TEI>\n<?pi x?>\n<TEI>字</TEI>'.encode())
    assert xmlsafe.for_saxon(tree) == '<?xml version="1.0" encoding="UTF-8"?>\n<?pi x?>\n<TEI>字</TEI>'.encode()


@pytest.mark.parametrize("encoding, declared", [
    ("utf-8-sig", "UTF-8"), ("utf-16", "UTF-16"), ("gb18030", "GB18030"), ("big5", "Big5"),
])
def test_for_saxon_is_utf8_whatever_the_documents_encoding(encoding, declared):
    text = f'<?xml version="1.0" encoding="{declared}"?>\n<TEI><p>字典</p></TEI>'
    tree = xmlsafe.parse(text.encode(encoding))
    assert xmlsafe.for_saxon(tree).decode("utf-8").endswith("<TEI><p>字典</p></TEI>")


def test_an_undefined_entity_is_an_error_with_its_line():
    with pytest.raises(XMLInputError, match="nbsp") as caught:
        xmlsafe.parse(b'<!DOCTYPE TEI>\n<TEI>\n<p>&nbsp;</p></TEI>')
    assert caught.value.line == 3


@pytest.mark.parametrize("depth, refused", [(xmlsafe.MAX_DEPTH, False), (xmlsafe.MAX_DEPTH + 1, True),
                                            (3_000, True), (30_000, True)])
def test_nesting_deeper_than_the_limit_is_refused_with_the_line(depth, refused):
    document = b"<TEI>\n" + b"<hi>\n" * (depth - 1) + b"x" + b"</hi>" * (depth - 1) + b"</TEI>"
    if not refused:
        assert xmlsafe.parse(document).getroot().tag == "TEI"
        return
    with pytest.raises(XMLInputError, match="nested more than") as caught:
        xmlsafe.parse(document)
    assert caught.value.line == xmlsafe.MAX_DEPTH + 1


@pytest.mark.parametrize("length, refused", [(xmlsafe.MAX_TEXT_CHARS, False),
                                             (xmlsafe.MAX_TEXT_CHARS + 1, True)])
def test_a_text_node_longer_than_the_limit_is_refused_with_the_line(length, refused):
    document = ("<TEI>\n<p/>\n<p>" + "字" * length + "</p></TEI>").encode()
    if not refused:
        assert len(xmlsafe.parse(document).getroot()[1].text) == length
        return
    with pytest.raises(XMLInputError, match="longer than") as caught:
        xmlsafe.parse(document)
    assert caught.value.line == 3


def test_not_well_formed_reports_line_and_column():
    with pytest.raises(XMLInputError) as caught:
        xmlsafe.parse(b"<TEI>\n  <p>text</P>\n</TEI>")
    assert (caught.value.line, caught.value.column) == (2, 14)
    assert "mismatch" in caught.value.message


def test_missing_file_is_a_usage_error(tmp_path):
    with pytest.raises(Exception) as caught:
        xmlsafe.parse(tmp_path / "nope.xml")
    assert caught.value.exit_code == ExitCode.USAGE


def test_hundred_megabyte_file_parses_in_bounded_memory(tmp_path):
    """Generated 100 MB edition: parsed, RSS < 600 MB."""
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from teikit import xmlsafe
        path = Path(sys.argv[1])
        para = "<p>" + "社区治理研究" * 170 + "</p>\\n"
        with path.open("w", encoding="utf-8") as out:
            out.write('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>')
            out.write('<p>' + '字' * 490_000 + '</p>')  # the longest text node teikit takes
            for _ in range(99_000_000 // len(para.encode())):
                out.write(para)
            out.write("</div></body></text></TEI>")
        tree = xmlsafe.parse(path)
        # VmHWM, the peak of this process's own memory: getrusage's ru_maxrss would also
        # count the pytest process this one was forked from (Linux keeps it across exec)
        status = Path("/proc/self/status").read_text()
        peak_kb = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
        print(path.stat().st_size, len(tree.getroot()[0][0][0]), peak_kb // 1024)
    """)
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "big.xml")],
                         capture_output=True, text=True, check=True)
    size, paragraphs, rss_mb = map(int, run.stdout.split())
    assert size > 99_000_000
    assert paragraphs > 28_000
    assert 100 < rss_mb < 600, f"peak RSS {rss_mb} MB"


@pytest.mark.parametrize("form", ["utf-16", "cdata", "char-refs", "cdata-with-markup"])
def test_a_long_text_node_is_refused_however_it_is_written(form):
    n = xmlsafe.MAX_TEXT_CHARS // 2 + 1
    body = {"utf-16": "字" * (2 * n), "cdata": "a" * n + "<![CDATA[" + "b" * n + "]]>",
            "char-refs": "&#x5b57;" * (2 * n), "cdata-with-markup": "<![CDATA[" + "<b>" * n + "]]>"}[form]
    text = '<?xml version="1.0" encoding="UTF-16"?>' if form == "utf-16" else ""
    document = (text + "<TEI>\n<p>" + body + "</p></TEI>").encode("utf-16" if form == "utf-16" else "utf-8")
    with pytest.raises(XMLInputError, match="longer than") as caught:
        xmlsafe.parse(document)
    assert caught.value.line == 2


@pytest.mark.parametrize("form", ["utf-16", "cdata", "char-refs", "cdata-with-markup", "plain"])
def test_a_long_text_node_in_a_file_is_refused_with_its_line(tmp_path, form):
    """Files are streamed to libxml2 and scanned in chunks; the verdict is that of the bytes."""
    n = xmlsafe.MAX_TEXT_CHARS // 2 + 1
    body = {"utf-16": "字" * (2 * n), "cdata": "a" * n + "<![CDATA[" + "b" * n + "]]>",
            "char-refs": "&#x5b57;" * (2 * n), "cdata-with-markup": "<![CDATA[" + "<b>" * n + "]]>",
            "plain": "字" * (2 * n)}[form]
    text = '<?xml version="1.0" encoding="UTF-16"?>' if form == "utf-16" else ""
    path = tmp_path / "long.xml"
    path.write_bytes((text + "<TEI>\n<p>" + body + "</p></TEI>")
                     .encode("utf-16" if form == "utf-16" else "utf-8"))
    with pytest.raises(XMLInputError, match="longer than") as caught:
        xmlsafe.parse(path)
    assert caught.value.line == 2 and caught.value.path == str(path)


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    return [data[a:b] for a, b in zip(points, points[1:])]


@settings(max_examples=200, deadline=None)
@given(runs=st.lists(st.integers(0, 2 * xmlsafe.MAX_TEXT_CHARS), min_size=1, max_size=4),
       cdata=st.booleans(), cuts=st.lists(st.integers(0, 10**7), max_size=6))
@example(runs=[0], cdata=True, cuts=[1, 2])  # the marker split over three chunks (a CI find)
def test_the_long_text_proof_does_not_depend_on_how_the_bytes_are_chunked(runs, cdata, cuts):
    data = b"<".join(b"x" * run for run in runs) + (b"<![CDATA[]]>" if cdata else b"")
    expected = not cdata and max(runs) <= xmlsafe.MAX_TEXT_CHARS
    assert xmlsafe._no_long_text_possible([data]) is expected
    assert xmlsafe._no_long_text_possible(_chunks(data, cuts)) is expected


@settings(max_examples=200, deadline=None)
@given(runs=st.lists(st.sampled_from([0, 1, 7, 1000, 250_000, 499_997, 499_998, 500_001]),
                     min_size=1, max_size=5),
       cuts=st.lists(st.integers(0, 1_600_000), max_size=3))
def test_the_long_text_proof_is_the_longest_run_without_a_tag(runs, cuts):
    """However the bytes are chunked, the proof holds exactly when no run of bytes free of
    "<" is longer than the limit (the run after a "<" includes the tag's name: a proof from
    bytes errs on the safe side)."""
    data = b"<t>".join(b"x" * n for n in runs)
    at = sorted({min(c, len(data)) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0, *at], [*at, len(data)])]
    expected = max(map(len, data.split(b"<"))) <= xmlsafe.MAX_TEXT_CHARS
    assert xmlsafe._no_long_text_possible(iter(chunks)) is expected

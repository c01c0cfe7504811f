"""Hostile XML is refused quickly and safely; big documents parse in bounded memory."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

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


def test_external_dtd_is_never_loaded(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ATTLIST TEI leak CDATA "{SECRET}">')
    tree = xmlsafe.parse(f'<!DOCTYPE TEI SYSTEM "{dtd}">\n<TEI/>'.encode())
    assert tree.getroot().get("leak") is None  # a loaded DTD would have added the default


def test_entity_from_an_unloaded_dtd_is_an_error_with_its_line():
    with pytest.raises(XMLInputError, match="cannot be resolved") as caught:
        xmlsafe.parse(b'<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/x.dtd">\n<TEI>\n<p>&nbsp;</p></TEI>')
    assert caught.value.line == 3


def test_network_is_not_touched():
    start = time.perf_counter()
    tree = xmlsafe.parse(b'<!DOCTYPE TEI PUBLIC "-//X//Y" "http://10.255.255.1/never.dtd">\n<TEI/>')
    assert tree.getroot().tag == "TEI"
    assert time.perf_counter() - start < 0.5  # a fetch would hang on the unroutable address


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
    """Generated 100 MB edition (text nodes > libxml2's safe limits): parsed, RSS < 600 MB."""
    script = textwrap.dedent("""
        import resource, sys
        from pathlib import Path
        from teikit import xmlsafe
        path = Path(sys.argv[1])
        para = "<p>" + "社区治理研究" * 170 + "</p>\\n"
        with path.open("w", encoding="utf-8") as out:
            out.write('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>')
            out.write('<p>' + '字' * 4_000_000 + '</p>')  # a 12 MB text node needs huge_tree
            for _ in range(88_000_000 // len(para.encode())):
                out.write(para)
            out.write("</div></body></text></TEI>")
        tree = xmlsafe.parse(path)
        print(path.stat().st_size, len(tree.getroot()[0][0][0]),
              resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """)
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "big.xml")],
                         capture_output=True, text=True, check=True)
    size, paragraphs, rss_mb = map(int, run.stdout.split())
    assert size > 99_000_000
    assert paragraphs > 28_000
    assert rss_mb < 600, f"peak RSS {rss_mb} MB"

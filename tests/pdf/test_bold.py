"""Bold read from the PDF's fonts: by name (Bold, Heavy, 黑体 …), weight or ForceBold flag, and
a line whose type differs from the body's only by weight reads as bold."""
from __future__ import annotations

import pytest

from teikit.pdf.read import FORCE_BOLD, bold_font, read_pdf

from .typeset import named_fonts


@pytest.mark.parametrize("name, bold", [
    ("BAAAAA+NotoSansCJKsc-Bold", True), ("AAAAAA+NotoSansCJKsc-Regular", False),
    ("ABCDEF+SimHei", True), ("ABCDEF+SimSun", False), ("FZHTJW--GB1-0", True),
    ("FZSSJW--GB1-0", False), ("Times-BoldItalic", True), ("Times-Roman", False),
    ("STHeiti", True), ("HYZhongHei", True), ("Helvetica", False), ("KaiTi", False),
    ("SourceHanSerifSC-Heavy", True), ("SourceHanSerifSC-Light", False),
    ("MinionPro-Semibold", True), ("AdobeSongStd-Light", False),
])
def test_bold_font_names(name, bold):
    assert bold_font(name) is bold


def test_force_bold_flag_makes_any_font_bold():
    assert bold_font("ABCDEF+SimSun", FORCE_BOLD) and not bold_font("ABCDEF+SimSun", 4)


def test_a_line_bold_only_by_weight_reads_bold(printer, tmp_path):
    markup = ('<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><style>'
              '@page { size: 120mm 80mm; margin: 10mm } body { font: 11pt/1.6 "Noto Serif CJK SC" }'
              'p { margin: 0 } b { font-weight: bold }</style></head><body>'
              '<p><b>一、社区服务的机制</b></p><p>社区党组织把服务群众作为工作的出发点。</p>'
              '<p><b>二、居民参与</b></p><p>居民参与是社区治理的基础。</p></body></html>')
    pdf = named_fonts(printer.pdf(markup, tmp_path / "weights.pdf"))
    lines = read_pdf(pdf).pages[0].lines
    assert [(line.text, line.bold) for line in lines] == [
        ("一、社区服务的机制", True), ("社区党组织把服务群众作为工作的出发点。", False),
        ("二、居民参与", True), ("居民参与是社区治理的基础。", False)]
    assert len({line.size for line in lines}) == 1  # the same size: told by weight alone

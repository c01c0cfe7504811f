"""The correction and transcription markup archivists add by hand, each at a realistic place of
the bundled edition, with what every output must show for it.

A case replaces one unique stretch of the committed edition (``old``) by its marked-up form
(``new``), as an archivist editing the file would. ``reading`` must occur in the reading text
(and HTML), ``printed`` in the diplomatic text; ``not_reading`` / ``not_printed`` must not.
``html`` is a CSS selector the HTML must contain, with the text it must hold (``""``: any).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_EDITION = ROOT / "tei" / "000_8288889db83d07b8.xml"

#: Who made the corrections: a respStmt the @resp and @who pointers name.
RESP_STMT = ('<respStmt xml:id="ed1"><resp>校对</resp><name>李明</name></respStmt>\n'
             '      </titleStmt>')


@dataclass(frozen=True)
class Case:
    name: str
    old: str
    new: str
    reading: tuple[str, ...] = ()
    not_reading: tuple[str, ...] = ()
    printed: tuple[str, ...] = ()
    not_printed: tuple[str, ...] = ()
    html: tuple[tuple[str, str], ...] = ()
    extra: dict = field(default_factory=dict)


CASES = [
    Case("choice-sic-corr", "广州市委十届三次全会",
         '<choice><sic resp="#ed1">广洲</sic><corr resp="#ed1" cert="high">广州</corr></choice>市委十届三次全会',
         reading=("广州市委十届三次全会",), not_reading=("广洲",),
         printed=("广洲市委十届三次全会",), not_printed=("广州市委十届三次全会",),
         html=(("span.choice", "广州"), ("span.choice[title*='广洲']", ""))),
    Case("choice-orig-reg", "落实党的任务的战斗堡垒。基层",
         '落实党的任务的战斗<choice><orig>堡壘</orig><reg>堡垒</reg></choice>。基层',
         reading=("落实党的任务的战斗堡垒。基层",), not_reading=("堡壘",),
         printed=("战斗堡壘。基层",), html=(("span.choice[title*='堡壘']", "堡垒"),)),
    Case("choice-abbr-expan", "党的十八大明确提出",
         '党的<choice><abbr>十八大</abbr><expan>第十八次全国代表大会</expan></choice>明确提出',
         reading=("党的第十八次全国代表大会明确提出",), printed=("党的十八大明确提出",),
         not_printed=("第十八次全国代表大会明确",),
         html=(("span.choice[title*='十八大']", "第十八次全国代表大会"),)),
    Case("add", "加强党的建设要坚持解放思想",
         '加强党的建设<add resp="#ed1">必须</add>要坚持解放思想',
         reading=("加强党的建设必须要坚持解放思想",), printed=("加强党的建设要坚持解放思想",),
         html=(("ins.add", "必须"),)),
    Case("del", "基层党建工作科学化水平",
         '基层党建工作<del rend="strikethrough">的</del>科学化水平',
         reading=("基层党建工作科学化水平",), not_reading=("工作的科学化",),
         printed=("基层党建工作的科学化水平",), html=(("del.del", "的"),)),
    Case("subst", "广州市全面启动",
         '广州市<subst><del>全面</del><add>正式</add></subst>启动',
         reading=("广州市正式启动",), not_reading=("全面启动",), printed=("广州市全面启动",),
         not_printed=("正式启动",), html=(("span.subst ins.add", "正式"), ("span.subst del.del", "全面"))),
    Case("unclear", "全市共建立了243个",
         '全市共建立了<unclear reason="illegible" cert="medium" resp="#ed1">243</unclear>个',
         reading=("全市共建立了243〔?〕个",), printed=("全市共建立了243个",),
         html=(("span.unclear[title]", "243"),)),
    Case("supplied", "创新基层党建工作，必须",
         '创新基层党建工作，<supplied reason="omitted" resp="#ed1">还</supplied>必须',
         reading=("创新基层党建工作，〔还〕必须",), printed=("创新基层党建工作，必须",),
         not_printed=("还必须",), html=(("span.supplied", "还"),)),
    Case("damage", "推动基层党建工作创新，要善于",
         '推动基层党建工作创新，<damage agent="water">要善于</damage>',
         reading=("推动基层党建工作创新，要善于",), printed=("推动基层党建工作创新，要善于",),
         html=(("span.damage", "要善于"),)),
    Case("gap", "进行登记、拍照、建档",
         '进行登记、<gap reason="illegible" extent="2 characters"/>、建档',
         reading=("进行登记、[…字迹不清]、建档",), printed=("进行登记、、建档",),
         not_reading=("拍照",), html=(("span.gap", "字迹不清"),)),
    Case("space", "以此不断提高",
         '以此<space quantity="2" unit="chars"/>不断提高',
         reading=("以此不断提高",), printed=("以此不断提高",),
         html=(("span.space", ""),)),
    Case("persName-date", "2013年6月28日，习近平总书记",
         '<date when="2013-06-28">2013年6月28日</date>，<persName>习近平</persName>总书记',
         reading=("2013年6月28日，习近平总书记",), printed=("2013年6月28日，习近平总书记",),
         html=(("span.name", "习近平"), ("time.date[datetime='2013-06-28']", "2013年6月28日"))),
    Case("placeName", "课题组在越秀、荔湾、天河、从化",
         '课题组在<placeName>越秀</placeName>、<placeName>荔湾</placeName>、'
         '<placeName>天河</placeName>、<placeName>从化</placeName>',
         reading=("课题组在越秀、荔湾、天河、从化",), printed=("课题组在越秀、荔湾、天河、从化",),
         html=(("span.name", "荔湾"),)),
    Case("orgName-term", "基层党组织所处的环境",
         '<term>基层党组织</term>所处的环境',
         reading=("基层党组织所处的环境",), printed=("基层党组织所处的环境",),
         html=(("span.term", "基层党组织"),)),
    Case("foreign", "<head>图书在版编目 (CIP) 数据</head>",
         '<head>图书在版编目 (<foreign xml:lang="en">CIP</foreign>) 数据</head>',
         reading=("图书在版编目 (CIP) 数据",), printed=("图书在版编目 (CIP) 数据",),
         html=(("span.foreign[lang='en']", "CIP"),)),
    Case("quote-q", "根据“谁接待",
         '根据“<quote>谁接待',
         extra={"close": ("谁负责”的要求", "谁负责</quote>”的要求")},
         reading=("根据“谁接待、谁跟踪、谁负责”的要求",), printed=("根据“谁接待、谁跟踪、谁负责”的要求",),
         html=(("span.quote", "谁接待、谁跟踪、谁负责"),)),
    Case("q", "服务“发展是第一要务”这个中心",
         '服务“<q>发展是第一要务</q>”这个中心',
         reading=("服务“发展是第一要务”这个中心",), printed=("服务“发展是第一要务”这个中心",),
         html=(("span.q", "发展是第一要务"),)),
    Case("seg-num", "每月都组织各级党代表",
         '<seg type="measure">每月</seg>都组织各级党代表',
         reading=("每月都组织各级党代表",), printed=("每月都组织各级党代表",),
         html=(("span.seg", "每月"),)),
    Case("num", "接待党员群众496人次",
         '接待党员群众<num value="496">496</num>人次',
         reading=("接待党员群众496人次",), printed=("接待党员群众496人次",),
         html=(("span.num", "496"),)),
    Case("figure", '<p>2012年9月，',
         '<figure><head>图1 “738行动计划”示意图</head><graphic url="figures/plan-738.png"/>'
         '<figDesc>七个方面、三十八项任务的结构图</figDesc></figure>\n        '
         '<p>2012年9月，',
         reading=("图1 “738行动计划”示意图",), not_reading=("三十八项任务的结构图",),
         printed=("图1 “738行动计划”示意图",),
         html=(("figure.figure figcaption", "图1"),
               ("figure.figure img[alt='七个方面、三十八项任务的结构图']", ""))),
    Case("note-editorial", '<date when="2012-09">2012年9月</date>',
         '<date when="2012-09">2012年9月</date><note type="editorial" resp="#ed1">序言落款早于其所引'
         '<date when="2013-06">2013年6月</date>的讲话；照原书录入。</note>',
         reading=("序言落款早于其所引2013年6月的讲话；照原书录入。", "李明"),
         not_printed=("序言落款早于",),
         html=(("aside.editorial-notes li", "序言落款早于"), ("aside.editorial-notes li", "李明"))),
    Case("person-resp", "  <standOff>\n",
         '  <standOff>\n    <listPerson type="editors"><person xml:id="pe1"><persName>王芳</persName>'
         '</person></listPerson>\n',
         extra={"close": ('阐述推进基层党建工作创新的目标任务。', '阐述推进基层党建工作创新的目标任务。'
                          '<note type="editorial" resp="#pe1">此句据原书第2页录入。</note>')},
         reading=("此句据原书第2页录入。", "王芳"), not_printed=("此句据", "王芳"),
         html=(("aside.editorial-notes li", "王芳"),)),
    Case("pb-break-facs", '自身状<pb break="no" xml:id="pb-1"/>况',
         '自身状<pb break="no" xml:id="pb-1" facs="pages/p004.png" cert="low" resp="#ed1"/>况',
         reading=("自身状况",), printed=("自身状",)),
    Case("div-sample", 'div type="chapter" n="1" xml:id="ch1"',
         'div type="chapter" n="1" xml:id="ch1" sample="initial"',
         reading=("社区治[…]",)),
    Case("availability-status", "<availability>\n              <p>版权所有 翻印必究</p>",
         '<availability status="restricted">\n              <p>版权所有 翻印必究</p>'),
    Case("note-place-bottom", '<note place="foot" n="②" rend="sup" xml:id="n6">',
         '<note place="bottom" n="②" rend="sup" xml:id="n6">',
         printed=("② 卢文洁：《听取民意为民解惑做党员群众贴心人》",)),
    Case("change-who", "</revisionDesc>",
         '  <change when="2026-12-01" who="#ed1">广洲 corrected to 广州 (preface).</change>\n    </revisionDesc>'),
]


def apply(edition: str, cases: list[Case]) -> str:
    """The edition with the respStmt and every case's markup inserted."""
    text = edition.replace("      </titleStmt>", "      " + RESP_STMT, 1)
    for case in cases:
        pairs = [(case.old, case.new)]
        if "close" in case.extra:
            pairs.append(case.extra["close"])
        for old, new in pairs:
            if text.count(old) != 1:
                raise AssertionError(f"{case.name}: {old!r} occurs {text.count(old)} times")
            text = text.replace(old, new)
    return text


def corrected_edition(cases: list[Case] | None = None) -> bytes:
    return apply(BUNDLED_EDITION.read_text(encoding="utf-8"), CASES if cases is None else cases) \
        .encode("utf-8")

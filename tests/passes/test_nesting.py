"""Pass nest-divisions: a scheme's level is the order in which it first appears."""
from teikit.model import Division, Heading, Paragraph
from teikit.passes.nesting import nest


def h(label, scheme, number="1"):
    return Heading([label + "标题"], label=label, scheme=scheme, number=number)


def shape(blocks):
    return [(b.type, b.head.label, shape(b.blocks)) if isinstance(b, Division) else "p"
            for b in blocks]


def test_levels_follow_first_appearance():
    blocks = [Paragraph(["引言。"]), h("一、", "cn-comma"), Paragraph(["甲。"]), h("（一）", "cn-paren"),
              Paragraph(["乙。"]), h("（二）", "cn-paren", "2"), h("二、", "cn-comma", "2"),
              Paragraph(["丙。"])]
    assert shape(nest(blocks)) == [
        "p",
        ("section", "一、", ["p", ("subsection", "（一）", ["p"]), ("subsection", "（二）", [])]),
        ("section", "二、", ["p"]),
    ]


def test_other_schemes_nest_the_same_way():
    blocks = [h("第一节", "section-cn"), h("1.", "arabic-dot"), h("（1）", "arabic-paren"),
              h("2.", "arabic-dot", "2"), h("第二节", "section-cn", "2")]
    assert shape(nest(blocks)) == [
        ("section", "第一节", [("subsection", "1.", [("subsubsection", "（1）", [])]),
                              ("subsection", "2.", [])]),
        ("section", "第二节", []),
    ]


def test_a_deeper_scheme_without_its_parent_nests_one_level_down():
    blocks = [h("一、", "cn-comma"), h("（一）", "cn-paren"), h("二、", "cn-comma", "2"),
              h("1.", "arabic-dot"), h("（二）", "cn-paren", "2")]
    result = shape(nest(blocks))
    assert result[1] == ("section", "二、", [("subsection", "1.", []), ("subsection", "（二）", [])])

"""Random small RELAX NG grammars and child sequences, for testing the message engine
(teikit.validate.patterns, teikit.validate.explain) against lxml's RelaxNG."""
from __future__ import annotations

import itertools

from hypothesis import assume
from hypothesis import strategies as st
from lxml import etree

from teikit.tei import TEI_NS

NAMES = ("a", "b", "c", "d")
RNG = "http://relaxng.org/ns/structure/1.0"


def _leaf(name: str) -> str:
    return f'<element name="{name}"><empty/></element>'


def _wrap(tag: str):
    return lambda parts: f"<{tag}>{''.join(parts)}</{tag}>"


# No <empty/> inside the patterns: libxml2 accepts <r/> for oneOrMore(group(a, empty)),
# where jing (and RELAX NG) requires an a; the oracle would be wrong, not the engine.
LEAF = st.sampled_from(NAMES).map(_leaf) | st.just("<text/>")
PATTERN = st.recursive(
    LEAF,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(_wrap(tag))
        for tag in ("group", "choice", "interleave", "oneOrMore", "zeroOrMore", "optional")),
    max_leaves=4)


def grammar_xml(content: str) -> bytes:
    return (f'<grammar xmlns="{RNG}" ns="{TEI_NS}"><start><element name="r">{content}'
            "</element></start></grammar>").encode()


def compile_grammar(content: str) -> tuple[etree._Element, etree.RelaxNG]:
    """The grammar's tree and lxml's RelaxNG; examples libxml2 refuses (e.g. an element in
    both branches of an interleave) are rejected."""
    root = etree.fromstring(grammar_xml(content))
    try:
        return root, etree.RelaxNG(root)
    except etree.RelaxNGParseError:
        assume(False)
        raise  # unreachable: assume raises


def document(children: list[str]) -> etree._ElementTree:
    """<r> with one empty child per line (line 2, 3, …), so that a message's line names it."""
    body = "".join(f"\n<{name}/>" for name in children)
    return etree.ElementTree(etree.fromstring(f'<r xmlns="{TEI_NS}">{body}\n</r>'.encode()))


def viable(relaxng: etree.RelaxNG, prefix: list[str], longest: int) -> bool:
    """Whether some completion of at most ``longest`` more children makes ``prefix`` valid."""
    for size in range(longest + 1):
        for rest in itertools.product(NAMES, repeat=size):
            if relaxng.validate(document(prefix + list(rest))):
                return True
    return False


CHILDREN = st.lists(st.sampled_from(NAMES), max_size=5)


def leaves(content: str) -> int:
    """How many element patterns ``content`` holds: no minimal completion is longer."""
    return content.count("<element ")

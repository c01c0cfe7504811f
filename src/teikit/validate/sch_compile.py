"""Compile the project's ISO Schematron into one XSLT 1.0 validator that visits each rule's nodes once.

The ISO skeleton (what ``lxml.isoschematron`` runs) walks the whole document once per pattern,
node by node, and again in the default mode: eleven patterns cost eleven traversals. Here each
pattern selects its candidates directly (``//context``, a C loop in libxml2) and lets template
priorities give the first matching rule of the pattern, as Schematron requires. The output is
SVRL with the same ``failed-assert`` / ``successful-report`` fields, so findings can be compared
with any other Schematron implementation.

Supported: ``ns``, ``let`` (schema and rule level), ``xsl:key``, ``pattern``, ``rule``,
``assert``, ``report`` with ``value-of`` and ``name``. Anything else is refused, so a rule the
compiler would silently skip cannot exist.
"""
from __future__ import annotations

import re

from lxml import etree

from teikit.errors import SchematronCompileError
from teikit.tei import SCH_NS

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_S, _X, _V = f"{{{SCH_NS}}}", f"{{{XSL_NS}}}", f"{{{SVRL_NS}}}"

#: the node's path, resolvable by XPath with no namespace bindings
_PATH_TEMPLATE = (
    "<xsl:for-each select=\"ancestor-or-self::*\">"
    "<xsl:text>/*[local-name()='</xsl:text><xsl:value-of select=\"local-name()\"/>"
    "<xsl:text>' and namespace-uri()='</xsl:text><xsl:value-of select=\"namespace-uri()\"/>"
    "<xsl:text>'][</xsl:text><xsl:value-of select=\"1 + count(preceding-sibling::*"
    "[local-name() = local-name(current()) and namespace-uri() = namespace-uri(current())])\"/>"
    "<xsl:text>]</xsl:text></xsl:for-each>")


def compile_schematron(schema: etree._Element, registered_ids: bool = False) -> etree._Element:
    """The XSLT 1.0 stylesheet (an element) that validates against ``schema``.

    ``registered_ids``: the documents it will check have their xml:ids registered as IDs (a
    parse with ``collect_ids``, which refuses a duplicate). A key that indexes every element by
    its xml:id is then the XPath ``id()`` function, a lookup in the parser's hash table: libxslt
    builds every key of the stylesheet at the first ``key()`` call, a pass over the whole
    document per key (0.3 s of a 16 MB edition's 0.9 s).
    """
    nsmap = {"xsl": XSL_NS, "svrl": SVRL_NS}
    for ns in schema.iter(f"{_S}ns"):
        nsmap[ns.get("prefix")] = ns.get("uri")
    sheet = etree.Element(f"{_X}stylesheet", nsmap=nsmap, version="1.0")
    etree.SubElement(sheet, f"{_X}output", method="xml", encoding="UTF-8")
    patterns = []
    for child in schema:
        if not isinstance(child.tag, str):
            continue
        if child.tag == f"{_X}key":
            sheet.append(_copy(child))
        elif child.tag == f"{_S}let":
            etree.SubElement(sheet, f"{_X}variable", name=child.get("name"), select=child.get("value"))
        elif child.tag == f"{_S}pattern":
            patterns.append(child)
        elif child.tag not in (f"{_S}ns", f"{_S}title"):
            raise SchematronCompileError(f"unsupported Schematron element {etree.QName(child).localname}")
    root = etree.SubElement(etree.SubElement(sheet, f"{_X}template", match="/"),
                            f"{_V}schematron-output")
    for number, pattern in enumerate(patterns, 1):
        _pattern(sheet, root, pattern, f"p{number}")
    path = etree.fromstring(f'<xsl:template xmlns:xsl="{XSL_NS}" name="teikit-path">'
                            f"{_PATH_TEMPLATE}</xsl:template>")
    sheet.append(path)
    if registered_ids:
        _keys_as_id(sheet, _id_keys(schema))
    return sheet


def _id_keys(schema: etree._Element) -> list[str]:
    """Names of the keys that index every element by its xml:id (what ``id()`` looks up)."""
    return [key.get("name") for key in schema.iter(f"{_X}key")
            if re.fullmatch(r"(\w+:)?\*\[@xml:id\]", (key.get("match") or "").replace(" ", ""))
            and (key.get("use") or "").strip() == "@xml:id"]


def _keys_as_id(sheet: etree._Element, names: list[str]) -> None:
    """``key('ids', X)`` → ``id(translate(X, whitespace, '####'))`` in every expression of the
    stylesheet (not in match patterns, where XSLT 1.0 allows ``id()`` of a literal only).
    ``id()`` splits its argument at whitespace, ``key()`` does not: with each whitespace
    character made a ``#``, which no xml:id holds, a list finds nothing, as with the key."""
    if not names:
        return
    call = re.compile(r"\bkey\(\s*(['\"])(" + "|".join(map(re.escape, names)) + r")\1\s*,")
    for element in sheet.iter(f"{_X}*"):
        for attribute in ("select", "test"):
            value = element.get(attribute)
            if value and "key(" in value:
                element.set(attribute, _rewrite_calls(value, call))


def _rewrite_calls(expression: str, call: re.Pattern) -> str:
    out, at = [], 0
    while (m := call.search(expression, at)) is not None:
        close = _closing(expression, m.end())
        out += [expression[at:m.start()], "id(translate(", expression[m.end():close],
                ", ' \t\n\r', '####'))"]
        at = close + 1
    return "".join(out) + expression[at:]


def _closing(text: str, start: int) -> int:
    """Index of the ``)`` closing the call whose arguments begin at ``start``."""
    for at, char, depth in _scan(text, start):
        if char == ")" and depth < 0:
            return at
    raise SchematronCompileError(f"unbalanced key() call in {text!r}")


#: attributes whose meaning the compiler does not implement, per element
_UNSUPPORTED = {"pattern": ("abstract", "is-a", "documents"), "rule": ("abstract", "subject"),
                "assert": ("diagnostics", "subject", "properties"),
                "report": ("diagnostics", "subject", "properties")}


def _refuse_unsupported(element: etree._Element) -> None:
    name = etree.QName(element).localname
    for attribute in _UNSUPPORTED.get(name, ()):
        if element.get(attribute) is not None:
            raise SchematronCompileError(f"unsupported {name}/@{attribute}")


def _pattern(sheet, root, pattern: etree._Element, mode: str) -> None:
    _refuse_unsupported(pattern)
    active = etree.SubElement(root, f"{_V}active-pattern")
    if pattern.get("id"):
        active.set("id", pattern.get("id"))
    rules = [r for r in pattern if r.tag == f"{_S}rule"]
    for child in pattern:
        if isinstance(child.tag, str) and child.tag not in (f"{_S}rule", f"{_S}title"):
            raise SchematronCompileError(
                f"pattern {pattern.get('id')}: unsupported {etree.QName(child).localname}")
    contexts = [branch for rule in rules for branch in _branches(rule.get("context"))]
    for group in _disjoint_groups(contexts):
        etree.SubElement(root, f"{_X}apply-templates", mode=mode,
                         select=" | ".join(_select(b) for b in group))
    for rank, rule in enumerate(rules):
        _rule(sheet, rule, mode, priority=1000 - rank)


def _rule(sheet, rule: etree._Element, mode: str, priority: int) -> None:
    _refuse_unsupported(rule)
    template = etree.SubElement(sheet, f"{_X}template", match=rule.get("context"), mode=mode,
                                priority=str(priority))
    for child in rule:
        if not isinstance(child.tag, str):
            continue
        if child.tag == f"{_S}let":
            etree.SubElement(template, f"{_X}variable", name=child.get("name"), select=child.get("value"))
        elif child.tag in (f"{_S}assert", f"{_S}report"):
            _check(template, child, rule.get("role"))
        else:
            raise SchematronCompileError(f"rule {rule.get('context')}: unsupported "
                                         f"{etree.QName(child).localname}")


def _check(template, check: etree._Element, rule_role: str | None) -> None:
    _refuse_unsupported(check)
    is_assert = check.tag == f"{_S}assert"
    test = check.get("test")
    condition = etree.SubElement(template, f"{_X}if", test=f"not({test})" if is_assert else test)
    finding = etree.SubElement(condition, f"{_V}failed-assert" if is_assert else f"{_V}successful-report",
                               test=test)
    for name in ("id", "role", "flag"):
        value = check.get(name) or (rule_role if name == "role" else None)
        if value:
            finding.set(name, value)
    location = etree.SubElement(finding, f"{_X}attribute", name="location")
    etree.SubElement(location, f"{_X}call-template", name="teikit-path")
    text = etree.SubElement(finding, f"{_V}text")
    text.text = check.text
    for part in check:
        if not isinstance(part.tag, str):
            continue
        if part.tag == f"{_S}value-of":
            node = etree.SubElement(text, f"{_X}value-of", select=part.get("select"))
        elif part.tag == f"{_S}name":
            node = etree.SubElement(text, f"{_X}value-of", select=f"name({part.get('path') or '.'})")
        else:
            raise SchematronCompileError(f"unsupported {etree.QName(part).localname} in a message")
        node.tail = part.tail


def _copy(element: etree._Element) -> etree._Element:
    return etree.Element(element.tag, dict(element.attrib))


def _select(branch: str) -> str:
    """A match pattern's branch as the expression selecting every node it matches.

    ``//a[@x]`` is rewritten ``/descendant::a[@x]`` (twice as fast in libxml2; ``//`` costs
    seconds on a 16 MB edition), which selects the same nodes when the first step is an element
    test whose predicates are never positional (``_boolean_predicate``).
    """
    branch = branch.strip()
    if branch.startswith("/"):
        return branch
    first = _FIRST_STEP.match(branch)
    if first and not branch.startswith("@") and all(
            _boolean_predicate(p) for p in _PREDICATE.findall(first.group("predicates"))):
        return "/descendant::" + branch
    return "//" + branch


#: an element name test with predicates that hold no brackets, followed by / or the end
_FIRST_STEP = re.compile(r"^[\w.-]+(:[\w.*-]+)?(?P<predicates>(\[[^\[\]]*\])*)(/|$)")
_PREDICATE = re.compile(r"\[([^\[\]]*)\]")
#: a boolean at the top level of a predicate (inside no parenthesis): not(…), an attribute's
#: presence, a comparison, and / or (the lowest-precedence operators of XPath 1.0)
_BOOLEAN = re.compile(r"^not\(\)$|^@[\w.:-]+$|!=|=|<|>|\sand\s|\sor\s")


def _boolean_predicate(predicate: str) -> bool:
    """True if the predicate's value is a boolean, never a number: it never selects by position."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "''", predicate.strip())
    if re.search(r"\b(position|last)\s*\(|\$", text):
        return False  # position(), last() or a variable (which may hold a number)
    while True:  # keep the top level only: "not(@a) and b" -> "not() and b"
        inner = re.sub(r"\([^()]*\)", "()", text)
        if inner == text:
            break
        text = inner
    return bool(_BOOLEAN.search(text))


def _disjoint_groups(branches: list[str]) -> list[list[str]]:
    """Branches grouped so that no node is selected by two groups.

    libxml2's union operator checks duplicates pairwise (quadratic: 1.3 s for ``//tei:p |
    //tei:head`` on a 16 MB edition), so branches that cannot select the same node (their last
    steps name different elements or attributes) are applied one after the other instead.
    """
    names = [_last_name(b) for b in branches]
    if any(name is None for name in names):
        return [branches] if branches else []
    groups: dict[str, list[str]] = {}
    for name, branch in zip(names, branches):
        groups.setdefault(name, []).append(branch)
    return list(groups.values())


def _top_level(text: str, separator: str) -> list[int]:
    """Where ``separator`` stands in an XPath outside brackets and quotes."""
    return [at for at, char, depth in _scan(text) if char == separator and depth == 0]


def _scan(text: str, start: int = 0):
    """(index, character, depth) of each character of an XPath outside its string literals;
    the depth counts the brackets open around it (a closing bracket counts as closed)."""
    depth, quote = 0, None
    for at in range(start, len(text)):
        char = text[at]
        if quote:
            quote = None if char == quote else quote
            continue
        if char in "'\"":
            quote = char
            continue
        if char in "])":
            depth -= 1
        yield at, char, depth
        if char in "[(":
            depth += 1


def _last_name(branch: str) -> str | None:
    """The name tested by the branch's last step (``tei:p``, ``@target``); None for a wildcard."""
    slashes = _top_level(branch, "/")
    step = branch[slashes[-1] + 1 if slashes else 0:].split("[", 1)[0].strip()
    local = step.rsplit(":", 1)[-1]
    if not step or local in ("*", "@*") or "(" in step:
        return None
    return step


def _branches(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a match pattern (brackets and quotes respected)."""
    cuts = [-1] + _top_level(pattern, "|") + [len(pattern)]
    branches = [pattern[a + 1:b] for a, b in zip(cuts, cuts[1:])]
    return [b.strip() for b in branches if b.strip()]

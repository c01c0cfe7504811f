"""Grammar validation: lxml's RelaxNG gives the verdict, the explainer the messages."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit import xmlsafe
from teikit.schemas import locate
from teikit.validate import user_schema
from teikit.validate.explain import Problem, explain
from teikit.validate.patterns import Grammar

#: names accepted by --schema besides a path
NAMED = ("teikit", "tei-all")


def schema_path(schema: str | Path) -> Path:
    if schema == "teikit":
        return locate.schema_file(locate.RNG)
    if schema == "tei-all":
        return locate.tei_all_rng()
    return Path(schema)


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[etree._ElementTree, etree.RelaxNG]:
    tree = xmlsafe.parse(path, huge=True)
    user_schema.check_references(tree, Path(path))  # includes: local files only (issue 11)
    return tree, user_schema.compile_schema(tree, Path(path))


@lru_cache(maxsize=4)
def _grammar(path: str) -> Grammar:
    return Grammar(_load(path)[0].getroot())


def check(tree: etree._ElementTree, schema: str | Path = "teikit") -> list[Problem]:
    """All grammar problems of ``tree``; empty when lxml finds it valid."""
    path = str(schema_path(schema))
    relaxng = _load(path)[1]
    if relaxng.validate(tree):
        return []
    problems = explain(tree, _grammar(path))
    if problems:
        return problems
    # The explainer missed what libxml2 found (e.g. a datatype it does not check).
    return [Problem(e.line or 1, _libxml2_message(e.message), "grammar") for e in relaxng.error_log]


def _libxml2_message(message: str) -> str:
    return re.sub(r"^Element (\S+)", r"element \1", message)

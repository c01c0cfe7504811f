"""Grammar validation: lxml's RelaxNG gives the verdict, the explainer the messages."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit import xmlsafe
from teikit.odd import locate
from teikit.validate import user_schema
from teikit.validate.explain import Problem, explain
from teikit.validate.patterns import Grammar
from teikit.validate.prune import prune, used_names

#: names accepted by --schema besides a path
NAMED = ("teikit", "tei-all")


def schema_path(schema: str | Path) -> Path:
    if schema == "teikit":
        return locate.schema_file(locate.RNG)
    if schema == "tei-all":
        return locate.tei_all_rng()
    return Path(schema)


@lru_cache(maxsize=4)
def _tree(path: str) -> etree._ElementTree:
    return xmlsafe.parse(path, huge=True)


@lru_cache(maxsize=4)
def _compiled(path: str) -> etree.RelaxNG:
    return etree.RelaxNG(_tree(path))


@lru_cache(maxsize=16)
def _pruned(path: str, used: frozenset[str]) -> etree.RelaxNG:
    """The grammar cut down to the document's elements: same verdict, compiled in milliseconds."""
    return etree.RelaxNG(prune(xmlsafe.parse(path, huge=True), used))


@lru_cache(maxsize=4)
def _user(path: str) -> etree.RelaxNG:
    """A user's --schema: its includes may reach local files only (issue 11)."""
    tree = _tree(path)
    user_schema.check_references(tree, Path(path))
    return user_schema.compile_schema(tree, Path(path))


def _relaxng(path: str, schema: str | Path, tree: etree._ElementTree) -> etree.RelaxNG:
    # the project grammar compiles in 30 ms as it is; TEI P5's takes 6-7 s unless pruned
    if schema == "teikit":
        return _compiled(path)
    if schema == "tei-all":
        return _pruned(path, used_names(tree))
    return _user(path)


@lru_cache(maxsize=4)
def _grammar(path: str) -> Grammar:
    return Grammar(_tree(path).getroot())


def check(tree: etree._ElementTree, schema: str | Path = "teikit") -> list[Problem]:
    """All grammar problems of ``tree``; empty when lxml finds it valid."""
    path = str(schema_path(schema))
    relaxng = _relaxng(path, schema, tree)
    if relaxng.validate(tree):
        return []
    problems = explain(tree, _grammar(path))
    if problems:
        return problems
    # The explainer missed what libxml2 found (e.g. a datatype it does not check).
    return [Problem(e.line or 1, _libxml2_message(e.message), "grammar") for e in relaxng.error_log]


def _libxml2_message(message: str) -> str:
    return re.sub(r"^Element (\S+)", r"element \1", message)

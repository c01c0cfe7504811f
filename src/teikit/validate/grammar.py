"""Grammar validation: lxml's RelaxNG gives the verdict, the explainer the messages.

libxml2's RELAX NG takes exponential time on a few documents against a large grammar (TEI P5's
``tei_all``, where jing answers at once), inside C code that no signal interrupts. The verdict
against any grammar but the project's is therefore reached in a forked child within a time
limit; past it the child is killed and the check reported as undecided (exit code 5).
"""
from __future__ import annotations

import os
import re
import select
import signal
from functools import lru_cache
from pathlib import Path
from typing import Callable

from lxml import etree

from teikit import xmlsafe
from teikit.errors import UndecidedError
from teikit.odd import locate
from teikit.validate import user_schema
from teikit.validate.explain import Problem, explain
from teikit.validate.patterns import Grammar
from teikit.validate.prune import prune, used_names

#: names accepted by --schema besides a path
NAMED = ("teikit", "tei-all")
#: Seconds a verdict against tei_all or a user's grammar may take (``validate --time-limit``).
TIME_LIMIT = 120.0


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


def check(tree: etree._ElementTree, schema: str | Path = "teikit",
          time_limit: float | None = None) -> list[Problem]:
    """All grammar problems of ``tree``; empty when lxml finds it valid."""
    path = str(schema_path(schema))
    if schema == "teikit":  # a small grammar: libxml2 compiles and answers in milliseconds
        valid = _relaxng(path, schema, tree).validate(tree)
    else:
        if schema not in NAMED:  # a user's grammar: refused (hostile, broken) here, not in
            _user(path)          # the child; TEI P5's, pruned, compiles there
        valid = _verdict_within(lambda: _relaxng(path, schema, tree).validate(tree),
                                TIME_LIMIT if time_limit is None else time_limit, path)
    if valid:
        return []
    problems = explain(tree, _grammar(path))
    if problems:
        return problems
    # The explainer missed what libxml2 found (e.g. a datatype it does not check): compiled
    # and validated here for the error log (the child's verdict says this finishes).
    relaxng = _relaxng(path, schema, tree)
    relaxng.validate(tree)
    return [Problem(e.line or 1, _libxml2_message(e.message), "grammar") for e in relaxng.error_log]


def _libxml2_message(message: str) -> str:
    return re.sub(r"^Element (\S+)", r"element \1", message)


def _verdict_within(verdict: Callable[[], bool], seconds: float, schema: str) -> bool:
    """``verdict()`` (compiling the grammar and validating: libxml2 can take exponential time
    in either), reached in a forked child; killed after ``seconds``."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the verdict as one byte, then out without cleanup
        try:
            os.close(read_end)
            os.write(write_end, b"1" if verdict() else b"0")
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        if not select.select([read_end], [], [], seconds)[0]:
            os.kill(pid, signal.SIGKILL)
            raise UndecidedError(
                f"validating against {Path(schema).name} did not finish in {seconds:g} s "
                "(libxml2's RELAX NG takes exponential time on some documents against large "
                "grammars); check this file with jing, or give --time-limit more seconds")
        answer = os.read(read_end, 1)
        if not answer:  # the child died without a verdict
            raise RuntimeError(f"the validating process ended without a verdict ({schema})")
        return answer == b"1"
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)

"""The code's shape (issue 18): no module of src/ over 400 lines, no function over 50, so that
each reads in one sitting."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "teikit"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(name, lines) of each function or method in ``source`` longer than ``limit`` lines,
    its decorators and docstring included."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            if node.end_lineno - start + 1 > limit:
                found.append((node.name, node.end_lineno - start + 1))
    return found


def test_no_module_over_400_lines():
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


def test_no_function_over_50_lines():
    long = {f"{p.relative_to(SRC)}:{name}": n for p in SRC.rglob("*.py")
            for name, n in long_functions(p.read_text(encoding="utf-8"))}
    assert long == {}


def test_the_check_finds_a_long_function():
    body = "".join(f"    x{i} = {i}\n" for i in range(50))
    source = f"@decorator\ndef long():\n{body}\n\ndef short():\n    return 1\n"
    assert long_functions(source) == [("long", 52)]

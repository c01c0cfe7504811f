"""The README's first command installs teikit without the test extras: every third-party
module that teikit imports must come from a declared runtime dependency."""
import ast
import importlib.metadata
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "teikit"


def imported_top_level_modules() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"teikit", "__future__"}


#: modules imported only by a feature of an optional extra (behind ``except ImportError`` with
#: an install hint): module -> extra of pyproject.toml that provides it
OPTIONAL = {"distributed": "dask"}


def _declared() -> tuple[set[str], dict]:
    """Runtime dependencies and extras as pyproject.toml declares them (not a stale install)."""
    import tomllib

    project = tomllib.loads((SRC.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=;\[ ]", r)[0].lower() for r in project["dependencies"]}
    return names, project.get("optional-dependencies", {})


def test_runtime_imports_are_declared_dependencies():
    runtime, extras = _declared()
    providers = importlib.metadata.packages_distributions()
    modules = imported_top_level_modules()
    for module, extra in OPTIONAL.items():
        assert any(r.lower().startswith(("dask[distributed]", module)) for r in extras[extra])
        modules.discard(module)
    assert {"lxml", "saxonche", "citeproc", "typer"} <= modules  # the scan sees imports
    missing = {m: providers.get(m) for m in modules
               if not {d.lower() for d in providers.get(m, [])} & runtime}
    assert missing == {}, "imported at run time but only installed by the test extras"

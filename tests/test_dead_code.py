"""No dead code in src/: vulture finds no function, method, class or import that nothing uses.

Code used only by tests is dead too (it belongs beside those tests). Names called at run time
by name are declared in tests/dead_code_whitelist.py, or ignored by pattern below.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHITELIST = Path(__file__).with_name("dead_code_whitelist.py")
#: the builder dispatches tokens by name (getattr(self, f"on_{token.type}"))
IGNORED_NAMES = "on_*"
#: commands and callbacks registered by typer's decorators
IGNORED_DECORATORS = "@app.command,@app.callback,@schema_app.command"
KINDS = ("unused function", "unused method", "unused class", "unused import", "unused property")


def unused(*paths: Path) -> list[str]:
    run = subprocess.run([sys.executable, "-m", "vulture", *map(str, paths), "--min-confidence",
                          "60", "--ignore-names", IGNORED_NAMES, "--ignore-decorators",
                          IGNORED_DECORATORS], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode in (0, 3), run.stderr  # 3: dead code found
    return [line for line in run.stdout.splitlines() if any(kind in line for kind in KINDS)]


def test_no_unused_function_in_src():
    assert unused(ROOT / "src" / "teikit", WHITELIST) == []


def test_the_check_finds_a_function_nothing_calls(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def used():\n    return 1\n\n\ndef forgotten():\n    return 2\n\n\n"
                      "print(used())\n", encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in unused(module)] == [
        "unused function 'forgotten' (60% confidence)"]

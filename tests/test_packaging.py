"""The wheel ships every subpackage, the stylesheets and the schemas."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT / "src").parts)
             for p in (ROOT / "src" / "teikit").rglob("__init__.py")}
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages"
    mapped = config["tool"]["setuptools"]["package-dir"]
    assert (ROOT / mapped["teikit.xslt"]).is_dir() and (ROOT / mapped["teikit.schema"]).is_dir()


def test_installed_resources_are_found():
    from teikit.resources import schema_dir, xslt_dir

    assert (schema_dir() / "teikit.rng").is_file()
    assert (xslt_dir() / "html" / "edition.xsl").is_file()

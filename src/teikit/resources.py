"""Where teikit's stylesheets and schemas are: the source checkout, or the installed package."""
from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_dir(name: str) -> Path:
    """``xslt`` or ``schema``: top-level folders of the checkout, shipped inside the wheel."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_dir():
        return checkout / name
    return Path(str(importlib.resources.files("teikit"))) / name


def xslt_dir() -> Path:
    return resource_dir("xslt")


def schema_dir() -> Path:
    return resource_dir("schema")

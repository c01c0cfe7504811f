"""The correction catalogue reuses the validation fixtures."""
from validate.conftest import cli, edition  # noqa: F401  (pytest fixtures)

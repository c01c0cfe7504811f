from __future__ import annotations

import pytest

from .typeset import Printer


@pytest.fixture(scope="session")
def printer():
    """One headless Chromium for every PDF the tests typeset."""
    p = Printer()
    yield p
    p.close()

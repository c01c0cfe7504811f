from __future__ import annotations

import hashlib

import pytest

from .typeset import Printer, typeset


@pytest.fixture(scope="session")
def printer():
    """One headless Chromium for every PDF the tests typeset."""
    p = Printer()
    yield p
    p.close()


@pytest.fixture(scope="session")
def typeset_pdf(printer, tmp_path_factory):
    """A rendered book set in a typography, printed once a session (Chromium takes about a
    second a PDF): keyed by the typography and the book's text."""
    folder = tmp_path_factory.mktemp("typeset")
    printed = {}

    def pdf(r, typography):
        key = hashlib.sha1(f"{typography!r}\n{r.text}".encode()).hexdigest()[:16]
        if key not in printed:
            printed[key] = typeset(r, typography, folder / f"{key}.pdf", printer)
        return printed[key]

    return pdf

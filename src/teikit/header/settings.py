"""Settings of the digital edition: what the source book cannot tell (publisher, licence …)."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import teikit

CC_BY_4 = ("Creative Commons Attribution 4.0 International (CC BY 4.0)",
           "https://creativecommons.org/licenses/by/4.0/")


def _today() -> str:
    return datetime.date.today().isoformat()


@dataclass
class EditionSettings:
    """Facts about the digital edition, given by the user; ``date`` is injectable for golden files.

    The licence covers the encoding (markup and editorial additions) only; the printed text
    stays under the copyright of ``rights_holder`` (by default the print publisher).
    ``publisher`` None: the edition is unpublished; ``authority`` (or failing that the
    encoder) answers for it. ``encoder`` is the person responsible for the encoding; teikit,
    the software, is recorded in ``appInfo``, never as a person.
    """

    publisher: str | None = None
    authority: str | None = None  # the body responsible for an unpublished edition
    licence: str = CC_BY_4[0]
    licence_url: str | None = CC_BY_4[1]
    rights_holder: str | None = None  # copyright holder of the printed text; None: its publisher
    identifier: str | None = None  # e.g. a DOI, URN or handle of the digital edition
    identifier_type: str | None = None  # None: from the identifier's form (see identifier_kind)
    encoder: str | None = None  # the person who encoded the edition
    date: str = field(default_factory=_today)  # ISO date of the conversion
    teikit_version: str = teikit.__version__


_DOI = re.compile(r"^(doi:|https?://(dx\.)?doi\.org/)?10\.\d{4,9}/\S+$", re.I)
_URI = re.compile(r"^[a-z][a-z0-9+.-]*:\S+$", re.I)


def identifier_kind(identifier: str) -> str:
    """``idno/@type`` of an edition identifier, by its form: DOI, URI, or a local name."""
    if _DOI.match(identifier):
        return "DOI"
    if _URI.match(identifier):
        return "URI"
    return "teikit"

"""Settings of the digital edition: what the source book cannot tell (publisher, licence …)."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import teikit

CC_BY_4 = ("Creative Commons Attribution 4.0 International (CC BY 4.0)",
           "https://creativecommons.org/licenses/by/4.0/")


def _today() -> str:
    return datetime.date.today().isoformat()


@dataclass
class EditionSettings:
    """Facts about the digital edition, given by the user; ``date`` is injectable for golden files.

    ``publisher`` None: the edition is unpublished and the encoder stands as its authority.
    """

    publisher: str | None = None
    licence: str = CC_BY_4[0]
    licence_url: str | None = CC_BY_4[1]
    identifier: str | None = None  # e.g. a DOI, URN or handle of the digital edition
    identifier_type: str = "URI"
    encoder: str = "teikit"  # who encoded the edition (a person, or the converter)
    date: str = field(default_factory=_today)  # ISO date of the conversion
    teikit_version: str = teikit.__version__

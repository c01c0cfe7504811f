"""The TEI header: CIP record and colophon parsed into fields, and the teiHeader built from them."""
from teikit.header.build import build_header
from teikit.header.settings import EditionSettings

__all__ = ["build_header", "EditionSettings"]

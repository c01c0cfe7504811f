"""Step 4b, attribute values: what the printed text gives, written the way TEI requires.

Text content is never changed. Attribute values derived from it (``@when``, ``@from``,
``@to``, ``@n``, ``@value``) may have been copied from full-width digits (``２０１１``) or
Chinese zeros in a year (``二〇一一``, ``2０1〇``): they are normalised to ASCII digits so that
the edition is always valid (xs:date, xs:integer, the pb-increasing rule)."""
from __future__ import annotations

import re

from lxml import etree

ATTRIBUTES = ("when", "from", "to", "n", "value", "notBefore", "notAfter")
_DIGITS = str.maketrans("０１２３４５６７８９－．", "0123456789-.")
_ZEROS = str.maketrans("〇○零", "000")
_NUMERIC = re.compile(r"^[\d\-.]+$")


def normalise(value: str) -> str:
    """ASCII digits for full-width ones; 〇/零 as 0 where the value is otherwise numeric."""
    out = value.translate(_DIGITS)
    zeroed = out.translate(_ZEROS)
    return zeroed if _NUMERIC.match(zeroed) else out


def normalise_tree(root: etree._Element) -> int:
    """Normalise the value attributes of every element; the number of values changed."""
    changed = 0
    for element in root.iter(etree.Element):
        for name in ATTRIBUTES:
            value = element.get(name)
            if value is not None:
                fixed = normalise(value)
                if fixed != value:
                    element.set(name, fixed)
                    changed += 1
    return changed

"""Which script a line of Chinese is printed in (simplified or traditional characters)."""
from __future__ import annotations

import hanzidentifier


def script_of(text: str) -> str | None:
    """"zh-Hant" for a line in traditional characters only; None for the text's default."""
    if hanzidentifier.identify(text) == hanzidentifier.TRADITIONAL:
        return "zh-Hant"
    return None

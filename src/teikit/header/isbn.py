"""ISBN check digits and validation (ISBN-13 and ISBN-10), for the CIP record and colophon."""
from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.errors import Reporter
from teikit.header.record_text import Value

_SEPARATORS = re.compile(r"[\s\-‐‑–—]")
_ISBN13 = re.compile(r"\d{13}")
_ISBN10 = re.compile(r"\d{9}[\dX]")


def normalise(s: str) -> str:
    """The ISBN without its prefix, hyphens and spaces, with a capital X: ``9787010123451``."""
    s = s.strip()
    s = re.sub(r"^ISBN(?:-1[03])?[:：]?", "", s, flags=re.IGNORECASE)
    return _SEPARATORS.sub("", s).upper()


def isbn13_check_digit(digits12: str) -> str:
    """Check digit of an ISBN-13: weights 1,3,1,3… over 12 digits, (10 − sum mod 10) mod 10."""
    if not re.fullmatch(r"\d{12}", digits12):
        raise ValueError(f"an ISBN-13 check digit needs 12 digits, got {digits12!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str((10 - total % 10) % 10)


def isbn10_check_digit(digits9: str) -> str:
    """Check digit of an ISBN-10: weights 10…2, (11 − sum mod 11) mod 11, 10 written X."""
    if not re.fullmatch(r"\d{9}", digits9):
        raise ValueError(f"an ISBN-10 check digit needs 9 digits, got {digits9!r}")
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits9))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def isbn_valid(s: str) -> bool:
    """True if ``s`` is an ISBN-13 or ISBN-10 with a correct check digit."""
    digits = normalise(s)
    if _ISBN13.fullmatch(digits):
        return digits.startswith(("978", "979")) and isbn13_check_digit(digits[:12]) == digits[12]
    if _ISBN10.fullmatch(digits):
        return isbn10_check_digit(digits[:9]) == digits[9]
    return False


@dataclass
class Isbn(Value):
    """An ISBN as printed (without the ``ISBN`` prefix), with its normalised digits and whether its check digit is right."""

    digits: str = ""
    valid: bool = False
    qualifier: Value | None = None  # e.g. "(平装)" or a price printed after the ISBN


def read_isbn(printed: Value, reporter: Reporter) -> Isbn:
    """Check a printed ISBN; a malformed one or a wrong check digit is a warning on its line."""
    shown = re.sub(r"^ISBN(?:-1[03])?\s*[:：]?\s*", "", printed.text.strip(), flags=re.IGNORECASE)
    digits = normalise(shown)
    isbn = Isbn(shown, printed.line, digits=digits, valid=isbn_valid(digits))
    if isbn.valid:
        return isbn
    if len(digits) not in (10, 13) or not re.fullmatch(r"\d+X?", digits):
        reporter.warning(f"ISBN {shown} is not 10 or 13 digits", line=printed.line,
                         rule="isbn-format")
    else:
        reporter.warning(f"ISBN {shown} has a wrong check digit", line=printed.line,
                         rule="isbn-checksum")
    return isbn

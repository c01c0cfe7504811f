"""The correction catalogue: realistic mistakes an archivist makes while correcting an edition.

Each entry rewrites the first match of ``find`` (a regular expression) in the edition with
``replace``; the marker ``⁁`` in ``replace`` stands where the validator must report the error,
so the expected line is computed from the mutated text, never hard-coded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MARK = "⁁"


@dataclass(frozen=True)
class Mistake:
    name: str
    find: str
    replace: str
    rule: str
    exit_code: int = 1
    flags: int = 0


def _bad_isbn(match: re.Match) -> str:
    digits = match.group(2)
    wrong = str((int(digits[-3]) + 1) % 10)
    return f"{MARK}{match.group(1)}{digits[:-3]}{wrong}{digits[-2:]}{match.group(3)}"


MISTAKES = [
    Mistake("typo in an element name", r"<head>([^<]+)</head>", rf"{MARK}<haed>\1</haed>",
            "element-not-allowed"),
    Mistake("typo in an attribute name", r'<div type="chapter"', f'{MARK}<div tpye="chapter"',
            "attribute-not-allowed"),
    Mistake("a paragraph inside a heading", r"<head>([^<]+)</head>", rf"<head>\1{MARK}<p>补充</p></head>",
            "element-not-allowed"),
    Mistake("a duplicated xml:id", r'<note place="foot" n="①" rend="sup" xml:id="(\w+)">(.*?)</note>',
            rf'<note place="foot" n="①" rend="sup" xml:id="\1">\2</note>{MARK}<note place="foot" n="②" xml:id="\1">重复</note>',
            "xmlid-unique"),
    Mistake("a pointer to nowhere", r'<ref target="#(\w+)">', f'{MARK}<ref target="#chapter-one">',
            "pointer-resolves"),
    Mistake("a page number out of order", r'<pb n="3" cert="low" break="no" xml:id="p3"/>',
            f'{MARK}<pb n="1" cert="low" break="no" xml:id="p3"/>', "pb-increasing"),
    Mistake("a page number in letters", r'<pb n="2" cert="low" break="no" xml:id="p2"/>',
            f'{MARK}<pb n="ii" cert="low" break="no" xml:id="p2"/>', "pb-increasing"),
    Mistake("a wrong ISBN digit", r'(<idno type="ISBN">)([0-9-]+)(</idno>)', "", "isbn-checksum"),
    Mistake("a short ISBN", r'(<idno type="ISBN">)([0-9-]+)\d(</idno>)', rf"{MARK}\1\2\3",
            "isbn-checksum"),
    Mistake("a wrong @place value", r'place="foot" n="①"', f'{MARK}place="margin" n="①"',
            "attribute-value"),
    Mistake("an unclosed tag (end tag misspelt)", r"</p>", f"{MARK}</P>", "well-formed"),
    Mistake("an unclosed attribute quote", r'<pb n="4" cert="low" break="no" xml:id="p4"/>',
            f'{MARK}<pb n="4/>', "well-formed"),
    Mistake("a raw ampersand", r"(<p>[^<]{5})", rf"\1{MARK}&", "well-formed"),
    Mistake("an HTML entity", r"(<p>[^<]{5})", rf"\1{MARK}&nbsp;", "well-formed"),
    Mistake("the wrong namespace", r'<TEI xmlns="http://www\.tei-c\.org/ns/1\.0"',
            f'{MARK}<TEI xmlns="http://www.tei-c.org/ns/1.0/"', "element-not-allowed"),
    Mistake("no namespace at all", r'<TEI xmlns="http://www\.tei-c\.org/ns/1\.0"', f"{MARK}<TEI",
            "element-not-allowed"),
    Mistake("text outside any paragraph", r'(<div type="chapter"[^>]*>)', rf"\1{MARK}漏掉的文字",
            "text-not-allowed"),
    Mistake("a deleted required element", r"(<sourceDesc>).*?(</sourceDesc>)", rf"{MARK}\1\2",
            "element-incomplete", flags=re.S),
    Mistake("an invalid month", r'<date when="(\d{4})-12">', rf'{MARK}<date when="\1-13">',
            "attribute-value"),
    Mistake("a day that does not exist", r'<date when="(\d{4})-12">', rf'{MARK}<date when="\1-02-30">',
            "attribute-value"),
    Mistake("an edition dated before its source", r'(<publicationStmt>.*?)<date when="[^"]+">',
            rf'\1{MARK}<date when="1999-01-01">', "date-consistent", flags=re.S),
    Mistake("footnote marks not counting up", r'n="②" rend="sup"', f'{MARK}n="③" rend="sup"',
            "note-sequence"),
    Mistake("a footnote mark not restarting on a new page", r'n="①" rend="sup" xml:id="n4"',
            f'{MARK}n="②" rend="sup" xml:id="n4"', "note-sequence"),
    Mistake("a footnote without its mark", r'<note place="foot" n="①" rend="sup"',
            f'{MARK}<note place="foot" rend="sup"', "note-n-required"),
    Mistake("a contents page that disagrees with the chapter", r'(<item n="1"[^>]*>.*?)<num type="page" value="1">1</num>',
            rf'{MARK}\1<num type="page" value="1">7</num>', "contents-pages"),
    Mistake("an empty paragraph", r"(</p>)", rf"\1{MARK}<p></p>", "no-empty-block"),
    Mistake("an empty heading", r"<head>([^<]+)</head>", f"{MARK}<head> </head>", "no-empty-block"),
    Mistake("a division type outside the list", r'<div type="chapter"', f'{MARK}<div type="chaper"',
            "attribute-value"),
    Mistake("a title level outside the list", r'<title level="a">', f'{MARK}<title level="article">',
            "attribute-value"),
    Mistake("an identifier without its type", r'<idno type="CIP">', f"{MARK}<idno>",
            "attribute-required"),
    Mistake("a styling attribute teikit does not use", r"<p>", f'{MARK}<p style="color: red">',
            "attribute-not-allowed"),
    Mistake("an entity declaration (XXE)", r"(<\?xml[^>]*\?>\n)",
            rf'\1<!DOCTYPE TEI [{MARK}<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', "entities"),
]
# the ISBN mistake needs a computed replacement
MISTAKES[[m.name for m in MISTAKES].index("a wrong ISBN digit")] = Mistake(
    "a wrong ISBN digit", r'(<idno type="ISBN">)([0-9-]+)(</idno>)', "", "isbn-checksum")
REPLACERS = {"a wrong ISBN digit": _bad_isbn}


def apply(text: str, mistake: Mistake) -> tuple[str, int, int]:
    """The mutated document, the line and column (1-based) where the marker stood."""
    replacement = REPLACERS.get(mistake.name, mistake.replace)
    mutated, count = re.subn(mistake.find, replacement, text, count=1, flags=mistake.flags)
    assert count == 1, f"{mistake.name}: pattern not found in the edition: {mistake.find}"
    at = mutated.index(MARK)
    line = mutated.count("\n", 0, at) + 1
    column = at - (mutated.rfind("\n", 0, at) + 1) + 1
    return mutated.replace(MARK, ""), line, column


#: corrections that are right and must pass
GOOD_EDITS = [
    ("a fixed typo", r"(<p>[^<]{3})[^<]", r"\1改"),
    ("an added persName", r"(<p>[^<]{2})([\u4e00-\u9fff]{3})", r"\1<persName>\2</persName>"),
    ("an added emphasis", r"(<p>[^<]{2})([^<]{2})", r'\1<hi rend="bold">\2</hi>'),
    ("a new paragraph split", r"(<p>[^<]{4})([^<]{4})", r"\1</p><p>\2"),
]

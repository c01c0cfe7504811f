"""A user's RELAX NG schema (``validate --schema x.rng``): local files only, clear errors.

libxml2 loads a schema's ``include`` and ``externalRef`` itself, over HTTP too. Before the
schema is compiled, every such reference is followed here — each must be a local file
(a relative path, or an absolute path or ``file:`` URL on this machine), read through
teikit's safe parser — so that nothing is fetched and no hostile file reaches libxml2.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import etree

from teikit import xmlsafe
from teikit.errors import UsageError
from teikit.tei import RNG_NS

_REFERENCES = etree.XPath("//rng:include/@href | //rng:externalRef/@href",
                          namespaces={"rng": RNG_NS})
#: how many schema files one schema may pull in (includes of includes …)
MAX_FILES = 200


def check_references(tree: etree._ElementTree, path: Path) -> None:
    """Refuse a schema whose includes or externalRefs (at any depth) are not local files."""
    seen: set[Path] = {path.resolve()}
    pending = [(tree, path)]
    while pending:
        current, where = pending.pop()
        for href in _REFERENCES(current):
            target = _local(str(href), where, href.getparent().sourceline)
            if target in seen:
                continue
            seen.add(target)
            if len(seen) > MAX_FILES:
                raise UsageError(f"the schema includes more than {MAX_FILES} files",
                                 path=str(path))
            pending.append((xmlsafe.parse(target), target))


def _local(href: str, base: Path, line: int | None) -> Path:
    parsed = urlparse(href)
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", href) and not re.match(r"^[A-Za-z]:[\\/]", href):
        if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
            raise UsageError(f'the schema refers to "{href}"; teikit loads schema files only '
                             "from this machine (no network)", path=str(base), line=line)
        target = Path(unquote(parsed.path))
    else:
        target = Path(unquote(href))
    target = (base.parent / target).resolve() if not target.is_absolute() else target.resolve()
    if not target.is_file():
        raise UsageError(f'the schema refers to "{href}", which is not a file', path=str(base),
                         line=line)
    return target


def compile_schema(tree: etree._ElementTree, path: Path) -> etree.RelaxNG:
    """Compile a RELAX NG schema; a broken one is a usage error naming the file, not a crash."""
    try:
        return etree.RelaxNG(tree)
    except etree.RelaxNGParseError as error:
        entry = error.error_log.last_error if error.error_log else None
        message = entry.message if entry is not None else str(error)
        raise UsageError(f"not a usable RELAX NG schema: {message}", path=str(path),
                         line=entry.line if entry is not None else None) from None

"""The schemas an edition names in its ``<?xml-model?>`` instructions: are they the installed
teikit's? A copied ``schema/`` folder goes stale when teikit is upgraded. (A missing folder is
not reported: editions are validated in scratch folders all the time, and validate uses the
installed schemas anyway.)"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from teikit.project import PI_SCHEMAS, stale_copies
from teikit.resources import schema_dir

_HREF = re.compile(r'\bhref\s*=\s*(["\'])(.*?)\1')


def check(tree: etree._ElementTree, path: Path) -> list[tuple[int, str, str]]:
    """Warnings as (line, message, rule) for the edition's xml-model instructions."""
    found = []
    for pi in reversed(list(tree.getroot().itersiblings(preceding=True))):
        if not isinstance(pi, etree._ProcessingInstruction) or pi.target != "xml-model":
            continue
        match = _HREF.search(pi.text or "")
        if not match or re.match(r"^[a-z][a-z0-9+.-]*:", match.group(2)):
            continue  # no href, or a URL: nothing local to check
        target = (path.resolve().parent / match.group(2)).resolve()
        line = pi.sourceline or 1
        if target.is_file() and target.name in PI_SCHEMAS and target.name in stale_copies(target.parent):
            found.append((line, f'the schema copy "{match.group(2)}" differs from the installed '
                          f"teikit's: it is stale; copy the files of {schema_dir()} over "
                          f"the copies in {target.parent}", "schema-stale"))
    return found

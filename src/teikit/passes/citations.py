"""Pass: citations inside footnotes are tagged in place (see teikit.citations), and repeated
citations (同上, 同上书, 前引书) are linked to the citation they repeat."""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Bibl, Book, merge_strings
from teikit.walk import all_notes


def apply(book: Book, reporter: Reporter) -> None:
    from teikit.citations import parse_citation

    cited: list[Bibl] = []  # every resolved citation so far, in reading order
    for note in all_notes(book):
        tagged: list = []
        for piece in note.content:
            if not isinstance(piece, str):
                tagged.append(piece)
                continue
            for part in parse_citation(piece, note.line):
                if isinstance(part, Bibl) and part.kind == "ibid":
                    part = _resolve(part, cited, reporter)
                if isinstance(part, Bibl):
                    cited.append(part)
                tagged.append(part)
        note.content = merge_strings(tagged)


def _resolve(bibl: Bibl, cited: list[Bibl], reporter: Reporter) -> Bibl | str:
    """同上 repeats the citation just before; 周敏：前引书 the last one by that author."""
    authors = [f.text for f in bibl.fields("author")]
    for earlier in reversed(cited):
        if not authors or [f.text for f in earlier.fields("author")] == authors:
            bibl.repeats = earlier.repeats or earlier
            bibl.kind = bibl.repeats.kind
            return bibl
    reporter.warning(f"repeated citation {bibl.text()!r} has no earlier citation to repeat; "
                     "kept as text", bibl.line, rule="citation-repeats-nothing")
    return bibl.text()

"""Property: a generated citation of any kind of the genre is tagged whole, its text kept
(``Bibl.text()`` is the input), its kind and its title, author, publisher, date and page
fields exactly as printed, and every attribute value in ASCII digits."""
from hypothesis import given, strategies as st

from teikit.citations import parse_citation
from teikit.model import Bibl

from .genre_citations import genre_citation

MEASURED = ("title", "author", "editor", "publisher", "date")


@given(genre_citation, st.sampled_from(("", "参见", "见")))
def test_a_generated_citation_is_tagged_whole(citation, lead):
    parts = parse_citation(lead + citation.text, line=3)
    assert parts[: 1 if lead else 0] == ([lead] if lead else [])
    bibl = parts[-1]
    assert len(parts) == (2 if lead else 1) and isinstance(bibl, Bibl)
    assert bibl.text() == citation.text and bibl.kind == citation.kind and bibl.line == 3
    for name in MEASURED:
        if name in citation.fields:
            assert [f.text for f in bibl.fields(name)] == citation.fields[name], name
    pages = [f.text for f in bibl.fields("biblScope") if f.attrs["unit"] == "page"]
    assert pages == citation.fields.get("page", [])
    for f in bibl.parts:
        if not isinstance(f, str):
            assert all(v.isascii() for k, v in f.attrs.items() if k in ("when", "from", "to"))

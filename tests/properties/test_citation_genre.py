"""Property: a generated citation of any kind of the genre is tagged whole, its text kept
(``Bibl.text()`` is the input), its kind and its title, author, publisher, date and page
fields exactly as printed (a standard's or patent's number apart from its title), and every
attribute value in ASCII digits."""
from hypothesis import given, strategies as st

from teikit.citations import parse_citation
from teikit.model import Bibl

from .genre_citations import genre_citation

MEASURED = ("title", "author", "editor", "publisher", "pubPlace", "date")


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
    numbers = [f.text for f in bibl.fields("idno") if f.attrs["type"] in ("standard", "patent")]
    assert numbers == citation.fields.get("number", [])
    for f in bibl.parts:
        if not isinstance(f, str):
            assert all(v.isascii() for k, v in f.attrs.items() if k in ("when", "from", "to"))


@given(st.lists(st.tuples(genre_citation, st.lists(st.sampled_from(
    ("同上。", "同上书，第12页。", "前引书，第3页。", "同上，第１５页。")), max_size=2)),
    min_size=1, max_size=4))
def test_every_repeated_citation_points_to_the_work_just_cited(sequence):
    from teikit.errors import Reporter
    from teikit.model import Book, Chapter, Note, Paragraph
    from teikit.passes import citations

    texts = [t for citation, repeats in sequence for t in [citation.text, *repeats]]
    notes = [Note("①", [t], line=i + 1) for i, t in enumerate(texts)]
    book = Book(chapters=[Chapter(head=None, blocks=[Paragraph([n]) for n in notes])])
    reporter = Reporter("book.txt")
    citations.apply(book, reporter)
    assert reporter.warnings == []
    bibls = [n.content[0] for n in notes]
    assert [b.text() for b in bibls] == texts
    position = 0
    for citation, repeats in sequence:
        work = bibls[position]
        assert work.repeats is None and work.kind == citation.kind
        for k in range(1, len(repeats) + 1):
            assert bibls[position + k].repeats is work and bibls[position + k].kind == work.kind
        position += 1 + len(repeats)

"""Step 3b, passes: rewrites of the model, run in a fixed order after it is built."""
from __future__ import annotations

from teikit.errors import Reporter
from teikit.model import Book
from teikit.passes import (citations, excerpt, ids, kinds, nesting, pages, postscripts,
                           works_cited)

#: (name, pass) in the order they run; each takes the Book and the Reporter.
PASSES = [
    ("nest-divisions", nesting.apply),
    ("fold-postscripts", postscripts.apply),
    ("number-pages", pages.apply),
    ("link-contents", ids.link_contents),
    ("excerpt-extent", excerpt.apply),
    ("note-and-preface-kinds", kinds.apply),
    ("tag-citations", citations.apply),
    ("assign-ids", ids.assign),
    ("list-works-cited", works_cited.apply),  # needs the ids of notes and citations
]


def run_passes(book: Book, reporter: Reporter) -> Book:
    for _name, apply in PASSES:
        apply(book, reporter)
    return book

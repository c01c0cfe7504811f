"""Step 2, detect: a table of small named rules classifies the text's blocks into tokens.

Like markdown-it's block rules: at each position the rules are tried in table order and the
first that matches consumes one or more blocks and emits a token carrying its source lines.
``Detector.disable(name)`` and ``Detector.insert_before(name, rule)`` change the table.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from teikit.blocks import RawBlock
from teikit.detect.text import ends_sentence, paren_anchors, paren_number
from teikit.errors import Reporter


@dataclass
class Token:
    """One detected unit: its type, the blocks it consumed, and what the rule found."""

    type: str
    blocks: list[RawBlock]
    data: dict = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.blocks[0].line if self.blocks else 0

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class State:
    """Where detection stands: the blocks, the position, the zone, what was seen so far."""

    blocks: list[RawBlock]
    reporter: Reporter
    pos: int = 0
    zone: str = "front"  # front → preface → contents → body
    tokens: list[Token] = field(default_factory=list)
    contents_entries: list = field(default_factory=list)  # model.ContentsEntry, in order
    seen: set = field(default_factory=set)  # token types emitted so far
    #: Remembered so that every rule is O(1) per block, not a rescan of the tokens so far:
    used_entries: set = field(default_factory=set)  # id() of contents entries given a chapter
    entries_by_title: dict | None = None  # squeezed title → contents entries (built once)
    chapter_first_page: bool = True  # no page end seen since the last chapter head
    #: The source marks its pages (teikit.pages): a block's ``page`` says where one begins.
    marked: bool = False
    #: Numbers of the (n) anchors in the text of the current page (see notes.paren_note).
    page_marks: set = field(default_factory=set)

    @property
    def block(self) -> RawBlock:
        return self.blocks[self.pos]

    def peek(self, offset: int = 1) -> RawBlock | None:
        index = self.pos + offset
        return self.blocks[index] if index < len(self.blocks) else None

    @property
    def last(self) -> Token | None:
        return self.tokens[-1] if self.tokens else None

    def emit(self, type_: str, count: int = 1, **data) -> Token:
        token = Token(type_, self.blocks[self.pos:self.pos + count], data)
        self._track_pages(token)
        self._track_marks(token)
        self.tokens.append(token)
        self.seen.add(type_)
        self.pos += count
        return token

    def _track_marks(self, token: Token) -> None:
        """The (n) anchors of the current page: a marked page starts afresh; in a source that
        does not mark its pages, the notes at a page's foot end it."""
        notes = ("note", "division_note")
        last = self.tokens[-1] if self.tokens else None
        if (token.blocks and token.blocks[0].page is not None) or (
                not self.marked and last is not None and last.type in notes
                and token.type not in notes):
            self.page_marks = set()
        if token.type in notes:  # a page prints one note of each number
            self.page_marks.discard(paren_number(token.data.get("marker") or ""))
            return
        for block in token.blocks:
            text = block.text
            if "(" in text or "（" in text:
                self.page_marks.update(number for _, _, number in paren_anchors(text))

    def _track_pages(self, token: Token) -> None:
        """Whether the current chapter is still on its first page (see notes.division_note):
        a footnote block, a paragraph cut mid-sentence and continued, or a marked page end."""
        if token.type == "chapter_head":
            if token.data.get("entry") is not None:
                self.used_entries.add(id(token.data["entry"]))
            self.chapter_first_page = True
            return
        last = self.tokens[-1] if self.tokens else None
        if token.type in ("note", "division_note") or any(b.page is not None
                                                           for b in token.blocks):
            self.chapter_first_page = False
        elif token.type == "paragraph" and last is not None \
                and last.type in ("paragraph", "abstract") and not ends_sentence(last.text):
            self.chapter_first_page = False


Rule = Callable[[State], bool]


def _default_rules() -> list[tuple[str, Rule]]:
    from teikit.detect import chapter, contents, front, headings, notes, preface

    return [
        ("continuation", chapter.continuation),
        ("cip", front.cip_block),
        ("colophon", front.colophon_table),
        ("preface_head", preface.preface_head),
        ("contents", contents.contents),
        ("note", notes.note_block),
        ("paren_note", notes.paren_note),
        ("chapter_head", chapter.chapter_head),
        ("byline", chapter.byline),
        ("abstract", chapter.abstract_start),
        ("division_note", notes.division_note),
        ("closer", preface.closer),
        ("heading", headings.heading),
        ("title_line", front.title_block),
        ("notice", front.colophon_notice),
        ("paragraph", chapter.paragraph),
    ]


class Detector:
    """The ordered rule table and the loop that applies it."""

    def __init__(self, rules: list[tuple[str, Rule]] | None = None):
        self.rules = list(rules) if rules is not None else _default_rules()

    def names(self) -> list[str]:
        return [name for name, _ in self.rules]

    def disable(self, name: str) -> None:
        self.rules = [(n, r) for n, r in self.rules if n != name]

    def insert_before(self, before: str, name: str, rule: Rule) -> None:
        index = self.names().index(before)
        self.rules.insert(index, (name, rule))

    def run(self, blocks: list[RawBlock], reporter: Reporter, marked: bool = False
            ) -> list[Token]:
        state = State(blocks, reporter, marked=marked)
        while state.pos < len(blocks):
            for _name, rule in self.rules:
                if rule(state):
                    break
            else:  # pragma: no cover - "paragraph" always matches
                state.emit("paragraph")
        return state.tokens


def detect(blocks: list[RawBlock], reporter: Reporter, marked: bool = False) -> list[Token]:
    """Classify blocks with the default rule table (``marked``: the source marks its pages)."""
    return Detector().run(blocks, reporter, marked)

"""Step 3, build: tokens become the document model, division by division (see teikit.flow)."""
from __future__ import annotations

from typing import Callable

from teikit.detect import Token
from teikit.detect.front import title_line_role
from teikit.detect.text import ends_sentence
from teikit.errors import Reporter
from teikit.flow import Flow
from teikit.language import script_of
from teikit.model import (Book, Chapter, CipBlock, Closer, Colophon, ColophonRow, Contents, Gap, Heading,
                          Preface, SourceLine, TitleLine, TitlePage, plain_text)


class Builder:
    """Feeds tokens, in order, into a Book."""

    def __init__(self, source_name: str, reporter: Reporter, marked_pages: bool = False):
        self.book = Book(source_name=source_name)
        self.reporter = reporter
        self.marked_pages = marked_pages  # the source marks its page ends (teikit.pages)
        self.flow: Flow | None = None
        self.target = None  # Preface | Chapter that the flow belongs to
        self.title_page: TitlePage | None = None
        self.front_page = None  # PageBreak of the page the current front token opens

    def _opens(self, item):
        """The front item the token begins opens the page the page layer marked there."""
        if self.front_page is not None:
            item.start = self.front_page
            self.book.editorial.page_breaks += 1
            self.front_page = None
        return item

    def run(self, tokens: list[Token]) -> Book:
        for token in tokens:
            page = token.blocks[0].page if token.blocks else None
            if page is not None and self.flow is not None and token.type != "chapter_head" \
                    and not (token.blocks[0].continues and token.type == "paragraph"):
                self.flow.new_page(page)
            elif page is not None and self.flow is None and token.type != "chapter_head":
                self.front_page = page  # a front item (title page, CIP, contents) opens it
            step = STEPS.get(token.type)
            if step is None:
                raise ValueError(f"no build step for the token type {token.type!r} (a detection "
                                 f"rule emits it; the steps are {', '.join(STEPS)})")
            step(self, token)
            self.front_page = None  # taken by the item the token began, or no item began
        self._end_flow(more_follows=False)
        return self.book

    # -- front matter -----------------------------------------------------------------

    def on_title_block(self, token: Token) -> None:
        lines = [TitleLine(title_line_role(sl.text.strip()), sl.text.strip(), sl.line,
                           script_of(sl.text)) for block in token.blocks for sl in block.lines]
        page = self.title_page
        if page is None or (page.lines and page.lines[-1].role == "imprint"
                            and lines[0].role != "imprint") \
                or (page.lines and lines[0].text == page.lines[0].text):
            page = self.title_page = TitlePage(type="cover" if not self.book.front_items(
                TitlePage) else "main", line=token.line)
            self.book.front.append(self._opens(page))
        page.lines.extend(lines)

    def on_cip(self, token: Token) -> None:
        lines = [sl for block in token.blocks for sl in block.lines]
        self.book.front.append(self._opens(CipBlock(
            heading=SourceLine(lines[0].text.strip(), lines[0].line),
            lines=[SourceLine(sl.text, sl.line) for sl in lines[1:]])))
        self._fix_title_page_types()

    def _fix_title_page_types(self) -> None:
        pages = self.book.front_items(TitlePage)
        if len(pages) == 1:
            pages[0].type = "main"

    def on_colophon(self, token: Token) -> None:
        rows = [ColophonRow(k, v, line) for k, v, line in token.data["rows"]]
        self.book.front.append(self._opens(Colophon(rows=rows)))

    def on_notice(self, token: Token) -> None:
        colophon = self.book.colophon
        colophon.notices.extend(SourceLine(sl.text.strip(), sl.line)
                                for block in token.blocks for sl in block.lines)

    def on_contents(self, token: Token) -> None:
        head = token.blocks[0]
        self._end_flow(more_follows=True)
        self.book.front.append(self._opens(Contents(head=Heading([head.text], line=head.line),
                                                    entries=token.data["entries"],
                                                    line=head.line)))

    # -- running text ---------------------------------------------------------------

    def on_preface_head(self, token: Token) -> None:
        self._end_flow(more_follows=True)
        self._fix_title_page_types()
        preface = Preface(head=Heading([token.text], line=token.line), line=token.line)
        self.book.front.append(self._opens(preface))
        self._start_flow(preface)

    def on_chapter_head(self, token: Token) -> None:
        shared = self._shared_page(token)
        deferred = self._end_flow(more_follows=True, page_goes_on=bool(shared))
        entry = token.data.get("entry")
        chapter = Chapter(head=Heading([token.text], line=token.line), line=token.line,
                          entry=entry, start=token.blocks[0].page)
        if entry is not None:  # a 节 listed under its 章 nests in it (serialize.book_text)
            chapter.level, chapter.type = entry.level, entry.div_type
        self.book.chapters.append(chapter)
        self._start_flow(chapter)
        self.flow.page_items[:0] = shared  # the notes at this page's foot may be anchored there
        self.flow.deferred = deferred
        self.flow.page_items.append((chapter.head.content, 0))  # a note mark may sit on the title

    def _shared_page(self, token: Token) -> list:
        """A division listed below a chapter (a 节) may start mid-page: the text of the page so
        far, in the division before it, is where the notes printed at the page's foot (after
        the new division's first lines) find their anchors. Not when the page has ended."""
        flow, entry = self.flow, token.data.get("entry")
        if flow is None or entry is None or entry.level == 0 or token.blocks[0].page is not None \
                or flow.page_end_pending or flow.pending_notes:
            return []
        return list(flow.page_items)

    def on_byline(self, token: Token) -> None:
        self.target.authors.append(SourceLine(token.text, token.line))

    def on_abstract(self, token: Token) -> None:
        flow = self._flow()
        self.target.abstract_label = token.data["label"]
        flow.paragraph(token, abstract_label=token.data["label"])

    def on_paragraph(self, token: Token) -> None:
        self._flow().paragraph(token)

    def on_heading(self, token: Token) -> None:
        self._flow().heading(token)

    def on_note(self, token: Token) -> None:
        self._flow().note(token)

    def on_division_note(self, token: Token) -> None:
        self._flow().division_note(token)

    def on_signed(self, token: Token) -> None:
        self._flow().signed(token)

    def on_dateline(self, token: Token) -> None:
        self._flow().dateline(token)

    def _flow(self) -> Flow:
        if self.flow is None:  # running text before any chapter: an untitled division
            chapter = Chapter(head=None, line=0)
            self.book.chapters.append(chapter)
            self._start_flow(chapter)
        return self.flow

    def _start_flow(self, target) -> None:
        self.flow = Flow(self.reporter, self.book, marked_pages=self.marked_pages)
        self.target = target

    def _end_flow(self, more_follows: bool, page_goes_on: bool = False) -> list:
        """Close the current division; the units whose anchor check waits for the next one."""
        flow, target = self.flow, self.target
        if flow is None:
            return []
        deferred = flow.finish(more_follows, page_goes_on)
        if isinstance(target, Preface):
            target.blocks = flow.units
            closers = [u for u in flow.units if isinstance(u, Closer)]
            target.closer = closers[-1] if closers else None
        else:
            target.abstract = flow.abstract
            target.blocks = flow.units
            target.notes = flow.division_notes
        last = flow.last_paragraph()
        if not more_follows and last is not None and not ends_sentence(plain_text(last.content),
                                                                       strict=True):
            self.book.truncated = Gap(line=last.end_line or last.line)
        self.flow = self.target = None
        return deferred


#: Token type (as the detection rules emit it, teikit.detect) → the step that builds it.
STEPS: dict[str, Callable[[Builder, Token], None]] = {
    "title_block": Builder.on_title_block,
    "cip": Builder.on_cip,
    "colophon": Builder.on_colophon,
    "notice": Builder.on_notice,
    "contents": Builder.on_contents,
    "preface_head": Builder.on_preface_head,
    "chapter_head": Builder.on_chapter_head,
    "byline": Builder.on_byline,
    "abstract": Builder.on_abstract,
    "paragraph": Builder.on_paragraph,
    "heading": Builder.on_heading,
    "note": Builder.on_note,
    "division_note": Builder.on_division_note,
    "signed": Builder.on_signed,
    "dateline": Builder.on_dateline,
}


def build(tokens: list[Token], source_name: str, reporter: Reporter,
          marked_pages: bool = False) -> Book:
    return Builder(source_name, reporter, marked_pages).run(tokens)

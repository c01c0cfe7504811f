"""passes/kinds.py: note types and preface versus foreword, from who is credited."""
from teikit import model
from teikit.errors import Reporter
from teikit.passes import kinds


def _book(signer: str, byline: str = "张三 ◎主编", cip: str = "某书 / 张三主编. —北京: 某出版社, 2010") -> model.Book:
    mark = model.Note("*", ["张三，某大学教授。"])
    closer = model.Closer(signed=[signer, mark], dateline="2010年1月")
    preface = model.Preface(model.Heading(["序"]), blocks=[model.Paragraph(["文。"]), closer],
                            closer=closer)
    chapter = model.Chapter(model.Heading(["第一章"]), notes=[model.Note(None, ["本章…"], anchored=False)])
    return model.Book(front=[model.TitlePage("main", [model.TitleLine("byline", byline)]),
                             model.CipBlock(model.SourceLine("图书在版编目 (CIP) 数据", 1),
                                            [model.SourceLine(cip, 2)]), preface],
                      chapters=[chapter])


def test_a_preface_signed_by_the_editor_is_a_preface_and_its_note_is_about_the_author():
    book = _book("张三")
    kinds.apply(book, Reporter())
    preface = book.front[-1]
    assert preface.type == "preface"
    assert preface.closer.signed[1].type == "author"
    assert book.chapters[0].notes[0].type == "general"


def test_a_preface_signed_by_someone_else_is_a_foreword():
    book = _book("李四*")
    kinds.apply(book, Reporter())
    assert book.front[-1].type == "foreword"


def test_without_credits_the_preface_stays_a_preface():
    book = _book("李四", byline="", cip="")
    book.front = book.front[2:]
    kinds.apply(book, Reporter())
    assert book.front[-1].type == "preface"

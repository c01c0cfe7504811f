"""names.py: one table of role words (issue 18); every list of them is drawn from it."""
from __future__ import annotations

import pytest

from teikit import names


@pytest.mark.parametrize("words", [names.ROLE_WORDS, names.CITED_RESP_ROLES,
                                   names.CITED_EDITOR_ROLES])
def test_every_role_list_is_drawn_from_the_one_table(words):
    assert {w.translate(names._SIMPLIFIED) for w in words} <= set(names.ROLE_FUNCTIONS)


def test_bylines_know_each_role_word_in_both_scripts():
    assert {"主编", "主編", "执笔", "執筆", "译", "譯"} <= set(names.ROLE_WORDS)
    assert list(names.ROLE_WORDS) == sorted(names.ROLE_WORDS, key=len, reverse=True)


@pytest.mark.parametrize("word, function", [("主編", "editor"), ("◎主编", "editor"),
                                            ("譯", "translator"), ("译校", "translator"),
                                            ("著", "author"), ("口述", "author"),
                                            ("序", "author")])
def test_role_function(word, function):
    assert names.role_function(word) == function

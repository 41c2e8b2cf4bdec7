"""Dates of events that refer back to a dated episode, and dates that must not carry over.

"killed during the protests" takes the date of the protests the text dates, even when it names
them later; the date of a statement is not the date of what is reported after it; "recent weeks"
is the month of writing; what something is compared to is background.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate import nlp as nlp_stage
from corroborate.dates import dates_a_statement, find_dates
from corroborate.dates.episodes import find_episodes
from corroborate.ingest import read_document_object
from corroborate.pipeline import extract


def _events(text: str, published: str | None = None) -> list[dict]:
    obj = {"id": "d", "text": text, **({"published": published} if published else {})}
    (record,) = extract([read_document_object(obj, "test", "d")])
    return record.to_dict()["events"]


def _date(events: list[dict], trigger: str, nth: int = 0) -> tuple[str | None, str | None] | None:
    ev = [e for e in events if e["trigger"]["text"] == trigger][nth]
    return (ev["date"]["value"], ev["date"]["precision"]) if ev["date"] else None


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def test_dates_episode_named_later_dates_the_lead_without_published():
    # no published date, and the lead tells the toll before the text names the dated protests
    text = ("At least 60 people were shot dead by soldiers during the protests. "
            "Rights groups later compiled the names of the dead of the March 2021 protests in Mandalay.")
    events = _events(text)
    assert _date(events, "shot dead") == ("2021-03", "month")


def test_dates_episode_without_a_dated_naming_invents_nothing():
    text = "At least 60 people were shot dead by soldiers during the protests. Rights groups compiled their names."
    assert _date(_events(text), "shot dead") is None


def test_dates_definite_back_reference_beats_the_story_date():
    text = ("On 12 April, a large sit-in outside the ministry was broken up by riot police. "
            "Thousands marched through the capital on Friday. "
            "Witnesses blamed a paramilitary unit for its role in breaking up the sit-in.")
    events = _events(text, published="2023-04-30")
    assert _date(events, "broken up") == ("2023-04-12", "day")
    assert _date(events, "marched") == ("2023-04-28", "day")
    # "breaking up the sit-in" is dated by the sit-in, not by Friday, the story's last date
    assert _date(events, "breaking up") == ("2023-04-12", "day")


def test_dates_episode_dated_by_its_start_keeps_a_later_story_date():
    # the demonstrations went on after they began: Monday lies within them and says more
    text = ("Demonstrations that began on 16 September spread to dozens of towns. "
            "Students gathered in the main square on Monday. Police beat students during the demonstrations.")
    events = _events(text, published="2022-10-05")
    assert _date(events, "beat") == ("2022-10-03", "day")


def test_dates_episode_dated_by_its_start_stands_for_its_month(nlp: Language):
    text = "Demonstrations that began on 16 September spread to dozens of towns."
    doc = nlp(text)
    (episode,) = find_episodes(doc, find_dates(doc, "2022-10-05"))
    assert episode.lemma == "demonstration" and episode.begins
    assert (episode.date.value, episode.date.precision) == ("2022-09", "month")


def test_dates_a_new_episode_is_not_an_older_one():
    # "This protest" is the one just introduced, not the dated uprising of its family
    text = ("The November 2019 uprising was crushed within days. "
            "In January, workers took part in another protest against the government. "
            "This protest has spread to 12 cities.")
    events = _events(text)
    assert _date(events, "protest", nth=1) == ("2020-01", "month")


def test_dates_similar_episodes_are_not_a_back_reference():
    text = ("On 2 June, a strike at the port was broken up by police. Police arrested 12 dockers on 20 June. "
            "Similar strikes were held in other ports. Police beat twenty workers during the strike.")
    events = _events(text, published="2023-06-25")
    assert _date(events, "strikes") == ("2023-06-20", "day")  # the story's date: other strikes
    assert _date(events, "beat") == ("2023-06-02", "day")  # during the one broken up on 2 June


def test_dates_statement_date_does_not_date_the_reported_event():
    text = ("Police arrested 40 students in March 2023. On 2 June, Amnesty issued a call for their release. "
            "Guards beat the detainees with batons, the group reported. "
            "It also urged the authorities to free them.")
    events = _events(text)
    assert _date(events, "beat") == ("2023-03", "month")
    # a further statement continues the statements
    assert _date(events, "urged") == ("2023-06-02", "day")


def test_dates_present_state_takes_the_latest_date():
    text = ("Police arrested 40 students in March 2023. On 2 June, Amnesty issued a call for their release. "
            "Many of the students are detained without charge.")
    assert _date(_events(text), "detained") == ("2023-06-02", "day")


def test_dates_statement_clause(nlp: Language):
    doc = nlp("On 2 June, Amnesty issued a call for their release. On 3 June, the court issued arrest warrants.")
    first, second = find_dates(doc, None)
    assert dates_a_statement(doc, first.start, first.end)
    assert not dates_a_statement(doc, second.start, second.end)


@pytest.mark.parametrize("phrase", ["in recent weeks", "over the past few weeks"])
def test_dates_recent_weeks_is_the_month_of_writing(nlp: Language, phrase: str):
    doc = nlp(f"Farmers have blocked roads {phrase}.")
    (d,) = find_dates(doc, "2024-02-08")
    assert (d.value, d.precision) == ("2024-02", "month")


def test_dates_recent_days_stays_a_window_of_a_week(nlp: Language):
    doc = nlp("Farmers have blocked roads in recent days.")
    (d,) = find_dates(doc, "2024-03-03")  # a Sunday: the seven days up to it are one week
    assert (d.value, d.precision) == ("2024-02-26", "week")


def test_dates_what_is_compared_to_does_not_carry():
    text = ("Riot police clashed with farmers in the capital on Tuesday. "
            "The turnout at the march was larger compared to recent weeks. Officers detained a dozen farmers.")
    events = _events(text, published="2024-02-08")
    assert _date(events, "detained") == ("2024-02-06", "day")


def test_dates_since_clause_and_phrase_are_background():
    text = ("Nurses marched through the city centre on Thursday, the largest rally since the army seized power "
            "in June 2021 and since the 2019 pension protests. Police detained 14 nurses near the station.")
    events = _events(text, published="2024-05-10")
    assert _date(events, "detained") == ("2024-05-09", "day")


def test_dates_since_protests_name_no_episode():
    # a protest named as a point of comparison is not the one "the protests" refers back to
    text = ("Nurses marched through the city centre on Thursday, the largest rally since the 2019 protests. "
            "Police detained 14 nurses during the protests.")
    events = _events(text, published="2024-05-10")
    assert _date(events, "detained") == ("2024-05-09", "day")


def test_dates_the_trigger_verb_date_beats_its_complement_date():
    text = "Late on Monday, union leaders and officials agreed to meet on Wednesday to discuss the pay arrears."
    events = _events(text, published="2025-10-14")
    assert _date(events, "agreed") == ("2025-10-13", "day")


def test_dates_mass_noun_back_reference_without_published():
    text = ("Two men were shot dead by soldiers during unrest in the port city. "
            "Officials later blamed the March 2022 unrest on smugglers.")
    assert _date(_events(text), "shot dead") == ("2022-03", "month")

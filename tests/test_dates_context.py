"""Dates of events in context: anchoring without `published`, future reports, carried dates."""

from __future__ import annotations

from corroborate.ingest import read_document_object
from corroborate.pipeline import extract


def _events(text: str, published: str | None = None) -> list[dict]:
    obj = {"id": "d", "text": text, **({"published": published} if published else {})}
    (record,) = extract([read_document_object(obj, "test", "d")])
    return record.to_dict()["events"]


def _date_of(events: list[dict], trigger: str) -> str | None:
    ev = next(e for e in events if e["trigger"]["text"] == trigger)
    return ev["date"]["value"] if ev["date"] else None


def test_dates_context_yearless_date_takes_the_nearest_year_without_published():
    text = ("Police killed 12 protesters in Lagos between 3 and 6 May 2024, the group said in a report "
            "released on 20 June 2024. On 4 May, soldiers arrested 30 students in Ibadan.")
    assert _date_of(_events(text), "arrested") == "2024-05-04"


def test_dates_context_reported_future_looks_forward():
    text = "The unions said they would strike again on Monday, after police detained 14 workers on Friday."
    events = _events(text, published="2023-09-13")  # a Wednesday
    assert _date_of(events, "strike") == "2023-09-18"
    assert _date_of(events, "detained") == "2023-09-08"


def test_dates_context_undated_sentence_continues_the_story_but_not_its_background():
    text = ("Thousands marched in Santiago on Tuesday, the largest protest since 2019. "
            "Riot police fired tear gas at the crowd near the palace.")
    events = _events(text, published="2021-03-11")
    assert _date_of(events, "tear gas") == "2021-03-09"


def test_dates_context_no_anchor_no_year():
    events = _events("Soldiers shot dead three miners on Tuesday near the border.")
    ev = next(e for e in events if e["type"] == "ASSAULT")
    assert ev["date"] is not None and ev["date"]["value"] is None and ev["date"]["precision"] == "day"

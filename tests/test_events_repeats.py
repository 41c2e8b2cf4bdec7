"""Definite mentions that only refer back to an event already told are not new events; mentions
that introduce another episode or bring their own figures are. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from corroborate.pipeline import analyse_doc
from corroborate.records import Document


def protests(nlp: Any, text: str) -> list[str]:
    rec = analyse_doc(Document(id="t", text=text), nlp(text)).to_dict()
    return [e["trigger"]["text"] for e in rec["events"] if e["type"] == "PROTEST"]


FIRST = "Thousands of teachers protested in Mombasa on Monday against unpaid wages. "


@pytest.mark.parametrize("second", [
    "The protests were the largest the port city had seen in a decade.",
    "These protests have been held almost entirely without internet access.",
])
def test_repeats_a_definite_back_reference_is_the_same_event(nlp, second):
    assert protests(nlp, FIRST + second) == ["protested"]


@pytest.mark.parametrize("second", [
    "Similar protests were held in Kisumu on Tuesday.",
    "Another protest took place in Nakuru on Tuesday.",
    "The protests in Nakuru drew 2,000 nurses on Tuesday.",
])
def test_repeats_another_episode_or_new_figures_stay_an_event(nlp, second):
    assert len(protests(nlp, FIRST + second)) == 2


def test_repeats_without_an_earlier_event_the_mention_is_kept(nlp):
    text = "The protests were organised by the teachers' union in Mombasa on Monday."
    assert protests(nlp, text) == ["protests"]


def test_repeats_the_headline_is_told_again_by_the_body(nlp):
    title = "Police detain 40 students after campus sit-in"
    text = (f"{title}\n\nPolice detained 40 students on Tuesday after a sit-in at the university "
            "in Lahore, a student group said.")
    rec = analyse_doc(Document(id="t", text=text, title=title), nlp(text)).to_dict()
    coerce = [e for e in rec["events"] if e["type"] == "COERCE"]
    assert len(coerce) == 1 and coerce[0]["trigger"]["start"] > len(title)  # the body's, with its evidence


def test_repeats_a_headline_event_the_body_does_not_tell_stays(nlp):
    title = "Police detain 40 students after campus sit-in"
    text = f"{title}\n\nThe university said classes would resume on Monday."
    rec = analyse_doc(Document(id="t", text=text, title=title), nlp(text)).to_dict()
    assert [e["type"] for e in rec["events"] if e["trigger"]["start"] < len(title)].count("COERCE") == 1

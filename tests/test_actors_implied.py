"""Actors the text names near an event rather than in its own clause (sentences written for
these tests)."""

from __future__ import annotations

from typing import Any

from .helpers import events_of, of_type


def _texts(entities: list[dict[str, Any]]) -> list[str]:
    return [e["text"] for e in entities]


def _by_trigger(evs: list[dict[str, Any]], trigger: str) -> dict[str, Any]:
    (ev,) = [e for e in evs if e["trigger"]["text"] == trigger]
    return ev


def test_implied_protest_takes_the_protesters_named_nearby(nlp: Any) -> None:
    evs = events_of(nlp, "Protests erupted in the capital on Friday. Demonstrators blocked the main avenue.")
    assert _texts(_by_trigger(evs, "Protests")["actor"]) == ["Demonstrators"]


def test_implied_protest_without_protesters_nearby_stays_empty(nlp: Any) -> None:
    evs = of_type(events_of(nlp, "Protests erupted in the capital on Friday. The markets stayed closed."), "PROTEST")
    assert evs and all(not e["actor"] for e in evs)


def test_implied_protest_never_takes_whom_it_opposes(nlp: Any) -> None:
    evs = of_type(events_of(nlp, "Rallies were held in four cities against the violence of the rioters."), "PROTEST")
    assert evs and all(not e["actor"] for e in evs)


def test_implied_casualties_carry_the_actor_of_the_shooting(nlp: Any) -> None:
    evs = events_of(nlp, "Riot police shot dead nine people near the stadium on Sunday. "
                         "More than forty others were wounded.")
    assert _texts(_by_trigger(evs, "wounded")["actor"]) == ["Riot police"]


def test_implied_actor_does_not_carry_too_far(nlp: Any) -> None:
    text = ("Riot police shot dead nine people near the stadium on Sunday. The city council met on Monday. "
            "Schools reopened on Tuesday. The harbour was busy again. Shops stayed open late. "
            "More than forty others were wounded.")
    assert _by_trigger(events_of(nlp, text), "wounded")["actor"] == []


def test_implied_actor_is_never_the_victim(nlp: Any) -> None:
    evs = events_of(nlp, "Soldiers killed four protesters in the square. Two soldiers were later wounded.")
    assert _by_trigger(evs, "wounded")["actor"] == []


def test_implied_agent_of_the_next_sentence(nlp: Any) -> None:
    evs = events_of(nlp, "Eleven men were arrested in the port city. "
                         "The group was dismantled by border guards, the ministry added.")
    assert _texts(_by_trigger(evs, "arrested")["actor"]) == ["border guards"]


def test_implied_actors_are_even_handed(nlp: Any) -> None:
    # the same carry-over for an armed group of either side
    one = events_of(nlp, "Rebel fighters shot dead six soldiers near the border. Ten more were wounded.")
    other = events_of(nlp, "Army soldiers shot dead six rebels near the border. Ten more were wounded.")
    assert _texts(_by_trigger(one, "wounded")["actor"]) == ["Rebel fighters"]
    assert _texts(_by_trigger(other, "wounded")["actor"]) == ["Army soldiers"]


def test_implied_crowd_control_is_used_on_the_protesters_named_nearby(nlp: Any) -> None:
    evs = events_of(nlp, "Hundreds of demonstrators gathered outside the ministry. Riot police fired tear gas.")
    ev = _by_trigger(evs, "tear gas")
    assert _texts(ev["actor"]) == ["Riot police"]
    assert _texts(ev["recipient"]) == ["demonstrators"]


def test_implied_protesters_outside_a_clause_hung_on_the_target(nlp: Any) -> None:
    text = ("The protest in the north was a revolt against the junta, which sent soldiers to fire on unarmed protesters.")
    ev = _by_trigger(events_of(nlp, text), "protest")
    assert _texts(ev["actor"]) == ["unarmed protesters"]


def test_implied_actor_is_never_of_the_victims_side(nlp: Any) -> None:
    evs = events_of(nlp, "Police fired tear gas at the marchers. A statement said that 31 officers had been "
                         "injured by stones.")
    assert _by_trigger(evs, "injured")["actor"] == []


def test_implied_protest_never_takes_those_its_target_names(nlp: Any) -> None:
    text = "Similar rallies have been held in other towns against the violent acts committed by the rioters."
    evs = of_type(events_of(nlp, text), "PROTEST")
    assert evs and all(not e["actor"] for e in evs)

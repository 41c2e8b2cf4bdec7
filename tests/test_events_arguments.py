"""Actor and recipient read from the parse, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

from .helpers import events_of, of_type


def _texts(entities: list[dict[str, Any]]) -> list[str]:
    return [e["text"] for e in entities]


def _one(nlp: Any, text: str, type_: str, trigger: str | None = None) -> dict[str, Any]:
    evs = [e for e in of_type(events_of(nlp, text), type_) if trigger is None or e["trigger"]["text"] == trigger]
    assert len(evs) == 1, evs
    return evs[0]


def test_arguments_subject_after_a_fronted_list_of_places(nlp: Any) -> None:
    # the parser takes the first city for the subject and the activists for one more city
    ev = _one(nlp, "In Gomel, Brest, Pinsk, Lida, Orsha, Mogilev, and Minsk, opposition activists torched the "
              "president's posters.", "PROTEST")
    assert _texts(ev["actor"]) == ["opposition activists"]
    assert _texts(ev["recipient"]) == ["president"]


def test_arguments_subject_hung_on_the_auxiliary(nlp: Any) -> None:
    ev = _one(nlp, "Teachers and their supporters have for over a week been blocking images of the minister.",
              "COERCE")
    assert _texts(ev["actor"]) == ["Teachers", "supporters"]


def test_arguments_a_document_acts_for_its_author(nlp: Any) -> None:
    ev = _one(nlp, "The assembly adopted a resolution condemning the arrests of opposition leaders.", "ACCUSE")
    assert _texts(ev["actor"]) == ["assembly"]
    ev = _one(nlp, "The senate will vote on a motion condemning the detention of the journalists.", "ACCUSE")
    assert _texts(ev["actor"]) == ["senate"]


def test_arguments_on_the_orders_of(nlp: Any) -> None:
    ev = _one(nlp, "Dozens of villagers were killed on the orders of the provincial governor, witnesses said.",
              "ASSAULT")
    assert _texts(ev["actor"]) == ["provincial governor"]
    assert _texts(ev["recipient"]) == ["villagers"]


def test_arguments_a_meeting_between_several_sides(nlp: Any) -> None:
    ev = _one(nlp, "The plan was the result of a meeting held on June 2 between the prime minister, senior army officers "
              "and the president.", "CONSULT")
    assert _texts(ev["actor"]) == ["prime minister", "senior army officers", "president"]


def test_arguments_organizers_and_roles_in_a_protest(nlp: Any) -> None:
    ev = _one(nlp, "The organizers of Saturday's march expect fifty thousand people.", "PROTEST")
    assert _texts(ev["actor"]) == ["organizers"]
    ev = _one(nlp, "The union played a leading role in the strike that closed the ports.", "PROTEST")
    assert _texts(ev["actor"]) == ["union"]


def test_arguments_an_instrument_is_no_agent(nlp: Any) -> None:
    evs = of_type(events_of(nlp, "A cameraman was hit in the arm by a rubber bullet near the bridge."), "ASSAULT")
    assert evs and all(not e["actor"] for e in evs)
    ev = _one(nlp, "Four officers were injured by stones thrown by the crowd.", "ASSAULT", "injured")
    assert "stones" not in _texts(ev["actor"])


def test_arguments_jailed_for_taking_part_names_the_person(nlp: Any) -> None:
    ev = _one(nlp, "Tomas Berg, a lawyer jailed for taking part in the 2019 protests, has refused food.", "PROTEST")
    assert _texts(ev["actor"]) == ["Tomas Berg"]


def test_arguments_many_of_whom_stands_for_its_antecedent(nlp: Any) -> None:
    ev = _one(nlp, "Police held protesters, many of whom were detained without charge.", "COERCE", "detained")
    assert _texts(ev["recipient"]) == ["protesters"]


def test_arguments_defacing_targets_whom_the_image_shows_or_whose_property_burns(nlp: Any) -> None:
    ev = _one(nlp, "Students burned portraits of the president outside the university.", "PROTEST")
    assert _texts(ev["recipient"]) == ["president"]
    ev = _one(nlp, "Rebellious youths set fire to two Basij bases in Shiraz.", "PROTEST")
    assert _texts(ev["recipient"]) == ["Basij"]


def test_arguments_carrying_pictures_is_no_target(nlp: Any) -> None:
    # supporters carrying pictures of a leader do not protest against him
    ev = _one(nlp, "Supporters carrying pictures of the president marched through the city.", "PROTEST")
    assert ev["recipient"] == []


def test_arguments_who_stands_for_the_person_a_phrase_describes(nlp: Any) -> None:
    text = ('"We will not give in to vandals," said Lena Moreau, the deputy mayor in charge of public order, '
            "who called on the government to send more officers.")
    ev = _one(nlp, text, "REQUEST")
    assert _texts(ev["actor"]) == ["Lena Moreau"]


def test_arguments_the_agent_of_a_passive_light_verb_acts(nlp: Any) -> None:
    ev = _one(nlp, "The internet was cut on Thursday, and the shutdown had been ordered by the military "
              "authorities, a monitoring group said.", "COERCE", "shutdown")
    assert _texts(ev["actor"]) == ["military authorities"]


def test_arguments_being_on_strike_and_its_purpose(nlp: Any) -> None:
    text = ("In the central prison, six women political prisoners have been on hunger strike since May 3 "
            "to protest against executions.")
    evs = of_type(events_of(nlp, text), "PROTEST")
    assert [_texts(e["actor"]) for e in evs] == [["women political prisoners"]] * 2
    ev = _one(nlp, "The dockers went on strike on Monday.", "PROTEST")
    assert _texts(ev["actor"]) == ["dockers"]


def test_arguments_a_document_is_not_authored_by_whoever_breaches_it(nlp: Any) -> None:
    ev = _one(nlp, "Most of the detainees were held for breaching an order banning gatherings near parliament.",
              "COERCE", "banning")
    assert "detainees" not in _texts(ev["actor"])

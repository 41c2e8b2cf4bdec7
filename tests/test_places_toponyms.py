"""Toponyms in parsed text: find_places, document_country and place_for, on sentences written
for these tests and parsed by the real spaCy model (loaded once for the module)."""

from __future__ import annotations

from typing import Any

import pytest

from corroborate.places import document_country, find_places, place_for
from corroborate.records import Place


@pytest.fixture(scope="module")
def nlp() -> Any:
    from corroborate import nlp as nlp_stage

    return nlp_stage.load()


def _places(nlp: Any, text: str, hint: str | None = None) -> tuple[Any, list[Place]]:
    doc = nlp(text)
    return doc, find_places(doc, hint)


def _event_place(nlp: Any, text: str, trigger: str, occurrence: int = 0) -> Place | None:
    doc, places = _places(nlp, text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return place_for(places, sent.start_char, sent.end_char, start, doc)


def test_places_find_places_offsets_point_at_the_toponyms(nlp: Any) -> None:
    text = (
        "Riot police dispersed a sit-in outside the governor's office in Zahedan on Friday. "
        "Witnesses said students were also beaten in Mashhad and Isfahan."
    )
    doc, places = _places(nlp, text)
    assert [p.text for p in places] == ["Zahedan", "Mashhad", "Isfahan"]
    for p in places:
        assert doc.text[p.start : p.end] == p.text
        assert p.country == "IR" and p.resolution == "city"


def test_places_counts_of_cities_are_not_places(nlp: Any) -> None:
    _, places = _places(
        nlp, "Strikes were reported in 191 cities, and rallies in 40 cities in 20 provinces of Iran."
    )
    assert [(p.text, p.country, p.resolution) for p in places] == [("Iran", "IR", "country")]


def test_places_towns_the_model_mislabels_are_still_found(nlp: Any) -> None:
    text = "Hundreds of mourners gathered on Sunday in Sanandaj, Saqqez and Mahabad, a rights group said."
    _, places = _places(nlp, text, "IR")
    assert [p.place for p in places] == ["Sanandaj", "Saqqez", "Mahabad"]
    assert {p.admin1 for p in places} <= {"Kurdistan", "West Azerbaijan"}


def test_places_organisations_are_not_places(nlp: Any) -> None:
    text = "Amnesty International and Iran Human Rights said the prisoners had been moved to Qezel Hesar."
    _, places = _places(nlp, text)
    assert all(p.text not in {"Amnesty International", "Iran Human Rights"} for p in places)


def test_places_demonyms_are_country_mentions(nlp: Any) -> None:
    text = "Belarusian border guards detained two Polish journalists near Hrodna."
    doc, places = _places(nlp, text)
    by_text = {p.text: p for p in places}
    assert by_text["Belarusian"].country == "BY" and by_text["Belarusian"].resolution == "country"
    assert by_text["Polish"].country == "PL"
    assert by_text["Hrodna"].country == "BY" and by_text["Hrodna"].resolution == "city"
    assert document_country(doc) == "BY"


def test_places_city_followed_by_state_or_country_is_resolved_inside_it(nlp: Any) -> None:
    _, places = _places(nlp, "Teachers marched in Paris, Texas, on Tuesday to demand higher pay.")
    paris = next(p for p in places if p.text == "Paris")
    assert (paris.country, paris.admin1) == ("US", "Texas")
    _, places = _places(nlp, "Shops stayed shut in Tripoli, Lebanon, after the currency collapsed.")
    tripoli = next(p for p in places if p.text == "Tripoli")
    assert tripoli.country == "LB"


def test_places_province_with_its_word_resolves_to_admin1(nlp: Any) -> None:
    _, places = _places(nlp, "Farmers blocked roads in Khuzestan province over water shortages.")
    assert [(p.text, p.admin1, p.resolution) for p in places] == [
        ("Khuzestan province", "Khuzestan", "admin1")
    ]


def test_places_document_country_is_the_most_named(nlp: Any) -> None:
    text = (
        "KHARTOUM, May 2 (Agency) - Sudanese security forces fired tear gas at protesters in "
        "Omdurman. Egypt and Ethiopia called for calm. Later, crowds gathered in Atbara and Kassala."
    )
    assert document_country(nlp(text)) == "SD"
    assert document_country(nlp("Prices rose again last month, the bakers said.")) is None


def test_places_document_country_settles_ambiguous_names(nlp: Any) -> None:
    text = "Lebanese soldiers reopened the road to Tripoli after clashes near Beirut."
    doc = nlp(text)
    assert document_country(doc) == "LB"
    tripoli = next(p for p in find_places(doc) if p.text == "Tripoli")
    assert tripoli.country == "LB"


def test_places_place_for_prefers_the_event_place_over_the_speakers_home(nlp: Any) -> None:
    text = "Olena Marchenko, a nurse from Kyiv, said police detained twelve students in Kharkiv on Monday."
    place = _event_place(nlp, text, "detained")
    assert place is not None and (place.place, place.country) == ("Kharkiv", "UA")


def test_places_place_for_skips_a_place_used_as_an_actor(nlp: Any) -> None:
    text = "Tehran said on Monday that the detained protesters would be tried quickly."
    assert _event_place(nlp, text, "said") is None


def test_places_place_for_ignores_the_dateline_when_the_sentence_names_a_place(nlp: Any) -> None:
    text = (
        "TEHRAN, March 3 (Agency) – Police arrested five students in Isfahan on Sunday.\n"
        "The students were released on bail two days later."
    )
    place = _event_place(nlp, text, "arrested")
    assert place is not None and place.place == "Isfahan"
    assert _event_place(nlp, text, "released") is None


def test_places_place_for_accepts_the_dateline_when_nothing_else_is_named(nlp: Any) -> None:
    text = "TEHRAN, March 3 (Agency) – Police arrested five students on Sunday.\nThey were released later."
    place = _event_place(nlp, text, "arrested")
    assert place is not None and (place.place, place.country) == ("Tehran", "IR")


def test_places_place_for_picks_the_place_of_the_triggers_own_clause(nlp: Any) -> None:
    text = (
        "Crowds rallied in Ahvaz and Abadan; riot police fired tear gas near the bazaar in northern Tehran."
    )
    place = _event_place(nlp, text, "fired")
    assert place is not None and place.place == "Tehran"
    place = _event_place(nlp, text, "rallied")
    assert place is not None and place.place == "Ahvaz"


def test_places_place_for_prefers_the_city_of_a_city_country_pair(nlp: Any) -> None:
    text = "In Zahedan, Iran, security forces opened fire on worshippers after Friday prayers."
    place = _event_place(nlp, text, "opened")
    assert place is not None and (place.place, place.resolution) == ("Zahedan", "city")


def test_places_place_for_without_a_doc_uses_distance_and_skips_datelines() -> None:
    dateline = Place("KHARTOUM", 0, 8, "Khartoum", "Khartoum", "SD", 15.55, 32.53, 379252, "city")
    near = Place("Omdurman", 60, 68, "Omdurman", "Khartoum", "SD", 15.64, 32.48, 365137, "city")
    far = Place("Kassala", 120, 127, "Kassala", "Kassala", "SD", 15.45, 36.4, 372753, "city")
    assert place_for([dateline, near, far], 0, 140, 50) == near
    assert place_for([dateline, near, far], 0, 140, 125) == far
    assert place_for([dateline], 0, 40, 20) == dateline
    assert place_for([dateline, near, far], 200, 260, 230) is None


def test_places_rivers_are_not_the_provinces_of_their_name(nlp: Any) -> None:
    text = "Witnesses said bodies were thrown into the White Nile and Blue Nile rivers near Khartoum."
    _, places = _places(nlp, text)
    assert [p.text for p in places] == ["Khartoum"]


def test_places_a_country_as_modifier_is_not_the_scene(nlp: Any) -> None:
    text = (
        "Strikes began in October, after new US sanctions hit the rial; the US state department was silent."
    )
    doc, places = _places(nlp, text)
    assert all(p.text != "US state" for p in places)
    assert _event_place(nlp, text, "began") is None

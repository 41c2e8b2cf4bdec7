"""Actor resolution: generic references read with the document's country, names inside longer
names, pronouns, and the same records whichever camp is the actor."""

from __future__ import annotations

from typing import Any

import pytest

from corroborate.actors.resolve import resolve_name
from corroborate.pipeline import extract
from corroborate.records import Document, Entity, Event


@pytest.mark.parametrize(
    ("written", "country", "name"),
    [
        ("the regime", "IR", "Government of Iran"),
        ("the regime", "BY", "Government of Belarus"),
        ("the authorities", "SD", "Government of Sudan"),
        ("the government", "VE", "Government of Venezuela"),
        ("the clerical regime", "IR", "Government of Iran"),
        ("Iranian officials", None, "Government of Iran"),
        ("the junta", "MM", "Government of Myanmar"),
        ("the Lukashenko government", None, "Government of Belarus"),
        ("security forces", "IR", "Iranian security forces"),
        ("repressive forces", "IR", "Iranian security forces"),
        ("security forces", "EG", "Egyptian security forces"),
        ("riot police", "SD", "Sudanese police"),
        ("police officers", "FR", "French police"),
        ("policemen", "TR", "Turkish police"),
        ("troops", "SD", "Sudanese Armed Forces"),
        ("soldiers", "MM", "Tatmadaw"),
        ("soldiers", "IR", "Iranian military"),
        ("soldiers", "BO", "Bolivian military"),
        ("state media", "RU", "Russian state media"),
        ("MPs", "GB", "Parliament of the United Kingdom"),
        ("lawmakers", "GE", "Parliament of Georgia"),
    ],
)
def test_actors_resolve_generic_references_take_the_documents_country(written: str, country: str | None,
                                                                       name: str) -> None:
    assert resolve_name(written, country).entity.name == name


def test_actors_resolve_a_country_named_as_an_actor_is_its_government() -> None:
    r = resolve_name("Iran")
    assert (r.entity.name, r.entity.sector, r.entity.country, r.entity.id) == (
        "Government of Iran", "GOV", "IR", "ir-government")
    assert resolve_name("U.S.").entity.name == "Government of the United States"
    assert resolve_name("the Kremlin").entity.name == "Government of Russia"


@pytest.mark.parametrize(
    ("written", "country", "actor_id"),
    [
        ("the regime's Revolutionary Guards", "IR", "ir-irgc"),
        ("Iran's Revolutionary Guards", None, "ir-irgc"),
        ("Branch 1 of the Revolutionary Court", "IR", "ir-revolutionary-court"),
        ("Tehran's Revolutionary Court", "IR", "ir-revolutionary-court"),
        ("RSF troops", "SD", "sd-rsf"),
        ("GNB officers", "VE", "ve-gnb"),
        ("Members of the European Parliament", None, "european-parliament"),
        ("Campaign group Extinction Rebellion", "GB", "gb-xr"),
        ("the notorious Basij militia", "IR", "ir-basij"),
    ],
)
def test_actors_resolve_names_inside_longer_names(written: str, country: str | None, actor_id: str) -> None:
    assert resolve_name(written, country).entity.id == actor_id


def test_actors_resolve_a_name_with_other_words_is_not_forced_onto_an_actor() -> None:
    assert resolve_name("Tehran University students", "IR").entity.id is None
    assert resolve_name("Kisumu County government", "KE").entity.name == "Kisumu County government"
    # a demonym that contradicts the actor's country
    assert resolve_name("Russian occupation forces", "UA").entity.id != "il-idf"


def test_actors_resolve_loaded_labels_are_flagged() -> None:
    r = resolve_name("the mullahs", "IR")
    assert r.entity.name == "Government of Iran" and r.loaded
    assert not resolve_name("the government", "IR").loaded
    r = resolve_name("MKO terrorists", "IR")
    assert r.entity.id == "ir-mek" and r.loaded


def test_actors_resolve_people_in_a_protest_report_are_protesters() -> None:
    assert resolve_name("people", "FR", event_type="PROTEST").entity.name == "protesters"
    assert resolve_name("demonstrators", "KE").entity.name == "protesters"
    r = resolve_name("rioters", "IR")
    assert r.entity.name == "protesters" and r.loaded
    # the side they take stays, whichever side it is
    assert resolve_name("pro-government demonstrators", "IR").entity.name == "pro-government protesters"
    assert resolve_name("anti-government demonstrators", "IR").entity.name == "anti-government protesters"
    # outside a protest "people" are just people
    assert resolve_name("people", "FR", role="recipient", event_type="AID").entity.name == "people"


def test_actors_resolve_unknown_named_actors_are_kept_with_a_sector() -> None:
    r = resolve_name("Interior Minister Abdolreza Rahmani-Fazli", "IR")
    assert r.entity.name == "Interior Minister Abdolreza Rahmani-Fazli"
    assert (r.entity.sector, r.entity.country, r.rule) == ("GOV", "IR", "as-written")
    r = resolve_name("Tara Sepehri Far")
    assert r.entity.name == "Tara Sepehri Far" and r.entity.id is None


def test_actors_resolve_keeps_text_and_offsets() -> None:
    from corroborate.actors.registry import default_registry
    from corroborate.actors.resolve import DocContext, resolve_entity

    text = "The regime's forces arrested Sara."
    ent = Entity("regime's forces", 4, 19, "regime's forces", "COP")
    out = resolve_entity(ent, DocContext(text, "IR", default_registry()), "actor", "COERCE").entity
    assert (out.text, out.start, out.end) == ("regime's forces", 4, 19)
    assert out.name == "Iranian security forces"


# ---------------------------------------------------------------- in whole documents

def _events(text: str, doc_id: str = "t") -> list[Event]:
    (rec,) = extract([Document(id=doc_id, text=text)])
    return list(rec.events)


def _sides(ev: Event) -> tuple[list[Any], list[Any]]:
    return [(e.name, e.sector, e.country, e.id) for e in ev.actor], [
        (e.name, e.sector, e.country, e.id) for e in ev.recipient]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Revolutionary Guards attacked MEK members in Tehran.",
         "MEK members attacked Revolutionary Guards in Tehran."),
        ("Basij forces attacked Monafeqin terrorists in Tehran on Friday.",
         "Monafeqin terrorists attacked Basij forces in Tehran on Friday."),
        ("Hamas fighters killed three Israeli occupation forces in Jenin.",
         "Israeli occupation forces killed three Hamas fighters in Jenin."),
        ("Anti-government protesters attacked pro-government demonstrators in Caracas.",
         "Pro-government demonstrators attacked anti-government protesters in Caracas."),
    ],
)
def test_actors_resolve_swapping_the_camps_mirrors_the_records(one: str, other: str) -> None:
    (a,) = [e for e in _events(one) if e.type == "ASSAULT"]
    (b,) = [e for e in _events(other) if e.type == "ASSAULT"]
    actor_a, recipient_a = _sides(a)
    actor_b, recipient_b = _sides(b)
    assert actor_a and recipient_a
    assert actor_a == recipient_b and recipient_a == actor_b


def test_actors_resolve_pronouns_and_definite_references_in_context() -> None:
    evs = _events("The Iranian Intelligence Ministry issued a statement on Wednesday. "
                  "The ministry said it managed to arrest 12 members of the PMOI.")
    (arrest,) = [e for e in evs if e.type == "COERCE"]
    assert [a.name for a in arrest.actor] == ["Ministry of Intelligence (Iran)"]
    assert arrest.actor[0].text == "it"  # the word that acts in this clause; the name says who it is
    assert [r.id for r in arrest.recipient] == ["ir-mek"]
    evs = _events("Maryam Rajavi, the NCRI president-elect, spoke on Monday. She urged the UN Security Council "
                  "to act.")
    (req,) = [e for e in evs if e.type == "REQUEST"]
    assert [(a.name, a.id) for a in req.actor] == [("Maryam Rajavi", "ir-maryam-rajavi")]
    assert [r.id for r in req.recipient] == ["un-security-council"]


def test_actors_resolve_acronyms_the_document_spells_out() -> None:
    evs = _events("The Harbour Rights Observatory (HRO) published a report. HRO representatives met officials of "
                  "the British Foreign Office in London.")
    (meeting,) = [e for e in evs if e.type == "CONSULT"]
    assert [a.name for a in meeting.actor] == ["Harbour Rights Observatory"]
    assert [r.id for r in meeting.recipient] == ["gb-fcdo"]


def test_actors_resolve_police_is_the_force_the_document_names() -> None:
    evs = _events("Nigeria Police Force spokesman said the march was unlawful. In Kano, officers fired tear gas "
                  "at crowds protesting against fuel prices.")
    (gas,) = [e for e in evs if e.type == "ASSAULT"]
    assert [a.id for a in gas.actor] == ["ng-police"]
    assert [r.name for r in gas.recipient] == ["protesters"]

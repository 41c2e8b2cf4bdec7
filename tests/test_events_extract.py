"""The events stage on sentences written for these tests (not taken from any article)."""

from __future__ import annotations

import pytest

from corroborate.events.acled import SUB_TO_TYPE
from corroborate.events.plover import MODES

from .helpers import events_of, names, of_type, top


def test_events_active_arrest_has_actor_recipient_and_count(nlp):
    evs = events_of(nlp, "Riot police arrested 43 students outside the university in Minsk on Tuesday.")
    (ev,) = of_type(evs, "COERCE")
    assert ev["mode"] == ["arrest"]
    assert names(ev["actor"]) == ["Riot police"]
    assert "students" in names(ev["recipient"])[0]
    assert ev["counts"] == {"arrested": 43}
    assert ev["acled"] == {"event_type": "Strategic developments", "sub_event_type": "Arrests"}


def test_events_passive_voice_reads_agent_and_patient(nlp):
    evs = events_of(nlp, "Twelve journalists were detained by the State Security Committee in Tashkent.")
    (ev,) = of_type(evs, "COERCE")
    assert names(ev["actor"]) == ["State Security Committee"]
    assert names(ev["recipient"]) == ["journalists"]
    assert ev["counts"] == {"arrested": 12}


def test_events_protest_and_shooting_in_one_sentence(nlp):
    text = "Thousands of farmers marched on the parliament in Nairobi before soldiers opened fire on them."
    evs = events_of(nlp, text)
    protest, assault = of_type(evs, "PROTEST"), of_type(evs, "ASSAULT")
    assert protest and assault
    assert assault[0]["mode"] == ["firearms"]
    assert protest[0]["acled"]["sub_event_type"] == "Excessive force against protesters"
    assert "counts" in protest[0] and protest[0]["counts"] == {}  # "thousands" is no number


@pytest.mark.parametrize(
    ("text", "key", "value", "qualifier"),
    [
        ("Security forces killed more than 40 protesters in Yangon.", "killed", 40, "more_than"),
        ("Police shot dead at least 1,500 people during the unrest.", "killed", 1500, "at_least"),
        ("Soldiers wounded seven demonstrators near the square.", "injured", 7, None),
        ("About 300 activists were detained across the country.", "arrested", 300, "about"),
    ],
)
def test_events_counts_with_qualifiers(nlp, text, key, value, qualifier):
    evs = [e for e in events_of(nlp, text) if key in e["counts"]]
    assert evs, f"no event counts {key} in {text!r}"
    assert evs[0]["counts"][key] == value
    assert evs[0]["count_evidence"][key]["qualifier"] == qualifier
    ev = evs[0]["count_evidence"][key]
    assert text[ev["start"] : ev["end"]] == ev["text"]


def test_events_vague_amounts_are_not_counts(nlp):
    evs = events_of(nlp, "Dozens of students were arrested and hundreds were beaten by police.")
    assert all(not e["counts"] for e in evs)


def test_events_sentences_get_counts_and_years(nlp):
    text = (
        "A court in Gomel sentenced an opposition blogger to death, while three other activists were "
        "given five-year sentences for organising a strike."
    )
    evs = of_type(events_of(nlp, text), "SANCTION")
    assert len(evs) == 2
    counted = [e for e in evs if e["counts"]]
    assert len(counted) == 1
    assert counted[0]["counts"] == {"sentenced": 3, "sentence_years": 5}
    assert all(e["mode"] == ["convict"] for e in evs)


@pytest.mark.parametrize(
    ("text", "type_", "factuality"),
    [
        ("Police did not fire on the crowd in Caracas.", "ASSAULT", "negated"),
        ("The union will hold a rally in Lagos on Friday.", "PROTEST", "future"),
        ("If the army intervenes, troops will arrest the organisers.", "COERCE", "hypothetical"),
        ("Students regularly protest outside the ministry.", "PROTEST", "habitual"),
        ("Forty people were arrested, according to Amnesty International.", "COERCE", "reported"),
        ("The interior ministry said that police detained 40 rioters.", "COERCE", "reported"),
    ],
)
def test_events_factuality(nlp, text, type_, factuality):
    evs = of_type(events_of(nlp, text), type_)
    assert evs, f"no {type_} in {text!r}"
    assert evs[0]["factuality"] == factuality


def test_events_reported_event_names_its_claimant(nlp):
    evs = of_type(events_of(nlp, "Nine protesters were killed, according to the Sudan Doctors Committee."), "ASSAULT")
    assert evs[0]["factuality"] == "reported"
    assert "Sudan Doctors Committee" in evs[0]["claimed_by"]["name"]


def test_events_denial_negates_the_denied_event(nlp):
    evs = events_of(nlp, "The police chief denied that any protester was killed in Tbilisi.")
    killed = of_type(evs, "ASSAULT")
    assert killed and killed[0]["factuality"] == "negated"


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("Hundreds of workers took to the streets of Lyon.", "PROTEST", "demo"),
        ("Inmates in Evin prison began a hunger strike on Monday.", "PROTEST", "hunger"),
        ("Youths tore down posters of the president in Grodno.", "PROTEST", "vandalize"),
        ("Police fired tear gas at the marchers in Santiago.", "ASSAULT", "crowd-control"),
        ("The government imposed a curfew on the capital.", "COERCE", "curfew"),
        ("Authorities shut down the internet across the region.", "COERCE", "censor"),
        ("A revolutionary court sentenced the activist to ten years in prison.", "SANCTION", "convict"),
        ("The president deployed troops to the northern province.", "MOBILIZE", "troops"),
        ("The junta released 200 political prisoners on Sunday.", "RETREAT", "release"),
        ("Gunmen abducted a local journalist in Kaduna.", "ASSAULT", "abduct"),
    ],
)
def test_events_trigger_types_and_modes(nlp, text, type_, mode):
    ev = top(nlp, text)
    assert ev is not None and ev["type"] == type_, (text, ev and ev["type"])
    assert mode in ev["mode"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The two foreign ministers agreed to reopen their embassies.", "AGREE"),
        ("The prime minister met opposition leaders in Colombo on Monday.", "CONSULT"),
        ("The senator praised the court's decision to free the reporters.", "SUPPORT"),
        ("The president pardoned 30 protesters convicted last year.", "CONCEDE"),
        ("The two countries will cooperate on border security, officials said.", "AGREE"),
        ("Norway donated medicine to hospitals in Gaza.", "AID"),
        ("The minister resigned after the massacre.", "RETREAT"),
        ("Opposition leaders urged the United Nations to investigate the killings.", "REQUEST"),
        ("The ministry accused foreign agents of organising the riots.", "ACCUSE"),
        ("The government rejected the protesters' demands.", "REJECT"),
        ("The general threatened to crush any further demonstrations.", "THREATEN"),
        ("Crowds demonstrated outside the embassy.", "PROTEST"),
        ("The European Union imposed sanctions on ten officials.", "SANCTION"),
        ("Security forces deployed armoured vehicles in the city centre.", "MOBILIZE"),
        ("Police detained the editor of the newspaper.", "COERCE"),
        ("Militiamen beat the villagers with sticks.", "ASSAULT"),
    ],
)
def test_events_every_plover_type(nlp, text, type_):
    ev = top(nlp, text)
    assert ev is not None and ev["type"] == type_, (text, ev and ev["type"])


def test_events_types_modes_and_acled_strings_are_valid(nlp):
    text = (
        "Soldiers opened fire on protesters in Khartoum, killing nine. Police arrested 40 people. "
        "The army shelled rebel positions near Kadugli. A court sentenced two activists to death."
    )
    for ev in events_of(nlp, text):
        assert ev["type"] in MODES
        assert all(m in MODES[ev["type"]] for m in ev["mode"])
        if ev["acled"] is not None:
            assert SUB_TO_TYPE[ev["acled"]["sub_event_type"]] == ev["acled"]["event_type"]
        assert 0 <= ev["confidence"] <= 1
        t = ev["trigger"]
        assert text[t["start"] : t["end"]] == t["text"]
        assert ev["evidence"]["start"] <= t["start"] < t["end"] <= ev["evidence"]["end"]


def test_events_ids_are_stable(nlp):
    text = "Police arrested 12 students in Caracas."
    assert [e["id"] for e in events_of(nlp, text)] == [e["id"] for e in events_of(nlp, text)]


def test_events_accidental_deaths_are_no_assault(nlp):
    assert not of_type(events_of(nlp, "An earthquake killed 40 people in the mountain villages."), "ASSAULT")
    assert of_type(events_of(nlp, "Gunmen killed 40 people in the mountain villages."), "ASSAULT")


def test_events_protest_demand_is_not_a_separate_request(nlp):
    evs = events_of(nlp, "Thousands of nurses marched in Paris to demand higher wages.")
    assert of_type(evs, "PROTEST")
    assert not of_type(evs, "REQUEST")


def test_events_reason_for_sentence_is_not_an_event(nlp):
    evs = events_of(nlp, "The court sentenced two students to prison for distributing leaflets.")
    assert [e["type"] for e in evs] == ["SANCTION"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the regime", "the opposition"),
        ("rebel fighters", "government troops"),
        ("police", "protesters"),
    ],
)
def test_events_same_rules_for_every_side(nlp, a, b):
    """Swapping who does what to whom changes the actors, never the event type or its mode."""
    template = "{x} attacked {y} in the capital on Monday, killing 14 of them."
    one = top(nlp, template.format(x=a.capitalize(), y=b))
    two = top(nlp, template.format(x=b.capitalize(), y=a))
    assert one is not None and two is not None
    assert (one["type"], one["mode"], one["counts"]) == (two["type"], two["mode"], two["counts"])


@pytest.mark.parametrize(
    ("text", "key", "value", "qualifier"),
    [
        ("Police detained 12-15 students outside the campus.", "arrested", 12, "at_least"),
        ("About 2000 protesters gathered in the square.", "participants", 2000, "about"),
        ("In 2019 40 protesters were killed by soldiers.", "killed", 40, None),
        ("A court sentenced the blogger to 10 years.", "sentence_years", 10, None),
        ("Twenty-five protesters were arrested by police.", "arrested", 25, None),
    ],
)
def test_events_counts_ranges_years_and_number_words(nlp, text, key, value, qualifier):
    evs = [e for e in events_of(nlp, text) if key in e["counts"]]
    assert evs, f"no {key} in {text!r}"
    assert evs[0]["counts"][key] == value
    assert evs[0]["count_evidence"][key]["qualifier"] == qualifier


def test_events_ages_and_dates_are_no_counts(nlp):
    evs = events_of(nlp, "On 12 March 2020, a 22-year-old student was killed by police in Quito.")
    assert all(not e["counts"] for e in evs)


def test_events_plain_rejection_is_asserted_not_negated(nlp):
    ev = top(nlp, "Ukraine rejected the Russian proposal on Monday.")
    assert ev["type"] == "REJECT" and ev["factuality"] == "asserted"


def test_events_a_sides_claim_about_its_own_violence_stays_reported(nlp):
    for text in ("The army claimed to have killed 30 militants near the border.",
                 "The rebels claimed to have killed 30 soldiers near the border."):
        evs = of_type(events_of(nlp, text), "ASSAULT")
        assert evs and evs[0]["factuality"] == "reported", text


def test_events_violence_by_protesters_is_no_force_against_them(nlp):
    riot = top(nlp, "Protesters hurled stones and petrol bombs at police in Santiago.")
    assert (riot["type"], riot["mode"]) == ("PROTEST", ["riot"])
    assert riot["acled"]["sub_event_type"] == "Violent demonstration"
    by_police = of_type(events_of(nlp, "Police attacked protesters with batons in Dhaka."), "ASSAULT")
    by_crowd = of_type(events_of(nlp, "Protesters attacked police with batons in Dhaka."), "ASSAULT")
    assert by_police[0]["acled"]["sub_event_type"] == "Excessive force against protesters"
    assert by_crowd[0]["acled"]["sub_event_type"] == "Violent demonstration"


def test_events_two_protests_in_two_places_stay_two(nlp):
    evs = of_type(events_of(nlp, "Protests erupted in Tehran on Monday, while truckers went on strike in Isfahan."),
                  "PROTEST")
    assert sorted(m for e in evs for m in e["mode"]) == ["demo", "strike"]

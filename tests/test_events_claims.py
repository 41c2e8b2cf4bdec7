"""Who claims an event when the attribution reaches beyond the event's own sentence: quotations
whose cue comes later, pronouns and documents that speak for someone named before, an
"According to X" the parser cut off, and "reportedly" right after a source's report.
Sentences written for these tests; the full pipeline runs on each."""

from __future__ import annotations

from typing import Any

import pytest

from corroborate.pipeline import analyse_doc
from corroborate.records import Document


def events(nlp: Any, text: str) -> list[dict[str, Any]]:
    return analyse_doc(Document(id="t", text=text), nlp(text)).to_dict()["events"]


def claim(nlp: Any, text: str, type_: str) -> tuple[str, str | None, str | None]:
    """(factuality, claimant name, claimant's words in the text) of the first event of a type."""
    ev = next(e for e in events(nlp, text) if e["type"] == type_)
    c = ev["claimed_by"]
    return ev["factuality"], c and c["name"], c and text[c["start"]:c["end"]]


def test_claims_quotation_with_its_cue_in_a_later_sentence(nlp):
    text = ('"Riot police beat the students with batons in the courtyard. Then they dragged twelve of '
            'them into vans," the teachers\' union said in a statement on Tuesday.')
    fact, name, _ = claim(nlp, text, "ASSAULT")
    assert fact == "reported"
    assert name is not None and "union" in name.lower()


def test_claims_speech_act_made_by_quoting_stays_asserted(nlp):
    text = ('"We condemn the raid on the campus in the strongest terms. Police beat our members," '
            'the students\' union said.')
    assert claim(nlp, text, "ACCUSE")[0] == "asserted"
    assert claim(nlp, text, "ASSAULT")[0] == "reported"


@pytest.mark.parametrize("issuer", ["The Interior Ministry", "The Free Workers Front"])
def test_claims_it_speaks_for_the_organisation_named_before(nlp, issuer):
    text = (f"{issuer} issued a statement on Monday about the unrest. "
            "It said that police had detained 40 demonstrators in the capital.")
    fact, name, words = claim(nlp, text, "COERCE")
    assert fact == "reported"
    assert name == issuer.removeprefix("The ")
    assert words == "It"  # the evidence is the word that speaks in this sentence


def test_claims_it_resolves_through_the_registry_like_the_name_itself(nlp):
    said = "Iran's Intelligence Ministry said agents had arrested 12 members of an armed cell."
    it = ("Iran's Intelligence Ministry issued a statement on Sunday. "
          "It said agents had arrested 12 members of an armed cell.")
    a = next(e for e in events(nlp, said) if e["type"] == "COERCE")["claimed_by"]
    b = next(e for e in events(nlp, it) if e["type"] == "COERCE")["claimed_by"]
    assert a["id"] is not None
    assert (b["name"], b["id"], b["sector"]) == (a["name"], a["id"], a["sector"])
    assert b["text"] == "It"


@pytest.mark.parametrize("text", [
    # a report someone dismissed is not theirs
    "The ministry dismissed a report on prison conditions. The report said guards had beaten inmates.",
    # a verdict is no speaker's statement
    "The court sentenced five activists on Monday, the lawyers said. The verdict said the activists had attacked police.",
])
def test_claims_a_document_is_not_given_to_whoever_spoke_last(nlp, text):
    ev = next(e for e in events(nlp, text) if e["type"] == "ASSAULT")
    assert (ev["claimed_by"] or {}).get("name") not in ("ministry", "lawyers")


@pytest.mark.parametrize("issuer", ["The Interior Ministry", "The Free Workers Front"])
def test_claims_the_statement_speaks_for_its_issuer(nlp, issuer):
    text = (f"{issuer} issued a statement on Monday. "
            "The statement said that police had detained 40 demonstrators in the capital.")
    fact, name, words = claim(nlp, text, "COERCE")
    assert (fact, name, words) == ("reported", issuer.removeprefix("The "), "statement")


def test_claims_a_report_by_names_its_issuer(nlp):
    text = "A report by Human Rights Watch said soldiers had shot dozens of detainees near the border."
    fact, name, _ = claim(nlp, text, "ASSAULT")
    assert (fact, name) == ("reported", "Human Rights Watch")


def test_claims_evidence_is_not_a_claimant(nlp):
    text = "Videos showed soldiers firing on the crowd, killing at least ten people."
    fact, name, _ = claim(nlp, text, "ASSAULT")
    assert (fact, name) == ("asserted", None)


def test_claims_reportedly_leans_on_the_report_the_paragraph_just_gave(nlp):
    text = ("Around 300 people were killed in the crackdown, Reuters reported on Monday. "
            "Security forces reportedly shot dozens of protesters in the southern port.")
    evs = [e for e in events(nlp, text) if e["type"] == "ASSAULT" and e["trigger"]["text"] == "shot"]
    assert evs and evs[0]["factuality"] == "reported"
    assert evs[0]["claimed_by"]["name"] == "Reuters"


@pytest.mark.parametrize("before", [
    # another paragraph: the report may not be the one meant
    "Around 300 people were killed in the crackdown, Reuters reported on Monday.\n\n",
    # another source spoke in between
    "Around 300 people were killed, Reuters reported. State media said soldiers were attacked. ",
])
def test_claims_reportedly_without_a_report_just_before_stays_open(nlp, before):
    text = before + "Security forces reportedly shot dozens of protesters in the southern port."
    evs = [e for e in events(nlp, text) if e["type"] == "ASSAULT" and e["trigger"]["text"] == "shot"]
    assert evs and (evs[0]["factuality"], evs[0]["claimed_by"]) == ("reported", None)


def test_claims_without_any_source_reportedly_has_no_claimant(nlp):
    text = "Security forces reportedly shot dozens of protesters in the southern port."
    fact, name, _ = claim(nlp, text, "ASSAULT")
    assert (fact, name) == ("reported", None)


@pytest.mark.parametrize(
    ("text", "type_", "label", "claimant"),
    [
        # a denial is a claim too: whoever denies is its source, on every side
        ("The army denied that soldiers had shot any demonstrators.", "ASSAULT", "negated", "military"),
        ("The rebels denied that their fighters had shot any villagers.", "ASSAULT", "negated", "rebels"),
        # a future someone announces is theirs
        ("The student union said its members would march on the ministry again on Friday.", "PROTEST",
         "future", "student union"),
        # "..., adding that": the main clause's subject goes on speaking
        ("The governor rejected the report, adding that nobody had been arrested during the raids.", "COERCE",
         "negated", "governor"),
        # a figure someone puts at a number is their claim
        ("Medics put the death toll at 14 after the clashes near the port.", "ASSAULT", "reported", "Medics"),
        ("A police statement said 40 rioters had been arrested in the capital.", "COERCE", "reported", "police"),
    ],
)
def test_claims_every_label_keeps_its_claimant(nlp, text, type_, label, claimant):
    fact, name, _ = claim(nlp, text, type_)
    assert (fact, name) == (label, claimant)


@pytest.mark.parametrize(
    ("second", "source"),
    [
        ("This was reported by the state news agency.", "state news agency"),
        ("That is according to the Interior Ministry.", "Interior Ministry"),
        ("The figure was confirmed by the provincial governor.", "provincial governor"),
        ("The toll came from the regional hospital.", "regional hospital"),
        ("The Lawyers' Union reported this on Monday.", "Lawyers' Union"),
    ],
)
def test_claims_the_next_sentence_attributes_the_one_before(nlp, second, source):
    text = f"Soldiers killed 12 villagers near the border on Saturday. {second}"
    fact, name, words = claim(nlp, text, "ASSAULT")
    assert fact == "reported" and name is not None
    assert words is not None and source in words  # the evidence is the source the next sentence names


@pytest.mark.parametrize("second", [
    "It was the worst attack on the region this year.",  # says more about it, attributes nothing
    "Satellite images confirmed this.",  # evidence, not a source that claims
    "This was confirmed by video footage.",
    "The minister explained this as self-defence.",  # an explanation, not the source of the facts
    "\nThis was reported by the provincial governor.",  # another paragraph
])
def test_claims_a_next_sentence_that_attributes_nothing_here(nlp, second):
    text = f"Soldiers killed 12 villagers near the border on Saturday.\n{second}"
    assert claim(nlp, text, "ASSAULT")[:2] == ("asserted", None)


@pytest.mark.parametrize(("denier", "blamed"), [("Police", "armed infiltrators"), ("The rebels", "army snipers")])
def test_claims_what_a_denier_goes_on_to_do_is_not_denied(nlp, denier, blamed):
    text = f"{denier} denied that their men had used live ammunition, blaming {blamed} for the shootings."
    evs = events(nlp, text)
    accuse = next(e for e in evs if e["type"] == "ACCUSE")
    assert accuse["factuality"] == "asserted"  # the outlet says the denier blames someone
    assert any(e["type"] == "ASSAULT" and e["factuality"] == "negated" for e in evs)


def test_claims_a_clause_hung_on_a_figure_is_not_part_of_it(nlp):
    text = "Officials put the number of arrests at 40 after protesters stormed the governor's office."
    assert claim(nlp, text, "PROTEST")[:2] == ("asserted", None)


def test_claims_a_participle_after_a_negated_clause_is_not_negated(nlp):
    text = "Police did not stop the march, arresting only two organisers near the square."
    assert claim(nlp, text, "COERCE")[0] == "asserted"
    assert claim(nlp, "Police did not arrest any organisers near the square.", "COERCE")[0] == "negated"

"""Reported speech, thought and belief: 'X said that ...', 'X blamed Y for ...', 'according to
X', a cue set off by commas, stance nouns and adjectives. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from corroborate.quotes import find_quotes


def one(nlp: Any, text: str) -> Any:
    (q,) = find_quotes(nlp(text))
    assert text[q.start:q.end] == q.text or not q.direct
    return q


def test_quotes_reported_said_that_excludes_that_and_the_stop(nlp):
    q = one(nlp, "Police spokesman Omar Haddad said that 14 people were detained overnight.")
    assert not q.direct and q.cue == "said"
    assert q.text == "14 people were detained overnight"
    assert q.speaker is not None and q.speaker.name == "Omar Haddad"


def test_quotes_reported_blamed_someone_for_something(nlp):
    q = one(nlp, "The interior ministry blamed foreign agents for the unrest.")
    assert q.cue == "blamed" and q.text == "foreign agents for the unrest"
    assert q.speaker is not None and q.speaker.name == "interior ministry"


def test_quotes_reported_according_to_makes_the_source(nlp):
    q = one(nlp, "At least 30 protesters were killed, according to Amnesty International.")
    assert q.cue == "according to" and q.text == "At least 30 protesters were killed"
    assert q.speaker is not None and q.speaker.name == "Amnesty International"


def test_quotes_reported_cue_between_commas_leaves_two_pieces(nlp):
    text = "The crackdown, the lawyer said, was planned weeks in advance."
    q = one(nlp, text)
    assert q.text == "The crackdown was planned weeks in advance"
    assert text[q.start:q.end] == "The crackdown, the lawyer said, was planned weeks in advance"
    assert q.speaker is not None and q.speaker.name == "lawyer"


def test_quotes_reported_cue_after_the_clause(nlp):
    q = one(nlp, "Three reporters were released on bail, their editor said on Sunday.")
    assert q.text == "Three reporters were released on bail"
    assert q.speaker is not None and q.speaker.name == "editor"


def test_quotes_reported_infinitive_and_subjectless_cue(nlp):
    quotes = find_quotes(nlp("The strikers vowed to stay out, warning that the port would close."))
    assert [(q.cue, q.text) for q in quotes] == [
        ("vowed", "to stay out"),
        ("warning", "the port would close"),
    ]
    assert all(q.speaker is not None and q.speaker.name == "strikers" for q in quotes)


def test_quotes_reported_partial_quotation_is_reported_speech(nlp):
    q = one(nlp, 'Judge Ines Moreau said the evidence was "thin at best."')
    assert not q.direct
    assert q.text == 'the evidence was "thin at best."'  # up to the closing mark, not beyond


def test_quotes_reported_stance_noun_and_adjective(nlp):
    q = one(nlp, "The governor expressed concern that the curfew would hurt traders.")
    assert q.text == "the curfew would hurt traders" and q.cue == "expressed concern"
    q = one(nlp, "Several senators were critical of the new protest law.")
    assert q.text == "the new protest law"
    assert q.speaker is not None and q.speaker.name.endswith("senators")


def test_quotes_reported_speech_of_a_named_party_inside_another_is_kept(nlp):
    text = "The lawyer noted that the prosecutor said the charges would be dropped."
    quotes = find_quotes(nlp(text))
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("noted", "lawyer"),
        ("said", "prosecutor"),
    ]
    assert quotes[1].text == "the charges would be dropped"

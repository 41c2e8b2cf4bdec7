"""Speakers: the named person behind 'he' and 'she', the group behind 'it' and 'they', the name
in apposition, and offsets that point at the words that speak (the pronoun included). Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from corroborate.quotes import find_quotes


def speakers(nlp: Any, text: str) -> list[tuple[str | None, str | None]]:
    """(name, the words at the speaker's offsets) of each quote."""
    out = []
    for q in find_quotes(nlp(text)):
        sp = q.speaker
        out.append((sp.name, text[sp.start:sp.end]) if sp is not None else (None, None))
    return out


def test_quotes_speakers_pronoun_is_the_named_person_with_offsets_on_the_pronoun(nlp):
    # the offsets are the words that speak in this sentence, the name is whom they stand for
    text = 'Youssef Amrani, the mayor, said the square would reopen. "We will rebuild," he said.'
    assert speakers(nlp, text) == [("Youssef Amrani", "Youssef Amrani"), ("Youssef Amrani", "he")]


def test_quotes_speakers_she_skips_a_man(nlp):
    text = "Mr. Karimi met Ms. Farahani on Monday. She said the talks had failed."
    assert speakers(nlp, text) == [("Farahani", "She")]
    text = "Ms. Farahani met Mr. Karimi on Monday. He said the talks had failed."
    assert speakers(nlp, text) == [("Karimi", "He")]


def test_quotes_speakers_names_inside_quotations_are_no_antecedents(nlp):
    text = (
        'Leila Amrani spoke outside the court. "Mr. Darwish lied to the judge," she said. '
        '"I am innocent," she added.'
    )
    assert [name for name, _ in speakers(nlp, text)] == ["Leila Amrani", "Leila Amrani"]


def test_quotes_speakers_pronoun_without_a_named_person_is_none(nlp):
    assert speakers(nlp, '"The strike will go on," he said.') == [(None, None)]


def test_quotes_speakers_relative_clause_speaks_for_its_noun(nlp):
    assert speakers(nlp, "The governor, who said the curfew would stay, left early.") == [("governor", "governor")]


def test_quotes_speakers_it_and_they_are_the_group_that_spoke(nlp):
    text = "The health ministry said 12 people were injured. It said the hospitals were full."
    assert [name for name, _ in speakers(nlp, text)] == ["health ministry"] * 2
    text = "Organisers said the march was peaceful. They said police fired first."
    assert [name for name, _ in speakers(nlp, text)] == ["Organisers"] * 2


def test_quotes_speakers_name_in_apposition_names_the_speaker(nlp):
    text = 'A teacher, Ana Ruiz, said the vote was a turning point. "It gives us hope," she said.'
    assert [name for name, _ in speakers(nlp, text)] == ["Ana Ruiz", "Ana Ruiz"]

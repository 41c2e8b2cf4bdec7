"""Whom loaded language and name calling are said of, from the parse (no trained model involved)."""

from __future__ import annotations

import pytest

from corroborate.persuasion.targets import target_of


def _target(nlp, text: str, words: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    assert span is not None
    return target_of(span)


@pytest.mark.parametrize(
    ("text", "words", "target"),
    [
        ("Soleimani, a mass murderer, was killed in January.", "mass murderer", "Soleimani"),
        ("Ali Khamenei is a mass murderer.", "mass murderer", "Ali Khamenei"),
        ("The brutal police beat the students.", "brutal", "police"),
        ("Residents said the murderous Khamenei must go.", "murderous", "Khamenei"),
        ("People loathe Qassem Soleimani because they know this mass murderer.", "mass murderer",
         "Qassem Soleimani"),
    ],
)
def test_persuasion_target_from_syntax(nlp, text, words, target):
    ent = _target(nlp, text, words)
    assert ent is not None and ent.text == target
    assert text[ent.start : ent.end] == ent.text


def test_persuasion_target_none_for_a_loaded_verb(nlp):
    assert _target(nlp, "Police crushed the protests in the capital.", "crushed") is None


def test_persuasion_target_same_rule_for_every_camp(nlp):
    a = _target(nlp, "The rebels are terrorists, the minister said.", "terrorists")
    b = _target(nlp, "The soldiers are terrorists, the rebel leader said.", "terrorists")
    assert a is not None and b is not None
    assert (a.text, b.text) == ("rebels", "soldiers")

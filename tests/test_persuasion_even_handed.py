"""Even-handedness: the same words said by one camp about another get the same techniques when
the camps are swapped. The sentences are synthetic; each pair differs only in who is who."""

from __future__ import annotations

import pytest

from corroborate.persuasion import find_spans

CAMPS = [
    ("the government", "the opposition"),
    ("the army", "the rebels"),
    ("state media", "exile groups"),
    ("Russia", "Ukraine"),
    ("the Democrats", "the Republicans"),
    ("Hamas", "the IDF"),
    ("the regime", "the resistance"),
    ("the police", "the demonstrators"),
]

TEMPLATES = [
    "{a} called {b} brutal terrorists and murderous thugs.",
    "According to {a}, {b} are corrupt traitors who spread shameful lies.",
    "{a} said {b} had crushed every hope with a savage campaign of terror.",
    "Is it really true that {a} care about the people, as {b} claim?",
    "{a} warned that {b} would destroy the nation and bring chaos to every home.",
]


def _rest_of_parse(doc, camps: tuple[str, str]) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """How spaCy reads the words that are not a camp's name."""
    names = {w.lower() for c in camps for w in c.split()}
    return [(t.lower_, t.pos_, t.dep_) for t in doc if t.lower_ not in names]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize(("a", "b"), CAMPS)
def test_persuasion_even_handed_when_camps_swap(nlp, template, a, b):
    one = template.format(a=a, b=b)
    other = template.format(a=b, b=a)
    one, other = one[0].upper() + one[1:], other[0].upper() + other[1:]
    doc_one, doc_other = nlp(one), nlp(other)
    techniques = [sorted(s.technique for s in find_spans(d)) for d in (doc_one, doc_other)]
    if techniques[0] != techniques[1] and _rest_of_parse(doc_one, (a, b)) != _rest_of_parse(doc_other, (a, b)):
        # the parser, not our model, reads the sentence differently ("state media care" as a
        # noun compound), so the model's features differ beyond the names
        pytest.skip(f"spaCy parses the rest of the two sentences differently: {one!r} / {other!r}")
    assert techniques[0] == techniques[1], (one, other)

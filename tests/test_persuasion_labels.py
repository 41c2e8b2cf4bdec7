"""Camp labels the actor registry knows are flagged as name calling, targeting the actor they
name, whichever camp uses them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corroborate.persuasion.labels import LABELING, registry_labels, with_labels
from corroborate.records import Span


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        # an opposition outlet's word for a government, and a state outlet's word for the opposition
        ("The mullahs arrested hundreds of students in Tehran.", "The mullahs", "ir-government"),
        ("State television said MKO terrorists attacked a police station.", "MKO terrorists", "ir-mek"),
        # the same for other countries and camps
        ("Sit-tat troops burned the village, the resistance said.", "Sit-tat", "mm-tatmadaw"),
        ("PDF terrorists ambushed a convoy, state media said.", "PDF terrorists", "mm-pdf"),
        ("Moscow accused the Kiev regime of shelling the town.", "the Kiev regime", "ua-government"),
        ("Exiles say the Assad regime tortured thousands.", "the Assad regime", "sy-government"),
        # "<adjective> regime" is a label for every country alike
        ("The Iranian regime executed three men.", "The Iranian regime", "ir-government"),
        ("Activists say the Syrian regime shelled the town.", "the Syrian regime", "sy-government"),
        ("Kyiv accused the Russian regime of war crimes.", "the Russian regime", "ru-government"),
    ],
)
def test_persuasion_registry_labels_flag_every_camp(text, label, actor):
    spans = registry_labels(text)
    assert [(s.text, s.technique) for s in spans] == [(label, LABELING)]
    s = spans[0]
    assert text[s.start:s.end] == s.text
    assert s.target is not None and s.target.id == actor


def test_persuasion_neutral_names_are_no_labels():
    text = "The Interior Ministry and the People's Mojahedin Organization of Iran both issued statements."
    assert registry_labels(text) == []


def test_persuasion_labels_replace_the_model_spans_inside_them():
    text = "The mullahs' regime jailed her. It is a shameful day."
    labels = registry_labels(text)
    inside = Span(text="mullahs", start=4, end=11, technique="Loaded_Language")
    around = Span(text=text[:29], start=0, end=29, technique="Doubt")
    later = Span(text="shameful", start=text.index("shameful"), end=text.index("shameful") + 8,
                 technique="Loaded_Language")
    merged = with_labels([inside, around, later], labels)
    assert inside not in merged
    assert around in merged and later in merged
    assert [s.start for s in merged] == sorted(s.start for s in merged)
    assert any(s.technique == LABELING for s in merged)


def test_persuasion_labels_in_extract_records(nlp):
    from corroborate.pipeline import analyse_doc
    from corroborate.records import Document

    text = "Security forces of the clerical regime arrested forty students on Monday."
    rec = analyse_doc(Document(id="x", text=text), nlp(text)).to_dict()
    labelled = [s for s in rec["spans"] if s["technique"] == LABELING and s["target"]]
    assert [s["target"]["name"] for s in labelled] == ["Government of Iran"]

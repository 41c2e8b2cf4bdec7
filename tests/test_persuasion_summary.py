"""Per-document counts and density of persuasion techniques, and their line in the table."""

from __future__ import annotations

from corroborate.persuasion import summary
from corroborate.records import Span
from corroborate.render import table


def _span(text: str, word: str, technique: str) -> Span:
    start = text.index(word)
    return Span(text=word, start=start, end=start + len(word), technique=technique)


def test_persuasion_summary_counts_and_density():
    text = "The brutal thugs of the corrupt clique crushed us. " * 2  # 18 words
    spans = [_span(text, "brutal", "Loaded_Language"), _span(text, "thugs", "Name_Calling,Labeling"),
             _span(text, "corrupt", "Loaded_Language")]
    sm = summary(spans, text)
    assert sm["counts"] == {"Loaded_Language": 2, "Name_Calling,Labeling": 1}
    assert list(sm["counts"]) == ["Loaded_Language", "Name_Calling,Labeling"]  # most frequent first
    assert sm["words"] == 18
    assert sm["density"] == round(1000 * 3 / 18, 2)
    assert sm["spans"] == 3
    assert 0 < sm["chars_covered"] < 1


def test_persuasion_summary_of_nothing():
    assert summary([], "") == {"counts": {}, "density": 0.0, "words": 0, "spans": 0, "chars_covered": 0.0}


def test_persuasion_summary_line_in_table():
    text = "The brutal thugs attacked."
    rec = {"id": "d1", "outlet": None, "published": None, "title": None, "text": text, "events": [],
           "spans": [_span(text, "brutal", "Loaded_Language").to_dict(),
                     _span(text, "thugs", "Name_Calling,Labeling").to_dict()]}
    out = table(rec)
    assert "persuasion: 2 spans, 500 per 1,000 words · Loaded_Language 1, Name_Calling 1" in out

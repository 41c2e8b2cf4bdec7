"""The shipped persuasion model: it loads from the package, is small, and finds spans whose
offsets point at their text."""

from __future__ import annotations

import pytest

from corroborate.persuasion import TECHNIQUES, find_spans
from corroborate.persuasion.model import FILES, MODEL_DIR, load

LOADED = ("The brutal regime and its murderous thugs crushed the peaceful protesters, "
          "a shameful massacre that will never be forgotten.")


def test_persuasion_model_is_shipped_small_and_documented():
    size = sum((MODEL_DIR / (name + ".xz")).stat().st_size for name in FILES.values())
    assert size < 5_000_000
    meta = load().meta
    assert meta.info["crossval"]["folds"] == 5
    assert meta.info["crossval"]["si"]["F1"] > 0.3


def test_persuasion_spans_point_at_their_text(nlp):
    doc = nlp(LOADED + "\n\nThe meeting was held on Tuesday in the town hall.")
    spans = find_spans(doc)
    assert spans
    for s in spans:
        assert doc.text[s.start : s.end] == s.text
        assert s.technique in TECHNIQUES
        if s.target is not None:
            assert doc.text[s.target.start : s.target.end] == s.target.text
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_persuasion_loaded_words_are_found(nlp):
    doc = nlp(LOADED)
    covered = {t.i for s in find_spans(doc) for t in doc.char_span(s.start, s.end, alignment_mode="expand")}
    loaded = {t.i for t in doc if t.lower_ in ("brutal", "murderous", "thugs", "crushed", "shameful", "massacre")}
    assert len(covered & loaded) >= 3


@pytest.mark.parametrize("text", ["", "   \n  ", "Hello"])
def test_persuasion_spans_of_tiny_documents(nlp, text):
    for s in find_spans(nlp(text)):
        assert text[s.start : s.end] == s.text


def test_persuasion_spans_in_extract_records(nlp):
    from corroborate.pipeline import analyse_doc
    from corroborate.records import Document

    rec = analyse_doc(Document(id="x", text=LOADED), nlp(LOADED)).to_dict()
    assert rec["spans"]
    assert all(LOADED[s["start"] : s["end"]] == s["text"] for s in rec["spans"])

"""Quotes in the document record: the pipeline fills them, in text order, in the corroborate/1
layout of RECORDS.md. Text written for these tests."""

from __future__ import annotations

from corroborate.pipeline import extract
from corroborate.records import Document

TEXT = (
    "Riot police detained 40 students in Minsk on Tuesday, according to the Viasna rights group.\n\n"
    "“They took my brother from the library,” said Olga Petrova, a nurse. “Nobody told us where.”\n\n"
    "A police spokesman said the students had blocked a road."
)


def test_quotes_records_pipeline_fills_quotes_in_text_order(nlp):
    (record,) = extract([Document(id="t", text=TEXT)])
    out = record.to_dict()["quotes"]
    assert [q["cue"] for q in out] == ["according to", "said", "said"]
    assert [q["direct"] for q in out] == [False, True, False]
    assert [q["start"] for q in out] == sorted(q["start"] for q in out)
    for q in out:
        assert set(q) == {"speaker", "cue", "text", "start", "end", "direct"}
        assert set(q["speaker"]) >= {"text", "start", "end", "name", "sector", "country", "id"}
        assert TEXT[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
    assert out[1]["text"] == "They took my brother from the library, Nobody told us where."
    assert out[1]["speaker"]["name"] == "Olga Petrova"
    assert out[2]["text"] == "the students had blocked a road"

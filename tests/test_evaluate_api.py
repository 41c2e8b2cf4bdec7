"""The public face of corroborate.evaluate: gold locations, gold errors and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.errors import GoldError
from corroborate.evaluate import KINDS, gold_documents, report, score


def test_evaluate_kinds() -> None:
    assert KINDS == ("articles", "case", "plover", "polnear", "ptc")


def test_evaluate_gold_documents_of_an_articles_folder(tmp_path: Path) -> None:
    for doc_id in ("b", "a", "c"):
        (tmp_path / f"{doc_id}.json").write_text(json.dumps({"id": doc_id, "text": "Hi."}), encoding="utf-8")
    for doc_id in ("a", "b"):
        (tmp_path / f"{doc_id}.gold.json").write_text(
            json.dumps({"id": doc_id, "events": []}), encoding="utf-8"
        )
    assert gold_documents("articles", tmp_path) == [tmp_path / "a.json", tmp_path / "b.json"]
    assert gold_documents("articles", tmp_path / "b.gold.json") == [tmp_path / "b.json"]


@pytest.mark.parametrize(
    ("kind", "name"), [("case", "gold.tsv"), ("plover", "gold.jsonl"), ("ptc", "labels.tsv")]
)
def test_evaluate_gold_documents_of_a_folder_or_its_gold_file(kind: str, name: str, tmp_path: Path) -> None:
    (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "documents.jsonl").write_text("", encoding="utf-8")
    assert gold_documents(kind, tmp_path) == [tmp_path / "documents.jsonl"]
    assert gold_documents(kind, tmp_path / name) == [tmp_path / "documents.jsonl"]


def test_evaluate_missing_gold_raises_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold.jsonl in this folder"):
        gold_documents("polnear", tmp_path)
    with pytest.raises(GoldError, match=r"no <id>\.gold\.json files"):
        score("articles", tmp_path, [])
    with pytest.raises(GoldError, match="no such file or folder"):
        score("case", tmp_path / "nowhere", [])
    (tmp_path / "gold.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(GoldError, match="no documents.jsonl"):
        gold_documents("plover", tmp_path)


def test_evaluate_malformed_gold_raises_gold_error_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "d.gold.json").write_text('{"id": "d", "events": [', encoding="utf-8")
    with pytest.raises(GoldError, match=r"d\.gold\.json: is not valid JSON"):
        score("articles", tmp_path, [])
    (tmp_path / "gold.jsonl").write_text('{"id": "s1", "type": "AID"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.jsonl:2: is not valid JSON"):
        score("plover", tmp_path, [])


def test_evaluate_unknown_kind_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown kind of gold 'quotes'"):
        score("quotes", tmp_path, [])


def test_evaluate_report_ends_with_a_summary_line(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "s1", "type": "AID"}) + "\n", encoding="utf-8")
    res = score("plover", tmp_path, [{"id": "s1", "events": [{"type": "AID", "confidence": 1.0}]}])
    text = report("plover", res)
    assert "AID" in text
    assert (
        text.splitlines()[-1]
        == "plover top_type_accuracy=1.00 any_type_recall=1.00 (n=1 sentences, 1 gold events)"
    )

"""Scoring one label per snippet or sentence: CASE 2021 classes and PLOVER event types."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corroborate.evaluate import score


def top(sub_event_type: str | None, confidence: float = 0.9, type_: str = "PROTEST") -> dict[str, Any]:
    acled = {"event_type": "Protests", "sub_event_type": sub_event_type} if sub_event_type else None
    return {"type": type_, "acled": acled, "confidence": confidence}


@pytest.fixture
def case_gold(tmp_path: Path) -> Path:
    lines = ["id\tSubType", "case-1\tARREST", "case-2\tARREST", "case-3\tPEACE_PROTEST", "case-4\tDIPLO"]
    (tmp_path / "gold.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_evaluate_case_weighted_f1_by_hand(case_gold: Path) -> None:
    records = [
        {"id": "case-1", "events": [top("Arrests")]},
        {"id": "case-2", "events": [top("Arrests", 0.2), top("Peaceful protest", 0.8)]},  # the top one counts
        {"id": "3", "events": [top("Peaceful protest")]},  # ids without the prefix are accepted
        {"id": "case-4", "events": [top("Arrests")]},  # DIPLO is outside ACLED: NONE gold
    ]
    res = score("case", case_gold, records)
    # ARREST: tp 1, pred 2, gold 2 -> F1 0.5; PEACE_PROTEST: tp 1, pred 2, gold 1 -> P .5, R 1, F1 2/3
    assert res["per_class"]["ARREST"]["F1"] == pytest.approx(0.5)
    assert res["per_class"]["PEACE_PROTEST"]["F1"] == pytest.approx(2 / 3)
    assert res["weighted_F1"] == pytest.approx((0.5 * 2 + 2 / 3 * 1) / 3)
    assert res["macro_F1"] == pytest.approx((0.5 + 2 / 3) / 2)
    assert res["accuracy"] == 0.5
    assert res["n_gold_none"] == 1


def test_evaluate_case_no_event_predicts_none(case_gold: Path) -> None:
    records = [
        {"id": "case-4", "events": []},
        {"id": "case-1", "events": [top("Excessive force against protestors")]},
    ]
    res = score("case", case_gold / "gold.tsv", records)
    assert res["accuracy"] == 0.25  # only DIPLO -> NONE is right
    assert res["per_class"]["FORCE_AGAINST_PROTEST"]["n_pred"] == 1  # the older spelling is read
    assert res["notes"]["snippets without a record"] == 2


def test_evaluate_plover_top_type_and_any_type(tmp_path: Path) -> None:
    rows = [{"id": "s1", "type": "PROTEST"}, {"id": "s2", "type": "ACCUSE"}, {"id": "s2", "type": "REQUEST"},
            {"id": "s3", "type": "COERCE"}]  # fmt: skip
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    records = [
        {"id": "s1", "events": [top(None, 0.9, "PROTEST")]},
        {"id": "s2", "events": [top(None, 0.4, "ACCUSE"), top(None, 0.8, "THREATEN")]},
        {"id": "s3", "events": []},
    ]
    res = score("plover", tmp_path, records)
    assert res["top_type_accuracy"] == pytest.approx(1 / 3)
    assert res["any_type_recall"] == pytest.approx(2 / 4)
    assert res["per_type"]["ACCUSE"] == {"gold": 1, "top": 0, "any": 1}
    assert res["confusions"] == {"ACCUSE -> THREATEN": 1, "COERCE -> None": 1}

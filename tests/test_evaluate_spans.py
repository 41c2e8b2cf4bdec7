"""Scoring spans: PTC propaganda techniques (official SI formula) and PolNeAR quotes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corroborate.evaluate import score
from corroborate.evaluate.ptc import merge_spans

ARTICLE = "x" * 100


def write_ptc(folder: Path, labels: list[tuple[str, str, int, int]], doc_ids: list[str]) -> Path:
    (folder / "labels.tsv").write_text(
        "".join(f"{a}\t{t}\t{s}\t{e}\n" for a, t, s, e in labels), encoding="utf-8"
    )
    docs = [{"id": f"article{d}", "text": ARTICLE} for d in doc_ids]
    (folder / "documents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return folder


def test_evaluate_ptc_merges_overlapping_spans_only() -> None:
    assert merge_spans([(15, 30), (10, 20), (30, 35), (50, 60)]) == [(10, 30), (30, 35), (50, 60)]


def test_evaluate_ptc_si_formula_by_hand(tmp_path: Path) -> None:
    folder = write_ptc(tmp_path, [("1", "Loaded_Language", 10, 20), ("1", "Doubt", 15, 30)], ["1", "2"])
    spans = [
        {"start": 12, "end": 18, "technique": "Loaded_Language"},
        {"start": 25, "end": 35, "technique": "Doubt"},
    ]
    res = score(
        "ptc", folder, [{"id": "article1", "text": ARTICLE, "spans": spans}, {"id": "2", "spans": []}]
    )
    si, tech = res["si"], res["technique"]
    # gold merges into (10, 30); P = (6/6 + 5/10) / 2, R = (6/20 + 5/20) / 1
    assert (si["n_pred"], si["n_gold"]) == (2, 1)
    assert si["P"] == pytest.approx(0.75)
    assert si["R"] == pytest.approx(0.55)
    assert si["F1"] == pytest.approx(2 * 0.75 * 0.55 / 1.3)
    # per technique: Loaded (12,18) in (10,20): 1 and 6/10; Doubt (25,35) vs (15,30): 5/10 and 5/15
    assert tech["P"] == pytest.approx(0.75)
    assert tech["R"] == pytest.approx((0.6 + 1 / 3) / 2)
    assert res["per_technique"]["Doubt"]["R"] == pytest.approx(1 / 3)


def test_evaluate_ptc_invalid_spans_count_as_wrong(tmp_path: Path) -> None:
    folder = write_ptc(tmp_path, [("1", "Doubt", 10, 20)], ["1"])
    spans = [{"start": 10, "end": 20, "technique": "Doubt"}, {"start": 20, "end": 10, "technique": "Doubt"}]
    res = score("ptc", folder / "labels.tsv", [{"id": "article1", "spans": spans}])
    assert (res["si"]["P"], res["si"]["R"]) == (0.5, 1.0)
    assert res["notes"]["spans without valid offsets (counted as wrong)"] == 1


def test_evaluate_ptc_nothing_to_find_and_nothing_found_is_perfect(tmp_path: Path) -> None:
    folder = write_ptc(tmp_path, [], ["1"])
    assert score("ptc", folder, [{"id": "article1", "spans": []}])["si"]["F1"] == 1.0


POLITICS = "\ufeffThe senator said the plan \u201cwill fail,\u201d and aides believed her."


def write_polnear(folder: Path, quotes: list[dict[str, Any]]) -> Path:
    (folder / "documents.jsonl").write_text(
        json.dumps({"id": "p1", "text": POLITICS}) + "\n", encoding="utf-8"
    )
    (folder / "gold.jsonl").write_text(json.dumps({"id": "p1", "quotes": quotes}) + "\n", encoding="utf-8")
    return folder


def gold_quote(content: str, speaker: str, direct: bool) -> dict[str, Any]:
    s, k = POLITICS.find(content), POLITICS.find(speaker)
    return {"speaker": speaker, "cue": "said", "text": content, "start": s, "end": s + len(content),
            "speaker_start": k, "speaker_end": k + len(speaker), "direct": direct}  # fmt: skip


def test_evaluate_polnear_overlap_of_half_the_shorter(tmp_path: Path) -> None:
    folder = write_polnear(
        tmp_path,
        [
            gold_quote("the plan \u201cwill fail,\u201d", "The senator", False),
            gold_quote("her", "aides", False),
        ],
    )
    content = POLITICS.find("the plan")
    senator = POLITICS.find("The senator")
    pred = [
        {"speaker": {"text": "She", "start": senator, "end": senator + 3, "name": "She"}, "start": content,
         "end": content + 12},  # 12 of 21 characters: more than half
        {"speaker": None, "start": POLITICS.find("believed"), "end": len(POLITICS)},  # "her" is 3 of 12: enough
    ]  # fmt: skip
    res = score("polnear", folder, [{"id": "p1", "text": POLITICS, "quotes": pred}])
    assert (res["quotes"]["tp"], res["quotes"]["P"], res["quotes"]["R"]) == (2, 1.0, 1.0)
    assert (res["speaker"]["correct"], res["speaker"]["n"]) == (1, 2)  # speaker span overlap counts


def test_evaluate_polnear_too_small_overlap_does_not_match(tmp_path: Path) -> None:
    folder = write_polnear(tmp_path, [gold_quote("the plan \u201cwill fail,\u201d", "The senator", True)])
    content = POLITICS.find("the plan")
    res = score(
        "polnear",
        folder,
        [{"id": "p1", "text": POLITICS, "quotes": [{"start": content - 20, "end": content + 5}]}],
    )
    assert res["quotes"]["tp"] == 0
    assert res["direct_recall"]["acc"] == 0.0


def test_evaluate_polnear_offsets_of_a_respaced_text_are_mapped(tmp_path: Path) -> None:
    folder = write_polnear(tmp_path, [gold_quote("the plan \u201cwill fail,\u201d", "The senator", True)])
    text = POLITICS.lstrip("\ufeff").replace("\u201c", '"').replace("\u201d", '"').replace(" said", "  said")
    content = text.find("the plan")
    pred = [
        {"speaker": {"text": "The senator", "name": "The senator"}, "start": content, "end": text.find("and")}
    ]
    res = score("polnear", folder, [{"id": "p1", "text": text, "quotes": pred}])
    assert res["quotes"]["F1"] == 1.0
    assert res["speaker"]["acc"] == 1.0
    assert res["notes"]["record text differs from source in whitespace/quotes only (offsets mapped)"] == 1

"""Quotes on PolNeAR's own dev split (84 articles of ../shared/data/polnear), scored like
`corroborate eval polnear`: a quick guard for the quote finder alone. The full 924 articles are
scored by `corroborate eval polnear ../shared/data/polnear` (see the README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.evaluate import score
from corroborate.quotes import find_quotes

pytestmark = pytest.mark.slow

# Measured on this split when the floors were set; like quality/floors.json, they only go up.
FLOORS = {"quotes.F1": 0.78, "speaker.acc": 0.84, "direct_recall.acc": 0.91}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_quotes_polnear_dev_split_scores_above_floors(nlp, shared, tmp_path):
    corpus = shared / "data" / "polnear"
    gold = [row for row in _rows(corpus / "gold.jsonl") if row.get("split") == "dev"]
    ids = {row["id"] for row in gold}
    docs = [d for d in _rows(corpus / "documents.jsonl") if d["id"] in ids]
    assert len(docs) == len(gold) > 50
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
    (tmp_path / "documents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    records = [
        {"id": d["id"], "text": d["text"], "quotes": [q.to_dict() for q in find_quotes(doc)]}
        for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True)
    ]
    result = score("polnear", tmp_path, records)
    measured = {
        "quotes.F1": result["quotes"]["F1"],
        "speaker.acc": result["speaker"]["acc"],
        "direct_recall.acc": result["direct_recall"]["acc"],
    }
    print("PolNeAR dev split:", {k: round(v, 4) for k, v in measured.items()})
    below = {k: (round(v, 4), FLOORS[k]) for k, v in measured.items() if v < FLOORS[k]}
    assert not below, f"PolNeAR dev split below floors (measured, floor): {below}"

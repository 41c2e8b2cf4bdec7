"""Scoring the PLOVER gold standard records: the event type of single sentences.

Two numbers: how often the highest-confidence event has a gold type of its sentence (top-type
accuracy), and how many gold events some event of the record matches in type (any-type recall).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from corroborate.errors import GoldError
from corroborate.evaluate.common import get, items, read_jsonl, records_by_id, top_event


def read_gold(gold_file: Path) -> dict[str, list[str]]:
    """The gold event types of each sentence id (a sentence may carry several events)."""
    gold: dict[str, list[str]] = {}
    for n, row in enumerate(read_jsonl(gold_file), 1):
        if not isinstance(row.get("type"), str):
            raise GoldError(f"{gold_file}:{n}", 'has no event "type"; is it the PLOVER gold.jsonl?')
        gold.setdefault(str(row.get("id")), []).append(row["type"])
    if not gold:
        raise GoldError(str(gold_file), "has no gold events")
    return gold


def score_plover(gold_file: Path, records: list[Any]) -> dict[str, Any]:
    """Top-type accuracy, any-type recall, both per gold type, and the commonest confusions."""
    notes: Counter[str] = Counter()
    by_id = records_by_id(records, notes)
    gold = read_gold(gold_file)
    per_type: dict[str, Counter[str]] = {}
    confusions: Counter[str] = Counter()
    top_ok = any_ok = n_events = 0
    for doc_id, types in gold.items():
        rec = by_id.get(doc_id)
        if rec is None:
            notes["sentences without a record"] += 1
        events = items(get(rec, "events"))
        if rec is not None and not events:
            notes["records with no event"] += 1
        top_type = get(top_event(rec), "type")
        top_hit = top_type in types
        top_ok += top_hit
        for t in types:
            n_events += 1
            hit = any(get(e, "type") == t for e in events)
            any_ok += hit
            per_type.setdefault(t, Counter()).update(gold=1, top=int(top_hit), any=int(hit))
        if not top_hit:
            confusions[f"{types[0]} -> {top_type}"] += 1
    notes["records not in the gold set (ignored)"] = len(set(by_id) - set(gold))
    return {
        "n_docs": len(gold),
        "n_gold_events": n_events,
        "top_type_accuracy": top_ok / len(gold),
        "any_type_recall": any_ok / n_events,
        "per_type": {t: dict(v) for t, v in sorted(per_type.items())},
        "confusions": dict(confusions.most_common()),
        "notes": dict(notes),
    }

"""Scoring CASE 2021 Task 2: the class of each news snippet, through the ACLED export.

The prediction for a snippet is the ``acled.sub_event_type`` of its highest-confidence event,
read back as a CASE code; no event, or a sub-type outside the 25, predicts NONE. The five CASE
classes outside ACLED count as NONE gold. Weighted F1 (by gold support) and macro F1 run over the
25 ACLED classes, accuracy over every snippet.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from corroborate.errors import GoldError
from corroborate.evaluate.common import get, prf, records_by_id, top_event

NONE = "NONE"

CASE_CODES: dict[str, str] = {  # CASE 2021 code -> ACLED sub_event_type
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}


def acled_key(sub_event_type: Any) -> str | None:
    """A sub-event type as a lookup key: case and spacing ignored, and ACLED's older spelling
    "protestors" read as "protesters"."""
    if not isinstance(sub_event_type, str):
        return None
    return " ".join(sub_event_type.casefold().replace("protestors", "protesters").split())


_CODE_OF = {acled_key(v): k for k, v in CASE_CODES.items()}


def case_id(x: object) -> str:
    """Snippet ids with their ``case-`` prefix, whichever way a side writes them."""
    s = str(x)
    return s if s.startswith("case-") else f"case-{s}"


def read_gold(gold_file: Path) -> list[tuple[str, str]]:
    """``(snippet id, code)`` of each line of ``gold.tsv`` (header skipped)."""
    try:
        with open(gold_file, encoding="utf-8", newline="") as f:
            rows = [
                r
                for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if len(r) >= 2 and r[0] != "id"
            ]
    except OSError as e:
        raise GoldError(str(gold_file), f"cannot be read ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise GoldError(str(gold_file), f"is not UTF-8 text ({e.reason} at byte {e.start})") from e
    if not rows:
        raise GoldError(str(gold_file), "has no <id><TAB><code> lines; is it the CASE 2021 gold.tsv?")
    return [(case_id(r[0]), r[-1].strip()) for r in rows]


def score_case(gold_file: Path, records: list[Any]) -> dict[str, Any]:
    """Per-class P/R/F1, weighted and macro F1 over the 25 ACLED classes, and accuracy."""
    notes: Counter[str] = Counter()
    by_id = {case_id(k): v for k, v in records_by_id(records, notes).items()}
    gold = read_gold(gold_file)
    pairs: list[tuple[str, str]] = []  # (gold code, predicted code)
    for rid, code in gold:
        rec = by_id.get(rid)
        if rec is None:
            notes["snippets without a record"] += 1
        top = top_event(rec)
        pred = _CODE_OF.get(acled_key(get(top, "acled", "sub_event_type")), NONE)
        if top is not None and pred == NONE:
            notes["top events with no ACLED sub-type of the 25 (taken as NONE)"] += 1
        pairs.append((code if code in CASE_CODES else NONE, pred))
    notes["records not in the gold set (ignored)"] = len(set(by_id) - {rid for rid, _ in gold})

    per_class = {}
    for c in CASE_CODES:
        tp = sum(1 for g, p in pairs if g == p == c)
        per_class[c] = prf(tp, sum(1 for _, p in pairs if p == c), sum(1 for g, _ in pairs if g == c))
        per_class[c]["F1"] = per_class[c]["F1"] or 0.0  # a class never predicted nor gold scores 0
    support = {c: v["n_gold"] for c, v in per_class.items()}
    total = sum(support.values())
    present = [c for c in CASE_CODES if support[c]]
    return {
        "n": len(pairs),
        "n_gold_none": sum(1 for g, _ in pairs if g == NONE),
        "weighted_F1": sum(per_class[c]["F1"] * support[c] for c in CASE_CODES) / total if total else None,
        "macro_F1": sum(per_class[c]["F1"] for c in present) / len(present) if present else None,
        "accuracy": sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else None,
        "per_class": per_class,
        "notes": dict(notes),
    }

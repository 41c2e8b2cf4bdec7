"""Scoring against hand-made article readings (the gold format at the end of RECORDS.md).

A predicted event matches a gold event when its evidence span overlaps one of the gold's evidence
sentences (located in the record's text) and its type is the gold type or one of ``alt_types``;
the matching is one-to-one and, among gold events of one sentence, prefers the one whose fields
the prediction gets right. Optional gold events are matched after the required ones, and a
prediction they take counts neither as a hit nor as a false alarm. Over matched pairs each field
the gold sets is scored; quotes and loaded-language spans are scored where the gold lists them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from corroborate.errors import GoldError
from corroborate.evaluate.common import (
    Record,
    Span,
    as_list,
    get,
    items,
    overlap,
    prf,
    ratio,
    read_json,
    records_by_id,
    span,
    text_of,
)
from corroborate.evaluate.matching import max_matching
from corroborate.evaluate.names import entity_matches, tokens
from corroborate.evaluate.quotes import GoldQuote, quote_scores
from corroborate.evaluate.text import locate, locate_all

GOLD_SUFFIX = ".gold.json"
FIELDS = ("date", "location", "actor", "target", "counts", "factuality", "claimed_by")

# How fine each precision is; a week (its value is its Monday) is finer than a month, not a day.
PRECISION_RANK = {"year": 1.0, "month": 2.0, "week": 2.5, "day": 3.0}
PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}  # "2019", "2019-11", "2019-11-20"
PLACE_WORDS = frozenset({"province", "city", "ostan", "county"})  # "Tehran Province" is "Tehran"
MAX_AGREEMENT = 9


def gold_files(gold: Path) -> list[Path]:
    """The ``<id>.gold.json`` files of an articles gold folder (or the one file given), sorted."""
    if gold.is_file() and gold.name.endswith(GOLD_SUFFIX):
        return [gold]
    if not gold.is_dir():
        raise GoldError(str(gold), f"not a folder of <id>.json and <id>{GOLD_SUFFIX} files")
    found = sorted(gold.glob("*" + GOLD_SUFFIX))
    if not found:
        raise GoldError(str(gold), f"no <id>{GOLD_SUFFIX} files in this folder; is it the articles gold?")
    return found


DOCUMENT_SUFFIXES = (".json", ".txt", ".html", ".htm")


def document_of(gold_file: Path) -> Path:
    """The document beside ``<id>.gold.json``: ``<id>.json``, else ``<id>.txt`` or ``<id>.html``
    (the first that exists; ``<id>.json`` when none does)."""
    stem = gold_file.name[: -len(GOLD_SUFFIX)]
    for suffix in DOCUMENT_SUFFIXES:
        candidate = gold_file.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return gold_file.with_name(stem + ".json")


# ---------------------------------------------------------------- fields


def date_ok(gold: str, pred: Any) -> bool:
    """The predicted value starts with the gold ISO string, at the gold's precision or finer:
    gold "2019-11" accepts "2019-11" (month) and "2019-11-20" (day), not "2019" (year)."""
    value, prec = get(pred, "value"), get(pred, "precision")
    if not isinstance(value, str):
        return False
    if not isinstance(prec, str) or prec not in PRECISION_RANK:  # no valid precision: read it off the value
        prec = PRECISION_OF_LENGTH.get(len(value))
    need = PRECISION_OF_LENGTH.get(len(gold), "day")
    return value.startswith(gold) and PRECISION_RANK.get(prec or "", 0) >= PRECISION_RANK[need]


def place_key(name: Any) -> str | None:
    """A place name as sorted words, without words like "province"; None when nothing is left."""
    words = [w for w in tokens(name) if w not in PLACE_WORDS]
    return " ".join(sorted(words)) or None


def location_ok(gold: Any, pred: Any) -> bool:
    """Same country (when the gold gives one), and the gold place (or admin1, when it names no
    place) as the predicted place or admin1."""
    if not isinstance(pred, dict):
        return False
    gc, pc = get(gold, "country"), pred.get("country")
    if gc and (not isinstance(pc, str) or pc.strip().upper() != str(gc).strip().upper()):
        return False
    want = place_key(get(gold, "place") or get(gold, "admin1"))
    return want is None or want in {place_key(pred.get("place")), place_key(pred.get("admin1"))}


def number(x: Any) -> float | None:
    """A count as a float ("1,500" reads as 1500); None when it is no number."""
    if isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    try:
        return float(str(x).replace(",", ""))
    except ValueError:
        return None


def gold_counts(gold: dict[str, Any]) -> list[tuple[str, Any]]:
    counts = gold.get("counts")
    return [(k, v) for k, v in counts.items() if v is not None] if isinstance(counts, dict) else []


def agreement(pred: dict[str, Any], gold: dict[str, Any]) -> int:
    """How many of the gold's fields the prediction gets right (capped): it decides which of the
    gold events of one sentence a prediction stands for."""
    n = int(pred.get("type") == gold.get("type"))
    n += sum(number(get(pred, "counts", k)) == number(v) for k, v in gold_counts(gold))
    if gold.get("date"):
        n += date_ok(str(gold["date"]), get(pred, "date"))
    for field, pred_field in (("actor", "actor"), ("target", "recipient")):
        if gold.get(field):
            n += entity_matches(gold[field], items(get(pred, pred_field)))
    return min(n, MAX_AGREEMENT)


def field_verdicts(gold: dict[str, Any], pred: Any) -> dict[str, list[bool]]:
    """Right or wrong for each field the gold event sets (several for counts)."""
    out: dict[str, list[bool]] = defaultdict(list)
    if gold.get("date"):
        out["date"].append(date_ok(str(gold["date"]), get(pred, "date")))
    loc = gold.get("location")
    if isinstance(loc, dict) and any(loc.get(k) for k in ("place", "admin1", "country")):
        out["location"].append(location_ok(loc, get(pred, "location")))
    for field, pred_field in (("actor", "actor"), ("target", "recipient")):
        if gold.get(field):
            out[field].append(entity_matches(gold[field], items(get(pred, pred_field))))
    if gold.get("source_of_claim"):
        out["claimed_by"].append(entity_matches(gold["source_of_claim"], items([get(pred, "claimed_by")])))
    for k, v in gold_counts(gold):
        want = number(v)
        out["counts"].append(want is not None and number(get(pred, "counts", k)) == want)
    if gold.get("factuality"):
        out["factuality"].append(get(pred, "factuality") == gold["factuality"])
    return out


# ---------------------------------------------------------------- events


def gold_types(gold: dict[str, Any]) -> list[Any]:
    return [gold.get("type"), *as_list(gold.get("alt_types"))]


def event_candidates(
    preds: list[Any], golds: list[dict[str, Any]], ranges: list[list[Span]], typed: bool
) -> dict[int, list[tuple[float, int]]]:
    """``{pred: [(score, gold), ...]}`` for evidence overlaps (and, when ``typed``, type agreement).

    The score is the field agreement plus the share of the predicted evidence that overlaps: the
    gold whose fields the prediction gets right wins, the overlap breaks ties."""
    cands: dict[int, list[tuple[float, int]]] = {}
    for pi, ev in enumerate(preds):
        ev_span, out = span(get(ev, "evidence")), []
        for gi, g in enumerate(golds):
            if ev_span is None or not ranges[gi]:
                continue
            ov = max(overlap(ev_span, r) for r in ranges[gi])
            ev_type = get(ev, "type")
            if ov and (not typed or (ev_type is not None and ev_type in gold_types(g))):
                out.append((agreement(ev, g) + ov / max(1, ev_span[1] - ev_span[0]), gi))
        cands[pi] = out
    return cands


def match_events(
    preds: list[Any], golds: list[dict[str, Any]], ranges: list[list[Span]], typed: bool
) -> tuple[dict[int, int], int]:
    """Pairs ``{gold: pred}`` with required golds, and how many of the other predictions optional
    golds take (those are neither hits nor false alarms)."""
    cands = event_candidates(preds, golds, ranges, typed)
    required = {p: [c for c in cs if not golds[c[1]].get("optional")] for p, cs in cands.items()}
    pairs = max_matching(required)
    used = set(pairs.values())
    optional = {p: [c for c in cs if golds[c[1]].get("optional")] for p, cs in cands.items() if p not in used}
    return pairs, len(max_matching(optional))


# ---------------------------------------------------------------- one document, then all


def _read_gold(gold_file: Path) -> tuple[str, dict[str, Any], Any]:
    """The document id, the gold reading and the document's text (None without <id>.json)."""
    gold = read_json(gold_file)
    gold = gold if isinstance(gold, dict) else {"events": gold}
    doc_file = document_of(gold_file)
    # only a JSON document carries a text the scorer can fall back on when a record is missing
    doc = read_json(doc_file) if doc_file.exists() and doc_file.suffix == ".json" else {}
    doc_id = str(gold.get("id") or gold_file.name[: -len(GOLD_SUFFIX)])
    return doc_id, gold, get(doc, "text")


def score_articles(gold: Path, records: list[Any]) -> dict[str, Any]:
    """Events, detection, fields, quotes and loaded language over an articles gold folder."""
    notes: Counter[str] = Counter()
    by_id: dict[str, Record] = records_by_id(records, notes)
    not_found: list[str] = []
    fields: dict[str, list[bool]] = defaultdict(list)
    c: Counter[str] = Counter()
    seen: set[str] = set()
    for gold_file in gold_files(gold):
        doc_id, reading, source_text = _read_gold(gold_file)
        seen.add(doc_id)
        rec = by_id.get(doc_id)
        if rec is None:
            notes["gold documents without a record"] += 1
        elif not isinstance(rec.get("text"), str):
            notes["records without text (source text used)"] += 1
        text = text_of(rec, source_text)
        c["docs"] += 1

        golds = items(reading.get("events"))
        ranges = []
        for g in golds:
            sentences = [g.get("evidence"), *as_list(g.get("evidence_more"))]
            ranges.append([r for s in sentences for r in locate_all(text, s)])  # a sentence may occur twice
            not_found += [f"{doc_id}: {str(s)[:70]}" for s in sentences if s and not locate(text, s)]
        preds = as_list(get(rec, "events"))
        pairs, n_opt = match_events(preds, golds, ranges, typed=True)
        c["tp"] += len(pairs)
        c["pred"] += len(preds) - n_opt
        c["gold"] += sum(1 for g in golds if not g.get("optional"))
        det_pairs, det_opt = match_events(preds, golds, ranges, typed=False)
        c["det_tp"] += len(det_pairs)
        c["det_pred"] += len(preds) - det_opt
        for gi, pi in pairs.items():
            for field, verdicts in field_verdicts(golds[gi], preds[pi]).items():
                fields[field] += verdicts

        if isinstance(reading.get("quotes"), list):
            gq: list[GoldQuote] = []
            for q in items(reading["quotes"]):
                r = locate(text, q.get("text"))
                if r is None and q.get("text"):
                    not_found.append(f"{doc_id}: quote {str(q.get('text'))[:60]}")
                fragments = [r] if r else []
                gq.append(
                    {
                        "fragments": fragments,
                        "speaker": q.get("speaker"),
                        "speaker_span": None,
                        "direct": q.get("direct"),
                    }
                )
            pq = as_list(get(rec, "quotes"))
            tp, speaker, _ = quote_scores(gq, pq, [span(q) for q in pq])
            c["q_tp"] += tp
            c["q_pred"] += len(pq)
            c["q_gold"] += len(gq)
            fields["speaker"] += speaker

        if isinstance(reading.get("loaded_language"), list):
            _loaded_language(
                doc_id, text, reading["loaded_language"], as_list(get(rec, "spans")), c, not_found
            )

    notes["records not in the gold folder (ignored)"] = len(set(by_id) - seen)
    notes["gold sentences/quotes/spans not found in the text"] = len(not_found)
    return {
        "documents": c["docs"],
        "events": prf(c["tp"], c["pred"], c["gold"]),
        "detection": prf(c["det_tp"], c["det_pred"], c["gold"]),
        "type_accuracy_of_detected": ratio(min(c["tp"], c["det_tp"]), c["det_tp"]),
        "fields": {k: ratio(sum(fields[k]), len(fields[k])) for k in FIELDS},
        "quotes": dict(
            prf(c["q_tp"], c["q_pred"], c["q_gold"]),
            speaker=ratio(sum(fields["speaker"]), len(fields["speaker"])),
        ),
        "loaded_language": _loaded_language_prf(c),
        "notes": dict(notes),
        "not_found": not_found,
    }


def _loaded_language(
    doc_id: str, text: Any, gold: list[Any], pred_spans: list[Any], c: Counter[str], not_found: list[str]
) -> None:
    """Count loaded-language hits: every occurrence of a gold string is gold, any overlap is a hit,
    and recall counts each gold string once."""
    occurrences = {s: locate_all(text, s) for s in gold if isinstance(s, str)}
    not_found += [f"{doc_id}: loaded language {s[:60]}" for s, rs in occurrences.items() if not rs]
    gold_ranges = [r for rs in occurrences.values() for r in rs]
    ps = [span(x) for x in pred_spans]
    c["ll_pred"] += len(ps)
    c["ll_pred_ok"] += sum(1 for p in ps if p and any(overlap(p, r) for r in gold_ranges))
    c["ll_gold"] += len(occurrences)
    c["ll_gold_ok"] += sum(
        1 for rs in occurrences.values() if any(p and overlap(p, r) for p in ps for r in rs)
    )


def _loaded_language_prf(c: Counter[str]) -> dict[str, Any]:
    # Precision counts predicted spans, recall gold strings: the two have different units, so tp
    # is not one number and prf() does not apply.
    p = c["ll_pred_ok"] / c["ll_pred"] if c["ll_pred"] else None
    r = c["ll_gold_ok"] / c["ll_gold"] if c["ll_gold"] else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if c["ll_pred"] or c["ll_gold"] else None)
    return {"P": p, "R": r, "F1": f, "n_pred": c["ll_pred"], "n_gold": c["ll_gold"]}

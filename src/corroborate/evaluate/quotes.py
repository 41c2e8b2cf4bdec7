"""Scoring quotes: PolNeAR attributions, and the quotes of the article gold.

A predicted quote matches a gold one (one-to-one) when their spans overlap by at least half the
shorter of the two; a discontinuous gold content counts the overlap with each of its fragments.
A matched quote has the right speaker when the speaker's name agrees with the gold one, or its
span overlaps the gold speaker's span (PolNeAR marks speakers in the text, often as pronouns).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, TypedDict

from corroborate.errors import GoldError
from corroborate.evaluate.common import (
    Record,
    Span,
    as_int,
    as_list,
    get,
    items,
    overlap,
    prf,
    ratio,
    read_jsonl,
    records_by_id,
    source_texts,
)
from corroborate.evaluate.matching import max_matching
from corroborate.evaluate.names import entity_matches
from corroborate.evaluate.text import mapped_span, offset_map


class GoldQuote(TypedDict):
    fragments: list[Span]  # empty when the gold text was not found
    speaker: Any  # a name, or None when the gold gives none
    speaker_span: Span | None
    direct: Any


def match_quotes(golds: list[GoldQuote], pred_spans: list[Span | None]) -> dict[int, int]:
    """Pairs ``{gold: pred}`` of quotes overlapping by at least half the shorter one."""
    cands: dict[int, list[tuple[float, int]]] = {}
    for pi, ps in enumerate(pred_spans):
        cands[pi] = []
        for gi, g in enumerate(golds):
            if ps is None or not g["fragments"]:
                continue
            ov = sum(overlap(ps, f) for f in g["fragments"])
            shorter = min(ps[1] - ps[0], sum(e - s for s, e in g["fragments"]))
            if ov and ov >= 0.5 * shorter:
                cands[pi].append((ov, gi))
    return max_matching(cands)


def quote_scores(
    golds: list[GoldQuote], pred_quotes: list[Any], pred_spans: list[Span | None]
) -> tuple[int, list[bool], list[bool]]:
    """The number of matches, the speaker verdict of each match whose gold names a speaker, and
    for each direct gold quote whether it was matched."""
    pairs = match_quotes(golds, pred_spans)
    speaker = [
        entity_matches(golds[g]["speaker"], items([get(pred_quotes[p], "speaker")]), golds[g]["speaker_span"])
        for g, p in pairs.items()
        if golds[g]["speaker"]
    ]
    direct = [g in pairs for g, q in enumerate(golds) if q["direct"]]
    return len(pairs), speaker, direct


def _offsets(q: dict[str, Any], where: str) -> list[Span]:
    pieces = q.get("fragments") or [[q.get("start"), q.get("end")]]
    out: list[Span] = []
    for piece in as_list(pieces):
        s, e = (as_int(x) for x in piece) if isinstance(piece, list) and len(piece) == 2 else (None, None)
        if s is None or e is None:
            raise GoldError(where, f"a quote has no integer start/end offsets: {str(q)[:80]}")
        out.append((s, e))
    return out


def _gold_quotes(row: dict[str, Any], where: str) -> list[GoldQuote]:
    out: list[GoldQuote] = []
    for q in items(row.get("quotes")):
        s, e = as_int(q.get("speaker_start")), as_int(q.get("speaker_end"))
        out.append(
            {
                "fragments": _offsets(q, where),
                "speaker": q.get("speaker"),
                "speaker_span": (s, e) if s is not None and e is not None else None,
                "direct": q.get("direct"),
            }
        )
    return out


def score_polnear(gold_file: Path, records: list[Any]) -> dict[str, Any]:
    """Quote P/R/F1, speaker accuracy over matches and recall of direct quotes (PolNeAR layout)."""
    notes: Counter[str] = Counter()
    by_id: dict[str, Record] = records_by_id(records, notes)
    sources = source_texts(gold_file.parent)
    gold_rows = read_jsonl(gold_file)
    c: Counter[str] = Counter()
    speaker: list[bool] = []
    direct: list[bool] = []
    for n, row in enumerate(gold_rows, 1):
        doc_id = str(row.get("id"))
        rec = by_id.get(doc_id)
        if rec is None:
            notes["documents without a record"] += 1
        gq = _gold_quotes(row, f"{gold_file}:{n}")
        pq = as_list(get(rec, "quotes"))
        fmap = offset_map(get(rec, "text"), sources.get(doc_id), notes)
        tp, sp, dr = quote_scores(gq, pq, [mapped_span(q, fmap) for q in pq])
        c["tp"] += tp
        c["pred"] += len(pq)
        c["gold"] += len(gq)
        speaker += sp
        direct += dr
    notes["records not in the gold set (ignored)"] = len(set(by_id) - {str(r.get("id")) for r in gold_rows})
    return {
        "documents": len(gold_rows),
        "quotes": prf(c["tp"], c["pred"], c["gold"]),
        "speaker": ratio(sum(speaker), len(speaker)),
        "direct_recall": ratio(sum(direct), len(direct)),
        "notes": dict(notes),
    }

"""Scoring persuasion spans against the SemEval-2020 Task 11 PTC labels.

Span identification (SI) is scored as the task's official scorer does it: within an article,
overlapping gold spans are merged into one, and so are overlapping predicted spans; then each
predicted span earns the share of itself that gold covers (precision) and each gold span the share
of itself that predictions cover (recall), so a partial hit earns partial credit. The
technique-aware variant merges and compares spans of one technique at a time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from corroborate.errors import GoldError
from corroborate.evaluate.common import Span, get, overlap, records_by_id, source_texts
from corroborate.evaluate.text import mapped_span, offset_map

# A span without valid offsets still counts as a prediction (a wrong one): it is scored as this
# one-character span in an article no gold can have.
INVALID = "__invalid__"


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """The union of spans that share a character (touching spans stay apart), sorted."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def si_score(pred: Mapping[Any, list[Span]], gold: Mapping[Any, list[Span]]) -> dict[str, Any]:
    """The official SI formula over ``{article: disjoint spans}``:
    P = sum over predicted spans p of |p & gold| / |p|, divided by the number of predicted spans;
    R likewise over gold spans. P or R is 0 with nothing to divide by; F1 is 1 when both sides
    are empty (nothing to find, nothing found)."""
    n_pred = sum(len(v) for v in pred.values())
    n_gold = sum(len(v) for v in gold.values())
    num_p = num_r = 0.0
    for art, spans in pred.items():
        for ps in spans:
            for gs in gold.get(art, []):
                ov = overlap(ps, gs)
                num_p += ov / (ps[1] - ps[0])
                num_r += ov / (gs[1] - gs[0])
    p = num_p / n_pred if n_pred else 0.0
    r = num_r / n_gold if n_gold else 0.0
    f = 1.0 if not n_pred and not n_gold else (2 * p * r / (p + r) if p > 0 and r > 0 else 0.0)
    return {"P": p, "R": r, "F1": f, "n_pred": n_pred, "n_gold": n_gold}


def ptc_id(x: object) -> str:
    """An article id without its ``article`` prefix (documents have it, labels.tsv does not)."""
    s = str(x)
    return s[len("article") :] if s.startswith("article") else s


def read_labels(labels_file: Path) -> dict[str, list[tuple[str, int, int]]]:
    """``{article: [(technique, start, end), ...]}`` from ``labels.tsv``."""
    try:
        lines = labels_file.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldError(str(labels_file), f"cannot be read ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise GoldError(str(labels_file), f"is not UTF-8 text ({e.reason} at byte {e.start})") from e
    gold: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for n, line in enumerate(lines, 1):
        cols = line.rstrip("\r").split("\t")
        if len(cols) == 4 and cols[2].isdigit() and cols[3].isdigit():
            if int(cols[2]) >= int(cols[3]):
                raise GoldError(f"{labels_file}:{n}", f"span {cols[2]}-{cols[3]} is empty")
            gold[ptc_id(cols[0])].append((cols[1], int(cols[2]), int(cols[3])))
    return gold


def score_ptc(labels_file: Path, records: list[Any]) -> dict[str, Any]:
    """SI P/R/F1, the technique-aware variant, and each technique on its own."""
    notes: Counter[str] = Counter()
    by_id = {ptc_id(k): v for k, v in records_by_id(records, notes).items()}
    gold = read_labels(labels_file)
    sources = {ptc_id(k): v for k, v in source_texts(labels_file.parent).items()}
    if not gold and not sources:
        raise GoldError(str(labels_file), "has no <id><TAB><technique><TAB><start><TAB><end> lines")
    articles = set(sources) or set(gold)  # documents.jsonl also lists the articles with no gold span

    pred_all: dict[str, list[Span]] = {}
    pred_tech: dict[tuple[str, str | None], list[Span]] = {}
    gold_all: dict[str, list[Span]] = {}
    gold_tech: dict[tuple[str, str], list[Span]] = {}
    n_invalid = 0
    for art in articles:
        labels = gold.get(art, [])
        gold_all[art] = merge_spans((s, e) for _, s, e in labels)
        for t in {t for t, _, _ in labels}:
            gold_tech[(art, t)] = merge_spans((s, e) for tt, s, e in labels if tt == t)
        rec = by_id.get(art)
        if rec is None:
            notes["articles without a record"] += 1
            continue
        fmap = offset_map(get(rec, "text"), sources.get(art), notes)
        spans: list[Span] = []
        by_tech: dict[str | None, list[Span]] = defaultdict(list)
        pred_spans = get(rec, "spans")
        for sp in pred_spans if isinstance(pred_spans, list) else []:
            s = mapped_span(sp, fmap)
            if s is None:
                n_invalid += 1
                continue
            spans.append(s)
            technique = get(sp, "technique")
            by_tech[technique if isinstance(technique, str) else None].append(s)
        pred_all[art] = merge_spans(spans)
        for tech, ss in by_tech.items():
            pred_tech[(art, tech)] = merge_spans(ss)
    notes["records not in the gold set (ignored)"] = len(set(by_id) - articles)
    notes["spans without valid offsets (counted as wrong)"] = n_invalid

    invalid = {INVALID: [(0, 1)] * n_invalid}
    techniques = sorted({t for _, t in gold_tech} | {t for _, t in pred_tech if t})
    return {
        "articles": len(articles),
        "si": si_score({**pred_all, **invalid}, gold_all),
        "technique": si_score({**pred_tech, **invalid}, gold_tech),
        "per_technique": {
            t: si_score(
                {k: v for k, v in pred_tech.items() if k[1] == t},
                {k: v for k, v in gold_tech.items() if k[1] == t},
            )
            for t in techniques
        },
        "notes": dict(notes),
    }

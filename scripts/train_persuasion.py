"""Train the shipped persuasion model on the PTC corpus and print its cross-validated scores.

    .venv/bin/python scripts/train_persuasion.py [PTC_DIR] [--out DIR] [--no-cache]

PTC_DIR defaults to ../shared/data/ptc (documents.jsonl + labels.tsv). Steps:

1. parse every article with the extractor's spaCy pipeline (cached on disk after the first run);
2. 5-fold cross-validation by article (seed 20261127): a model per fold, trained without it;
3. choose the three decoding thresholds that maximise the out-of-fold span-identification F1
   (a grid), then the gap that joins two spans (only these four numbers are chosen on the
   out-of-fold predictions, the weights never see the articles they are scored on);
4. print the SemEval-2020 SI and technique-aware P/R/F1 of the out-of-fold predictions;
5. train on all articles and write tagger/sentence/technique.crfsuite and meta.json to
   src/corroborate/persuasion/model/ (or --out).

Deterministic: the folds come from the seed, CRFsuite's L-BFGS has no random start, and the
grid is searched in a fixed order. Takes about 4 minutes on two cores (parsing is cached).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
import time
from pathlib import Path

from corroborate.evaluate import report, score
from corroborate.evaluate.ptc import merge_spans, si_score
from corroborate.persuasion import training
from corroborate.persuasion.crossval import CrossValidation
from corroborate.persuasion.model import FILES, MODEL_DIR, Decoding, Meta, decode_sentence

ROOT = Path(__file__).resolve().parents[1]
GRID = {
    "token": (0.25, 0.3, 0.35, 0.4, 0.45),
    "weight": (0.0, 0.2, 0.4, 0.6),
    "sentence": (0.6, 0.7, 0.8, 0.9, 1.01),
}
GAPS = (1, 2, 3)


def si_f1(cv: CrossValidation, dec: Decoding) -> float:
    """Out-of-fold SI F1 of one decoding (no technique labels needed)."""
    pred, gold = {}, {}
    for p in cv.predictions:
        art = p.article
        doc, spans = art.doc, []
        for sent, sc in zip(art.features.sents, p.scores, strict=True):
            for first, last in decode_sentence(art.features, sent, sc, dec):
                a, b = doc[sent.tokens[first]], doc[sent.tokens[last]]
                spans.append((a.idx, b.idx + len(b)))
        pred[art.id] = merge_spans(spans)
        gold[art.id] = merge_spans((s, e) for _, s, e in art.labels)
    return float(si_score(pred, gold)["F1"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ptc", nargs="?", default=str(ROOT.parent / "shared" / "data" / "ptc"))
    ap.add_argument("--out", default=str(MODEL_DIR), help="folder to write the model to")
    ap.add_argument("--no-cache", action="store_true", help="parse again even when cached")
    args = ap.parse_args(argv)
    ptc = Path(args.ptc)

    t0 = time.perf_counter()
    arts = training.articles(ptc, cache=not args.no_cache)
    t_parse = time.perf_counter() - t0
    n_tokens = sum(len(s.tokens) for a in arts for s in a.features.sents)
    print(f"{len(arts)} articles, {n_tokens:,} tokens, {sum(len(a.labels) for a in arts):,} gold spans; "
          f"parsed in {t_parse:.0f} s", file=sys.stderr)

    t0 = time.perf_counter()
    with CrossValidation(arts, training.FOLDS, training.SEED) as cv:
        t_cv = time.perf_counter() - t0
        print(f"cross-validation: {training.FOLDS} folds trained in {t_cv:.0f} s", file=sys.stderr)
        grid = [Decoding(t, w, s) for t, w, s in itertools.product(GRID["token"], GRID["weight"], GRID["sentence"])]
        results = [(si_f1(cv, d), d) for d in grid]
        best_f1, best = max(results, key=lambda r: r[0])
        # then the gap that joins two spans, at the thresholds chosen (a second, small grid)
        for gap in GAPS:
            dec = dataclasses.replace(best, gap=gap)
            f1 = si_f1(cv, dec)
            if f1 > best_f1:
                best_f1, best = f1, dec
        print(f"decoding chosen on out-of-fold SI F1: {best} -> {best_f1:.4f}", file=sys.stderr)
        res = score("ptc", ptc, cv.records(best))
    print(report("ptc", res))

    t0 = time.perf_counter()
    cv_scores = {
        "si": {k: round(v, 4) for k, v in res["si"].items()},
        "technique": {k: round(v, 4) for k, v in res["technique"].items()},
        "per_technique_F1": {t: round(v["F1"], 4) for t, v in res["per_technique"].items()},
    }
    meta = Meta(decoding=best, info={
        "model": "corroborate persuasion spans",
        "training_data": "PTC v2 train part (SemEval-2020 Task 11), the 300 dev articles of ../shared/data/ptc",
        "articles": len(arts),
        "gold_spans": sum(len(a.labels) for a in arts),
        "crossval": {"folds": training.FOLDS, "seed": training.SEED, **cv_scores},
        "params": {"tagger": training.TAGGER_PARAMS, "sentence": training.SENTENCE_PARAMS,
                   "technique": training.TECHNIQUE_PARAMS},
    })
    out = Path(args.out)
    training.train(arts, out, meta, compress=True)
    t_train = time.perf_counter() - t0
    size = sum((out / (f + ".xz")).stat().st_size for f in FILES.values())
    print(f"trained on all {len(arts)} articles in {t_train:.0f} s; model {size / 1e6:.2f} MB in {out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()

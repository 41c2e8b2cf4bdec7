"""Cross-validation by article on the PTC corpus: every article is predicted by a model that
was trained without it (``corroborate eval ptc`` scores these predictions).

The articles are dealt into folds with a fixed seed (:func:`training.folds`); for each fold a
model is trained on the other folds in a temporary folder, then predicts the fold's articles.
Two folds train at a time in forked worker processes (CRFsuite training is single-threaded and
CI machines have two cores); the forked workers inherit the parsed articles instead of
receiving a copy.
"""

from __future__ import annotations

import multiprocessing
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Decoding, Model, RawSpan, SentenceScores
from .training import FOLDS, SEED, Article, articles, folds, train

WORKERS = 2

# what the forked workers read: set just before the pool starts, cleared after
_JOB: dict[str, Any] = {}


def _train_fold(k: int) -> int:
    arts: Sequence[Article] = _JOB["articles"]
    fold_of: dict[str, int] = _JOB["folds"]
    train([a for a in arts if fold_of[a.id] != k], Path(_JOB["root"]) / f"fold{k}")
    return k


@dataclass
class FoldPredictions:
    """Out-of-fold scores of every article, with the fold models that made them (valid while the
    ``CrossValidation`` is open)."""

    article: Article
    scores: list[SentenceScores]
    model: Model


class CrossValidation:
    """Trains the fold models once; decodes their scores as often as asked. A context manager:
    the fold models live in a temporary folder removed on exit."""

    def __init__(self, arts: Sequence[Article], k: int = FOLDS, seed: int = SEED, workers: int = WORKERS) -> None:
        self.articles = list(arts)
        self.k = k
        self.fold_of = folds([a.id for a in self.articles], k, seed)
        self._tmp = tempfile.TemporaryDirectory(prefix="corroborate-cv-")
        root = Path(self._tmp.name)
        for a in self.articles:  # once here, not once per fold in each worker
            a.features.token_features()
            a.features.sentence_features()
        _JOB.update(articles=self.articles, folds=self.fold_of, root=root)
        try:
            if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
                ctx = multiprocessing.get_context("fork")
                with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
                    list(pool.map(_train_fold, range(k)))
            else:
                for f in range(k):
                    _train_fold(f)
        finally:
            _JOB.clear()
        models = [Model(root / f"fold{f}") for f in range(k)]
        self.predictions = [
            FoldPredictions(a, models[self.fold_of[a.id]].scores(a.features), models[self.fold_of[a.id]])
            for a in self.articles
        ]

    def __enter__(self) -> CrossValidation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._tmp.cleanup()

    def raw_spans(self, decoding: Decoding | None = None) -> list[tuple[Article, list[RawSpan]]]:
        return [(p.article, p.model.raw_spans(p.article.features, p.scores, decoding)) for p in self.predictions]

    def records(self, decoding: Decoding | None = None) -> list[dict[str, Any]]:
        """Record dicts ``{"id", "text", "spans"}`` of every article (id with its ``article``
        prefix, as ``documents.jsonl`` has it)."""
        from .model import load

        dec = decoding or load().meta.decoding
        out = []
        for art, spans in self.raw_spans(dec):
            doc, sents = art.doc, art.features.sents
            out_spans = []
            for rs in spans:
                first = doc[sents[rs.sentence].tokens[rs.first]]
                last = doc[sents[rs.sentence].tokens[rs.last]]
                start, end = first.idx, last.idx + len(last)
                out_spans.append({"text": art.text[start:end], "start": start, "end": end,
                                  "technique": rs.technique, "target": None})
            out.append({"id": f"article{art.id}", "text": art.text, "spans": out_spans})
        return out


def crossval_records(ptc_dir: Path, folds: int = FOLDS, seed: int = SEED) -> list[dict[str, Any]]:
    """Record dicts (id, text, spans) for every PTC article, each predicted by a model trained
    without that article's fold, decoded with the shipped model's thresholds."""
    with CrossValidation(articles(Path(ptc_dir)), folds, seed) as cv:
        return cv.records()

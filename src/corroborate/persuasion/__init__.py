"""Persuasion language: spans of the 14 SemEval-2020 Task 11 techniques, learnt from the PTC corpus.

    features.py   token, sentence and span features of a parsed document (spaCy Doc)
    lexicon.py    general-English word lists (intensifiers, insults, fear, flag, doubt, ...)
    sentiment.py  published sentiment lexicons (VADER, pattern) as features: how strongly a word feels
    model.py      the shipped model (model/: three CRFsuite files + meta.json) and decoding
    targets.py    whom loaded language and name calling are said of
    summary.py    counts per technique and density per document
    training.py   the PTC corpus, parsing it, training targets, training
    crossval.py   cross-validation by article (``corroborate eval ptc``)

Retrain with ``python scripts/train_persuasion.py ../shared/data/ptc`` (MODEL_CARD.md says more).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..records import Span
from .model import TECHNIQUES, load
from .summary import summary

__all__ = ["TECHNIQUES", "crossval_records", "find_spans", "summary"]


def find_spans(doc: Doc) -> list[Span]:
    """The persuasion spans of a parsed document, in text order, each with its technique and,
    for loaded language and name calling, the entity it targets where the syntax shows it."""
    return load().find_spans(doc)


def crossval_records(ptc_dir: Path, folds: int = 5, seed: int = 20261127) -> list[dict[str, Any]]:
    """Record dicts (id, text, spans) for every PTC article, each predicted by a model trained
    without that article's fold (see :mod:`corroborate.persuasion.crossval`)."""
    from .crossval import crossval_records as run

    return run(Path(ptc_dir), folds, seed)

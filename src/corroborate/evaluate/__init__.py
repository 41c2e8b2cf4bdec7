"""Scoring corroborate's output against gold readings: the scoring half of ``corroborate eval``.

Five gold layouts (``KINDS``), each in its own module:

    articles   hand-made readings in the RECORDS.md gold format     articles.py
    case       CASE 2021 Task 2 snippet classes, via the ACLED export  case.py
    plover     PLOVER gold standard sentences, event type           plover.py
    polnear    PolNeAR attributions, quotes                         quotes.py
    ptc        SemEval-2020 Task 11 propaganda spans                ptc.py

Records are the JSON form of ``extract``'s output (dicts), so a live run and ``eval --predictions
FILE`` go through the same code. The numbers agree with the reference scorer ``shared/eval/score.py``.
A gold location that cannot be used raises :class:`~corroborate.errors.GoldError`; a prediction
that is malformed only counts as wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from corroborate.errors import GoldError
from corroborate.evaluate import report as _report
from corroborate.evaluate.articles import document_of, gold_files, score_articles
from corroborate.evaluate.case import score_case
from corroborate.evaluate.plover import score_plover
from corroborate.evaluate.ptc import score_ptc
from corroborate.evaluate.quotes import score_polnear

__all__ = ["KINDS", "evaluate", "gold_documents", "report", "score"]

KINDS: tuple[str, ...] = ("articles", "case", "plover", "polnear", "ptc")

DOCUMENTS = "documents.jsonl"
GOLD_FILE = {"case": "gold.tsv", "plover": "gold.jsonl", "polnear": "gold.jsonl", "ptc": "labels.tsv"}

_SCORERS: dict[str, Callable[[Path, list[Any]], dict[str, Any]]] = {
    "articles": score_articles,
    "case": score_case,
    "plover": score_plover,
    "polnear": score_polnear,
    "ptc": score_ptc,
}


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of gold {kind!r}; one of {', '.join(KINDS)}")


def _gold_file(kind: str, gold: Path) -> Path:
    """The gold file of a non-article layout, given its folder or the file itself."""
    name = GOLD_FILE[kind]
    path = gold / name if gold.is_dir() else gold
    if not path.is_file():
        where = f"no {name} in this folder" if gold.is_dir() else "no such file or folder"
        raise GoldError(str(gold), f"{where}; `eval {kind}` needs the folder holding {DOCUMENTS} and {name}")
    return path


def gold_documents(kind: str, gold: Path) -> list[Path]:
    """The document inputs to feed ``extract`` for this gold location.

    For ``articles``, a folder of ``<id>.json`` + ``<id>.gold.json`` (or one ``<id>.gold.json``):
    the ``<id>.json`` files that have a gold file beside them, sorted. For the others, the folder
    holding ``documents.jsonl`` and the gold file (or the gold file itself): ``[documents.jsonl]``.
    """
    _check_kind(kind)
    gold = Path(gold)
    if kind == "articles":
        docs = [document_of(g) for g in gold_files(gold)]
        found = [d for d in docs if d.is_file()]
        if not found:
            raise GoldError(str(gold), "no <id>.json document beside any <id>.gold.json file")
        return found
    documents = _gold_file(kind, gold).parent / DOCUMENTS
    if not documents.is_file():
        raise GoldError(str(documents.parent), f"no {DOCUMENTS} beside the gold file {GOLD_FILE[kind]}")
    return [documents]


def score(kind: str, gold: Path, records: list[dict[str, Any]]) -> dict[str, Any]:
    """All numbers for ``records`` (output record dicts, RECORDS.md) against the gold at ``gold``.

    ``gold`` is the gold folder, or the gold file itself. The result has the same keys as the
    reference scorer's ``--json`` output, plus ``notes`` on anything unusual in the records.
    """
    _check_kind(kind)
    gold = Path(gold)
    target = gold if kind == "articles" else _gold_file(kind, gold)
    return _SCORERS[kind](target, list(records))


def report(kind: str, result: dict[str, Any]) -> str:
    """A human-readable table of ``result``, with a one-line summary as its last line."""
    _check_kind(kind)
    return "\n".join(_report.REPORTS[kind](result))


def evaluate(
    kind: str, gold: Path, on_error: Callable[[Any], None], progress: Callable[[], None] | None = None
) -> dict[str, Any]:
    """Extract the gold's documents and score them: ``corroborate eval`` without the printing.

    ``on_error`` receives each :class:`~corroborate.errors.InputError` of the documents;
    ``progress`` is called once per document analysed.
    """
    from corroborate.ingest import iter_documents
    from corroborate.pipeline import analyse

    if kind == "ptc":
        # persuasion spans are learnt from this very corpus: each article is predicted by a
        # model trained without it (cross-validation by article), never by the shipped model
        from corroborate.persuasion import crossval_records

        ptc_dir = _gold_file(kind, Path(gold)).parent
        cv_records = crossval_records(ptc_dir)
        if progress is not None:
            for _ in cv_records:
                progress()
        return score(kind, Path(gold), cv_records)

    docs = iter_documents([str(p) for p in gold_documents(kind, Path(gold))], on_error=on_error)
    records = []
    for rec in analyse(docs, on_error):
        records.append(rec.to_dict())
        if progress is not None:
            progress()
    return score(kind, Path(gold), records)

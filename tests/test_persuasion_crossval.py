"""Cross-validation by article: folds are fixed by the seed, and no article is ever predicted
by a model that was trained on it."""

from __future__ import annotations

import json
from pathlib import Path

from corroborate.evaluate import score
from corroborate.persuasion import crossval, training

ARTICLES = [
    "The brutal regime crushed the protest.\nIts thugs beat students.\nWill they ever stop?",
    "The council met on Monday.\nIt approved the budget for the year.",
    "Our great nation must never surrender to these traitors!\nThey are criminals.",
    "Rain fell in the north.\nFarmers said the harvest was normal.",
    "The corrupt clique lies every day.\nNobody believes their shameful propaganda.",
    "The library opened a new wing.\nVisitors came in the afternoon.",
]


def _corpus(folder: Path) -> Path:
    rows, labels = [], []
    for n, text in enumerate(ARTICLES):
        rows.append(json.dumps({"id": f"article{n}", "text": text}))
        for word, tech in (("brutal", "Loaded_Language"), ("thugs", "Name_Calling,Labeling"),
                           ("traitors", "Name_Calling,Labeling"), ("shameful", "Loaded_Language")):
            if word in text:
                s = text.index(word)
                labels.append(f"{n}\t{tech}\t{s}\t{s + len(word)}")
    (folder / "documents.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return folder


def test_persuasion_folds_are_fixed_and_cover_every_article():
    ids = [str(i) for i in range(300)]
    a, b = training.folds(ids, 5, 20261127), training.folds(list(reversed(ids)), 5, 20261127)
    assert a == b
    assert sorted(a) == sorted(ids)
    assert sorted(set(a.values())) == [0, 1, 2, 3, 4]
    assert all(55 <= list(a.values()).count(k) <= 65 for k in range(5))


def test_persuasion_crossval_never_trains_on_the_scored_article(nlp, tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    trained_on: dict[str, set[str]] = {}
    real_train = crossval.train

    def spy(arts, out, *args, **kwargs):  # type: ignore[no-untyped-def]
        trained_on[Path(out).name] = {a.id for a in arts}
        return real_train(arts, out, *args, **kwargs)

    monkeypatch.setattr(crossval, "train", spy)
    arts = training.articles(folder, cache=False)
    with crossval.CrossValidation(arts, k=3, seed=7, workers=1) as cv:
        records = cv.records()
        for art in arts:
            assert art.id not in trained_on[f"fold{cv.fold_of[art.id]}"]
            assert len(trained_on[f"fold{cv.fold_of[art.id]}"]) == len(arts) - sum(
                1 for a in arts if cv.fold_of[a.id] == cv.fold_of[art.id])
    assert [r["id"] for r in records] == [f"article{n}" for n in range(len(ARTICLES))]
    for rec in records:
        for s in rec["spans"]:
            assert rec["text"][s["start"] : s["end"]] == s["text"]
    result = score("ptc", folder, records)
    assert 0.0 <= result["si"]["F1"] <= 1.0
    assert result["articles"] == len(ARTICLES)

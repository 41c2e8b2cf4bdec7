"""corroborate's own scorer gives the reference scorer's numbers (shared/eval/score.py).

For each gold layout under ../shared/data, synthetic predictions are derived from the gold with a
seeded random generator: some items copied, some shifted, retyped, renamed or dropped, some
malformed, some records with a differently spaced or quoted text. Both scorers read the same
predictions file; every number they report must agree.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from corroborate.evaluate import gold_documents, report, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "data"
REFERENCE = SHARED / "eval" / "score.py"

PLOVER_TYPES = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"]  # fmt: skip
ACLED_SUBTYPES = ["Abduction/forced disappearance", "Agreement", "Air/drone strike", "Armed clash", "Arrests",
                  "Shelling/artillery/missile attack", "Attack", "Change to group/activity", "Chemical weapon",
                  "Disrupted weapons use", "Excessive force against protesters", "Government regains territory",
                  "Grenade", "Headquarters or base established", "Mob violence",
                  "Non-state actor overtakes territory", "Non-violent transfer of territory", "Other",
                  "Peaceful protest", "Looting/property destruction", "Protest with intervention",
                  "Remote explosive/landmine/IED", "Sexual violence", "Suicide bomb", "Violent demonstration"]  # fmt: skip
TECHNIQUES = ["Loaded_Language", "Name_Calling,Labeling", "Doubt", "Repetition", "Flag-Waving"]
ALIAS_SWAPS = {"MEK": "PMOI", "Government of Iran": "the mullahs", "security forces": "Basij"}


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    if not REFERENCE.is_file():
        pytest.skip("../shared not found: the evaluation data is not in this clone")
    spec = importlib.util.spec_from_file_location("corroborate_reference_score", REFERENCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_predictions(tmp_path: Path, records: list[Any]) -> tuple[Path, list[Any]]:
    """The predictions as a file for the reference scorer, and as read back for ours."""
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return out, read_jsonl(out)


def assert_agree(mine: Any, theirs: Any, where: str = "result") -> None:
    """Same structure, same strings, numbers within 1e-9 (bools count as 0/1); zero notes ignored."""
    if isinstance(theirs, dict):
        assert isinstance(mine, dict), where
        if where.endswith(".notes"):
            mine = {k: v for k, v in mine.items() if v}
            theirs = {k: v for k, v in theirs.items() if v}
        assert set(mine) == set(theirs), f"{where}: keys {sorted(set(mine) ^ set(theirs))}"
        for k in theirs:
            assert_agree(mine[k], theirs[k], f"{where}.{k}")
    elif isinstance(theirs, (list, tuple)):
        assert isinstance(mine, (list, tuple)) and len(mine) == len(theirs), where
        for i, (a, b) in enumerate(zip(mine, theirs, strict=True)):
            assert_agree(a, b, f"{where}[{i}]")
    elif isinstance(theirs, (int, float)) and not isinstance(theirs, str):
        assert isinstance(mine, (int, float)), f"{where}: {mine!r} vs {theirs!r}"
        assert abs(mine - theirs) <= 1e-9, f"{where}: {mine!r} vs {theirs!r}"
    else:
        assert mine == theirs, f"{where}: {mine!r} vs {theirs!r}"


# ---------------------------------------------------------------- changing a text, keeping offsets


def edit_text(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, Callable[[int], int]]:
    """``text`` with non-overlapping ``(start, end, replacement)`` edits, and a map of offsets."""
    pieces, shifts, pos, delta = [], [], 0, 0
    for s, e, rep in sorted(edits):
        pieces += [text[pos:s], rep]
        shifts.append((e, delta + len(rep) - (e - s)))
        delta += len(rep) - (e - s)
        pos = e
    pieces.append(text[pos:])

    def new_offset(i: int) -> int:
        d = 0
        for end, total in shifts:
            if i >= end:
                d = total
        return i + d

    return "".join(pieces), new_offset


def respaced(text: str) -> tuple[str, Callable[[int], int]]:
    """Line breaks doubled and curly quotes straightened: the same text to the normalising eye."""
    edits = [(m.start(), m.end(), "\n\n") for m in re.finditer("\n", text)]
    text2, f = edit_text(text, edits)
    return text2.translate(str.maketrans("\u201c\u201d\u2019", '""\'')), f


def reworded(text: str, rng: random.Random) -> tuple[str, Callable[[int], int]]:
    """A few words dropped and a few inserted: a different text, aligned approximately."""
    words = list(re.finditer(r"\w+", text))
    chosen = sorted(rng.sample(words, min(6, len(words))), key=lambda m: m.start())
    edits = [(m.start(), m.end(), "" if i % 2 else m.group() + " extra") for i, m in enumerate(chosen)]
    return edit_text(text, edits)


def shifted(rng: random.Random, s: int, e: int, limit: int) -> tuple[int, int]:
    s2 = max(0, s + rng.randint(-15, 15))
    e2 = min(limit, e + rng.randint(-15, 15))
    return (s2, e2) if s2 < e2 else (s, e)


# ---------------------------------------------------------------- articles


def entity(name: Any, rng: random.Random) -> list[dict[str, Any]]:
    if not isinstance(name, str) or rng.random() < 0.15:
        return []
    roll = rng.random()
    if roll < 0.5:
        return [{"text": name, "start": 0, "end": 3, "name": name}]
    if roll < 0.7:
        swapped = next((v for k, v in ALIAS_SWAPS.items() if k.casefold() in name.casefold()), name.upper())
        return [{"text": "they", "start": 0, "end": 4, "name": swapped}]
    if roll < 0.85:
        return [{"text": name.split()[-1], "name": None}]
    return [{"text": "someone else", "name": "Ministry of Culture"}]


def date_of(gold: Any, rng: random.Random) -> Any:
    if not isinstance(gold, str) or rng.random() < 0.1:
        return None
    value, roll = gold, rng.random()
    if roll < 0.2:
        value = gold[:4]
    elif roll < 0.4 and len(gold) == 7:
        value = gold + "-1" + str(rng.randint(0, 9))
    elif roll < 0.5:
        value = "1999" + gold[4:]
    precision = {4: "year", 7: "month", 10: "day"}[len(value)]
    if rng.random() < 0.15:
        precision = rng.choice([None, "week", "bogus"])
    return {"text": "then", "start": 0, "end": 4, "value": value, "precision": precision}


def location_of(gold: Any, rng: random.Random) -> Any:
    if not isinstance(gold, dict) or rng.random() < 0.1:
        return None
    loc = dict(gold)
    roll = rng.random()
    if roll < 0.15:
        loc["country"] = "SD"
    elif roll < 0.3:
        loc["place"] = (loc.get("place") or "Karaj") + " Province"
    elif roll < 0.4:
        loc["place"], loc["admin1"] = "Tabriz", "East Azerbaijan"
    elif roll < 0.5 and loc.get("country"):
        loc["country"] = loc["country"].lower() + " "
    return loc


def counts_of(gold: Any, rng: random.Random) -> dict[str, Any]:
    counts = dict(gold) if isinstance(gold, dict) else {}
    for k in list(counts):
        roll = rng.random()
        if roll < 0.2:
            del counts[k]
        elif roll < 0.35 and isinstance(counts[k], int):
            counts[k] += 1
        elif roll < 0.45:
            counts[k] = f"{counts[k]:,}" if isinstance(counts[k], int) else counts[k]
    return counts


def article_event(gold: dict[str, Any], text: str, rng: random.Random) -> dict[str, Any] | None:
    sentences = [gold.get("evidence"), *(gold.get("evidence_more") or [])]
    sentence = rng.choice([s for s in sentences if s])
    i = text.find(sentence)
    if i < 0:
        return None
    s, e = i, i + len(sentence)
    if rng.random() < 0.3:
        s, e = shifted(rng, s, e, len(text))
    roll = rng.random()
    types = [gold["type"], *(gold.get("alt_types") or [])]
    ev_type = (
        gold["type"] if roll < 0.65 else (rng.choice(types) if roll < 0.75 else rng.choice(PLOVER_TYPES))
    )
    factuality = (
        gold.get("factuality") if rng.random() < 0.8 else rng.choice(["reported", "future", "negated"])
    )
    return {
        "id": f"e{rng.random()}",
        "type": ev_type,
        "actor": entity(gold.get("actor"), rng),
        "recipient": entity(gold.get("target"), rng),
        "date": date_of(gold.get("date"), rng),
        "location": location_of(gold.get("location"), rng),
        "counts": counts_of(gold.get("counts"), rng),
        "factuality": factuality,
        "claimed_by": (entity(gold.get("source_of_claim"), rng) or [None])[0],
        "evidence": {"start": s, "end": e},
        "confidence": rng.random(),
    }


def article_record(doc: dict[str, Any], gold: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    text = doc["text"]
    if rng.random() < 0.3:
        text = respaced(text)[0]  # gold sentences are then found by the normalised search only
    events: list[Any] = []
    for g in gold.get("events", []):
        if rng.random() < 0.15:
            continue
        for _ in range(2 if rng.random() < 0.15 else 1):  # a duplicate competes for the same gold
            ev = article_event(g, text, rng)
            if ev is not None:
                events.append(ev)
    for _ in range(rng.randint(0, 4)):  # false alarms somewhere in the text
        s = rng.randrange(0, max(1, len(text) - 200))
        events.append(
            {"type": rng.choice(PLOVER_TYPES), "evidence": {"start": s, "end": s + rng.randint(20, 200)}}
        )
    events += [{"type": "PROTEST", "evidence": {"start": 50, "end": 10}}, "not an event", {"type": "ASSAULT"}]
    rng.shuffle(events)

    quotes: list[Any] = []
    for q in gold.get("quotes", []):
        i = text.find(q["text"])
        if i < 0 or rng.random() < 0.2:
            continue
        s, e = (
            shifted(rng, i, i + len(q["text"]), len(text)) if rng.random() < 0.5 else (i, i + len(q["text"]))
        )
        quotes.append(
            {"speaker": (entity(q.get("speaker"), rng) or [None])[0], "text": text[s:e], "start": s, "end": e}
        )
    quotes.append({"speaker": None, "text": "x", "start": 0, "end": 40})

    spans: list[Any] = []
    for phrase in gold.get("loaded_language", []):
        i = text.find(phrase)
        if i >= 0 and rng.random() < 0.6:
            spans.append(
                {
                    "text": phrase,
                    "start": i + rng.randint(0, 3),
                    "end": i + len(phrase),
                    "technique": "Loaded_Language",
                }
            )
    spans += [{"start": rng.randrange(len(text) - 30), "end": len(text) - 1}, {"start": "a", "end": 4}]
    return {"id": doc["id"], "text": text, "events": events, "quotes": quotes, "spans": spans}


@pytest.mark.parametrize("folder", [DATA / "articles", SHARED / "examples"], ids=["dev", "example"])
def test_evaluate_agrees_with_reference_on_articles(
    folder: Path, reference: ModuleType, tmp_path: Path
) -> None:
    rng = random.Random(20261127)
    records: list[Any] = []
    for gold_file in sorted(folder.glob("*.gold.json")):
        doc = json.loads(
            gold_file.with_name(gold_file.name.replace(".gold.json", ".json")).read_text("utf-8")
        )
        gold = json.loads(gold_file.read_text("utf-8"))
        if rng.random() < 0.1 and len(records) > 2:
            continue  # a document without a record
        records.append(article_record(doc, gold, rng))
    records.append({"id": "not-in-gold", "text": "Nothing here.", "events": []})
    out, reread = write_predictions(tmp_path, records)
    theirs = reference.score_articles(str(out), str(folder))
    mine = score("articles", folder, reread)
    assert theirs["events"]["tp"] > 0 and theirs["events"]["tp"] < theirs["events"]["n_gold"]
    assert_agree(mine, theirs)
    assert report("articles", mine).splitlines()[-1].startswith("events F1=")


def test_evaluate_agrees_with_reference_on_perfect_articles(reference: ModuleType, tmp_path: Path) -> None:
    """Gold events copied as they are, so every field scorer sees right answers too."""
    folder = DATA / "articles"
    records = []
    for doc_file in gold_documents("articles", folder):
        doc = json.loads(doc_file.read_text("utf-8"))
        gold = json.loads(doc_file.with_suffix(".gold.json").read_text("utf-8"))
        events = []
        for g in gold["events"]:
            i = doc["text"].find(g["evidence"])
            events.append({"type": g["type"], "evidence": {"start": i, "end": i + len(g["evidence"])},
                           "actor": [{"name": g["actor"]}], "recipient": [{"name": g["target"]}],
                           "date": {"value": g["date"]}, "location": g["location"], "counts": g["counts"],
                           "factuality": g["factuality"], "claimed_by": {"name": g["source_of_claim"]}})  # fmt: skip
        records.append({"id": doc["id"], "text": doc["text"], "events": events})
    out, reread = write_predictions(tmp_path, records)
    theirs = reference.score_articles(str(out), str(folder))
    mine = score("articles", folder, reread)
    assert_agree(mine, theirs)
    assert mine["events"]["R"] == 1.0


# ---------------------------------------------------------------- case and plover


def event_list(rng: random.Random, top: dict[str, Any]) -> list[Any]:
    events: list[Any] = [dict(top, confidence=0.9)]
    for _ in range(rng.randint(0, 2)):
        other = {"type": rng.choice(PLOVER_TYPES), "acled": {"sub_event_type": rng.choice(ACLED_SUBTYPES)}}
        events.append(dict(other, confidence=rng.choice([0.9, 0.3, "high", None])))
    rng.shuffle(events)
    return events


def test_evaluate_agrees_with_reference_on_case(reference: ModuleType, tmp_path: Path) -> None:
    gold_file = DATA / "case2021" / "gold.tsv"
    if not gold_file.is_file():
        pytest.skip("../shared not found: the evaluation data is not in this clone")
    code_to_sub = {k: v for k, v in reference.ACLED.items()}
    rng = random.Random(20261127)
    records: list[Any] = []
    for line in gold_file.read_text("utf-8").splitlines()[1:]:
        rid, code = line.split("\t")
        roll = rng.random()
        if roll < 0.08:
            continue
        if roll < 0.15:
            records.append({"id": rid, "events": []})
            continue
        sub = code_to_sub.get(code) if rng.random() < 0.6 else rng.choice([*ACLED_SUBTYPES, None, "Riots"])
        if sub and rng.random() < 0.2:
            sub = sub.upper().replace("PROTESTERS", "protestors")
        top = {"type": "PROTEST", "acled": {"event_type": "x", "sub_event_type": sub} if sub else None}
        rid = rid.removeprefix("case-") if rng.random() < 0.2 else rid
        records.append({"id": rid, "events": event_list(rng, top)})
    records += [{"id": "case-999999", "events": []}, {"id": True}]
    out, reread = write_predictions(tmp_path, records)
    theirs = reference.score_case(str(out), str(gold_file))
    mine = score("case", gold_file.parent, reread)
    assert 0 < theirs["accuracy"] < 1
    assert_agree(mine, theirs)
    assert report("case", mine).splitlines()[-1].startswith("case weighted_F1=")


def test_evaluate_agrees_with_reference_on_plover(reference: ModuleType, tmp_path: Path) -> None:
    gold_file = DATA / "plover_gsr" / "gold.jsonl"
    if not gold_file.is_file():
        pytest.skip("../shared not found: the evaluation data is not in this clone")
    rng = random.Random(20261127)
    records: list[Any] = []
    for row in read_jsonl(gold_file):
        roll = rng.random()
        if roll < 0.05:
            continue
        if roll < 0.1:
            records.append({"id": row["id"], "events": []})
            continue
        top_type = row["type"] if rng.random() < 0.6 else rng.choice(PLOVER_TYPES)
        records.append({"id": row["id"], "events": event_list(rng, {"type": top_type})})
    out, reread = write_predictions(tmp_path, records)
    theirs = reference.score_plover(str(out), str(gold_file))
    mine = score("plover", gold_file, reread)
    assert 0 < theirs["top_type_accuracy"] < 1
    assert_agree(mine, theirs)
    assert list(mine["confusions"]) == list(theirs["confusions"])
    assert report("plover", mine).splitlines()[-1].startswith("plover top_type_accuracy=")


# ---------------------------------------------------------------- PolNeAR and PTC


def text_variant(text: str, rng: random.Random, n: int) -> tuple[str, Callable[[int], int]]:
    """The text itself mostly; for a few documents a respaced or reworded one (offsets mapped)."""
    if n % 17 == 3:
        return respaced(text)
    if n % 29 == 5:
        return reworded(text, rng)
    if text.startswith("\ufeff"):
        return edit_text(text, [(0, 1, "")])
    return text, lambda i: i


def test_evaluate_agrees_with_reference_on_polnear(reference: ModuleType, tmp_path: Path) -> None:
    gold_file = DATA / "polnear" / "gold.jsonl"
    if not gold_file.is_file():
        pytest.skip("../shared not found: the evaluation data is not in this clone")
    rng = random.Random(20261127)
    docs = {d["id"]: d["text"] for d in read_jsonl(gold_file.parent / "documents.jsonl")}
    records: list[Any] = []
    for n, row in enumerate(read_jsonl(gold_file)[:150]):
        if rng.random() < 0.05:
            continue
        text, move = text_variant(docs[row["id"]], rng, n)
        quotes: list[Any] = []
        for q in row["quotes"]:
            if rng.random() < 0.25:
                continue
            s, e = (
                shifted(rng, q["start"], q["end"], len(docs[row["id"]]))
                if rng.random() < 0.4
                else (q["start"], q["end"])
            )
            speaker: Any = None
            if q.get("speaker_start") is not None and rng.random() < 0.8:
                ss, se = q["speaker_start"], q["speaker_end"]
                roll = rng.random()
                if roll < 0.4:
                    speaker = {"text": q["speaker"], "start": ss, "end": se, "name": None}
                elif roll < 0.7:
                    speaker = {"text": "x", "name": q["speaker"]}
                else:
                    speaker = {
                        "text": "x",
                        "start": max(0, ss - 40),
                        "end": max(1, ss - 20),
                        "name": "Nobody",
                    }
            quotes.append({"speaker": speaker, "text": "", "start": move(s), "end": move(e), "direct": False})
        quotes.append({"speaker": None, "start": 5, "end": 5})
        records.append({"id": row["id"], "text": text, "quotes": quotes})
    out, reread = write_predictions(tmp_path, records)
    theirs = reference.score_quotes(str(out), str(gold_file))
    mine = score("polnear", gold_file.parent, reread)
    assert 0 < theirs["quotes"]["R"] < 1 and theirs["notes"].get(
        "record text differs from source (offsets mapped approximately)"
    )
    assert_agree(mine, theirs)
    assert report("polnear", mine).splitlines()[-1].startswith("quotes F1=")


def test_evaluate_agrees_with_reference_on_ptc(reference: ModuleType, tmp_path: Path) -> None:
    labels = DATA / "ptc" / "labels.tsv"
    if not labels.is_file():
        pytest.skip("../shared not found: the evaluation data is not in this clone")
    rng = random.Random(20261127)
    docs = {d["id"]: d["text"] for d in read_jsonl(labels.parent / "documents.jsonl")}
    gold: dict[str, list[tuple[str, int, int]]] = {}
    for line in labels.read_text("utf-8").splitlines():
        art, tech, s, e = line.split("\t")
        gold.setdefault(f"article{art}", []).append((tech, int(s), int(e)))
    records: list[Any] = []
    for n, (doc_id, original) in enumerate(sorted(docs.items())):
        if rng.random() < 0.1:
            continue
        text, move = text_variant(original, rng, n)
        spans: list[Any] = []
        for tech, s, e in gold.get(doc_id, []):
            if rng.random() < 0.3:
                continue
            s, e = shifted(rng, s, e, len(original)) if rng.random() < 0.5 else (s, e)
            technique = tech if rng.random() < 0.7 else rng.choice([*TECHNIQUES, None])
            spans.append({"start": move(s), "end": move(e), "technique": technique})
        for _ in range(rng.randint(0, 3)):
            s = rng.randrange(len(original) - 40)
            spans.append(
                {"start": move(s), "end": move(s + rng.randint(1, 40)), "technique": rng.choice(TECHNIQUES)}
            )
        if rng.random() < 0.1:
            spans.append({"start": 10, "end": 2, "technique": "Doubt"})
        rid = doc_id.removeprefix("article") if rng.random() < 0.3 else doc_id
        records.append({"id": rid, "text": text, "spans": spans})
    out, reread = write_predictions(tmp_path, records)
    theirs = reference.score_ptc(str(out), str(labels))
    mine = score("ptc", labels, reread)
    assert 0 < theirs["si"]["F1"] < 1
    assert_agree(mine, theirs)
    assert report("ptc", mine).splitlines()[-1].startswith("ptc SI F1=")


def test_evaluate_matching_agrees_with_reference_on_large_groups(reference: ModuleType) -> None:
    """Groups of more than eight competing predictions take the augmenting-path branch."""
    from corroborate.evaluate.matching import max_matching

    rng = random.Random(20261127)
    for _ in range(300):
        n_pred, n_gold = rng.randint(1, 14), rng.randint(1, 10)
        cands = {
            p: [(float(rng.choice([1, 2, 2.5, 3])), g) for g in range(n_gold) if rng.random() < 0.3]
            for p in range(n_pred)
        }
        assert max_matching(cands) == reference.match(cands)

"""Scoring against the article gold format (RECORDS.md): events, fields, quotes, loaded language.

Every text here is invented for the tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corroborate.evaluate import score
from corroborate.evaluate.articles import date_ok, location_ok

TEXT = (
    "On 12 November 2019 police arrested 40 students in Shiraz, the rights group said.\n"
    "\u201cWe will not be silenced,\u201d said Leila Ahmadi, a student leader.  Thousands of workers "
    "marched in Tabriz the next day. The brutal crackdown continued. Officials threatened\nto fire the strikers."
)
ARREST = "On 12 November 2019 police arrested 40 students in Shiraz, the rights group said."
MARCH = "Thousands of workers marched in Tabriz the next day."
THREAT = "Officials threatened to fire the strikers."  # the text breaks this line


def gold_event(evidence: str, type_: str, **fields: Any) -> dict[str, Any]:
    return {
        "type": type_,
        "alt_types": [],
        "evidence": evidence,
        "evidence_more": [],
        "optional": False,
        **fields,
    }


GOLD_EVENTS = [
    gold_event(
        ARREST, "COERCE", actor="security forces", target="students", date="2019-11-12",
        location={"place": "Shiraz", "admin1": "Fars", "country": "IR"}, counts={"arrested": 40},
        factuality="reported", source_of_claim="rights group",
    ),
    gold_event(MARCH, "PROTEST", actor="workers", date="2019-11", location={"place": "Tabriz", "country": "IR"}),
]  # fmt: skip


def write_gold(folder: Path, events: list[dict[str, Any]], **extra: Any) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "d1.json").write_text(json.dumps({"id": "d1", "text": TEXT}), encoding="utf-8")
    (folder / "d1.gold.json").write_text(
        json.dumps({"id": "d1", "events": events, **extra}), encoding="utf-8"
    )
    return folder


def where(sentence: str) -> dict[str, int]:
    i = TEXT.find(sentence)
    assert i >= 0
    return {"start": i, "end": i + len(sentence)}


def ent(name: str) -> dict[str, Any]:
    return {"text": name, "start": 0, "end": len(name), "name": name}


def right_events() -> list[dict[str, Any]]:
    return [
        {"type": "COERCE", "evidence": where(ARREST), "actor": [ent("police")], "recipient": [ent("40 students")],
         "date": {"value": "2019-11-12", "precision": "day"},
         "location": {"place": "Shiraz", "admin1": "Fars", "country": "IR"}, "counts": {"arrested": 40},
         "factuality": "reported", "claimed_by": ent("the rights group")},
        {"type": "PROTEST", "evidence": where(MARCH), "actor": [ent("workers")],
         "date": {"value": "2019-11-13", "precision": "day"}, "location": {"place": "Tabriz", "country": "IR"}},
    ]  # fmt: skip


def record(events: list[Any], **extra: Any) -> dict[str, Any]:
    return {"id": "d1", "text": TEXT, "events": events, **extra}


def test_evaluate_perfect_prediction_scores_one(tmp_path: Path) -> None:
    res = score("articles", write_gold(tmp_path, GOLD_EVENTS), [record(right_events())])
    assert (res["events"]["P"], res["events"]["R"], res["events"]["F1"]) == (1.0, 1.0, 1.0)
    assert res["detection"]["F1"] == 1.0
    for field in ("date", "location", "actor", "target", "counts", "factuality", "claimed_by"):
        assert res["fields"][field]["acc"] == 1.0, field


def test_evaluate_missing_event_lowers_recall_only(tmp_path: Path) -> None:
    res = score("articles", write_gold(tmp_path, GOLD_EVENTS), [record(right_events()[:1])])
    assert res["events"]["P"] == 1.0
    assert res["events"]["R"] == 0.5


def test_evaluate_wrong_type_does_not_match_but_is_detected(tmp_path: Path) -> None:
    events = right_events()
    events[1]["type"] = "ASSAULT"
    res = score("articles", write_gold(tmp_path, GOLD_EVENTS), [record(events)])
    assert res["events"]["tp"] == 1 and res["events"]["n_pred"] == 2
    assert res["detection"]["tp"] == 2
    assert res["type_accuracy_of_detected"]["acc"] == 0.5


def test_evaluate_alt_type_matches(tmp_path: Path) -> None:
    gold = [dict(GOLD_EVENTS[0], alt_types=["SANCTION"])]
    events = right_events()[:1]
    events[0]["type"] = "SANCTION"
    assert score("articles", write_gold(tmp_path, gold), [record(events)])["events"]["F1"] == 1.0


def test_evaluate_optional_gold_is_neither_rewarded_nor_penalised(tmp_path: Path) -> None:
    gold = [GOLD_EVENTS[0], dict(GOLD_EVENTS[1], optional=True)]
    folder = write_gold(tmp_path, gold)
    found = score("articles", folder, [record(right_events())])
    missed = score("articles", folder, [record(right_events()[:1])])
    for res in (found, missed):
        assert (res["events"]["tp"], res["events"]["n_pred"], res["events"]["n_gold"]) == (1, 1, 1)
        assert res["events"]["F1"] == 1.0


def test_evaluate_event_outside_gold_sentences_is_a_false_alarm(tmp_path: Path) -> None:
    events = [*right_events(), {"type": "ACCUSE", "evidence": where("The brutal crackdown continued.")}]
    res = score("articles", write_gold(tmp_path, GOLD_EVENTS), [record(events)])
    assert res["events"]["P"] == pytest.approx(2 / 3)
    assert res["events"]["R"] == 1.0


@pytest.mark.parametrize(
    ("value", "precision", "ok"),
    [
        ("2019-11-12", "day", True),
        ("2019-11", "month", True),
        ("2019-11-11", "week", True),
        ("2019-11-12", None, True),  # precision read off the value
        ("2019", "year", False),  # coarser than the gold
        ("2019-12-01", "day", False),
        ("2019-11", "bogus", True),
    ],
)
def test_evaluate_date_counts_at_the_gold_precision(value: str, precision: str | None, ok: bool) -> None:
    assert date_ok("2019-11", {"value": value, "precision": precision}) is ok


def test_evaluate_date_day_gold_needs_the_day() -> None:
    assert date_ok("2019-11-12", {"value": "2019-11-12", "precision": "day"})
    assert not date_ok("2019-11-12", {"value": "2019-11-11", "precision": "week"})
    assert not date_ok("2019-11-12", {"value": "2019-11", "precision": "month"})
    assert date_ok("2019", {"value": "2019-06", "precision": "month"})
    assert not date_ok("2019", None)


def test_evaluate_location_needs_country_and_place() -> None:
    gold = {"place": "Shiraz", "admin1": "Fars", "country": "IR"}
    assert location_ok(gold, {"place": "Shiraz", "country": "ir "})
    assert location_ok(gold, {"place": "Shiraz City", "country": "IR"})
    assert location_ok(gold, {"place": None, "admin1": "Shiraz", "country": "IR"})
    assert not location_ok(gold, {"place": "Shiraz", "country": "AF"})
    assert not location_ok(gold, {"place": "Fars", "country": "IR"})  # the gold names a place
    assert not location_ok(gold, None)


def test_evaluate_location_admin1_or_country_only_gold() -> None:
    assert location_ok(
        {"place": None, "admin1": "Fars", "country": "IR"}, {"admin1": "Fars Province", "country": "IR"}
    )
    assert location_ok({"place": None, "admin1": None, "country": "IR"}, {"place": "Tabriz", "country": "IR"})
    assert not location_ok(
        {"place": None, "admin1": None, "country": "IR"}, {"place": "Tabriz", "country": None}
    )


def test_evaluate_counts_are_scored_each_exactly(tmp_path: Path) -> None:
    gold = [dict(GOLD_EVENTS[0], counts={"arrested": 1500, "injured": 3})]
    folder = write_gold(tmp_path, gold)
    events = right_events()[:1]
    events[0]["counts"] = {"arrested": "1,500"}
    res = score("articles", folder, [record(events)])
    assert (res["fields"]["counts"]["correct"], res["fields"]["counts"]["n"]) == (1, 2)


def test_evaluate_fields_are_scored_only_where_gold_sets_them(tmp_path: Path) -> None:
    gold = [gold_event(MARCH, "PROTEST", actor=None, date=None, location=None, counts={}, factuality=None)]
    res = score("articles", write_gold(tmp_path, gold), [record(right_events()[1:])])
    assert res["events"]["F1"] == 1.0
    assert all(v["n"] == 0 and v["acc"] is None for v in res["fields"].values())


def test_evaluate_evidence_with_other_quotes_and_spacing_is_still_located(tmp_path: Path) -> None:
    # the gold has straight quotes and single spaces; the text has curly quotes and a line break
    said = '"We will not be silenced," said Leila Ahmadi, a student leader.'
    gold = [gold_event(said, "REJECT"), gold_event(THREAT, "THREATEN")]
    folder = write_gold(tmp_path, gold)
    start = TEXT.find("\u201cWe")
    threat = TEXT.find("Officials")
    events = [
        {"type": "REJECT", "evidence": {"start": start + 5, "end": start + 30}},
        {"type": "THREATEN", "evidence": {"start": threat, "end": len(TEXT)}},
    ]
    res = score("articles", folder, [record(events)])
    assert res["events"]["F1"] == 1.0
    assert res["not_found"] == []


def test_evaluate_unlocatable_gold_sentence_is_reported(tmp_path: Path) -> None:
    gold = [gold_event("A sentence the article never had.", "PROTEST")]
    res = score("articles", write_gold(tmp_path, gold), [record([])])
    assert res["events"]["R"] == 0.0
    assert res["not_found"] == ["d1: A sentence the article never had."]


def test_evaluate_sentence_with_two_gold_events_pairs_by_fields(tmp_path: Path) -> None:
    both = "Police beat and detained the strikers."
    text_gold = [gold_event(both, "ASSAULT", actor="security forces", alt_types=["COERCE"]),
                 gold_event(both, "COERCE", actor="security forces", counts={"arrested": 3})]  # fmt: skip
    folder = tmp_path
    (folder / "d1.json").write_text(json.dumps({"id": "d1", "text": both}), encoding="utf-8")
    (folder / "d1.gold.json").write_text(json.dumps({"id": "d1", "events": text_gold}), encoding="utf-8")
    # the COERCE prediction could take either gold; it must leave ASSAULT to the ASSAULT prediction
    events = [{"type": "COERCE", "evidence": {"start": 0, "end": len(both)}, "counts": {"arrested": 3}},
              {"type": "ASSAULT", "evidence": {"start": 0, "end": len(both)}}]  # fmt: skip
    res = score("articles", folder, [{"id": "d1", "text": both, "events": events}])
    assert res["events"]["tp"] == 2
    assert res["fields"]["counts"]["acc"] == 1.0


def test_evaluate_actor_alias_of_the_other_camp_matches(tmp_path: Path) -> None:
    gold = [dict(GOLD_EVENTS[1], actor="MEK", target="Government of Iran")]
    events = right_events()[1:]
    events[0]["actor"] = [{"text": "the PMOI", "name": "PMOI"}]
    events[0]["recipient"] = [{"text": "the regime", "name": None}]
    res = score("articles", write_gold(tmp_path, gold), [record(events)])
    assert res["fields"]["actor"]["acc"] == 1.0
    assert res["fields"]["target"]["acc"] == 1.0


def test_evaluate_quotes_and_speaker(tmp_path: Path) -> None:
    quotes = [{"speaker": "Leila Ahmadi", "text": "We will not be silenced,", "direct": True},
              {"speaker": "Officials", "text": "to fire the strikers", "direct": False}]  # fmt: skip
    folder = write_gold(tmp_path, [], quotes=quotes)
    start = TEXT.find("We will")
    pred = [
        {"speaker": ent("Ahmadi"), "start": start, "end": start + 20},  # 20 of 24 characters
        {"speaker": None, "start": 0, "end": 10},
    ]
    res = score("articles", folder, [record([], quotes=pred)])
    assert (res["quotes"]["tp"], res["quotes"]["n_pred"], res["quotes"]["n_gold"]) == (1, 2, 2)
    assert res["quotes"]["speaker"]["acc"] == 1.0


def test_evaluate_loaded_language_spans(tmp_path: Path) -> None:
    folder = write_gold(tmp_path, [], loaded_language=["brutal crackdown", "silenced"])
    i = TEXT.find("brutal")
    spans = [{"start": i, "end": i + 6, "technique": "Loaded_Language"}, {"start": 0, "end": 2}]
    res = score("articles", folder, [record([], spans=spans)])
    ll = res["loaded_language"]
    assert (ll["P"], ll["R"]) == (0.5, 0.5)


def test_evaluate_malformed_predictions_count_as_wrong(tmp_path: Path) -> None:
    events: list[Any] = ["junk", {"type": "COERCE"}, {"type": "COERCE", "evidence": {"start": 9, "end": 3}}]
    res = score("articles", write_gold(tmp_path, GOLD_EVENTS), [record(events), "junk", {"no": "id"}])
    assert (res["events"]["tp"], res["events"]["n_pred"]) == (0, 3)
    assert res["notes"]["records without id"] == 1


def test_evaluate_missing_record_uses_the_source_text(tmp_path: Path) -> None:
    res = score("articles", write_gold(tmp_path, GOLD_EVENTS), [])
    assert res["events"]["R"] == 0.0 and res["not_found"] == []
    assert res["notes"]["gold documents without a record"] == 1

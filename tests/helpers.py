"""Small helpers for the event tests: run the events stage on one text."""

from __future__ import annotations

from typing import Any

from corroborate.events.extract import extract_events


def events_of(nlp: Any, text: str) -> list[dict[str, Any]]:
    """Event dicts (output form) of a text, without dates and places."""
    doc = nlp(text)
    return [e.to_dict("t") for e in extract_events(doc, nlp)]


def top(nlp: Any, text: str) -> dict[str, Any] | None:
    evs = events_of(nlp, text)
    return max(evs, key=lambda e: e["confidence"]) if evs else None


def names(entities: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in entities]


def of_type(evs: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == type_]

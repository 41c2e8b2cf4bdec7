"""The records that flow through corroborate, and their JSON form (schema ``corroborate/1``).

Every record that states something about the text carries character offsets into the
document's ``text`` (Python ``str`` indices, end exclusive), so each field can be traced back
to the words it came from. Records are frozen: a stage that refines one makes a new one with
:func:`dataclasses.replace`, which keeps the stages free of hidden shared state.

The JSON layout is the contract in ``shared/docs/RECORDS.md``; fields may be added, none renamed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "corroborate/1"

FACTUALITY = ("asserted", "reported", "future", "habitual", "hypothetical", "negated")
DATE_PRECISION = ("day", "week", "month", "year")
PLACE_RESOLUTION = ("city", "admin1", "country")
COUNT_KEYS = (
    "killed",
    "injured",
    "arrested",
    "participants",
    "sentenced",
    "sentence_years",
    "cities",
    "provinces",
)
QUALIFIERS = ("at_least", "more_than", "about", "up_to")


def content_id(*parts: object, length: int = 16) -> str:
    """A short, stable hex id derived from content: the same input always gives the same id,
    so re-running an ingest upserts instead of duplicating."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Document:
    """One input document, as ingest hands it to the pipeline.

    ``text`` is the exact text that is analysed (for HTML input: the main text trafilatura
    extracted). ``meta`` keeps every input field corroborate does not know, untouched.
    """

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = "en"
    meta: dict[str, Any] = field(default_factory=dict)
    source: str | None = None  # where it was read from (file path, "-"), for error messages


@dataclass(frozen=True)
class TextSpan:
    """A piece of the document's text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Entity:
    """An actor, recipient, speaker or claimant as the text names it.

    ``name`` is the canonical name (the written text until actor resolution knows better),
    ``sector`` a PLOVER sector code, ``country`` ISO 3166-1 alpha-2, ``id`` a registry id.
    """

    text: str
    start: int
    end: int
    name: str
    sector: str | None = None
    country: str | None = None
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "sector": self.sector,
            "country": self.country,
            "id": self.id,
        }


@dataclass(frozen=True)
class DateValue:
    """A date expression resolved to ISO 8601 at an explicit precision.

    ``value`` is ``YYYY-MM-DD`` (day, and week: the week's Monday), ``YYYY-MM`` (month) or
    ``YYYY`` (year); ``None`` when the text gives no year and nothing anchors one.
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class Place:
    """A toponym and what it resolved to (GeoNames id, admin1, country, coordinates)."""

    text: str
    start: int
    end: int
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: str | None = None  # city | admin1 | country

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "place": self.place,
            "admin1": self.admin1,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "resolution": self.resolution,
        }


@dataclass(frozen=True)
class CountEvidence:
    """Where a number came from, and how the text hedged it ("more than 40")."""

    text: str
    start: int
    end: int
    qualifier: str | None = None  # at_least | more_than | about | up_to

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "qualifier": self.qualifier}


@dataclass(frozen=True)
class Acled:
    """The ACLED event type and sub-event type an event exports to (exact ACLED strings)."""

    event_type: str
    sub_event_type: str

    def to_dict(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type}


@dataclass(frozen=True)
class Event:
    """One PLOVER event as one sentence (or two) of the document states it."""

    type: str
    trigger: TextSpan
    evidence_start: int
    evidence_end: int
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    actor: tuple[Entity, ...] = ()
    recipient: tuple[Entity, ...] = ()
    date: DateValue | None = None
    location: Place | None = None
    counts: dict[str, int] = field(default_factory=dict)
    count_evidence: dict[str, CountEvidence] = field(default_factory=dict)
    factuality: str = "asserted"
    claimed_by: Entity | None = None
    acled: Acled | None = None
    confidence: float = 0.5

    def event_id(self, doc_id: str) -> str:
        """Stable id: the document, the type and where the trigger stands."""
        return content_id(doc_id, self.type, self.trigger.start, self.trigger.end, ",".join(self.mode))

    def to_dict(self, doc_id: str) -> dict[str, Any]:
        return {
            "id": self.event_id(doc_id),
            "type": self.type,
            "mode": list(self.mode),
            "context": list(self.context),
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "counts": dict(self.counts),
            "count_evidence": {k: v.to_dict() for k, v in self.count_evidence.items()},
            "factuality": self.factuality,
            "claimed_by": self.claimed_by.to_dict() if self.claimed_by else None,
            "trigger": self.trigger.to_dict(),
            "evidence": {"start": self.evidence_start, "end": self.evidence_end},
            "acled": self.acled.to_dict() if self.acled else None,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Quote:
    """Something a speaker said, directly (in quotation marks) or in reported speech."""

    text: str
    start: int
    end: int
    speaker: Entity | None = None
    cue: str | None = None
    direct: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direct": self.direct,
        }


@dataclass(frozen=True)
class Span:
    """A stretch of persuasion language with its SemEval-2020 Task 11 technique."""

    text: str
    start: int
    end: int
    technique: str
    target: Entity | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "technique": self.technique,
            "target": self.target.to_dict() if self.target else None,
        }


@dataclass(frozen=True)
class DocumentRecord:
    """What corroborate reads out of one document: the output record of ``extract``."""

    document: Document
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "schema": SCHEMA,
            "id": d.id,
            "url": d.url,
            "outlet": d.outlet,
            "published": d.published,
            "title": d.title,
            "language": d.language,
            "text": d.text,
            "meta": dict(d.meta),
            "events": [e.to_dict(d.id) for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "spans": [s.to_dict() for s in self.spans],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

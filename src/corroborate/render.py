"""Writing records: JSON Lines for machines, a compact table for people."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One record per line; returns how many were written."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _names(entities: list[dict[str, Any]]) -> str:
    return "; ".join(e["name"] for e in entities) or "-"


def _counts(ev: dict[str, Any]) -> str:
    parts = []
    for key, value in ev["counts"].items():
        q = (ev.get("count_evidence", {}).get(key) or {}).get("qualifier")
        hedge = {"more_than": ">", "at_least": ">=", "about": "~", "up_to": "<="}.get(q or "", "")
        parts.append(f"{key}={hedge}{value}")
    return " ".join(parts) or "-"


def _where(ev: dict[str, Any]) -> str:
    loc = ev.get("location")
    if not loc:
        return "-"
    name = loc.get("place") or loc.get("admin1") or ""
    return f"{name}, {loc['country']}" if name and loc.get("country") else (name or loc.get("country") or "-")


def _when(ev: dict[str, Any]) -> str:
    d = ev.get("date")
    if not d:
        return "-"
    return d.get("value") or f"?({d.get('text')})"


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _persuasion(record: dict[str, Any]) -> str:
    """One line: how many persuasion spans, how dense, and the techniques most used first."""
    from .persuasion.summary import short_name, summary
    from .records import Span

    spans = [Span(text=s.get("text", ""), start=s["start"], end=s["end"], technique=s["technique"])
             for s in record.get("spans") or [] if isinstance(s, dict) and "technique" in s]
    sm = summary(spans, record.get("text") or "")
    techniques = ", ".join(f"{short_name(t)} {n}" for t, n in sm["counts"].items())
    n = sm["spans"]
    return (f"   persuasion: {n} span{'' if n == 1 else 's'}, {sm['density']:g} per 1,000 words"
            + (f" · {techniques}" if techniques else ""))


def table(record: dict[str, Any]) -> str:
    """A readable block for one document record: a header line and one row per event."""
    head = " · ".join(
        x for x in (record["id"], record.get("outlet") or "", record.get("published") or "no date") if x
    )
    lines = [f"== {head} · {len(record['events'])} events"]
    if record.get("title"):
        lines.append(f"   {_clip(record['title'], 100)}")
    lines.append(_persuasion(record))
    cols = ("type/mode", "fact", "actor -> recipient", "date", "place", "counts", "trigger")
    rows = []
    for ev in record["events"]:
        kind = ev["type"] + ("/" + ev["mode"][0] if ev["mode"] else "")
        fact = ev["factuality"] + (f" ({ev['claimed_by']['name']})" if ev.get("claimed_by") else "")
        rows.append((
            kind,
            _clip(fact, 28),
            _clip(f"{_names(ev['actor'])} -> {_names(ev['recipient'])}", 48),
            _when(ev),
            _clip(_where(ev), 22),
            _counts(ev),
            _clip(ev["trigger"]["text"], 24),
        ))
    if rows:
        widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
        lines.append("   " + "  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
        lines.extend("   " + "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows)
    return "\n".join(lines) + "\n"

"""What every scorer shares: reading gold files, reading output records, spans and P/R/F1.

Output records arrive as plain dicts (the JSON form of ``extract``'s output), possibly written by
another tool or edited by hand, so every access here is defensive: a field that is missing or of
the wrong type counts as a wrong prediction and never stops the scoring. Gold files are ours, so a
gold problem is reported as a :class:`~corroborate.errors.GoldError` instead.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from corroborate.errors import GoldError, InputError

Record = dict[str, Any]
Span = tuple[int, int]  # [start, end) character offsets
Notes = Counter[str]  # things worth telling the user, by description -> how often


def get(obj: Any, *keys: str) -> Any:
    """``obj[k1][k2]...``, or None as soon as a level is not a dict."""
    for k in keys:
        obj = obj.get(k) if isinstance(obj, dict) else None
    return obj


def items(value: Any) -> list[dict[str, Any]]:
    """A list field as its dicts (anything else in it is dropped)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def as_list(value: Any) -> list[Any]:
    """A list field as a list, or empty when it is not one."""
    return value if isinstance(value, list) else []


def as_int(x: Any) -> int | None:
    """An integer offset (an integral float counts; a bool does not)."""
    if isinstance(x, bool):
        return None
    if isinstance(x, int):
        return x
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return None


def span(obj: Any) -> Span | None:
    """``(start, end)`` of an object with integer ``0 <= start < end``, else None."""
    s, e = as_int(get(obj, "start")), as_int(get(obj, "end"))
    return (s, e) if s is not None and e is not None and 0 <= s < e else None


def overlap(a: Span, b: Span) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def confidence(event: Any) -> float:
    c = get(event, "confidence")
    return c if isinstance(c, (int, float)) and not isinstance(c, bool) else float("-inf")


def top_event(record: Any) -> dict[str, Any] | None:
    """The record's highest-confidence event (the first one on ties), or None."""
    events = items(get(record, "events"))
    return max(events, key=confidence) if events else None


def text_of(record: Any, fallback: Any) -> Any:
    """The record's analysed text, or ``fallback`` when it has none."""
    text = get(record, "text")
    return text if isinstance(text, str) else fallback


def records_by_id(records: list[Any], notes: Notes) -> dict[str, Record]:
    """Output records by their id (as a string).

    Of two records with one id the one with the longer text wins: that happens when a
    ``<id>.gold.json`` file was fed to ``extract`` by mistake next to ``<id>.json``.
    """
    by_id: dict[str, Record] = {}
    for rec in records:
        if not isinstance(rec, dict):
            notes["records that are not JSON objects"] += 1
            continue
        rid = rec.get("id")
        if not isinstance(rid, (str, int)) or isinstance(rid, bool):
            notes["records without id"] += 1
            continue
        old = by_id.get(str(rid))
        if old is not None:
            notes["duplicate record ids (longest text kept)"] += 1
        if old is None or len(text_of(rec, "")) > len(text_of(old, "")):
            by_id[str(rid)] = rec
    return by_id


# ---------------------------------------------------------------- numbers


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1; None where undefined (F1 is 0 when only one side is empty)."""
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if n_pred or n_gold else None)
    return {"P": p, "R": r, "F1": f, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def ratio(correct: int, n: int) -> dict[str, Any]:
    """An accuracy with its counts; None when there is nothing to count."""
    return {"acc": correct / n if n else None, "correct": correct, "n": n}


# ---------------------------------------------------------------- gold files


def read_json(path: Path) -> Any:
    """One JSON file of the gold layout."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise GoldError(str(path), f"cannot be read ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise GoldError(str(path), f"is not UTF-8 text ({e.reason} at byte {e.start})") from e
    except ValueError as e:
        raise GoldError(str(path), f"is not valid JSON ({e}); fix or restore the file") from e


def read_jsonl(path: Path, error: type[GoldError] | type[InputError] = GoldError) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file, one per non-blank line; a bad line raises ``error``
    (GoldError for gold files, InputError for `eval --predictions`) naming the file and line."""
    rows: list[dict[str, Any]] = []
    try:
        # Iterating the file (not str.splitlines) keeps U+2028 and friends inside a line, as JSON allows.
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as e:
                    raise error(f"{path}:{n}", f"is not valid JSON ({e}); fix or restore the file") from e
                if not isinstance(row, dict):
                    raise error(f"{path}:{n}", "is not a JSON object; each line must be one")
                rows.append(row)
    except OSError as e:
        raise error(str(path), f"cannot be read ({e.strerror or e})") from e
    return rows


def source_texts(folder: Path) -> dict[str, Any]:
    """The texts of ``documents.jsonl`` in a gold folder by id (empty when there is none).

    The gold offsets count characters of these texts; a record whose text differs (another
    whitespace or quote style, a BOM dropped) has its offsets mapped onto them.
    """
    path = folder / "documents.jsonl"
    return {str(d.get("id")): d.get("text") for d in read_jsonl(path)} if path.is_file() else {}

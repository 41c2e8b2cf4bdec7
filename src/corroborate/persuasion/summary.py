"""A document's persuasion language in numbers: how often each technique is used, and how densely."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..records import Span
from .model import TECHNIQUES

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def summary(spans: Iterable[Span], text: str) -> dict[str, Any]:
    """``{"counts": {technique: n}, "density": spans per 1,000 words, "words", "spans",
    "chars_covered": share of the text inside a span}``; counts list techniques most frequent
    first (ties in the order of the 14 labels) and leave out those never used."""
    spans = list(spans)
    order = {t: i for i, t in enumerate(TECHNIQUES)}
    c = Counter(s.technique for s in spans)
    counts = dict(sorted(c.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0])))
    words = len(_WORD.findall(text))
    covered = 0
    end = 0
    for s in sorted(spans, key=lambda s: s.start):
        lo = max(s.start, end)
        if s.end > lo:
            covered += s.end - lo
            end = s.end
    return {
        "counts": counts,
        "density": round(1000 * len(spans) / words, 2) if words else 0.0,
        "words": words,
        "spans": len(spans),
        "chars_covered": round(covered / len(text), 3) if text else 0.0,
    }


def short_name(technique: str) -> str:
    """A technique label short enough for a table ("Name_Calling,Labeling" -> "Name_Calling")."""
    return technique.split(",")[0]

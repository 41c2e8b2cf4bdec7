"""Where the date expressions of a document are.

Two sources, merged: spaCy's DATE entities (and TIME ones, which hold "last night" and "the
early hours of Tuesday"), and a scan with regular expressions for the shapes the tagger misses
or cuts badly: dates in caption lines ("Jan 15, 2021-Rebellious youth ..." comes out of the
tagger as one span), full dates glued to the next word, and anaphoric phrases such as "the
following day". Where candidates overlap, the one we can read wins, then the longer one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from . import lexicon as lx
from .reading import Excluded, Reading, read

# Words the tagger tends to leave outside the span although they change its meaning
# ("this week's", "last Tuesday", "two days later").
_LEFT = {
    "this",
    "last",
    "next",
    "past",
    "previous",
    "following",
    "coming",
    "same",
    "that",
    "early",
    "late",
    "mid",
}
_LEFT_OF_THIS = {"earlier", "later"}
_RIGHT = {"later", "earlier", "ago", "afterwards"}
_TRIM = " \t\r\n,.;:!?\"'()[]—–-"

_NUM_WORDS = (
    r"a\s+few|several|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}"
)
_SCAN = [
    re.compile(p)
    for p in (
        rf"\b(?:{lx.WEEKDAY_CASED},?\s+)?(?:the\s+)?{lx.DAY_NUM}\s+(?:of\s+)?{lx.MONTH_CASED}(?:,?\s+{lx.YEAR_NUM})?",
        rf"\b(?:{lx.WEEKDAY_CASED},?\s+)?{lx.MONTH_CASED}\s+{lx.DAY_NUM}(?:,?\s+{lx.YEAR_NUM})?",
        rf"\b{lx.MONTH_CASED},?\s+{lx.YEAR_NUM}",
        r"(?<![\d-])\d{4}-\d\d-\d\d(?!\d)",
        rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?{lx.WEEKDAY_CASED}\b",
        r"(?i)\b(?:the\s+)?(?:next|following|previous|preceding|same)\s+"
        r"(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b",
        r"(?i)\b(?:(?:earlier|later)\s+)?(?:that|this)\s+(?:day|morning|afternoon|evening|week|weekend|month|year)\b",
        r"(?i)\b(?:the|last|next|this)\s+weekend\b",
        r"(?i)\b(?:last|next)\s+(?:week|month|year)\b",
        r"(?i)\b(?:yesterday|today|tonight|tomorrow|last\s+night)\b",
        rf"(?i)\b(?:(?:{_NUM_WORDS})\s+)?(?:days?|weeks?|months?|years?)\s+(?:later|earlier|ago)\b",
        r"(?i)\b(?:recent\s+(?:days|weeks)|the\s+(?:past|last)\s+(?:few\s+)?(?:days|week))\b",
    )
]


@dataclass(frozen=True)
class Found:
    """A date expression in the text, with how it reads."""

    start: int
    end: int
    reading: Reading


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _from_entities(doc: Doc, text: str) -> list[tuple[int, int]]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        first, last = ent.start, ent.end
        for _ in range(2):
            if first > 0 and doc[first - 1].lower_ in _LEFT and doc[first].lower_ not in _LEFT:
                first -= 1
        if first > 0 and doc[first - 1].lower_ in _LEFT_OF_THIS and doc[first].lower_ in ("this", "that"):
            first -= 1
        if last < len(doc) and doc[last].lower_ in _RIGHT and doc[last - 1].lower_ not in _RIGHT:
            last += 1
        start = doc[first].idx
        end = doc[last - 1].idx + len(doc[last - 1].text)
        out.append(_trimmed(text, start, end))
    return out


# Running a dozen patterns over a whole article costs about 10 ms in ``re``; most of the text
# holds none of their words. So one pass finds the words a date needs (a month or weekday name,
# an ISO date, "next", "later", ...) and the patterns of that kind run only near them.
_HINT = re.compile(
    rf"(?P<calendar>{lx.MONTH_CASED}|{lx.WEEKDAY_CASED}|\d{{4}}-\d\d-\d\d)"
    r"|(?i:\b(?P<phrase>next|following|previous|preceding|same|that|this|weekend|last|yesterday|today"
    r"|tonight|tomorrow|later|earlier|ago|recent|past)\b)"
)
_REACH = 60  # characters either side of a hint; the longest expressions are about 40


def _windows(text: str, kind: str, hints: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Merged stretches of text around the hints of one kind, cut at whitespace so that no
    word is split (a pattern then sees the same word boundaries as in the whole text)."""
    out: list[tuple[int, int]] = []
    for m in hints:
        if m[kind] is None:
            continue
        lo = max(text.rfind(" ", 0, m.start() - _REACH), text.rfind("\n", 0, m.start() - _REACH)) + 1
        hi = len(text)
        for ws in (" ", "\n"):
            at = text.find(ws, m.end() + _REACH)
            if 0 <= at < hi:
                hi = at
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _from_scan(text: str) -> list[tuple[int, int]]:
    hints = list(_HINT.finditer(text))
    found = []
    for kind, patterns in (("calendar", _SCAN[:5]), ("phrase", _SCAN[5:])):
        for lo, hi in _windows(text, kind, hints):
            for pattern in patterns:
                found.extend(_trimmed(text, m.start(), m.end()) for m in pattern.finditer(text, lo, hi))
    return found


def _rank(reading: Reading | Excluded | None) -> int:
    if isinstance(reading, Reading):
        return 2 if reading.by_dateparser else 3
    return 1 if isinstance(reading, Excluded) else 0


def find_spans(doc: Doc, text: str) -> list[Found]:
    """The date expressions of ``doc`` in text order, without overlaps, durations or ages.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds it on every access."""
    spans = {(s, e) for s, e in _from_entities(doc, text) + _from_scan(text) if e > s}
    candidates = sorted(((s, e, read(text[s:e])) for s, e in spans), key=lambda c: (c[0], -c[1]))
    found: list[Found] = []
    group: list[tuple[int, int, Reading | Excluded | None]] = []
    group_end = -1

    def close() -> None:
        if group:
            s, e, reading = max(group, key=lambda c: (_rank(c[2]), c[1] - c[0], -c[0]))
            if isinstance(reading, Reading):
                found.append(Found(s, e, reading))

    for cand in candidates:
        if cand[0] >= group_end:
            close()
            group, group_end = [], cand[1]
        group.append(cand)
        group_end = max(group_end, cand[1])
    close()
    return found

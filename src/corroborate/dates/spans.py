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
from .reading import Excluded, Reading, Relative, read

# Words the tagger tends to leave outside the span although they change its meaning
# ("this week's", "last Tuesday", "two days later").
_LEFT = {"this", "last", "next", "past", "previous", "following", "coming", "same", "that", "early", "late",
         "mid"}  # fmt: skip
_LEFT_OF_THIS = {"earlier", "later"}
_RIGHT = {"later", "earlier", "ago", "afterwards"}
_TRIM = " \t\r\n,.;:!?\"'()[]—–-"

_NUM_WORDS = (
    r"a\s+few|several|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}"
)
# Each scan is one alternation, most specific shape first (``re`` takes the first alternative
# that matches at the leftmost position): "Saturday 30 May 2020" before "30 May", before "May 2020",
# before a lone "Saturday".
_CALENDAR_SCAN = re.compile(
    "|".join(
        (
            rf"\b(?:{lx.WEEKDAY_CASED},?\s+)?(?:the\s+)?{lx.DAY_NUM}\s+(?:of\s+)?{lx.MONTH_CASED}(?:,?\s+{lx.YEAR_NUM})?",
            rf"\b(?:{lx.WEEKDAY_CASED},?\s+)?{lx.MONTH_CASED}\s+{lx.DAY_NUM}(?:,?\s+{lx.YEAR_NUM})?",
            rf"\b{lx.MONTH_CASED},?\s+{lx.YEAR_NUM}",
            r"(?<![\d-])\d{4}-\d\d-\d\d(?!\d)",
            rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?{lx.WEEKDAY_CASED}\b",
        )
    )
)
_PHRASE_SCAN = re.compile(
    "(?i)"
    + "|".join(
        (
            r"\b(?:the\s+)?(?:next|following|previous|preceding|same)\s+"
            r"(?:day|morning|afternoon|evening|night|weekend|week|month|year)\b",
            r"\b(?:(?:earlier|later)\s+)?(?:that|this)\s+(?:day|morning|afternoon|evening|weekend|week|month|year)\b",
            r"\b(?:the|last|next)\s+weekend\b",
            r"\b(?:last|next)\s+(?:week|month|year)\b",
            r"\b(?:yesterday|today|tonight|tomorrow|last\s+night)\b",
            rf"\b(?:(?:{_NUM_WORDS})\s+)?(?:days?|weeks?|months?|years?)\s+(?:later|earlier|ago)\b",
            r"\b(?:recent\s+(?:days|weeks)|the\s+(?:past|last)\s+(?:few\s+)?(?:days|week))\b",
        )
    )
)


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


# Running the scans over a whole article costs several ms in ``re``, and most of the text holds
# none of their words. So one pass over the lower-cased text finds the words a date needs (a
# month or weekday name, an ISO date, "next", "later", ...), and the scans are tried only at
# that word and at the starts of the few words before it ("the 30th of May", "a few days later").
_HINT_WORDS = {
    "calendar": lx.alternation([*lx.MONTHS, *lx.WEEKDAYS]),
    "phrase": "next|following|previous|preceding|same|that|this|weekend|last|yesterday|today|tonight"
    "|tomorrow|later|earlier|ago|recent|past",
}
_HINT = re.compile(
    rf"\b(?:(?P<calendar>{_HINT_WORDS['calendar']})|(?P<phrase>{_HINT_WORDS['phrase']}))\b|(?P<iso>\d{{4}}-\d\d-\d\d)"
)
_HINT_ANY_CASE = re.compile(_HINT.pattern, re.IGNORECASE)
_WORDS_BEFORE = 3  # "the 30th of May": the expression starts three words before its hint
_GAP = " \t,"  # what stands between the words of one expression ("Saturday, 30 May")


def _starts(text: str, pos: int) -> list[int]:
    """``pos`` and the starts of the (up to three) words just before it on the same line."""
    starts = [pos]
    for _ in range(_WORDS_BEFORE):
        gap = pos
        while gap > 0 and text[gap - 1] in _GAP:
            gap -= 1
        word = gap
        while word > 0 and text[word - 1].isalnum():
            word -= 1
        if gap == pos or word == gap:
            break
        starts.append(word)
        pos = word
    return starts


def _from_scan(text: str) -> list[tuple[int, int]]:
    lower = text.lower()
    # Lower-casing keeps offsets unless the text has one of the few letters that grow ("İ").
    hints = _HINT.finditer(lower) if len(lower) == len(text) else _HINT_ANY_CASE.finditer(text)
    found: list[tuple[int, int]] = []
    tried: set[tuple[int, bool]] = set()
    for hint in hints:
        calendar = hint.lastgroup != "phrase"
        pattern = _CALENDAR_SCAN if calendar else _PHRASE_SCAN
        for start in _starts(text, hint.start()):
            if (start, calendar) in tried:
                continue
            tried.add((start, calendar))
            m = pattern.match(text, start)
            if m:
                found.append(_trimmed(text, m.start(), m.end()))
    return found


def _rank(reading: Reading | Excluded | None) -> int:
    if isinstance(reading, Reading):
        return 2 if reading.by_dateparser else 3
    return 1 if isinstance(reading, Excluded) else 0


_DURATIVE_BEFORE = re.compile(r"(?i)\b(?:over|within|during|for|throughout)\s+$")


def _durative(text: str, start: int, reading: Reading) -> bool:
    """ "over the next week" is a stretch of time ahead, not "the next week" of the story."""
    core = reading.core
    return (
        isinstance(core, Relative)
        and core.base == "text"
        and core.shift > 0
        and _DURATIVE_BEFORE.search(text, max(0, start - 12), start) is not None
    )


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
            if isinstance(reading, Reading) and not _durative(text, s, reading):
                found.append(Found(s, e, reading))

    for cand in candidates:
        if cand[0] >= group_end:
            close()
            group, group_end = [], cand[1]
        group.append(cand)
        group_end = max(group_end, cand[1])
    close()
    return found

"""Words and regular-expression pieces for English date expressions.

Kept apart from the reading and scanning code so that both read the same vocabulary: a month
abbreviation that the scanner finds must also be one the reader understands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

# Counted quantities. ``None`` marks a vague count ("a few days ago"), which becomes a window.
NUMBERS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "couple of": 2,
    "a few": None, "few": None, "several": None, "some": None, "many": None, "a number of": None,
}  # fmt: skip

SEASONS = ("spring", "summer", "autumn", "fall", "winter")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that "sept" wins over "sep"."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in items)


MONTH = alternation(MONTHS)
WEEKDAY = alternation(WEEKDAYS)
NUMBER = alternation(NUMBERS) + r"|\d{1,3}"

# Fragments for text as written (case matters: "may", "march" and "sat" are also ordinary words,
# so the scanner only trusts capitalised or upper-case month names, and full weekday names).
_MONTH_FORMS = sorted({w.title() for w in MONTHS} | {w.upper() for w in MONTHS}, key=lambda w: (-len(w), w))
MONTH_CASED = "(?:" + "|".join(_MONTH_FORMS) + r")\.?"
_WEEKDAY_FULL = [w for w in WEEKDAYS if w.endswith("day")]
WEEKDAY_CASED = (
    "(?:" + "|".join(sorted({w.title() for w in _WEEKDAY_FULL} | {w.upper() for w in _WEEKDAY_FULL})) + ")"
)
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR_NUM = r"(?:1[89]\d\d|20\d\d)(?!\d)"

# Words that may stand in a date expression. A span with any other word (or a long number) is
# not handed to dateparser, which would otherwise read dates into ordinary phrases.
VOCABULARY = (
    set(MONTHS)
    | set(WEEKDAYS)
    | set(NUMBERS)
    | set(SEASONS)
    | {
        "the", "of", "on", "in", "at", "by", "to", "and", "from", "until", "till", "through",
        "since", "between", "this", "that", "last", "next", "past", "previous", "following",
        "coming", "same", "early", "mid", "late", "earlier", "later", "ago", "before", "after",
        "afterwards", "today", "tonight", "tomorrow", "yesterday", "day", "days", "week", "weeks",
        "weekend", "fortnight", "month", "months", "year", "years", "morning", "afternoon",
        "evening", "night", "end", "beginning", "start", "middle", "first", "second", "half",
        "hours", "around", "about", "circa",
    }
)  # fmt: skip

# Words that only a date has: without one of them (or a year or a numeric date), a span is no
# date at all ("at least the tens of thousands", "13 to 15").
DATE_SIGNAL = re.compile(
    r"\b(?:" + MONTH + "|" + WEEKDAY + r"|today|tonight|tomorrow|yesterday|ago|fortnight)\b"
    r"|\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b"
)

"""What the words of one date expression say, before any anchoring.

``read("on Saturday 30 May")`` gives a :class:`Calendar` with weekday, day and month but no
year; ``read("the next day")`` a :class:`Relative` counted from the text's last date;
``read("five-year")`` gives :class:`Excluded`, because durations and ages are not dates. Which
year "30 May" is, or which day "the next day" is, is decided later (``anchoring``), in text order.

Our own patterns read the common shapes, because they are exact about what the text leaves out
(a missing year must stay missing until an anchor supplies it) and because dateparser costs
1-2 ms a call. Whatever they do not cover, but is made only of date words, goes to dateparser
(always English, always with an explicit ``RELATIVE_BASE``, never over running text).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser

from . import lexicon as lx


@dataclass(frozen=True)
class Calendar:
    """A date named by calendar fields; what the text leaves out is ``None``.

    ``direction`` ("last", "next", "this") qualifies a bare weekday, month or season ("last
    Tuesday", "next March", "this summer"); ``end`` is the other end of a range ("17 to 22
    September", a season's last month), already filled in from this end where it was silent.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: str | None = None
    end: Calendar | None = None


@dataclass(frozen=True)
class Relative:
    """A date counted from another one.

    ``base`` is ``"now"`` (the time of writing: "yesterday", "last week") or ``"text"`` (the
    date the text has just established: "the next day", "two weeks later"). ``shift`` counts
    ``unit``\\ s; a vague count ("recent days", "days later") is a ``window`` in days instead.
    """

    base: str
    unit: str
    shift: int = 0
    window: tuple[int, int] | None = None


@dataclass(frozen=True)
class Parsed:
    """An expression only dateparser understood and that depends on its base ("48 hours
    ago"): resolved by asking dateparser again with the anchor as ``RELATIVE_BASE``."""

    text: str


@dataclass(frozen=True)
class Reading:
    """One date expression as read: its core, and the part of it that a qualifier picks
    ("early 2020" is the first third of 2020; the precision then follows from that interval)."""

    core: Calendar | Relative | Parsed
    part: tuple[float, float] | None = None
    by_dateparser: bool = False

    @property
    def precision(self) -> str:
        """The precision the words support on their own, for when nothing anchors them."""
        core = self.core
        if isinstance(core, Calendar):
            if core.end is not None:  # a range holds no more than the unit both ends share
                return "month" if core.end.month == core.month and core.day is not None else "year"
            if core.day is not None or core.weekday is not None:
                return "day"
            return "month" if core.month is not None else "year"
        if isinstance(core, Relative):
            if core.window is not None:
                span = core.window[1] - core.window[0]
                return "week" if span < 7 else "month" if span < 31 else "year"
            return "week" if core.unit == "weekend" else core.unit
        return "day"


@dataclass(frozen=True)
class Excluded:
    """A span that looks like a date to a tagger but is not one: a duration or an age."""

    reason: str


EXCLUDED_DURATION = Excluded("duration")
EXCLUDED_AGE = Excluded("age")


def normalize(text: str) -> str:
    """Lower case, plain hyphens, no commas, ordinals or abbreviation dots; hyphens between
    words become spaces ("mid-November", "five-year"), those between numbers stay ("17-22")."""
    s = text.lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"[–—−]", "-", s)
    s = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", s)
    s = re.sub(r"(?<=[a-z])\.", " ", s)
    s = s.replace(",", " ")
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip(" .;:!?\"'()[]-")


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile with ``<KIND:name>`` placeholders for the lexicon's named groups."""
    kinds = {
        "MON": lx.MONTH,
        "WD": lx.WEEKDAY,
        "DAY": r"3[01]|[12]\d|0?[1-9]",
        "YEAR": r"1[89]\d\d|20\d\d",
        "NUM": lx.NUMBER,
    }
    return re.compile(re.sub(r"<(\w+):(\w+)>", lambda m: f"(?P<{m[2]}>{kinds[m[1]]})", pattern))


_PREFIX = re.compile(
    r"^(?:(?:on|in|at|by|since|until|till|from|during|of|around|about|circa|between|before|after"
    r"|throughout|as of|as early as|as late as|as recently as|starting|through|just|only|even)\s+)+"
)
# Clock times say nothing a date needs ("January 25, 2018 2:16 pm", "Friday at noon"), and a
# tagger sometimes leaves a dangling connector at the end ("July 14 to").
_CLOCK = re.compile(
    r"\s*\b(?:at )?(?:\d{1,2}(?::\d\d){1,2}(?: ?[ap] ?m)?|\d{1,2} ?[ap] ?m|noon|midnight|midday)\b"
)
_TRAILING = re.compile(r"(?: (?:to|and|through|until|till|or))+$")
_PART_BARE = re.compile(r"(?P<part>early|mid|late|earlier|later) (?P<rest>.+)")
_PART_OF = re.compile(
    r"(?:the )?(?P<part>early|mid|middle|late|end|beginning|start|first half|second half"
    r"|early hours|small hours|wee hours|morning|afternoon|evening|night) of (?:the )?(?P<rest>.+)"
)
_TIME_OF_DAY = re.compile(r"(?P<rest>.+?) (?:morning|afternoon|evening|night|midday|noon)")
_PARTS = {
    "early": (0.0, 1 / 3), "beginning": (0.0, 1 / 3), "start": (0.0, 1 / 3),
    "mid": (1 / 3, 2 / 3), "middle": (1 / 3, 2 / 3),
    "late": (2 / 3, 1.0), "end": (2 / 3, 1.0),
    "first half": (0.0, 0.5), "second half": (0.5, 1.0),
}  # fmt: skip

_AGE = _compile(r".*\b(?:\d+|<NUM:n>) (?:years?|months?) old\b.*|.*\baged\b.*")
_DURATION = _compile(
    r"(?:(?:for|over|within|about|around|nearly|almost|roughly|approximately|some|just|only|at least"
    r"|at most|more than|less than|fewer than|up to|under|another|the first|the last|the past"
    r"|the next|the following|the entire|the whole|an entire|a whole|a full|full|all|the|of) )*"
    r"(?:(?:\d+|<NUM:n>) )?(?:more |other |long |straight |consecutive )?"
    r"(?:hour|day|night|week|weekend|month|year|decade|fortnight|centur(?:y|ie))s?"
    r"(?: (?:long|old|running|straight|in a row|or so|or more|and a half))?"
)

# Vague counts ("a few", "several", bare plurals) span two to six units.
_VAGUE = (2, 6)
_UNIT_DAYS = {"hour": 1, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}

RelBuilder = Callable[[re.Match[str]], Relative | None]


def _count(m: re.Match[str]) -> int | None:
    n = m.groupdict().get("n")
    if n is None:
        return None
    return int(n) if n.isdigit() else lx.NUMBERS.get(n)


def _unit(m: re.Match[str]) -> str:
    u = m["unit"].rstrip("s")
    return {"fortnight": "week", "decade": "year"}.get(u, u)


def _counted(base: str, sign: int) -> RelBuilder:
    """Counts from an anchor: "two days ago", "a week later", "days later" (vague: a window)."""

    def build(m: re.Match[str]) -> Relative | None:
        unit = _unit(m)
        n = _count(m)
        if m["unit"].startswith(("fortnight", "decade")):
            n = (2 if m["unit"].startswith("fortnight") else 10) * (n or 1)
        if n is None:
            lo, hi = (u * _UNIT_DAYS[unit] for u in _VAGUE)
            return Relative(base, unit, window=(-hi, -lo) if sign < 0 else (lo, hi))
        return Relative(base, unit, shift=sign * n)

    return build


def _window(m: re.Match[str]) -> Relative | None:
    """A window that ends at the time of writing: "recent days", "the past week", "the last few
    days", "the past 48 hours". Longer ones ("the past few years") are durations, not dates."""
    unit = m["unit"].rstrip("s")
    n = _count(m)
    if unit == "hour":
        return Relative("now", "day", window=(-1, 0))
    if n is None and unit == "week" and m["unit"] != "week":
        # "recent weeks", "the past few weeks": about a month back, so a window would mostly
        # straddle two months and keep only the year, saying less than the writer meant. Read
        # it as the month of writing, the unit the words support (the stretch's recent end).
        return Relative("now", "month", shift=0)
    if n is None:  # "recent days" is about a week, "the past week" a week
        n = 1 if m["unit"] in ("day", "week") else 7
    return Relative("now", "day", window=(-(n * _UNIT_DAYS[unit] - 1), 0))


def _fixed(base: str, unit: str, shift: int) -> RelBuilder:
    return lambda m: Relative(base, unit, shift=shift)


def _named_unit(base: str, shift: int) -> RelBuilder:
    return lambda m: Relative(base, _unit(m), shift=shift)


def _last_next(m: re.Match[str]) -> Relative | None:
    shift = {"last": -1, "past": -1, "this past": -1, "previous": -1, "next": 1, "coming": 1}[m["dir"]]
    return Relative("now", _unit(m), shift=shift)


# A weekend is named by where it stands from the reference day, which only anchoring knows:
# -1 "last" (the one just past; the one before if the reference day is itself in a weekend),
# 0 "the"/"this past" (the latest on or before), 1 "this"/"that" (the current or coming one),
# 2 "next"/"the following" (the one after the latest).
_WEEKEND = {"last": -1, "the": 0, "past": 0, "this past": 0, "this": 1, "that": 1, "next": 2, "coming": 2,
            "the following": 2}  # fmt: skip


def _weekend(m: re.Match[str]) -> Relative | None:
    base = "text" if m["dir"] in ("that", "the following") else "now"
    return Relative(base, "weekend", shift=_WEEKEND[m["dir"]])


_RELATIVE: list[tuple[re.Pattern[str], RelBuilder]] = [
    (
        _compile(r"(?:earlier |later |early |late )?(?:today|tonight|this (?:morning|afternoon|evening))"),
        _fixed("now", "day", 0),
    ),
    (
        _compile(r"yesterday(?: (?:morning|afternoon|evening|night))?|last night|overnight yesterday"),
        _fixed("now", "day", -1),
    ),
    (_compile(r"tomorrow(?: (?:morning|afternoon|evening|night))?"), _fixed("now", "day", 1)),
    (_compile(r"the day before yesterday"), _fixed("now", "day", -2)),
    (_compile(r"the day after tomorrow"), _fixed("now", "day", 2)),
    (_compile(r"(?:earlier |later )?this (?P<unit>week|month|year)"), _named_unit("now", 0)),
    (_compile(r"(?P<dir>last|next|coming|this past|past) (?P<unit>week|month|year)"), _last_next),
    (_compile(r"(?P<dir>last|next|this|this past|past|coming|the|that|the following) weekend"), _weekend),
    (
        _compile(r"(?:(?:the|these|this) )?(?:past|recent|last) (?:<NUM:n> )?(?P<unit>days|weeks|hours)"),
        _window,
    ),
    (_compile(r"(?:the |this )?past (?P<unit>week|day)"), _window),
    (_compile(r"(?:<NUM:n> )?(?P<unit>day|week|fortnight|month|year|decade)s? ago"), _counted("now", -1)),
    (
        _compile(
            r"(?:the )?(?:next|following|subsequent) (?:day|morning|afternoon|evening|night)|the (?:day|morning) after"
        ),
        _fixed("text", "day", 1),
    ),
    (
        _compile(
            r"(?:the )?(?:previous|preceding|prior) (?:day|morning|afternoon|evening|night)|the (?:day|night) before"
        ),
        _fixed("text", "day", -1),
    ),
    (
        _compile(r"(?:earlier |later )?(?:that|the same) (?:day|morning|afternoon|evening|night)"),
        _fixed("text", "day", 0),
    ),
    (_compile(r"(?:earlier |later )?(?:that|the same) (?P<unit>week|month|year)"), _named_unit("text", 0)),
    (_compile(r"(?:earlier|later) in the (?P<unit>day|week|month|year)"), _named_unit("text", 0)),
    (_compile(r"the (?:next|following|subsequent) (?P<unit>week|month|year)"), _named_unit("text", 1)),
    (_compile(r"the (?:previous|preceding|prior) (?P<unit>week|month|year)"), _named_unit("text", -1)),
    (
        _compile(
            r"(?:<NUM:n> )?(?P<unit>day|week|fortnight|month|year|decade)s? (?:later|afterwards|after|on|thereafter)"
        ),
        _counted("text", 1),
    ),
    (
        _compile(
            r"(?:<NUM:n> )?(?P<unit>day|week|fortnight|month|year|decade)s? (?:earlier|before|previously|prior)"
        ),
        _counted("text", -1),
    ),
]


def _relative(s: str) -> Relative | None:
    for pattern, build in _RELATIVE:
        m = pattern.fullmatch(s)
        if m:
            return build(m)
    return None


_C_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:t[\d:.]*z?)?")
_CALENDAR = [
    _compile(r"(?:<WD:wd> )?(?:the )?<DAY:day> (?:of )?<MON:mon>(?: <YEAR:year>)?"),
    _compile(r"(?:<WD:wd> )?<MON:mon> (?:the )?<DAY:day>(?: <YEAR:year>)?"),
    _compile(r"<MON:mon>(?: of)? <YEAR:year>"),
    _compile(r"(?:(?P<dir>last|next|this|past|coming) )?<MON:mon>"),
    _compile(r"(?:the year )?<YEAR:year>"),
    _compile(
        r"(?:(?P<dir>last|next|this|past|coming|the) )?(?P<season>spring|summer|autumn|fall|winter)"
        r"(?: of)?(?: <YEAR:year>)?"
    ),
    _compile(r"(?:(?P<dir>last|next|this|past|coming|that) )?<WD:wd>"),
]
_BARE_DAY = _compile(r"<DAY:day>")
# A season is the months it covers (northern hemisphere, as the news we read uses them); its
# precision then follows from the interval: a year, or none for a winter across the new year.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_RANGE_SEP = re.compile(r" ?- ?| (?:to|and|through|until|till) ")


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month is None:
        return 1 <= day <= 31
    last = calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: Feb 29 is fine
    return 1 <= day <= last


def _calendar(s: str) -> Calendar | None:
    m = _C_ISO.fullmatch(s)
    if m:
        y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
        return Calendar(y, mo, d) if _valid(y, mo, d) else None
    for pattern in _CALENDAR:
        m = pattern.fullmatch(s)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else None
        month = lx.MONTHS[g["mon"]] if g.get("mon") else None
        day = int(g["day"]) if g.get("day") else None
        weekday = lx.WEEKDAYS[g["wd"]] if g.get("wd") else None
        direction = {"past": "last", "coming": "next", "this": "this"}.get(g.get("dir") or "", g.get("dir"))
        if direction in ("that", "the"):
            direction = None
        if g.get("season"):
            first, last = _SEASONS[g["season"]]
            end_year = None if year is None else year + (last < first)
            return Calendar(year, first, None, None, direction, end=Calendar(end_year, last))
        if not _valid(year, month, day):
            return None
        return Calendar(year, month, day, weekday, direction)
    return None


def _range(s: str) -> Calendar | None:
    """Two ends joined by "to", "-", "and" or "until"; each end may borrow the month or year
    the other states ("15 to 17 November 2019", "September 17-22", "December to January 2020")."""
    for sep in _RANGE_SEP.finditer(s):
        left, right = s[: sep.start()], s[sep.end() :]
        if not left or not right:
            continue
        lo, hi = _calendar(left), _calendar(right)
        if lo is None and _BARE_DAY.fullmatch(left) and hi is not None and hi.month is not None:
            lo = Calendar(day=int(left))
        if hi is None and _BARE_DAY.fullmatch(right) and lo is not None and lo.month is not None:
            hi = Calendar(day=int(right))
        if lo is None or hi is None or lo.direction or hi.direction:
            continue
        if lo.month is None and lo.day is not None:
            lo = replace(lo, month=hi.month)
        if hi.month is None and hi.day is not None:
            hi = replace(hi, month=lo.month)
        if lo.year is None and hi.year is not None:
            wraps = lo.month is not None and hi.month is not None and lo.month > hi.month
            lo = replace(lo, year=hi.year - 1 if wraps else hi.year)
        if hi.year is None and lo.year is not None and hi.month is not None:
            wraps = lo.month is not None and lo.month > hi.month
            hi = replace(hi, year=lo.year + 1 if wraps else lo.year)
        if (lo.month is None) != (hi.month is None) or (lo.day is None) != (hi.day is None):
            continue
        if not (_valid(lo.year, lo.month, lo.day) and _valid(hi.year, hi.month, hi.day)):
            continue
        return replace(lo, end=hi)
    return None


def _strip_part(s: str) -> tuple[str, tuple[float, float] | None]:
    m = _PART_OF.fullmatch(s) or _PART_BARE.fullmatch(s)
    if m:
        return m["rest"], _PARTS.get(m["part"])
    m = _TIME_OF_DAY.fullmatch(s)
    if m:
        return m["rest"], None
    return s, None


@lru_cache(maxsize=8192)
def read(text: str) -> Reading | Excluded | None:
    """Read one date expression as written (a spaCy DATE span or a scanner match).

    ``None`` when it is no date expression we can read at all; :class:`Excluded` when it is a
    duration or an age. Cached: news text repeats its date phrases ("on Friday", "2019").
    """
    s = _PREFIX.sub("", _TRAILING.sub("", _CLOCK.sub(" ", normalize(text)).strip()))
    if not s:
        return None
    if _AGE.fullmatch(s):
        return EXCLUDED_AGE
    rel = _relative(s)
    if rel is not None:
        return Reading(rel)
    core, part = _strip_part(s)
    if core != s:
        rel = _relative(core)
        if rel is not None:
            return Reading(rel, part)
    if _DURATION.fullmatch(s):
        return EXCLUDED_DURATION
    cal = _calendar(core) or _range(core)
    if cal is not None:
        return Reading(cal, part)
    return _by_dateparser(core, part)


# ---------------------------------------------------------------- dateparser, for the rest

_PROBE_BASES = (datetime(2001, 3, 14), datetime(2013, 9, 9))
_NUMERIC_OK = re.compile(r"\d{1,4}(?:[/.]\d{1,4})*")


def _parser(base: datetime) -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True},
    )


@lru_cache(maxsize=4096)
def dateparse(text: str, base: date) -> tuple[date, str, tuple[str, ...]] | None:
    """dateparser's reading of ``text`` against ``base``: the date, its period (day, week,
    month, year) and which parts the text itself gave. Cached on (text, base)."""
    data = _parser(datetime(base.year, base.month, base.day)).get_date_data(text)
    if data.date_obj is None:
        return None
    period = data.period if data.period in ("week", "month", "year") else "day"
    return data.date_obj.date(), period, tuple(data.parts or ())


def _truncated(d: date, period: str) -> tuple[int, ...]:
    return {"year": (d.year,), "month": (d.year, d.month)}.get(period, (d.year, d.month, d.day))


def _by_dateparser(s: str, part: tuple[float, float] | None) -> Reading | None:
    """The fallback: only for spans made of date words and short numbers that name a date
    ("17/11/2019", "a fortnight ago"), so dateparser never sees an ordinary phrase."""
    if not lx.DATE_SIGNAL.search(s):
        return None
    words = re.findall(r"[a-z]+", s)
    numbers = re.findall(r"[\d/.]+", s)
    if any(w not in lx.VOCABULARY for w in words) or not all(_NUMERIC_OK.fullmatch(n) for n in numbers):
        return None
    if re.search(r"[^a-z0-9/. -]", s):
        return None
    first, second = (dateparse(s, b.date()) for b in _PROBE_BASES)
    if first is None or second is None:
        return None
    d, period, parts = first
    if _truncated(d, period) == _truncated(second[0], second[1]):
        fields = {"year": (d.year, None, None), "month": (d.year, d.month, None)}
        y, mo, dd = fields.get(period, (d.year, d.month, d.day))
        return Reading(Calendar(y, mo, dd), part, by_dateparser=True)
    if "year" not in parts and "month" in parts:
        return Reading(Calendar(None, d.month, d.day if "day" in parts else None), part, by_dateparser=True)
    return Reading(Parsed(s), part, by_dateparser=True)

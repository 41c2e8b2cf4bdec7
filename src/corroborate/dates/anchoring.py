"""Turning a reading into days: anchors, intervals, and the precision the result supports.

Every resolved date is first an :class:`Interval` of days ("November 2019" is Nov 1-30, "last
week" Monday to Sunday, "early 2020" January to April, "days later" two to six days on). Its
precision is then the finest calendar unit that holds the whole interval (:func:`cover`), so
qualifiers and vague counts lower the precision by themselves, and a value never claims more
than the words say: "early 2020" is year 2020, "late June" is the month, and "the next day"
after a bare "November 2019" cannot be better than the year.

Anchors, in the order :func:`resolve` tries them:

- the time of writing (``now``): the document's ``published`` date or, without one, a dateline
  at the top of the text. Deictic words ("yesterday", "last week", "this year", "on Tuesday")
  need it; without it they keep their precision and get no value.
- the text's last established date, walked in text order: it anchors anaphoric words ("the next
  day", "days later", "that month"), and supplies the year of a partial date ("November 17",
  "In January") when there is no time of writing. A narrative moves forward, so without
  ``now`` a yearless month is the first such month at or after the last date ("In January"
  after November 2019 is January 2020).
"""

from __future__ import annotations

import calendar as cal
from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil, floor
from typing import NamedTuple

from .reading import Calendar, Parsed, Reading, Relative, dateparse

_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}  # the longest of each


class Interval(NamedTuple):
    """The days a date may be, both ends included."""

    lo: date
    hi: date


@dataclass
class Anchors:
    """What later dates are resolved against, updated as the text is walked in order."""

    now: date | None
    last: Interval | None = None
    last_day: date | None = None

    def point(self) -> Interval | None:
        """What "the next day" counts from: the last date, or, when that was coarse ("the
        November 2019 protests") and an earlier single day lies inside it, that day."""
        last = self.last
        if last is None or last.lo == last.hi:
            return last
        if self.last_day is not None and last.lo <= self.last_day <= last.hi:
            return Interval(self.last_day, self.last_day)
        return last

    def note(self, interval: Interval) -> None:
        self.last = interval
        if interval.lo == interval.hi:
            self.last_day = interval.lo


def cover(interval: Interval) -> tuple[str | None, str]:
    """The ISO value and precision of the finest calendar unit holding the whole interval
    (a week's value is its Monday). An interval across a new year has no single value."""
    lo, hi = interval
    if lo == hi:
        return lo.isoformat(), "day"
    monday = lo - timedelta(days=lo.weekday())
    if monday == hi - timedelta(days=hi.weekday()):
        return monday.isoformat(), "week"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}", "month"
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year"
    return None, "year"


def resolve(reading: Reading, anchors: Anchors, future: bool = False) -> Interval | None:
    """The interval a reading names, given the anchors; ``None`` when nothing anchors it.

    ``future`` says the sentence speaks of what will happen ("will rally on Friday"): a bare
    weekday or month then lies after the time of writing instead of before it.
    """
    core = reading.core
    if isinstance(core, Calendar):
        interval = _calendar(core, anchors, future)
    elif isinstance(core, Relative):
        interval = _relative(core, anchors)
    else:
        interval = _parsed(core, anchors)
    if interval is not None and reading.part is not None:
        interval = _part(interval, reading.part)
    return interval


def _expand(d: date, unit: str) -> Interval:
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return Interval(monday, monday + timedelta(days=6))
    if unit == "month":
        return Interval(d.replace(day=1), d.replace(day=cal.monthrange(d.year, d.month)[1]))
    if unit == "year":
        return Interval(date(d.year, 1, 1), date(d.year, 12, 31))
    return Interval(d, d)


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = d.year * 12 + d.month - 1 + (n if unit == "month" else 12 * n)
    year, month = divmod(months, 12)
    return date(year, month + 1, min(d.day, cal.monthrange(year, month + 1)[1]))


def _fields(year: int, month: int | None, day: int | None) -> Interval | None:
    if month is None:
        return Interval(date(year, 1, 1), date(year, 12, 31))
    if day is None:
        return _expand(date(year, month, 1), "month")
    if day > cal.monthrange(year, month)[1]:
        return None  # 29 February of a year without one
    return Interval(date(year, month, day), date(year, month, day))


def _year_for(
    month: int, day: int | None, anchors: Anchors, future: bool, direction: str | None = None
) -> int | None:
    """The year of a yearless month (and day).

    The text's last date wins when it lies in that very month ("the November 2019 uprising
    ... in a November 17 speech"). "last July", "next March", "this summer" count from the time
    of writing (else the text's last date). Otherwise, with a time of writing, the most recent such day
    not after it, unless it is a day in the coming month (or the sentence speaks of the future);
    without one, the such month nearest the text's last date.
    """
    if direction is not None:
        base = anchors.now or (anchors.last.lo if anchors.last is not None else None)
        if base is None:
            return None
        if direction == "last":  # "last July": the latest July before this month
            return base.year if month < base.month else base.year - 1
        if direction == "next":
            return base.year if month > base.month else base.year + 1
        return base.year  # "this summer"
    last = anchors.last
    if last is not None and last.lo.month == month and (last.lo.year, month) == (last.hi.year, last.hi.month):
        return last.lo.year
    now = anchors.now
    if now is not None:
        if future:
            return now.year if (month, day or 32) >= (now.month, now.day) else now.year + 1
        upcoming = _upcoming(now, month, day) if day is not None else None
        if upcoming is not None and (upcoming - now).days <= _NEAR_FUTURE:
            return upcoming.year  # "before the April 19 primary" in an April 5 article
        return now.year if (month, day or 0) <= (now.month, now.day) else now.year - 1
    ref = anchors.point()
    if ref is None:
        return None
    # the occurrence nearest the text's last date, the later one on a tie: "In January" after
    # November 2019 is January 2020, "on 11 March" after "2 April 2025" is March 2025
    here = ref.lo.year * 12 + ref.lo.month - 1
    return min((ref.lo.year - 1, ref.lo.year, ref.lo.year + 1),
               key=lambda y: (abs(y * 12 + month - 1 - here), -y))


# Writers drop the year of a date when it is the nearby one: a day a few weeks after
# publication is upcoming, not eleven months past (which would be "last April 19").
_NEAR_FUTURE = 31


def _upcoming(now: date, month: int, day: int) -> date | None:
    """The first ``day month`` after ``now`` (this year's or next year's)."""
    for year in (now.year, now.year + 1):
        if day <= cal.monthrange(year, month)[1] and date(year, month, day) > now:
            return date(year, month, day)
    return None


def _fitting_year(year: int, month: int, day: int, weekday: int | None, order: tuple[int, ...]) -> int:
    """The year nearest ``year`` (in ``order``) in which ``day month`` exists and, when the
    text names one, falls on ``weekday`` ("Saturday 30 May", "Feb 29"). The weekday calendar
    repeats within seven years, so a weekday that fits none of them is a typo: keep ``year``."""
    for delta in order:
        y = year + delta
        if day <= cal.monthrange(y, month)[1] and (
            weekday is None or date(y, month, day).weekday() == weekday
        ):
            return y
    return year


def _calendar(core: Calendar, anchors: Anchors, future: bool) -> Interval | None:
    if core.end is not None:
        start = Calendar(core.year, core.month, core.day, core.weekday, core.direction)
        first = _calendar(start, anchors, future)
        if first is None:
            return None
        end = core.end
        if end.year is None and end.month is not None:
            wraps = core.month is not None and end.month < core.month
            end = Calendar(first.lo.year + wraps, end.month, end.day, end.weekday)
        last = _calendar(end, anchors, future)
        if last is None or last.hi < first.lo:
            return None
        return Interval(first.lo, last.hi)
    if core.year is not None:
        return _fields(core.year, core.month, core.day)
    if core.month is not None:
        year = _year_for(core.month, core.day, anchors, future, core.direction)
        if year is None:
            return None
        if core.day is not None:
            if anchors.now is None:
                order: tuple[int, ...] = (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6)
            else:
                order = tuple(range(0, 7)) if future else tuple(range(0, -7, -1))
            year = _fitting_year(year, core.month, core.day, core.weekday, order)
        return _fields(year, core.month, core.day)
    if core.weekday is not None:
        return _weekday(core, anchors, future)
    return None


def _weekday(core: Calendar, anchors: Anchors, future: bool) -> Interval | None:
    """A bare weekday. With a time of writing, news use means the latest such day on or before
    it ("on Sunday" in a Sunday paper is that day), or the next one for "next" and future
    sentences. Without one, the first such day on or after the text's last single day."""
    wd = core.weekday
    assert wd is not None
    now = anchors.now
    if now is not None:
        if core.direction == "next" or (future and core.direction is None):
            d = now + timedelta(days=(wd - now.weekday()) % 7 or 7)
        elif core.direction == "last":
            d = now - timedelta(days=(now.weekday() - wd) % 7 or 7)
        else:
            d = now - timedelta(days=(now.weekday() - wd) % 7)
        return Interval(d, d)
    ref = anchors.point()
    if ref is None or ref.lo != ref.hi:
        return None
    if core.direction == "last":
        d = ref.lo - timedelta(days=(ref.lo.weekday() - wd) % 7 or 7)
    else:
        d = ref.lo + timedelta(days=(wd - ref.lo.weekday()) % 7)
    return Interval(d, d)


def _weekend(ref: date, which: int) -> Interval:
    """Saturday and Sunday of the weekend ``which`` names from ``ref`` (see ``reading``):
    "last weekend" read on a Wednesday is the one just past, read on a Sunday the one before."""
    recent = ref - timedelta(days=(ref.weekday() - 5) % 7)  # the latest Saturday on or before ref
    in_weekend = ref.weekday() >= 5
    saturday = {
        -1: recent - timedelta(days=7) if in_weekend else recent,
        0: recent,
        1: recent if in_weekend else recent + timedelta(days=7),
        2: recent + timedelta(days=7),
    }[which]
    return Interval(saturday, saturday + timedelta(days=1))


def _relative(core: Relative, anchors: Anchors) -> Interval | None:
    # "The next day" with no date before it follows an undated event: the time of writing would
    # put it in the future, so a count from the text needs a date in the text.
    now = anchors.now
    ref = anchors.point() if core.base == "text" else Interval(now, now) if now is not None else None
    if ref is None:
        return None
    if core.unit == "weekend":
        return _weekend(ref.hi, core.shift)
    step = max(map(abs, core.window)) if core.window is not None else abs(core.shift) * _UNIT_DAYS[core.unit]
    if (ref.hi - ref.lo).days + 1 > max(step, _UNIT_DAYS[core.unit]):
        # A small step from a coarse anchor stays inside it as far as the text can tell: "the
        # next day" after "In January" is January, not "somewhere between Jan 2 and Feb 1".
        return ref
    if core.window is not None:
        return Interval(ref.lo + timedelta(days=core.window[0]), ref.hi + timedelta(days=core.window[1]))
    lo = _expand(_shift(ref.lo, core.unit, core.shift), core.unit).lo
    hi = _expand(_shift(ref.hi, core.unit, core.shift), core.unit).hi
    return Interval(lo, hi)


def _parsed(core: Parsed, anchors: Anchors) -> Interval | None:
    ref = anchors.now
    if ref is None:
        point = anchors.point()
        ref = point.lo if point is not None else None
    if ref is None:
        return None
    got = dateparse(core.text, ref)
    if got is None:
        return None
    return _expand(got[0], got[1])


def _part(interval: Interval, part: tuple[float, float]) -> Interval:
    n = (interval.hi - interval.lo).days + 1
    a = floor(n * part[0])
    b = max(a, ceil(n * part[1]) - 1)
    return Interval(interval.lo + timedelta(days=a), interval.lo + timedelta(days=b))

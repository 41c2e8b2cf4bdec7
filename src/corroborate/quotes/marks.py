"""Where the text puts words between quotation marks.

Every quotation style of English news is read: curly double quotes (“ ”), straight double quotes
("), guillemets (« »), low-high quotes („ “), the two-apostrophe quotes of some wire archives
('' ''), and single quotes (‘ ’ and '), the latter only outside a double-quoted passage (inside
one they are a quote within the quote) and only where they cannot be an apostrophe.

Quotation marks never span a paragraph in well-formed text, with one exception: a quotation that
runs over several paragraphs leaves each paragraph but the last unclosed and opens the next one
with a new quotation mark. Those paragraphs make one quotation here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where a straight or ambiguous mark stands decides whether it opens or closes a quotation: an
# opening mark follows a space, a bracket or a dash and touches the next word.
_BEFORE_OPENING = set(" \t\n([{—–-/:;,") | {""}
_AFTER_CLOSING = set(" \t\n)]}.,;:!?—–-/…") | {""}

_DOUBLE = re.compile(r"[“”«»„\"]|'{2,}")
_SINGLE = re.compile(r"[‘’']")
# Words that start with an apostrophe: 'em, '90s, 'til, rock 'n' roll
_ELISION = re.compile(r"(?:em|tis|twas|til|cause|n|bout|round|\d\d?s?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quotation:
    """Words between quotation marks. ``start``/``end`` include the marks; ``pieces`` are the
    (start, end) ranges of the words inside, one per paragraph; ``closed`` is False when the
    text never closed it."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool = True

    @property
    def inner_start(self) -> int:
        return self.pieces[0][0]

    @property
    def inner_end(self) -> int:
        return self.pieces[-1][1]


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _double_in(text: str, ps: int, pe: int) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, inner start, inner end, closed) of the double-quoted passages of a paragraph."""
    found: list[tuple[int, int, int, int, bool]] = []
    open_at: tuple[int, int, str] | None = None  # mark start, mark end, mark
    for m in _DOUBLE.finditer(text, ps, pe):
        mark, s, e = m.group(), m.start(), m.end()
        if mark.startswith("''") and len(mark) > 2:  # '''Sir: a double and a single quote together
            if open_at is None:
                e = s + 2
            else:
                s = e - 2
            mark = "''"
        opening_side = _char(text, s - 1) in _BEFORE_OPENING and not _char(text, e).isspace()
        closing_side = _char(text, e) in _AFTER_CLOSING or _char(text, e) in "'’\"”"
        if open_at is None:
            if mark in "“„«" or (mark in ('"', "''") and (opening_side or not closing_side)):
                open_at = (s, e, mark)
            continue
        if mark == "«" or (open_at[2] == "«" and mark != "»"):
            continue  # guillemets nest other marks
        if mark in "“„" and mark != "“" or (mark == "“" and open_at[2] != "„" and opening_side):
            # a new opening mark while one is open: the earlier one was never closed
            open_at = (s, e, mark)
            continue
        found.append((open_at[0], e, open_at[1], s, True))
        open_at = None
    if open_at is not None:
        end = pe
        while end > open_at[1] and text[end - 1].isspace():
            end -= 1
        if end > open_at[1]:
            found.append((open_at[0], end, open_at[1], end, False))
    return found


def _single_in(text: str, ps: int, pe: int, taken: list[tuple[int, int]]) -> list[tuple[int, int, int, int, bool]]:
    """Single-quoted passages of a paragraph outside its double-quoted ones."""
    found: list[tuple[int, int, int, int, bool]] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, ps, pe):
        s = m.start()
        if any(a <= s < b for a, b in taken):
            open_at = None
            continue
        before, after = _char(text, s - 1), _char(text, s + 1)
        if open_at is None:
            if (m.group() in "‘'" and before in _BEFORE_OPENING and after.isalnum()
                    and not _ELISION.match(text, s + 1)):
                open_at = s
            continue
        if m.group() in "’'" and not after.isalnum() and not before.isspace():
            if s - open_at > 2:
                found.append((open_at, s + 1, open_at + 1, s, True))
            open_at = None
    return found


def find_quotations(text: str) -> list[Quotation]:
    """The quoted passages of ``text`` in text order, a multi-paragraph quotation as one."""
    spans: list[tuple[int, int, int, int, bool]] = []
    for ps, pe in _paragraphs(text):
        double = _double_in(text, ps, pe)
        spans += double + _single_in(text, ps, pe, [(a, b) for a, b, *_ in double])
    spans.sort()
    out: list[Quotation] = []
    for s, e, inner_s, inner_e, closed in spans:
        while inner_s < inner_e and text[inner_s].isspace():
            inner_s += 1
        while inner_e > inner_s and text[inner_e - 1].isspace():
            inner_e -= 1
        if inner_e <= inner_s:
            continue
        prev = out[-1] if out else None
        # the quotation goes on: the paragraph before ended inside it, this one opens with a mark
        if prev is not None and not prev.closed and not text[prev.end:s].strip():
            out[-1] = Quotation(prev.start, e, prev.pieces + ((inner_s, inner_e),), closed)
            continue
        out.append(Quotation(s, e, ((inner_s, inner_e),), closed))
    return out

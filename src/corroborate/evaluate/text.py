"""Finding gold sentences in a record's text, and mapping offsets between two versions of a text.

People write gold readings by copying sentences, not offsets, and their copy may differ from the
analysed text in quote style (curly or straight) and whitespace. A record's text may also differ
from the text the gold offsets count (a dropped BOM, normalised line breaks). Both are bridged by
comparing *normalised* texts: curly quotes straightened, every whitespace run one space.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

from corroborate.evaluate.common import Notes, Span
from corroborate.evaluate.common import span as span_of

STRAIGHT_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)

# Invisible characters that editors drop or add at will; they count as whitespace.
INVISIBLE = "\ufeff\u200b"


def normalise(text: str) -> tuple[str, list[int]]:
    """``text`` with quotes straightened and whitespace runs as one space, and for each character
    of the result the index of the character of ``text`` it comes from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text.translate(STRAIGHT_QUOTES)):
        if ch.isspace() or ch in INVISIBLE:
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        origin.append(i)
    return "".join(out), origin


def locate(text: Any, needle: Any) -> Span | None:
    """``[start, end)`` of the first occurrence of ``needle`` in ``text``: exact, else ignoring
    whitespace and quote style; None when it is not there (or either is not a string)."""
    if not isinstance(needle, str) or not needle.strip() or not isinstance(text, str):
        return None
    i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    hay, origin = normalise(text)
    pin = normalise(needle)[0].strip()
    if not pin:  # a needle of invisible characters only
        return None
    i = hay.find(pin)
    return (origin[i], origin[i + len(pin) - 1] + 1) if i >= 0 else None


def locate_all(text: Any, needle: Any) -> list[Span]:
    """Every occurrence of ``needle`` in ``text`` (each found as :func:`locate` finds one)."""
    first = locate(text, needle)
    if first is None:
        return []
    found, pos = [first], first[1]
    while (nxt := locate(text[pos:], needle)) is not None:
        found.append((pos + nxt[0], pos + nxt[1]))
        pos += nxt[1]
    return found


OffsetMap = Callable[[int], int]


def _same(i: int) -> int:
    return i


def offset_map(record_text: Any, source_text: Any, notes: Notes) -> OffsetMap:
    """A function taking offsets in the record's text to offsets in the source text the gold counts.

    Identical texts (or a missing one) map to themselves. Texts equal once normalised map
    character by character; others are aligned with difflib, and a character with no counterpart
    maps like the last one before it that has one.
    """
    if not isinstance(record_text, str) or not isinstance(source_text, str) or record_text == source_text:
        return _same
    a, origin_a = normalise(record_text)
    b, origin_b = normalise(source_text)
    table: list[int]
    if a.strip() == b.strip() and origin_b:
        notes["record text differs from source in whitespace/quotes only (offsets mapped)"] += 1
        shift = len(b) - len(b.lstrip()) - (len(a) - len(a.lstrip()))
        last_b = len(origin_b) - 1
        table = [origin_b[min(max(j + shift, 0), last_b)] for j in range(len(a))]
    else:
        notes["record text differs from source (offsets mapped approximately)"] += 1
        aligned: list[int | None] = [None] * len(a)
        for i, j, n in SequenceMatcher(None, a, b).get_matching_blocks():
            for k in range(n):
                aligned[i + k] = origin_b[j + k]
        table, last = [], 0
        for v in aligned:
            last = v if v is not None else last
            table.append(last)
    n_chars = len(record_text)
    pos: list[int | None] = [None] * (n_chars + 1)
    for k, i in enumerate(origin_a):
        pos[i] = table[k]
    pos[n_chars] = len(source_text)
    # characters normalisation folded away (the rest of a whitespace run) map like the next kept one
    filled = [0] * (n_chars + 1)
    nxt = len(source_text)
    for i in range(n_chars, -1, -1):
        p = pos[i]
        nxt = p if p is not None else nxt
        filled[i] = nxt
    return lambda i: filled[min(max(i, 0), n_chars)]


def mapped_span(obj: Any, fmap: OffsetMap) -> Span | None:
    """The object's ``start``/``end`` mapped into the source text; None when invalid or empty there."""
    s = span_of(obj)
    if s is None:
        return None
    start, end = fmap(s[0]), fmap(s[1])
    return (start, end) if start < end else None

"""Numbers the text states, and what they count: killed, injured, arrested, sentenced, ...

Only numbers written as numerals or number words become counts ("1,500", "three", "five-year",
"more than 40" with its qualifier); vague amounts ("dozens", "hundreds", "a man") never do,
because a researcher comparing tolls across sources must be able to trust that every number in
a record is one the source printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import CountEvidence

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | {"dozen"}

# Words before a number that hedge it, longest first so "more than" wins over "than".
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("not less than", "at_least"),
    ("in excess of", "more_than"), ("as many as", "up_to"), ("more than", "more_than"),
    ("greater than", "more_than"), ("at least", "at_least"), ("upwards of", "more_than"),
    ("close to", "about"), ("an estimated", "about"), ("up to", "up_to"), ("over", "more_than"),
    ("above", "more_than"), ("nearly", "about"), ("almost", "about"), ("about", "about"),
    ("around", "about"), ("approximately", "about"), ("roughly", "about"), ("some", "about"),
    ("estimated", "about"), ("minimum", "at_least"),
)

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


def number_value(words: list[str]) -> int | None:
    """The integer a run of numerals or number words spells, or None.

    "1,500" -> 1500, "1.5 million" -> 1500000, "twenty-five" -> 25, "two hundred" -> 200,
    "a dozen" -> 12. Plural scale words ("hundreds", "thousands", "dozens") are vague: None.
    """
    parts: list[str] = []
    for w in words:
        parts.extend(p for p in w.lower().split("-") if p)
    if parts[:1] in (["a"], ["an"]) and len(parts) > 1:
        parts = ["one"] + parts[1:]
    total = 0.0
    current = 0.0
    seen = False
    for p in parts:
        if _DIGITS.match(p):
            current += float(p.replace(",", ""))
        elif p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p == "dozen":
            current = (current or 1) * 12
        elif p in SCALES and seen:
            if SCALES[p] == 100:
                current *= 100
            else:
                total += current * SCALES[p]
                current = 0
            continue
        elif p == "and" and seen:
            continue
        else:
            return None
        seen = True
    value = total + current
    return int(round(value)) if seen and float(value).is_integer() or value >= 1000 else None


@dataclass(frozen=True)
class Quantity:
    """A number in the text: its value, hedge, tokens, and the noun it counts."""

    value: int
    qualifier: str | None
    start: int  # char offsets of the number (with its hedge words excluded)
    end: int
    text: str
    first: Token  # first and last token of the number
    last: Token
    noun: Token | None  # the counted noun ("protesters" in "40 protesters"), if any
    year_compound: bool  # "five-year", "10-year": a duration, counts sentence_years only


def _is_number_token(t: Token) -> bool:
    low = t.lower_.rstrip("-")
    if not low:
        return False
    if low in NUMBER_WORDS or _DIGITS.match(low):
        return True
    return "-" in low and all(p in NUMBER_WORDS for p in low.split("-") if p)


def _is_digits(t: Token) -> bool:
    return bool(_DIGITS.match(t.lower_.rstrip("-")))


def _continues(run_last: Token, nxt: Token) -> bool:
    """Whether ``nxt`` extends the number ending in ``run_last``: "1.5 million", "twenty five",
    "two hundred". Two numerals in a row are two numbers ("In 2019 40 people ..."), and so is
    "20 and 30" (the 'and' is only part of a number after a scale word: "two hundred and ten")."""
    low = nxt.lower_
    if low in SCALES:
        return True
    if _is_digits(nxt) or _is_digits(run_last):
        return False
    return _is_number_token(nxt)


_RANGE_WORDS = ("-", "–", "to")
_SENTENCE_WORDS = frozenset(("sentence", "jail", "imprison", "convict", "condemn", "term", "serve", "prison",
                             "imprisonment", "give"))
_YEAR = re.compile(r"(1[89]|20)\d\d")


def quantities(sent: Span) -> list[Quantity]:
    """Every stated number in the sentence, except dates, times, money, percentages, ordinals.

    A range ("12-15 students", "between 30 and 40") gives its lower bound, hedged ``at_least``.
    """
    out: list[Quantity] = []
    toks = list(sent)
    text = sent.text
    base = sent.start_char
    i = 0
    while i < len(toks):
        t = toks[i]
        if not _is_number_token(t) or t.ent_type_ in ("TIME", "MONEY", "PERCENT", "ORDINAL"):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and (
            _continues(toks[j], toks[j + 1])
            or (toks[j + 1].lower_ == "and" and toks[j].lower_ in SCALES and j + 2 < len(toks)
                and _is_number_token(toks[j + 2]) and not _is_digits(toks[j + 2]))
        ):
            j += 1
        run = toks[i : j + 1]
        words = [x.text for x in run]
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.lower_ in ("a", "an") and run[0].lower_ in ("dozen", "hundred", "thousand"):
            words = [prev.text] + words
        value = number_value(words)
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        after = j + 1
        qualifier = _qualifier(toks, i)
        # a range: keep the lower bound, skip the upper
        if nxt is not None and j + 2 < len(toks) and (
            (nxt.lower_ == "to" and _is_number_token(toks[j + 2]))
            or (nxt.lower_ in ("-", "–") and _is_digits(run[-1]) and _is_digits(toks[j + 2]))
        ) and not (j + 3 < len(toks) and toks[j + 3].lower_ in ("year", "-year")):
            qualifier = "at_least"
            after = j + 3
            while after < len(toks) and _continues(toks[after - 1], toks[after]):
                after += 1
        elif prev is not None and prev.lower_ == "between" and nxt is not None and nxt.lower_ == "and":
            qualifier = "at_least"
        year_compound = False
        if nxt is not None and nxt.text == "-" and j + 2 < len(toks) and _is_number_token(toks[j + 2]) \
                and not _is_digits(run[-1]):
            # "twenty - five" as the tokenizer splits it: one number
            words = [x.text for x in run] + [toks[j + 2].text]
            value = number_value(words)
            run = toks[i : j + 3]
            after = j + 3
            nxt = toks[j + 3] if j + 3 < len(toks) else None
            j = j + 2
        if any(x.lower_ in ("old", "year-old", "-year-old") for x in toks[j + 1 : j + 5]) and any(
                x.lower_ in ("year", "years", "-year", "year-old", "-year-old") for x in toks[j + 1 : j + 4]):
            i = after  # an age ("a 22-year-old student", "aged 15 years old"), not a count
            continue
        if nxt is not None and nxt.text == "-" and j + 2 < len(toks) and toks[j + 2].lower_ in ("year", "month"):
            year_compound = toks[j + 2].lower_ == "year"
            if not year_compound:
                i = j + 1
                continue
        elif "-year" in run[-1].lower_ or (nxt is not None and nxt.lower_ in ("-year", "year-old")):
            year_compound = True
        duration = _is_duration_years(toks, j)
        noun = _counted_noun(run)
        if t.ent_type_ == "DATE" and not (year_compound or duration) and (
                noun is None or _YEAR.fullmatch(t.text) or noun.ent_type_ == "DATE"):
            i = after  # a date ("on 12 March", "in 2019"), unless it counts a noun ("2019 40 protesters")
            continue
        if value is None or (len(run) == 1 and _YEAR.fullmatch(run[0].text) and noun is None):
            i = after  # vague, or a bare year
            continue
        last_text = run[-1].text.rstrip("-") or run[-1].text
        end = run[-1].idx + len(last_text)
        out.append(
            Quantity(
                value=value,
                qualifier=qualifier,
                start=run[0].idx,
                end=end,
                text=text[run[0].idx - base : end - base],
                first=run[0],
                last=run[-1],
                noun=noun,
                year_compound=year_compound or duration,
            )
        )
        i = after
    return out


def _is_duration_years(toks: list[Token], j: int) -> bool:
    """'five years in prison', 'sentenced to 10 years', 'jailed for 10 years': a term in years."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or nxt.lower_ not in ("years", "year"):
        return False
    if any(x.lower_ in ("prison", "jail", "imprisonment", "sentence", "sentences", "term", "terms")
           for x in toks[j + 2 : j + 6]):
        return True
    governors = [nxt.head, nxt.head.head, nxt.head.head.head]
    return any(g.lemma_.lower() in _SENTENCE_WORDS for g in governors)


def _counted_noun(run: list[Token]) -> Token | None:
    """The noun a number quantifies: its syntactic head for 'nummod', else None."""
    last = run[-1]
    for t in run:
        if t.dep_ in ("nummod", "quantmod", "compound") and t.head not in run and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    # "at least 1500 protesters" where the parser made the noun the number's child
    for c in last.children:
        if c.dep_ in ("pobj", "dobj", "amod") and c.pos_ in ("NOUN", "ADJ"):
            return c
    nxt_i = last.i + 1
    if nxt_i < len(last.doc) and last.doc[nxt_i].pos_ in ("NOUN",) and last.doc[nxt_i].head == last:
        return last.doc[nxt_i]
    return None


def _qualifier(toks: list[Token], i: int) -> str | None:
    before = " ".join(t.lower_ for t in toks[max(0, i - 3) : i])
    for phrase, q in QUALIFIERS:
        if before.endswith(phrase):
            return q
    return None


def evidence(q: Quantity) -> CountEvidence:
    return CountEvidence(text=q.text, start=q.start, end=q.end, qualifier=q.qualifier)

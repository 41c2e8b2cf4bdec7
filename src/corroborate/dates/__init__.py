"""Date expressions -> ISO values with an explicit precision, anchored the way a reader would.

The stage works in three steps, one module each:

- ``spans``: where the date expressions are (spaCy DATE/TIME entities plus a regex scan for
  what the tagger misses), without durations and ages ("five-year sentences", "for 10 days",
  "22-year-old" are not dates);
- ``reading``: what each expression says on its own (fields, or a count from an anchor), read
  by our patterns, or by dateparser for the rare shapes they do not cover;
- ``anchoring``: which day, week, month or year that is, given the document's ``published``
  date and the dates the text has established before it, walking the text in order.

Which date governs an event is ``date_for`` (its own sentence and clause); the pipeline then
falls back on the story's context, and ``episodes`` dates a back-reference ("killed during the
protests") by the episode the text dates elsewhere ("the November 2019 protests").

No year is ever invented: without ``published`` (or a dateline at the top of the text) and
without an earlier date in the text, "on Tuesday" stays a day-precision date with value ``None``.
Today's date is never used.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ..records import DateValue
from .anchoring import Anchors, cover, resolve
from .reading import Calendar
from .spans import Found, find_spans

__all__ = ["date_for", "dates_a_statement", "find_dates"]

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_INTENT_VERBS = {"agree", "plan", "vow", "promise", "intend", "decide", "schedule", "pledge", "threaten",
                 "prepare", "expect", "hope", "aim", "set", "want", "call"}
_BYLINE = re.compile(r"(?i)\b(?:published|posted|updated|date)\b[\w ]{0,12}[:\-–—]?\s*$")
_DASH_AFTER = re.compile(r"\s*(?:\([^)\n]{1,20}\)\s*)?[—–-]")
_LINE_WORDS = re.compile(r"(?i)\b(?:published|posted|updated|date|on|by)\b")
_DATELINE_REACH = 400


def find_dates(doc: Doc, published: str | None) -> list[DateValue]:
    """Every date expression in the doc, in text order, resolved (value may be None when
    nothing anchors it), offsets into doc.text. Anchoring walks the text in order, so a date
    established earlier anchors later partial ones.

    ``published`` is an ISO date (a time after it is ignored); anything else counts as unknown.
    The doc needs NER for the tagger's spans; the parser, when present, tells future sentences
    ("will rally on Friday") apart, whose bare weekdays and months lie after ``published``.
    """
    text = doc.text
    found = find_spans(doc, text)
    anchors = Anchors(now=_iso_date(published) or _dateline(found, text))
    dates = []
    for f in found:
        core = f.reading.core
        future = isinstance(core, Calendar) and core.year is None and _is_future(doc, f.start, f.end)
        interval = resolve(f.reading, anchors, future)
        value, precision = cover(interval) if interval is not None else (None, f.reading.precision)
        if interval is not None and value is not None:
            anchors.note(interval)
        dates.append(DateValue(text[f.start : f.end], f.start, f.end, value, precision))
    return dates


def date_for(
    dates: list[DateValue],
    sent_start: int,
    sent_end: int,
    trigger_start: int,
    paragraph_start: int | None = None,
    doc: Doc | None = None,
) -> DateValue | None:
    """The date that governs an event whose trigger is at trigger_start in the sentence
    [sent_start, sent_end): a date in the same sentence (the one closest to the trigger in the
    same clause is preferred — a simple proximity rule is fine), else None (the caller may fall
    back to paragraph context).

    Closest means fewest characters between the trigger and the date. Given the parsed ``doc``
    (optional), dates in the trigger's own clause come first, which proximity alone gets wrong
    in "protests began on Saturday, and police arrested 40 on Monday" (the arrest is Monday);
    within the clause, a date on the trigger verb itself comes before one on its complement.
    A sentence date with value ``None`` is still returned: the sentence has its own, unknown
    date, and an earlier one must not stand in for it. With ``paragraph_start``, a sentence
    without a date takes the last resolved date between ``paragraph_start`` and the sentence.
    """
    inside = [d for d in dates if sent_start <= d.start and d.end <= sent_end]
    if inside:
        if doc is not None and len(inside) > 1:
            inside = _same_clause(doc, inside, trigger_start) or inside
        if doc is not None and len(inside) > 1:
            inside = _on_the_trigger(doc, inside, trigger_start) or inside
        return min(inside, key=lambda d: (_distance(d, trigger_start), d.start))
    if paragraph_start is None:
        return None
    before = [d for d in dates if paragraph_start <= d.start and d.end <= sent_start and d.value is not None]
    return max(before, key=lambda d: d.start) if before else None


# Dependency labels of a verb that heads its own clause; an "xcomp" ("continued to arrest")
# shares the clause of the verb above it.
_CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "pcomp"}


def clause_of(token: Token, heads: set[str] = _CLAUSE_DEPS) -> int:
    """The index of the verb heading the clause that ``token`` stands in (a verb whose
    dependency label is one of ``heads``)."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token.dep_ in heads:
            return token.i
        if token.head.i == token.i:
            break
        token = token.head
    return token.i


def _same_clause(doc: Doc, dates: list[DateValue], trigger_start: int) -> list[DateValue]:
    if not doc.has_annotation("DEP"):
        return []
    trigger = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    if trigger is None:
        return []
    clause = clause_of(trigger[0])
    out = []
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and clause_of(span.root) == clause:
            out.append(d)
    return out


# Verbs of saying, reporting and reacting: the date of their clause is when something was said.
_STATEMENT_VERBS = {
    "say", "tell", "report", "announce", "state", "declare", "urge", "appeal", "condemn", "warn",
    "claim", "write", "add", "note", "confirm", "deny", "criticize", "criticise", "comment", "tweet",
    "reiterate", "acknowledge", "admit", "insist",
}  # fmt: skip
# Verbs that are acts of saying only with such an object ("issued a call", not "issued warrants").
_STATEMENT_OBJECT_VERBS = {"issue", "make", "release", "publish", "send"}
_STATEMENTS = {"statement", "call", "appeal", "report", "warning", "communique", "declaration", "plea",
               "demand", "letter", "message", "ultimatum"}  # fmt: skip
_CRITICISM = {"fire", "criticism", "pressure", "scrutiny"}  # "came under fire from"


def dates_a_statement(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at [start, end) (a date, or an event's trigger) stand in the clause of
    an act of saying ("On Monday, the group issued a call", "Amnesty said on Tuesday", "came
    under fire on Thursday"). Such a date is when something was said, not when what it reports
    happened, so it does not date the events told after it (only further statements)."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = doc[clause_of(span.root)]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _STATEMENT_VERBS:
        return True
    if lemma in _STATEMENT_OBJECT_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENTS for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in _CRITICISM for g in c.children)
               for c in verb.children)


def _on_the_trigger(doc: Doc, dates: list[DateValue], trigger_start: int) -> list[DateValue]:
    """The dates whose nearest verb is the trigger itself. A clause with a verb complement has
    two times: "Late on Monday, they agreed to meet on Wednesday" agreed on Monday."""
    trigger = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    if trigger is None or trigger[0].pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i == trigger[0].i:
            out.append(d)
    return out


def _distance(d: DateValue, at: int) -> int:
    if d.end <= at:
        return at - d.end
    return max(0, d.start - at)


def _iso_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _dateline(found: list[Found], text: str) -> date | None:
    """The date a text gives itself at its top ("Iran, January 16, 2021—", a byline date on its
    own line, "Published On: February 6, 2020"): the time of writing when ``published`` is
    missing. Only the first date, only a full one, and only in dateline shape: a caption's
    date ("... in Tehran on November 20, 2019. Photo: AP") is the date of a photo."""
    if not found:
        return None
    first = found[0]
    core = first.reading.core
    if first.start > _DATELINE_REACH or not isinstance(core, Calendar) or core.end is not None:
        return None
    if core.year is None or core.month is None or core.day is None:
        return None
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", first.end)
    rest = text[line_start : first.start] + " " + text[first.end : line_end if line_end >= 0 else len(text)]
    alone = not re.search(r"[A-Za-z]{3,}", _LINE_WORDS.sub(" ", rest))
    if alone or _DASH_AFTER.match(text, first.end) or _BYLINE.search(text, line_start, first.start):
        return date(core.year, core.month, core.day)
    return None


def _is_future(doc: Doc, start: int, end: int) -> bool:
    """Whether the date is an adverbial of a verb with "will"/"shall" ("will hold a rally on
    Friday"). A date that modifies a noun ("Monday's decision will ...") says nothing about it."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "pobj":
        tok = tok.head
    verb = tok.head
    if verb is tok or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    # "they said they would march again on Monday": future in a report of the past
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return True
    # "agreed to meet on Wednesday", "plans to rally on Friday"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENT_VERBS

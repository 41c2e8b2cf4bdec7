"""Mentions that refer back to an event already recorded are not new events.

A report tells an event once and then refers back to it by a definite noun: "The protests have
been organised without the Internet", "the crackdown on these protests drew condemnation". Such
a mention adds no happening of its own; recording it again would count one protest twice when
reports are later compared. It is dropped when it brings nothing new: no count, no actor or
recipient the earlier event lacks, no other place. A mention that introduces another episode
("another protest", "similar protests", "a second march") or that carries its own figures
("the protests, which drew 10,000 people") stays an event.

A headline tells in a few words what the story then tells in full: an event in the headline is
dropped when the body has one of the same type (the body's carries the details and the evidence).
"""


from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..dates.episodes import DETERMINERS_BACK, NEW_EPISODE
from ..records import Event

# The words by which the date stage's episodes tell a back-reference from a new episode, with
# possessives and ordinals ("its protests" points back, "a second march" is another one).
_BACK = frozenset(DETERMINERS_BACK | {"its", "their"})
_NEW = frozenset(NEW_EPISODE | {"second", "third", "latest", "first", "subsequent"})


def _noun_at(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span[0]
    # a compound trigger ("death toll") is headed by its last noun
    while t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
        t = t.head
    return t if t.pos_ == "NOUN" else None


def _refers_back(noun: Token) -> bool:
    deps = list(noun.children)
    if not any(c.lower_ in _BACK and c.dep_ in ("det", "poss") for c in deps):
        return False
    if any(c.lower_ in _NEW or c.like_num or c.dep_ in ("nummod", "relcl", "acl", "appos") for c in deps):
        return False
    # "the November 2019 protests", "the Tehran protests": a dated or placed naming names an
    # episode, it does not merely point back at one
    return not any(c.dep_ in ("compound", "nmod", "amod") and (c.ent_type_ or c.like_num) for c in deps)


def _adds_nothing(ev: Event, earlier: Event) -> bool:
    names = {e.name for e in earlier.actor} | {e.name for e in earlier.recipient}
    if ev.counts:
        return False
    # an actor the mention's own sentence names is news; one carried in from elsewhere is not
    if any(e.name not in names and ev.evidence_start <= e.start < ev.evidence_end for e in (*ev.actor, *ev.recipient)):
        return False
    here, there = ev.location, earlier.location
    return not (here is not None and there is not None and here.place and there.place and here.place != there.place)


def drop_back_references(events: Iterable[Event], doc: Doc) -> list[Event]:
    """The events without the definite mentions that only point back at an earlier one."""
    out: list[Event] = []
    for ev in sorted(events, key=lambda e: e.trigger.start):
        noun = _noun_at(doc, ev.trigger.start)
        if noun is not None and _refers_back(noun):
            earlier = [e for e in out if e.type == ev.type and (not ev.mode or e.mode == ev.mode)]
            if earlier and _adds_nothing(ev, earlier[-1]):
                continue
        out.append(ev)
    return out


def _headline(text: str, title: str | None) -> tuple[int, int] | None:
    """Where the text repeats its title near its start (extracted pages begin with it)."""
    if not title or len(title.strip()) < 12:
        return None
    at = text.find(title.strip()[:60], 0, 600 + len(title))
    return (at, at + len(title.strip())) if at >= 0 else None


def drop_headline_repeats(events: Iterable[Event], text: str, title: str | None) -> list[Event]:
    """The events without those of the headline that the body tells again."""
    events = list(events)
    head = _headline(text, title)
    if head is None:
        return events
    body = [e for e in events if e.trigger.start >= head[1]]
    return [e for e in events if not (head[0] <= e.trigger.start < head[1]
                                      and any(b.type == e.type for b in body))]


__all__ = ["drop_back_references", "drop_headline_repeats"]

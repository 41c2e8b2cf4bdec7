"""Actors the text names near an event rather than in its own clause.

RECORDS.md lets a passive or reported event take its actor from the surrounding text ("Four
were arrested. The security forces said ...") and PLOVER codes the participants of a protest
as its actor. Every rule here points at a mention the text makes, never at a guess:

- a protest without a named actor takes the protesters the text names in its own sentence or
  the nearest sentences around it ("Protests erupted on Friday. Demonstrators blocked ...");
- a killing, injury or arrest without one takes the armed actor a preceding event of the same
  family was attributed to, a few sentences back ("... were shot by riot police. Forty more
  were injured."), or the agent of the next sentence ("... was dismantled by security forces").

The same words for every side and country: "protesters" and "police" mean the same in any
camp's report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import Entity
from .mentions import SECTOR_WORDS, entity, entity_words

# Nouns that name the participants of a protest, whoever they are and whatever they oppose.
PROTESTER_NOUNS = frozenset(
    "protesters protester protestors protestor demonstrators demonstrator marchers marcher strikers striker "
    "rioters crowd crowds".split()
)
# Event families whose actor carries over from an earlier event of the family.
CARRY_FAMILIES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset(("ASSAULT", "COERCE")),
    "COERCE": frozenset(("ASSAULT", "COERCE")),
}
# How far an actor carries: the sentences a reader still connects with the event.
CARRY_SENTENCES = 3
PROTEST_WINDOW = 3


@dataclass(frozen=True)
class Stated:
    """An event whose own clause named its actor: where it is and who did it."""

    sentence: int
    type: str
    actor: tuple[Entity, ...]


def _inside(t: Token, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= t.idx < e for s, e in spans)


def carried_actor(stated: Sequence[Stated], si: int, type_: str, sectors: frozenset[str],
                  recipient: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The armed actor of the nearest earlier event of the same family, at most
    CARRY_SENTENCES sentences back ("... killed by soldiers. Dozens were wounded."), keeping
    only its entities of the given sectors, and never the event's own victims."""
    family = CARRY_FAMILIES.get(type_)
    if family is None:
        return ()
    victims = entity_words(recipient)
    victim_sectors = {e.sector for e in recipient if e.sector}
    for st in reversed(stated):
        if st.sentence >= si:
            continue
        if si - st.sentence > CARRY_SENTENCES:
            break
        if st.type not in family:
            continue
        # police who shot protesters did not injure the officers of the next sentence
        fitting = tuple(e for e in st.actor if e.sector in sectors and e.sector not in victim_sectors)
        if fitting and not entity_words(fitting) & victims:
            return fitting
    return ()


def _acts(t: Token) -> bool:
    """Whether a token is the 'by' phrase of a passive: there the text says outright who acted
    on someone, where any subject of the next sentence may be doing something else."""
    return t.dep_ == "pobj" and t.head.dep_ == "agent"


def next_agent(sents: Sequence[Span], si: int, sectors: frozenset[str],
               recipient: tuple[Entity, ...]) -> Entity | None:
    """An armed actor named as the agent of a passive in the next sentence of the same
    paragraph ("A cell was arrested in the west. It was dismantled by security forces, the
    ministry added.")."""
    if si + 1 >= len(sents):
        return None
    sent, nxt = sents[si], sents[si + 1]
    if "\n" in sent.doc.text[sent.end_char:nxt.start_char] or "\n" in sent.text.strip():
        return None
    taken = [(e.start, e.end) for e in recipient]
    victim_sectors = {e.sector for e in recipient if e.sector}
    for t in nxt:
        if not _acts(t) or _inside(t, taken) or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lower_ not in SECTOR_WORDS and t.ent_type_ not in ("ORG", "NORP"):
            continue
        ent = entity(t)
        if ent is not None and ent.sector in sectors and ent.sector not in victim_sectors:
            return ent
    return None


# Clauses that say more about the opposed party rather than name it: a relative clause ("the
# regime, which sent troops to fire on protesters") is cut off; a participle ("the actions
# committed by the rioters") still belongs to what is opposed.
_CLAUSES = {"relcl", "advcl", "ccomp", "conj", "cc", "punct"}


def _clause_verb(t: Token) -> Token:
    """The verb whose clause holds a token (the token itself when it is a verb)."""
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _target_spans(trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of what a protest opposes ("rallies were held in four cities against
    the rioters"), wherever in its clause the parser hung the 'against': the people named
    there are not its participants."""
    verb = _clause_verb(trigger)
    out = []
    for t in trigger.sent:
        if t.dep_ == "prep" and t.lower_ in ("against", "over") and _clause_verb(t.head) == verb:
            # the opposed noun phrase, without the relative clauses that hang on it
            end = t
            for obj in t.children:
                end = max([end, obj] + [c.right_edge for c in obj.children if c.dep_ not in _CLAUSES],
                          key=lambda x: x.i)
            out.append((t.idx, end.idx + len(end.text)))
    return out


def protesters_nearby(sents: Sequence[Span], si: int, trigger: Token,
                      taken_by: tuple[Entity, ...], window: int = PROTEST_WINDOW) -> Entity | None:
    """The protesters the text names with a protest that names no actor of its own: in its
    sentence first, then in the nearest sentences before and after (the earlier one first),
    ``window`` sentences away at most; never a mention ``taken_by`` the event's other side."""
    taken = [(e.start, e.end) for e in taken_by] + _target_spans(trigger)
    order = [si]
    for k in range(1, window + 1):
        order += [j for j in (si - k, si + k) if 0 <= j < len(sents)]
    for j in order:
        for t in sents[j]:
            if t.lower_ not in PROTESTER_NOUNS or t.dep_ == "compound" or _inside(t, taken):
                continue
            ent = entity(t)
            if ent is not None:
                return ent
    return None

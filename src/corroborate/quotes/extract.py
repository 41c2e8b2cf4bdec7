"""Quote records for a parsed document: the cues, the quotations, the speakers, in text order.

Words that are themselves inside a quotation ("I think that ...") are the speaker's own words,
not a new attribution, so cues inside quotations are skipped. Reported speech inside other
reported speech ("he noted that the minister said ...") is part of the outer quote, unless a
named party is its speaker: then it is a quote of its own, the claim's first source.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.mentions import canonical, entity, guess_sector
from ..records import Entity, Quote
from .context import Attribution, Context, Range
from .cues import RELATIVE, according_to, cue_lemma, from_cue, from_stance_word
from .lexicon import SPEECH
from .linking import attach_quotations
from .speakers import Speakers, anonymous_document


def _speaker(t: Token | None, speakers: Speakers) -> Entity | None:
    """The speaker as an Entity: its text and offsets are the words that speak here (a 'he' or
    'she' included), its name the person a pronoun stands for, an 'it' or 'they' the
    organisation or group; None when nobody is named (nothing is invented)."""
    if t is None:
        return None
    named = speakers.resolve(t)
    if named is not None and named.lower_ in _GROUP_PRONOUNS:
        return _group_of_people(named)
    ent = entity(named) if named is not None else None
    if ent is not None and named is not t and (t.pos_ == "PRON" or anonymous_document(t)):
        # the evidence is the word that speaks here ("she", "the statement"); the name says
        # whom it stands for
        ent = replace(ent, text=t.text, start=t.idx, end=t.idx + len(t.text))
    return ent


# "Those surveyed say ...", "many of the delegates believe ...", "almost everyone agrees ...":
# the group the text names, in its own words.
_GROUP_PRONOUNS = frozenset(
    "those some many most few others several both all everyone everybody nobody none".split()
)


def _group_of_people(t: Token) -> Entity:
    words = [w for w in t.subtree if w.dep_ not in ("relcl", "punct") and not any(
        a.dep_ == "relcl" for a in w.ancestors if a.i in range(t.left_edge.i, t.right_edge.i + 1))]
    first, last = words[0], words[-1]
    span = t.doc[first.i:last.i + 1] if last.i - first.i < 10 else t.doc[t.i:t.i + 1]
    return Entity(text=span.text, start=span.start_char, end=span.end_char, name=canonical(span.text),
                  sector=guess_sector(span.text))


def _to_quote(ctx: Context, a: Attribution, speakers: Speakers) -> Quote:
    text = ctx.text
    pieces = list(a.pieces)
    if a.direct and text[pieces[-1][1] - 1] == ",":
        pieces[-1] = (pieces[-1][0], pieces[-1][1] - 1)  # '"We will stay," she said': the comma is no word of hers
    return Quote(
        text=" ".join(text[s:e] for s, e in pieces),
        start=pieces[0][0],
        end=pieces[-1][1],
        speaker=_speaker(a.speaker, speakers),
        cue=" ".join(t.text for t in a.cue),
        direct=a.direct,
    )


def _reported_speech(a: Attribution) -> bool:
    """Speech a named party made, inside what someone else said ("He noted that the minister
    said 200 were killed"): the claim's own source, worth a quote of its own."""
    v = a.cue[0]
    return (a.frame == "clause" and cue_lemma(v) in SPEECH and a.speaker is not None
            and a.speaker.pos_ in ("PROPN", "NOUN") and a.speaker.lower_ not in RELATIVE)


def _within(a: Attribution, b: Attribution) -> bool:
    """Whether a's cue stands in what b reports."""
    return any(s <= t.idx < e for s, e in b.pieces for t in a.cue)


def find_quotes(doc: Doc) -> list[Quote]:
    """Every attributed statement of ``doc`` in text order: quotations (``direct``) and reported
    speech, thought and belief, each with its cue, its speaker (None when the text names
    nobody) and the offsets of what was said.

    A quotation split by its cue ('"...," he said, "..."') or running over several sentences or
    paragraphs is one quote: ``start``/``end`` span it all and ``text`` joins its pieces.
    """
    ctx = Context(doc)
    found: list[Attribution] = []
    for t in doc:
        a = from_cue(ctx, t) or according_to(ctx, t) or from_stance_word(ctx, t)
        if a is not None:
            found.append(a)
    found.sort(key=lambda x: x.start)
    cues = {t.i for a in found for t in a.cue}
    found = [a for a in found if _reported_speech(a)
             or not any(_within(a, b) and not _within(b, a) for b in found if b is not a)]
    attach_quotations(ctx, found, cues)
    seen: set[tuple[Range, ...]] = set()
    speakers = Speakers(doc, [i >= 0 for i in ctx.inside])
    out = []
    for a in sorted(found, key=lambda x: (x.start, x.end)):
        key = tuple(a.pieces)
        if key in seen:
            continue
        seen.add(key)
        out.append(_to_quote(ctx, a, speakers))
    return out

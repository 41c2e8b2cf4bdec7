"""Who claims an event, from the quotations and reported speech around it.

The parse of one sentence gives an event's claimant when the attribution sits in that sentence
("the ministry said that ..."); ``factuality.classify`` does that. Attributions that reach
further are read here, from the document's quotes (``corroborate.quotes``), whose speakers are
already resolved across sentences ('it' is the ministry that spoke before, 'the statement' the
body that issued it):

- an event inside a quotation or reported speech is claimed by that quote's speaker, also when
  the cue comes in a later sentence ('"They beat us. They took twelve away," the statement
  said.') or the speaker is named only by a pronoun;
- an event whose claimant the sentence leaves open ("reportedly", "it was reported that") is
  claimed by the last source the document has introduced as reporting ("..., Reuters reported").

Speech acts made by the quoting itself ('"We condemn the raid," the union said': the union
condemns by saying so) stay asserted: the outlet asserts that the words were said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..quotes.lexicon import SPEECH
from ..records import Entity, Event, Quote

# Types whose trigger is itself a speech act (the same list ``extract`` uses).
SPEECH_ACT_TYPES = frozenset(("ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE", "CONSULT"))
# Cues by which a source is introduced as the report a story rests on.
REPORT_CUES = frozenset(("reported", "reports", "report", "reporting", "has reported", "have reported"))
# Words that name a claimant without saying who it is.
_EMPTY_CLAIMANTS = frozenset(
    "it they he she we i this that report reports statement statements communique communiqué "
    "announcement release letter".split()
)


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
              "spoke": "speak", "spoken": "speak", "swore": "swear", "sworn": "swear", "read": "read"}


def _speech_cue(cue: str | None) -> bool:
    """Whether a quote's cue is a verb of speech or writing ("said", "has reported", "tweeted"),
    not of thought or evidence ("believes", "videos showed"): only a speaker makes a claim."""
    for w in (cue or "").lower().split():
        forms = {w, _IRREGULAR.get(w, w)}
        for suffix in ("s", "es", "d", "ed", "ing"):
            if w.endswith(suffix):
                stem = w[: -len(suffix)]
                forms |= {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
        if w.endswith("ied"):
            forms.add(w[:-3] + "y")
        if forms & SPEECH:
            return True
    return False


def _covering(quotes: Sequence[Quote], at: int) -> Quote | None:
    """The innermost quote with a speaker whose words contain the character ``at``."""
    inside = [q for q in quotes if q.speaker is not None and q.start <= at < q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def _weak(claimant: Entity | None) -> bool:
    """No claimant, or one that does not say who it is ("it", "the statement", "a police report")."""
    if claimant is None:
        return True
    words = claimant.name.lower().split()
    return not words or words[-1] in _EMPTY_CLAIMANTS


def _last_reporter(quotes: Sequence[Quote], before: int) -> Entity | None:
    """The speaker of the last quote before ``before`` whose cue is a report ("Reuters reported")."""
    for q in sorted(quotes, key=lambda q: q.start, reverse=True):
        if q.start < before and q.speaker is not None and (q.cue or "").lower() in REPORT_CUES \
                and not _weak(q.speaker):
            return q.speaker
    return None


def attribute_claims(events: Iterable[Event], quotes: Sequence[Quote]) -> list[Event]:
    """The events with the claimants that quotes and reported speech give them."""
    out = []
    for ev in events:
        at = ev.trigger.start
        quote = _covering(quotes, at)
        if quote is not None and quote.speaker is not None:
            own = ev.claimed_by is not None and quote.start <= ev.claimed_by.start < quote.end
            if ev.factuality == "reported" and not own and (_weak(ev.claimed_by) or not quote.direct):
                # the same cue read across sentences, with the speaker resolved
                ev = replace(ev, claimed_by=quote.speaker)
            elif ev.factuality == "asserted" and ev.type not in SPEECH_ACT_TYPES and (
                    quote.direct or _speech_cue(quote.cue)):
                ev = replace(ev, factuality="reported", claimed_by=quote.speaker)
        elif ev.factuality == "reported" and ev.claimed_by is None:
            reporter = _last_reporter(quotes, at)
            if reporter is not None:
                ev = replace(ev, claimed_by=reporter)
        out.append(ev)
    return out


__all__ = ["attribute_claims"]

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
  claimed by the source whose report the paragraph has just given ("Reuters reported that ...
  Troops reportedly ..."), and by nobody when another source spoke in between;
- the events of a sentence that the next sentence attributes as a whole ("Police detained 40
  people. This was reported by IRNA." / "That is according to the ministry." / "The figure was
  confirmed by the governor.") are claimed by that source.

Speech acts made by the quoting itself ('"We condemn the raid," the union said': the union
condemns by saying so) stay asserted: the outlet asserts that the words were said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..actors.mentions import entity, guess_sector
from ..actors.resolve import STAND_INS
from ..quotes.lexicon import SPEECH
from ..records import Entity, Event, Quote
from .extract import VERBAL_TYPES
from .factuality import FIGURE_NOUNS

# Cues by which a source is introduced as the report a story rests on.
REPORT_CUES = frozenset(("reported", "reports", "report", "reporting", "has reported", "have reported"))
# Words that name a claimant without saying who it is.
_EMPTY_CLAIMANTS = STAND_INS | frozenset(("we", "i", "reports", "statements"))


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


def _last_reporter(quotes: Sequence[Quote], since: int, before: int) -> Entity | None:
    """The source a "reportedly" leans on: the last attribution of the paragraph before it
    (from ``since``), when that one is a named source's report ("Reuters reported ..."). Another
    source in between, or none in the paragraph, and the claimant stays open."""
    earlier = [q for q in quotes if since <= q.start < before]
    if not earlier:
        return None
    q = max(earlier, key=lambda q: q.start)
    if q.speaker is not None and (q.cue or "").lower() in REPORT_CUES and not _weak(q.speaker):
        return q.speaker
    return None


# What a sentence that attributes the one before it refers to it by: "this", "the figure".
_ANAPHORS = frozenset(("this", "that", "these", "those", "it"))
_ANAPHOR_NOUNS = FIGURE_NOUNS | frozenset(("information", "account", "details", "claim", "news", "report"))


def _anaphor(t: Token) -> bool:
    if t.lower_ in _ANAPHORS and t.pos_ in ("PRON", "DET"):
        return True
    return t.lemma_.lower() in _ANAPHOR_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
                                                      for c in t.children)


def _pobj(t: Token, preps: tuple[str, ...]) -> Token | None:
    for c in t.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


# Verbs by which a source gives what the sentence before told (not "explained", "argued").
_GIVING_VERBS = frozenset("report confirm announce state claim publish disclose reveal provide release give "
                          "say tell".split())


def _speaker_like(t: Token | None) -> Token | None:
    """A source that can make a claim: a name, or a person or body ("the governor", "medics"),
    not evidence ("satellite images confirmed this", "video footage")."""
    if t is None:
        return None
    if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "NORP"):
        return t
    words = " ".join(w.text for w in t.subtree if w.dep_ not in ("relcl", "acl", "prep", "punct"))
    return t if t.pos_ == "NOUN" and guess_sector(words) is not None else None


def _attributes_previous(sent: Span) -> Token | None:
    """The source a sentence gives for the one before it, or None: "This was reported by X",
    "That is according to X", "X confirmed this", "The figures came from X"."""
    root = sent.root
    lemma = root.lemma_.lower()
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if lemma in _GIVING_VERBS:
        if subj is not None and subj.dep_ == "nsubjpass" and _anaphor(subj):
            return _speaker_like(_pobj(root, ("by",)))
        if obj is not None and _anaphor(obj) and subj is not None and not _anaphor(subj):
            return _speaker_like(subj)
    if root.lower_ == "according" and subj is not None and _anaphor(subj):
        return _speaker_like(_pobj(root, ("to",)))
    if lemma == "come" and subj is not None and subj.lemma_.lower() in _ANAPHOR_NOUNS and _anaphor(subj):
        # "The figure came from the hospital", not "These came from Turkey" (rifles, not words)
        return _speaker_like(_pobj(root, ("from",)))
    return None


def _next_sentence_sources(doc: Doc) -> list[tuple[int, int, Entity]]:
    """(start, end, source) of every sentence that the sentence right after it attributes."""
    sents = list(doc.sents)
    out = []
    for prev, sent in zip(sents, sents[1:], strict=False):
        words = [t for t in prev if not t.is_space]
        if not words or "\n" in doc.text[words[-1].idx:sent.start_char]:
            continue  # another paragraph: another story
        src = _attributes_previous(sent)
        ent = entity(src) if src is not None else None
        if ent is not None:
            out.append((prev.start_char, prev.end_char, ent))
    return out


def attribute_claims(events: Iterable[Event], quotes: Sequence[Quote], doc: Doc | None = None) -> list[Event]:
    """The events with the claimants that quotes, reported speech and attributing sentences
    give them (``doc`` is needed for the last)."""
    later = _next_sentence_sources(doc) if doc is not None else []
    out = []
    for ev in events:
        at = ev.trigger.start
        source = next((e for s, end, e in later if s <= at < end), None)
        if source is not None and ev.factuality == "asserted":
            out.append(replace(ev, factuality="reported", claimed_by=source))
            continue
        quote = _covering(quotes, at)
        if quote is not None and quote.speaker is not None:
            own = ev.claimed_by is not None and quote.start <= ev.claimed_by.start < quote.end
            if ev.factuality == "reported" and not own and (_weak(ev.claimed_by) or not quote.direct):
                # the same cue read across sentences, with the speaker resolved
                ev = replace(ev, claimed_by=quote.speaker)
            elif ev.factuality == "asserted" and ev.type not in VERBAL_TYPES and (
                    quote.direct or _speech_cue(quote.cue)):
                ev = replace(ev, factuality="reported", claimed_by=quote.speaker)
        elif ev.factuality == "reported" and ev.claimed_by is None and doc is not None:
            reporter = _last_reporter(quotes, doc.text.rfind("\n", 0, at) + 1, at)
            if reporter is not None:
                ev = replace(ev, claimed_by=reporter)
        out.append(ev)
    return out


__all__ = ["attribute_claims"]

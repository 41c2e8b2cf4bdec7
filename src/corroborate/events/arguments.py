"""Actor and recipient of an event, read from the dependency parse.

Active voice: the subject acts on the object ("Police arrested 40 students"). Passive voice:
the subject undergoes, the 'by' phrase acts ("40 students were arrested by police"). A noun
trigger takes its actor from a possessor, a 'by' phrase, a modifier ("police crackdown") or the
light verb that carries it ("activists staged a protest"), and its recipient from 'of',
'against' or 'on' ("the arrest of 40 students", "a crackdown on dissent"). Verbs without a
subject of their own borrow it from the verb they are coordinated with or depend on. Nothing is
invented: where the sentence names nobody, the argument is None.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .triggers import Trigger, patient

_SUBJ = ("nsubj", "csubj")
_RELATIVE = {"who", "which", "that", "whom"}
# Light verbs whose subject undergoes the event their object names: "were given five-year
# sentences", "faces a death sentence", "received prison terms".
_RECEIVING_VERBS = {"receive", "face", "serve", "get", "suffer", "endure"}
PROTEST_LEMMAS = {"protest", "demonstration", "rally", "march", "strike", "uprising", "riot", "sit-in", "vigil"}
_GIVING_VERBS = {"give", "hand", "issue", "impose", "pass", "mete"}


def _child(t: Token, *deps: str) -> Token | None:
    for c in t.children:
        if c.dep_ in deps:
            return c
    return None


def _pobj(t: Token, *preps: str) -> Token | None:
    for c in t.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            obj = _child(c, "pobj")
            if obj is not None:
                return obj
    return None


def _resolve_relative(t: Token | None) -> Token | None:
    """'the protesters who were killed': 'who' stands for 'protesters'."""
    if t is not None and t.lower_ in _RELATIVE and t.head.dep_ == "relcl":
        return t.head.head
    return t


def subject_of(v: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject of a verb and whether it is a passive subject, borrowing it from a
    coordinated or governing verb when the verb has none of its own."""
    subjects = [c for c in v.children if c.dep_ in _SUBJ]
    if subjects:
        # "KHARTOUM, Nov 25 - Sudanese forces fired ...": the parser may hang a dateline on the
        # verb as a second subject; the one nearest the verb is the real one
        return _resolve_relative(subjects[-1]), False
    subjpass = _child(v, "nsubjpass")
    if subjpass is not None:
        return _resolve_relative(subjpass), True
    if depth > 3:
        return None, False
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        s, passive = subject_of(v.head, depth + 1)
        own_passive = any(c.dep_ == "auxpass" for c in v.children)
        return s, passive and own_passive if own_passive else (s is not None and passive and v.tag_ == "VBN")
    if v.dep_ == "xcomp":
        obj = _child(v.head, "dobj")
        if obj is not None:
            return obj, False
        # "police are expected to arrest them": the borrowed subject acts in the infinitive
        return subject_of(v.head, depth + 1)[0], False
    if v.dep_ in ("advcl", "ccomp") and v.tag_ == "VBG":
        return subject_of(v.head, depth + 1)
    if v.dep_ == "acl" and v.tag_ == "VBG":
        return v.head, False
    return None, False


def verb_arguments(v: Token) -> tuple[Token | None, Token | None]:
    """(actor, recipient) heads for a verb trigger."""
    if v.dep_ in ("acl", "relcl") and v.tag_ == "VBN" and not _child(v, "nsubj", "nsubjpass"):
        # "people killed by police", "the number of people arrested"
        agent = _pobj(v, "by")
        return agent, v.head
    subj, passive = subject_of(v)
    agent = _pobj(v, "by")
    if passive or any(c.dep_ == "auxpass" for c in v.children):
        return agent, subj if passive else (subj or patient(v))
    obj = _child(v, "dobj", "obj")
    if obj is not None and (obj.lemma_.lower() in lx.WEAPON_NOUNS or obj.lemma_.lower() in lx.PROJECTILE_NOUNS
                            or obj.lower_ == "gas"):
        # "fired tear gas at the crowd": the weapon is the instrument, the crowd the recipient
        obj = _pobj(v, "at", "on", "into", "against", "upon")
    elif obj is None:
        obj = _pobj(v, "on", "at", "against", "upon", "into", "with") or _child(v, "dative")
        prt = _child(v, "prt")
        if obj is None and prt is not None:
            obj = _pobj(prt, "on", "against")
    return subj, obj


def noun_arguments(n: Token) -> tuple[Token | None, Token | None]:
    """(actor, recipient) heads for a noun trigger."""
    actor = _child(n, "poss") or _pobj(n, "by")
    recipient = _pobj(n, "of", "against", "on", "upon", "targeting")
    if actor is not None and (actor.ent_type_ in ("DATE", "TIME") or (
            lx.NOUNS.get(n.lemma_.lower(), (None,))[0] is not None and n.lemma_.lower() in PROTEST_LEMMAS
            and actor.ent_type_ in ("GPE", "LOC", "FAC"))):
        # "Sunday's marches", "Tehran's protests": when and where, not who
        actor = None
    if actor is None:
        for c in n.lefts:
            if c.dep_ in ("compound", "amod", "nmod") and (
                c.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or c.lemma_.lower() in lx.PERSON_NOUNS
                or c.lower_ in ("police", "army", "military", "government", "state", "security")
            ):
                actor = c
                break
    head = n.head
    if n.dep_ in ("dobj", "obj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        hl = head.lemma_.lower()
        subj, passive = subject_of(head)
        if hl in _RECEIVING_VERBS:
            recipient = recipient or subj
        elif hl in _GIVING_VERBS and (passive or any(c.dep_ == "auxpass" for c in head.children)):
            recipient = recipient or subj
            actor = actor or _pobj(head, "by")
        elif hl in _GIVING_VERBS:
            actor = actor or subj
            recipient = recipient or _child(head, "dative") or _pobj(head, "to", "on")
        elif hl in lx.LIGHT_VERBS and not passive:
            actor = actor or subj
    elif n.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB",) and head.lower_ in ("in", "into"):
        # "took part in the protests": the subject of 'took part' did it
        v = head.head
        if v.lemma_.lower() in ("take", "participate", "join", "engage"):
            actor = actor or subject_of(v)[0]
    return _resolve_relative(actor), _resolve_relative(recipient)


def modal_arguments(modal: Token) -> tuple[Token | None, Token | None]:
    """'A minister said Libya must hand over the suspects': the speaker demands, Libya is asked."""
    verb = modal.head
    recipient = subject_of(verb)[0]
    actor = None
    if verb.dep_ == "ccomp":
        actor = subject_of(verb.head)[0]
    return actor, recipient


def arguments(tr: Trigger) -> tuple[Token | None, Token | None]:
    """(actor, recipient) head tokens of a trigger; either may be None, and neither is one of
    the trigger's own words ("opened fire", "seized control", "shot dead")."""
    if tr.head.tag_ == "MD":
        actor, recipient = modal_arguments(tr.head)
    elif tr.nominal:
        actor, recipient = noun_arguments(tr.head)
    else:
        actor, recipient = verb_arguments(tr.head)
    if recipient is not None and tr.start <= recipient.i < tr.end:
        # the phrase's own object: its patient is one level further ("seized control of the town")
        inner = _pobj(recipient, "of", "on", "at", "against")
        recipient = inner if inner is not None else None
    if recipient is not None and recipient.i == tr.end and recipient.dep_ == "amod":
        recipient = recipient.head  # "shot dead 3 protesters": 'dead' belongs to the trigger
    if actor is not None and tr.start <= actor.i < tr.end:
        actor = None
    return actor, recipient

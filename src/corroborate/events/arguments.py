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

from ..actors.mentions import SECTOR_WORDS
from . import lexicon as lx
from .triggers import Trigger, patient

_SUBJ = ("nsubj", "csubj")
_RELATIVE = {"who", "which", "that", "whom"}
# Light verbs whose subject undergoes the event their object names: "were given five-year
# sentences", "faces a death sentence", "received prison terms".
_RECEIVING_VERBS = {"receive", "face", "serve", "get", "suffer", "endure"}
PROTEST_LEMMAS = {"protest", "demonstration", "rally", "march", "strike", "uprising", "riot", "sit-in", "vigil"}
_GIVING_VERBS = {"give", "hand", "issue", "impose", "pass", "mete"}
# Texts that "condemn", "ban" or "demand" on behalf of whoever wrote or adopted them: the author
# is the actor ("the parliament voted on a resolution condemning ...").
DOCUMENT_NOUNS = frozenset(
    "resolution statement report letter declaration communique communiqué motion petition decree "
    "order ruling verdict judgment judgement directive circular bill".split()
)
# Verbs whose subject authors the document they act on ("adopted a resolution", "voted on a
# motion", "issued a statement").
_AUTHOR_VERBS = frozenset(
    "issue adopt pass vote approve release publish sign send write deliver table introduce draft present "
    "submit endorse sponsor file lodge unveil announce enact decree".split()
)
# People whose role in an event is named by the event noun they govern ("the organizers of
# the march", "leaders of the strike", "participants in the rally").
ROLE_NOUNS = frozenset(
    "organizer organizers organiser organisers leader leaders participant participants instigator "
    "instigators ringleader ringleaders convener conveners convenor convenors".split()
)
# Verbs whose subject takes part in the event their 'in' phrase names ("took part in the
# protests", "joined in the strike", "played a leading role in the uprising").
_PARTICIPATION_VERBS = {"take", "participate", "join", "engage", "play", "lead"}
# Instruments in a 'by' phrase are how, not who ("hit by a rubber bullet", "injured by stones").
_ORDER_NOUNS = {"order", "orders", "instruction", "instructions", "command", "commands", "behest"}
_INSTRUMENTS = lx.WEAPON_NOUNS | lx.PROJECTILE_NOUNS | lx.CROWD_WEAPON_NOUNS


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


_PARTITIVES = {"many", "some", "most", "all", "several", "none", "few", "each", "both", "one", "dozens",
               "hundreds", "thousands", "scores", "majority", "half"}


def _person_like(t: Token) -> bool:
    return (t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ in SECTOR_WORDS
            or t.lemma_.lower() in lx.PERSON_NOUNS)


def _person_antecedent(t: Token) -> Token:
    """'Karim B., the deputy mayor in charge of public safety, who called ...': a 'who' the
    parser hangs on the last noun of a phrase stands for the person the phrase describes."""
    cand = t
    for _ in range(3):
        if _person_like(cand) or cand.dep_ != "pobj" or cand.head.dep_ != "prep":
            break
        cand = cand.head.head
    return cand if _person_like(cand) else t


def _resolve_relative(t: Token | None) -> Token | None:
    """'the protesters who were killed': 'who' stands for 'protesters'; so does 'many of
    whom' in 'held protesters, many of whom were detained'."""
    if t is None or t.head.dep_ != "relcl":
        return t
    if t.lower_ in ("who", "whom"):
        return _person_antecedent(t.head.head)
    if t.lower_ in _RELATIVE:
        return t.head.head
    if t.lower_ in _PARTITIVES or t.like_num:
        rel = _pobj(t, "of")
        if rel is not None and rel.lower_ in ("whom", "which"):
            return t.head.head
    return t


def _stranded_subject(v: Token) -> Token | None:
    """'In Ahvaz, Shiraz, and Tehran, resistance units burned ...': after a fronted list of
    places the parser may take the subject for one more item of the list. A noun phrase right
    before a finite verb, attached as a conjunct after the list's own 'and'/'or', is the verb's
    subject."""
    doc = v.doc
    if v.i == 0 or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prev = doc[v.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ != "conj" or prev.head.i >= prev.i:
        return None
    left = prev.left_edge.i
    if left == 0 or doc[left - 1].text != ",":
        return None
    first = prev
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    closed = any(doc[k].dep_ == "cc" and doc[k].lower_ in ("and", "or") for k in range(first.i + 1, left))
    return prev if closed else None


def _misread_place(subj: Token) -> bool:
    """'In Gomel, Brest, and Minsk, activists torched ...': a 'subject' right after a
    preposition left without its object is that preposition's object, not the subject."""
    k = subj.left_edge.i
    if k == 0:
        return False
    before = subj.doc[k - 1]
    return before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children)


def subject_of(v: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject of a verb and whether it is a passive subject, borrowing it from a
    coordinated or governing verb when the verb has none of its own."""
    subjects = [c for c in v.children if c.dep_ in _SUBJ]
    if not subjects:
        # "units and supporters have for a week been targeting ...": the parser may hang the
        # subject on the auxiliary
        subjects = [c for a in v.children if a.dep_ == "aux" and a.i < v.i for c in a.children if c.dep_ in _SUBJ]
    if subjects and _misread_place(subjects[-1]):
        stranded = _stranded_subject(v)
        if stranded is not None:
            return stranded, False
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
    if v.dep_ == "advcl" and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and (
            _child(v.head, "dobj", "obj") is None):
        # "prisoners went on hunger strike to protest against ...": the purpose is the subject's
        # (not after an object: in "sent troops to fire" the troops fire)
        subj, passive = subject_of(v.head, depth + 1)
        return (None if passive else subj), False
    if v.dep_ == "acl" and v.tag_ == "VBG":
        return v.head, False
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep":
        # "a teacher jailed for taking part in the protests", "was arrested for leading the
        # march": who is jailed or arrested is who took part
        h = v.head.head
        if h.dep_ in ("acl", "relcl") and h.tag_ == "VBN" and not _child(h, "nsubj", "nsubjpass"):
            return _resolve_relative(h.head), False
        if h.pos_ in ("VERB", "AUX"):
            return subject_of(h, depth + 1)[0], False
    if v.dep_ in ("ROOT", "conj", "ccomp"):
        return _stranded_subject(v), False
    return None, False


def _author(text_noun: Token) -> Token | None:
    """Who wrote, issued or adopted a document: its possessor or 'by' phrase ("Amnesty's
    report", "a statement by the ministry"), else the subject of the verb that issues it or
    acts on it ("the parliament adopted / voted on a resolution")."""
    found = _child(text_noun, "poss") or _pobj(text_noun, "by", "from")
    if found is not None:
        return found
    head = text_noun.head
    if text_noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif text_noun.dep_ not in ("dobj", "obj"):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _AUTHOR_VERBS:
        return None  # "protesters breached the order banning ...": breaching is not issuing
    subj, passive = subject_of(head)
    if passive or any(c.dep_ == "auxpass" for c in head.children):
        return _pobj(head, "by")
    return subj


def _on_orders_of(v: Token) -> Token | None:
    """'killed on the orders of the commander', 'arrested on the governor's orders': whoever
    gave the order is the actor the text names for the act."""
    # the phrase may hang on a noun of the verb's own prepositional chain ("killed in two weeks
    # of protests on the orders of ..."), never inside another clause
    frontier = [v]
    for _ in range(3):
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ != "prep":
                    continue
                obj = _child(c, "pobj")
                if obj is None:
                    continue
                if c.lower_ in ("on", "under", "upon", "at") and obj.lemma_.lower() in _ORDER_NOUNS:
                    found = _child(obj, "poss") or _pobj(obj, "of", "from")
                    if found is not None:
                        return found
                nxt.append(obj)
        frontier = nxt
    return None


def _agent(v: Token) -> Token | None:
    """The 'by' phrase of a passive verb unless it names an instrument, else whoever ordered it."""
    agent = _pobj(v, "by")
    if agent is not None and agent.lemma_.lower() in _INSTRUMENTS:
        agent = None
    return agent or _on_orders_of(v)


def verb_arguments(v: Token) -> tuple[Token | None, Token | None]:
    """(actor, recipient) heads for a verb trigger."""
    if v.dep_ in ("acl", "relcl") and v.tag_ == "VBN" and not _child(v, "nsubj", "nsubjpass"):
        # "people killed by police", "the number of people arrested"
        agent = _agent(v)
        return agent, v.head
    subj, passive = subject_of(v)
    agent = _agent(v)
    if subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS and not passive:
        # "a resolution condemning the crackdown": the resolution's author condemns
        subj = _author(subj) or subj
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
    if actor is not None and actor.lemma_.lower() in _INSTRUMENTS:
        actor = None
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
    if actor is None and n.lemma_.lower() in ("meeting", "talk", "talks", "negotiation", "negotiations", "summit"):
        # "a meeting between the leader, the president and security chiefs": all of them meet
        actor = _pobj(n, "between", "among")
        held = next((c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if actor is None and held is not None:
            actor = _pobj(held, "between", "among")  # "a meeting held on Monday between ..."
    head = n.head
    if actor is None and n.dep_ == "pobj" and head.lower_ in ("of", "in") and head.head.lower_ in ROLE_NOUNS:
        # "the organizers of Sunday's marches"
        actor = head.head
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
        elif hl in lx.LIGHT_VERBS and n.dep_ == "nsubjpass":
            # "the shutdown had been ordered by the army", "the rally was organised by students"
            actor = actor or _agent(head)
    elif n.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB",) and head.lower_ in (
            "in", "into", "during"):
        # "took part in the protests", "played a leading role during the uprising": the subject
        # of 'took part' did it
        v = head.head
        if v.lemma_.lower() in _PARTICIPATION_VERBS and (v.lemma_.lower() != "play" or any(
                c.dep_ == "dobj" and c.lemma_.lower() == "role" for c in v.children)):
            subj, passive = subject_of(v)
            actor = actor or (None if passive else subj)
    elif n.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("be", "go", "remain", "stay"):
        # "eight prisoners have been on hunger strike", "the dockers went on strike"
        actor = actor or subject_of(head.head)[0]
    elif n.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() == "role" and head.lower_ in (
            "in", "during"):
        # "the party's role in the uprising"
        v = head.head.head
        if head.head.dep_ == "dobj" and v.lemma_.lower() in ("play", "have"):
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

"""Events of one parsed document: triggers, arguments, counts, factuality, date, place, ACLED.

The steps, per sentence: find triggers (``triggers``), read actor and recipient from the parse
(``arguments``), give each stated number to the event it counts (here), label factuality and
the claimant (``factuality``), merge triggers that name one event twice, then attach the
governing date and place and the ACLED export type, and score confidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..actors.implied import Stated, carried_actor, next_agent, protesters_nearby
from ..actors.mentions import SECTOR_WORDS, entities, entity, entity_words
from ..nlp import text_of
from ..records import CountEvidence, DateValue, Entity, Event, Place, TextSpan
from . import acled as acled_map
from . import lexicon as lx
from .arguments import arguments
from .counts import Quantity, evidence, quantities
from .factuality import COMMITMENT_WORDS, classify
from .lexicon import REPORT_VERBS, Sense
from .triggers import Trigger, find_triggers

# Speech acts whose complement is a wished-for, refused, promised or threatened action.
CONTENT_TYPES = frozenset(("REQUEST", "REJECT", "THREATEN", "AGREE"))

# Types whose trigger is itself a speech act: the outlet asserts that someone said it.
VERBAL_TYPES = frozenset(("ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE", "CONSULT"))

# Which words make a number count what; lemmas.
COUNT_WORDS: dict[str, str] = {}
for _key, _words in {
    "killed": "kill die dead death toll murder execute massacre slay shoot behead hang fatality casualty life "
    "body martyr",
    "injured": "injure wound hurt injured wounded injury",
    "arrested": "arrest detain jail imprison round detention detainee custody apprehend prisoner",
    "sentenced": "sentence convict condemn",
    "participants": "protest march rally demonstrate gather join participate strike protester demonstrator "
    "marcher participant striker",
}.items():
    for _w in _words.split():
        COUNT_WORDS[_w] = _key
COUNT_TYPES: dict[str, tuple[str, ...]] = {
    "killed": ("ASSAULT",),
    "injured": ("ASSAULT",),
    "arrested": ("COERCE",),
    "sentenced": ("SANCTION", "COERCE"),
    "sentence_years": ("SANCTION", "COERCE"),
    "participants": ("PROTEST",),
    "cities": ("PROTEST", "ASSAULT", "COERCE"),
    "provinces": ("PROTEST", "ASSAULT", "COERCE"),
}
PLACE_UNITS = {"city": "cities", "town": "cities", "province": "provinces", "governorate": "provinces",
               "region": "provinces", "state": "provinces", "county": "provinces"}
AGGREGATE_NOUNS = {"number", "toll", "tally", "figure", "total", "count"}


@dataclass
class Draft:
    """An event under construction (mutable while a sentence is processed)."""

    trigger: Trigger
    sent: Span
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    factuality: str
    claimed_by: Entity | None
    counts: dict[str, int] = field(default_factory=dict)
    count_evidence: dict[str, CountEvidence] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return self.trigger.sense.type


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the parse tree (large if unrelated)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    pos_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in pos_b:
            return k + pos_b[t.i]
    return 99


def _count_key(q: Quantity) -> str | None:
    """What a number counts: a place unit ("191 cities"), a term ("five-year"), else the word
    that governs the counted people ("killed 40 protesters": killed, whatever the people are)."""
    if q.noun is not None and q.noun.lemma_.lower() in PLACE_UNITS:
        return PLACE_UNITS[q.noun.lemma_.lower()]
    if q.year_compound:
        return "sentence_years"
    start: Token = q.noun if q.noun is not None else q.last
    # the number's own participle or adjective says it first: "two killed and five injured"
    for c in (*start.children, *q.last.children):
        if c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in COUNT_WORDS and c.i > q.last.i:
            return COUNT_WORDS[c.lemma_.lower()]
    t = start
    for _ in range(5):
        # "the number of people arrested reached 12,000", "the death toll rose to 40"
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in AGGREGATE_NOUNS:
            key = _aggregate_key(subj)
            if key:
                return key
        if t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in COUNT_WORDS and t.pos_ in ("VERB", "NOUN", "ADJ"):
            return COUNT_WORDS[t.lemma_.lower()]
    # the counted word itself says it: "400 dead", "1,200 detainees", "5,000 protesters"
    if start.lemma_.lower() in COUNT_WORDS:
        return COUNT_WORDS[start.lemma_.lower()]
    nxt = q.last.i + 1
    if nxt < len(q.last.doc) and q.last.doc[nxt].lemma_.lower() in COUNT_WORDS:
        return COUNT_WORDS[q.last.doc[nxt].lemma_.lower()]
    return None


def _aggregate_key(noun: Token) -> str | None:
    """'number of injured' -> injured; 'death toll' -> killed; 'number of people arrested'."""
    for c in noun.children:
        if c.dep_ == "compound" and c.lemma_.lower() in COUNT_WORDS:
            return COUNT_WORDS[c.lemma_.lower()]
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.subtree:
                if g.i != c.i and g.lemma_.lower() in COUNT_WORDS:
                    return COUNT_WORDS[g.lemma_.lower()]
    return None


def _assign_counts(drafts: list[Draft], sent: Span) -> None:
    for q in quantities(sent):
        key = _count_key(q)
        if key is None:
            continue
        fits = [d for d in drafts if d.type in COUNT_TYPES[key] and key not in d.counts]
        if key in ("sentenced", "sentence_years"):
            fits = [d for d in fits if d.type == "SANCTION" or d.trigger.sense.mode == "arrest"]
        if key == "arrested":
            fits = [d for d in fits if d.trigger.sense.mode == "arrest"]
        if key in ("killed", "injured"):
            # a person cannot be counted as killed by an arrest; prefer the event whose trigger says it
            fits = [d for d in fits if d.type == "ASSAULT"]
        if key in ("cities", "provinces"):
            protests = [d for d in fits if d.type == "PROTEST"]
            fits = protests or fits
        if not fits:
            continue
        # the event nearest the number in the parse wins: in "sentenced X to death, while three
        # others were given five-year sentences" the three go with the second sentence
        near = q.noun if q.noun is not None else q.first
        best = min(fits, key=lambda d: (_tree_distance(near, d.trigger.head), abs(near.i - d.trigger.head.i)))
        best.counts[key] = q.value
        best.count_evidence[key] = evidence(q)


def _related(a: Trigger, b: Trigger) -> bool:
    ha, hb = a.head, b.head
    return ha in hb.conjuncts or ha.head.i == hb.i or hb.head.i == ha.i or ha in hb.subtree or hb in ha.subtree


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One event per thing that happened: a noun and a verb naming the same arrest, or
    "arrested and detained", become one draft; distinct victims stay distinct events."""
    out: list[Draft] = []
    for d in drafts:
        twin = None
        for k in out:
            if k.type != d.type:
                continue
            rec_k = {e.name.lower() for e in k.recipient}
            rec_d = {e.name.lower() for e in d.recipient}
            if rec_k and rec_d and not rec_k & rec_d:
                continue
            if any(key in k.counts and k.counts[key] != v for key, v in d.counts.items()):
                continue
            if k.factuality != d.factuality:
                continue  # "put the toll at 12 and denied using live ammunition": two claims
            modes = {d.trigger.sense.mode, k.trigger.sense.mode} - {None}
            if len(modes) > 1:
                continue  # "protests in Tehran while truckers went on strike": two events
            if _related(d.trigger, k.trigger) or (
                (d.trigger.nominal or k.trigger.nominal) and not (d.counts and k.counts)
            ):
                twin = k
                break
        if twin is None:
            out.append(d)
            continue
        keep, other = (twin, d) if twin.trigger.sense.weight >= d.trigger.sense.weight else (d, twin)
        if keep.trigger.sense.mode is None and other.trigger.sense.mode is not None:
            keep.trigger = replace(keep.trigger, sense=replace(keep.trigger.sense, mode=other.trigger.sense.mode))
        keep.actor = keep.actor or other.actor
        keep.recipient = keep.recipient or other.recipient
        keep.claimed_by = keep.claimed_by or other.claimed_by
        for key, v in other.counts.items():
            if key not in keep.counts:
                keep.counts[key] = v
                keep.count_evidence[key] = other.count_evidence[key]
        if keep is d:
            out[out.index(twin)] = d
    return out


def _is_stated_reason(head: Token, trigger_heads: set[int]) -> bool:
    """'sentenced ... for giving out leaflets', 'arrested over taking part in protests': the
    charge behind another event, which the text does not report as an event of its own."""
    if head.dep_ not in ("pcomp", "pobj"):
        return False
    prep = head.head
    return prep.lower_ in ("for", "over") and prep.head.i in trigger_heads


def _is_protest_topic(head: Token, protest_heads: set[int]) -> bool:
    """'marched to demand reforms', 'demonstrated, calling for independence': PLOVER does not
    code a protest's demand as an event of its own."""
    t = head
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i in protest_heads:
            return True
    return False


def _against(head: Token, actor: Token | None = None, defaced: bool = False) -> Token | None:
    """Whom a protest is against: the object of 'against' on the trigger or its light verb;
    else the X of an "anti-X" on the protest, its protesters or its object ("anti-government
    protesters", "anti-regime slogans"); else the owner of what it burns or defaces ("the
    regime's posters"), or, for an act of defacing, whom the image it burns shows or the named
    organisation the property belongs to. The same reading for every camp."""
    for t in (head, head.head):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "against":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if t.pos_ in ("VERB", "AUX"):
            break
    obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lower_ == "fire":
        # "set fire to the militia's signs": what burns is the object of 'to'
        to = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "on")), None)
        obj = next((g for g in to.children if g.dep_ == "pobj"), obj) if to is not None else obj
    doc = head.doc
    for holder in (head, actor, obj):
        if holder is None:
            continue
        for k in range(holder.left_edge.i, holder.i - 2):
            if doc[k].lower_ == "anti" and doc[k + 1].text == "-" and doc[k + 2].pos_ in ("NOUN", "PROPN", "ADJ"):
                return doc[k + 2]
    if obj is not None:
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            return owner
        if not defaced:
            return None
        if obj.lemma_.lower() in IMAGE_NOUNS:
            # "burned portraits of the president": the protest is against whom they show
            shown = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
            if shown is not None and shown.pos_ in ("NOUN", "PROPN"):
                return shown
        # "set alight two Basij bases": the named organisation the property belongs to
        named = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in (
            "GPE", "LOC", "FAC", "DATE")]
        if named:
            return named[-1]
    return None


# What protesters deface or burn to oppose whom it shows.
IMAGE_NOUNS = frozenset("image picture portrait poster banner effigy statue bust billboard photo photograph "
                        "sign".split())


def _sentence_drafts(sent: Span, nlp: Language) -> list[Draft]:
    drafts: list[Draft] = []
    triggers = find_triggers(sent, nlp)
    heads = {tr.head.i for tr in triggers}
    # a protest noun's light verb ("staged demonstrations to demand ...") stands for the protest too
    words = {t.lower_ for t in sent}
    accidental = bool(words & lx.DISASTER_WORDS) and not words & lx.VIOLENCE_WORDS
    protest_heads = {h.i for tr in triggers if tr.sense.type == "PROTEST"
                     for h in ((tr.head, tr.head.head) if tr.nominal else (tr.head,))}
    if sum(1 for t in sent if t.is_alpha or t.like_num) <= 3 and not (
            sent[-1].text in (".", "!") and any(t.dep_ in ("nsubj", "nsubjpass") for t in sent)):
        # "Donate Now", a byline, a menu item: no event is reported in three words, unless they
        # make a full sentence ("Police arrested dozens.")
        return []
    modal_heads = {tr.head.head.i for tr in triggers if tr.head.tag_ == "MD"}
    # what someone demands, refuses, promises or threatens to do has not happened: it is the
    # content of that event, not an event of its own ("urged the UN to investigate")
    content: set[int] = set()
    for tr in triggers:
        if tr.sense.type in CONTENT_TYPES and not tr.nominal:
            for c in tr.head.children:
                if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
                    content.update(t.i for t in c.subtree)
    for tr in triggers:
        if _is_stated_reason(tr.head, heads):
            continue
        if tr.head.i in content and tr.head.tag_ != "MD":
            continue
        if tr.head.i in modal_heads and tr.head.tag_ != "MD":
            continue  # "Libya must hand over the suspects": the demand is the event, not a handover
        if tr.sense.type == "REQUEST" and _is_protest_topic(tr.head, protest_heads):
            continue
        if accidental and tr.sense.type == "ASSAULT" and tr.head.lemma_.lower() in lx.LETHAL_LEMMAS:
            continue
        actor_tok, recipient_tok = arguments(tr)
        if tr.sense.type == "PROTEST":
            # a protest's recipient is whom it is against, not the poster it burns
            recipient_tok = _against(tr.head, actor_tok, defaced=tr.sense.mode == "vandalize")
        if tr.sense.type == "MOBILIZE" and actor_tok is None and recipient_tok is not None and any(
                c.dep_ == "auxpass" for c in tr.head.children):
            # "RSF troops were deployed": the forces that move are the actor of a mobilisation
            actor_tok, recipient_tok = recipient_tok, None
        # a noun's tense and modality are its verb's: "will extend the curfew"
        fhead = tr.head
        if tr.nominal and tr.head.dep_ in ("dobj", "nsubjpass", "attr") and tr.head.head.pos_ in ("VERB", "AUX"):
            fhead = tr.head.head
        fact = classify(fhead, sent, own_verb=tr.sense.type in VERBAL_TYPES)
        claimed = entity(fact.source) if fact.source is not None else None
        label = fact.label
        actors = entities(actor_tok)
        own_act = tr.sense.type in VERBAL_TYPES or tr.head.tag_ == "MD"
        if own_act and label == "reported" and claimed is not None and any(a.start == claimed.start for a in actors):
            # "Rajavi tweeted: the world must act": the speaker's own demand, which the outlet
            # reports as a fact about the speaker; nothing is claimed by someone else
            label, claimed = "asserted", None
        actor_words = entity_words(actors)
        if tr.sense.type == "ASSAULT" and tr.sense.mode in ("primitive", "sideAB") and actor_words & lx.PROTEST_PEOPLE:
            # house rule: clashes and stone-throwing by protesters are a riot, whoever reports them
            tr = replace(tr, sense=Sense("PROTEST", "riot", tr.sense.weight))
        drafts.append(
            Draft(
                trigger=tr,
                sent=sent,
                actor=actors,
                recipient=entities(recipient_tok),
                factuality=label,
                claimed_by=claimed,
            )
        )
    _assign_counts(drafts, sent)
    drafts = _merge(drafts)
    return drafts + [p for p in (_pledge(d) for d in drafts) if p is not None]


COOPERATIVE_TYPES = frozenset(("AID", "COOPERATE", "RETREAT", "CONSULT", "SUPPORT", "CONCEDE"))
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": None}


def _pledge(d: Draft) -> Draft | None:
    """A stated intention to act is an event of its own in PLOVER: promising cooperation is
    AGREE ("Finland will give Tanzania a grant"), announcing conflictual action is THREATEN
    ("farmers said they would blockade Paris"). Only for intentions someone states or commits
    to, so a plain forecast ("the protest will grow") stays a future event."""
    if d.type in ("AGREE", "ACCUSE", "REQUEST", "REJECT", "THREATEN"):
        return None
    head = d.trigger.head
    if d.trigger.nominal and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "wo") for c in head.children)
    if d.factuality == "negated" and will and d.type in COOPERATIVE_TYPES | {"AGREE"}:
        return _derived(d, Sense("REJECT", None, d.trigger.sense.weight + 0.05))
    if d.factuality != "future":
        return None
    stated = (head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORT_VERBS) or (
        head.dep_ == "xcomp" and head.head.lemma_.lower() in COMMITMENT_WORDS
    ) or (will and bool(d.actor) and head.dep_ == "ROOT")
    if not stated or (d.type == "PROTEST" and d.trigger.sense.mode not in ("obstruct", "boycott", "strike")):
        return None
    mode = d.trigger.sense.mode
    if d.type in COOPERATIVE_TYPES and not (d.type == "RETREAT" and mode == "withdraw"):
        sense = Sense("AGREE", None, d.trigger.sense.weight + 0.05)
    else:
        threat_mode = THREAT_MODES.get(d.type, "restrict")
        if d.type == "COERCE":
            threat_mode = "arrest" if mode == "arrest" else "restrict"
        if d.type == "SANCTION" and mode == "expel":
            threat_mode = "expel"
        sense = Sense("THREATEN", threat_mode, d.trigger.sense.weight + 0.05)
    return _derived(d, sense)


INTERVENTIONS = {("COERCE", "arrest"), ("COERCE", "restrict"), ("ASSAULT", "crowd-control"),
                 ("ASSAULT", "firearms"), ("ASSAULT", None), ("ASSAULT", "beat")}


# "Four were arrested. The security forces said ...": RECORDS.md lets a passive event take its
# actor from the surrounding text, when the text names one of the kind that does such things.
# The same kinds for every side: state forces, rebels and unknown gunmen alike.
IMPLIED_ACTOR_SECTORS: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset(("COP", "MIL", "REB", "UAF")),
    "COERCE": frozenset(("COP", "MIL", "JUD", "REB")),
    "SANCTION": frozenset(("JUD",)),
}


def _nearby_actor(sents: list[Span], si: int, sectors: frozenset[str], recipient: tuple[Entity, ...]) -> Entity | None:
    """An armed group (or court) the event's own sentence names, else the subject of a report
    in the next sentence ("... were arrested. The security forces said ..."); never one of
    the event's victims, and never from an unrelated sentence."""
    taken = [(e.start, e.end) for e in recipient]

    def fits(t: Token) -> Entity | None:
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" or any(s <= t.idx < e for s, e in taken):
            return None
        if t.dep_ in ("nsubjpass", "dobj"):
            return None  # "... were arrested and 31 officers were injured": the officers undergo
        if t.lower_ not in SECTOR_WORDS and t.ent_type_ not in ("ORG", "NORP"):
            return None  # cheap test first: entity() builds a name span
        ent = entity(t)
        return ent if ent is not None and ent.sector in sectors else None

    for t in sents[si]:
        found = fits(t)
        if found is not None:
            return found
    if si + 1 < len(sents):
        root = sents[si + 1].root
        if root.lemma_.lower() in REPORT_VERBS:
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return fits(subj)
    return None


def _derived(d: Draft, sense: Sense) -> Draft:
    """A second event read off the same words (a pledge, a threat, a refusal)."""
    tr = d.trigger
    return Draft(
        trigger=Trigger(sense, tr.head, tr.start, tr.end, tr.nominal),
        sent=d.sent,
        actor=d.actor,
        recipient=d.recipient,
        factuality="asserted",
        claimed_by=None,
    )


# How much less likely an event is the point of its sentence when its trigger sits in a clause
# of this kind: a relative clause or an 'after ...' clause gives background to the main event.
CLAUSE_PENALTY = {"relcl": 0.12, "acl": 0.1, "advcl": 0.08, "pcomp": 0.08, "ccomp": 0.06, "csubj": 0.06,
                  "xcomp": 0.03, "pobj": 0.04, "conj": 0.02}


def _salience_penalty(head: Token, speech_heads: set[int]) -> float:
    """Penalty for how deep in subordinate clauses a trigger stands. The content of a report
    ("X said that police fired") is not penalised: it is what the sentence is about. The
    content of a demand or accusation ("urged Y to release Z") is: the demand is the event."""
    pen = 0.0
    t = head
    for _ in range(8):
        parent = t.head
        if parent.i == t.i:
            break
        if t.dep_ == "ccomp" and parent.lemma_.lower() in REPORT_VERBS:
            pass
        elif parent.i in speech_heads and t.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "pobj", "pcomp", "prep"):
            pen += 0.15
        else:
            pen += CLAUSE_PENALTY.get(t.dep_, 0.0)
        t = parent
    return min(pen, 0.35)


def _confidence(d: Draft, speech_heads: set[int], trigger_heads: set[int] | None = None) -> float:
    c = d.trigger.sense.weight - _salience_penalty(d.trigger.head, speech_heads)
    # "lifted the curfew", "eased the ban": the noun names what another event acts on
    if d.trigger.nominal and trigger_heads and d.trigger.head.head.i in trigger_heads - {d.trigger.head.i}:
        c -= 0.12
    c += 0.04 * bool(d.actor) + 0.04 * bool(d.recipient) + 0.04 * bool(d.counts)
    if d.trigger.head.dep_ == "ROOT" or (
        d.trigger.head.dep_ == "ccomp" and d.trigger.head.head.lemma_.lower() in REPORT_VERBS
    ):
        c += 0.05
    if d.trigger.nominal and d.trigger.head.dep_ == "pobj":
        c -= 0.05
    if d.factuality in ("negated", "hypothetical"):
        c -= 0.1
    # the first sentence of a short text (a lead, a headline, a snippet) states its main event
    if d.sent.start == 0 or d.sent.start_char < 40:
        c += 0.03
    return max(0.05, min(0.99, c))


def _contexts(d: Draft) -> tuple[str, ...]:
    sectors_a = {e.sector for e in d.actor}
    sectors_r = {e.sector for e in d.recipient}
    out: list[str] = []
    if d.type in ("COERCE", "ASSAULT") and sectors_a & {"GOV", "COP", "MIL", "JUD"} and sectors_r & {"CVL", "OPP", "JRN"}:
        out.append("repression")
    if d.type == "SANCTION" and d.trigger.sense.mode == "convict":
        out.append("legal")
    if d.trigger.sense.mode == "censor":
        out.append("rights_freedoms")
    return tuple(out)


def extract_events(
    doc: Doc,
    nlp: Language,
    dates: list[DateValue] | None = None,
    places: list[Place] | None = None,
    fallback_place: Place | None = None,
    date_for: Callable[[list[DateValue], int, int, int], DateValue | None] | None = None,
    place_for: Callable[[list[Place], int, int, int], Place | None] | None = None,
) -> list[Event]:
    """All events of a parsed document, in text order.

    ``dates``/``places`` are the document's resolved date and place mentions; ``date_for`` and
    ``place_for`` pick the one governing an event (see :mod:`corroborate.dates` and
    :mod:`corroborate.places`); ``fallback_place`` is the document's country, used when the
    sentence names no place.
    """
    text = text_of(doc)
    sents = list(doc.sents)
    per_sent = [_sentence_drafts(s, nlp) for s in sents]
    # actors only ever carry over from events whose own clause named them
    stated = [Stated(si, d.type, d.actor) for si, drafts in enumerate(per_sent) for d in drafts if d.actor]
    for si, drafts in enumerate(per_sent):
        for d in drafts:
            if d.actor:
                continue
            if d.type in IMPLIED_ACTOR_SECTORS:
                sectors = IMPLIED_ACTOR_SECTORS[d.type]
                found = _nearby_actor(sents, si, sectors, d.recipient)
                if found is None:
                    d.actor = carried_actor(stated, si, d.type, sectors, d.recipient)
                    found = next_agent(sents, si, sectors, d.recipient) if not d.actor else None
                if found is not None:
                    d.actor = (found,)
            elif d.type == "PROTEST":
                found = protesters_nearby(sents, si, d.trigger.head, d.recipient)
                d.actor = (found,) if found is not None else ()
        for d in drafts:
            if d.type == "ASSAULT" and d.trigger.sense.mode == "crowd-control" and not d.recipient:
                # tear gas, water cannon and rubber bullets are used on a crowd: the protesters
                # its sentence or the one before names
                found = protesters_nearby(sents, si, d.trigger.head, d.actor, window=1)
                d.recipient = (found,) if found is not None else ()
    events: list[Event] = []
    for si, drafts in enumerate(per_sent):
        sent = sents[si]
        near: set[tuple[str, str | None]] = set()
        for sj in range(max(0, si - 1), min(len(sents), si + 2)):
            near.update((d.type, d.trigger.sense.mode) for d in per_sent[sj])
        words = {t.lower_ for t in sent}
        speech_heads = {d.trigger.head.i for d in drafts if d.type in VERBAL_TYPES}
        trigger_heads = {d.trigger.head.i for d in drafts}
        ev_start = sent.start_char
        ev_end = sent.end_char
        while ev_end > ev_start and text[ev_end - 1].isspace():
            ev_end -= 1
        for d in drafts:
            tr = d.trigger
            t_start = doc[tr.start].idx
            t_end = doc[tr.end - 1].idx + len(doc[tr.end - 1].text)
            mode = (tr.sense.mode,) if tr.sense.mode else ()
            others = {x for x in near if x != (d.type, tr.sense.mode)}
            same_sentence = {(x.type, x.trigger.sense.mode) for x in drafts if x is not d}
            date = date_for(dates or [], ev_start, ev_end, t_start) if date_for is not None else None
            place = place_for(places or [], ev_start, ev_end, t_start) if place_for is not None else None
            events.append(
                Event(
                    type=d.type,
                    trigger=TextSpan(text[t_start:t_end], t_start, t_end),
                    evidence_start=ev_start,
                    evidence_end=ev_end,
                    mode=mode,
                    context=_contexts(d),
                    actor=d.actor,
                    recipient=d.recipient,
                    date=date,
                    location=place or fallback_place,
                    counts=dict(d.counts),
                    count_evidence=dict(d.count_evidence),
                    factuality=d.factuality,
                    claimed_by=d.claimed_by,
                    acled=acled_map.acled_for(
                        d.type, mode, words, others, bool({"killed", "injured"} & set(d.counts))
                        or any(t == "ASSAULT" for t, _ in others) and bool(words & {"killed", "dead", "died", "shot"}),
                        actor_words=entity_words(d.actor), recipient_words=entity_words(d.recipient),
                        trigger_lemma=tr.head.lemma_.lower(),
                    ),
                    # ACLED codes arrests or force at a protest as the protest's outcome: the
                    # protest is the snippet's main event
                    confidence=min(0.99, _confidence(d, speech_heads, trigger_heads) + (
                        0.25 if d.type == "PROTEST" and same_sentence & INTERVENTIONS else 0.0)),
                )
            )
    return events

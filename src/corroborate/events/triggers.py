"""Finding event triggers in a parsed sentence: words and phrases from the lexicon whose
condition the syntax meets.

A trigger is found on lemmas (so "arrested", "arrests" and "were arresting" are one entry), a
multi-word phrase before its single words ("opened fire" before "fire"), and an ambiguous word
only in the reading its syntax supports ("released 20 prisoners" is a release, "released a
statement" is not).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Span, Token

from . import lexicon as lx
from .lexicon import Cond, Sense


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that signals an event, and the token whose syntax holds its arguments."""

    sense: Sense
    head: Token
    start: int  # token indices of the trigger words [start, end)
    end: int
    nominal: bool


@lru_cache(maxsize=4)
def _matcher(nlp: Language) -> Matcher:
    m = Matcher(nlp.vocab)
    for i, ph in enumerate(lx.PHRASES):
        pattern = [{} if w == "*" else {"LEMMA": {"IN": [w, w.capitalize()]}} for w in ph.lemmas]
        # the last word may also match by its lower-case form (lemmatizer leaves some plurals)
        m.add(str(i), [pattern])
    return m


def patient(head: Token) -> Token | None:
    """The token that undergoes the action: passive subject, direct object, or for a noun
    its 'of'/'against'/'on' object."""
    for c in head.children:
        if c.dep_ in ("nsubjpass", "dobj", "obj"):
            return c
    if head.dep_ in ("acl", "relcl") and head.tag_ == "VBN":
        return head.head
    for c in head.children:
        if c.dep_ == "prt":
            for c2 in head.children:
                if c2.dep_ == "dobj":
                    return c2
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "against", "on", "at", "upon"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _is_person(t: Token | None) -> bool:
    if t is None:
        return False
    if t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    if t.like_num or t.lower_ in ("him", "her", "them", "us", "me", "who", "whom"):
        return True
    if _lemma(t) in lx.PERSON_NOUNS or t.lower_ in lx.PERSON_NOUNS:
        return True
    # "dozens of detainees", "hundreds of students", "a group of activists": the people counted
    if _lemma(t) in _QUANTITY_NOUNS:
        return any(_is_person(g) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")
    return False


_QUANTITY_NOUNS = frozenset("dozen hundred thousand score scores group number handful crowd batch".split())


def _in(t: Token | None, words: frozenset[str]) -> bool:
    if t is None:
        return False
    if _lemma(t) in words or t.lower_ in words:
        return True
    # "700 kg of medicine", "tons of food aid": the measured stuff decides
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (_lemma(g) in words or any(_lemma(x) in words for x in g.children
                                                                   if x.dep_ == "compound")):
                    return True
    # "anti-regime posters", "regime signs": the head word decides, compounds may help
    return any(_lemma(c) in words for c in t.children if c.dep_ == "compound")


def cond_holds(cond: Cond, head: Token) -> bool:
    """Whether the syntax around a trigger's head meets the sense's condition."""
    if cond is Cond.NONE:
        return True
    obj = patient(head)
    if cond is Cond.OBJ_PERSON:
        # "described being beaten": a passive with no subject leaves the victim implied
        implied = obj is None and any(c.dep_ == "auxpass" for c in head.children)
        return _is_person(obj) or implied
    if cond is Cond.INTRANSITIVE:
        return obj is None or obj.dep_ not in ("dobj", "obj")
    if cond is Cond.AS_LABEL:
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children) and _is_person(obj)
    if cond is Cond.WARNED_PENALTY:
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
        return clause is not None and (
            clause.lemma_.lower() in ("face", "punish", "prosecute", "arrest", "jail")
            or any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in clause.children)
        )
    if cond is Cond.OBJ_IMAGE:
        return _in(obj, lx.IMAGE_NOUNS)
    if cond is Cond.OBJ_PROJECTILE:
        return _in(obj, lx.PROJECTILE_NOUNS)
    if cond is Cond.OBJ_CROWD_WEAPON:
        return _in(obj, lx.CROWD_WEAPON_NOUNS) or (obj is not None and any(
            c.lower_ in ("rubber", "tear", "stun", "pepper", "water") for c in obj.children))
    if cond is Cond.OBJ_FORCES:
        return _in(obj, lx.FORCE_NOUNS)
    if cond is Cond.HAS_OBJ:
        return obj is not None and obj.pos_ in ("NOUN", "PROPN")
    if cond is Cond.OBJ_BASE:
        return _in(obj, lx.BASE_NOUNS) or (head.lemma_.lower() == "set" and _in(obj, lx.BASE_NOUNS))
    if cond is Cond.OBJ_TERRITORY:
        return _in(obj, lx.TERRITORY_NOUNS) or (obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC"))
    if cond is Cond.OBJ_ROAD:
        return _in(obj, lx.ROAD_NOUNS)
    if cond is Cond.OBJ_AID:
        return _in(obj, lx.AID_NOUNS)
    if cond is Cond.OBJ_TIES:
        return _in(obj, lx.TIES_NOUNS)
    if cond is Cond.OBJ_RESTRICTION:
        return _in(obj, lx.RESTRICTION_NOUNS)
    if cond is Cond.DEMAND_MODAL:
        # "Libya must hand over the suspects", as someone's statement: a demand on Libya
        # ("should" only inside a report: "X said Y should ..."; alone it is mostly advice)
        allowed = ("ccomp", "ROOT") if head.lower_ == "must" else ("ccomp",)
        return head.tag_ == "MD" and head.dep_ == "aux" and head.head.dep_ in allowed and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we", "you") for c in head.head.children
        )
    if cond is Cond.OBJ_MESSAGE:
        return _in(obj, lx.MESSAGE_NOUNS)
    if cond is Cond.OBJ_PROPERTY:
        return _in(obj, lx.PROPERTY_NOUNS)
    if cond is Cond.OBJ_WEAPON:
        return _in(obj, lx.WEAPON_NOUNS) or (obj is not None and obj.lower_ in ("gas", "shots", "rounds"))
    if cond is Cond.OBJ_PROTEST:
        return _in(obj, lx.PROTEST_NOUNS) or _is_person(obj)
    if cond is Cond.OBJ_ABSTRACT:
        return _in(obj, lx.ABSTRACT_NOUNS)
    if cond is Cond.OBJ_NOT_ABSTRACT:
        return obj is None or not _in(obj, lx.ABSTRACT_NOUNS)
    if cond is Cond.PREP_ON_AT:
        return any(c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "into") for c in head.children) or (
            any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
        )
    if cond is Cond.HAS_PREP:
        return any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for", "upon") for c in head.children)
    if cond is Cond.NOT_PURPOSE:
        # "rallied to denounce the riots": the infinitive says why they rallied, not a second event
        is_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        return not (is_inf and head.dep_ in ("advcl", "xcomp", "acl"))
    if cond is Cond.OF_OR_PLURAL:
        return head.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "prep" and c.lower_ in ("of", "in") for c in head.children
        )
    return True


def _verb_ok(t: Token) -> bool:
    if t.tag_ == "MD":
        return True
    if t.pos_ not in ("VERB", "AUX") and not (t.pos_ == "ADJ" and t.tag_ == "VBN"):
        return False
    # a participle used as a plain adjective before its noun ("detained activists") is not an
    # event of its own; the noun phrase may still be counted by the event it belongs to.
    return not (t.dep_ == "amod" and t.i < t.head.i)


def _noun_ok(t: Token) -> bool:
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    # "protest leaders", "strike action committee": a modifier, not an event
    if t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN") and _lemma(t.head) not in lx.NOUNS:
        return False
    # "the anti-protest law", "protest songs" handled above; "the death of" etc. are phrases
    # "On March 4", "the Strike Committee", "the Arab Spring uprising" named as a title: names and dates
    return t.ent_type_ not in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "DATE", "TIME")


# Predicates that say a named event took place ("protests erupted", "the strike continued").
OCCURRENCE_VERBS = frozenset(
    "erupt break spread continue begin start end escalate resume take occur happen flare grow "
    "intensify sweep rock hit engulf reach enter mark turn last".split()
)


def anchored(t: Token) -> bool:
    """Whether a noun trigger reports an event rather than mentions one in passing.

    "Police staged a crackdown", "the arrest of 40 students", "protests erupted in Minsk", "the
    November 2019 uprising" are anchored; "these types of sentences", "during the protests"
    are references to events told elsewhere, and would duplicate them.
    """
    for c in t.children:
        if c.dep_ in ("poss", "nummod", "compound", "amod", "nmod") and (
            c.ent_type_ in ("DATE", "GPE", "NORP", "ORG", "PERSON", "CARDINAL", "LOC") or c.like_num
            or c.lemma_.lower() in lx.PERSON_NOUNS
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "against", "on", "by", "in", "across", "outside", "at", "over") and any(
            g.dep_ == "pobj" and g.lower_ not in ("these", "this", "those", "that") for g in c.children
        ):
            return True
        if c.dep_ == "acl" or c.dep_ == "relcl":
            return True
    head = t.head
    hl = head.lemma_.lower()
    if t.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX") and (
        hl in lx.LIGHT_VERBS or hl in ("receive", "face", "serve", "get", "give")
    ):
        return True
    if t.dep_ in ("nsubj",) and hl in OCCURRENCE_VERBS:
        return True
    return t.dep_ == "ROOT"


def find_triggers(sent: Span, nlp: Language) -> list[Trigger]:
    """The triggers in a sentence, phrases first, in text order."""
    found: list[Trigger] = []
    used: set[int] = set()
    matches = sorted(_matcher(nlp)(sent), key=lambda m: (m[1], -(m[2] - m[1])))
    for match_id, start, end in matches:
        ph = lx.PHRASES[int(nlp.vocab.strings[match_id])]
        if any(i in used for i in range(sent.start + start, sent.start + end)):
            continue
        head = sent[start + min(ph.head, end - start - 1)]
        nominal = head.pos_ in ("NOUN", "PROPN")
        found.append(Trigger(ph.sense, head, sent.start + start, sent.start + end, nominal))
        used.update(range(sent.start + start, sent.start + end))
    for t in sent:
        if t.i in used:
            continue
        lemma = _lemma(t)
        senses: tuple[Sense, ...] = ()
        nominal = False
        if lemma in lx.VERBS and _verb_ok(t):
            senses = lx.VERBS[lemma]
        elif (lemma in lx.NOUNS or t.lower_ in lx.NOUNS) and _noun_ok(t):
            senses = lx.NOUNS.get(lemma) or lx.NOUNS[t.lower_]
            nominal = True
        elif lemma in lx.ADJ_NOUNS and _adj_as_noun(t):
            senses = lx.ADJ_NOUNS[lemma]
            nominal = True
        if nominal and not anchored(t):
            continue
        for sense in senses:
            if cond_holds(sense.cond, t):
                if sense.type == "PROTEST" and lemma == "protest" and _verbal_protest(t):
                    sense = VERBAL_PROTEST
                found.append(Trigger(sense, t, t.i, t.i + 1, nominal))
                used.add(t.i)
                break
    found.sort(key=lambda tr: tr.start)
    return found


# PLOVER: a protest with no physical act (a diplomatic note, a statement) is ACCUSE disapprove.
VERBAL_PROTEST = Sense("ACCUSE", "disapprove", 0.6)
_LODGE_VERBS = frozenset("lodge file register send deliver issue submit voice make".split())


def _verbal_protest(t: Token) -> bool:
    """'lodged a protest with Albania', 'the ministry protested that ...': words, not streets."""
    if t.pos_ in ("NOUN", "PROPN"):
        return t.dep_ == "dobj" and t.head.lemma_.lower() in _LODGE_VERBS
    if any(c.dep_ == "ccomp" for c in t.children):
        return True
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    crowd = (subj.lemma_.lower() in lx.PERSON_NOUNS and subj.lemma_.lower() != "group") or subj.like_num or subj.ent_type_ in ("NORP", "CARDINAL")
    return not crowd and (subj.ent_type_ in ("GPE", "ORG") or subj.lemma_.lower() in (
        "government", "ministry", "embassy", "group", "organization", "organisation", "party", "state"))


def _adj_as_noun(t: Token) -> bool:
    """'the injured', '400 dead', 'the number of wounded': an adjective standing for people."""
    if t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN") and t.i < t.head.i:
        return False
    if t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "attr", "conj", "appos"):
        return True
    return any(c.like_num for c in t.children) or (t.i > 0 and t.doc[t.i - 1].like_num)

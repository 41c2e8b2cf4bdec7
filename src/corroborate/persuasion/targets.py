"""Who a loaded word or a name is said of, where the syntax shows it.

    "Soleimani, a mass murderer"          apposition            -> Soleimani
    "Khamenei is a mass murderer"         copula (attr, acomp)  -> Khamenei
    "murderous Khamenei", "brutal police" adjective of a noun   -> the noun it describes
    "loathe this mass murderer"           demonstrative noun    -> the last person (or group)
                                                                   named before it, same or
                                                                   previous sentence
    "the rioters", "the mullahs"          a name for a group    -> the group the span names

A loaded verb ("crushed the protests") or a long stretch gets no target: the syntax does not
say whom the words are about. The rules are the same for every camp.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors.mentions import entity as mention_entity
from ..actors.mentions import guess_sector
from ..records import Entity

_PERSONS = ("PERSON",)
_GROUPS = ("ORG", "NORP", "GPE")
_DEMONSTRATIVES = ("this", "that", "these", "those")


def _entity(head: Token) -> Entity | None:
    """The entity a head noun names: a named entity in full, else the noun with its compounds."""
    if head.ent_type_ in _PERSONS + _GROUPS or head.pos_ == "PROPN":
        return mention_entity(head)
    if head.pos_ != "NOUN":
        return None
    start = head.i
    for c in head.lefts:
        if c.dep_ == "compound":
            start = min(start, c.left_edge.i)
    words = head.doc[start : head.i + 1]
    return Entity(text=words.text, start=words.start_char, end=words.end_char, name=words.text,
                  sector=guess_sector(words.text, head.ent_type_))


def _antecedent(noun: Token) -> Token | None:
    """The last named person (singular noun) or group (plural) before a noun, in its sentence or
    the one before."""
    doc = noun.doc
    window = noun.sent.start
    if window > 0:
        window = doc[window - 1].sent.start
    labels = _GROUPS if noun.tag_ in ("NNS", "NNPS") else _PERSONS
    ents = [e for e in doc.ents if e.label_ in labels and window <= e.start and e.end <= noun.i]
    return ents[-1].root if ents else None


def target_of(span: SpacySpan) -> Entity | None:
    """The entity a span of loaded language or name calling is said of, or None."""
    if len(span) > 8:
        return None
    root = span.root
    head = root.head
    inside = span.start <= head.i < span.end
    # "Soleimani, a mass murderer" / "a mass murderer, Soleimani"
    if root.dep_ == "appos" and not inside:
        return _entity(head)
    for c in root.children:
        if c.dep_ == "appos" and not span.start <= c.i < span.end and c.pos_ == "PROPN":
            return _entity(c)
    # "X is a mass murderer", "X is brutal"
    if root.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _entity(subj) if subj is not None else None
    # "murderous Khamenei", "brutal security forces": an adjective (or adverb-adjective run) of a noun
    if root.pos_ in ("ADJ", "VERB") and root.dep_ in ("amod", "compound") and not inside and head.pos_ in ("NOUN", "PROPN"):
        return _entity(head)
    if root.pos_ in ("NOUN", "PROPN"):
        # "brutal security forces" as one span: the noun the adjectives describe
        if any(t.dep_ == "amod" and t.head.i == root.i for t in span) and root.pos_ == "PROPN":
            return _entity(root)
        det = next((c for c in root.lefts if c.dep_ == "det"), None)
        if det is not None and det.lower_ in _DEMONSTRATIVES:
            ante = _antecedent(root)
            if ante is not None:
                return _entity(ante)
        if root.pos_ == "PROPN" or root.ent_type_:
            return _entity(root)
        if any(t.dep_ == "amod" for t in span if t.head.i == root.i):
            return _entity(root)
        if root.tag_ == "NNS" and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return _entity(root)
    return None

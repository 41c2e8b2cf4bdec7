"""From a token the parser picked as an argument to an Entity: the span the text names.

This is the first, registry-free step of actor resolution: it finds the words that name the
actor (the named person, not a pronoun), expands a head noun to its name ("Tehran's
Revolutionary Court", "riot police"), splits coordinations ("police and soldiers"), and guesses
a PLOVER sector from the head word. A shipped registry with canonical names, aliases and
Wikidata ids refines ``name``, ``sector``, ``country`` and ``id`` later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..records import Entity

# Sector guesses from the head word of a description, per PLOVER's sector codes. The same rule
# applies to every country and camp: "police" is COP in Minsk and in Minneapolis.
SECTOR_WORDS: dict[str, str] = {}
for _sector, _words in {
    "COP": "police policeman policemen officer officers gendarmerie gendarme militia security forces agent agents "
    "guard guards basij basiji riot",
    "MIL": "army military soldier soldiers troops troop forces armed navy airforce commander general junta "
    "guards corps battalion brigade regiment",
    "JUD": "court courts judge judges judiciary prosecutor prosecutors tribunal magistrate justice",
    "GOV": "government regime ministry minister authorities authority president cabinet state administration "
    "official officials governor mayor council office spokesman spokeswoman spokesperson leader kremlin "
    "parliament lawmakers lawmaker legislature senate mp mps ayatollah",
    "CVL": "protesters protester protestors demonstrators demonstrator people civilians residents students "
    "student activists activist citizens crowd crowds youths youth women men workers villagers mourners "
    "families relatives supporters",
    "OPP": "opposition dissident dissidents",
    "REB": "rebels rebel insurgents insurgent militants militant fighters guerrillas jihadists",
    "JRN": "journalist journalists reporter reporters media newspaper agency broadcaster",
    "LAB": "union unions strikers",
    "REL": "cleric clerics church mosque imam priest",
    "EDU": "university universities teachers teacher professors",
    "MED": "doctors doctor nurses hospital medics",
    "UAF": "gunmen gunman assailants attackers",
    "NGO": "amnesty watch ngo rights",
}.items():
    for _w in _words.split():
        SECTOR_WORDS.setdefault(_w, _sector)

_NAME_DEPS = {"compound", "amod", "poss", "case", "flat", "nmod", "npadvmod", "punct"}
_BREAKS = {",", "—", "–", ":", ";", "(", ")", "\"", "“", "”"}
_PRONOUNS = {"he", "she", "him", "her", "they", "them", "it", "who", "whom", "which", "that", "we", "i", "you"}


# Heads that name members or a part of whatever the word before them names ("security
# personnel", "military units"): the sector is that word's.
PART_HEADS = frozenset(
    "personnel units unit members member staff elements apparatus services service operatives cadres wing "
    "branch".split()
)


def guess_sector(words: str, ent_label: str = "") -> str | None:
    """A PLOVER sector for a description, from its head word and NER label.

    The head decides, not any word of the description: "military barracks" and "the general
    order" are no soldiers. A name after its title is skipped to reach the title ("Interior
    Minister Abdolreza Rahmani-Fazli"), and a head that names members or a part ("security
    personnel") takes the sector of the word before it."""
    toks = [w.strip(".,;:'’\"“”()") for w in words.split()]
    for w in reversed([t for t in toks if t]):
        lw = w.lower()
        for suffix in ("'s", "’s"):
            lw = lw.removesuffix(suffix)
        if lw in SECTOR_WORDS:
            return SECTOR_WORDS[lw]
        if w[:1].isupper() or lw in PART_HEADS:
            continue
        break
    if ent_label in ("GPE", "NORP"):
        return "GOV"
    return None


def _entity_at(tok: Token) -> Span | None:
    """The named entity holding a token, found from its IOB tags (not by scanning doc.ents,
    which spaCy rebuilds on every access)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def name_span(head: Token) -> Span:
    """The words naming the entity whose head is ``head``: its named entity if it is in one,
    else the head with its compounds, adjectives and possessor (no determiner, no numbers)."""
    doc = head.doc
    if head.ent_type_ and head.ent_type_ not in ("CARDINAL", "DATE", "TIME", "ORDINAL", "QUANTITY"):
        ent = _entity_at(head)
        if ent is not None:
            start, end = ent.start, ent.end
            # "Tehran's Revolutionary Court": keep the possessor that names the organ's seat
            for c in head.lefts:
                if c.dep_ == "poss" and c.i < start:
                    start = c.left_edge.i
            return _trim(doc, start, end)
    start = end = head.i
    for c in head.lefts:
        if c.dep_ in _NAME_DEPS and c.i < start:
            start = min(start, c.left_edge.i)
    # a name never reaches back over a dash, comma or colon ("VILNIUS — Alesia K., a teacher")
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].text in _BREAKS:
            start = i + 1
            break
    for c in head.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")):
            end = max(end, c.right_edge.i)
    return _trim(doc, start, end + 1)


def _trim(doc: Doc, start: int, end: int) -> Span:
    while start < end - 1 and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an", "its", "their")
                               or doc[start].like_num or doc[start].dep_ in ("det", "nummod", "quantmod")):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def canonical(text: str) -> str:
    """A tidy written name: straight apostrophes, no leading article."""
    t = " ".join(text.replace("’", "'").split())
    for art in ("the ", "The "):
        if t.startswith(art):
            t = t[len(art):]
    return t


# "Thousands of people", "dozens of students", "a group of activists": the people are named
# by the 'of' phrase, the head only says how many.
QUANTITY_HEADS = frozenset(
    "thousands hundreds dozens scores millions tens number numbers group groups crowd crowds handful "
    "majority many some several hundred thousand dozen".split()
)
# "Members of ...", "officers of ...": people named by the organisation they belong to.
MEMBER_OF_HEADS = frozenset(
    "members member officers officials agents units fighters troops soldiers militiamen operatives forces "
    "representatives delegates staff leaders commanders personnel".split()
)
BODY_NOUNS = frozenset("forces police army military regime government militia guards guard party group union".split())
_NOT_ACTORS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


def _antecedent(pron: Token) -> Token | None:
    """The person a 'he'/'she' stands for: the last person named in the three sentences before
    (a PERSON entity, or a name the actor registry knows as a person's, whatever NER made of it:
    the small model tags "Maryam Rajavi" ORG)."""
    from .registry import active_registry

    doc = pron.doc
    sent_start = pron.sent.start
    window_start = sent_start
    for _ in range(3):
        if window_start == 0:
            break
        window_start = doc[window_start - 1].sent.start
    people = [e for e in doc.ents if e.label_ == "PERSON" and window_start <= e.start and e.end <= pron.i]
    offset = doc[window_start].idx
    for start, end, m in active_registry().scan(doc.text[offset:pron.idx]):
        span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if m.actor.kind == "person" and span is not None and (not people or span.start >= people[-1].end):
            people.append(span)
    return people[-1].root if people else None


def _speaker_of_clause(pron: Token) -> Token | None:
    """ "The ministry said it managed to arrest ...": a pronoun that is the subject of what
    someone says stands for the speaker, when it agrees with it (an 'it' for an organisation,
    a 'they' for a plural, a 'he' or 'she' for a person)."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    from ..events.lexicon import REPORT_VERBS

    verb = pron.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or speaker.lower_ in _PRONOUNS:
        return None
    plural = speaker.tag_ in ("NNS", "NNPS")
    person = speaker.ent_type_ == "PERSON"
    word = pron.lower_
    if (word == "it" and (plural or person)) or (word == "they" and not plural and speaker.ent_type_ != "ORG"):
        return None
    if word in ("he", "she") and not person:
        return None
    return speaker


def entity_words(ents: Iterable[Entity]) -> set[str]:
    """The words of who the entities are: their text and, for a pronoun, the name it stands for."""
    return {w.strip(".,'’").lower() for e in ents for w in f"{e.text} {e.name}".split()}


def _standing_in(word: Token, named: Entity | None) -> Entity | None:
    """The entity a pronoun stands for, pointing at the pronoun."""
    if named is None:
        return None
    return replace(named, text=word.text, start=word.idx, end=word.idx + len(word.text))


def entity(head: Token) -> Entity | None:
    """The Entity named by a head token: for 'he'/'she' the named antecedent's name at the
    pronoun's offsets (the words that act here, and whom they stand for), None for other
    pronouns, dates and numbers (nothing is invented)."""
    if head.lower_ in ("he", "she", "it", "they"):
        speaker = _speaker_of_clause(head)
        if speaker is not None:
            return _standing_in(head, entity(speaker))
    if head.lower_ in ("he", "she", "him", "her"):
        ante = _antecedent(head)
        return _standing_in(head, entity(ante)) if ante is not None else None
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON" and head.pos_ == "NOUN":
        # "Alesia K., a teacher jailed for ...": the text names the person, not her description
        return entity(head.head)
    if head.lower_ in _PRONOUNS or head.pos_ == "PRON" or (head.ent_type_ in _NOT_ACTORS and head.pos_ != "NOUN"):
        return None
    if head.lower_ in QUANTITY_HEADS or head.like_num:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return entity(obj)
    if head.lower_ in MEMBER_OF_HEADS:
        # "members of the Bolivarian Militia", "officials of the British Foreign Office": PLOVER
        # codes the organisation they act for
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "NORP", "GPE")
                                        or obj.lower_ in BODY_NOUNS or obj.lemma_.lower() in BODY_NOUNS):
                    return entity(obj)
    span = name_span(head)
    text = span.text
    if not text.strip():
        return None
    label = head.ent_type_ or ""
    return Entity(
        text=text,
        start=span.start_char,
        end=span.end_char,
        name=canonical(text),
        sector=guess_sector(text, label),
    )


def conjuncts(head: Token) -> list[Token]:
    """The head and the heads coordinated with it ("police and soldiers")."""
    from ..events.lexicon import NOUNS  # event nouns ("riot police and clashes") are no actors

    out = [head]
    for c in head.conjuncts:
        if head.dep_ == "conj" and c.i < head.i:
            continue  # a later item stands alone: "In Shiraz and Tehran, students marched ..."
        if c.pos_ in ("NOUN", "PROPN") and c not in out and c.lemma_.lower() not in NOUNS:
            out.append(c)
    return out


def entities(head: Token | None) -> tuple[Entity, ...]:
    """Entities for a head token and its conjuncts, dropping pronouns and duplicates."""
    if head is None:
        return ()
    out: list[Entity] = []
    for h in conjuncts(head):
        e = entity(h)
        if e is not None and all(e.start != o.start for o in out):
            out.append(e)
    return tuple(out)

"""Toponyms in a spaCy Doc: which places a text names, the country it is about, and where
each of its events happened.

Finding toponyms takes more than spaCy's GPE and LOC entities: the small English model tags
many Iranian and Sudanese towns as PERSON or ORG ("Sanandaj", "El Fasher", "Kyiv") or not at
all ("Saqqez", and the "TEHRAN, Sep. 23 (MNA) -" dateline). So, besides every GPE/LOC entity
the gazetteer knows and every NORP entity that is a demonym ("Iranian" -> IR), a proper noun
or a PERSON/ORG/FAC/PRODUCT entity counts as a place when the gazetteer knows it as a country,
a province or a sizeable city (20,000 people in the document's country, 100,000 elsewhere)
*and* the text uses it as a place: governed by a preposition like "in", "near" or "from", or
listed with another place ("in Sanandaj, Saqqez and Mahabad"); a city of 100,000 in the
document's country needs no such context ("stormed Wad Madani"). So an organisation's name is
not a place unless it is, all of it, a place name used as one ("detained in Kyiv"); a surname
the text also gives with a first name ("Clinton") is not a town; numbers never are places
("191 cities" is a count, not a toponym).

The document's country is decided first, from the names that are not ambiguous, and then
settles the ambiguous ones ("Tripoli" in a Lebanese text). "Paris, Texas" and "Tripoli,
Lebanon": a place followed by a comma and a province or country is resolved inside it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from corroborate.nlp import text_of
from corroborate.places.build import KIND_ADMIN1, KIND_CITY, KIND_COUNTRY
from corroborate.places.gazetteer import ADMIN_WORDS, Candidate, Gazetteer, load_gazetteer
from corroborate.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Labels the small model gives toponyms by mistake; such an entity must earn its place.
MISLABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Prepositions that make a proper noun after them a place (for finding toponyms).
PLACE_PREPOSITIONS = frozenset(
    """in at across near nearby throughout around outside inside within into amid along through
    beyond toward towards to on from of including between among via like""".split()
)
# Prepositions that say where something happened (for choosing the place of an event).
LOCATIVE = frozenset(
    "in at across near nearby throughout around outside inside within amid along beside".split()
)
DIRECTIONAL = frozenset("into to toward towards on onto through over via between among".split())
# "lives in", "based in", "born in": the place of a person or group, not of an event.
HOME_VERBS = frozenset(
    "live reside base headquarter bear grow hail originate emigrate relocate settle".split()
)
HOME_NOUNS = frozenset("resident residents native natives citizen citizens national nationals".split())
PERSON_NOUNS = frozenset(
    """nurse doctor teacher student activist lawyer journalist reporter man woman mother father
    son daughter brother sister wife husband resident native worker official spokesman
    spokeswoman spokesperson member citizen refugee blogger writer professor engineer farmer
    driver witness source analyst researcher director leader mayor governor minister""".split()
)
# Verbs whose subject is an actor, not a scene: "Tehran said", "Washington condemned".
ACTOR_VERBS = frozenset(
    """say tell announce claim deny accuse condemn warn reject call urge demand insist threaten
    order summon vow respond state blame sanction expel recall criticise criticize welcome
    praise support oppose agree refuse decide declare promise ask allege report confirm""".split()
)
# Words after a name that make it a natural feature, not the province or town of that name.
FEATURE_NOUNS = frozenset(
    """river rivers lake lakes sea mountain mountains range valley desert gulf bay strait canal
    dam delta basin plateau peninsula""".split()
)
# Nouns a toponym can be "of" that are themselves places: "in the streets of Tehran".
AREA_NOUNS = frozenset(
    """city town village province region capital street streets outskirts suburb suburbs centre
    center district neighbourhood neighborhood area areas part parts county state heart north
    south east west""".split()
)
# A dateline: "TEHRAN, Sep. 23 (MNA) –", "KHARTOUM (Reuters) -", "Tehran, Iran — ".
_DATELINE_CAPS = re.compile(r"\A\s*(?P<place>[A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3})(?=\s*[,(:–—-])")
_DATELINE_TITLE = re.compile(
    r"\A\s*(?P<place>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3})\s*(?:,[^–—\n]{1,40}?)?\s*"
    r"(?:\([^)\n]{1,40}\)\s*)?(?:—|–|\s-\s|--)"
)
_DATELINE_END = re.compile(r"—|–|\s-\s|--|:|\n")
_GRANULARITY = {"city": 0, "admin1": 1, "country": 2}


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    cands: list[Candidate]
    want: frozenset[int] | None
    source: str  # ner | norp | dateline | rescue
    first_token: int
    last_token: int  # exclusive
    cand: Candidate | None = None


def _dateline(text: str) -> tuple[int, int, int] | None:
    """The dateline's place (start, end) and where the dateline ends (after its dash)."""
    m = _DATELINE_CAPS.match(text)
    if m is None or len(m.group("place").replace(" ", "")) < 3:
        m = _DATELINE_TITLE.match(text)
        if m is None:
            return None
    start, end = m.start("place"), m.end("place")
    stop = _DATELINE_END.search(text, end)
    return start, end, (stop.end() if stop is not None and stop.start() - end <= 60 else end)


def dateline_end(text: str) -> int:
    """Where the dateline ends ("TEHRAN, Sep. 23 (MNA) –" -> after the dash), or 0 if none."""
    found = _dateline(text)
    return found[2] if found else 0


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a toponym without a leading "the" and a possessive "'s"."""
    if text[start:end].lower().startswith("the "):
        start += 4
    m = re.search(r"['’]s?$", text[start:end])
    if m and end - start - len(m.group()) > 1:
        end -= len(m.group())
    return start, end


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _is_feature(doc: Doc, span: Span) -> bool:
    """ "the Blue Nile river", "the White Nile and Blue Nile rivers": rivers, not the states."""
    for tok in doc[span.end : span.end + 5]:  # "... Nile and Blue Nile rivers"
        if tok.lower_ in FEATURE_NOUNS:
            return True
        if tok.pos_ != "PROPN" and tok.lower_ not in ("and", "or", ",", "the"):
            break
    root = span.root
    if root.dep_ in ("conj", "compound") and root.head.lower_ in FEATURE_NOUNS:
        return True
    return any(c.dep_ == "conj" and c.lower_ in FEATURE_NOUNS for c in root.children)


def _collect(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """Every stretch of text that may be a toponym, with what the gazetteer knows of it."""
    text = text_of(doc)
    mentions: list[_Mention] = []
    covered: set[int] = set()

    def add(span: Span, source: str, query: str | None = None, extend_to: int | None = None) -> None:
        start, end = _trim(text, span.start_char, span.end_char)
        if extend_to is not None:
            end = extend_to
        mention_text = text[start:end]
        if not mention_text or _has_digit(mention_text):
            return
        want: frozenset[int] | None
        if source == "norp":
            cands, want = gaz.demonym(mention_text), frozenset({KIND_COUNTRY})
            if not cands:
                cands = gaz.candidates(mention_text)[0]
        else:
            cands, want = gaz.candidates(query or mention_text)
        if cands:
            last = span.end if extend_to is None else span.end + 1
            mentions.append(_Mention(start, end, mention_text, cands, want, source, span.start, last))

    dl = _dateline(text)
    if dl is not None:
        span = doc.char_span(dl[0], dl[1], alignment_mode="expand")
        if span is not None and not any(t.ent_type_ for t in span):
            add(span, "dateline")
            covered.update(range(span.start, span.end))

    for ent in doc.ents:
        label = ent.label_
        if label not in PLACE_LABELS and label not in MISLABELS and label != "NORP":
            continue
        covered.update(range(ent.start, ent.end))
        if label == "NORP":
            add(ent, "norp")
            continue
        source = "ner" if label in PLACE_LABELS else "rescue"
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if _is_feature(doc, ent):
            continue
        if nxt is not None and nxt.lower_ in ADMIN_WORDS and not nxt.ent_type_ and nxt.dep_ != "compound":
            # "Khuzestan province", "Kharkiv region": the word says which Khuzestan.
            add(ent, source, f"{ent.text} {nxt.lower_}", extend_to=nxt.idx + len(nxt.text))
        else:
            add(ent, source)

    # Proper-noun runs outside entities ("Saqqez"), hyphens kept inside ("Shahr-e Kord").
    words = [(t.text, t.pos_ == "PROPN" and t.text[:1].isupper(), t.whitespace_ == "") for t in doc]
    i = 0
    while i < len(words):
        if i in covered or not words[i][1]:
            i += 1
            continue
        j = i + 1
        while j < len(words) and j - i < 4 and j not in covered:
            joined = words[j - 1][2] and (words[j][0] == "-" or words[j - 1][0] == "-")
            if words[j][1] or joined:
                j += 1
            else:
                break
        if words[j - 1][0] == "-":
            j -= 1
        add(doc[i:j], "rescue")
        i = j
    # "Clinton", "Obama", "Rubio": a surname the model tagged GPE where the text also names the
    # person is the person, not the town of that name.
    surnames = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    mentions = [
        m
        for m in mentions
        if m.source == "dateline"
        or " " in m.text
        or m.text.lower() not in surnames
        or any(c.kind != KIND_CITY for c in m.cands)
    ]
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[_Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _is_preposition(tok: Token) -> bool:
    return tok.pos_ == "ADP" or tok.lower_ in ("including", "like")  # "including" is a VBG


def _preposition(doc: Doc, first: int, root: Token) -> Token | None:
    """The preposition a toponym is the object of: by the parse, else the word before it."""
    if root.dep_ == "pobj" and _is_preposition(root.head):
        return root.head
    k = first - 1
    while k >= 0 and doc[k].lower_ in {"the", "northern", "southern", "eastern", "western", "central"}:
        k -= 1
    return doc[k] if k >= 0 and _is_preposition(doc[k]) else None


def _governing_preposition(doc: Doc, first: int, root: Token) -> str | None:
    prep = _preposition(doc, first, root)
    if prep is None:
        return None
    if prep.lower_ == "to" and prep.head.lower_ == "according":
        return None
    return prep.lower_


def _strong(c: Candidate, hint: str | None) -> bool:
    """Known well enough to be a place though the parser did not say so."""
    if c.kind == KIND_COUNTRY:
        return True
    if c.kind == KIND_ADMIN1:
        return not c.generic
    return c.pop >= (20_000 if c.cc == hint else 100_000) and (c.primary or c.pop >= 100_000)


def _resolve(doc: Doc, gaz: Gazetteer, mentions: list[_Mention], hint: str | None) -> list[_Mention]:
    """Resolve each mention under ``hint``; the accepted ones, in text order."""
    text = text_of(doc)
    for m in mentions:
        m.cand = None
        if m.source == "rescue":
            continue
        m.cand = gaz.best(m.cands, hint, want=m.want)
        if m.cand is None and m.want is not None and m.source != "norp":
            m.cand = gaz.best(m.cands, hint)
    _refine_pairs(text, gaz, mentions, hint)
    changed = True
    while changed:  # a rescued name can license the next one in a list
        changed = False
        accepted_tokens = {
            t for m in mentions if m.cand is not None for t in range(m.first_token, m.last_token)
        }
        for m in mentions:
            if m.source != "rescue" or m.cand is not None:
                continue
            cand = gaz.best(m.cands, hint, want=m.want)
            if cand is None or not _strong(cand, hint):
                continue
            root = doc[m.first_token : m.last_token].root
            listed = root.dep_ in ("conj", "appos") and root.head.i in accepted_tokens
            if not listed:
                k = m.first_token - 1
                while k >= 0 and doc[k].lower_ in {",", "and", "or", "&"}:
                    k -= 1
                listed = k < m.first_token - 1 and k in accepted_tokens
            prep = _governing_preposition(doc, m.first_token, root)
            # A large city of the document's country is a place wherever it stands ("shelled
            # El Fasher"); a country name needs the context ("Jordan said" may be a person).
            known = cand.kind == KIND_CITY and cand.cc == hint and cand.pop >= 100_000
            if listed or known or prep in PLACE_PREPOSITIONS:
                m.cand = cand
                changed = True
    _refine_pairs(text, gaz, mentions, hint)
    return [m for m in mentions if m.cand is not None]


def _refine_pairs(text: str, gaz: Gazetteer, mentions: list[_Mention], hint: str | None) -> None:
    """ "Paris, Texas", "Tripoli, Lebanon": resolve the first inside the second."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.cand is None or b.cand is None or b.cand.kind == KIND_CITY:
            continue
        if not re.fullmatch(r"\s*,\s*", text[a.end : b.start]):
            continue
        admin1 = gaz._top(b.cand.ref) if b.cand.kind == KIND_ADMIN1 else None
        better = gaz.best(a.cands, b.cand.cc, admin1_hint=admin1, want=a.want)
        if better is not None and better.cc == b.cand.cc:
            a.cand = better


def _vote(gaz: Gazetteer, accepted: list[_Mention]) -> str | None:
    votes: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for m in accepted:
        c = m.cand
        if c is None:
            continue
        weight = {"dateline": 2.0, "norp": 0.75, "rescue": 0.75}.get(m.source, 1.0)
        if c.kind == KIND_CITY:
            rivals = [o.pop for o in m.cands if o.kind == KIND_CITY and o.primary and o.cc != c.cc]
            if rivals and max(rivals) >= 0.1 * max(c.pop, 1):
                weight *= 0.3  # "Tripoli": which country's is uncertain before the vote
        votes[c.cc] += weight
        first.setdefault(c.cc, m.start)
    if not votes:
        return None
    return max(votes, key=lambda cc: (votes[cc], -first[cc]))


def document_country(doc: Doc, *, gazetteer: Gazetteer | None = None) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country the document is about: the one its resolved
    places and demonyms name most (a dateline counts double, a demonym three quarters, a city
    that several countries have less); None when it names no place."""
    gaz = gazetteer or load_gazetteer()
    return _vote(gaz, _resolve(doc, gaz, _collect(doc, gaz), None))


def find_places(
    doc: Doc, country_hint: str | None = None, *, gazetteer: Gazetteer | None = None
) -> list[Place]:
    """Every toponym in ``doc`` the gazetteer resolves, with offsets into ``doc.text``, in text
    order. Without ``country_hint``, the document's own country (:func:`document_country`)
    settles ambiguous names."""
    gaz = gazetteer or load_gazetteer()
    mentions = _collect(doc, gaz)
    country_hint = country_hint.upper() if country_hint else None
    if country_hint is None:
        country_hint = _vote(gaz, _resolve(doc, gaz, mentions, None))
    accepted = _resolve(doc, gaz, mentions, country_hint)
    return [gaz.place(m.cand, m.text, m.start, m.end) for m in accepted if m.cand is not None]


def _is_demonym(place: Place, doc: Doc | None) -> bool:
    """ "Iranian", "Sudanese": the nationality of an actor, not the scene of an event."""
    if place.resolution != "country":
        return False
    if doc is not None:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and len(span):
            return span.root.ent_type_ == "NORP" or span.root.pos_ == "ADJ"
    return bool(load_gazetteer().demonym(place.text))


def _role(doc: Doc, text: str, place: Place, places: list[Place], depth: int = 0) -> int | None:
    """How the sentence uses a toponym: 0 where something happens ("in Kharkiv"), 1 neutral,
    2 weak ("the governor of Tehran", "Iran's judiciary"), None not a scene at all (the speaker's
    home, "Tehran said", "a London-based group", "according to Kyiv")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 1
    after = text[place.end : place.end + 10].lower()
    if re.match(r"-?\s?(based|born|headquartered)\b", after):
        return None
    return _token_role(doc, text, span.root, span.start, place, places, depth)


def _token_role(
    doc: Doc, text: str, root: Token, first: int, place: Place, places: list[Place], depth: int
) -> int | None:
    dep = root.dep_
    country = place.resolution == "country"
    if dep in ("nsubj", "csubj"):
        head = root.head
        has_object = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.children)
        if head.lemma_ in ACTOR_VERBS or has_object or country:
            return None
        return 1  # "Tehran erupted in protests"
    if dep == "pobj" and root.head.dep_ == "agent":
        return None
    if dep == "poss":
        return 2 if country else 1
    if dep == "compound":
        # "Tehran police", "Zahedan prison": the scene; "US sanctions", "Tehran resident": not.
        return None if country or root.head.lower_ in HOME_NOUNS else 1
    if dep in ("conj", "appos") and depth < 3:
        for other in places:
            if other is not place and other.start <= root.head.idx < other.end:
                return _role(doc, text, other, places, depth + 1)
        return _token_role(doc, text, root.head, root.head.i, place, places, depth + 1)
    prep_word = _governing_preposition(doc, first, root)
    prep = _preposition(doc, first, root)
    if prep_word is None or prep is None:
        return 1
    governor = prep.head
    if prep_word == "by":
        return None
    if governor.lemma_ in HOME_VERBS:
        return None
    if prep_word in LOCATIVE:
        return 0
    if prep_word == "from":
        if governor.ent_type_ == "PERSON" or governor.lemma_ in PERSON_NOUNS:
            return None
        return 2
    if prep_word == "of":
        if governor.lemma_ in AREA_NOUNS:
            outer = governor.head
            return 0 if governor.dep_ == "pobj" and outer.lower_ in LOCATIVE else 1
        return 2
    if prep_word in DIRECTIONAL:
        return 1
    return 1


def _governs(trigger: Token, tok: Token) -> bool:
    """The trigger is the first verb (or the trigger noun itself) above ``tok`` in the parse."""
    for up in tok.ancestors:
        if up.i == trigger.i:
            return True
        if up.pos_ in ("VERB", "AUX"):
            return False
    return False


def _is_dateline(place: Place, dateline_stop: int | None) -> bool:
    if dateline_stop is not None:
        return place.start < dateline_stop
    return place.start <= 2 and place.text.isupper()


def place_for(
    places: list[Place], sent_start: int, sent_end: int, trigger_start: int, doc: Doc | None = None
) -> Place | None:
    """The place where the event whose trigger starts at ``trigger_start`` happened, from the
    toponyms of its sentence (``sent_start:sent_end``); None when the sentence names none (the
    caller falls back to the document's country).

    Preferred: a toponym governed by a locative preposition ("in", "at", "across", "near"),
    then one used neutrally, then a weak one ("the governor of Tehran"), each time the one
    closest to the trigger; a city named next to its province or country ("in Zahedan, Iran")
    wins over them, and takes its province's name if it had none. Never: the dateline (unless
    the event is in the dateline's own sentence and no other place is named there), a
    speaker's home ("a nurse from Kyiv said"), a place used as an actor ("Tehran said").
    ``doc`` (the parsed document) is needed for all but the dateline and the distances.
    """
    text = text_of(doc) if doc is not None else None  # Doc.text joins the tokens on every access
    dateline_stop = dateline_end(text) if text is not None else None
    inside = [p for p in places if sent_start <= p.start and p.end <= sent_end and not _is_demonym(p, doc)]
    datelines = [p for p in inside if _is_dateline(p, dateline_stop)]
    trigger = None
    if doc is not None:
        trigger_span = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
        trigger = trigger_span.root if trigger_span is not None and len(trigger_span) else None
    scored: list[tuple[int, int, int, int, Place]] = []
    for p in inside:
        if p in datelines:
            continue
        role = _role(doc, text, p, inside) if doc is not None and text is not None else 1
        if role is None:
            continue
        # A toponym the trigger's own clause governs ("fired ... in Tehran") beats a closer one
        # attached to another verb of the sentence ("rallied in Ahvaz").
        governed = 1
        if trigger is not None and doc is not None:
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None and len(span) and _governs(trigger, span.root):
                governed = 0
        distance = p.start - trigger_start if p.start >= trigger_start else trigger_start - p.end
        scored.append((role, governed, distance, _GRANULARITY.get(p.resolution or "country", 2), p))
    if not scored:
        return datelines[0] if datelines else None
    scored.sort(key=lambda s: s[:4])
    best = scored[0][4]
    usable = [s[4] for s in scored]
    for q in usable:
        if q is best or q.country != best.country or not _adjacent(best, q, text):
            continue
        if _GRANULARITY.get(q.resolution or "", 2) < _GRANULARITY.get(best.resolution or "", 2):
            best = q
            break
    if best.resolution == "city" and best.admin1 is None:
        for q in usable:
            if q.resolution == "admin1" and q.country == best.country and _adjacent(best, q, text):
                return replace(best, admin1=q.admin1 or q.place)
    return best


def _adjacent(a: Place, b: Place, text: str | None) -> bool:
    """Two toponyms side by side: "Zahedan, Iran", "Izeh in Khuzestan", "Iran's Zahedan"."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if text is None:
        return 0 <= second.start - first.end <= 4
    gap = text[first.end : second.start]
    return bool(re.fullmatch(r"\s*(,|in|of|\(|['’]s)?\s*", gap)) and len(gap) <= 6


__all__ = ["dateline_end", "document_country", "find_places", "place_for"]

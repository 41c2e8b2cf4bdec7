"""Actor resolution: from the words that name an actor to the actor, with its canonical name.

:mod:`corroborate.actors.mentions` finds the words a text names an actor with ("the regime's
Revolutionary Guards", "riot police", "Mrs. Rajavi"); this module says who that is, in the
context of the whole document, and fills the Entity's ``name``, ``sector``, ``country`` and
``id``. ``text`` and the offsets never change: they stay where the text names the actor.

The rules, in order; the same for every country and every camp:

1. The whole name is in the registry ("PMOI", "Mujahedin-e Khalq", "Monafeqin", "Scotland
   Yard", "RSF" in a text about Sudan): the registry's actor. A loaded label ("the mullahs",
   "Zionist regime") resolves like any alias and is flagged as loaded.
2. An acronym the document spells out ("Harbour Rights Observatory (HRO)" ... "HRO"): the
   long name, and its registry actor if it has one.
3. A country named as an actor ("Iran said", "the U.S. drone raid"): its government.
4. A registry name inside a longer one, where the other words only say which part or which
   members of it ("the regime's Revolutionary Guards", "RSF troops", "Branch 1 of the
   Revolutionary Court", "Members of the European Parliament"): that actor.
5. A generic reference, read with the document's country (or the country its own words name):
   "the regime", "the authorities", "officials" -> "Government of <country>"; "security forces",
   "repressive forces" -> "<Demonym> security forces"; "police", "riot police", "officers" ->
   the police force the document names, else "<Demonym> police"; "troops", "the army" -> the
   armed forces the document names, else "<Demonym> military"; "the ministry", "the group",
   "the union", "the court" -> the last ministry, group, union or court the document named;
   "parliament", "MPs" -> the country's parliament; "state media" -> the country's state
   media.
6. People: in a protest report "people", "crowds", "demonstrators" and the state's "rioters"
   are "protesters" (a protest's actors, and the victims of force used around it).
7. A surname alone is the person the document named in full before ("Rajavi" after "Maryam
   Rajavi").
8. Anything else is kept as written, with a sector guessed from its words and NER label and
   the country its words name: unknown actors are never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..records import Entity, Event, Place, Quote
from .mentions import canonical, guess_sector
from .registry import (
    Actor,
    Match,
    Registry,
    active_registry,
    countries,
    country_of,
    fold,
    fold_word,
    tokens,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Sectors of state organs: an unknown actor of one of these belongs to the document's country.
STATE_SECTORS = frozenset(("GOV", "COP", "MIL", "JUD", "SPY", "LEG"))

_DETERMINERS = frozenset(
    "the a an its their his her this that these those some many several other others all both such "
    "any each".split()
)
# Words that say which members or which part of an actor are meant ("IRGC officers").
MEMBER_WORDS = frozenset(
    """troops forces force officers officer members member agents agent fighters fighter militiamen
    militiaman units unit personnel operatives operative commanders commander soldiers soldier police
    policemen guards guard guardsmen paramilitaries paramilitary militia militias elements spokesman
    spokeswoman spokesperson representatives representative officials official leadership leaders
    leader branch branches wing division department delegation staff researchers researcher
    investigators experts mercenaries terrorists thugs henchmen gunmen cadres activists""".split()
)
# Words that describe an actor without changing who it is ("the notorious IRGC").
DESCRIPTIVE_WORDS = frozenset(
    """notorious repressive suppressive brutal feared elite so called paramilitary powerful infamous
    dreaded criminal terrorist ruling armed banned outlawed exiled proscribed oppressive mercenary main
    opposition dissident militant rebel jihadist extremist radical iranian regime government state junta
    group campaign rights human advocacy pressure watchdog organisation organization movement party
    news agency outlet newspaper broadcaster channel daily union trade monitor ngo charity body
    coalition alliance network international national official semi run affiliated controlled
    backed linked aligned allied local global exile shadow anti corruption security
    """.split()
)
# Who speaks or acts for a government as such ("Iranian government officials").
GOVERNMENT_MEMBERS = frozenset("officials official spokesman spokeswoman spokesperson leadership leaders leader "
                               "delegation representatives representative".split())
# Titles a person's name may carry ("Supreme Leader Ali Khamenei", "Senior General Min Aung Hlaing").
TITLE_WORDS = frozenset(
    """president prime minister foreign interior defence defense supreme leader ayatollah grand general
    senior gen lt lieutenant colonel col major maj mr mrs ms dr sheikh sheik king queen prince crown
    chairman chairwoman chair spokesman spokeswoman secretary chief justice judge commander marshal
    opposition exiled jailed imprisoned detained former late acting interim vice deputy head mp senator
    activist lawyer journalist cleric imam rabbi bishop pope sir dame lord""".split()
)
LOADED_WORDS = frozenset(
    "mullahs mullah dictatorship dictatorial tyranny tyrannical fascist fascism criminal butchers thugs "
    "terrorist terrorists mercenaries mercenary henchmen puppet puppets occupation occupying zionist "
    "rioters seditionists hooligans troublemakers agitators guarimberos".split()
)

# Generic references to a state: heads, and the words that may stand with them for the state
# as a whole ("the clerical regime") rather than a part of it ("the provincial authorities").
GOV_HEADS = frozenset(
    "regime government authorities authority administration junta mullahs leadership rulers "
    "dictatorship theocracy establishment officials cabinet".split()
)
GOV_MODIFIERS = frozenset(
    """national central federal ruling clerical theocratic military islamic repressive brutal
    authoritarian corrupt criminal dictatorial illegitimate religious fascist totalitarian autocratic
    despotic new interim transitional current de facto government state regime mullahs junta
    communist islamist senior top high ranking level oppressive tyrannical murderous ruthless
    fundamentalist""".split()
)
SECURITY_MODIFIERS = frozenset(
    "security repressive suppressive regime government state junta plainclothes plain clothes "
    "special oppressive law enforcement paramilitary pro".split()
)
SECURITY_HEADS = frozenset(
    "forces force services service apparatus agents agent personnel officers officer operatives units "
    "officials".split()
)
POLICE_HEADS = frozenset(
    "police policeman policemen policewoman policewomen cops cop constables constable gendarmes "
    "gendarme gendarmerie".split()
)
POLICE_PART_HEADS = frozenset(
    "officers officer forces force units unit agents agent personnel squad squads patrol patrols".split()
)
POLICE_MODIFIERS = frozenset(
    "police riot anti uniformed masked armed local traffic municipal city duty patrol undercover".split()
)
MILITARY_HEADS = frozenset(
    "army military troops soldiers soldier servicemen paratroopers conscripts marines".split()
)
NOT_POLICE = frozenset(
    "military army prison intelligence border customs immigration election electoral health".split()
)
JUDICIARY_HEADS = frozenset("judiciary court courts tribunal judges judge prosecutors prosecutor".split())
LEGISLATURE_HEADS = frozenset("parliament legislature lawmakers legislators mps deputies parliamentarians".split())
MEDIA_HEADS = frozenset("media tv television broadcaster agency news outlets outlet press newspaper".split())
# Words for people as such: in a protest report these are the protesters.
PEOPLE_HEADS = frozenset(
    "people persons individuals crowd crowds demonstrators demonstrator protesters protester protestors "
    "protestor marchers marcher participants rioters rioter citizens residents locals thousands hundreds "
    "dozens scores tens many others seditionists hooligans troublemakers agitators guarimberos".split()
)
PROTESTER_WORDS = frozenset(
    "demonstrators demonstrator protesters protester protestors protestor marchers marcher rioters rioter "
    "seditionists hooligans troublemakers agitators guarimberos".split()
)
PROTEST_CONTEXT = re.compile(
    r"\b(protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|riot\w*|unrest|uprising\w*|sit-?ins?|"
    r"strik(?:e|es|ers|ing)|vigils?|crackdown)\b", re.IGNORECASE)
# The side people take, which stays in their name: "anti-government", "pro-regime".
STANCE = re.compile(r"\b(?:anti|pro)[-‐]\w+(?:[-‐]\w+)*", re.IGNORECASE)
REPRESSION_TYPES = frozenset(("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"))

# "the ministry", "the group": heads that point back to an actor the document named, with the
# kinds of actor each may point to.
ANAPHORS: dict[str, frozenset[str]] = {
    "group": frozenset(("opposition", "armed_group", "movement", "ngo", "party", "union")),
    "organisation": frozenset(("opposition", "armed_group", "movement", "ngo", "party", "union", "igo")),
    "organization": frozenset(("opposition", "armed_group", "movement", "ngo", "party", "union", "igo")),
    "movement": frozenset(("movement", "opposition", "armed_group", "party")),
    "party": frozenset(("party",)),
    "union": frozenset(("union",)),
    "ministry": frozenset(("ministry", "intelligence")),
    "court": frozenset(("court",)),
    "tribunal": frozenset(("court",)),
    "militia": frozenset(("paramilitary", "armed_group")),
    "rebels": frozenset(("armed_group",)),
    "insurgents": frozenset(("armed_group",)),
    "watchdog": frozenset(("ngo",)),
    "ngo": frozenset(("ngo",)),
    "charity": frozenset(("ngo",)),
    "coalition": frozenset(("opposition", "party", "movement", "armed_group")),
    "alliance": frozenset(("opposition", "party", "movement", "armed_group")),
    "front": frozenset(("opposition", "party", "movement", "armed_group")),
    "network": frozenset(("ngo", "movement", "opposition", "media")),
    "newspaper": frozenset(("media",)),
    "outlet": frozenset(("media",)),
    "broadcaster": frozenset(("media",)),
    "agency": frozenset(("media", "intelligence", "igo")),
    "council": frozenset(("government", "opposition", "igo")),
    "committee": frozenset(("union", "ngo", "movement", "government")),
    "commission": frozenset(("government", "igo")),
}
# Kinds of unknown organisations, from the last word of their name.
ORG_HEAD_KINDS: dict[str, str] = {}
for _kind, _words in {
    "police": "police constabulary gendarmerie",
    "military": "army forces corps military navy brigade brigades battalion regiment",
    "ministry": "ministry department",
    "court": "court tribunal",
    "union": "union unions confederation syndicate",
    "party": "party",
    "ngo": "watch observatory foundation institute centre center initiative monitor rights",
    "media": "agency news times post tv radio press daily journal gazette herald tribune network",
    "opposition": "front movement alliance coalition council committee",
    "armed_group": "militia",
}.items():
    for _w in _words.split():
        ORG_HEAD_KINDS.setdefault(_w, _kind)


# Documents that speak for whoever issued them: "the statement said", "the report added".
DOCUMENT_NOUNS = frozenset(
    "statement report communique communiqué announcement release letter bulletin notice declaration".split()
)
# Words that stand for an actor named elsewhere: pronouns and documents that speak.
STAND_INS = DOCUMENT_NOUNS | frozenset("he she it they him her them this that these those".split())


@dataclass(frozen=True)
class Resolution:
    """An Entity resolved: the entity with its canonical fields, and how that was decided."""

    entity: Entity
    rule: str  # registry | acronym | country | part | generic:<class> | antecedent | person | protesters | as-written
    loaded: bool = False
    actor: Actor | None = None


@dataclass(frozen=True)
class Mention:
    """An actor the document names: a registry name, or an organisation or person from NER."""

    start: int
    end: int
    text: str
    name: str
    kind: str | None
    sector: str | None
    country: str | None
    id: str | None = None


class DocContext:
    """What the rest of the document says about its actors: its country, the actors it names
    (in order), the acronyms it spells out, its sentences, and where its places are."""

    def __init__(self, text: str, country: str | None, registry: Registry, mentions: Sequence[Mention] = (),
                 acronyms: dict[str, str] | None = None, sentences: Sequence[tuple[int, int]] = (),
                 places: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.country = country
        self.registry = registry
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.acronyms = acronyms or {}
        self.sentences = list(sentences)
        self.places = list(places)
        self.doc: Doc | None = None
        # every registry name in the text, as the registry scan found it (labels included)
        self.scanned: list[tuple[int, int, Match]] = []

    @classmethod
    def build(cls, doc: Doc | str, country: str | None, registry: Registry | None = None,
              places: Iterable[Place] = ()) -> DocContext:
        """The context of a parsed document (or of a bare text, without NER and sentences)."""
        reg = registry or active_registry()
        text = doc if isinstance(doc, str) else doc.text
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []
        scanned = reg.scan(text, country)
        for s, e, m in scanned:
            if _inside_longer_name(text, s, e):
                continue  # "Metropolitan Police" in "St. Louis Metropolitan Police Department"
            a = m.actor
            mentions.append(Mention(s, e, text[s:e], a.name, a.kind, a.sector, a.country, a.id))
            taken.append((s, e))
        acronyms = _acronyms(text)
        for long in acronyms.values():
            for mm in re.finditer(re.escape(long), text):
                if not any(s < mm.end() and mm.start() < e for s, e in taken):
                    head = fold_word(long.split()[-1])
                    mentions.append(Mention(mm.start(), mm.end(), long, long, ORG_HEAD_KINDS.get(head), None,
                                            country_of(long.split()[0]) or None))
                    taken.append((mm.start(), mm.end()))
        sentences: list[tuple[int, int]] = []
        if not isinstance(doc, str):
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
            for ent in doc.ents:
                if ent.label_ not in ("ORG", "PERSON", "NORP") or any(
                        s < ent.end_char and ent.start_char < e for s, e in taken):
                    continue
                name = canonical(ent.text)
                if ent.label_ == "PERSON":
                    mentions.append(Mention(ent.start_char, ent.end_char, ent.text, name, "person", None, None))
                elif ent.label_ == "ORG":
                    head = fold_word(ent[-1].text)
                    mentions.append(Mention(ent.start_char, ent.end_char, ent.text, name, ORG_HEAD_KINDS.get(head),
                                            guess_sector(ent.text, "ORG"), _words_country(ent.text)))
        ctx = cls(text, country, reg, mentions, acronyms, sentences,
                  [(p.start, p.end) for p in places if p.end > p.start])
        ctx.doc = None if isinstance(doc, str) else doc
        ctx.scanned = scanned
        return ctx

    def antecedent(self, kinds: Iterable[str], at: int, country: str | None = None,
                   after: bool = False) -> Mention | None:
        """The actor of one of ``kinds`` the document named last before ``at`` (of ``country``
        if given); with ``after``, else the first one it names later."""
        kinds = frozenset(kinds)
        fits = [m for m in self.mentions if m.kind in kinds
                and (country is None or m.country in (None, country))]
        before = [m for m in fits if m.end <= at]
        if before:
            return before[-1]
        later = [m for m in fits if m.start >= at]
        return later[0] if after and later else None

    def movement(self, country: str | None) -> Mention | None:
        """The one civil protest movement the document names (at least twice), if it names one."""
        found = {m.id: m for m in self.mentions if m.kind == "movement" and m.sector == "CVL" and m.id
                 and m.country in (None, country)}
        if len(found) != 1:
            return None
        (only,) = found.values()
        return only if sum(1 for m in self.mentions if m.id == only.id) >= 2 else None

    def person(self, surname: str, at: int) -> Mention | None:
        """The person the document named in full before, by one of their names ("Rajavi")."""
        key = fold(surname)
        for m in reversed([m for m in self.mentions if m.kind == "person" and m.start < at]):
            words = fold(m.name).split()
            if len(words) > 1 and key in words[1:]:
                return m
        return None

    def window(self, start: int, end: int, reach: int = 1) -> str:
        """The sentence holding [start, end) and ``reach`` sentences either side of it."""
        if not self.sentences:
            return self.text[max(0, start - 300 * reach): end + 300 * reach]
        idx = [i for i, (s, e) in enumerate(self.sentences) if s < end and start < e] or [0]
        lo, hi = max(0, idx[0] - reach), min(len(self.sentences) - 1, idx[-1] + reach)
        return self.text[self.sentences[lo][0]: self.sentences[hi][1]]

    def in_place(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.places)

    def is_name(self, word: str, start: int, first: bool) -> bool:
        """Whether the word at ``start`` is (part of) a proper name: the parser's word when the
        context has it ("Rebellious youth" opens a sentence but names no one), else its capital."""
        if self.doc is not None:
            span = self.doc.char_span(start, start + len(word), alignment_mode="expand")
            if span is not None and len(span):
                return span[0].pos_ == "PROPN"
        return word[:1].isupper() and not first


_ACRONYM_AFTER = re.compile(
    r"((?:[A-Z][\w'’\-]*|of|for|and|the|de|du|des|in|on|to|&)(?:\s+(?:[A-Z][\w'’\-]*|of|for|and|the|de|du|des|"
    r"in|on|to|&)){1,9})\s*\(([A-Z][A-Za-z]{1,8})\)")


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms a text spells out: "Harbour Rights Observatory (HRO)" -> {"HRO": "Harbour ..."}."""
    out: dict[str, str] = {}
    for m in _ACRONYM_AFTER.finditer(text):
        words, acr = m.group(1).split(), m.group(2)
        # the long name is the shortest tail of the words whose capitals spell the acronym
        for i in range(len(words) - 1, -1, -1):
            tail = words[i:]
            if not tail[0][:1].isupper():
                continue
            initials = "".join(w[0] for w in tail if w[:1].isupper())
            if initials.upper() == acr.upper() or (initials.upper().startswith(acr[0].upper())
                                                   and _subsequence(acr.upper(), "".join(tail).upper())
                                                   and len(initials) >= len(acr) - 1 and len(tail) > 1):
                out.setdefault(acr, " ".join(tail).rstrip(",;:"))
                break
    return out


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a name found in a text is only part of a longer proper name: a capitalised word
    runs on right after it, or right before it (a country or demonym before it is fine: "Iranian
    Intelligence Ministry")."""
    after = re.match(r"[ \t]+([A-Z][\w'’\-]*)", text[end:end + 40])
    if after is not None and after.group(1) not in ("The", "A", "An", "On", "In", "At", "And", "But"):
        return True
    before = re.search(r"([A-Z][\w'’.\-]*)[ \t]+$", text[max(0, start - 40):start])
    if before is None:
        return False
    word = before.group(1)
    sentence_start = re.search(r"(^|[.!?\n]\s*)" + re.escape(word) + r"[ \t]+$", text[max(0, start - 44):start])
    return sentence_start is None and country_of(word) is None and word not in ("The", "A", "An")


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


def _words_country(text: str) -> str | None:
    """The country a name's own words name: "Iranian police", "Iran's judiciary" -> IR."""
    toks = [t for t, _, _ in tokens(text)]
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            piece = " ".join(toks[i:i + n])
            cc = country_of(piece)
            if cc:
                return cc
    return None


# ---------------------------------------------------------------- resolving one entity

def _entity(ent: Entity, name: str, sector: str | None, country: str | None, actor_id: str | None) -> Entity:
    return replace(ent, name=name, sector=sector, country=country, id=actor_id)


def _from_actor(ent: Entity, m: Match | Actor, rule: str, loaded: bool = False) -> Resolution:
    a = m.actor if isinstance(m, Match) else m
    is_loaded = loaded or (isinstance(m, Match) and m.loaded)
    return Resolution(_entity(ent, a.name, a.sector, a.country, a.id), rule, is_loaded, a)


def _from_mention(ent: Entity, m: Mention, rule: str, loaded: bool = False) -> Resolution:
    return Resolution(_entity(ent, m.name, m.sector or ent.sector, m.country or ent.country, m.id), rule, loaded)


def _adjective(cc: str | None) -> str | None:
    c = countries().get(cc) if cc else None
    return c.adjective if c else None


def _strip(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Words without leading determiners and numbers."""
    i = 0
    while i < len(words) - 1 and (fold_word(words[i][0]) in _DETERMINERS or words[i][0].isdigit()):
        i += 1
    return words[i:]


def resolve_entity(ent: Entity, ctx: DocContext, role: str = "actor", event_type: str | None = None,
                   evidence: tuple[int, int] | None = None) -> Resolution:
    """Who ``ent`` is, in the document ``ctx`` describes; ``role`` is actor, recipient or
    claimed_by, ``event_type`` the PLOVER type of its event, ``evidence`` its sentence."""
    if ent.name != ent.text and ent.text.strip().lower().removeprefix("the ") in STAND_INS:
        # "It said", "the statement said": the words point where the speaker speaks, the name
        # (whom they stand for) is what the registry resolves
        r = resolve_entity(replace(ent, text=ent.name), ctx, role, event_type, evidence)
        return replace(r, entity=replace(r.entity, text=ent.text, start=ent.start, end=ent.end))
    reg = ctx.registry
    text = ent.text.strip()
    words = _strip(tokens(text))
    if not words:
        return Resolution(ent, "as-written")
    folded = [fold_word(w) for w, _, _ in words]
    loaded = any(w in LOADED_WORDS for w in folded)
    bare = text[words[0][1]:]

    # 1. the registry knows the whole name
    m = reg.lookup(text, ctx.country) or reg.lookup(bare, ctx.country)
    if m is not None:
        return _from_actor(ent, m, "registry", loaded)
    # 2. an acronym the document spells out
    acr = re.sub(r"['’]s$", "", bare)
    if acr in ctx.acronyms:
        long = ctx.acronyms[acr]
        m = reg.lookup(long, ctx.country)
        if m is not None:
            return _from_actor(ent, m, "acronym", loaded)
        return Resolution(_entity(ent, long, guess_sector(long, "ORG") or ent.sector,
                                  _words_country(long), None), "acronym", loaded)
    # 3. a country named as an actor
    cc = country_of(bare, demonyms=False)
    if cc is not None:
        gov = reg.government(cc)
        if gov is not None:
            return _from_actor(ent, gov, "country", loaded)
    # 4. a registry actor named with words for its members or parts
    part = _part_of_name(ent, text, ctx)
    if part is not None:
        return _from_actor(ent, part, "part", loaded)
    for w, _, _ in words:  # "HRO representatives": members of an organisation the document spelled out
        spelled = ctx.acronyms.get(re.sub(r"['’]s$", "", w))
        if spelled and all(f == fold_word(w) or f in MEMBER_WORDS or f in DESCRIPTIVE_WORDS for f in folded):
            return Resolution(_entity(ent, spelled, guess_sector(spelled, "ORG") or ent.sector,
                                      _words_country(spelled), None), "acronym", loaded)
    # 5.-7. generic references, people, surnames
    found = _generic(ent, words, folded, ctx, role, event_type, evidence, loaded)
    if found is not None:
        return found
    if len(words) == 1 and words[0][0][:1].isupper():
        full = ctx.person(words[0][0], ent.start)
        if full is not None:
            m = reg.lookup(full.name, ctx.country)
            if m is not None:
                return _from_actor(ent, m, "person", loaded)
            return _from_mention(ent, full, "person", loaded)
    # 8. as written
    cc = _words_country(text)
    sector = ent.sector or guess_sector(text)
    if sector is None and len(words) == 1 and country_of(bare, demonyms=False) is None and country_of(bare):
        sector = "CVL"  # "Iranians", "Belarusians": a country's people
    if cc is None and sector in STATE_SECTORS:
        cc = ctx.country
    return Resolution(replace(ent, sector=sector, country=ent.country or cc), "as-written", loaded)


def _part_of_name(ent: Entity, text: str, ctx: DocContext) -> Match | None:
    """A registry actor named inside ``text`` when every other word only says which members or
    part of it, describes it, or names its country or seat: "the regime's Revolutionary
    Guards", "RSF troops", "Tehran's Revolutionary Court", "Members of the European Parliament"."""
    found = ctx.registry.scan(text, ctx.country)
    for w, s, e in tokens(text):  # "HRO representatives": an acronym the document spelled out
        long = ctx.acronyms.get(re.sub(r"['’]s$", "", w))
        m = ctx.registry.lookup(long, ctx.country) if long else None
        if m is not None:
            found.append((s, e, m))
    if not found:
        return None
    s0, _, best = max(found, key=lambda f: (f[1] - f[0], -f[0]))
    same = [(s, e) for s, e, m in found if m.actor.id == best.actor.id]
    person = best.actor.kind == "person"
    for w, s, e in tokens(text):
        if any(a <= s and e <= b for a, b in same):
            continue
        f = fold_word(w)
        if person:  # "President Putin" is Putin; "Putin's troops", "the Ortega government" are not
            if f in _DETERMINERS or f in TITLE_WORDS or country_of(w) is not None or f == "of":
                continue
            return None
        if best.actor.kind == "government" and f in MEMBER_WORDS and f not in GOVERNMENT_MEMBERS:
            return None  # "government forces", "regime troops": the security forces, below
        if f in _DETERMINERS or f in MEMBER_WORDS or f in DESCRIPTIVE_WORDS or f in ("of", "and", "s") or w.isdigit():
            continue
        cc = country_of(w)
        if cc is not None:
            if best.actor.country not in (None, cc):
                return None
            continue
        # the seat of an organ: "Tehran's Revolutionary Court", "Isfahan Revolutionary Court"
        if w[:1].isupper() and e <= s0 and (text[e:e + 2] in ("'s", "’s") or ctx.in_place(ent.start + s, ent.start + e)):
            continue
        if f in GOV_HEADS and e <= s0:  # "the regime's IRGC"
            continue
        return None
    return best


def _generic(ent: Entity, words: list[tuple[str, int, int]], folded: list[str], ctx: DocContext, role: str,
             event_type: str | None, evidence: tuple[int, int] | None, loaded: bool) -> Resolution | None:
    """Rules 5 and 6: generic references to a state's organs, to a named actor, and to people."""
    head = folded[-1]
    mods = folded[:-1]
    wset = set(folded)
    named = [w for i, (w, s, _) in enumerate(words[:-1]) if w[:1].isupper() and (
        i > 0 or ctx.is_name(w, ent.start + s, ent.start + s == _sentence_start(ctx, ent.start + s)))]
    cc = _words_country(ent.text)
    if named and cc is None and not all(country_of(w) for w in named):
        # "Kisumu County government", "Tehran University students": not the state as such;
        # but "the Ortega government" is the government Ortega heads
        named_person = None
        for w in named:
            m = ctx.registry.lookup(w, ctx.country)
            if m is not None and m.actor.kind == "person":
                named_person = m.actor
        if named_person is None or head not in GOV_HEADS:
            return None
        cc = named_person.country
        mods = [w for w in mods if w not in {fold_word(n) for n in named}]
    country = cc or ctx.country
    adj = _adjective(country)
    reg = ctx.registry

    def generic(name: str | None, sector: str, cls: str, actor: Actor | None = None) -> Resolution | None:
        if actor is not None:
            return _from_actor(ent, actor, f"generic:{cls}", loaded)
        if name is None:
            return None
        return Resolution(_entity(ent, name, sector, country, None), f"generic:{cls}", loaded)

    other = [w for w in mods if w not in _DETERMINERS and country_of(w) is None]

    # the state as a whole: "the regime", "the clerical regime", "Iranian officials"
    if head in GOV_HEADS and all(w in GOV_MODIFIERS or w in LOADED_WORDS for w in other):
        if head == "officials" and wset & {"security", "intelligence", "police", "military", "prison"}:
            pass
        else:
            return generic(None, "GOV", "government", reg.government(country))
    if folded == ["state"] or (head == "state" and all(w in GOV_MODIFIERS for w in other)):
        return generic(None, "GOV", "government", reg.government(country))

    # police: "police", "riot police", "police officers", "officers", "policemen"
    is_police = head in POLICE_HEADS or (head in POLICE_PART_HEADS and "police" in wset) or (
        head in ("officers", "officer") and not (wset & NOT_POLICE) and not (wset & {"security"})
        and all(w in POLICE_MODIFIERS or w in GOV_MODIFIERS or w in SECURITY_MODIFIERS for w in other))
    if is_police and not wset & {"military", "army", "intelligence", "prison"}:
        ante = ctx.antecedent(("police",), ent.start, country, after=True)
        if ante is not None:
            return _from_mention(ent, ante, "antecedent", loaded)
        return generic(f"{adj} police" if adj else "police", "COP", "police")

    # security forces: "security forces", "repressive forces", "plainclothes agents", "forces"
    if (head in SECURITY_HEADS and (wset & SECURITY_MODIFIERS or (not other and head in ("forces", "agents"))))\
            or folded == ["security"]:
        if wset & {"intelligence"}:
            return generic(f"{adj} intelligence services" if adj else "intelligence services", "SPY", "intelligence")
        if wset & {"military", "army", "armed"}:
            return _military(ent, ctx, country, adj, loaded)
        return generic(f"{adj} security forces" if adj else "security forces", "COP", "security")
    if head in SECURITY_HEADS and wset & {"occupation", "occupying", "invading"}:
        return _military(ent, ctx, country, adj, loaded)

    # the armed forces: "troops", "the army", "soldiers", "the military", "armed forces"
    if head in MILITARY_HEADS or (head in ("forces", "units", "officers", "personnel") and wset & {
            "armed", "military", "army", "occupation", "occupying", "invading"}):
        if all(w in GOV_MODIFIERS or w in SECURITY_MODIFIERS or w in LOADED_WORDS or w in (
                "armed", "military", "army", "regular", "invading") for w in other):
            return _military(ent, ctx, country, adj, loaded)
        return None

    # intelligence services
    if "intelligence" in wset and head in ("agents", "services", "service", "officers", "operatives", "officials",
                                           "agency", "apparatus") or (head == "police" and "secret" in wset):
        ante = ctx.antecedent(("intelligence",), ent.start, country)
        if ante is not None:
            return _from_mention(ent, ante, "antecedent", loaded)
        return generic(f"{adj} intelligence services" if adj else "intelligence services", "SPY", "intelligence")

    # courts and the judiciary; prosecutors and investigators
    if head in JUDICIARY_HEADS and all(w in GOV_MODIFIERS or w in ("judicial", "revolutionary", "islamic", "public")
                                       for w in other):
        kinds = ("prosecution",) if head.startswith("prosecutor") else ("court", "judiciary")
        ante = ctx.antecedent(kinds, ent.start, country)
        if ante is not None and head not in ("judiciary",):
            return _from_mention(ent, ante, "antecedent", loaded)
        judiciary = _country_actor(reg, country, "judiciary")
        if judiciary is not None:
            return generic(None, "JUD", "judiciary", judiciary)
        return generic(f"{adj} judiciary" if adj else "judiciary", "JUD", "judiciary")

    # parliament
    if head in LEGISLATURE_HEADS and all(w in GOV_MODIFIERS for w in other):
        legislature = _country_actor(reg, country, "legislature")
        if legislature is not None:
            return generic(None, "LEG", "legislature", legislature)
        name = countries()[country].name if country in countries() else None
        return generic(f"Parliament of {name}" if name else None, "LEG", "legislature")

    # state media: "state media", "state TV", "the official news agency"
    if head in MEDIA_HEADS and wset & {"state", "official", "government", "regime"}:
        m = reg.lookup(" ".join(w for w, _, _ in words), country)
        if m is not None:
            return _from_actor(ent, m, "generic:media", loaded)
        return generic(f"{adj} state media" if adj else "state media", "JRN", "media")

    # "the ministry", "the group", "the union": the last one the document named
    if head in ANAPHORS and all(w in DESCRIPTIVE_WORDS or w in GOV_MODIFIERS for w in other):
        ante = ctx.antecedent(ANAPHORS[head], ent.start, cc)
        if ante is not None:
            return _from_mention(ent, ante, "antecedent", loaded)
        return None

    # people in a protest report are the protesters; a side they take stays in the name
    # ("pro-government demonstrators" -> "pro-government protesters"), whichever side it is
    if head in PEOPLE_HEADS and not named:
        protest = head in PROTESTER_WORDS or (role == "actor" and event_type == "PROTEST")
        if not protest and event_type in REPRESSION_TYPES and role == "recipient" and evidence is not None:
            protest = bool(PROTEST_CONTEXT.search(ctx.window(*evidence, reach=2)))
        if protest:
            stance = [m.group().lower().replace("‐", "-") for m in STANCE.finditer(ent.text)]
            name = " ".join([*stance, "protesters"])
            # the protest movement the document is about ("Extinction Rebellion", "the yellow
            # vests", Sudan's resistance committees) is whose protesters they are
            movement = ctx.movement(country)
            if movement is not None and not stance:
                return Resolution(_entity(ent, f"{movement.name} protesters", "CVL", country, movement.id),
                                  "protesters", loaded)
            return Resolution(_entity(ent, name, "CVL", country, None), "protesters", loaded)
        return None

    # young people and other groups of civilians: named by the group, not its adjectives
    if head in ("youth", "youths") and not named:
        return Resolution(_entity(ent, "youths", "CVL", country, None), "generic:people", loaded)
    # "the world must act", "the international community"
    if folded == ["world"] or (head == "community" and "international" in wset) or folded == ["world", "powers"]:
        return Resolution(_entity(ent, "international community", "IGO", None, None), "generic:world", loaded)
    return None


def _sentence_start(ctx: DocContext, at: int) -> int:
    for s, e in ctx.sentences:
        if s <= at < e:
            return s
    return 0


def _military(ent: Entity, ctx: DocContext, country: str | None, adj: str | None, loaded: bool) -> Resolution | None:
    ante = ctx.antecedent(("military",), ent.start, country, after=True)
    if ante is not None and ante.country == country:
        return _from_mention(ent, ante, "antecedent", loaded)
    # a country has one army (its police forces are often several: national, city, riot units)
    armed_forces = _country_actor(ctx.registry, country, "military")
    if armed_forces is not None:
        return _from_actor(ent, armed_forces, "generic:military", loaded)
    name = f"{adj} military" if adj else "military"
    return Resolution(_entity(ent, name, "MIL", country, None), "generic:military", loaded)


def _country_actor(reg: Registry, cc: str | None, kind: str) -> Actor | None:
    """The country's one actor of a kind (its judiciary, its parliament), if the registry has one."""
    if cc is None:
        return None
    found = [a for a in reg if a.country == cc and a.kind == kind and a.part_of is None]
    return found[0] if len(found) == 1 else None


# ---------------------------------------------------------------- the pipeline stage

def resolve_events(events: Iterable[Event], doc: Doc | str, country: str | None,
                   places: Iterable[Place] = (), registry: Registry | None = None,
                   ctx: DocContext | None = None) -> list[Event]:
    """The events with every actor, recipient and claimant resolved in the document's context
    (``ctx``, when the caller has built it already)."""
    events = list(events)
    if not events:
        return events
    ctx = ctx or DocContext.build(doc, country, registry, places)
    out = []
    for ev in events:
        span = (ev.evidence_start, ev.evidence_end)

        def res(e: Entity, role: str, ev: Event = ev, span: tuple[int, int] = span) -> Entity:
            return resolve_entity(e, ctx, role, ev.type, span).entity

        out.append(replace(
            ev,
            actor=tuple(res(e, "actor") for e in ev.actor),
            recipient=tuple(res(e, "recipient") for e in ev.recipient),
            claimed_by=res(ev.claimed_by, "claimed_by") if ev.claimed_by is not None else None,
        ))
    return out


def resolve_quotes(quotes: Iterable[Quote], doc: Doc | str, country: str | None,
                   places: Iterable[Place] = (), registry: Registry | None = None,
                   ctx: DocContext | None = None) -> list[Quote]:
    """The quotes with their speakers resolved in the document's context, as claimants are:
    "the ministry" is the Intelligence Ministry the story named before."""
    quotes = list(quotes)
    if not any(q.speaker is not None for q in quotes):
        return quotes
    ctx = ctx or DocContext.build(doc, country, registry, places)
    return [q if q.speaker is None else
            replace(q, speaker=resolve_entity(q.speaker, ctx, "claimed_by", None, (q.start, q.end)).entity)
            for q in quotes]


def resolve_name(text: str, country: str | None = None, registry: Registry | None = None,
                 role: str = "actor", event_type: str | None = None) -> Resolution:
    """Resolve a name on its own, as if a text about ``country`` named it (for tests and users)."""
    ctx = DocContext(text, country, registry or active_registry())
    return resolve_entity(Entity(text, 0, len(text), canonical(text), guess_sector(text)), ctx, role, event_type,
                          (0, len(text)))


__all__ = ["DocContext", "Mention", "Resolution", "resolve_entity", "resolve_events", "resolve_name", "resolve_quotes"]

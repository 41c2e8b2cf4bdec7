"""The actor registry: who is who, under every name each camp gives them.

The registry is data, reviewed like code: ``corroborate/data/actors.json`` ships with the
package and users extend it with their own files (``corroborate extract --actors FILE``). Each
entry is one actor (a state organ, an armed or opposition group, an NGO, a news agency, an
international body, a person) with

    id         a stable registry id ("ir-irgc"); a user entry with a shipped id replaces it
    name       the canonical name records carry: the English Wikipedia/Wikidata label where
               there is one, neutral, never one camp's label
    kind       what sort of actor (``KINDS``): lets "the ministry" or "the group" find the
               ministry or group a text named before
    sector     its PLOVER sector code (``SECTORS``)
    country    ISO 3166-1 alpha-2, or null for international actors
    wikidata   its Wikidata item ("Q187052") where known for sure, else null
    aliases    other names, acronyms and transliterations ("PMOI", "Mujahedin-e Khalq")
    labels     names one camp uses for it that carry a judgement ("Monafeqin", "the mullahs"):
               they resolve like aliases and are flagged as loaded
    local      names that mean this actor only in a text about its own country ("the Guards",
               "Interior Ministry", "RSF" in Sudan but Reporters Without Borders elsewhere); a
               name in both ``labels`` and ``local`` is a loaded label of that country's texts
    part_of    the id of the actor it belongs to (the Basij is part of the IRGC), or null

Every country also has a government entry, ``<cc>-government`` ("Government of Iran"), made
from the ISO 3166 list when the file does not write one: "the regime", "the authorities" and a
country named as an actor ("Iran said") resolve to it (see :mod:`corroborate.actors.resolve`).

Names are compared folded (:func:`fold`): case, accents, apostrophes, hyphens, a leading "the",
the Arabic article ("al-Burhan" = "Burhan") and the Persian ezafe ("Mojahedin-e Khalq" =
"Mojahedin Khalq") do not count. Acronyms of up to three letters match only in capitals, so
"us" is never the United States and "un" never the United Nations.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError

SCHEMA = "corroborate-actors/1"

# PLOVER's sector codes (shared/docs/PLOVER.md), plus NGO and IGO: PLOVER writes those two in
# the country slot, which in our records holds an ISO code, so they go in the sector here.
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL "
    "SOC NGO IGO".split()
)
KINDS = frozenset(
    """government office ministry police military paramilitary intelligence judiciary court prosecution
    legislature party opposition armed_group movement union ngo media igo person""".split()
)
FIELDS = ("id", "name", "kind", "sector", "country", "wikidata", "aliases", "labels", "local", "part_of", "note")
_ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True)
class Actor:
    """One registry entry (see the module docstring for the fields)."""

    id: str
    name: str
    kind: str
    sector: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    local: tuple[str, ...] = ()
    part_of: str | None = None
    note: str | None = None

    def names(self) -> Iterator[tuple[str, bool, bool]]:
        """(name, local, loaded) for the canonical name and every alias, label and local name."""
        yield self.name, False, False
        for a in self.aliases:
            yield a, False, False
        for a in self.labels:
            yield a, a in self.local, True
        for a in self.local:
            if a not in self.labels:
                yield a, True, False


@dataclass(frozen=True)
class Match:
    """A name found in the registry: the actor, the name as listed, and how it names it."""

    actor: Actor
    alias: str
    local: bool = False
    loaded: bool = False


# ---------------------------------------------------------------- folding names into keys

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’ʼ`][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`ʻ")
_ARTICLES = frozenset(("al", "el"))  # "al-Burhan", "el-Sisi": the Arabic article
_EZAFE = frozenset(("e", "ye"))  # "Mojahedin-e Khalq", "Sepah-e Pasdaran": the Persian ezafe


_SKIPPABLE = frozenset(("the", *_ARTICLES, *_EZAFE))


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Words of a text with their offsets: ("U.S.", 0, 4), ("People’s", ...)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def fold_word(word: str) -> str:
    """A word without case, accents, apostrophes, a possessive or acronym dots."""
    w = word.replace(".", "")
    if w.endswith(("'s", "’s", "ʼs")) and len(w) > 3:
        w = w[:-2]
    elif w.endswith(("s'", "s’")):
        w = w[:-1]
    w = unicodedata.normalize("NFKD", w.translate(_APOSTROPHES))
    return "".join(c for c in w if not unicodedata.combining(c)).casefold()


def _fold_words(words: Sequence[str]) -> list[str]:
    out = [fold_word(w) for w in words]
    if len(out) > 1 and out[0] == "the":
        out = out[1:]
    kept = [w for i, w in enumerate(out) if not (len(out) > 1 and (
        (w in _ARTICLES and i < len(out) - 1) or (w in _EZAFE and 0 < i < len(out) - 1)))]
    return [w for w in kept if w]


def fold(text: str) -> str:
    """The lookup key of a name ("The People’s Mojahedin-e Khalq" -> "peoples mojahedin khalq")."""
    return " ".join(_fold_words([t for t, _, _ in tokens(text)]))


def is_acronym(name: str) -> bool:
    """ "UN", "U.S.", "MEK", "RSF": short capitals that must match in capitals."""
    bare = name.replace(".", "")
    return 1 < len(bare) <= 3 and bare.isupper() and bare.isalnum()


def acronym_key(name: str) -> str:
    return "^" + name.replace(".", "")


_LOOSE = [("ou", "u"), ("oo", "u"), ("ee", "i"), ("kh", "h"), ("ph", "f"), ("dh", "d"), ("th", "t"),
          ("ck", "k"), ("q", "k"), ("c", "k"), ("w", "v"), ("y", "i"), ("o", "u"), ("e", "i")]


def loose(key: str) -> str:
    """A folded key with the spelling differences of romanised Persian, Arabic and Slavic
    names levelled: "mojahedin" = "mujahideen", "rouhani" = "rohani", "tasnim" stays."""
    for a, b in _LOOSE:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


# ---------------------------------------------------------------- countries

@dataclass(frozen=True)
class Country:
    cc: str
    name: str  # short English name: "Iran", "United States"
    adjective: str  # "Iranian", "American"; "Myanmar" for MM


def _data_text(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


# Short names where the ISO list's is not the one news reports use.
_SHORT_NAMES = {"TW": "Taiwan", "PS": "Palestine", "TR": "Turkey", "CZ": "Czech Republic", "CI": "Ivory Coast",
                "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "RU": "Russia",
                "KR": "South Korea", "KP": "North Korea", "VN": "Vietnam", "LA": "Laos", "SY": "Syria",
                "IR": "Iran", "VE": "Venezuela", "BO": "Bolivia", "MD": "Moldova", "TZ": "Tanzania",
                "FM": "Micronesia", "GB": "United Kingdom", "US": "United States", "MK": "North Macedonia",
                "BN": "Brunei", "CV": "Cape Verde", "SZ": "Eswatini", "TL": "East Timor", "VA": "Vatican City"}
_ADJECTIVES = {"MM": "Myanmar", "HK": "Hong Kong", "US": "US", "GB": "British", "PS": "Palestinian",
               "CD": "Congolese", "CG": "Congolese", "KR": "South Korean", "KP": "North Korean"}
# "Government of the United Kingdom", "... of the Philippines": names read with "the".
_WITH_THE = re.compile(r"^(United|Republic|Democratic|Central African|Dominican|Czech|Gambia)|"
                       r"(Islands|States|Emirates|Netherlands|Philippines|Bahamas|Maldives|Comoros)$")


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every ISO 3166-1 country with a short English name and adjective."""
    import pycountry

    demonyms: dict[str, str] = {}
    for line in _data_text("corroborate.places", "demonyms.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, forms = line.split("\t", 1)
            demonyms[cc] = forms.split(",")[0].strip()
    out: dict[str, Country] = {}
    for c in pycountry.countries:
        cc = c.alpha_2
        name = _SHORT_NAMES.get(cc) or getattr(c, "common_name", None) or c.name
        out[cc] = Country(cc, name, _ADJECTIVES.get(cc) or demonyms.get(cc) or name)
    return out


def government_name(cc: str) -> str:
    c = countries()[cc]
    return f"Government of the {c.name}" if _WITH_THE.search(c.name) else f"Government of {c.name}"


@lru_cache(maxsize=1)
def country_names() -> tuple[dict[str, str], dict[str, str]]:
    """Folded country names and variants -> ISO code ("iran", "united states", "^US" -> ...),
    and folded demonyms -> ISO code ("iranian", "iranians"). Acronyms ("US", "UK", "UAE") are
    keyed in capitals (``acronym_key``)."""
    import pycountry

    names: dict[str, str] = {}
    for line in _data_text("corroborate.places", "aliases.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if row[0] == "country":
            for n in [row[2], *(row[3].split(",") if len(row) > 3 else [])]:
                if n.strip():
                    names.setdefault(fold(n), row[1])
        elif row[0] == "acronym" and len(row) > 3:
            for n in row[3].split(","):
                if n.strip():
                    names.setdefault(acronym_key(n.strip()), row[1])
    for pc in pycountry.countries:
        variants: list[Any] = [pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)]
        for form in variants:
            if isinstance(form, str) and "," not in form:
                names.setdefault(fold(form), pc.alpha_2)
    for cc, country in countries().items():
        names.setdefault(fold(country.name), cc)
    names[acronym_key("US")] = names[acronym_key("USA")] = "US"
    demonyms: dict[str, str] = {}
    for line in _data_text("corroborate.places", "demonyms.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, forms = line.split("\t", 1)
            for form in forms.split(","):
                k = fold(form)
                if k and k not in names:
                    demonyms.setdefault(k, cc)
                    demonyms.setdefault(k + "s", cc)
    return names, demonyms


def country_of(name: str, demonyms: bool = True) -> str | None:
    """The country a name, a variant, an acronym or (with ``demonyms``) a demonym stands for:
    "Iran", "U.S.", "Britain's", "Iranian", "Iranians" -> IR, US, GB, IR, IR; else None."""
    name = name.strip()
    if not name:
        return None
    names, adjectives = country_names()
    bare = re.sub(r"['’]s?$", "", name)
    if bare.replace(".", "").isupper() and len(bare.replace(".", "")) <= 4:
        cc = names.get(acronym_key(bare))
        if cc:
            return cc
    k = fold(name)
    return names.get(k) or (adjectives.get(k) if demonyms else None)


# ---------------------------------------------------------------- the registry

class Registry:
    """Actors by id, and an index of every name they go by."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: dict[str, Actor] = {}
        for a in actors:
            self.actors[a.id] = a
        for cc in countries():
            gid = f"{cc.lower()}-government"
            if gid not in self.actors:
                self.actors[gid] = Actor(gid, government_name(cc), "government", "GOV", cc)
        self._index: dict[str, list[Match]] = {}
        self._loose: dict[str, list[Match]] = {}
        for a in self.actors.values():
            for name in _government_names(a):
                self._add(Match(a, name, False, False))
            for name in _government_labels(a):
                self._add(Match(a, name, False, True))
            for name, local, loaded in a.names():
                self._add(Match(a, name, local, loaded))
        # a loose key that two actors share says nothing
        self._loose = {k: ms for k, ms in self._loose.items() if len({m.actor.id for m in ms}) == 1}
        self.max_words = max((len(k.split()) for k in self._index), default=1)
        # every word-prefix of a key, so a scan stops as soon as no name can go on
        self._prefixes = {" ".join(k.split()[:n]) for k in self._index for n in range(1, len(k.split()) + 1)}

    def _add(self, m: Match) -> None:
        name = m.alias.strip()
        if not name:
            return
        keys = [acronym_key(name), acronym_key(name) + "s"] if is_acronym(name) else [fold(name)]  # "PDFs"
        for k in keys:
            if k and k != "^":
                bucket = self._index.setdefault(k, [])
                same = [i for i, x in enumerate(bucket) if x.actor.id == m.actor.id]
                if not same:
                    bucket.append(m)
                elif name[:1].islower() and bucket[same[0]].alias[:1].isupper():
                    bucket[same[0]] = m  # written in lower case too: "parliament" as well as "Parliament"
        k = fold(name)
        if not is_acronym(name) and len(k.replace(" ", "")) >= 6 and m.actor.kind in ("person", "opposition",
                                                                                    "armed_group", "party"):
            self._loose.setdefault(loose(k), []).append(m)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def government(self, cc: str | None) -> Actor | None:
        """The government entry of a country ("IR" -> Government of Iran)."""
        return self.actors.get(f"{cc.lower()}-government") if cc else None

    def keys(self, name: str) -> list[str]:
        """The index keys a written name may have: its folded form, and in capitals its acronym."""
        name = re.sub(r"^(?:the|The)\s+", "", name.strip())
        out = []
        bare = re.sub(r"['’]s$", "", name)
        if is_acronym(bare) or (bare.endswith("s") and is_acronym(bare[:-1])):
            out.append(acronym_key(bare))
        k = fold(name)
        if k:
            out.append(k)
        return out

    def lookup(self, name: str, country: str | None = None, loose_ok: bool = True) -> Match | None:
        """The actor a name stands for, in a text about ``country`` (ISO code or None).

        A one-word name that the registry writes with a capital matches only a capitalised
        word: "Amnesty" is the NGO, "an amnesty" is not; "Memorial", "Liberty" likewise."""
        lower = name.strip()[:1].islower() and len(tokens(name)) == 1
        for k in self.keys(name):
            found = self._index.get(k, [])
            if lower:
                found = [m for m in found if not m.alias[:1].isupper() or len(tokens(m.alias)) > 1]
            m = self._pick(found, country)
            if m is not None:
                return m
        if loose_ok:
            k = fold(name)
            if len(k.replace(" ", "")) >= 6 and name[:1].isupper():
                return self._pick(self._loose.get(loose(k), []), country)
        return None

    @staticmethod
    def _pick(found: list[Match], country: str | None) -> Match | None:
        """Of the actors a name may mean, the one of the text's country, else an international
        one, else the first listed; a local name only ever means its own country's actor."""
        cands = [m for m in found if not m.local or (country is not None and m.actor.country == country)]
        if not cands:
            return None
        for m in cands:
            if country is not None and m.actor.country == country:
                return m
        for m in cands:
            if m.actor.country is None:
                return m
        return cands[0]

    def scan(self, text: str, country: str | None = None) -> list[tuple[int, int, Match]]:
        """Every registry name in a text, longest first at each word, as (start, end, match)."""
        toks = tokens(text)
        folded = [fold_word(t) for t, _, _ in toks]
        out: list[tuple[int, int, Match]] = []
        i = 0
        while i < len(toks):
            found = None
            # the words from i on that may still begin a name (never across a comma or bracket)
            j = i
            while j < len(toks) and j - i < self.max_words + 1:
                if j > i and any(c in text[toks[j - 1][2]:toks[j][1]] for c in ",;:()\n"):
                    break
                words = _fold_words([t for t, _, _ in toks[i:j + 1]])
                if folded[j] not in _SKIPPABLE and " ".join(words) not in self._prefixes:
                    break
                j += 1
            # one word is always tried: an acronym ("MEK") is keyed in capitals, not in the prefixes
            for n in range(max(j - i, 1), 0, -1):
                piece = text[toks[i][1]:toks[i + n - 1][2]]
                m = self.lookup(piece, country, loose_ok=False)
                if m is not None:
                    found = (toks[i][1], toks[i + n - 1][2], m, n)
                    break
            if found is None:
                i += 1
                continue
            out.append(found[:3])
            i += found[3]
        return out

    def extended(self, actors: Iterable[Actor]) -> Registry:
        """This registry with more (or replaced) entries."""
        return Registry([*self.actors.values(), *actors])


def _government_names(a: Actor) -> list[str]:
    """Names every government goes by: "Iranian government", "Iran's government"."""
    if a.kind != "government" or not a.country or a.country not in countries() or a.id != f"{a.country.lower()}-government":
        return []
    c = countries()[a.country]
    return [f"{c.adjective} government", f"{c.name} government", f"{c.name}'s government",
            f"government of {c.name}", f"{c.adjective} authorities"]


def _government_labels(a: Actor) -> list[str]:
    """Judging names every government goes by, loaded whichever the country: "Iranian regime",
    "Syrian regime", "Chinese regime" alike (as the registry's "Maduro regime", "Kiev regime")."""
    if not _government_names(a):
        return []
    c = countries()[a.country or ""]
    return [f"{c.adjective} regime", f"{c.name} regime", f"{c.name}'s regime"]


# ---------------------------------------------------------------- reading and checking entries

def _where(path: str, i: int, raw: Any) -> str:
    ident = raw.get("id") if isinstance(raw, dict) else None
    return f"entry {i + 1}" + (f" ({ident!r})" if isinstance(ident, str) else "")


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    v = raw.get(key, [])
    if v is None:
        return ()
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise ValueError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(x.strip() for x in v)


def parse_actor(raw: Any, where: str) -> Actor:
    """One entry of an actors file, checked; ValueError says what is wrong and where."""
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: an entry must be a JSON object, not {type(raw).__name__}")
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise ValueError(f"{where}: unknown field {unknown[0]!r} (fields: {', '.join(FIELDS)})")
    for key in ("id", "name", "kind", "sector"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ValueError(f"{where}: '{key}' is missing or not a non-empty string")
    if not _ID.match(raw["id"]):
        raise ValueError(f"{where}: id {raw['id']!r} must be lower-case letters, digits, '.' and '-' "
                         "(for example 'ir-irgc')")
    if raw["kind"] not in KINDS:
        raise ValueError(f"{where}: kind {raw['kind']!r} is not one of {', '.join(sorted(KINDS))}")
    if raw["sector"] not in SECTORS:
        raise ValueError(f"{where}: sector {raw['sector']!r} is not a PLOVER sector code "
                         f"(one of {', '.join(sorted(SECTORS))})")
    cc = raw.get("country")
    if cc is not None and (not isinstance(cc, str) or cc not in countries()):
        raise ValueError(f"{where}: country {cc!r} is not an ISO 3166-1 alpha-2 code (like 'IR'), or null")
    qid = raw.get("wikidata")
    if qid is not None and (not isinstance(qid, str) or not _QID.match(qid)):
        raise ValueError(f"{where}: wikidata {qid!r} is not a Wikidata item id (like 'Q187052'), or null")
    for key in ("part_of", "note"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise ValueError(f"{where}: '{key}' must be a string or null")
    return Actor(
        id=raw["id"], name=raw["name"].strip(), kind=raw["kind"], sector=raw["sector"], country=cc,
        wikidata=qid, aliases=_strings(raw, "aliases", where), labels=_strings(raw, "labels", where),
        local=_strings(raw, "local", where), part_of=raw.get("part_of"), note=raw.get("note"),
    )


def parse_actors(data: Any, where: str) -> list[Actor]:
    """The entries of an actors file's JSON: ``{"schema": ..., "actors": [...]}`` or a bare list."""
    items = data.get("actors") if isinstance(data, dict) else data
    if isinstance(data, dict):
        schema = data.get("schema")
        if schema is not None and schema != SCHEMA:
            raise ValueError(f"{where}: schema {schema!r} is not {SCHEMA!r}")
    if not isinstance(items, list):
        raise ValueError(f"{where}: expected a list of actors, or an object with an 'actors' list")
    out: list[Actor] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(items):
        a = parse_actor(raw, _where(where, i, raw))
        if a.id in seen:
            raise ValueError(f"{_where(where, i, raw)}: id {a.id!r} is already used by entry {seen[a.id] + 1}")
        seen[a.id] = i
        out.append(a)
    ids = set(seen)
    for i, a in enumerate(out):
        if a.part_of is not None and a.part_of not in ids and a.part_of not in _shipped_ids():
            raise ValueError(f"{_where(where, i, {'id': a.id})}: part_of {a.part_of!r} is no registry id")
    return out


@lru_cache(maxsize=1)
def _shipped_ids() -> frozenset[str]:
    return frozenset(a.id for a in default_registry())


def read_actors_file(path: str | Path) -> list[Actor]:
    """The entries of a user's actors file; InputError ``FILE: <what is wrong>`` if it is bad."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read it: {e}") from None
    try:
        data = json.loads(text)
    except ValueError as e:
        raise InputError(str(path), f"not valid JSON: {e}") from None
    try:
        return parse_actors(data, "")
    except ValueError as e:
        raise InputError(str(path), str(e).lstrip(": ")) from None


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The shipped registry (``corroborate/data/actors.json``), read once."""
    text = _data_text("corroborate", "data/actors.json")
    return Registry(parse_actors_shipped(json.loads(text)))


def parse_actors_shipped(data: Any) -> list[Actor]:
    """The shipped file's entries (its part_of ids are checked within the file itself)."""
    items = data["actors"]
    actors = [parse_actor(raw, _where("actors.json", i, raw)) for i, raw in enumerate(items)]
    ids = {a.id for a in actors}
    for a in actors:
        if a.part_of is not None and a.part_of not in ids:
            raise ValueError(f"actors.json: {a.id}: part_of {a.part_of!r} is no registry id")
    return actors


def load_registry(paths: Sequence[str | Path] = ()) -> Registry:
    """The shipped registry extended with the entries of users' files (later files win)."""
    reg = default_registry()
    extra: list[Actor] = []
    for p in paths:
        extra.extend(read_actors_file(p))
    return reg.extended(extra) if extra else reg


# ---------------------------------------------------------------- the registry in use

@dataclass
class _Active:
    registry: Registry | None = None
    stack: list[Registry | None] = field(default_factory=list)


_ACTIVE = _Active()


def active_registry() -> Registry:
    """The registry the pipeline resolves actors with: the shipped one unless a caller (the
    CLI's ``--actors``) set another with :func:`use_registry`."""
    return _ACTIVE.registry or default_registry()


@contextmanager
def use_registry(registry: Registry) -> Iterator[Registry]:
    """Resolve actors with ``registry`` inside the block."""
    _ACTIVE.stack.append(_ACTIVE.registry)
    _ACTIVE.registry = registry
    try:
        yield registry
    finally:
        _ACTIVE.registry = _ACTIVE.stack.pop()


__all__ = [
    "KINDS", "SCHEMA", "SECTORS", "Actor", "Country", "Match", "Registry", "active_registry",
    "countries", "country_of", "default_registry", "fold", "government_name", "load_registry",
    "parse_actor", "parse_actors", "read_actors_file", "use_registry",
]

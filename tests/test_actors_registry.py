"""The actor registry: the shipped file, names in every camp's words and spelling, users' files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate.actors.registry import (
    KINDS,
    SECTORS,
    countries,
    country_of,
    default_registry,
    fold,
    load_registry,
    read_actors_file,
    use_registry,
)
from corroborate.cli import cli
from corroborate.errors import InputError


def test_actors_registry_shipped_file_is_valid_and_broad() -> None:
    reg = default_registry()
    written = [a for a in reg if not a.id.endswith("-government") or a.aliases]
    assert len(written) >= 450
    assert len({a.country for a in written if a.country}) >= 50
    for a in reg:
        assert a.sector in SECTORS and a.kind in KINDS, a.id
        assert a.wikidata is None or re.fullmatch(r"Q[1-9]\d*", a.wikidata), a.id
        assert a.part_of is None or reg.get(a.part_of) is not None, a.id
    kinds = {a.kind for a in written}
    assert {"police", "military", "intelligence", "court", "opposition", "armed_group", "ngo", "media", "igo"} <= kinds


def test_actors_registry_every_name_finds_its_own_actor() -> None:
    """No alias is shadowed by another actor's in the actor's own country."""
    reg = default_registry()
    for a in reg:
        for name, _local, _loaded in a.names():
            m = reg.lookup(name, a.country)
            assert m is not None and m.actor.id == a.id, (a.id, name, m and m.actor.id)


def test_actors_registry_every_country_has_a_government() -> None:
    reg = default_registry()
    for cc in countries():
        gov = reg.government(cc)
        assert gov is not None and gov.sector == "GOV" and gov.country == cc
    assert reg.government("GB").name == "Government of the United Kingdom"
    assert reg.government("BY").name == "Government of Belarus"


@pytest.mark.parametrize(
    ("written", "country", "name"),
    [
        # Persian, in the spellings of opposition outlets, state media and wire services
        ("Mujahideen-e-Khalq", None, "People's Mojahedin Organization of Iran"),
        ("Mojahedin-e Khalq", None, "People's Mojahedin Organization of Iran"),
        ("Mujahedeen-e Khalq", None, "People's Mojahedin Organization of Iran"),
        ("People’s Mujahedin Organization of Iran", None, "People's Mojahedin Organization of Iran"),
        ("Sepah-e Pasdaran", None, "Islamic Revolutionary Guard Corps"),
        ("Baseej", None, "Basij"),
        ("Ayatollah Khamene'i", None, "Ali Khamenei"),
        ("Hassan Rohani", None, "Hassan Rouhani"),
        ("Ebrahim Raeisi", None, "Ebrahim Raisi"),
        ("Gasht-e Ershad", None, "Guidance Patrol"),
        # Arabic
        ("Hizbullah", None, "Hezbollah"),
        ("Hizballah", None, "Hezbollah"),
        ("al-Burhan", "SD", "Abdel Fattah al-Burhan"),
        ("Abdel-Fattah el-Sisi", None, "Abdel Fattah el-Sisi"),
        ("Hashd al-Shaabi", None, "Popular Mobilization Forces"),
        ("Daesh", None, "Islamic State"),
        ("al-Qaida", None, "Al-Qaeda"),
        # Russian and Belarusian
        ("Alyaksandr Lukashenka", None, "Alexander Lukashenko"),
        ("Svetlana Tikhanovskaya", None, "Sviatlana Tsikhanouskaya"),
        ("Maria Kolesnikova", None, "Maria Kalesnikava"),
        ("Aleksei Navalny", None, "Alexei Navalny"),
        ("Rosgvardiya", None, "National Guard of Russia"),
        # Spanish, Turkish, Burmese, Ukrainian
        ("Policía Nacional Bolivariana", None, "Bolivarian National Police"),
        ("Juan Guaido", None, "Juan Guaidó"),
        ("Recep Tayyip Erdogan", None, "Recep Tayyip Erdoğan"),
        ("Ekrem Imamoglu", None, "Ekrem İmamoğlu"),
        ("Sit-tat", None, "Tatmadaw"),
        ("Zelenskyy", None, "Volodymyr Zelensky"),
    ],
)
def test_actors_registry_resolves_transliterations(written: str, country: str | None, name: str) -> None:
    m = default_registry().lookup(written, country)
    assert m is not None and m.actor.name == name


def test_actors_registry_folds_case_accents_articles_and_ezafe() -> None:
    assert fold("The People’s Mojahedin-e Khalq") == "people mojahedin khalq"
    assert fold("al-Burhan") == fold("Burhan")
    assert fold("Erdoğan") == "erdogan"


def test_actors_registry_short_acronyms_match_only_in_capitals() -> None:
    reg = default_registry()
    assert reg.lookup("UN").actor.id == "un"
    assert reg.lookup("U.N.").actor.id == "un"
    assert reg.lookup("the UN").actor.id == "un"
    assert reg.lookup("un") is None
    assert country_of("U.S.") == "US" and country_of("us") is None
    # a capitalised one-word name needs a capital: the NGO, not a pardon
    assert reg.lookup("Amnesty").actor.id == "amnesty"
    assert reg.lookup("amnesty") is None


def test_actors_registry_local_names_depend_on_the_country() -> None:
    reg = default_registry()
    assert reg.lookup("RSF", "SD").actor.name == "Rapid Support Forces"
    assert reg.lookup("RSF", "IR").actor.name == "Reporters Without Borders"
    assert reg.lookup("RSF").actor.name == "Reporters Without Borders"
    assert reg.lookup("OMON", "BY").actor.id == "by-omon"
    assert reg.lookup("OMON", "RU").actor.id == "ru-omon"
    assert reg.lookup("Interior Ministry", "IR").actor.id == "ir-interior-ministry"
    assert reg.lookup("Interior Ministry", "EG").actor.id == "eg-interior-ministry"
    assert reg.lookup("Interior Ministry") is None
    assert reg.lookup("military council", "SD").actor.id == "sd-tmc"
    assert reg.lookup("military council", "MM").actor.id == "mm-sac"


@pytest.mark.parametrize(
    ("label", "neutral"),
    [
        ("the mullahs", "Government of Iran"),
        ("Monafeqin", "MEK"),
        ("MKO", "PMOI"),
        ("Zionist regime", "Israeli government"),
        ("FETÖ", "Gülen movement"),
        ("Janjaweed", "Rapid Support Forces"),
        ("Sit-tat", "Tatmadaw"),
        ("Kiev junta", "Ukrainian government"),
    ],
)
def test_actors_registry_each_camps_label_names_the_same_actor_and_is_flagged(label: str, neutral: str) -> None:
    reg = default_registry()
    loaded, plain = reg.lookup(label), reg.lookup(neutral)
    assert loaded is not None and plain is not None
    assert loaded.actor.id == plain.actor.id
    assert loaded.loaded and not plain.loaded


def test_actors_registry_names_stay_neutral() -> None:
    """No canonical name is one camp's label."""
    reg = default_registry()
    for a in reg:
        for label in a.labels:
            assert fold(label) != fold(a.name), a.id


# ---------------------------------------------------------------- users' files

def _write(tmp_path: Path, data: object, name: str = "actors.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def test_actors_registry_user_file_adds_and_replaces_entries(tmp_path: Path) -> None:
    p = _write(tmp_path, {"schema": "corroborate-actors/1", "actors": [
        {"id": "xx-harbour-rights", "name": "Harbour Rights Observatory", "kind": "ngo", "sector": "NGO",
         "country": "HK", "aliases": ["HRO"]},
        {"id": "amnesty", "name": "Amnesty International", "kind": "ngo", "sector": "NGO", "wikidata": "Q42970",
         "aliases": ["AI", "Amnesty"]},
    ]})
    reg = load_registry([p])
    assert reg.lookup("HRO").actor.id == "xx-harbour-rights"
    assert reg.lookup("AI").actor.id == "amnesty"
    assert len(reg) == len(default_registry()) + 1
    assert default_registry().lookup("HRO") is None  # the shipped registry is untouched


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([{"id": "x", "name": "X", "kind": "ngo", "sector": "XYZ"}],
         "entry 1 ('x'): sector 'XYZ' is not a PLOVER sector code"),
        ([{"id": "x", "name": "X", "kind": "ngo", "sector": "NGO", "country": "Iran"}],
         "entry 1 ('x'): country 'Iran' is not an ISO 3166-1 alpha-2 code"),
        ([{"id": "x", "name": "X", "kind": "gang", "sector": "CRM"}], "entry 1 ('x'): kind 'gang' is not one of"),
        ([{"id": "x", "name": "X", "kind": "ngo", "sector": "NGO", "alias": ["Y"]}],
         "entry 1 ('x'): unknown field 'alias'"),
        ([{"id": "x", "kind": "ngo", "sector": "NGO"}], "entry 1 ('x'): 'name' is missing"),
        ([{"id": "x", "name": "X", "kind": "ngo", "sector": "NGO", "wikidata": "187052"}],
         "entry 1 ('x'): wikidata '187052' is not a Wikidata item id"),
        ([{"id": "x", "name": "X", "kind": "ngo", "sector": "NGO", "aliases": "Y"}],
         "entry 1 ('x'): 'aliases' must be a list of non-empty strings"),
        ([{"id": "x", "name": "X", "kind": "ngo", "sector": "NGO"}, {"id": "x", "name": "Y", "kind": "ngo",
                                                                    "sector": "NGO"}],
         "entry 2 ('x'): id 'x' is already used by entry 1"),
        ([{"id": "x", "name": "X", "kind": "ngo", "sector": "NGO", "part_of": "nowhere"}],
         "entry 1 ('x'): part_of 'nowhere' is no registry id"),
        ([{"id": "Bad Id", "name": "X", "kind": "ngo", "sector": "NGO"}], "entry 1 ('Bad Id'): id 'Bad Id' must be"),
        ({"people": []}, "expected a list of actors, or an object with an 'actors' list"),
    ],
)
def test_actors_registry_user_file_errors_say_what_and_where(tmp_path: Path, data: object, message: str) -> None:
    p = _write(tmp_path, data)
    with pytest.raises(InputError) as err:
        read_actors_file(p)
    assert str(err.value).startswith(f"{p}: {message}")


def test_actors_registry_user_file_that_is_not_json(tmp_path: Path) -> None:
    p = tmp_path / "actors.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"actors\.json: not valid JSON"):
        read_actors_file(p)
    with pytest.raises(InputError, match="no such file"):
        read_actors_file(tmp_path / "missing.json")


def test_cli_actors_option_reports_a_bad_file(tmp_path: Path) -> None:
    p = _write(tmp_path, [{"id": "x", "name": "X", "kind": "ngo", "sector": "XYZ"}])
    doc = tmp_path / "d.txt"
    doc.write_text("Police arrested 20 activists in Almaty on Friday.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(doc), "--actors", str(p), "--quiet"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {p}: entry 1 ('x'): sector 'XYZ' is not a PLOVER sector code")
    result = CliRunner().invoke(cli, ["eval", "articles", str(tmp_path), "--actors", str(tmp_path / "no.json")])
    assert result.exit_code == 2 and result.stderr.startswith("Error: ") and "no such file" in result.stderr


def test_cli_actors_option_resolves_a_users_actor(tmp_path: Path) -> None:
    p = _write(tmp_path, [{"id": "kz-oyan", "name": "Oyan, Qazaqstan", "kind": "movement", "sector": "CVL",
                           "country": "KZ", "aliases": ["Oyan Qazaqstan", "Wake Up Kazakhstan"]}])
    doc = tmp_path / "d.txt"
    doc.write_text("Police arrested members of Wake Up Kazakhstan in Almaty on Friday.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(doc), "--actors", str(p), "--quiet"])
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout.splitlines()[0])
    recipients = [e for ev in rec["events"] for e in ev["recipient"]]
    assert any(e["id"] == "kz-oyan" and e["name"] == "Oyan, Qazaqstan" for e in recipients), recipients


def test_actors_registry_use_registry_is_scoped(tmp_path: Path) -> None:
    from corroborate.actors.registry import active_registry

    reg = load_registry([_write(tmp_path, [{"id": "zz", "name": "Zed Front", "kind": "armed_group",
                                            "sector": "REB"}])])
    with use_registry(reg):
        assert active_registry().lookup("Zed Front") is not None
    assert active_registry().lookup("Zed Front") is None

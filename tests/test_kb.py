"""The actor knowledge base: countries, seats, IGOs, people, titles, user extensions."""
from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb import KB, load_kb, normalize, sector_code


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb()


@pytest.mark.parametrize("text,code", [
    ("Russia", "RUS"), ("Russian", "RUS"), ("Russians", "RUS"), ("Iranian", "IRN"), ("Iran's", "IRN"),
    ("the Kremlin", "RUS"), ("Moscow", "RUS"), ("Tehran", "IRN"), ("Washington", "USA"),
    ("White House", "USA"), ("Kyiv", "UKR"), ("U.S.", "USA"), ("Britain", "GBR"), ("British", "GBR"),
    ("the United States", "USA"), ("South Korean", "KOR"), ("NATO", "NATO"), ("United Nations", "UN"),
    ("IAEA", "IAEA"), ("Red Cross", "ICRC"), ("the West", "WST"), ("Ukrainian", "UKR"),
])
def test_country_codes(kb, text, code):
    assert kb.country(text) == code


@pytest.mark.parametrize("text", ["who", "the minister", "", "Shoigu", "xyzzy"])
def test_no_country_for_non_countries(kb, text):
    assert kb.country(text) is None


def test_acronyms_only_match_in_capitals(kb):
    assert kb.entity("WHO") is not None and kb.entity("who") is None


@pytest.mark.parametrize("words,sector", [
    (["defense", "minister"], "GOV"), (["security", "council", "secretary"], "GOV"),
    (["troops"], "MIL"), (["police", "officers"], "COP"), (["rebels"], "REB"),
    (["war", "bloggers"], "JRN"), (["judge"], "JUD"), (["lawmakers"], "LEG"),
    (["general"], "MIL"), (["state", "media"], "JRN"),
])
def test_sectors_from_titles_and_agents(kb, words, sector):
    assert kb.sector(words) == sector


def test_junk_nouns_are_not_actors(kb):
    assert kb.sector(["wednesday"]) is None
    assert kb.sector([]) is None


def test_people_by_full_name_and_surname(kb):
    full = kb.person("Sergei Shoigu")
    assert full is not None and full.country == "RUS" and full.sector == "GOV"
    assert kb.person("Shoigu") is full
    assert kb.person("Ivan Shoigu") is None  # another first name is another person
    assert kb.person("Kherson") is None


def test_titles_are_date_aware(kb):
    raisi = kb.person("Raisi")
    assert raisi.title_on(dt.date(2022, 11, 9)) == "President"
    assert raisi.title_on(dt.date(2019, 1, 1)) is None


def test_places_are_not_people(kb):
    assert kb.is_place("Kherson") and kb.is_place("Tehran") and kb.is_place("Mosul")
    assert not kb.is_place("Shoigu")


def test_helpers():
    assert normalize("  The Kremlin's ") == "kremlin"
    assert sector_code("~GOVMIL") == "GOV" and sector_code("CVLOPP") == "CVL" and sector_code(None) is None


def test_load_is_cached():
    assert load_kb() is load_kb()


def test_user_yaml_file_extends_kb(tmp_path):
    path = tmp_path / "local.yaml"
    path.write_text(
        "entities:\n"
        "  - {id: group:lion-brigade, type: group, names: [Lion Brigade, Lions of Gondar], country: ETH, sector: REB}\n"
        "titles:\n  zonal administrator: GOV\n"
        "countries:\n  ETH: [Addis]\n", encoding="utf-8")
    kb = load_kb(path)
    ent = kb.entity("the Lions of Gondar")
    assert ent is not None and ent.country == "ETH" and ent.sector == "REB" and ent.id == "group:lion-brigade"
    assert kb.sector(["zonal", "administrator"]) == "GOV"
    assert kb.country("Addis") == "ETH"
    assert load_kb().entity("Lion Brigade") is None  # the shipped KB is untouched


def test_user_csv_file_via_environment(tmp_path, monkeypatch):
    path = tmp_path / "militias.csv"
    path.write_text("name,country,sector,title,aliases\nFano Militia,ETH,REB,,Fano|Amhara Fano\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_ACTORS_FILE", str(path))
    kb = load_kb()
    assert kb.entity("Amhara Fano").country == "ETH"
    assert kb.entity("Fano").sector == "REB"


def test_bad_user_files_never_raise(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities: [ {unclosed", encoding="utf-8")
    assert load_kb(bad).country("Russia") == "RUS"
    assert load_kb(tmp_path / "missing.yaml").country("Iran") == "IRN"
    weird = tmp_path / "weird.yaml"
    weird.write_text("- just\n- a list\n", encoding="utf-8")
    assert load_kb(weird).country("Iran") == "IRN"


def test_bare_congo_is_the_drc_and_the_republic_is_named_in_full():
    from dateline.kb import load_kb

    kb = load_kb()
    assert kb.country("Congo") == kb.country("Congolese") == "COD"
    assert kb.country("Republic of the Congo") == kb.country("Brazzaville") == "COG"

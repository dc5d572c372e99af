"""The gazetteer: built offline from PyPI packages, loaded once, fast lookups."""
from __future__ import annotations

import time

import pytest

from dateline import gazetteer
from dateline.gazetteer import load, lookup
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.resolve import Mention, distance_km, resolve


@pytest.fixture(scope="module")
def gz():
    return load()


def test_norm():
    assert norm("St. Louis") == norm("Saint Louis") == "st louis"
    assert norm("U.S.") == "us"
    assert norm("Dnipropetrovs'k") == "dnipropetrovsk"
    assert norm("Zürich") == "zurich"
    assert norm("") == ""


def test_countries_have_iso3_and_points(gz):
    ukraine = gz.country("UKR")
    assert ukraine.geonameid == 690791 and ukraine.country == "UKR" and ukraine.feature_code == "PCLI"
    assert abs(ukraine.lat - 49) < 2 and abs(ukraine.lon - 32) < 3
    assert gz.country("IR").name == "Iran"
    assert lookup("U.S.")[0].country == "USA"
    assert lookup("Britain")[0].country == "GBR"


def test_seed_places(gz):
    kherson = lookup("Kherson")[0]
    assert kherson.country == "UKR" and kherson.feature_class == "P"
    assert distance_km(kherson.lat, kherson.lon, 46.64, 32.61) < 10
    tehran = [e for e in lookup("Tehran") if e.feature_class == "P"][0]
    assert tehran.geonameid == 112931 and tehran.feature_code == "PPLC"
    river = [e for e in lookup("Dnipro") if e.feature_code == "STM"]
    assert river and river[0].country == "UKR"


def test_exonyms_and_old_names(gz):
    assert lookup("Kiev")[0].name == "Kyiv"
    assert lookup("Dnipropetrovsk")[0].geonameid == lookup("Dnipro", country="UA")[0].geonameid or \
        any(e.name == "Dnipro" for e in lookup("Dnipropetrovsk"))
    assert lookup("Bombay")[0].name == "Mumbai"


def test_supplement_regions(gz):
    for name, cc in [("Donbas", "UKR"), ("Crimea", "UKR"), ("Gaza Strip", "PSE"), ("West Bank", "PSE"),
                     ("Strait of Hormuz", None), ("Black Sea", None), ("Sahel", None), ("Kashmir", "IND")]:
        found = lookup(name)
        assert found, name
        assert found[0].lat is not None and found[0].country == cc, name


def test_admin_hierarchy_and_filters(gz):
    paris_tx = lookup("Paris", admin1="Texas")
    assert paris_tx and paris_tx[0].country == "USA" and paris_tx[0].admin1 == "Texas"
    assert lookup("Paris")[0].country == "FRA"
    assert lookup("Paris", country="USA")[0].country == "USA"
    laurel = lookup("Laurel County")[0]
    assert laurel.feature_code == "ADM2" and laurel.admin1 == "Kentucky"
    assert gz.state("W.Va.").name == "West Virginia"
    assert gz.state("TX").name == "Texas"
    assert gz.demonym("Ukrainian").country == "UKR"


def test_odd_input_never_raises():
    for odd in ["", " ", "\x00", "\ud800", "a" * 10000, "!!!", "123"]:
        assert isinstance(lookup(odd), list)


def test_resolve_uses_hints_and_focus(gz):
    ms = [Mention("Paris", 0, 5, hint_admin1=gz.state("TX").index, hint_country="US")]
    resolve(gz, ms)
    assert ms[0].entry.admin1 == "Texas"
    ms = [Mention("Georgia", 0, 7), Mention("Tbilisi", 20, 27), Mention("Russia", 40, 46)]
    resolve(gz, ms)
    assert ms[0].entry.country == "GEO"
    ms = [Mention("Georgia", 0, 7), Mention("Atlanta", 20, 27), Mention("Gainesville", 40, 51),
          Mention("Hall County", 60, 71, kind="admin2")]
    resolve(gz, ms)
    assert ms[0].entry.country == "USA" and ms[0].entry.feature_code == "ADM1"
    assert ms[2].entry.admin1 == "Georgia"


def test_load_is_cached_and_lookup_fast(gz):
    assert load() is gz
    t = time.perf_counter()
    for _ in range(1000):
        gz.lookup("Springfield")
    assert (time.perf_counter() - t) / 1000 < 0.001


def test_cache_file_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    assert gazetteer.cache_path().startswith(str(tmp_path))

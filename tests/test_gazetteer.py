"""The gazetteer: built offline from PyPI packages, loaded once, fast lookups."""
from __future__ import annotations

import time

import pytest

from dateline import gazetteer
from dateline.gazetteer import load, lookup
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.resolve import Mention, distance_km, resolve


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


# -- document focus, fallbacks and scoring (added with the LGL work) ---------------------
def test_state_points_are_geonames_points(gz):
    virginia = lookup("Virginia", country="USA")[0]
    assert virginia.feature_code == "ADM1"
    assert distance_km(virginia.lat, virginia.lon, 37.55, -77.45) < 20
    ontario = [e for e in lookup("Ontario") if e.feature_code == "ADM1" and e.country == "CAN"][0]
    assert distance_km(ontario.lat, ontario.lon, 49.25, -84.5) < 20


def test_state_demonyms(gz):
    assert gz.demonym("Ohioans").name == "Ohio"
    assert gz.demonym("Texan").name == "Texas"
    assert gz.demonym("Californians").name == "California"
    assert gz.demonym("Ontarians").name == "Ontario"
    assert gz.demonym("Ukrainian").country == "UKR"  # countries keep their own table
    assert gz.demonym("banana") is None


def test_co_mentioned_places_pull_a_name_into_their_state(gz):
    # no state named: the other places' candidates agree on Tennessee
    ms = [Mention("Paris", 0, 5), Mention("Henry County", 20, 32, kind="admin2"),
          Mention("Puryear", 40, 47)]
    resolve(gz, ms)
    assert ms[1].entry.admin1 == "Tennessee"
    assert ms[0].entry.admin1 == "Tennessee"


def test_unknown_names_back_off_to_their_known_part(gz):
    ms = [Mention("Northeast Georgia", 0, 17), Mention("Athens", 30, 36),
          Mention("Clarke County Sheriff's Office", 50, 80, kind="admin2")]
    resolve(gz, ms)
    assert ms[0].entry is not None and ms[0].entry.name == "Georgia" and ms[0].entry.country == "USA"
    assert ms[2].entry is not None and ms[2].entry.feature_code == "ADM2"
    assert ms[2].entry.admin1 == "Georgia"
    assert ms[1].entry.admin1 == "Georgia"


def test_county_list_mentions_resolve_to_counties(gz):
    ms = [Mention("Barrow", 0, 6, kind="county_list"), Mention("Jackson", 8, 15, kind="county_list"),
          Mention("Madison", 20, 27, kind="county_list")]
    resolve(gz, ms)
    assert all(m.entry is not None and m.entry.feature_code == "ADM2" for m in ms)
    assert {m.entry.admin1 for m in ms} == {"Georgia"}


def test_evaluation_scores_and_splits(tmp_path):
    from types import SimpleNamespace as P

    from dateline.gazetteer import evaluation as ev

    assert {ev.split_of(str(i)) for i in range(50)} == {"held", "tune"}
    held = sum(ev.split_of(str(i)) == "held" for i in range(2000)) / 2000
    assert 0.25 < held < 0.35
    xml = tmp_path / "tiny.xml"
    xml.write_text(
        "<articles><article docid='7'><text>Rain in Paris and Lyon.</text><toponyms>"
        "<toponym><start>8</start><end>13</end><phrase>Paris</phrase>"
        "<gaztag geonameid='1'><name>Paris</name><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>"
        "<toponym><start>18</start><end>22</end><phrase>Lyon</phrase>"
        "<gaztag geonameid='2'><name>Lyon</name><lat>45.75</lat><lon>4.85</lon></gaztag></toponym>"
        "</toponyms></article></articles>", encoding="utf-8")
    arts = ev.read_corpus(str(xml))
    assert arts[0]["id"] == "7" and arts[0]["toponyms"][1]["lat"] == 45.75
    preds = [[P(start=8, end=13, lat=48.86, lon=2.34, name="Paris", admin1=None, country="FRA",
                feature_code="PPLC"),
              P(start=30, end=34, lat=None, lon=None, name=None, admin1=None, country=None,
                feature_code=None)]]
    r = ev.score(arts, preds, corpus="tiny.xml")
    assert r.exact == (0.5, 0.5, 0.5)
    assert r.acc161 == 0.5 and r.gold_with_coords == 2
    assert r.median_km > 161 and len(r.errors) == 1 and r.errors[0]["pred"] is None
    d = r.to_dict()
    assert d["f1"] == 0.5 and d["acc161"] == 0.5 and "acc@161km=0.500" in r.summary()
    with pytest.raises(ValueError):
        ev.select(arts, split="dev")


def test_stale_indexes_are_dropped(tmp_path):
    from dateline.gazetteer import _drop_stale
    for v in (1, 2, 9, 12):
        (tmp_path / f"gazetteer-v{v}.pkl").write_bytes(b"x")
    (tmp_path / "other.txt").write_text("keep")
    _drop_stale(str(tmp_path / "gazetteer-v9.pkl"))  # a newer install's index stays
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-v12.pkl", "gazetteer-v9.pkl",
                                                          "other.txt"]


def test_ranker_weights_shipped_with_provenance():
    import json

    from dateline.gazetteer import ranker
    with open(ranker.PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    assert set(data["weights"]) == set(ranker.FEATURES)
    assert data["provenance"]["split"] == "tune"
    w = dict(zip(ranker.FEATURES, ranker.weights()))
    # the signs that make sense: hints, focus and population help, alternate names hurt
    assert w["hint_admin1_match"] > 0 > w["hint_admin1_miss"]
    assert w["log_population"] > 0 and w["focus_admin1"] > 0 and w["alternate"] < 0


def test_ranker_fit_recovers_a_preference():
    import numpy as np

    from dateline.gazetteer import ranker
    from dateline.gazetteer.train_ranker import accuracy, fit
    n = len(ranker.FEATURES)
    k = ranker.FEATURES.index("support_admin2")
    rng = np.random.default_rng(0)
    sets = []
    for _ in range(60):  # the right candidate is the one with support, whatever else
        x = rng.normal(0, 0.1, (3, n))
        x[:, k] = [0.0, 2.0, 0.0]
        sets.append((x, np.array([False, True, False])))
    w = fit(sets, l2=0.001)
    assert w[k] > 1.0 and accuracy(sets, w) == 1.0


def test_parens_choose_prefers_senses_near_their_hints():
    from dateline.gazetteer import load, parens
    gz = load()
    head, parts = parens.choose(gz, gz.candidates("Salvador"), ["Bahia"])
    assert head.country == "BRA" and head.feature_class == "P"
    assert parts[0].feature_code == "ADM1"
    # a namesake far from the hints loses to the hint itself
    head, parts = parens.choose(gz, gz.candidates("Basma"), ["Qwertyz", "Sanmatenga"])
    assert head.country == "BFA" and parts[0] is None


def test_acled_top_location_reader(tmp_path):
    from dateline.gazetteer.evaluation import read_acled, top_location
    from dateline.records import Document, Place
    f = tmp_path / "a.csv"
    f.write_text("event_id_cnty,event_date,latitude,longitude,iso3,notes\n"
                 "X1,2022-01-02,1.0,2.0,BFA,\"Something happened in Kaya (Sanmatenga).\"\n"
                 "X2,2022-01-02,,,BFA,no coordinates\n", encoding="utf-8")
    rows = read_acled(str(f))
    assert [r["event_id_cnty"] for r in rows] == ["X1"]
    doc = Document(id="x", text="t", places=[Place("Kaya", 0, 4, lat=None), Place("Kaya", 5, 9, lat=1.0, lon=2.0)])
    assert top_location(doc).start == 5


def test_article_locale_from_wording():
    from dateline.gazetteer.locale import article_locale
    local = ("The City Council approved $40,000 for the police station. The Board of Education "
             "meets Tuesday at the High School, and the County Commission will vote in March.")
    assert article_locale(local) == "US"
    assert article_locale("Talks resumed in the capital on Monday after the ceasefire.") is None
    assert article_locale("") is None


def test_local_news_prefers_the_us_namesake(gz):
    m = [Mention("Dublin", 0, 6)]
    resolve(gz, m)
    assert m[0].entry.country2 == "IE"
    m = [Mention("Dublin", 0, 6), Mention("Ohio", 40, 44)]
    resolve(gz, m, locale="US")
    assert m[0].entry.country2 == "US"
    from dateline.gazetteer import ranker
    assert dict(zip(ranker.FEATURES, ranker.weights()))["foreign_local"] < 0
    # a named country still wins over the wording
    m = [Mention("Dublin", 0, 6, hint_country="IE")]
    resolve(gz, m, locale="US")
    assert m[0].entry.country2 == "IE"

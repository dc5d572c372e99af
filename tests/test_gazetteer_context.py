"""Gazetteer additions of issue 5: place demonyms, division short names, districts without
towns, class words around names, and the coherence features of the ranker."""
from __future__ import annotations

from collections import Counter

from dateline.gazetteer import lookup
from dateline.gazetteer.resolve import Mention, candidates_for, resolve


def test_place_demonyms(gz):
    assert gz.demonym("Abkhaz").name == "Abkhazia"
    assert gz.demonym("South Ossetians").name == "South Ossetia"
    assert gz.demonym("Londoner").country == "GBR"
    assert gz.demonym("Sinhalese").country == "LKA"


def test_oblast_short_names_keep_the_city_first(gz):
    for name in ("Donetsk", "Luhansk", "Kharkiv", "Kherson"):
        top = lookup(name)[0]
        assert top.country == "UKR" and top.feature_class == "P", name
    assert any(e.feature_code == "ADM1" for e in gz.candidates("Donetsk"))


def test_towns_of_a_replaced_division_know_their_division(gz):
    kramatorsk = [e for e in gz.candidates("Kramatorsk") if e.country2 == "UA"][0]
    assert kramatorsk.admin1 == "Donetsk Oblast"


def test_district_without_towns_has_its_province_point(gz):
    found = candidates_for(gz, Mention("Uzgen district", 0, 14))
    assert found and found[0].country == "KGZ" and found[0].lat is not None


def test_class_words_around_names(gz):
    assert candidates_for(gz, Mention("Osh city", 0, 8))[0].country == "KGZ"
    state = candidates_for(gz, Mention("State of Mexico", 0, 15))
    assert state and state[0].country == "MEX" and state[0].feature_code.startswith("ADM")
    la = candidates_for(gz, Mention("L.A.", 0, 4))
    assert la and la[0].name == "Los Angeles"


def test_county_link_and_near_candidates(gz):
    ms = [Mention("Decatur", 0, 7), Mention("Avondale Estates", 12, 28), Mention("DeKalb County", 40, 53,
                                                                                  kind="admin2")]
    resolve(gz, ms)
    assert ms[0].entry.admin1 == "Georgia"  # Decatur, Ga. lies in DeKalb County, next to Avondale Estates
    assert ms[2].entry.admin1 == "Georgia"


def test_county_link_feature_values(gz):
    from dateline.gazetteer import ranker
    paris = [e for e in gz.candidates("Paris") if e.admin1 == "Tennessee"][0]
    henry = [e for e in gz.candidates("Henry County") if e.index == paris.admin2_index][0]
    support = Counter()
    support["links"] = (Counter({henry.index: 1}), Counter())
    f = ranker.features(Mention("Paris", 0, 5), paris, False, Counter(), Counter(), 0, [], support, 0)
    assert f[ranker.FEATURES.index("county_link")] == 1.0


def test_division_names_without_their_class_word(gz):
    western = [e for e in gz.candidates("Western") if e.country2 == "LK"]
    assert western and western[0].feature_code == "ADM1" and western[0].name == "Western Province"


def test_arabic_article_dropped_when_the_name_is_unknown_with_it(gz):
    found = candidates_for(gz, Mention("Ar Raqqa", 0, 8))
    assert found and found[0].country == "SYR"

"""Issue 5, tenth round: the country a name the gazetteer lacks comes from, read from its
spelling, decides which country's "Western" or "Northern" a report's hint means.

Sentences and names written for these tests; none comes from LGL or ACLED (the village names
are made up in the style of each country's).
"""
from __future__ import annotations

import pytest

from dateline.gazetteer import origin


# -- the model on its own (no gazetteer) -----------------------------------------------------
def _toy_index():
    return origin.build_index({
        "AA": ["Kotawatta", "Malwatta", "Ihalawatta", "Pitiwatta", "Kandawatta"],
        "BB": ["Nyamabuye", "Kyabagenyi", "Bunyoro", "Kyenjojo", "Nyakabanda"],
    })


def test_grams_mark_the_ends_of_a_name():
    g = origin.grams("watta")
    assert {"^w", "^wa", "ta$", "tta$", "watt"} <= g


def test_posterior_follows_the_letter_sequences():
    index = _toy_index()
    p = origin.posterior(index, ["Gammanwatta"], ["AA", "BB"])
    assert p["AA"] > p["BB"] and sum(p.values()) <= 1 + 1e-9
    p = origin.posterior(index, ["Kyamunyoro"], ["AA", "BB"])
    assert p["BB"] > p["AA"]
    # two names say more than one (five names a country are few: the world's shares weigh in)
    assert origin.posterior(index, ["Gammanwatta", "Ranwatta"], ["AA", "BB"])["AA"] > \
        origin.posterior(index, ["Gammanwatta"], ["AA", "BB"])["AA"]


def test_posterior_says_nothing_without_a_choice_or_a_name():
    index = _toy_index()
    assert origin.posterior(index, ["Gammanwatta"], ["AA"]) == {}  # one country: no choice
    assert origin.posterior(index, ["Gammanwatta"], ["AA", "ZZ"]) == {}  # ZZ has no names
    assert origin.posterior(index, ["Ola", "West"], ["AA", "BB"]) == {}  # too short; a compass word
    assert set(origin.posterior(index, ["Kotawatta West"], ["AA", "BB"])) == {"AA", "BB"}


# -- with the real gazetteer -------------------------------------------------------------------
@pytest.mark.slow
def test_the_index_is_compiled_with_the_gazetteer(gz):
    assert origin.WORLD in gz.origin and gz.origin["LK"][0] > 50
    p = origin.posterior(gz.origin, ["Malpitiyawatta"], ["LK", "UG", "GH", "ZM"])
    assert max(p, key=p.get) == "LK"


def _located(text: str, trigger: str, type_: str):
    from test_places import article, event

    from dateline.pipeline import places
    a = article(text)
    ev = event(a, trigger, type_)
    places.geolocate(a)
    return ev


@pytest.mark.slow
def test_generic_hint_read_through_the_spelling_of_an_unknown_village():
    ev = _located("On 3 May 2023, residents staged a protest in Malpitiyawatta (Malpitiyawatta, "
                  "Western) over power cuts.", "protest", "PROTEST")
    assert ev.location is not None and ev.location.country == "LKA"
    ev = _located("On 3 May 2023, unknown men burned a kiosk at Nyakasanga (Nyakasanga, Western).",
                  "burned", "ASSAULT")
    assert ev.location is not None and ev.location.country == "UGA"


@pytest.mark.slow
def test_generic_hint_stays_unread_when_the_spelling_is_vague():
    # "Mobola" could be from any of the countries that have a "Western" division
    ev = _located("On 3 May 2023, traders protested in Mobola (Mobola, Western) over fuel prices.",
                  "protested", "PROTEST")
    assert ev.location is None or ev.location.country is None


@pytest.mark.slow
def test_spelling_never_overrides_a_known_head():
    # the head is known (Libya's Al Jufrah district); "East" is no hint of some other country
    # however its respelled copy reads
    ev = _located("On 3 May 2023, teachers protested in Al Jufrah (Aljufra, East) over unpaid "
                  "salaries.", "protested", "PROTEST")
    assert ev.location is not None and ev.location.country == "LBY"


# -- all-caps codes that only another name of a US state or a district would explain ----------
def _places(text: str):
    from test_places import article

    from dateline.pipeline import places
    a = article(text)
    places.geolocate(a)
    return [(p.text, p.country) for p in a.places]


@pytest.mark.slow
def test_a_party_code_is_no_state_abroad():
    found = _places("On 3 May 2023, cadres of NC and of the Maoist party clashed at a tea shop in "
                    "Biratnagar before the local polls.")
    assert ("NC", "USA") not in found
    assert any(c == "NPL" for _, c in found)


@pytest.mark.slow
def test_a_state_code_backed_by_a_place_of_its_country_stays():
    found = _places("The ship had sailed from Wilmington, NC, to Rotterdam with grain.")
    assert ("NC", "USA") in found


# -- Kyrgyzstan's Chüy region as news spells it ----------------------------------------------
@pytest.mark.slow
def test_chui_region(gz):
    assert any(e.country == "KGZ" and e.feature_code == "ADM1" for e in gz.candidates("Chui"))
    found = _places("On 3 May 2023, farmers in Kemin district of Chui region blocked a road over "
                    "water shortages.")
    assert ("Chui", "KGZ") in found


# -- a hyphenated class word before the parenthesis --------------------------------------------
@pytest.mark.slow
def test_sub_county_heads_its_parenthesis():
    # "sub-county" is three tokens ("sub", "-", "county"); the name before it still heads the
    # divisions in the parenthesis, and the made-up village's spelling places "Western"
    from dateline.gazetteer import load, parens
    from dateline.pipeline.parse import load_nlp
    doc = load_nlp()("On 3 May 2023, gunmen burned five huts in Kyabigambire sub-county (Kyenkwanzi, Western).")
    groups = [(doc[i:j].text, [doc[a:b].text for a, b in parts]) for (i, j), parts in parens.find(doc, load())]
    assert ("Kyabigambire", ["Kyenkwanzi", "Western"]) in groups
    assert ("Western", "UGA") in _places("On 3 May 2023, gunmen burned five huts at Kyehunde landing site "
                                         "in Kyabigambire sub-county (Kyenkwanzi, Western).")


# -- hints name divisions -------------------------------------------------------------------
@pytest.mark.slow
def test_lone_hint_after_an_unknown_village_is_the_division():
    # "Victoria" is also Hong Kong's old capital (a city of millions in GeoNames' alternate
    # names); after a village the gazetteer lacks, the hint is Australia's state
    ev = _located("On 3 May 2023, climate activists blocked a coal train near Warrabungle (Victoria).",
                  "blocked", "PROTEST")
    assert ev.location is not None and ev.location.country == "AUS"
    assert ev.location.feature_code == "ADM1"
    # a known head keeps its own reading of the hint
    ev = _located("On 3 May 2023, nurses protested in Geelong (Victoria).", "protested", "PROTEST")
    assert ev.location is not None and ev.location.name == "Geelong"

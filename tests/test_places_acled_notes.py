"""Places in conflict-report notes ("On 5 March 2023, ... in X (Y, Z)"): the topic's country is
not where an event is, a small namesake of a part of a longer name is not that name, a place
is in the division the text says it is in, and report spellings ("Ar-Raqqa city",
"Port-au-Prince", "West Sumatra province").

Sentences written for these tests (issue 5); none comes from LGL or ACLED.
"""
from __future__ import annotations

import pytest

from test_places import article, by_text, event, located_event
from test_places_context import located

pytestmark = pytest.mark.slow


def _spans_hold(a) -> None:
    for p in a.places:
        assert a.clean_text[p.start:p.end] == p.text


# -- the topic's country -------------------------------------------------------------------
def test_country_in_solidarity_ranks_below_the_actors_town():
    from dateline.pipeline import places
    text = ("On 3 March 2023, pensioners of Katowice protested against coal subsidies and in "
            "solidarity with Ukraine.")
    a = article(text)
    ev = event(a, "protested", "PROTEST")
    start = text.index("pensioners")
    ev.actors = [a.span(start, text.index(" protested"))]
    places.geolocate(a)
    assert ev.location is not None and ev.location.text == "Katowice"
    assert ev.location.country == "POL"


def test_topic_country_alone_is_still_the_location():
    ev = located_event("On 3 March 2023, hundreds protested in solidarity with Ukraine.",
                       "protested", "PROTEST")
    assert ev.location is not None and ev.location.country == "UKR"


def test_actor_that_is_a_country_is_not_made_a_location_by_its_town_rule():
    from dateline.pipeline.locations import _of_actor
    text = "On 3 March 2023, people from Ukraine marched in Brno."
    a = article(text)
    from dateline.pipeline import places
    ev = event(a, "marched", "PROTEST")
    ev.actors = [a.span(text.index("people"), text.index(" marched"))]
    places.geolocate(a)
    assert ev.location is not None and ev.location.text == "Brno"
    ukraine = by_text(a)["Ukraine"]
    assert not _of_actor(a, ukraine, ev.actors[0].start, ev.actors[0].end)


# -- partial names -------------------------------------------------------------------------
def test_small_namesake_of_the_first_word_of_a_longer_name_is_not_taken():
    a = located("On 2 May 2023, shelling damaged houses in Shakhta imeni Gagarina, Donetsk region.")
    _spans_hold(a)
    assert "Shakhta" not in by_text(a)
    assert all(p.country != "RUS" for p in a.places if p.country)


def test_village_with_a_two_word_name_is_not_its_first_word():
    a = located("On 4 June 2023, a landmine killed a farmer near Pin Pong village in Kayah state.")
    _spans_hold(a)
    assert "Pin" not in by_text(a)
    assert by_text(a)["Kayah"].country == "MMR"


def test_well_known_first_word_is_still_taken():
    a = located("On 4 June 2023, the Chicago Tribune reported a fire in Chicago Heights Avenue.")
    assert any(p.text == "Chicago" and p.country == "USA" for p in a.places)


def test_town_inside_an_organisation_name_is_still_taken():
    a = located("He thanked Mercer Savings Bank Greenville Branch Manager John Doe in Greenville, Ohio.")
    assert any(p.text == "Greenville" for p in a.places)


# -- the division the text names ------------------------------------------------------------
def test_town_in_the_named_division_abroad_takes_that_division():
    ev = located_event("On 3 June 2023, artillery shelled Saida town in Ar Raqqa countryside at dawn.",
                       "shelled", "ASSAULT")
    assert ev.location is not None and ev.location.country == "SYR"


def test_town_in_its_own_division_is_kept():
    ev = located_event("On 3 June 2023, police dispersed a crowd in Dublin city in Ireland at noon.",
                       "dispersed", "COERCE")
    assert ev.location is not None and ev.location.text == "Dublin"


# -- report spellings -----------------------------------------------------------------------
def test_class_word_after_a_town_is_left_out_of_its_span():
    a = located("On 13 April 2023, a car bomb exploded west of Ar-Raqqa city, injuring two.")
    _spans_hold(a)
    p = by_text(a)
    assert "Ar-Raqqa" in p and p["Ar-Raqqa"].country == "SYR"


def test_hyphenated_capital_split_by_the_tagger_is_one_name():
    a = located("On 2 May 2023, in Port-au-Prince - Delmas, Ouest, residents blocked roads.")
    _spans_hold(a)
    assert by_text(a)["Port-au-Prince"].country == "HTI"


def test_division_named_with_a_compass_word_before_its_kind():
    a = located("On 8 May 2023, farmers held a rally in Koto district (Pesisir regency, West Sumatra "
                "province) over land.")
    _spans_hold(a)
    p = by_text(a)
    assert "West Sumatra" in p and p["West Sumatra"].country == "IDN"


def test_compass_word_then_a_known_town_keeps_the_town():
    a = located("Police charged a South St. Paul man on Monday. He lives in St. Paul now.")
    assert [p.text for p in a.places if "Paul" in p.text] == ["St. Paul", "St. Paul"]


def test_bare_generic_division_name_is_not_a_place():
    a = located("On 9 May 2023, fishermen protested in Tanjung and Islands district, West Sulawesi "
                "province.")
    assert "Islands" not in by_text(a)


def test_big_city_tagged_as_a_person_after_in():
    ev = located_event("On 5 May 2023, nurses gathered for a rally in Bialystok, demanding higher pay.",
                       "gathered", "PROTEST")
    assert ev.location is not None and ev.location.country == "POL"


def test_town_in_the_countryside_of_a_city_in_a_governorate_abroad():
    ev = located_event("On 9 March 2023, drones struck Khaneh village in the western countryside of "
                       "Tell Tamr town in Al Hasakeh governorate at night.", "struck", "ASSAULT")
    assert ev.location is not None and ev.location.country == "SYR"


# -- organisation names ------------------------------------------------------------------
def test_country_in_an_organisation_name_is_not_the_location():
    from dateline.pipeline.locations import _is_adjective
    ev = located_event("On 2 April 2023, jets bombed Palestine Liberation Army positions in the vicinity "
                       "of Qatana town in rural Damascus.", "bombed", "ASSAULT")
    assert ev.location is not None and ev.location.country == "SYR"
    a = located("On 2 April 2023, the Palestine Liberation Army held a parade.")
    assert _is_adjective(a, by_text(a)["Palestine"])


def test_building_of_a_country_is_in_the_town_it_stands_in():
    ev = located_event("On 4 March 2023, dozens of Ukrainians held a silent protest in front of the "
                       "Consulate of Ukraine on Teuku Umar Road in Denpasar city (Bali province) following "
                       "the bombing of Ukraine by Russia.", "protest", "PROTEST")
    assert ev.location is not None and ev.location.country == "IDN"


def test_place_of_a_building_is_not_under_the_topic_and_following_is_temporal():
    from dateline.pipeline.locations import _in_other_time, _under_topic
    text = ("On 4 March 2023, dozens of Ukrainians held a silent protest in front of the Consulate of "
            "Ukraine on Teuku Umar Road in Denpasar city following the bombing of Kharkiv by Russia.")
    a = located(text)
    ev = event(a, "protest", "PROTEST")
    trigger = a.token_at(ev.trigger.start)
    assert not _under_topic(a, by_text(a)["Denpasar"], trigger)
    assert _in_other_time(a, ev, by_text(a)["Kharkiv"])

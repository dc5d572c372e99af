"""Places: US post-office towns below GeoNames' cities500 threshold (the ``zipcodes`` package),
and the guards that keep them from shadowing bigger places. Sentences written for these tests
(issue 5); none comes from LGL or ACLED.
"""
from __future__ import annotations

import pytest

from dateline.gazetteer import load
from dateline.gazetteer.build import _region_like, _street_like
from test_places import by_text
from test_places_context import located


def postal(name: str) -> list:
    return [e for e in load().candidates(name) if e.postal_town]


def test_small_towns_are_in_the_gazetteer_with_state_and_point():
    lanexa = postal("Lanexa")
    assert len(lanexa) == 1
    e = lanexa[0]
    assert e.admin1 == "Virginia" and e.country == "USA" and e.geonameid is None
    assert abs(e.lat - 37.42) < 0.2 and abs(e.lon + 76.90) < 0.2
    assert e.population == 0 and e.feature_code == "PPL"


def test_a_town_geonames_already_has_is_not_added_twice():
    # Denver, Colorado is in cities500: no second Denver in Colorado from the ZIP list
    assert not [e for e in postal("Denver") if e.admin1 == "Colorado"]


def test_towns_named_like_states_countries_regions_or_streets_are_left_out():
    assert not postal("Canada") and not postal("East Texas") and not postal("North Street")
    big = {"texas", "canada"}
    assert _region_like("east texas", big) and _region_like("canada", big)
    assert not _region_like("texas city", big)
    assert _street_like("North Street") and _street_like("Avenue") and not _street_like("Meadow Grove")


@pytest.mark.slow
def test_village_resolves_to_its_state():
    a = located("Volunteer firefighters from Lanexa and Providence Forge put out a brush fire "
                "along Route 60 on Sunday.")
    p = by_text(a)["Lanexa"]
    assert p.admin1 == "Virginia" and p.country == "USA" and p.geonameid is None


@pytest.mark.slow
def test_big_city_is_not_displaced_by_a_post_office_namesake():
    # the article is about Indiana, and Indiana has a village called Denver: the company's
    # home is still Denver, Colorado
    a = located("A Denver-based recycling company dropped its plan for a plant in Richmond after the "
                "state of Indiana ended a grant program, officials in Wayne County said.")
    assert by_text(a)["Denver"].admin1 == "Colorado"


@pytest.mark.slow
def test_street_name_is_not_a_post_office_town():
    a = located("Police closed Southeast Fourth Avenue in Gainesville after a water main broke.")
    assert all(p.name != "Avenue" for p in a.places)


@pytest.mark.slow
def test_post_office_towns_only_in_articles_about_the_us():
    # nothing in the text is American: "Zap" is not the post office in North Dakota
    a = located("On 3 May 2022, Turkish drones struck PKK positions near Zap in Duhok province, "
                "local sources said.")
    assert by_text(a)["Zap"].country != "USA"
    # a state beside it: the North Dakota town
    b = located("Crews restored power to Zap, N.D., and Beulah on Friday after the storm.")
    assert by_text(b)["Zap"].admin1 == "North Dakota"

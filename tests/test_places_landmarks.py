"""Places, eighth round: local landmarks the gazetteer lacks take the article's home point
(:mod:`dateline.gazetteer.landmarks`).

Sentences written for these tests (issue 5); none comes from LGL or ACLED. The landmark names
are made up, so that no package knows them.
"""
from __future__ import annotations

import pytest

from test_places import by_text

from test_places_context import located

pytestmark = pytest.mark.slow


def test_landmark_code_reads_the_class_word():
    from dateline.gazetteer.landmarks import landmark_code
    assert landmark_code("Tessaway River") == "STM"
    assert landmark_code("Lake Gridley") == "LK"
    assert landmark_code("Hobart Square") == "SQR"
    assert landmark_code("North Side") == "PPLX"
    assert landmark_code("Springfield") is None
    assert landmark_code("the river") is None


def test_unknown_river_lies_at_the_article_home():
    a = located("Kayakers paddled the Tessaway River on Saturday. The trip started in Athens, Texas, "
                "and the Athens paddling club plans another one in May.")
    p = by_text(a)["Tessaway River"]
    assert p.lat is not None and p.admin1 == "Texas" and p.country == "USA"
    assert p.geonameid is None and p.feature_code == "STM" and p.name == "Tessaway River"


def test_lake_known_only_by_a_far_namesake_town_lies_at_home():
    # "Gridley" is a town in California, Illinois and Kansas, none of them near Spartanburg
    a = located("Anglers crowded Lake Gridley on Sunday morning. Spartanburg officials said the "
                "Spartanburg, S.C., park will stay open until dark.")
    p = by_text(a)["Lake Gridley"]
    assert p.admin1 == "South Carolina" and p.geonameid is None and p.feature_code == "LK"


def test_lake_named_after_a_town_of_the_home_state_keeps_it():
    a = located("Boaters returned to Lake Tuscola this spring. The Tuscola, Ill., council and "
                "Champaign County deputies patrol the shore.")
    p = by_text(a)["Lake Tuscola"]
    assert p.admin1 == "Illinois" and p.geonameid is not None


def test_known_feature_is_kept():
    a = located("Ferries crossed Puget Sound all day. Seattle, Washington, and Tacoma officials "
                "praised the crews.")
    p = by_text(a)["Puget Sound"]
    assert p.geonameid is not None or p.feature_code == "SD"


def test_landmark_in_an_article_with_no_other_place_stays_unresolved():
    a = located("Volunteers cleaned the banks of the Tessaway River on Saturday.")
    p = by_text(a).get("Tessaway River")
    assert p is None or p.lat is None


# -- hyphenated pairs of neighbouring places ----------------------------------------------
def test_hyphenated_twin_towns_are_both_places():
    a = located("The Dallas-Fort Worth region and the Minneapolis-St. Paul area grew fastest.")
    p = by_text(a)
    assert p["Minneapolis"].admin1 == "Minnesota" and p["St. Paul"].admin1 == "Minnesota"
    a = located("The Bloomington-Normal school board met on Monday.")
    p = by_text(a)
    assert p["Bloomington"].admin1 == "Illinois" and p["Normal"].admin1 == "Illinois"


def test_city_and_county_pair_reads_the_county():
    a = located("An Athens-Clarke firefighter rescued two dogs on Tuesday.")
    p = by_text(a)
    assert p["Athens"].admin1 == "Georgia"
    assert p["Clarke"].admin1 == "Georgia" and p["Clarke"].feature_code == "ADM2"


def test_airport_named_after_two_towns_with_a_loose_dash():
    a = located("Flights left the Raleigh- Durham International Airport late on Friday.")
    p = by_text(a)
    assert p["Raleigh"].admin1 == "North Carolina" and p["Durham"].admin1 == "North Carolina"


def test_hyphenated_surname_and_name_of_its_own_are_left_alone():
    a = located("Mary Smith-Jones spoke to reporters. Winston-Salem officials agreed.")
    p = by_text(a)
    assert "Smith" not in p and "Jones" not in p
    assert "Winston" not in p and "Salem" not in p


def test_dotted_short_form_with_a_qualifier_or_without_its_last_dot():
    a = located("Three people were hurt in a crash in South L.A. on Sunday night.")
    p = next(p for p in a.places if "L.A" in p.text)
    assert p.admin1 == "California"


def test_demonym_that_begins_a_place_name_inside_an_organisation_is_that_place():
    a = located("Members of the American Fork Rotary Club met in Provo, Utah, on Tuesday.")
    p = by_text(a)
    assert p["American Fork"].admin1 == "Utah"
    assert "American" not in p
    a = located("The Sri Lankan Army said it had taken the town.")
    assert by_text(a)["Sri Lankan"].country == "LKA"


# -- coherence: one word written twice is no corroboration ---------------------------------
def test_town_and_county_of_one_name_do_not_vouch_for_each_other():
    # Madison, Ill. lies in Madison County, Ill.: the old county link made the pair (and
    # Atlanta, Ill. beside it) outvote the Kentucky the text names
    a = located("Madison police and Madison County deputies searched a farm on Tuesday. Kentucky "
                "State Police helped, and the suspect was later arrested in Atlanta.")
    p = by_text(a)
    assert p["Madison County"].admin1 == "Kentucky"
    assert p["Atlanta"].admin1 != "Illinois"

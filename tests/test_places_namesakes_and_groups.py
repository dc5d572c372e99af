"""Places: US and Canadian namesakes named without their state, and the countries of the
armed groups and unions the actor dictionary knows (issue 5).

Sentences written for these tests; none comes from LGL or ACLED.
"""
from __future__ import annotations

import pytest

from dateline.extract import extract

pytestmark = pytest.mark.slow


def places(text: str) -> dict:
    doc = extract(text)
    for p in doc.places:
        assert text[p.start:p.end] == p.text
    return {p.text: p for p in doc.places}


def test_town_without_its_state_in_a_report_from_abroad_is_not_american():
    # Bayonne, New Jersey is the larger; the news would write "Bayonne, N.J."
    found = places("On 3 May, around 500 people demonstrated in Bayonne against the pension "
                   "reform announced by the government.")
    assert found["Bayonne"].country == "FRA"
    found = places("Teachers marched through Verdun on Saturday to demand smaller classes.")
    assert found["Verdun"].country == "FRA"


def test_town_with_its_state_or_local_institutions_stays_american():
    found = places("On 3 May, around 500 people demonstrated in Bayonne (New Jersey) against a "
                   "rent increase.")
    assert found["Bayonne"].country == "USA" and found["Bayonne"].admin1 == "New Jersey"
    found = places("A Bayonne man was charged on Friday, the Bayonne Police Department said.")
    assert {p.country for p in found.values()} == {"USA"}


def test_a_namesake_far_smaller_than_the_american_town_is_no_rival():
    # England's Hartford is a village: Connecticut's capital keeps the name
    found = places("Hundreds of nurses rallied in Hartford on Tuesday over staffing levels.")
    assert found["Hartford"].country == "USA"


def test_an_armed_group_of_the_dictionary_says_which_division_is_meant():
    # Sucre is a state of Venezuela and a department of Colombia; the Gulf Clan is Colombian
    with_group = places("On 2 March, in Caño Rubio (Sucre), a shopkeeper was shot dead by Gulf "
                        "Clan members.")
    assert with_group["Sucre"].country == "COL"
    without = places("On 2 March, in Caño Rubio (Sucre), a shopkeeper was shot dead by gunmen.")
    assert without["Sucre"].country == "VEN"  # the gazetteer's prior, for contrast


def test_a_word_that_begins_a_foreign_group_name_is_no_place():
    # "Gulf" is a province of Papua New Guinea; here it is the Colombian group's name
    found = places("Members of the Gulf Clan shot a farmer in a hamlet near the coast on Monday.")
    assert "Gulf" not in found


def test_a_city_by_its_other_name_in_an_institution_is_where_its_members_protest():
    # Patras is GeoNames' Pátra: the bar association's town is the rally's place, not the
    # country the rally is about
    doc = extract("On 6 March, members of the Patras Bar Association rallied against the "
                  "invasion of Ukraine.")
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert protest.location is not None and protest.location.country == "GRC"
    assert doc.text[protest.location.start:protest.location.end] == "Patras"


def test_a_small_town_listed_with_known_places_is_a_place():
    found = places("Firefighters came from Torrington, Winsted and New Hartford to fight the blaze.")
    assert {"Torrington", "Winsted", "New Hartford"} <= set(found)
    assert found["Winsted"].admin1 == "Connecticut"


def test_listed_people_and_street_names_are_not_towns():
    found = places("Smith, Jones and Miller spoke in Boston on Monday.")
    assert set(found) == {"Boston"}
    found = places("The shooting took place at the corner of East 51st Street and Avalon "
                   "Boulevard in Los Angeles.")
    assert "Street" not in found

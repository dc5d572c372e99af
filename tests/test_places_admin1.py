"""Places: a capital's namesake in an article about the namesake's country (London, Ont.),
and the admin1-level coherence the ranker already has (focus_admin1, nearness to a state's
places). Sentences written for these tests (issue 5); none comes from LGL or ACLED.
"""
from __future__ import annotations

import pytest

from test_places import by_text

from test_places_context import located

pytestmark = pytest.mark.slow


def test_capital_namesake_in_an_article_about_canada():
    # Quebec and Ontario places, nothing British: London is London, Ontario
    a = located("Snow closed schools in Sherbrooke, Gatineau and Kingston on Monday, and flights out of "
                "London were delayed for hours.")
    assert by_text(a)["London"].country == "CAN"
    assert by_text(a)["London"].admin1 == "Ontario"


def test_capital_named_with_its_country_keeps_the_capital():
    a = located("Farmers in Sherbrooke and Gatineau protested on Monday; the talks later moved to "
                "London, England.")
    assert by_text(a)["London"].country == "GBR"


def test_capital_without_another_country_in_view_keeps_the_bonus():
    a = located("Flights out of London were delayed for hours on Monday after snow closed the runways.")
    assert by_text(a)["London"].country == "GBR"


def test_small_town_takes_the_state_of_its_neighbours():
    # Ontario towns around it: Woodstock is Woodstock, Ontario, not the New York or Illinois ones
    a = located("Crews from Kitchener, Waterloo and Guelph joined firefighters near Woodstock on Saturday "
                "after a barn fire spread to two homes.")
    assert by_text(a)["Woodstock"].admin1 == "Ontario"

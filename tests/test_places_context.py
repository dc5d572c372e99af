"""Places: local-news recognition cues, article coherence and event-report conventions.

Sentences written for these tests (issue 5); none comes from LGL or ACLED.
"""
from __future__ import annotations

import pytest

from test_places import article, by_text, event, located_event

pytestmark = pytest.mark.slow


def located(text: str):
    from dateline.pipeline import places
    a = article(text)
    places.geolocate(a)
    return a


# -- recognition ---------------------------------------------------------------------
def test_in_text_dateline_after_headline():
    a = located("Council backs road plan. HARTFORD — Connecticut lawmakers on Tuesday approved "
                "a plan to repave roads in the capital.")
    p = by_text(a)["HARTFORD"]
    assert p.country == "USA" and p.admin1 == "Connecticut"
    assert a.text[p.start:p.end] == "HARTFORD"


def test_towns_named_by_their_people_and_institutions():
    a = located("A Rochester man was charged Friday, Alexandria Police said. The suspect told "
                "the Athens Police Department he was innocent.")
    found = by_text(a)
    assert {"Rochester", "Alexandria", "Athens"} <= set(found)
    assert all(found[n].country == "USA" for n in ("Rochester", "Alexandria", "Athens"))
    assert "Police" not in " ".join(found)  # the town, not the department


def test_party_code_home_town():
    a = located("The bill's sponsor, Rep. Jane Moore, D-Columbus, said the vote would come Thursday.")
    p = by_text(a)["Columbus"]
    assert p.country == "USA" and a.text[p.start:p.end] == "Columbus"


def test_place_after_an_of_cue_despite_a_wrong_entity_label():
    a = located("On 2 March 2022, workers protested in the streets of Bregenz.")
    assert by_text(a)["Bregenz"].country == "AUT"


def test_place_after_an_area_adjective():
    a = located("On 3 March 2022, around 1,000 people demonstrated in central Thessaloniki "
                "against the war in Ukraine.")
    assert by_text(a)["Thessaloniki"].country == "GRC"


def test_region_demonym():
    a = located("South Ossetian forces fired on a village, Georgian officials said.")
    p = by_text(a)["South Ossetian"]
    assert p.name == "South Ossetia" and p.country == "GEO"


def test_longer_name_ending_in_a_country():
    a = located("On 8 February 2022, in Ciudad de Mexico - Cuauhtemoc, retired police officers "
                "protested outside the fund's office.")
    assert "Mexico" not in by_text(a)  # not the country
    assert by_text(a)["Ciudad de Mexico"].country == "MEX"


# -- coherence -----------------------------------------------------------------------
def test_town_and_the_county_it_lies_in_resolve_together():
    a = located("The Paris City Council met on Monday. Henry County officials also attended "
                "the meeting in Paris.")
    found = by_text(a)
    assert found["Paris"].admin1 == "Tennessee"       # Paris, Tenn. lies in Henry County, Tenn.
    assert found["Henry County"].admin1 == "Tennessee"


def test_actor_demonym_does_not_pull_the_place_abroad():
    a = located("On 17 April 2022, Russian forces shelled Pisky, Donetsk, killing one civilian.")
    ev = event(a, "shelled", "ASSAULT")
    from dateline.pipeline import places
    places.geolocate(a)
    assert by_text(a)["Donetsk"].country == "UKR"
    assert ev.location is not None and ev.location.country == "UKR"


# -- event locations -----------------------------------------------------------------
def test_protest_place_not_its_topic():
    ev = located_event("On 28 February 2022, thousands of people gathered in Brescia to condemn the "
                "Russian invasion of Ukraine.", "gathered", "PROTEST")
    assert ev.location is not None and ev.location.text == "Brescia"


def test_event_named_in_a_label_takes_the_next_sentence_place():
    ev = located_event("Property destruction: On 6 March 2022, soldiers razed farmland in Qusra "
                "village (Nablus, West Bank).", "destruction", "ASSAULT")
    assert ev.location is not None and ev.location.country == "PSE"


def test_weak_foreign_namesake_is_not_the_event_place():
    ev = located_event("On 19 April 2022, one fighter was wounded during clashes in the Bagh Bala "
                "area of Kabul city.", "wounded", "ASSAULT")
    assert ev.location is not None and ev.location.country == "AFG"


def test_lowercase_class_word_picks_the_division():
    a = located("On 26 May 2022, in San Juan province, farmers gathered outside the social "
                "security office.")
    p = by_text(a)["San Juan"]
    assert p.country == "ARG" and p.feature_code.startswith("ADM")


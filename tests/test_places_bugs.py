"""Two places-stage bugs: token identity in the topical test, and IGO abbreviations as towns."""
from __future__ import annotations

import pytest

from test_places import article, located_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,word,type_,where", [
    # the trigger is itself a topic noun ("release", "blockade"): a place in its own phrase is
    # where it happened, not what it is about; the old `is` test walked past the trigger and
    # took the agent's country instead
    ("The release of 20 prisoners in Kabul was welcomed by officials from Qatar.",
     "release", "RETREAT", "Kabul"),
    ("The blockade of the port in Odesa was condemned by diplomats from Turkey.",
     "blockade", "COERCE", "Odesa"),
])
def test_place_in_a_topic_nouns_own_phrase_is_its_location(text, word, type_, where):
    ev = located_event(text, word, type_)
    assert ev.location is not None and ev.location.text == where


def test_topical_place_still_ranks_below_the_events_own_place():
    ev = located_event("A demonstration against the invasion of Ukraine was held in Helsinki.", "demonstration", "PROTEST")
    assert ev.location is not None and ev.location.text == "Helsinki"


@pytest.mark.parametrize("text", [
    "The EU imposed new sanctions on Iran on Monday.",
    "Exports to EU rose sharply last year.",
    "Farmers in EU countries protested on Monday.",
    "Refugees arrived in EU on Monday.",
    "He met officials from EU, UN and AU in Nairobi.",
])
def test_igo_abbreviations_are_not_places(text):
    from dateline.pipeline import places
    a = article(text)
    places.geolocate(a)
    found = {p.text for p in a.places}
    assert not found & {"EU", "UN", "AU", "NATO", "E.U.", "U.N."}, found
    assert all(p.country != "FRA" for p in a.places)


def test_org_abbrev_needs_capitals_and_the_kb():
    from dateline.pipeline.places import _org_abbrev
    assert _org_abbrev("EU") and _org_abbrev("E.U.") and _org_abbrev("NATO") and _org_abbrev("UN")
    assert not _org_abbrev("Eu")      # the town, written as a name
    assert not _org_abbrev("Nato")
    assert not _org_abbrev("US")      # a country, not an organisation
    assert not _org_abbrev("ZZQX")    # not in the KB


def test_places_are_still_found_beside_igo_abbreviations():
    from dateline.pipeline import places
    a = article("He met officials from EU, UN and AU in Nairobi.")
    places.geolocate(a)
    assert "Nairobi" in {p.text for p in a.places}


def test_regional_organisations_are_actors_not_places():
    from dateline import extract

    doc = extract("ECOWAS leaders met in Abuja on Monday. The OAS condemned the coup in Haiti.")
    assert {a.country for e in doc.events for a in e.actors} >= {"ECOWAS", "OAS"}
    assert {p.text for p in doc.places} == {"Abuja", "Haiti"}

"""Places: an event in a town the gazetteer lacks is located at the country or division the
article's evidence gives, and says so (issue 5). Sentences written for these tests; the
village names are made up so that no gazetteer holds them."""
from __future__ import annotations

import pytest

from dateline.extract import Input, extract, extract_many

pytestmark = pytest.mark.slow


def location(doc):
    (event, *_) = doc.events
    loc = event.location
    if loc is not None:
        assert doc.text[loc.start:loc.end] == loc.text
    return loc


def test_a_party_of_the_dictionary_gives_the_country_of_an_unknown_village():
    doc = extract("Cadres of the Nepali Congress and the CPN(UML) clashed at Zorbatharpa village "
                  "on Sunday.")
    loc = location(doc)
    assert (loc.text, loc.country, loc.feature_code, loc.precision) == \
        ("Zorbatharpa", "NPL", "PCLI", "country")
    assert loc.to_dict()["precision"] == "country"
    import json

    from dateline.output import dumps
    from dateline.schema import validate
    validate(json.loads(dumps(doc)))  # the extra field keeps the contract


def test_without_evidence_the_location_stays_null():
    doc = extract("About 200 people demonstrated in Zorbatharpa on Sunday against rent rises.")
    assert location(doc) is None


def test_groups_of_two_countries_say_nothing():
    doc = extract("Members of the Nepali Congress and the CFDT union met at Zorbatharpa on Sunday.")
    assert all(e.location is None for e in doc.events)


def test_a_resolved_place_is_never_replaced_and_has_no_precision():
    doc = extract("Cadres of the Nepali Congress clashed with police in Pokhara on Sunday.")
    loc = location(doc)
    assert (loc.text, loc.country, loc.precision) == ("Pokhara", "NPL", None)
    assert "precision" not in loc.to_dict()


def test_the_sources_home_locates_its_unknown_village(monkeypatch):
    monkeypatch.setenv("DATELINE_LOCAL_LEXICON", "1")
    texts = ["Nurses marched in Bayonne, France on Monday.",
             "Farmers blocked a road near Pau, France on Tuesday.",
             "Students rallied in Biarritz, France against fee rises.",
             "About 300 people demonstrated in Zorbatharpa on Sunday against rent rises."]
    docs = list(extract_many([Input(text=t, source="pays-basque.example") for t in texts]))
    loc = location(docs[-1])
    assert loc.text == "Zorbatharpa" and loc.country == "FRA" and loc.precision in ("admin1", "country")

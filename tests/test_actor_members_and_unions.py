"""Actors: the unions, movements and parties of the actor dictionary, and the members of a
known group coded to the group's country (issue 3's actors; sentences written for these tests)."""
from __future__ import annotations

import pytest

from dateline.extract import extract

pytestmark = pytest.mark.slow


def first_actors(text: str) -> list:
    doc = extract(text)
    assert doc.events, text
    for a in doc.events[0].actors:
        assert text[a.start:a.end] == a.text
    return doc.events[0].actors


def test_a_union_named_alone_is_coded_to_its_country_and_labour():
    (a,) = first_actors("The CFDT marched in Lyon on Thursday against the pension reform.")
    assert (a.country, a.sector, a.kb_id) == ("FRA", "LAB", "org:cfdt")


def test_members_of_a_known_group_take_its_country_not_the_scene():
    (a,) = first_actors("Members of the Taliban attacked a checkpoint in Lyon on Thursday.")
    assert (a.country, a.sector) == ("AFG", "REB")
    (a,) = first_actors("Supporters of the BNP clashed with police in Kolkata on Sunday.")
    assert (a.country, a.sector) == ("BGD", "PTY")


def test_members_of_an_unknown_group_still_take_the_scene():
    (a,) = first_actors("Members of a residents' association marched in Lyon on Thursday.")
    assert a.country == "FRA"


def test_a_union_of_the_dictionary_says_which_namesake_is_meant():
    doc = extract("Members of the CFDT and Force Ouvrière marched in Brest on Thursday against "
                  "the pension reform.")
    assert {p.text: p.country for p in doc.places}["Brest"] == "FRA"
    doc = extract("Hundreds of workers marched in Brest on Thursday against the pension reform.")
    assert {p.text: p.country for p in doc.places}["Brest"] == "BLR"  # the prior, for contrast


def test_a_union_abroad_keeps_its_own_country():
    (a,) = first_actors("Members of the KESK marched in Berlin on Sunday against the arrests.")
    assert (a.country, a.sector) == ("TUR", "LAB")


def test_party_written_with_brackets_keeps_its_bracket_and_country():
    (a,) = first_actors("Cadres of the CPN(UML) clashed with police in Delhi on Friday.")
    assert a.text == "Cadres of the CPN(UML)"
    assert (a.country, a.sector) == ("NPL", "PTY")


def test_a_known_name_before_a_group_noun_is_that_group():
    # "the CFDT union": the dictionary's name, then the kind of group it is
    (a,) = first_actors("The CFDT union called a strike in Lyon on Thursday.")
    assert (a.country, a.sector, a.kb_id) == ("FRA", "LAB", "org:cfdt")
    # and, as the owner of "members", it says which namesake is meant (Saint-Denis near
    # Paris, not the larger capital of Reunion)
    doc = extract("About 200 parents, teachers and members of the SUD union demonstrated in "
                  "Saint-Denis on Saturday.")
    assert {p.text: p.country for p in doc.places}["Saint-Denis"] == "FRA"
    # an unknown name before the noun codes nothing of its own
    (a,) = first_actors("The Riverside union called a strike in Lyon on Thursday.")
    assert a.kb_id is None

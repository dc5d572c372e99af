"""Pledges of support and of closer ties, requests in plural-subject headlines, licences taken
away, appeals for justice after an attack, and CONCEDE's quad class. Each rule follows the
PLOVER manual; every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import top

from dateline.records import QUAD_CLASS

pytestmark = pytest.mark.slow


# AGREE: "agree to, offer, promise ... commitment to cooperate", by the letter of the manual
# also when what is promised is support; SUPPORT when support is only expressed.
@pytest.mark.parametrize("text, expected", [
    ("Northland Pledges Support for Southland Reforms", "AGREE"),
    ("The EU reaffirmed its support for the peace plan.", "SUPPORT"),
    ("Japan pledged humanitarian support to the flood victims.", "AGREE"),
])
def test_pledged_and_expressed_backing(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# AGREE: "promise ... commitment to cooperate" is no threat, even where the headline parser
# takes "Vow" for a noun.
@pytest.mark.parametrize("text, expected", [
    ("Northland and Southland Vow to Strengthen Ties", "AGREE"),
    ("Rebels vow to fight on until the capital falls", "THREATEN"),
])
def test_vows(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# REQUEST: what is asked for is the request's object ("Unions Demand End to ...").
@pytest.mark.parametrize("text", [
    "Activists Urge Repeal of Blasphemy Law",
    "Unions Demand End to Austerity Measures",
])
def test_the_object_of_a_request_is_not_the_news(nlp, text):
    assert top(nlp, text)[0] == "REQUEST"


# COERCE restrict / censor: licences, permits and visas taken away; revoking a curfew concedes.
@pytest.mark.parametrize("text, expected", [
    ("Government Revokes Licences of Foreign Charities", ("COERCE", "restrict")),
    ("The regulator revoked the broadcasting licence of the opposition television channel.",
     ("COERCE", "censor")),
    ("The junta suspended the licences of two newspapers.", ("COERCE", "censor")),
    ("The government revoked the curfew on Monday.", ("CONCEDE", None)),
])
def test_revoked_licences_are_coercion(nlp, text, expected):
    etype, _, mode = top(nlp, text)
    assert etype == expected[0]
    if expected[1]:
        assert mode == expected[1]


def test_a_call_for_justice_after_a_killing_reports_the_killing(nlp):
    text = "Residents call for answers after a gunman killed three people at a market."
    assert top(nlp, text)[0] == "ASSAULT"


def test_concede_is_verbal_cooperation_as_in_the_manual():
    assert QUAD_CLASS["CONCEDE"] == "verbal_cooperation"
    assert QUAD_CLASS["RETREAT"] == "material_cooperation"


def test_a_concession_still_outranks_the_measure_it_lifts(nlp):
    assert top(nlp, "The authorities eased curfew hours in the north on Sunday.")[0] == "CONCEDE"


# REQUEST: "all requests, demands and orders": asking a party to end its protest is a request
# (the protest is what is asked for, not the request's topic), and saying another party must
# or should act demands it; a resolve of one's own ("we must defend ...") is no demand.
@pytest.mark.parametrize("text, expected", [
    ("The ministry asked the weavers' guild to call off its boycott of the new looms.", "REQUEST"),
    ("The minister said the neighbouring state must mediate between the factions.", "REQUEST"),
    ("The president said the army should withdraw from the city.", "REQUEST"),
    ("Hundreds of workers marched to demand higher wages.", "PROTEST"),
])
def test_demands(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_a_resolve_of_ones_own_is_no_demand(nlp):
    assert top(nlp, "We must defend our borders, the general said.")[0] != "REQUEST"


# AGREE is agreeing to cooperate; agreeing with a view is a statement (CAMEO 01).
@pytest.mark.parametrize("text, expected", [
    ("Officials said they agree with the panel that the rules were broken.", None),
    ("The two sides agreed on a prisoner swap.", "AGREE"),
    ("The two leaders agreed to meet again in May.", "AGREE"),
])
def test_agreeing_with_a_view(nlp, text, expected):
    got = top(nlp, text)
    assert (got[0] if got else None) == expected

"""PLOVER CONCEDE named by what is given back or yielded: rights and access restored, dismissed
people reinstated, dissent allowed, autonomy granted, power handed over, mistakes admitted; and
the same verbs with other objects, which concede nothing. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Government Restores Internet Access In Restive Region",
    "Authorities Restore Mobile Data After Week-Long Blackout",
    "Regime Unfreezes Assets Of Opposition Party",
    "Junta Allows Opposition To Hold Rally",
    "Authorities Permit Foreign Journalists To Enter Region",
    "Government Reinstates Dismissed Judges",
    "President Accepts Responsibility For Failed Operation",
    "Army Admits Mistake In Deadly Strike",
    "Government Grants Opposition Party Legal Status",
    "Authorities Legalize Banned Opposition Movement",
    "Parliament Restores Voting Rights To Exiles",
    "Military Hands Power To Civilian Government",
    "Government Grants Autonomy To Northern Region",
    "The government restored internet access in the region on Monday.",
    "The junta allowed the opposition to hold a rally in the capital.",
    "The authorities reinstated the dismissed judges on Thursday.",
    "The interior ministry restored the newspaper's license.",
    "The president acknowledged failures in the relief effort.",
])
def test_what_is_yielded_makes_the_concession(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


@pytest.mark.parametrize("text, expected", [
    ("Police restored order after arresting dozens of looters.", "COERCE"),
    ("The minister accepted the invitation to visit Beijing.", "AGREE"),
    ("The army allowed aid convoys to enter the besieged town.", "RETREAT"),
    ("The World Bank granted a loan of $50 million to the government.", "AID"),
    ("Rebels handed over the city to government forces.", "RETREAT"),
])
def test_the_same_verbs_with_other_objects_keep_their_type(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "The company restored power to most homes by Sunday evening.",
    "The museum admitted thousands of visitors over the weekend.",
    "The hospital admitted twelve patients with burns.",
    "The club transferred the striker to a rival team.",
    "He acknowledged the crowd with a wave.",
])
def test_no_concession_without_a_yielded_object(nlp, text):
    assert "CONCEDE" not in [t for t, _ in real(nlp, text)]

"""Who pulls out of a country, who blockades a town, talks that are halted or merely end, force
that is forsworn, and the events that only set the scene. Each rule follows the PLOVER manual or
CAMEO2PLOVER; every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


# SANCTION mode withdraw: "withdraw oneself or one's non-military resources (e.g., aid,
# observers, diplomats, peacekeepers) from a group, mediation activity, organization, or country".
@pytest.mark.parametrize("text", [
    "Aid Agency Pulls Out of Northern Region Citing Attacks on Staff",
    "Rights Group Pulls Out of Northland Amid Security Fears",
    "The mining company withdrew from the country after the coup.",
    "Several foreign banks pulled out of the region last year.",
])
def test_civilians_leaving_a_country_reduce_relations(nlp, text):
    assert top(nlp, text)[0] == "SANCTION"
    assert top(nlp, text)[2] == "withdraw"


@pytest.mark.parametrize("text", [
    "Government troops withdrew from the town on Sunday.",
    "Armed groups withdrew from the town on Sunday.",
    "Rebel Group Pulls Out of Border Town",
])
def test_armed_men_leaving_a_town_retreat(nlp, text):
    assert top(nlp, text)[0] == "RETREAT"


# COERCE mode restrict: "cordoning off areas"; CAMEO 191 "impose blockade, restrict movement".
@pytest.mark.parametrize("text, expected", [
    ("Troops blockaded the northern city for a week.", ("COERCE", "restrict")),
    ("Protesters blockaded the main highway into the capital.", ("PROTEST", None)),
    ("Prison guards on strike blocked the entrance to the jail for two hours.", ("PROTEST", None)),
])
def test_a_blockade_by_forces_is_coercion(nlp, text, expected):
    etype, _, mode = top(nlp, text)
    assert etype == expected[0]
    if expected[1]:
        assert mode == expected[1]


# CAMEO 164 "halt negotiations": SANCTION, withdraw. Talks that end were held: CONSULT.
@pytest.mark.parametrize("text, expected", [
    ("The government suspended peace talks with the rebels after the bombing.", "SANCTION"),
    ("Northland Suspends Negotiations With Southland Over Border Row", "SANCTION"),
    ("The rebels broke off negotiations on Tuesday.", "SANCTION"),
    ("The two sides ended three days of talks in Geneva on Friday.", "CONSULT"),
    ("The foreign minister concluded a two-day visit to Beijing on Sunday.", "CONSULT"),
    ("Northland Raises Possibility of Suspending Trade Talks with Southland", "THREATEN"),
])
def test_halted_and_concluded_talks(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_halted_talks_have_the_withdraw_mode(nlp):
    assert top(nlp, "The government suspended peace talks with the rebels.")[2] == "withdraw"


def test_ending_a_measure_is_still_a_concession(nlp):
    assert top(nlp, "The government ended the curfew on Sunday.")[0] == "CONCEDE"


# CONCEDE: "many concessions deal with promises that certain things will *not* happen".
@pytest.mark.parametrize("text", [
    "Mayor Says Police Will Not Arrest Peaceful Marchers",
    "The interior minister said police would not arrest the students.",
    "The general said his troops would not shell civilian areas.",
])
def test_forsworn_force_is_a_concession(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


def test_force_that_was_not_used_is_no_event(nlp):
    assert real(nlp, "Police did not arrest anyone.") == []


# Ranking: what happens "during / amid / ahead of" something else is the news, not the backdrop.
@pytest.mark.parametrize("text, expected", [
    ("Premier Stresses Need for Foreign Assistance During Lockdown", "REQUEST"),
    ("Charity Seeks Donations For Medical Supplies During Curfew", "REQUEST"),
])
def test_the_backdrop_ranks_below_the_news(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# CONCEDE: "announcements of future retreats" ("announced ... would withdraw troops"), also
# of forces; a release announced in the past tense has happened (RETREAT); peacekeepers
# withdrawn are a SANCTION (mode withdraw: "non-military resources (e.g., ... peacekeepers)").
@pytest.mark.parametrize("text, expected", [
    ("Northland Says It Will Withdraw Forces From Southland", "CONCEDE"),
    ("The president announced the release of a journalist held hostage for a year.", "RETREAT"),
    ("Shoigu ordered the withdrawal of Russian troops from Kherson.", "RETREAT"),
    ("The alliance withdrew its monitors from the eastern province.", "SANCTION"),
])
def test_announced_and_carried_out_retreats(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# MOBILIZE mode weapons is a show of weapons: "launch" names one only with a missile or rocket
# launched; organisations and professionals who gather meet rather than protest.
@pytest.mark.parametrize("text, expected", [
    ("The army launched two ballistic missiles into the sea on Sunday.", "MOBILIZE"),
    ("The regional bloc launched a mediation effort to end the border dispute.", "CONSULT"),
    ("NGOs gathered in Brussels on Monday to set up a working group.", None),
    ("Thousands gathered in the main square to denounce the election result.", "PROTEST"),
])
def test_launches_and_gatherings(nlp, text, expected):
    got = top(nlp, text)
    assert (got[0] if got else None) == expected

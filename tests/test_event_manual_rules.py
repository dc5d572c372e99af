"""PLOVER manual rules over the parse (2026-11-25, second round): concessions, ceasefires, cuts in
services, walking out of talks, blockades by demonstrators, warned possibilities, yielding to
demands, expelled diplomats, resignations, light verbs and modifiers in title-case headlines.

Sentences written for these tests; each names the manual's definition it follows."""
from __future__ import annotations

import pytest

from dateline.events.coder import code_doc
from dateline.events.ranking import top_event

from event_helpers import real, top

pytestmark = pytest.mark.slow


# CONCEDE: "... removing curfews, suspending protests, and declarations (but not
# implementations) of ceasefires"; RETREAT: "observing a ceasefire".
def test_suspended_protest_is_one_concession(nlp):
    assert real(nlp, "The opposition alliance suspended its street protests for two weeks.") == \
        [("CONCEDE", "suspended")]


def test_announced_end_of_a_strike_is_the_main_event(nlp):
    events = code_doc(nlp("Dockworkers Will End Walkout After Port Authority Raises Wages"))
    main = top_event(events)
    assert (main.type, main.trigger.text, main.hypothetical) == ("CONCEDE", "End", True)
    assert "PROTEST" not in {e.type for e in events}


@pytest.mark.parametrize("text, etype", [
    ("The rebels declared a unilateral ceasefire on Thursday.", "CONCEDE"),
    ("Both armies began observing the ceasefire at midnight.", "RETREAT"),
])
def test_ceasefire_declared_or_observed(nlp, text, etype):
    assert top(nlp, text)[:2] == (etype, "ceasefire")


def test_title_case_promise_to_lift_is_a_concession(nlp):
    assert top(nlp, "Governor Promises to Lift Curfew Before Festival")[0] == "CONCEDE"


# COERCE modes censor ("restrict access to ... information") and withhold ("shut off
# power/internet/water").
@pytest.mark.parametrize("text, trigger, mode", [
    ("The government blocked access to social media platforms on election day.", "blocked",
     "censor"),
    ("Authorities cut off mobile internet in three provinces after the unrest.", "cut", "withhold"),
])
def test_cut_in_information_or_utilities_is_coercion(nlp, text, trigger, mode):
    assert top(nlp, text) == ("COERCE", trigger, mode)


# SANCTION mode withdraw: "withdraw oneself ... from a group, mediation activity, organization".
@pytest.mark.parametrize("text, trigger", [
    ("The rebel delegation quit the peace talks in Geneva.", "quit"),
    ("The country withdrew from the nuclear treaty last year.", "withdrew"),
])
def test_walking_out_of_talks_is_a_sanction(nlp, text, trigger):
    assert top(nlp, text) == ("SANCTION", trigger, "withdraw")


def test_troops_leaving_a_town_still_retreat(nlp):
    assert top(nlp, "Troops withdrew from the town after heavy fighting.")[0] == "RETREAT"


# PROTEST mode obstruct, when the blockers are demonstrators; hunger strike.
@pytest.mark.parametrize("text, trigger, mode", [
    ("Farmers Block Motorway Near Capital", "Block", "obstruct"),
    ("Jailed Blogger on Hunger Strike in Northern Prison", "Strike", "hunger"),
])
def test_protest_modes_in_headlines(nlp, text, trigger, mode):
    assert top(nlp, text) == ("PROTEST", trigger, mode)


def test_adjectival_participle_in_a_headline_is_no_event(nlp):
    events = real(nlp, "Jailed Blogger on Hunger Strike in Northern Prison")
    assert "COERCE" not in {t for t, _ in events}


# THREATEN: "coercive or forceful warnings with serious potential repercussions".
@pytest.mark.parametrize("text, trigger", [
    ("Opposition Raises Prospect of Boycotting Parliament Over Vote", "Boycotting"),
    ("The interior minister said police may arrest anyone who joins the march.", "arrest"),
])
def test_warned_possibility_is_a_threat(nlp, text, trigger):
    assert top(nlp, text)[:2] == ("THREATEN", trigger)


def test_guess_about_the_past_is_no_threat(nlp):
    text = "Officials said the air strike may have killed dozens of civilians."
    types = {t for t, _ in real(nlp, text)}
    assert "THREATEN" not in types and "ASSAULT" in types


# CONCEDE: yielding to or withdrawing demands and complaints; REQUEST for material aid.
@pytest.mark.parametrize("text, etype, trigger", [
    ("The city council gave in to the demands of the striking bus drivers.", "CONCEDE", "gave"),
    ("The ministry said it will withdraw its complaint against the neighbouring state.", "CONCEDE",
     "withdraw"),
    ("The mayor expressed the need for international assistance after the floods.", "REQUEST",
     "assistance"),
])
def test_yielding_and_asking(nlp, text, etype, trigger):
    assert top(nlp, text)[:2] == (etype, trigger)
    if etype == "CONCEDE":
        assert {"REQUEST", "ACCUSE"}.isdisjoint(t for t, _ in real(nlp, text))


# SANCTION expel ("the expulsion of ambassadors or similar diplomats"); RETREAT resign.
@pytest.mark.parametrize("text, etype, mode", [
    ("The foreign ministry expelled four diplomats over spying allegations.", "SANCTION", "expel"),
    ("The prime minister resigned on Friday after weeks of protests.", "RETREAT", "resign"),
])
def test_expulsion_and_resignation(nlp, text, etype, mode):
    got = top(nlp, text)
    assert (got[0], got[2]) == (etype, mode)


def test_support_for_protests_is_support(nlp):
    text = "Thousands of citizens expressed support for the protests in the capital."
    assert top(nlp, text)[0] == "SUPPORT"


@pytest.mark.parametrize("text", [
    "Refugee Groups Welcome Asylum Seekers at Border",
    "Police Station Reopens After Repairs",
])
def test_nouns_of_verb_senses_are_no_events(nlp, text):
    assert {"AID", "MOBILIZE"}.isdisjoint(t for t, _ in real(nlp, text))


def test_light_verb_gives_way_in_title_case(nlp):
    assert real(nlp, "Ministry Launches Inquiry Into Prison Abuses") == [("ACCUSE", "Inquiry")]
    assert top(nlp, "Troops massed on the border overnight.")[0] == "MOBILIZE"

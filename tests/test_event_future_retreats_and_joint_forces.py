"""Rules of the fifth session of 2026-12-07, from the PLOVER manual: an announced or promised
retreat, also in a headline's "X to ..." shorthand and also a resignation, is a CONCEDE
("Announcements of future retreats should be coded as CONCEDE"); protesters who end their own
protest concede, and the protest they end is not the news; whose demands are accepted is no
protest of its own; a force, patrol or drill of two states together is COOPERATE, not MOBILIZE;
resumed flights are an exchange. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

from dateline.events.coder import code_doc

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Army to pull troops out of border villages",
    "Russia to withdraw forces from the disputed islands",
    "Belgium announced it will pull its soldiers from the mission.",
    "The governor agreed to step down after the audit.",
])
def test_an_announced_retreat_is_a_concession(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


@pytest.mark.parametrize("text", [
    "Belgium pulled its soldiers out of the mission on Monday.",
    "The governor stepped down after the audit.",
])
def test_a_retreat_that_happened_stays_retreat(nlp, text):
    assert top(nlp, text)[0] == "RETREAT"


def test_pulling_someone_from_rubble_is_no_retreat(nlp):
    assert all(t != "RETREAT" for t, _ in real(nlp, "Rescuers pulled two children from the rubble."))


@pytest.mark.parametrize("text", [
    "Protesters end sit-in outside the ministry",
    "The dockers called off their strike on Friday.",
])
def test_protesters_ending_their_protest_concede(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


def test_protesters_blocking_a_road_still_protest(nlp):
    assert top(nlp, "Protesters blocked the main road into the city.")[0] == "PROTEST"


def test_whose_demands_are_accepted_is_no_protest(nlp):
    assert top(nlp, "Government accepts farmers' demands on wheat prices")[0] == "CONCEDE"


@pytest.mark.parametrize("text", [
    "Kenya and Uganda Stage War Games",
    "The armies of Kenya and Uganda staged war games near their border.",
    "Peru and Bolivia deployed a joint force along their border to fight smuggling.",
])
def test_drills_and_forces_of_two_states_are_cooperation(nlp, text):
    assert top(nlp, text)[0] == "COOPERATE"


def test_one_army_drilling_is_still_mobilization(nlp):
    assert top(nlp, "The Kenyan army staged war games near the border.")[0] == "MOBILIZE"


def test_resumed_flights_are_an_exchange(nlp):
    assert top(nlp, "Direct flights between the two capitals resumed on Sunday.")[0] == "COOPERATE"


def test_a_flight_taken_is_no_event(nlp):
    assert real(nlp, "He fled the country on a flight to Dubai.") == []


@pytest.mark.parametrize("text", [
    "Chile expressed its intention to cooperate with the UN inspectors.",
    "Israel said it is ready to resume peace negotiations with the Palestinians.",
])
def test_an_intention_to_cooperate_is_agree(nlp, text):
    assert top(nlp, text)[0] == "AGREE"


def test_negotiations_resumed_are_consult(nlp):
    assert top(nlp, "The minister resumed negotiations with the union on Monday.")[0] == "CONSULT"


@pytest.mark.parametrize("text", [
    "Venezuela broke off diplomatic relations with Colombia.",
    "Tonga broke ties with Taiwan.",
])
def test_breaking_off_relations_is_sanction(nlp, text):
    assert real(nlp, text) and {t for t, _ in real(nlp, text)} == {"SANCTION"}


def test_a_headline_reporting_an_act_is_not_vetoed_as_a_statement(nlp):
    # the sentence model reads this headline as a statement; its main verb reports the act
    assert top(nlp, "Tuvalu Expels Dozens of Diplomats Following Accusations")[0] == "SANCTION"


@pytest.mark.parametrize("text", [
    "Neither side has violated the ceasefire, the monitors said.",
    "Nobody attacked the convoy, the ministry said.",
])
def test_a_negative_subject_negates_the_event(nlp, text):
    events = [e for e in code_doc(nlp(text)) if e.type == "ASSAULT"]
    assert events and all(e.negated for e in events)


def test_sanctions_a_state_could_impose_are_hypothetical(nlp):
    events = code_doc(nlp("Beijing warned it could impose sanctions on the island's leaders."))
    assert [e.type for e in events if not e.hypothetical] == ["THREATEN"]
    assert any(e.type == "SANCTION" and e.hypothetical for e in events)


@pytest.mark.parametrize("text", [
    "Rebels hand back seized territory",
    "The militia handed back the captured villages to the army on Friday.",
])
def test_handing_back_is_a_retreat_not_the_earlier_seizure(nlp, text):
    assert top(nlp, text)[0] == "RETREAT"

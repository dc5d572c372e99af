"""The cases the PLOVER manual settles in its "potential ambiguities" lists (events.ambiguities):
hostage rescues and debt forgiveness are AID, forces sent for disaster relief are AID, "returned
fire" is no return, missiles fired into the sea or test-fired are MOBILIZE weapons, supporters
mobilised to demonstrate are a PROTEST. The manual's own example sentences are paraphrased; the
rest is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Police in Porto freed eight trafficking victims during a raid on Tuesday.",
    "Twelve hostages were freed by commandos near the border.",
    "Soldiers rescued 10 hostages from the mountain camp.",
])
def test_a_rescue_of_captives_is_aid(nlp, text):
    assert top(nlp, text)[0] == "AID"


@pytest.mark.parametrize("text", [
    "The rebels freed the hostages after a ransom was paid.",
    "The kidnappers released the victims on Tuesday.",
    "The junta released 200 political prisoners on Friday.",
])
def test_captors_releasing_people_is_retreat(nlp, text):
    assert top(nlp, text)[0] == "RETREAT"


@pytest.mark.parametrize("text", [
    "The creditor group agreed to forgive a third of Malawi's loan obligations.",
    "The lenders agreed to cancel half of Zambia's debt.",
])
def test_debt_forgiveness_is_aid(nlp, text):
    assert top(nlp, text)[0] == "AID"


@pytest.mark.parametrize("text", [
    "The army was deployed to help flood victims in the delta.",
    "Troops were deployed for earthquake relief in the north.",
])
def test_forces_sent_for_disaster_relief_are_aid(nlp, text):
    assert top(nlp, text)[0] == "AID"


def test_troops_sent_against_rebels_still_mobilize(nlp):
    assert top(nlp, "Troops were deployed to the border to counter the rebels.")[0] == "MOBILIZE"


def test_returned_fire_is_an_assault_not_a_retreat(nlp):
    types = [t for t, _ in real(nlp, "Police units were called in and returned fire on the gang.")]
    assert "ASSAULT" in types and "RETREAT" not in types


def test_returning_to_barracks_is_still_a_retreat(nlp):
    assert top(nlp, "The army returned to its barracks after the coup attempt.")[0] == "RETREAT"


@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles into the sea off its east coast.",
    "The navy test-fired a new anti-ship missile on Friday.",
])
def test_a_show_of_missiles_is_mobilize_weapons(nlp, text):
    etype, _, mode = top(nlp, text)
    assert (etype, mode) == ("MOBILIZE", "weapons")


def test_rockets_fired_at_a_target_are_an_assault(nlp):
    assert top(nlp, "Militants fired rockets at the army base.")[0] == "ASSAULT"


def test_supporters_mobilized_to_demonstrate_protest(nlp):
    assert top(nlp, "Opposition leaders mobilized supporters to demonstrate in the capital.")[0] \
        == "PROTEST"


def test_summoning_an_ambassador_to_protest_is_accuse(nlp):
    text = "The foreign ministry summoned the Dutch ambassador to protest against the remarks."
    assert top(nlp, text)[0] == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The rebels called for an end to the war.",
    "Both warring parties called for an end to the conflict.",
])
def test_combatants_calling_for_peace_agree(nlp, text):
    assert top(nlp, text)[0] == "AGREE"


def test_a_third_party_calling_for_peace_requests(nlp):
    assert top(nlp, "The Pope called for an end to the war.")[0] == "REQUEST"


def test_barring_entry_is_reject(nlp):
    text = "Hungary barred a delegation of Swedish lawmakers from entering the country."
    assert top(nlp, text)[0] == "REJECT"


def test_an_arrest_warrant_in_absentia_is_a_threat(nlp):
    text = "A court in Lyon issued an arrest warrant in absentia for the former mayor."
    assert top(nlp, text)[:1] + top(nlp, text)[2:] == ("THREATEN", "arrest")


def test_a_cancelled_meeting_is_a_rejection(nlp):
    assert top(nlp, "The summit between the two presidents was cancelled.")[0] == "REJECT"


def test_an_emergency_over_floods_is_no_coercion(nlp):
    assert real(nlp, "The government declared a state of emergency after the floods.") == []


def test_an_emergency_against_protests_is_coercion(nlp):
    text = "The government declared a state of emergency to stop the opposition rallies."
    assert top(nlp, text)[0] == "COERCE"


def test_combatants_captured_are_an_abduction(nlp):
    assert top(nlp, "The army captured 15 rebel fighters near the river.") == \
        ("ASSAULT", "captured", "abduct")


def test_a_suspect_captured_by_police_is_an_arrest(nlp):
    assert top(nlp, "Police captured the suspected thief.")[0] == "COERCE"


def test_setting_fire_is_a_primitive_weapon(nlp):
    assert top(nlp, "The militants set fire to a church.")[2] == "primitive"


def test_opening_fire_is_firearms(nlp):
    assert top(nlp, "The gunmen opened fire on the crowd.")[2] == "firearms"


@pytest.mark.parametrize("text", [
    "Burundi expelled a BBC correspondent.",
    "The government expelled three foreign journalists on Tuesday.",
])
def test_people_expelled_from_a_country_are_deported(nlp, text):
    assert top(nlp, text)[0::2] == ("COERCE", "deport")


@pytest.mark.parametrize("text", [
    "Mali expelled the French ambassador.",
    "The party expelled two members for voting against the budget.",
    "The General Assembly expelled Russia from the Human Rights Council.",
    "The government expelled the charity from the country.",
    "Khartoum expelled twelve foreign aid workers.",
])
def test_diplomats_and_members_expelled_are_a_sanction(nlp, text):
    assert top(nlp, text)[0::2] == ("SANCTION", "expel")


def test_stripped_of_citizenship_is_coercion(nlp):
    assert top(nlp, "The government stripped the two dissidents of their citizenship.")[0] \
        == "COERCE"


def test_people_driven_from_their_homes_are_not_deported(nlp):
    etype, _, mode = top(nlp, "Hundreds of villagers were expelled from their homes by the militia.")
    assert (etype, mode) != ("COERCE", "deport")


@pytest.mark.parametrize("text", [
    "The president refused to meet the protesters.",
    "The police refused to allow the march.",
])
def test_refusing_something_about_a_protest_is_still_a_rejection(nlp, text):
    # the protest is what the refusal is about, not a protest whose topic the refusal would be
    assert "REJECT" in {t for t, _ in real(nlp, text)}


@pytest.mark.parametrize("text", [
    "Floods threaten the capital as the river rises.",
    "A locust plague threatening crops spread across the region.",
])
def test_hazards_threaten_without_a_threat(nlp, text):
    assert all(t != "THREATEN" for t, _ in real(nlp, text))


@pytest.mark.parametrize("text", [
    "Firefighters from the two nations are helping each other battle wildfires.",
    "The two countries pooled their resources to fight a locust plague.",
])
def test_help_both_ways_is_cooperation(nlp, text):
    assert top(nlp, text)[0] == "COOPERATE"


@pytest.mark.parametrize("text", [
    "The sit-in was called off after talks with the dean.",
    "Teachers returned to their classrooms on Monday, ending the strike.",
])
def test_a_protest_ended_is_a_concession(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The Pope received the Ukrainian president at the Vatican.",
    "The UN envoy shuttled between the two capitals this week.",
])
def test_receiving_a_visitor_and_shuttle_diplomacy_consult(nlp, text):
    assert top(nlp, text)[0] == "CONSULT"


@pytest.mark.parametrize("text", [
    "The hospital received 40 wounded people.",
    "The ministry received a letter from the embassy.",
])
def test_receiving_things_or_patients_is_no_meeting(nlp, text):
    assert all(t != "CONSULT" for t, _ in real(nlp, text))


def test_a_judicial_charge_is_an_accusation_not_a_statement(nlp):
    assert top(nlp, "Prosecutors charged the former governor with corruption.")[0] == "ACCUSE"


def test_a_charge_d_affaires_is_a_diplomat(nlp):
    text = "The ministry summoned the Russian charge d'affaires."
    assert [t for t, w in real(nlp, text) if w == "charge"] == []


def test_consultations_an_envoy_is_recalled_for_are_no_meeting(nlp):
    assert real(nlp, "Moscow recalled its ambassador for consultations.") == [("SANCTION", "recalled")]

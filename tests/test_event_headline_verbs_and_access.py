"""Present-tense headline verbs that spaCy reads as nouns ("Russia and Ukraine Exchange
Prisoners"), third parties let in (PLOVER RETREAT, mode access) and sit-ins by unarmed groups
(PROTEST, obstruct). Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

from dateline.events.headline_verbs import past_tense, verb_to_repair

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("base, past", [
    ("exchange", "exchanged"), ("arrest", "arrested"), ("ban", "banned"), ("deny", "denied"),
    ("hold", "held"), ("withdraw", "withdrew"), ("free", "freed"), ("admit", "admitted"),
    ("obey", "obeyed"),
])
def test_past_tense(base, past):
    assert past_tense(base) == past


@pytest.mark.parametrize("text, expected", [
    ("Russia and Ukraine Exchange Prisoners", ("RETREAT", "Exchange")),
    ("Army Returns Seized Land to Farmers", ("RETREAT", "Returns")),
    ("Kenya Returns Confiscated Equipment to Somali Traders", ("RETREAT", "Returns")),
    ("Denmark Arrests 20 in Regional Crackdown", ("COERCE", "Arrests")),
])
def test_a_present_tense_headline_verb_is_the_event(nlp, text, expected):
    assert top(nlp, text)[:2] == expected


def test_the_repair_needs_a_verb_reading_and_a_subject(nlp):
    doc = nlp("russia and ukraine exchange prisoners")
    assert verb_to_repair(doc[:]) == (3, "exchanged")
    # a noun subject ("Arrests of journalists") and a headline with a verb stay as parsed
    assert verb_to_repair(nlp("arrests of journalists spark outrage")[:]) is None
    assert verb_to_repair(nlp("the army withdrew from the town")[:]) is None


@pytest.mark.parametrize("text, trigger", [
    ("The government granted UN observers access to the detention camps.", "granted"),
    ("The junta permitted Red Cross inspectors to visit the prison.", "permitted"),
    ("Myanmar Junta Grants Red Cross Access to Prisons", "Grants"),
    ("Ethiopia Allows UN Observers Into Tigray", "Allows"),
])
def test_letting_third_parties_in_is_a_retreat(nlp, text, trigger):
    assert top(nlp, text)[:2] == ("RETREAT", trigger)


def test_restoring_access_for_everyone_stays_a_concession(nlp):
    assert top(nlp, "The government restored internet access in the region.")[0] == "CONCEDE"


@pytest.mark.parametrize("text", [
    "Students occupied a university building in Nairobi.",
    "Workers occupied the factory over unpaid wages.",
    "Students Occupy University Building in Nairobi",
])
def test_unarmed_groups_occupying_a_building_protest(nlp, text):
    assert top(nlp, text)[0] == "PROTEST"


def test_armed_groups_occupying_a_town_assault(nlp):
    assert ("ASSAULT", "occupied") in real(nlp, "Rebels occupied the town after heavy fighting.")


@pytest.mark.parametrize("text, expected", [
    # the subject is plural even when a place follows it: "Doctors in Nairobi Strike"
    ("Doctors in Nairobi Strike Over Unpaid Salaries", ("PROTEST", "Strike")),
    ("Teachers in Lagos Protest Pay Cuts", ("PROTEST", "Protest")),
])
def test_a_headline_verb_after_a_located_subject(nlp, text, expected):
    assert top(nlp, text)[:2] == expected


@pytest.mark.parametrize("text, expected", [
    # suspending one's own strike is a concession, whatever talks are pending (manual, CONCEDE)
    ("Unions in France Suspend Strike Pending Negotiations", "CONCEDE"),
    ("Unions in France suspended the strike pending negotiations.", "CONCEDE"),
    # a headline verb the lexicon does not list, announcing the event: a declared truce
    ("Rebels in Mali Announce Truce for Religious Holiday", "CONCEDE"),
    # suspending talks stays a SANCTION
    ("The government suspended talks with the rebels.", "SANCTION"),
])
def test_suspended_strikes_and_announced_truces(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_a_listed_subject_with_its_last_comma(nlp):
    # NGEC-style lists end with a comma before the verb: "Ghana, Togo, Exchange Prisoners"
    assert top(nlp, "Ghana, Togo, Exchange Prisoners")[:2] == ("RETREAT", "Exchange")


def test_a_noun_after_a_prepositions_object_is_no_verb(nlp):
    assert verb_to_repair(nlp("nepal: four killed in air strike")[:]) is None

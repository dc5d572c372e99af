"""Headlines that drop the passive auxiliary ("Curfew Lifted In Capital"): the measure named as
subject is what the concession takes back, not a coercion of its own; a ban on rallies holds no
rally. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger", [
    ("Curfew Lifted In Capital", "Lifted"),
    ("Sanctions Eased On Neighbour", "Eased"),
    ("Ban On Rallies Lifted", "Lifted"),
    ("Night Curfew Lifted In Border Towns", "Lifted"),
])
def test_the_lifted_measure_is_the_concessions_object(nlp, text, trigger):
    assert real(nlp, text) == [("CONCEDE", trigger)]


def test_a_measure_imposed_stays_coercion(nlp):
    assert top(nlp, "Curfew Imposed In Capital")[0] == "COERCE"


def test_a_ban_on_protests_holds_no_protest(nlp):
    assert real(nlp, "The government imposed a ban on protests in the capital.") == \
        [("COERCE", "ban")]


@pytest.mark.parametrize("text, expected", [
    ("Aid Suspended After Coup", "SANCTION"),
    ("Internet Restored In Restive Region", "CONCEDE"),
    ("Lockdown Ended In Capital", "CONCEDE"),
    ("Trade Ties Severed Over Dispute", "SANCTION"),
    ("Protest Leaders Detained", "COERCE"),
    ("Opposition Leader Arrested In Dawn Raid", "COERCE"),
    ("Restrictions On Media Tightened", "COERCE"),
])
def test_elided_passives_act_on_their_subject(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_a_subject_with_an_object_of_its_own_is_the_actor(nlp):
    # "the ministry" acts; the curfew it lifted is the object, as before
    assert real(nlp, "The ministry lifted the curfew on Monday.") == [("CONCEDE", "lifted")]


@pytest.mark.parametrize("text, expected", [
    # title-case NER reads "Will Lift Curfew" as a person's name
    ("Minister Says Government Will Lift Curfew", "CONCEDE"),
    ("Government Orders Closure Of Independent TV Station", "COERCE"),
    ("Court Orders Reinstatement Of Sacked Workers", "CONCEDE"),
    ("Leaders Say They Will Work Together On Security", "AGREE"),
])
def test_reported_and_ordered_acts_in_headlines(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_a_closure_that_no_authority_imposes_is_no_coercion(nlp):
    assert real(nlp, "The factory closure cost 300 jobs.") == []

"""Seizures by armed groups, walk-outs, marches met with violence, blocked websites, states of
emergency, phone calls, food distributions and reopened embassies, each with the same words in
a sense that names no such event. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("Pirates seized a cargo ship off the coast on Saturday.", "ASSAULT"),
    ("Customs officers seized a cargo of smuggled cigarettes at the port.", "COERCE"),
    ("Hundreds of garment workers walked off the job on Monday demanding higher wages.", "PROTEST"),
    ("Opposition supporters clashed with police in the capital as they marched towards parliament.",
     "PROTEST"),
    ("The authorities blocked access to several news websites ahead of the vote.", "COERCE"),
    ("Residents blocked access to the town hall to protest against the closure of the clinic.",
     "PROTEST"),
    ("The government declared a state of emergency in three provinces following weeks of unrest.",
     "COERCE"),
    ("The president spoke by telephone with his French counterpart on Monday.", "CONSULT"),
    ("The World Food Programme distributed food to 200,000 displaced people in the region.", "AID"),
    ("The British prime minister held talks in London with the Irish premier.", "CONSULT"),
])
def test_event_type(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_walking_out_of_talks_is_a_sanction_not_a_protest(nlp):
    assert top(nlp, "The delegation walked out of the talks on Tuesday.") == \
        ("SANCTION", "walked", "withdraw")


@pytest.mark.parametrize("text, absent", [
    ("The council held an emergency meeting on Monday.", "COERCE"),
    ("The minister spoke to reporters after the vote.", "CONSULT"),
    ("Volunteers distributed leaflets in the square.", "AID"),
])
def test_the_same_words_without_their_arguments(nlp, text, absent):
    assert absent not in [t for t, _ in real(nlp, text)]


def test_reopened_embassies_restore_relations(nlp):
    assert top(nlp, "The two countries reopened their embassies on Monday.")[0] == "SUPPORT"
    assert top(nlp, "The two countries agreed to reopen their embassies.")[0] == "AGREE"

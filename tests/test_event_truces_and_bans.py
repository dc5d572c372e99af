"""Words added to the lexicon on 2026-12-07 (second session), each bound to the arguments that
make it an event: a declared cessation of hostilities, a violated truce (CAMEO 196), a party
outlawed, citizenship stripped, war games. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("The president declared an open-ended cessation of hostilities on Monday.", "CONCEDE"),
    ("Rebels violated the ceasefire in the east on Sunday, the army said.", "ASSAULT"),
    ("Observers recorded 40 ceasefire violations in the region on Tuesday.", "ASSAULT"),
    ("The junta outlawed the two main opposition parties.", "COERCE"),
    ("Three dissidents were stripped of their citizenship by the interior ministry.", "COERCE"),
    ("The two navies held joint war games off the coast.", "COOPERATE"),
])
def test_event_type(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text, absent", [
    ("The company violated competition law, the regulator said.", "ASSAULT"),
    ("The sprinter was stripped of his title after a failed test.", "COERCE"),
])
def test_the_same_words_without_their_arguments(nlp, text, absent):
    assert absent not in [t for t, _ in real(nlp, text)]


# AID: "all provisions of providing material aid", asylum included; COERCE restrict: borders,
# schools or newspapers closed by the authorities.
@pytest.mark.parametrize("text, expected", [
    ("The development agency gave $2 million to the country's farmers.", "AID"),
    ("The army gave medical equipment to the regional hospital.", "AID"),
    ("The state accepted 1,500 refugees from the camps last year.", "AID"),
    ("The government closed its borders with three neighbours before the run-off vote.", "COERCE"),
])
def test_gifts_refuge_and_closures(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text, absent", [
    ("The minister gave a speech to business leaders in the capital.", "AID"),
    ("The party accepted the election result on Monday.", "AID"),
    ("Shares closed higher on Friday after the central bank's decision.", "COERCE"),
])
def test_gifts_and_closures_without_their_arguments(nlp, text, absent):
    assert absent not in [t for t, _ in real(nlp, text)]


def test_refusing_refugees_is_a_rejection(nlp):
    assert top(nlp, "Lebanon said it would not take in more refugees.")[0] == "REJECT"

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

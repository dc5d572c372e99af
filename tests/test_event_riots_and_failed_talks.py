"""Damage reported after a riot is the riot's (PROTEST, riot mode), and talks that collapsed are
no consultation. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The town hall was burned down after a night of rioting.",
    "Several cars were torched after a night of rioting in the port city.",
    "Shops were set ablaze amid riots over the price of bread.",
])
def test_damage_after_rioting_is_a_violent_demonstration(nlp, text):
    kind, _, mode = top(nlp, text)
    assert (kind, mode) == ("PROTEST", "riot")


def test_an_attack_after_a_peaceful_protest_stays_an_assault(nlp):
    assert top(nlp, "Gunmen shot dead two men after a protest in the market town.")[0] == "ASSAULT"


@pytest.mark.parametrize("text, expected", [
    ("Wage Negotiations Collapse As Dockworkers Strike Begins", "PROTEST"),
    ("Peace talks broke down on Sunday as shelling resumed near the border.", "ASSAULT"),
    ("Ceasefire negotiations collapsed and artillery fire hit the suburbs.", "ASSAULT"),
])
def test_collapsed_talks_give_way_to_what_happened(nlp, text, expected):
    assert top(nlp, text)[0] == expected
    assert "CONSULT" not in [t for t, _ in real(nlp, text)]


def test_talks_that_took_place_are_a_consultation(nlp):
    assert top(nlp, "Negotiators held talks in the capital on Monday.")[0] == "CONSULT"
    assert top(nlp, "The talks ended late on Friday after two days.")[0] == "CONSULT"


def test_the_subject_of_talks_is_no_event(nlp):
    assert top(nlp, "Ceasefire Talks Begin In Geneva")[0] == "CONSULT"
    assert "CONCEDE" not in [t for t, _ in real(nlp, "Ceasefire Talks Begin In Geneva")]

"""Wrong senses of ASSAULT words (2026-11-25): PLOVER ASSAULT is the use of force by an actor
against people or property. Fighting a fire, a disease or inflation, killing a bill or a deal,
and harm done by a fire or a flood are no ASSAULT; the plain senses still are.

Sentences written for these tests."""
from __future__ import annotations

import pytest

from dateline.events.coder import code_doc
from dateline.events.ranking import top_event

pytestmark = pytest.mark.slow


def types(nlp, text):
    return [e.type for e in code_doc(nlp(text)) if not e.negated]


@pytest.mark.parametrize("text", [
    # fighting / battling / attacking a fire
    "Volunteer crews battled a grass fire behind the school for most of the afternoon.",
    "Firefighters attacked the blaze from two sides.",
    "Crews were still fighting the flames at the timber yard on Monday night.",
    "Fire Crews Battle Brush Fire Near Mill Creek",
    "Firefighters Battle Wildfire in Northern Hills",
    # a disease, an outbreak, inflation, a problem
    "Nurses in the eastern province are fighting a measles outbreak.",
    "Doctors Fight Dengue Outbreak in River Towns",
    "The central bank said it would keep fighting inflation next year.",
    "The mayor promised to tackle the problem and combat the disease.",
    # killing a bill, a deal, a plan, a proposal, a project
    "The senator killed the bill in committee.",
    "The committee quietly killed the bill on Wednesday.",
    "Shareholders killed the merger deal late on Friday.",
    "The council killed the plan to build a new stadium.",
    "The governor killed the proposal and the pipeline project.",
    "The bill was killed by the finance committee.",
    "Senate Kills Farm Bill",
    # harm done by a fire or a disaster, not by an actor
    "A house fire killed two children in the suburb overnight.",
    "Floods killed dozens of people along the coast.",
])
def test_wrong_sense_is_no_assault(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


def test_vow_to_fight_inflation_is_no_threat(nlp):
    assert "THREATEN" not in types(nlp, "The finance minister vowed to fight inflation.")


@pytest.mark.parametrize("text", [
    "Gunmen killed four farmers near the village.",
    "Troops attacked rebel positions near the border.",
    "Rebels fought government soldiers outside the town.",
    "The army battled insurgents for control of the bridge.",
    "Soldiers opened fire on the crowd.",
    "Gunmen Open Fire at Wedding Party",
    "Police killed a suspect during the raid.",
])
def test_force_against_people_is_still_assault(nlp, text):
    e = top_event(code_doc(nlp(text)))
    assert e is not None and e.type == "ASSAULT"


def test_wildfire_has_no_firearms_mode(nlp):
    events = code_doc(nlp("Firefighters attacked a brush fire on Sunday."))
    assert not any(e.mode == "firearms" for e in events)


@pytest.mark.parametrize("text", [
    "The company announced plans to cut 500 jobs.",
    "The minister said the government was committed to reducing poverty.",
    "Scientists warned that the glacier could collapse within decades.",
    "The striker was banned for three matches after a red card.",
    "The two sides will meet again in the final on Sunday.",
])
def test_economy_science_and_sport_are_no_events(nlp, text):
    assert code_doc(nlp(text)) == []


@pytest.mark.parametrize("text, etype", [
    ("A human rights defender was detained in Minsk.", "COERCE"),
    ("The two rivals met in Geneva for talks.", "CONSULT"),
    ("The army warned that it would retaliate against any attack.", "THREATEN"),
])
def test_their_political_namesakes_stay_events(nlp, text, etype):
    assert etype in {e.type for e in code_doc(nlp(text))}

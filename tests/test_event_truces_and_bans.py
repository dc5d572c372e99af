"""Words added to the lexicon on 2026-12-07 (second session), each bound to the arguments that
make it an event: a declared cessation of hostilities, a violated truce (CAMEO 196), a party
outlawed, citizenship stripped, war games. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("The rebel commander declared a cessation of hostilities along the river front.", "CONCEDE"),
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
    ("A charity from Oslo gave 40,000 euros to the flooded villages.", "AID"),
    ("The navy gave tents and water pumps to the storm-hit islanders.", "AID"),
    ("Last winter the province accepted 300 refugees fleeing the drought.", "AID"),
    ("Citing unrest, the interior ministry closed the border crossings in the north.", "COERCE"),
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


# CAMEO 128 "defy norms, law" is REJECT; CAMEO 165 "halt mediation" and suspended supplies are
# SANCTION (withdraw / discontinue); peacekeepers withdrawn are SANCTION withdraw.
@pytest.mark.parametrize("text, expected", [
    ("The trawler fleet violated the ban on fishing in the bay, the coastguard said.", ("REJECT", None)),
    ("Two shipping firms violated the sanctions by selling fuel to the junta.", ("REJECT", None)),
    ("After a month without progress, the bishop ended his mediation efforts.",
     ("SANCTION", "withdraw")),
    ("The donor government halted grain supplies to the breakaway region.", ("SANCTION", None)),
    ("The UN withdrew its peacekeepers from the border zone.", ("SANCTION", "withdraw")),
])
def test_defiance_and_reductions(nlp, text, expected):
    etype, _, mode = top(nlp, text)
    assert etype == expected[0]
    if expected[1]:
        assert mode == expected[1]


def test_a_defied_ban_is_no_coercion(nlp):
    assert "COERCE" not in [t for t, _ in real(nlp, "The ship violated the arms embargo.")]


def test_supplies_cut_in_a_siege_stay_coercion(nlp):
    assert top(nlp, "The rebels cut off supplies to the besieged town.")[0] == "COERCE"


# AID: "military and police assistance including arms and personnel": forces sent to keep the
# peace and rescue or medical teams are aid; troops massed on a border are a MOBILIZE, and
# "riot police" hold no riot.
@pytest.mark.parametrize("text, expected", [
    ("Ghana sent 800 soldiers to serve with the UN peacekeeping force in Lebanon.", "AID"),
    ("Nepalese troops were deployed as peacekeepers in South Sudan last year.", "AID"),
    ("The city deployed three medical teams to the quake zone.", "AID"),
    ("The army deployed 10,000 troops along the northern border.", "MOBILIZE"),
])
def test_peacekeepers_and_rescuers_are_aid(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_riot_police_hold_no_riot(nlp):
    assert "PROTEST" not in [t for t, _ in real(nlp, "The government sent riot police to the port.")]


@pytest.mark.parametrize("text, expected", [
    ("The rebels let free twelve aid workers on Friday.", "RETREAT"),
    ("A charity flew eight tonnes of medicine into the besieged city.", "AID"),
    ("The small republic opened its borders to thousands of displaced families.", "AID"),
])
def test_releases_airlifts_and_open_borders(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text, absent", [
    ("The minister opened a new bridge over the river.", "AID"),
    ("The president flew to Paris on Monday.", "AID"),
])
def test_opening_and_flying_without_aid(nlp, text, absent):
    assert absent not in [t for t, _ in real(nlp, text)]


# PROTEST mode strike: a work stoppage is a strike, and a strike is not negated by the stoppage
# it is part of; "protest leaders" and "attack helicopters" name actors and weapons, not events;
# CONCEDE: tariffs cut are restrictions eased (tariffs imposed stay a SANCTION).
@pytest.mark.parametrize("text, expected", [
    ("About 900 miners stopped work in a strike for higher pay on Monday.", "PROTEST"),
    ("Bus drivers in the capital stopped work on Tuesday over unpaid wages.", "PROTEST"),
    ("Protest leaders have agreed to end the general strike that shut the port.", "CONCEDE"),
    ("The government cut tariffs on imported rice.", "CONCEDE"),
    ("The government imposed tariffs on imported steel.", "SANCTION"),
])
def test_stoppages_and_tariffs(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text, absent", [
    ("The alliance was offered attack helicopters and four warships.", "ASSAULT"),
    ("The convoy stopped at the checkpoint for an hour.", "PROTEST"),
])
def test_weapons_and_halts_that_are_no_event(nlp, text, absent):
    assert absent not in [t for t, _ in real(nlp, text)]


# ASSAULT: rockets launched at a place are an attack, a test launch into the sea a show of
# weapons (MOBILIZE); PROTEST: a site occupied to denounce something is a sit-in.
@pytest.mark.parametrize("text, expected", [
    ("Separatist gunners launched rockets in the direction of the airport overnight.", "ASSAULT"),
    ("Militants launched mortar shells at a police post.", "ASSAULT"),
    ("A dozen tenants' rights activists occupied a hotel lobby on Friday to denounce evictions.",
     "PROTEST"),
    ("Rebels occupied the town after heavy fighting.", "ASSAULT"),
])
def test_launches_at_targets_and_sit_ins(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# PROTEST: "collective actions carried out as protests": a crowd that takes over an office or
# drives in a convoy "to demand" something protests; a letter or a trip to demand is a REQUEST.
@pytest.mark.parametrize("text, expected", [
    ("Laid-off bakery workers took over the company's head office to demand severance pay.",
     "PROTEST"),
    ("Taxi drivers drove in a slow convoy through the city to demand lower fuel prices.",
     "PROTEST"),
    ("The workers wrote to the minister to demand back pay.", "REQUEST"),
    ("The opposition leader travelled to the capital to demand new elections.", "REQUEST"),
])
def test_crowds_acting_to_demand(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# COERCE is repression by those with power to arrest; people held by armed men or by a crowd
# are abducted (ASSAULT abduct; the manual: combatants captured are ASSAULT abduct).
@pytest.mark.parametrize("text, expected", [
    ("Villagers detained a suspected cattle thief in a shed until the next morning.",
     ("ASSAULT", "abduct")),
    ("Masked gunmen detained a local journalist at a roadblock.", ("ASSAULT", "abduct")),
    ("Police detained a suspected cattle thief in the village.", ("COERCE", "arrest")),
])
def test_who_holds_whom(nlp, text, expected):
    etype, _, mode = top(nlp, text)
    assert (etype, mode) == expected


# "At the call of the unions" names who convened a protest (no phone call, no CONSULT); "food
# delivery riders" are people, not an AID; a crowd that blocks a road "to denounce" something
# protests (the denunciation is the protest's topic).
@pytest.mark.parametrize("text, expected", [
    ("At the call of three farmers' unions, about 2,000 people marched through the city centre.",
     "PROTEST"),
    ("Food delivery riders gathered in front of the town hall to demand better pay.", "PROTEST"),
    ("Dozens of former fighters blocked the main road near their camp to denounce unpaid "
     "allowances.", "PROTEST"),
])
def test_protest_notes(nlp, text, expected):
    assert top(nlp, text)[0] == expected

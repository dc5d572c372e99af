"""Rules of the third session of 2026-12-07, from the PLOVER manual and CAMEO2PLOVER: what is
exchanged decides the event (fire: ASSAULT, prisoners: RETREAT, intelligence: COOPERATE, views:
none); an envoy is an event only when sent; approving a material measure is that measure;
cooperation on climate or culture is diplomatic SUPPORT; searching *for* someone coerces no one.
Every sentence is our own writing."""
from __future__ import annotations

import pytest
from dateline.events.coder import code_doc
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("Border guards and smugglers exchanged fire for an hour near the river.", "ASSAULT"),
    ("The two militias exchanged prisoners at a checkpoint on Sunday.", "RETREAT"),
    ("The armies swapped the bodies of soldiers killed in the spring offensive.", "RETREAT"),
    ("The coastguards of both states exchanged intelligence on trafficking boats.", "COOPERATE"),
])
def test_what_is_exchanged_decides(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_exchanged_views_is_a_consultation(nlp):
    # PLOVER CONSULT: "discussions"; no material exchange (revised in the eleventh round)
    assert real(nlp, "The two foreign ministers exchanged views on the drought.") == [
        ("CONSULT", "exchanged")]


@pytest.mark.parametrize("text", [
    "The UN envoy condemned the shelling of the hospital.",
    "A European envoy told reporters that the port was calm again.",
])
def test_an_envoy_who_acts_is_no_consult(nlp, text):
    assert "CONSULT" not in [t for t, _ in real(nlp, text)]


def test_an_envoy_sent_is_the_consult(nlp):
    assert [t for t, _ in real(nlp, "Nairobi sent an envoy to Juba on Friday.")] == ["CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("The development bank approved a $200 million loan to the island's government.", "AID"),
    ("Parliament approved the deployment of 300 troops to the border.", "MOBILIZE"),
    ("The senate approved the peace accord with the rebels.", "SUPPORT"),
])
def test_approving_a_measure_is_the_measure(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile and Norway will cooperate on climate change research.", "AGREE"),
    ("Chile and Norway cooperated closely on climate change at the summit.", "SUPPORT"),
    ("The two countries expanded cultural cooperation last year.", "SUPPORT"),
    ("The two countries stepped up cooperation on counterterrorism.", "COOPERATE"),
])
def test_diplomatic_and_material_cooperation(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_searching_for_suspects_is_no_coercion(nlp):
    types = [t for t, _ in real(nlp, "Police are searching for the men who robbed the bank.")]
    assert "COERCE" not in types
    assert top(nlp, "Soldiers searched the homes of opposition activists.")[0] == "COERCE"


# AGREE is the act of agreeing: an agreement already in being is only referred to.
@pytest.mark.parametrize("text", [
    "Under the accord, both armies will keep their artillery behind the river.",
    "The pact, which runs for ten years, is seen as a first step toward peace.",
    "Critics say the deal does little for the farmers of the valley.",
])
def test_an_agreement_referred_to_is_no_agree(nlp, text):
    assert "AGREE" not in [t for t, _ in real(nlp, text)]


@pytest.mark.parametrize("text", [
    "Negotiators for the two parties reached a deal on Sunday night.",
    "A deal was struck after twelve hours of talks.",
])
def test_an_agreement_reached_is_agree(nlp, text):
    assert top(nlp, text)[0] == "AGREE"


def test_a_verb_acting_on_the_deal_carries_the_event(nlp):
    assert top(nlp, "The ministers discussed the deal in Geneva on Friday.")[0] == "CONSULT"


@pytest.mark.parametrize("text", [
    "Students in Harare Request End to Exam Fee Rise",
    "Lawyers Urge Release of Detained Reporters",
])
def test_a_headline_request_outranks_what_it_asks_for(nlp, text):
    assert top(nlp, text)[0] == "REQUEST"


def test_a_headline_allegation_outranks_what_is_alleged(nlp):
    assert top(nlp, "Prosecutors in Lyon Allege Two Firms Violated Export Ban")[0] == "ACCUSE"


@pytest.mark.parametrize("text", [
    "Lesotho Agrees to Withdraw from Occupied Farmland",
    "The government agreed to withdraw its troops from the disputed valley.",
])
def test_an_agreed_retreat_is_a_concession(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The audit, released on Monday by the finance ministry, found the budget overspent.",
    "The army released a video of the parade in the capital.",
])
def test_releasing_a_document_frees_no_one(nlp, text):
    types = [t for t, _ in real(nlp, text)]
    assert "RETREAT" not in types and "CONCEDE" not in types


def test_visiting_a_site_is_no_consultation(nlp):
    types = [t for t, _ in real(nlp, "Inspectors visited the wreckage of the bridge on Friday.")]
    assert "CONSULT" not in types


def test_taking_to_the_streets(nlp):
    assert top(nlp, "Hundreds of teachers took to the streets of Lusaka over late salaries.")[0] \
        == "PROTEST"
    assert real(nlp, "The minister took to social media to share pictures of the new road.") == []


# COOPERATE: whatever two parties do or build "jointly" is a joint activity; joint forces are
# who acts, not what they do. Training another state's forces is military cooperation.
@pytest.mark.parametrize("text, expected", [
    ("Uganda and Kenya built a joint fish-processing plant on the lake shore.", "COOPERATE"),
    ("Zambia and Malawi Open Joint Border Post", "COOPERATE"),
    ("Turkish instructors trained 200 Somali police officers in Mogadishu.", "COOPERATE"),
    ("Joint forces of two militias attacked an army convoy near the bridge.", "ASSAULT"),
])
def test_joint_activities_and_training(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_a_coach_training_a_team_is_no_event(nlp):
    assert real(nlp, "The coach trained the national team for the qualifier.") == []


# SANCTION: cutting what others receive ("terminate ... commercial, or material exchanges"),
# or suspending a member; a concession halts one's own measure or protest.
@pytest.mark.parametrize("text, expected", [
    ("Algeria halted gas exports to its neighbour on Sunday.", ("SANCTION", "discontinue")),
    ("Government Halts Grain Exports to Neighbour", ("SANCTION", "discontinue")),
    ("The regional bloc suspended Guinea after the coup.", ("SANCTION", "expel")),
    ("The union suspended its strike at the port.", ("CONCEDE", None)),
])
def test_halting_exchanges_and_members(nlp, text, expected):
    t = top(nlp, text)
    assert (t[0], t[2]) == expected


def test_calling_off_ones_own_march_is_a_concession(nlp):
    assert top(nlp, "The organisers cancelled Sunday's march after meeting the governor.")[0] \
        == "CONCEDE"


# An incident dated by "after" happened, whatever the verb it attaches to intends: it is
# neither absorbed by an appeal nor hypothetical, and an appeal for witnesses reacts to it.
def test_an_incident_after_which_witnesses_are_sought(nlp):
    text = "Police Appeal for Witnesses After Bus Station Shooting"
    assert top(nlp, text)[0] == "ASSAULT"
    assert not [e for e in code_doc(nlp(text)) if e.type == "ASSAULT" and e.hypothetical]


@pytest.mark.parametrize("text", [
    "The navy will commission a new amphibious assault ship in the spring.",
    "Forty percent of voters disapprove of the new budget, a survey found.",
])
def test_weapons_and_polls_are_no_events(nlp, text):
    assert real(nlp, text) == []


def test_a_deal_with_striking_workers_is_the_news(nlp):
    assert top(nlp, "Mayor of Tartu Reaches an Agreement with Striking Bus Drivers")[0] == "AGREE"


# PLOVER CONCEDE: "declarations (but not implementations) of ceasefires"; a vow to retreat is
# a promise of it, not a threat.
@pytest.mark.parametrize("text, expected", [
    ("The rebels called a truce for the harvest festival.", "CONCEDE"),
    ("The rebels called for a truce during the harvest festival.", "REQUEST"),
    ("The militants declared an end to hostilities on Sunday.", "CONCEDE"),
])
def test_truces_called_and_ends_declared(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_a_vow_to_disarm_is_no_threat(nlp):
    types = [t for t, _ in real(nlp, "The rebel commander vowed to lay down arms by June.")]
    assert "THREATEN" not in types and "RETREAT" in types

"""Recipients (and a few actors) for constructions the actors stage handles since issue 4's
second pass: things handed over, claims answered, predicative adjectives, feelings expressed,
joint acts, one's own forces, facilities hit, and the scene country of unnamed groups.
Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from tests.test_actors import _one

pytestmark = pytest.mark.slow


def _texts(actors):
    return [a.text for a in actors]


# (sentence, trigger, type, recipient texts that must all be found, texts that must not be)
RECIPIENTS = [
    # an object noun hands its role on; a place it is "in" only when nothing else is named
    ("The rebels launched an assault on the army garrison in Tessalit.", "launched", "ASSAULT",
     ["the army garrison in Tessalit"], ["Tessalit"]),
    ("The envoy held talks in Geneva with Armenian negotiators.", "held", None,
     ["Armenian negotiators"], ["Geneva"]),
    ("The minister held talks with the Kenyan delegation at her office in Nairobi.", "held", None,
     ["the Kenyan delegation"], ["her office in Nairobi"]),
    ("The union called for sanctions against the mining company.", "called", None,
     ["the mining company"], []),
    # a facility is what is hit, not the town it stands in
    ("Gunmen stormed a police station in northern Kaduna.", "stormed", "ASSAULT",
     ["a police station in northern Kaduna"], ["northern Kaduna"]),
    # answering a claim answers its author
    ("The ministry rejected accusations by the opposition party.", "rejected", "REJECT",
     ["the opposition party"], []),
    ("The cabinet accepted the demands by striking nurses.", "accepted", "AGREE",
     ["striking nurses"], []),
    # a stance toward someone's act: "the council's decision"
    ("The governor condemned the army's decision.", "condemned", "ACCUSE",
     ["the army's decision"], []),
    # predicative adjectives and their complements
    ("Norway is ready to send medical teams to Malawi.", "is", None, ["Malawi"], ["medical teams"]),
    ("The senator is skeptical of the new Kenyan proposal.", "is", None, ["the new Kenyan proposal"], []),
    ("Canada is the largest donor to Haiti.", "is", None, ["Haiti"], []),
    # what a feeling is about, or to whom it goes
    ("The mayor voiced hope that the Bolivian government would reopen the border.", "voiced", None,
     ["the Bolivian government"], ["hope"]),
    ("Peru expressed condolences to Ecuador over the floods.", "expressed", None,
     ["Ecuador"], ["the floods", "condolences"]),
    # things handed over go to someone: the thing is no recipient
    ("The museum returned the stolen statues to their owners.", "returned", "AID",
     ["their owners"], ["the stolen statues"]),
    ("Japan donated two hundred generators to assist Tonga after the eruption.", "donated", "AID",
     ["Tonga"], ["two hundred generators"]),
    # one's own forces are moved, not targeted
    ("Chad withdrew its troops from the disputed border zone.", "withdrew", "RETREAT",
     ["the disputed border zone"], ["its troops"]),
    ("The king mobilized the army for a war against the northern tribes.", "mobilized", "MOBILIZE",
     ["the northern tribes"], ["the army"]),
    # both sides of a mediation
    ("Qatar launched a mediation effort between Sudan and Chad.", "launched", None,
     ["Sudan", "Chad"], ["a mediation effort"]),
    # "called on X to do Y": X is asked
    ("The bishops called on the Zambian government to free the journalists.", "called", "REQUEST",
     ["the Zambian government"], []),
    # a measure falls on the place it is declared in
    ("The president declared a state of emergency in Cochabamba.", "declared", None,
     ["Cochabamba"], ["a state of emergency in Cochabamba"]),
    ("Police remained on alert in Lusaka.", "remained", None, ["Lusaka"], ["alert"]),
    # a passive subject who is a participant keeps the recipient role to itself
    ("Three Thai fishermen were released from captivity on Monday.", "released", "CONCEDE",
     ["Three Thai fishermen"], ["captivity"]),
    # abstract objects are no participants
    ("Riot police fired tear gas and rubber bullets.", "fired", "ASSAULT", [], ["tear gas", "rubber bullets"]),
    ("The council issued a statement on Friday.", "issued", None, [], ["a statement"]),
    # "called for X to do Y": X is the one asked
    ("The minister called for Kenya to reopen the border.", "called", "REQUEST", ["Kenya"], ["the border"]),
    # a named thing a measure falls on, and a group talks are held with
    ("The council will not lift the ban on Radio Okapi.", "lift", None, ["Radio Okapi"], ["the ban"]),
    ("The government ended its talks with the striking dockers.", "ended", None,
     ["the striking dockers"], []),
    # a person and their office side by side form one mention
    ("The Pope met Angela Merkel, the German chancellor, in Rome.", "met", "CONSULT",
     ["Angela Merkel, the German chancellor"], []),
    ("The Pope will meet Emmanuel Macron in Paris next week.", "meet", "CONSULT",
     ["Emmanuel Macron"], ["Emmanuel Macron in Paris"]),
]


@pytest.mark.parametrize("text,word,etype,expected,forbidden", RECIPIENTS, ids=[c[0][:40] for c in RECIPIENTS])
def test_recipient_constructions(text, word, etype, expected, forbidden):
    event = _one(text, word, etype)
    found = _texts(event.recipients)
    for want in expected:
        assert want in found, (want, found)
    for bad in forbidden:
        assert bad not in found, (bad, found)
    if not expected:
        assert found == [], found
    for actor in (*event.actors, *event.recipients):
        assert text[actor.start:actor.end] == actor.text


# "X and Y did it together": both are actors; the thing they agreed on is no recipient
MUTUAL = [
    ("Ghana and Togo agreed to a ceasefire along the border.", "agreed", "AGREE"),
    ("Peru and Chile signed a fishing agreement on Monday.", "signed", None),
    ("Kenyan and Ugandan negotiators failed to reach a deal on the fishing rights.", "failed", None),
    ("The Dutch and Belgian navies began a joint exercise in the North Sea.", "began", None),
]


@pytest.mark.parametrize("text,word,etype", MUTUAL, ids=[c[0][:40] for c in MUTUAL])
def test_joint_acts_have_no_thing_recipient(text, word, etype):
    event = _one(text, word, etype)
    assert event.recipients == [], _texts(event.recipients)
    assert event.actors and all(a.country for a in event.actors), [(a.text, a.country) for a in event.actors]


def test_joint_act_keeps_a_named_partner():
    event = _one("Peru signed a fishing agreement with Chile.", "signed", "AGREE")
    assert "Chile" in _texts(event.recipients)


def test_who_dies_is_the_recipient():
    event = _one("A Kurdish prisoner died in custody in Diyarbakir.", "died", "ASSAULT")
    assert "A Kurdish prisoner" in _texts(event.recipients)
    assert "A Kurdish prisoner" not in _texts(event.actors)


def test_passive_without_agent_takes_the_actor_of_its_when_clause():
    event = _one("Three villagers were killed when Fulani gunmen attacked the market.", "killed", "ASSAULT")
    assert _texts(event.actors) == ["Fulani gunmen"]
    assert _texts(event.recipients) == ["Three villagers"]


def test_participle_of_a_thing_takes_the_actor_of_its_verb():
    # "carried out shellings targeting X": the shellings are what the forces did
    text = "Turkish forces carried out shellings targeting Kurdish militants near Duhok."
    event = _one(text, "targeting", "ASSAULT")
    assert _texts(event.actors) == ["Turkish forces"] and event.actors[0].country == "TUR"
    assert "Kurdish militants" in _texts(event.recipients)


def test_participle_of_a_group_keeps_the_group_as_actor():
    event = _one("Militants attacking the convoy fled into the hills.", "attacking", "ASSAULT")
    assert _texts(event.actors) == ["Militants"]


# the scene country of unnamed groups: where the event happens, not what it is about
SCENES = [
    # the place the verb happens in outranks a place hanging on a noun ("the war in Ukraine")
    ("Hundreds of people demonstrated in Saalfeld against the war in Ukraine.", "demonstrated", "PROTEST", "DEU"),
    # a place noun after the name ("Kathua city") is no part of the name
    ("Water workers held a protest at Kathua city to demand their wages.", "protest", "PROTEST", "IND"),
    # an unknown village is placed by the districts in brackets after it
    ("Gunmen attacked soldiers in Elmatalla (Rafah, North Sinai) on Sunday.", "attacked", "ASSAULT", "EGY"),
    # a state named after the town, as in "in San Isidro de Lagunas, Oaxaca"
    ("In San Isidro de Lagunas, Oaxaca, gunmen kidnapped two teachers.", "kidnapped", "ASSAULT", "MEX"),
    # "through" a town is a scene too
    ("About 200 residents marched through Sigmaringen on Saturday.", "marched", "PROTEST", "DEU"),
]


@pytest.mark.parametrize("text,word,etype,country", SCENES, ids=[c[0][:40] for c in SCENES])
def test_scene_country_of_unnamed_groups(text, word, etype, country):
    event = _one(text, word, etype)
    assert event.actors and event.actors[0].country == country, [(a.text, a.country) for a in event.actors]


# an actor word before an event noun names who does it; a victim or captive word does not
@pytest.mark.parametrize("text, word, etype, actor, sector", [
    ("The rebel pullback left the town without a garrison.", "pullback", "RETREAT", "rebel", "REB"),
    ("A police raid on the market ended before dawn.", "raid", "COERCE", "police", "COP"),
    ("The army withdrawal from the valley was completed on Friday.", "withdrawal", "RETREAT", "army", "MIL"),
])
def test_actor_word_before_an_event_noun(text, word, etype, actor, sector):
    event = _one(text, word, etype)
    assert [(a.text, a.sector) for a in event.actors] == [(actor, sector)]


@pytest.mark.parametrize("text, word, etype", [
    ("The prisoner release was delayed by a day.", "release", "RETREAT"),
    ("Military aid reached the port on Monday.", "aid", "AID"),
])
def test_victim_or_kind_word_is_no_actor(text, word, etype):
    assert not [a for a in _one(text, word, etype).actors if a.text]


def test_a_country_accused_is_not_the_scene_of_unnamed_accusers():
    # "police" have no nationality; Uganda is whom they accuse, not where they are
    event = _one("Clashes broke out in Nairobi on Monday. Later the police accused Uganda of "
                 "arming the militia.", "accused", "ACCUSE")
    assert [a.country for a in event.actors if a.text == "the police"] == ["KEN"]

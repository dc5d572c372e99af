"""Eleventh-round rules, each from the PLOVER manual: ordinary verbs that name mutual
cooperation when done together, trade and intelligence (COOPERATE), reproach and scrutiny
words (ACCUSE), crowds filling public space, vigils and unrest (PROTEST), and concessions
declared rather than carried out (CONCEDE), with the senses of the same words that are no
event. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


# COOPERATE: "Initiate, resume, improve, or expand mutual material cooperation or exchange",
# economic, judicial, and "sharing of intelligence"; one state building alone is no event.
@pytest.mark.parametrize("text", [
    "Chile and Argentina Resume Trade After Two-Year Freeze",
    "Trade Between India and Bangladesh Surges to Record",
    "Peru and Bolivia Jointly Develop Lithium Deposits",
    "Morocco Passes Intelligence on Militants to Spain",
    "Police of Two Nations Unite to Dismantle Smuggling Ring",
    "Egypt and Sudan Interconnect Their Power Grids",
    "Germany and Poland Merge Border Police Units",
])
def test_mutual_cooperation_named_by_ordinary_verbs(nlp, text):
    assert top(nlp, text)[0] == "COOPERATE"


@pytest.mark.parametrize("text", [
    "China is building a new dam on the Mekong river.",
    "The company will develop a new vaccine next year.",
    "The factory produces 300 cars a day.",
    "The trade minister arrived in Geneva on Monday.",
    "A trade war between the two powers has hurt markets.",
    "He passed the exam in June.",
    "The two parties merged in 2015.",
])
def test_building_and_trade_words_without_partners(nlp, text):
    assert real(nlp, text) == []


# ACCUSE: "criticize, denounce", "allege", "investigate"; the same words in other senses are
# no event.
@pytest.mark.parametrize("text", [
    "Ukraine Says Russia Responsible for Dam Collapse",
    "Minister Points Finger at Neighbour Over Border Shooting",
    "Opposition Leader Lashes Out at Government Over Price Rises",
    "President Faults Parliament for Budget Delays",
    "Foreign Ministry Brands Rival's Election a Sham",
    "Auditors Question Ministry's Spending on Arms",
    "Watchdog Uncovers Abuses at State Prisons",
    "Government Reprimands Envoy Over Remarks",
    "Senate Panel Examines Claims of Vote Rigging",
    "Activists Expose Corruption in Ministry of Health",
    "Editorial Assails Government's Handling of Floods",
    "Report Implicates Army in Village Massacre",
    "European Union Voices Outrage Over Journalist's Jailing",
    "The minister faulted the police for the delay.",
])
def test_reproach_and_scrutiny(nlp, text):
    assert top(nlp, text)[0] == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The man was responsible for the company's accounts.",
    "The doctor examined the patient on Monday.",
    "Police questioned the driver after the crash.",
    "Scientists uncovered a fossil in the desert.",
    "The brand launched a new phone.",
])
def test_reproach_words_in_other_senses(nlp, text):
    assert real(nlp, text) == []


# A headline of outrage over a measure reports the measure; "expressed concern" is a
# pessimistic comment (CAMEO 012), no accusation.
@pytest.mark.parametrize("text, expected", [
    ("Outrage Over Northland Repression", "COERCE"),
    ("Analysts expressed concern about inflation.", None),
])
def test_outrage_and_concern(nlp, text, expected):
    found = top(nlp, text)
    assert (found[0] if found else None) == expected


# PROTEST: "All civilian demonstrations and other collective actions carried out as protests";
# water in the streets or unrest as a backdrop is none.
@pytest.mark.parametrize("text", [
    "Thousands Flood Streets of Capital Over Fuel Prices",
    "Opposition Supporters Pour Into Streets After Vote",
    "Truckers Converge on Capital in Convoy Against Vaccine Rules",
    "Candlelight Vigil Held for Slain Journalist",
    "Unrest Spreads Across Northern Cities",
    "Tens of thousands flooded the streets of Caracas on Saturday to demand new elections.",
])
def test_crowds_in_public_space(nlp, text):
    assert top(nlp, text)[0] == "PROTEST"


@pytest.mark.parametrize("text", [
    "Heavy rain flooded the streets of the capital on Tuesday.",
    "Investment poured into the city after the reforms.",
    "The stadium was filled with fans.",
    "Markets fell amid political unrest.",
])
def test_crowd_words_in_other_senses(nlp, text):
    assert real(nlp, text) == []


# CONCEDE: "declarations (but not implementations) of ceasefires and withdrawals from
# territory", "Announcements of future retreats"; CAMEO 08 yields: accede to demands for a
# change of regime or for rights, accept an outcome. The retreats carried out stay RETREAT.
@pytest.mark.parametrize("text, expected", [
    ("Militia Says It Will Stop Attacks During Elections", "CONCEDE"),
    ("The militia said it would stop attacks on civilians.", "CONCEDE"),
    ("The militia stopped its attacks after the truce took hold.", "RETREAT"),
    ("Militants Announce End to Armed Struggle", "CONCEDE"),
    ("Military Announces Halt to Offensive", "CONCEDE"),
    ("Army Suspends Operations Against Rebels for Talks", "CONCEDE"),
    ("Insurgent Group Renounces Violence", "CONCEDE"),
    ("Country Renounces Claim to Disputed Islands", "CONCEDE"),
    ("Rebel Leader Gives Up Demand for Independence", "CONCEDE"),
    ("Army to Pull Out of Northern Towns, Minister Says", "CONCEDE"),
    ("Government Says Troops Will Leave the Border Area by March", "CONCEDE"),
    ("Russian troops left the town of Izium on Saturday.", "RETREAT"),
    ("Rebels Say They Will Hand Back Captured Territory", "CONCEDE"),
    ("The rebels handed back the captured town to the army.", "RETREAT"),
    ("Junta Promises Return to Democracy", "CONCEDE"),
    ("Military Rulers Set Date for Return to Civilian Rule", "CONCEDE"),
    ("Military Government Restores Constitution", "CONCEDE"),
    ("Government Accepts Independent Inquiry Into Killings", "CONCEDE"),
    ("Government Recognizes Rights of Indigenous Groups", "CONCEDE"),
    ("France recognized the new government in Tripoli.", "SUPPORT"),
    ("Authorities Free Up Access to Social Media", "CONCEDE"),
    ("President Steps Back From Plan to Extend Term", "CONCEDE"),
])
def test_declared_concessions(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "Hundreds of families left their villages as the river rose.",
    "The minister left the country on Monday.",
])
def test_leaving_without_forces(nlp, text):
    assert real(nlp, text) == []


# The outcome of talks is the news: "negotiations produce promises" is the promise (AGREE).
def test_outcome_of_talks_ranks_first(nlp):
    assert top(nlp, "Secret Negotiations in Northland Produce Promises to Support Rebels")[0] \
        == "AGREE"


# CONSULT: "Holding talks and discussions"; a grand jury convened to investigate is no meeting.
@pytest.mark.parametrize("text, expected", [
    ("Two Sides Convene to Review Implementation of Accord", "CONSULT"),
    ("Ministers Huddle Over Draft Agreement", "CONSULT"),
    ("Officials Sit Down to Hammer Out Details of Trade Pact", "CONSULT"),
    ("Leaders Exchange Views on Security Cooperation", "CONSULT"),
    ("Northland Convenes Grand Jury to Investigate Corruption", "ACCUSE"),
])
def test_meeting_words(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# COOPERATE: another state's forces or exercise joined; enlisting is no event.
@pytest.mark.parametrize("text, expected", [
    ("Nigerian Soldiers Join Cameroonian Troops in Operation Against Boko Haram", "COOPERATE"),
    ("Egypt Sends Warships to Join Saudi Naval Exercise", "COOPERATE"),
    ("He joined the army at eighteen.", None),
])
def test_joining_other_forces(nlp, text, expected):
    found = top(nlp, text)
    assert (found[0] if found else None) == expected


# ASSAULT: a deadly raid, a seizure or a raid by armed men or bandits, a bomber's strike; an
# appeal for evacuation after an airstrike reacts to the attack, which is the news.
@pytest.mark.parametrize("text", [
    "After Deadly Raid, Villagers Plead for Army Protection",
    "Armed Men Seize Town Hall and Demand Governor's Resignation",
    "Bandits Raid Village and Demand Payment From Farmers",
    "Officials Call for Evacuation After Airstrike Hits Market",
    "A suicide bomber struck a crowded mosque in the city on Friday.",
])
def test_attacks_named_by_their_attackers(nlp, text):
    assert top(nlp, text)[0] == "ASSAULT"


def test_police_raid_stays_coercion(nlp):
    assert top(nlp, "Police raided the offices of an opposition newspaper.")[0] == "COERCE"


# More of the same, second batch: reproach, scrutiny and blame (ACCUSE), crowds heckling and
# general strikes by their South Asian names (PROTEST), climb-downs, apologies and acquittals
# (CONCEDE), markets opened (COOPERATE); and the senses of these words that are none.
@pytest.mark.parametrize("text, expected", [
    ("Northland Disapproves of Neighbour's Nuclear Tests", "ACCUSE"),
    ("Opposition Objects to Election Timetable", "ACCUSE"),
    ("Investigators Suspect Militia in Village Killings", "ACCUSE"),
    ("Senator Calls Out Ministry Over Missing Funds", "ACCUSE"),
    ("Officials Link Rebels to Kidnapping Plot", "ACCUSE"),
    ("Police attributed the bombing to a separatist group.", "ACCUSE"),
    ("The watchdog reported the ministry to the anti-graft agency.", "ACCUSE"),
    ("Minister Blasts Opposition Over Budget Vote", "ACCUSE"),
    ("Bomb Blasts Rock Capital", "ASSAULT"),
    ("President Faces Backlash Over Pardon Plan", "ACCUSE"),
    ("Parliament Votes to Impeach President", "ACCUSE"),
    ("Crowd Heckles Minister at Rally", "PROTEST"),
    ("Opposition Calls Hartal Across Bangladesh", "PROTEST"),
    ("Residents Jeer Governor During Visit to Flooded Town", "PROTEST"),
    ("Government Climbs Down Over Fuel Tax", "CONCEDE"),
    ("Leader Owns Up to Failures in Pandemic Response", "CONCEDE"),
    ("Parliament Waters Down Controversial Security Bill", "CONCEDE"),
    ("Government Extends Olive Branch to Rebels", "CONCEDE"),
    ("Minister Says Sorry for Remarks on Migrants", "CONCEDE"),
    ("Opposition Leader Cleared of All Charges", "CONCEDE"),
    ("Appeals Court Reduces Sentences of Protest Leaders", "CONCEDE"),
    ("Northland Opens Its Market to Southland Goods", "COOPERATE"),
])
def test_second_vocabulary_batch(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "The new road links the town to the coast.",
    "The boat was tied to the pier.",
    "Doctors suspect food poisoning.",
    "Staff reported to work on Monday.",
    "I feel sorry for the victims.",
    "The stock market opened higher on Monday.",
    "The doctors reduced the dose.",
])
def test_second_batch_words_in_other_senses(nlp, text):
    assert real(nlp, text) == []


# AID: "Military and police assistance including arms and personnel": forces sent to help
# another state, military advisers or instructors sent; COOPERATE: forces fighting alongside
# another state's army; a deployment for one's own border stays MOBILIZE.
@pytest.mark.parametrize("text, expected", [
    ("Rwanda deployed 1,000 troops to help Mozambique fight insurgents.", "AID"),
    ("Northland Deploys Military Advisers to Southland", "AID"),
    ("Northland Sends Special Forces to Fight Alongside Southland Army", "COOPERATE"),
    ("The army deployed troops to help secure the border.", "MOBILIZE"),
    ("Russia deployed troops along the border with Ukraine.", "MOBILIZE"),
    ("Police deployed officers with dogs to the stadium.", "MOBILIZE"),
])
def test_forces_sent_to_partners(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# ASSAULT, mode abduct ("abduct, kidnap, hostage-taking"): what hostage-takers demand is a term
# of the hostage-taking; appeals for revenge, action or supplies after an attack react to it.
@pytest.mark.parametrize("text", [
    "Hijackers Demand Safe Passage to Neighbouring Country",
    "Kidnappers Demand Five Million Dollars for Release of Engineers",
    "Mourners Call for Revenge After Village Massacre",
    "Calls for Action Grow After Militants Kill Twenty",
    "Residents Beg for Protection as Gangs Terrorize Town",
    "Doctors Appeal for Supplies as Wounded Flood Hospitals After Bombing",
])
def test_demands_of_hostage_takers_and_reactions(nlp, text):
    assert top(nlp, text)[0] == "ASSAULT"


def test_demand_of_protesters_stays_request(nlp):
    assert top(nlp, "Teachers Demand Pay Rise Before New School Year")[0] == "REQUEST"


# Review mends: a cause that "brought" protests stays the news; trade that collapsed is no
# cooperation; an apology with a copula; a state that will leave a base; a grand jury convened
# in the passive; help named by a people; a crowd's conjoined verb.
@pytest.mark.parametrize("text, expected", [
    ("The attack brought protests across the country.", "ASSAULT"),
    ("The minister said he was sorry for his remarks.", "CONCEDE"),
    ("Russia will leave the base, the ministry said.", "CONCEDE"),
    ("A grand jury was convened to investigate the shooting.", "ACCUSE"),
    ("The railway was built with Chinese help.", "COOPERATE"),
    ("Thousands marched and flooded the main square.", "PROTEST"),
])
def test_review_mends(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_collapsed_trade_is_no_cooperation(nlp):
    assert "COOPERATE" not in [t for t, _ in real(
        nlp, "Trade between the two countries collapsed after the border clash.")]

"""Tenth-round rules, each from the PLOVER manual: truces agreed to and stances given up
(CONCEDE), protesters who receive a concession (no PROTEST of their own), forces that train
together (COOPERATE), a ransom demanded by captors (ASSAULT, abduct), a finite verb coordinated
with a request (a clause of its own), and dismissals ("fired the governor", no ASSAULT). Every
sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


# CONCEDE: "declarations (but not implementations) of ceasefires"; an agreed implementation
# stays a RETREAT + future, which is left as it is.
@pytest.mark.parametrize("text, expected", [
    ("Rebels Agree to Ceasefire", "CONCEDE"),
    ("Warring Factions Agree to Truce", "CONCEDE"),
    ("The warring factions agreed to a truce on Sunday.", "CONCEDE"),
    ("All Sides in Border War Agree to Implement Ceasefire", "RETREAT"),
    ("Rebels agreed to lay down their arms.", "RETREAT"),
])
def test_truces_agreed_to(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# CONCEDE: "Announcements of future retreats should be coded as CONCEDE", also announced as a
# plan; a release already made stays a RETREAT.
@pytest.mark.parametrize("text, expected", [
    ("Junta Announces Plan to Release Detainees", "CONCEDE"),
    ("The government announced plans to free 300 prisoners.", "CONCEDE"),
    ("The president announced the release of a journalist held hostage for a year.", "RETREAT"),
])
def test_retreats_announced_as_plans(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# CONCEDE: yielding a position or a measure of one's own ("softening a stance", "withdrawing a
# demand"); troops pulled back from positions are a RETREAT.
@pytest.mark.parametrize("text, expected", [
    ("Northland Pulls Back From Plan to Raise Tariffs", "CONCEDE"),
    ("Northland Backs Away From Threat to Expel Diplomats", "CONCEDE"),
    ("Northland Retreats From Hardline Stance on Migration", "CONCEDE"),
    ("Northland Withdraws Demand for Compensation", "CONCEDE"),
    ("The ministry retreated from its plan to close rural clinics.", "CONCEDE"),
    ("The soldiers pulled back from their positions near the border.", "RETREAT"),
])
def test_stances_given_up(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# PLOVER PROTEST is the demonstration itself: protesters who win, or are granted, a concession
# are its beneficiaries; strikers returning to work end their strike (CONCEDE).
@pytest.mark.parametrize("text", [
    "Demonstrators Win Concessions From City Hall",
    "Demonstrators won concessions from city hall on Monday.",
    "The government bowed to pressure from protesters.",
    "The president announced an amnesty for protesters.",
    "Striking Miners Return to Work After Pay Deal",
])
def test_protesters_who_receive_a_concession(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


def test_protesters_still_protest(nlp):
    assert top(nlp, "Protesters marched through the capital on Friday.")[0] == "PROTEST"
    assert top(nlp, "Thousands of protesters gathered outside parliament.")[0] == "PROTEST"


# COOPERATE: "military exchanges such as joint military games and maneuvers".
@pytest.mark.parametrize("text", [
    "Kenya Sends Soldiers to Train Alongside Ugandan Forces",
    "Chile Hosts Peruvian Troops for Joint War Games",
    "Chilean and Peruvian Forces Train Together",
    "Chile and Peru Join Forces to Fight Wildfires",
])
def test_forces_training_together(nlp, text):
    assert top(nlp, text)[0] == "COOPERATE"
    assert "ASSAULT" not in [t for t, _ in real(nlp, text)]


def test_a_coach_training_is_no_event(nlp):
    assert top(nlp, "The coach trained the players together on Sunday.") is None


# ASSAULT, mode abduct: "abduct, kidnap, hostage-taking"; a ransom demanded by the captors is
# that hostage-taking. A family raising a ransom asks for no one's abduction.
def test_a_ransom_demanded_by_captors(nlp):
    assert top(nlp, "Militants Demand Ransom After Kidnapping Aid Workers")[:3:2] == (
        "ASSAULT", "abduct")
    assert top(nlp, "The kidnappers demanded a ransom of two million dollars.")[0] == "ASSAULT"
    assert "ASSAULT" not in [t for t, _ in real(
        nlp, "The family appealed for donations to pay the ransom.")]


def test_growing_calls_are_a_request(nlp):
    assert top(nlp, "Calls Grow for Probe After Soldiers Shoot Civilians")[0] != "CONSULT"


# A finite verb coordinated with a request is a clause of its own, not what is asked for.
def test_a_coordinated_act_is_no_request(nlp):
    e = top(nlp, "Mob Calls for Death of Blasphemy Suspect, Beats Him")
    assert e[0] == "ASSAULT"
    assert top(nlp, "The rebels called for talks and released two hostages.")[0] == "RETREAT"
    # an infinitive still is what is asked for
    assert top(nlp, "The union called on workers to march and to strike.")[0] == "REQUEST"


# "Fired the governor": a dismissal, no use of force; "fired on protesters" is.
def test_a_dismissal_is_no_assault(nlp):
    assert "ASSAULT" not in [t for t, _ in real(nlp, "The president fired his defence minister on Monday.")]
    assert ("ASSAULT", "fired") in real(nlp, "Soldiers fired on protesters in the capital.")


# CONCEDE: "promises that certain things will *not* happen" (force or prosecution forgone) and
# dissent allowed ("let the opposition hold a rally").
@pytest.mark.parametrize("text", [
    "Government Agrees to Let Opposition Hold Rally",
    "The government agreed to let the opposition hold a rally.",
    "Police Will Not Break Up Sit-In, Chief Says",
    "Protesters will not be prosecuted, the authorities said.",
])
def test_dissent_allowed_and_force_forgone(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


def test_breaking_up_needs_a_gathering(nlp):
    assert ("COERCE", "broke") in real(nlp, "Police broke up the sit-in with batons.")
    assert top(nlp, "The couple broke up last year.") is None


# ACCUSE, mode disapprove: "diplomatic protests"; a country protesting an act is a state's
# complaint, a crowd protesting a tax a PROTEST.
@pytest.mark.parametrize("text, expected", [
    ("Chile Protests Peruvian Incursion Into Its Waters", "ACCUSE"),
    ("Chile protested the Peruvian incursion into its waters.", "ACCUSE"),
    ("Farmers protested the new tax in Lima.", "PROTEST"),
    ("Thousands protested in Santiago on Sunday.", "PROTEST"),
])
def test_a_state_protesting_complains(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# CONSULT: "visiting and hosting visits" ("welcomed his counterpart"), talks resumed, a dialogue;
# welcoming a decision is SUPPORT.
@pytest.mark.parametrize("text, expected", [
    ("Chilean President Welcomes Peruvian Counterpart in Santiago", "CONSULT"),
    ("The king welcomed the Iranian foreign minister at the palace.", "CONSULT"),
    ("The president welcomed the court's decision.", "SUPPORT"),
    ("Peace Negotiators Reconvene After Summer Break", "CONSULT"),
    ("Chile and Peru Launch Dialogue on Migration", "CONSULT"),
])
def test_visits_hosted_and_talks_resumed(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# COOPERATE: "sharing of intelligence", "economic exchange", research together; AID stays
# what "primarily benefits" the recipient. Stepping up cooperation is no MOBILIZE.
@pytest.mark.parametrize("text, expected", [
    ("Chile Provides Peru With Intelligence on Cartels", "COOPERATE"),
    ("Chile Supplies Gas to Peru Under New Trade Deal", "COOPERATE"),
    ("Chile and Peru Scientists Collaborate on Climate Research", "COOPERATE"),
    ("Chile and Peru Ramp Up Cooperation on Cybersecurity", "COOPERATE"),
    ("Russia ramped up weapons production last year.", "MOBILIZE"),
    ("The EU supplied food aid to Peru.", "AID"),
    ("Japan provided Chile with emergency equipment after the quake.", "AID"),
])
def test_material_cooperation_and_aid(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# COOPERATE: "joint military games and maneuvers" include another state's exercise joined and
# patrols or deployments carried out with another state's forces; a single state's drill or
# deployment stays MOBILIZE.
@pytest.mark.parametrize("text, expected", [
    ("Chilean Jets Take Part in Peru-Led Air Exercise", "COOPERATE"),
    ("Chile Joins Peru in Naval Exercises", "COOPERATE"),
    ("Chilean Troops Participate in Multinational Exercise Hosted by Peru", "COOPERATE"),
    ("Chilean and Peruvian Soldiers Patrol Border Together", "COOPERATE"),
    ("Chile and Peru Mobilize Troops for Joint Border Patrols", "COOPERATE"),
    ("Chile Deploys Warships to Join Peruvian Navy in Anti-Piracy Mission", "COOPERATE"),
    ("Russia held naval exercises in the Baltic.", "MOBILIZE"),
    ("The navy deployed warships to the strait.", "MOBILIZE"),
])
def test_exercises_and_patrols_with_other_states(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# CONCEDE: a government acceding to political reform (CAMEO 083) is a "promise of future
# concessions"; parties agreeing among themselves, or agreeing to meet, stay AGREE.
@pytest.mark.parametrize("text, expected", [
    ("President Offers to Hold Early Elections", "CONCEDE"),
    ("Government Offers to Share Power With Opposition", "CONCEDE"),
    ("Government Agrees to Autonomy for Region", "CONCEDE"),
    ("The government agreed to hold early elections.", "CONCEDE"),
    ("Rival Parties Agree On Power-Sharing Arrangement", "AGREE"),
    ("The two countries agreed to hold talks next month.", "AGREE"),
])
def test_political_reform_conceded(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# REQUEST asks someone for something: police seeking suspects ask no one; gunmen demanding cash
# at gunpoint rob (ASSAULT).
def test_searches_and_robberies_are_no_requests(nlp):
    assert top(nlp, "Police Seek Suspects After Bomb Kills Five")[0] == "ASSAULT"
    assert "REQUEST" not in [t for t, _ in real(nlp, "Police are seeking two suspects in the killing.")]
    assert top(nlp, "Gunmen Demand Cash Before Shooting Shopkeeper")[0] == "ASSAULT"
    assert top(nlp, "The government sought international help.")[0] == "REQUEST"


# A vow to stand by an ally is a promise (AGREE), not a threat; support announced is expressed
# now (SUPPORT); condolences offered are an empathetic comment (CAMEO 018), no event.
@pytest.mark.parametrize("text, expected", [
    ("Chile Vows to Stand by Peru in Border Dispute", "AGREE"),
    ("Chile Announces Support for Peru Resolution at UN", "SUPPORT"),
    ("Chile announced its support for the Peruvian resolution.", "SUPPORT"),
    ("Chile Offers Condolences to Peru After Disaster", None),
    ("Chile offered Peru a loan of 100 million dollars.", "AGREE"),
])
def test_vows_announcements_and_condolences(nlp, text, expected):
    e = top(nlp, text)
    assert (e[0] if e else None) == expected


# PLOVER: "Military cooperation or defense should be coded as COOPERATE": forces sent under a
# defence pact, officers exchanged for training, forces of another state trained; arms sold to
# another state are an economic exchange. A deployment with no ally stays MOBILIZE, a prisoner
# swap a RETREAT.
@pytest.mark.parametrize("text, expected", [
    ("Chile Deploys Troops to Peru Under Defense Pact", "COOPERATE"),
    ("Chile Stations Troops in Peru Under Mutual Defense Treaty", "COOPERATE"),
    ("Chile and Peru Exchange Military Officers for Training", "COOPERATE"),
    ("Chile and Peru exchanged students under a new program.", "COOPERATE"),
    ("Chile Trains Peruvian Special Forces", "COOPERATE"),
    ("Chile Sells Fighter Jets to Peru", "COOPERATE"),
    ("Russia deployed troops to the border under the pretext of exercises.", "MOBILIZE"),
    ("The two countries exchanged prisoners on Friday.", "RETREAT"),
])
def test_military_cooperation_under_pacts(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# Ranking: an appeal for blood, help or mercy that follows an attack in the same sentence
# reacts to it (the attack is the news), as does a reaction the attack "sparked"; begging for
# a release is a REQUEST, not the release.
@pytest.mark.parametrize("text, expected", [
    ("Doctors Appeal for Blood After Bombing", "ASSAULT"),
    ("Hospital Calls for Blood Donations After Suicide Attack", "ASSAULT"),
    pytest.param("The hospital appealed for blood donors after the bombing.", "ASSAULT",
                 marks=pytest.mark.xfail(reason="known limitation: the parse attaches 'after the "
                                         "bombing' to 'donors', two arcs below the appeal",
                                         strict=True)),
    ("The killing of the activist sparked protests in the capital.", "ASSAULT"),
    ("Family Begs for Release of Kidnapped Journalist", "REQUEST"),
    ("The government appealed for international aid after the floods.", "REQUEST"),
])
def test_reactions_rank_below_the_attack(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# Attacks suspended, paused or scaled back are conceded like suspended protests (and a pause
# agreed to is a truce); a suspended bombing campaign is no SANCTION.
@pytest.mark.parametrize("text", [
    "Military Suspends Bombing Campaign",
    "Air Force Pauses Airstrikes for Holiday",
    "Army Announces Pause in Fighting",
    "The army announced a pause in the fighting.",
    "Warring Parties Agree to Humanitarian Pause",
    "Army Scales Back Operations in Restive Province",
])
def test_attacks_suspended(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


# CONCEDE, "suspending protests": also in a headline's passive, or as the upshot of an offer
# accepted; protesters going home after a concession hold no PROTEST.
@pytest.mark.parametrize("text", [
    "Demonstrations Suspended as Talks Progress",
    "Union Accepts Pay Offer, Ending Strike",
    "Protesters Go Home After Government Scraps Tax",
])
def test_protests_given_up(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


# Strengthening military ties is cooperation, not a build-up of forces (MOBILIZE needs the
# forces themselves); forces mobilised in a joint operation cooperate.
@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru Strengthen Military Ties", "COOPERATE"),
    ("Chile and Peru Mobilize Forces in Joint Operation Against Rebels", "COOPERATE"),
    ("Russia beefed up its military presence near the border.", "MOBILIZE"),
])
def test_ties_strengthened_and_forces_built_up(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# A crowd leaving, clearing or ending the site of its protest ends the protest (CONCEDE,
# "suspending protests"); troops vacating a city retreat; tenants leaving a building or crews
# clearing a road are no event. Protesters who release captives are who releases.
@pytest.mark.parametrize("text, expected", [
    ("Protesters Vacate Square After Deal With Government", "CONCEDE"),
    ("Students Leave Occupied Campus After Talks", "CONCEDE"),
    ("Protesters Withdraw From Parliament Grounds", "CONCEDE"),
    ("Activists End Occupation of Ministry", "CONCEDE"),
    ("Strikers Withdraw Pickets From Factory Gates", "CONCEDE"),
    ("Demonstrators Retreat From Main Square", "CONCEDE"),
    ("Protesters Release Detained Police Officers", "RETREAT"),
    ("Russian troops vacated the city on Friday.", "RETREAT"),
    ("The tenants left the building in the morning.", None),
    ("Crews cleared the road after the landslide.", None),
])
def test_crowds_leaving_their_protest(nlp, text, expected):
    e = top(nlp, text)
    assert (e[0] if e else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Government Agrees to Review Controversial Law", "CONCEDE"),
    ("Government Agrees to Recognize Opposition Party", "CONCEDE"),
    ("Ruling Party Agrees to Share Seats With Opposition", "CONCEDE"),
    pytest.param("Government Bows to Pressure, Agrees to Reform Police", "CONCEDE",
                 marks=pytest.mark.xfail(reason="known limitation: the headline parse makes "
                                         "'bows' the subject of 'agrees'", strict=True)),
    ("Regime Agrees to UN Monitoring of Elections", "CONCEDE"),
    ("Government Agrees to Compensate Victims of Crackdown", "AGREE"),
])
def test_policy_changes_conceded(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# CONSULT: a delegation sent for negotiations; talks that "yield progress" concede nothing.
@pytest.mark.parametrize("text, expected", [
    ("Chile Sends Delegation to Peru for Negotiations", "CONSULT"),
    ("Talks Between Chile and Peru Yield Progress", "CONSULT"),
    ("The government yielded to pressure from unions.", "CONCEDE"),
])
def test_delegations_and_productive_talks(nlp, text, expected):
    assert top(nlp, text)[0] == expected


# An agreement or deal that ends a strike, a blockade or protests is its CONCEDE; strikers who
# accept a deal and return to work end their strike.
@pytest.mark.parametrize("text", [
    "Teachers' Union Reaches Deal to End Strike",
    "Deal Reached to End Blockade",
    "Strikers Accept Deal, Return to Work",
])
def test_deals_that_end_protests(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


# ACCUSE: holding someone responsible is blame; "Amnesty" before "report" is the rights group.
def test_blame_and_the_rights_group(nlp):
    assert top(nlp, "Chile Holds Peru Responsible for Attack")[0] == "ACCUSE"
    assert top(nlp, "Chile holds Peru responsible for the attack.")[0] == "ACCUSE"
    assert "CONCEDE" not in [t for t, _ in real(nlp, "Amnesty Report Details Torture by Security Forces")]
    assert top(nlp, "The president granted an amnesty to rebels.")[0] == "CONCEDE"


# RETREAT: an army withdrawing from the streets withdraws its forces (no SANCTION), also where
# the headline parses "Army" as a modifier; quitting talks stays SANCTION withdraw.
def test_an_army_leaving_the_streets(nlp):
    assert top(nlp, "Army Withdraws From Streets After Deal With Opposition")[0] == "RETREAT"
    assert top(nlp, "The rebels withdrew from the peace talks.")[0] == "SANCTION"


# An agreement or promise named as broken, kept or doubted was made before: no AGREE now.
@pytest.mark.parametrize("text", [
    "Chile Says Peru Reneged on Deal",
    "Chile Questions Peru's Commitment to Peace Deal",
    "Peru Failed to Honor Commitments, Chile Says",
])
def test_broken_agreements_are_no_agreement(nlp, text):
    assert "AGREE" not in [t for t, _ in real(nlp, text)]


def test_agreements_reached_still_agree(nlp):
    assert top(nlp, "Chile and Peru reached an agreement on fishing rights.")[0] == "AGREE"
    assert top(nlp, "The rebels agreed to the deal.")[0] == "AGREE"


# CONCEDE: "declarations (but not implementations) of ... withdrawals from territory" (a
# declared withdrawal, a timetable for one, a decision to withdraw, territory to be ceded) and
# claims relinquished; an ordered pull-back is carried out (RETREAT).
@pytest.mark.parametrize("text, expected", [
    ("Chile Declares Withdrawal From Disputed Territory", "CONCEDE"),
    ("Chile Announces Timetable for Troop Withdrawal", "CONCEDE"),
    ("Chile Decides to Withdraw From Disputed Territory", "CONCEDE"),
    ("Chile Will Cede Control of Border Town", "CONCEDE"),
    ("Chile Relinquishes Claim to Disputed Islands", "CONCEDE"),
    ("Chile Orders Troops to Pull Back From Border", "RETREAT"),
    ("Shoigu ordered the withdrawal of Russian troops from Kherson.", "RETREAT"),
])
def test_withdrawals_declared_and_claims_given_up(nlp, text, expected):
    assert top(nlp, text)[0] == expected

"""Paraphrased headlines and leads, written for dateline, coded to their PLOVER type.

Short news headlines (title case, as wire headlines are) and lead sentences in the constructions
the coder confused on news it had never seen: concessions read as coercion, retreats or
agreements; cooperation read as agreement, aid or retreat; accusations topped by the attack
accused of; attacks topped by an appeal; consultations topped by the agreement discussed;
mobilizations missed. Every sentence is our own writing.
"""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow

CASES = [
    # PLOVER CONCEDE: easing or lifting restrictions, curfews and sanctions, suspending protests,
    # declared ceasefires and withdrawals, amnesties, pardons, apologies and regrets, yielding to
    # demands, a measure taken back, announced future withdrawals and releases.
    ('CONCEDE', 'Government Lifts Nighttime Curfew In Northern Province'),
    ('CONCEDE', 'Authorities Ease Travel Restrictions On Opposition Leaders'),
    ('CONCEDE', 'The interior ministry lifted the curfew in the capital on Tuesday.'),
    ('CONCEDE', 'President Grants Amnesty To Jailed Protesters'),
    ('CONCEDE', 'The president pardoned 40 political prisoners on Monday.'),
    ('CONCEDE', 'Union Suspends Planned Strike After Wage Offer'),
    ('CONCEDE', 'Rebel Group Declares Unilateral Ceasefire'),
    ('CONCEDE', 'The army announced it would withdraw its troops from the border region.'),
    ('CONCEDE', 'Minister Apologizes For Police Violence Against Students'),
    ('CONCEDE', 'The prime minister apologised for the deaths of the villagers.'),
    ('CONCEDE', 'Government Accepts Opposition Demand For Electoral Reform'),
    ('CONCEDE', 'Government Agrees To Opposition Demands After Weeks Of Protests'),
    ('CONCEDE', 'Junta Drops Charges Against Detained Journalists'),
    ('CONCEDE', 'Court Acquits Opposition Leader Of Corruption Charges'),
    ('CONCEDE', 'Military Rulers Reverse Ban On Political Parties'),
    ('CONCEDE', 'Authorities Relax Restrictions On Foreign Media'),
    ('CONCEDE', 'Government Scraps Controversial Fuel Tax After Protests'),
    ('CONCEDE', 'The government bowed to pressure and withdrew the contested bill.'),
    ('CONCEDE', 'Officials Express Regret Over Border Incident'),
    ('CONCEDE', 'Protesters Call Off Demonstration After Talks With Mayor'),
    ('CONCEDE', 'Regime Unbans Opposition Newspaper'),
    ('CONCEDE', 'Ministry Reopens Border Crossing For Traders'),
    ('CONCEDE', 'Government Eases Lockdown Measures In Capital'),
    ('CONCEDE', 'Authorities Lift Sanctions On Neighbouring Country'),
    ('CONCEDE', 'The cabinet lifted the state of emergency on Friday.'),
    ('CONCEDE', 'Teachers End Strike After Government Meets Pay Demands'),
    ('CONCEDE', 'Prime Minister Offers Concessions To Striking Farmers'),
    ('CONCEDE', 'Government Yields To Demands Of Protesting Farmers'),
    ('CONCEDE', 'King Commutes Death Sentences Of Dissidents'),
    ('CONCEDE', 'Government Halts Construction Of Disputed Dam After Protests'),
    ('CONCEDE', 'Government Eases Crackdown On Opposition'),
    ('CONCEDE', 'Authorities End Lockdown In Northern City'),
    ('CONCEDE', 'Regime Lifts Media Blackout In Restive Province'),
    ('CONCEDE', 'Government Halts Deportations Of Refugees'),
    ('CONCEDE', 'Authorities Suspend Arrests Of Protest Leaders'),
    ('CONCEDE', 'Government Drops Ban On Opposition Newspaper'),
    ('CONCEDE', 'President Lifts Martial Law In Southern Region'),
    ('CONCEDE', 'Authorities Unblock Social Media Sites'),
    ('CONCEDE', 'Government Ends Internet Shutdown After Week'),
    ('CONCEDE', 'Junta Relaxes Censorship Rules'),
    ('CONCEDE', 'Authorities Reopen Closed Newspapers'),
    ('CONCEDE', 'Government Halts Evictions After Protests'),
    ('CONCEDE', 'Regime Ends Emergency Rule'),
    ('CONCEDE', 'Authorities Ease Restrictions On Gatherings'),
    ('CONCEDE', 'The government ended the nationwide lockdown on Sunday.'),
    ('CONCEDE', 'Officials lifted the blockade of the port after negotiations.'),
    ('CONCEDE', 'Government Lifts Blockade On Rebel-Held Town'),
    ('CONCEDE', 'Government Lifts Ban On Protests'),
    ('CONCEDE', 'Military Government Reverses Decision To Arrest Opposition Leaders'),
    ('CONCEDE', 'Authorities Suspend Curfew For Holiday'),
    ('CONCEDE', 'Government Calls Off Military Operation In North'),
    ('CONCEDE', 'Army Halts Offensive After Peace Appeal'),
    ('CONCEDE', 'Government Lifts Ban On Opposition Rallies'),
    ('CONCEDE', 'Authorities Agree To Lift Curfew After Talks With Elders'),
    ('CONCEDE', 'Junta Promises To Release Political Detainees'),
    ('CONCEDE', 'Government Pledges To Withdraw Troops From Disputed Region'),
    ('CONCEDE', 'Parliament Repeals Controversial Security Law'),
    ('CONCEDE', 'The government repealed the emergency decree on Monday after weeks of unrest.'),
    ('CONCEDE', 'Government Backs Down On Fuel Price Hike'),
    ('CONCEDE', 'Mayor Rescinds Order Banning Street Vendors'),
    ('CONCEDE', 'Police Chief Apologizes To Families Of Slain Protesters'),
    ('CONCEDE', 'Authorities Loosen Restrictions On Internet Access'),
    ('CONCEDE', 'Farmers Suspend Protest After Government Promises Subsidies'),
    ('CONCEDE', 'Workers Call Off Strike After Pay Deal'),
    ('CONCEDE', 'The union suspended its strike after the ministry accepted its demands.'),
    ('CONCEDE', 'Interim Government Announces Ceasefire In Eastern Provinces'),
    ('CONCEDE', 'Court Overturns Conviction Of Opposition Activist'),
    ('CONCEDE', 'President Commutes Sentence Of Jailed Dissident'),
    ('CONCEDE', 'Government Caves To Pressure, Cancels Fuel Price Rise'),
    ('CONCEDE', 'Authorities Ease Curfew As Calm Returns To City'),
    ('CONCEDE', 'Government Accepts Demands Of Striking Doctors'),
    ('CONCEDE', 'Ministry Concedes Errors In Handling Of Refugee Crisis'),
    ('CONCEDE', 'Governor Lifts State Of Emergency In Flood-Hit Region'),
    ('CONCEDE', 'Government Withdraws Controversial Media Bill'),
    ('CONCEDE', "Army Chief Apologises For Soldiers' Abuses"),
    ('CONCEDE', 'Regime Lifts Travel Ban On Dissidents'),
    ('CONCEDE', 'Authorities Suspend Planned Tax Increase'),
    ('CONCEDE', 'Government Concedes To Demands Of Striking Nurses'),
    ('CONCEDE', 'Authorities Announce End To Curfew'),
    ('CONCEDE', 'Strikers Suspend Walkout After Pay Deal'),
    ('CONCEDE', 'President Pardons Jailed Journalists'),
    ('CONCEDE', 'Junta Eases Restrictions On Political Activity'),
    ('CONCEDE', 'Government Meets Demands Of Protesting Students'),
    ('CONCEDE', 'Government Ends State Of Emergency'),
    ('CONCEDE', 'Army Declares Truce For Religious Holiday'),
    ('CONCEDE', 'Police Lift Roadblocks Around Capital'),
    ('CONCEDE', 'Junta Lifts Restrictions On Opposition Parties Ahead Of Vote'),
    ('CONCEDE', 'Government Suspends Controversial Eviction Orders'),
    ('CONCEDE', 'Prime Minister Apologizes For Deadly Police Raid'),
    ('CONCEDE', 'Strikers Return To Work After Deal'),
    ('CONCEDE', "Officials Agree To Protesters' Demands, End Standoff"),
    # PLOVER COOPERATE: joint exercises and operations, shared intelligence, extraditions,
    # economic exchange initiated or expanded (a trade deal put in force).
    ('COOPERATE', 'Police Forces Share Intelligence On Smuggling Networks'),
    ('COOPERATE', 'Country Extradites Suspect To Neighbour'),
    ('COOPERATE', 'The two countries launched joint patrols along their shared border.'),
    ('COOPERATE', 'Navies Hold Joint Exercises In Disputed Sea'),
    ('COOPERATE', 'Intelligence Agencies Exchange Information On Militant Group'),
    ('COOPERATE', 'The two governments expanded economic cooperation on Tuesday.'),
    ('COOPERATE', 'Countries Launch Joint Operation Against Drug Traffickers'),
    ('COOPERATE', 'Spain extradited the banker to Argentina on Thursday.'),
    ('COOPERATE', 'The two armies conducted a joint military exercise near the border.'),
    ('COOPERATE', 'Neighbours Boost Economic Cooperation'),
    ('COOPERATE', 'Police From Both Countries Cooperate On Trafficking Case'),
    ('COOPERATE', 'Governments Begin Joint Investigation Into Smuggling Ring'),
    ('COOPERATE', 'Ministries Coordinate Response To Cross-Border Crime'),
    ('COOPERATE', 'Scientists From Rival States Collaborate On Vaccine'),
    ('COOPERATE', 'Police Of Two Countries Conduct Joint Raid On Smuggling Ring'),
    ('COOPERATE', 'Intelligence Services Coordinate To Foil Plot'),
    ('COOPERATE', 'Countries Deepen Military Cooperation With Arms Co-Production'),
    ('COOPERATE', 'Both Governments Exchange Prisoner Records In Judicial Cooperation'),
    ('COOPERATE', 'Countries Share Satellite Data To Track Storms'),
    ('COOPERATE', 'Customs Officials Of Both Countries Launch Joint Inspections'),
    ('COOPERATE', 'Two Countries Launch Joint Naval Patrols'),
    ('COOPERATE', 'Navies Conduct Joint Drills In Gulf'),
    ('COOPERATE', 'Police From Two Countries Launch Joint Crackdown On Smugglers'),
    ('COOPERATE', 'Customs Agencies Share Data To Fight Fraud'),
    ('COOPERATE', 'Prosecutors From Three Countries Cooperate In War Crimes Case'),
    ('COOPERATE', 'Armies Carry Out Joint Patrols Along Border'),
    ('COOPERATE', 'The countries began exchanging intelligence on armed groups.'),
    ('COOPERATE', 'Energy Firms Of Both Countries Launch Joint Venture'),
    ('COOPERATE', 'Country Extradites Former Minister To Face Trial'),
    ('COOPERATE', 'Navies Begin Joint Maneuvers Off Coast'),
    ('COOPERATE', 'Two Countries Conduct Joint Patrols On Lake'),
    ('COOPERATE', 'Border Agencies Launch Joint Operation Against Smugglers'),
    ('COOPERATE', 'Governments Expand Trade Cooperation'),
    ('COOPERATE', 'The two states have begun sharing intelligence on cross-border militants.'),
    ('COOPERATE', 'Countries Implement Free Trade Agreement'),
    ('COOPERATE', 'Nations Begin Implementing Customs Union Deal'),
    ('COOPERATE', 'Free Trade Pact Between Neighbours Takes Effect'),
    ('COOPERATE', 'The two countries began implementing their trade agreement on Monday.'),
    ('COOPERATE', 'Governments Launch Joint Infrastructure Project'),
    ('COOPERATE', 'Ports Authorities Cooperate To Curb Smuggling'),
    ('COOPERATE', 'Energy Ministries Launch Joint Power Grid Project'),
    # PLOVER ACCUSE: blame, accusations, condemnations, lawsuits, investigations, diplomatic
    # protests; the act accused of (often an ASSAULT) is the accusation's topic, not the top event.
    ('ACCUSE', 'Government Blames Rebels For Bombing Of Market'),
    ('ACCUSE', 'Opposition Accuses Army Of Killing Civilians'),
    ('ACCUSE', 'The ministry charged that rebel forces had shelled a hospital.'),
    ('ACCUSE', 'Rights Group Alleges Torture Of Detainees By Police'),
    ('ACCUSE', 'UN Condemns Airstrike On Refugee Camp'),
    ('ACCUSE', 'Activists Sue Government Over Killing Of Protesters'),
    ('ACCUSE', 'Prosecutors Open Investigation Into Massacre Of Villagers'),
    ('ACCUSE', 'The government blamed separatists for the bombing of a railway line.'),
    ('ACCUSE', 'Officials Criticize Police Over Shooting Of Students'),
    ('ACCUSE', 'Police Launch Probe Into Killing Of Journalist'),
    ('ACCUSE', 'Human rights groups denounced the arrest of the activists.'),
    ('ACCUSE', 'Opposition Accuses Government Of Arresting Critics'),
    ('ACCUSE', 'Ministry Condemns Rocket Attack On Embassy'),
    ('ACCUSE', 'Residents Blame Army For Destruction Of Homes'),
    ('ACCUSE', 'The foreign minister condemned the bombing of the consulate.'),
    ('ACCUSE', 'Government Accuses Rebels Of Massacring Villagers'),
    ('ACCUSE', 'Activists Blame Police For Deaths Of Two Protesters'),
    ('ACCUSE', 'Neighbour Accused Of Shelling Border Town'),
    ('ACCUSE', 'Military Blamed For Airstrike On Wedding Party'),
    ('ACCUSE', "Country Condemns Neighbour's Missile Strike On Port"),
    ('ACCUSE', 'Opposition Denounces Killing Of Journalist By Security Forces'),
    ('ACCUSE', 'UN Slams Attacks On Aid Convoys'),
    ('ACCUSE', 'Police Chief Charged Over Shooting Of Unarmed Man'),
    ('ACCUSE', 'Court Opens Case Against Officers In Torture Of Detainee'),
    ('ACCUSE', 'President Orders Probe Into Deadly Clashes'),
    ('ACCUSE', 'Government Launches Investigation Into Bombing'),
    ('ACCUSE', 'Families Accuse Army Of Abducting Sons'),
    ('ACCUSE', 'Lawmakers Criticize Government Over Raids On Mosques'),
    ('ACCUSE', 'Ministry Blames Separatists For Explosion At Railway Station'),
    ('ACCUSE', 'Country Protests Shooting Of Its Fishermen'),
    ('ACCUSE', 'Officials Condemn Burning Of Churches'),
    ('ACCUSE', 'The ministry blamed the rebels for an attack that killed four soldiers.'),
    ('ACCUSE', 'Residents accused the police of beating demonstrators during the rally.'),
    ('ACCUSE', 'Government Accuses Neighbour Of Shelling Border Villages'),
    ('ACCUSE', 'Minister Blames Opposition For Violence At Rally'),
    ('ACCUSE', 'Rights Group Condemns Killing Of Activist'),
    ('ACCUSE', 'Army Denounces Rebel Attack On Aid Convoy'),
    ('ACCUSE', 'Police Investigate Bombing Of Bus'),
    ('ACCUSE', 'Families Sue Army Over Deaths Of Villagers'),
    ('ACCUSE', 'Opposition Charges Government With Rigging Election'),
    ('ACCUSE', 'Commission To Probe Police Shooting Of Protesters'),
    ('ACCUSE', 'Watchdog Criticises Government Crackdown On Media'),
    ('ACCUSE', 'The minister accused the army of torturing prisoners.'),
    ('ACCUSE', 'Opposition Leader Slams Arrest Of Journalists'),
    ('ACCUSE', 'Opposition Blames Government For Deadly Clashes In Capital'),
    ('ACCUSE', 'Army Accused Of Bombing Civilian Neighbourhoods'),
    ('ACCUSE', 'UN Investigators Probe Massacre In Northern Villages'),
    ('ACCUSE', 'President Condemns Suicide Bombing At Mosque'),
    ('ACCUSE', 'Activists Denounce Police Raids On Newspaper Offices'),
    ('ACCUSE', 'Foreign Ministry Protests Over Border Shooting'),
    ('ACCUSE', 'Prosecutors Charge Soldiers With Murder Of Farmers'),
    ('ACCUSE', 'Family Files Lawsuit Over Killing Of Teenager By Police'),
    ('ACCUSE', 'The opposition accused security forces of torturing detainees.'),
    ('ACCUSE', 'Neighbouring State Slams Missile Test'),
    ('ACCUSE', 'Rights Groups Decry Arrests Of Activists'),
    ('ACCUSE', 'Government Alleges Foreign Hand In Attack On Refinery'),
    ('ACCUSE', 'Ombudsman Opens Inquiry Into Deaths In Custody'),
    ('ACCUSE', 'Government Blames Militants After Bomb Kills Five'),
    ('ACCUSE', 'Police Investigate After Gunmen Attack Bank'),
    ('ACCUSE', 'President Condemns Attack That Killed Ten Soldiers'),
    # PLOVER CONSULT: talks, meetings, visits, phone calls, summits; the agreement talked about
    # is their topic.
    ('CONSULT', 'Leaders Hold Talks On Border Dispute'),
    ('CONSULT', 'President Meets Opposition Leader To Discuss Election Deal'),
    ('CONSULT', 'Foreign Ministers Meet To Discuss Ceasefire Agreement'),
    ('CONSULT', 'Prime Minister Hosts Neighbouring Leader For Talks On Trade Agreement'),
    ('CONSULT', 'Envoys Gather For Summit On Regional Security'),
    ('CONSULT', 'Delegations Negotiate Terms Of Peace Deal'),
    ('CONSULT', 'Minister Visits Capital For Talks On Water Agreement'),
    ('CONSULT', 'Presidents Meet To Discuss Peace Agreement'),
    ('CONSULT', 'Rivals Hold Talks On Ceasefire Deal'),
    ('CONSULT', 'Foreign Minister Discusses Trade Agreement With Counterpart'),
    ('CONSULT', 'Leaders Hold Phone Call On Nuclear Accord'),
    ('CONSULT', 'Negotiators Meet In Geneva Over Peace Accord'),
    ('CONSULT', 'Envoy Visits Capital For Talks'),
    ('CONSULT', 'The prime minister hosted the king for talks on a new trade agreement.'),
    ('CONSULT', 'Leaders Discuss Implementation Of Peace Deal'),
    ('CONSULT', 'Foreign Ministers Hold Talks On Trade Pact'),
    ('CONSULT', 'Negotiators Resume Talks On Nuclear Agreement'),
    ('CONSULT', 'President Receives Envoy To Discuss Ceasefire Accord'),
    ('CONSULT', 'Prime Ministers Confer On Bilateral Agreement'),
    ('CONSULT', 'The two foreign ministers discussed the draft agreement in Vienna.'),
    ('CONSULT', 'Mediators Meet Rebel Leaders Over Stalled Deal'),
    ('CONSULT', 'Leaders Meet Ahead Of Treaty Signing'),
    ('CONSULT', 'Foreign Ministers Meet To Review Cooperation Agreement'),
    ('CONSULT', 'Delegations Hold Negotiations On Water-Sharing Accord'),
    ('CONSULT', 'President Hosts Counterpart For Talks On Security Pact'),
    ('CONSULT', 'Officials Hold Consultations Over Extradition Treaty'),
    ('CONSULT', 'Envoys Hold Discussions On Prisoner Exchange Deal'),
    ('CONSULT', 'Premier Travels To Neighbouring Country For Talks'),
    ('CONSULT', 'Heads Of State Convene For Regional Summit'),
    ('CONSULT', 'Ministers Talk By Phone About Trade Agreement'),
    ('CONSULT', 'Ministers Meet After Agreement Collapses'),
    ('CONSULT', 'Leaders Hold Summit To Finalize Trade Deal'),
    ('CONSULT', 'Foreign Ministers Meet, Agree To Continue Talks'),
    ('CONSULT', 'Rival Parties Begin Talks On Coalition Agreement'),
    # PLOVER AGREE: promises and offers of future cooperation; meetings, visits and aid announced
    # for the future.
    ('AGREE', 'Rivals Agree To Hold Talks Next Month'),
    ('AGREE', 'Leaders Pledge To Boost Trade Ties'),
    ('AGREE', 'The government promised to provide aid to flood victims.'),
    ('AGREE', 'Countries Agree To Share Intelligence On Terror Threats'),
    ('AGREE', 'Parties Agree To Form Unity Government'),
    ('AGREE', 'Government Offers To Hold Talks With Rebels'),
    ('AGREE', 'Leaders Vow To Deepen Cooperation'),
    ('AGREE', 'Rival Factions Agree To Form Joint Committee'),
    ('AGREE', 'Government Pledges Support For Reconstruction'),
    ('AGREE', 'Leaders Commit To Deeper Trade Ties'),
    ('AGREE', 'Countries Agree To Resume Dialogue'),
    ('AGREE', 'Countries Agree To Boost Security Cooperation'),
    ('AGREE', 'Rivals Agree To Ceasefire Talks'),
    ('AGREE', 'President Accepts Invitation To Visit Neighbouring Country'),
    ('AGREE', 'Leaders Promise To Meet Again Next Year'),
    ('AGREE', 'Donor Nations Pledge To Provide Reconstruction Aid'),
    ('AGREE', 'Government Offers To Mediate Border Dispute'),
    ('AGREE', 'President Invites Rival Leader For Talks'),
    ('AGREE', 'Rebels Signal Willingness To Negotiate'),
    ('AGREE', 'Leaders Set To Meet Next Month'),
    ('AGREE', 'Foreign Minister To Visit Neighbouring Country Next Week'),
    ('AGREE', 'Government Will Send Aid To Flood Victims'),
    ('AGREE', 'The government said it would provide food aid to the region.'),
    ('AGREE', 'Country Plans Summit With Regional Leaders'),
    ('AGREE', 'Countries Agree To Hold Regular Consultations'),
    ('AGREE', 'Rival Parties Agree On Power-Sharing Arrangement'),
    ('AGREE', 'Government And Rebels Reach Agreement On Prisoner Swap'),
    ('AGREE', 'Countries Reach Deal On Fishing Rights'),
    ('AGREE', 'Nations Commit To Joint Fight Against Smuggling'),
    ('AGREE', 'President Promises Support For Peace Process'),
    ('AGREE', 'Rebel Leader Says Group Is Ready For Talks'),
    ('AGREE', 'Donors Pledge Millions For Reconstruction'),
    ('AGREE', 'Neighbours Vow To Strengthen Ties'),
    ('AGREE', 'Prime Minister Accepts Invitation For State Visit'),
    # An attack followed by a demand, or met with an appeal for calm: the attack leads.
    ('ASSAULT', 'Militants Attack Police Station, Demand Release Of Prisoners'),
    ('ASSAULT', 'Gunmen Kill Five Villagers In Raid'),
    ('ASSAULT', 'Rebels shelled the town, calling on residents to leave.'),
    ('ASSAULT', 'Gunmen Abduct Aid Workers And Demand Ransom'),
    ('ASSAULT', 'Insurgents Storm Prison And Free Inmates'),
    ('ASSAULT', 'Troops Kill Ten Militants In Raid, Urge Others To Surrender'),
    ('ASSAULT', 'Rebels Attack Army Base, Demand Withdrawal Of Troops'),
    ('ASSAULT', 'Gunmen Kidnap Students, Demand Ransom'),
    ('ASSAULT', 'Militants ambushed a convoy and demanded the release of their leader.'),
    ('ASSAULT', 'Rebels Shell Town, Urge Residents To Flee'),
    ('ASSAULT', 'Troops Open Fire On Crowd, Kill Three'),
    ('ASSAULT', 'Militants Bomb Railway Line, Demand Prisoner Swap'),
    ('ASSAULT', 'Bandits Abduct Villagers, Demand Ransom From Families'),
    ('ASSAULT', 'Air Strikes Hit Rebel Positions As Army Calls For Surrender'),
    ('ASSAULT', 'Gunmen storm a hotel and demand the release of jailed comrades.'),
    ('ASSAULT', 'Officials Urge Calm As Bombing Kills Twenty In Market'),
    ('ASSAULT', 'Car Bomb Kills 12; Government Calls For Unity'),
    ('ASSAULT', 'Police Appeal For Witnesses After Gunmen Kill Shopkeeper'),
    ('ASSAULT', 'Suicide Attack Kills Soldiers, Prompting Calls For Tighter Security'),
    ('ASSAULT', 'Drone Strike Hits Convoy As Rebels Demand Talks'),
    # PLOVER RETREAT: releases, withdrawals and resignations that happened.
    ('RETREAT', 'Regime Frees Opposition Figures Under Amnesty Deal'),
    ('RETREAT', 'Government Releases Jailed Opposition Leader'),
    ('RETREAT', 'Rebels Free Kidnapped Aid Workers'),
    ('RETREAT', 'Troops Withdraw From Disputed Town'),
    ('RETREAT', 'Interior Minister Resigns Over Scandal'),
    ('RETREAT', 'Fighters Hand Over Weapons To Peacekeepers'),
    # PLOVER MOBILIZE: deployments, alerts, build-ups and single-country exercises.
    ('MOBILIZE', 'New Armed Group Emerges In Northern Province'),
    ('MOBILIZE', 'Pro-Government Militia Starts Operating In Capital'),
    ('MOBILIZE', 'Country Expands Arsenal Amid Regional Arms Race'),
    ('MOBILIZE', 'Military Steps Up Weapons Production'),
    ('MOBILIZE', 'Country Places Forces On High Alert'),
    ('MOBILIZE', 'Armed Forces Mobilized After Border Incident'),
    ('MOBILIZE', 'Army Strengthens Border Defenses'),
    ('MOBILIZE', 'Rebel Group Stockpiles Weapons In Jungle Camps'),
    ('MOBILIZE', 'Country Tests New Hypersonic Missile'),
    ('MOBILIZE', 'Tanks Roll Into Capital'),
    ('MOBILIZE', 'Armed Group Trains Recruits In Remote Camp'),
    ('MOBILIZE', 'Army Deploys Troops To Border Region'),
    ('MOBILIZE', 'Government Mobilizes Reservists Amid Tensions'),
    ('MOBILIZE', 'Military Puts Forces On High Alert'),
    ('MOBILIZE', 'Navy Sends Warships To Disputed Waters'),
    ('MOBILIZE', 'Country Test-Fires Ballistic Missile'),
    ('MOBILIZE', 'Troops Massed Along Frontier'),
    ('MOBILIZE', 'Rebels Recruit Fighters In Northern Villages'),
    ('MOBILIZE', 'Police Deployed In Force Ahead Of Vote'),
    ('MOBILIZE', 'Government Calls Up Reserve Soldiers'),
    ('MOBILIZE', 'Military Reinforces Positions Near Border'),
    ('MOBILIZE', 'Militia Mobilises Fighters After Clashes'),
    ('MOBILIZE', 'The army deployed thousands of troops to the border on Monday.'),
    ('MOBILIZE', 'Navy Conducts Missile Drills In Gulf'),
    ('MOBILIZE', 'Military Holds Large-Scale Exercises Near Border'),
    ('MOBILIZE', 'Country Boosts Military Presence Near Border'),
    ('MOBILIZE', 'Military Increases Troop Presence In Disputed Region'),
    ('MOBILIZE', 'Armed Forces Placed On Standby'),
    ('MOBILIZE', 'Government Beefs Up Security Along Frontier'),
    ('MOBILIZE', 'Fighter Jets Scrambled Over Disputed Islands'),
    ('MOBILIZE', 'Army Moves Tanks Closer To Border'),
    ('MOBILIZE', 'Military Raises Alert Level Amid Tensions'),
    ('MOBILIZE', 'Troops Massing On Border Raise Fears Of Invasion'),
    ('MOBILIZE', 'Security Forces Deployed Ahead Of Election'),
    ('MOBILIZE', 'Reinforcements Arrive In Restive Province'),
    ('MOBILIZE', 'Military Build-Up Reported Near Frontier'),
    ('MOBILIZE', 'Navy Dispatches Submarine To Gulf'),
    ('MOBILIZE', 'Rebels Regroup In Mountain Strongholds'),
    ('MOBILIZE', 'Army Conducts Military Exercises Near Border'),
    ('MOBILIZE', 'Country Holds Military Drills Amid Tensions With Neighbour'),
    ('MOBILIZE', 'Police Step Up Patrols In Capital'),
    ('MOBILIZE', 'Army Puts Troops On High Alert After Border Incident'),
    ('MOBILIZE', 'Country Launches Large-Scale Military Drills'),
    ('MOBILIZE', 'Military Conducts Live-Fire Exercises'),
    ('MOBILIZE', 'Country Sends Additional Troops To Border Area'),
    ('MOBILIZE', 'Country Mobilizes Reserve Forces'),
    ('MOBILIZE', 'Authorities Deploy Riot Police To Capital'),
    ('MOBILIZE', 'Rebel Group Recruits Hundreds Of New Fighters'),
    ('MOBILIZE', 'Country Conducts Missile Test'),
    ('MOBILIZE', 'Military Holds Naval Drills In Strait'),
    ('MOBILIZE', 'Army Deploys Troops After Border Clashes'),
    ('MOBILIZE', 'Government Sends Troops To Quell Unrest'),
    ('MOBILIZE', 'Police Deployed As Protests Spread'),
    ('MOBILIZE', 'Troops Deployed To Protect Oil Fields From Attacks'),
    ('MOBILIZE', 'Army Mobilizes Units Amid Fears Of Rebel Offensive'),
    ('MOBILIZE', 'Military Deploys Soldiers To Enforce Curfew'),
    ('MOBILIZE', 'Country Moves Missile Batteries To Border Amid Dispute'),
    ('MOBILIZE', 'Troops Put On Alert As Talks Collapse'),
    ('MOBILIZE', 'Army Steps Up Presence After Attack On Outpost'),
    ('MOBILIZE', 'Government Deploys Army To Guard Polling Stations'),
    ('MOBILIZE', 'Country Sends Warships After Neighbour Seizes Tanker'),
    ('MOBILIZE', 'Military Deploys Troops Along Border Following Protests'),
    ('MOBILIZE', 'Soldiers Deployed To Capital After Coup Rumours'),
]



@pytest.mark.parametrize("etype,text", CASES)
def test_paraphrase_top_type(nlp, etype, text):
    got = top(nlp, text)
    assert got is not None and got[0] == etype, (text, got)


def _types(nlp, text):
    return [t for t, _ in real(nlp, text)]


def test_amnesty_granted_is_one_concession(nlp):
    # "grants" only carries the amnesty: no AID of its own.
    assert _types(nlp, "President Grants Amnesty To Jailed Protesters")[0] == "CONCEDE"
    assert "AID" not in _types(nlp, "President Grants Amnesty To Jailed Protesters")


def test_commuted_sentence_is_no_sanction(nlp):
    assert _types(nlp, "King Commutes Death Sentences Of Dissidents") == ["CONCEDE"]


def test_victims_named_protesters_keep_the_lawsuit(nlp):
    assert "ACCUSE" in _types(nlp, "Activists Sue Government Over Killing Of Protesters")
    assert "ACCUSE" in _types(nlp, "Residents accused the police of beating demonstrators "
                                   "during the rally.")


def test_free_trade_frees_no_one(nlp):
    assert "RETREAT" not in _types(nlp, "Countries Implement Free Trade Agreement")


def test_announced_withdrawal_is_a_factual_concession(nlp):
    assert top(nlp, "The army announced it would withdraw its troops from the border region.") \
        == ("CONCEDE", "withdraw", None)


def test_officials_gathering_is_no_protest(nlp):
    assert "PROTEST" not in _types(nlp, "Envoys Gather For Summit On Regional Security")


def test_joint_drill_cooperates_solo_drill_mobilizes(nlp):
    assert top(nlp, "Navies Hold Joint Exercises In Disputed Sea")[0] == "COOPERATE"
    assert top(nlp, "Navy Conducts Missile Drills In Gulf")[0] == "MOBILIZE"


def test_moves_without_forces_mobilize_nothing(nlp):
    for text in ("The minister moved to a new office.",
                 "Police stepped up efforts to find the suspect."):
        assert "MOBILIZE" not in _types(nlp, text), text


def test_sending_aid_is_no_mobilization(nlp):
    assert "MOBILIZE" not in _types(nlp, "Government Will Send Aid To Flood Victims")


def test_time_clause_under_an_appeal_is_a_fact(nlp):
    assert top(nlp, "Officials Urge Calm As Bombing Kills Twenty In Market")[0] == "ASSAULT"


def test_armed_group_formed_mobilizes_a_committee_does_not(nlp):
    assert top(nlp, "Militia Formed To Defend Villages From Bandits")[0] == "MOBILIZE"
    assert "MOBILIZE" not in _types(nlp, "A committee was formed to study the issue.")
    assert "MOBILIZE" not in _types(nlp, "The police were moving the car off the road.")

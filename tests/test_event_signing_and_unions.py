"""Rules of the first session of 2026-12-08 (written 2026-12-07), from the PLOVER manual:
signing an agreement is SUPPORT ("ratify, sign, or finalize an agreement or treaty") also in a
title-case headline the parser reads as one name; an economic union created or announced (a
customs union, a common currency, a free trade zone) is material COOPERATE, a specific act that
an announcement does not turn into a promise; a headline's "Calls on X to" is an appeal; an
intercepted shipment is seized; a dispute resolved is an agreement; stated willingness or
readiness to cooperate is AGREE. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Peru and Ecuador Sign Trade Deal",
    "Peru and Ecuador Sign Fisheries Agreement",
    "Peru and Ecuador signed a trade deal on Monday.",
    "The two governments inked an agreement on river transport.",
])
def test_signing_an_agreement_is_support(nlp, text):
    assert top(nlp, text)[0] == "SUPPORT"


@pytest.mark.parametrize("text", [
    "Peru and Ecuador Reach Deal on Fishing Rights",
    "The two governments reached an agreement on river transport.",
])
def test_reaching_an_agreement_is_still_agree(nlp, text):
    assert top(nlp, text)[0] == "AGREE"


@pytest.mark.parametrize("text", [
    "Kenya and Tanzania created a customs union.",
    "The two island states have announced a common currency.",
    "Bolivia and Paraguay Launch Free Trade Zone",
])
def test_an_economic_union_is_cooperation(nlp, text):
    assert top(nlp, text)[0] == "COOPERATE"


@pytest.mark.parametrize("text", [
    "The referee stopped the match at the trade union ground.",
    "The currency fell two percent against the dollar.",
])
def test_union_and_currency_alone_are_no_event(nlp, text):
    assert real(nlp, text) == []


def test_country_and_event_word_read_as_a_name_in_a_headline(nlp):
    # NER reads "Chad Share" as a person's name; the country is the subject, "Share" the verb
    assert top(nlp, "Niger and Chad Share Intelligence on Militants")[0] == "COOPERATE"


def test_a_vow_of_solidarity_is_a_promise_not_a_threat(nlp):
    # the manual's AGREE covers promises, also of support (see test_event_pledges_and_revocations)
    assert top(nlp, "Malawi Vows Solidarity With Flood-Hit Zambia")[0] == "AGREE"


def test_a_vow_to_cooperate_is_still_agree(nlp):
    assert top(nlp, "Malawi and Zambia vowed to expand cooperation on energy.")[0] == "AGREE"


@pytest.mark.parametrize("text", [
    "Pope Calls on Sudan's Generals to End the Fighting",
    "Opposition Calls for Early Elections",
])
def test_a_headline_calls_on_or_for_is_a_request(nlp, text):
    assert top(nlp, text)[0] == "REQUEST"


def test_phone_calls_stay_consultations(nlp):
    assert top(nlp, "Phone Calls Between the Two Leaders Resume")[0] == "CONSULT"


def test_an_intercepted_shipment_is_seized_not_aid(nlp):
    assert top(nlp, "The coast guard intercepted a shipment of rifles near the harbour.") \
        == ("COERCE", "intercepted", "seize")


@pytest.mark.parametrize("text", [
    "The two countries resolved their border dispute on Thursday.",
    "The neighbours settled their differences over the grazing land.",
])
def test_a_dispute_resolved_is_an_agreement(nlp, text):
    assert top(nlp, text)[0] == "AGREE"


def test_resolving_a_problem_is_no_event(nlp):
    assert real(nlp, "Engineers resolved the software problem within an hour.") == []


@pytest.mark.parametrize("text", [
    "Leader of Chile Expresses New Willingness to Work With Its Neighbours",
    "Chile Signals Readiness to Resume Talks With Striking Miners",
    "The minister expressed readiness to help the flooded provinces rebuild.",
])
def test_stated_willingness_or_readiness_to_cooperate_is_agree(nlp, text):
    assert top(nlp, text)[0] == "AGREE"


def test_combat_readiness_is_still_mobilization(nlp):
    assert top(nlp, "The navy raised its combat readiness in the strait.")[0] == "MOBILIZE"


@pytest.mark.parametrize("text, expected", [
    ("A crowd threw stones at a bus carrying election officials.", "ASSAULT"),
    ("Demonstrators threw bottles at riot police outside the ministry.", "PROTEST"),
])
def test_stones_and_bottles_thrown(nlp, text, expected):
    # a crowd that stones a bus assaults it; demonstrators who do so riot (PROTEST, riot)
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "The goalkeeper threw the ball upfield.",
    "The bakery ramped up production of bread before the holiday.",
])
def test_throwing_and_ramping_up_in_other_senses(nlp, text):
    assert real(nlp, text) == []


def test_arms_production_ramped_up_is_mobilization(nlp):
    assert top(nlp, "The defence ministry ramped up production of artillery shells.")[0] == "MOBILIZE"


@pytest.mark.parametrize("text, expected", [
    ("Kenya Peacekeepers Arrive in Mogadishu", "RETREAT"),      # entry of peacekeepers
    ("Kenya Raises Potential of Suspending Talks With Uganda", "THREATEN"),
])
def test_headlines_the_parser_reads_as_names(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenya Orders Two Ugandan Diplomats to Leave", ("SANCTION", "expel")),
    ("Kenya ordered the Ugandan ambassador to leave within two days.", ("SANCTION", "expel")),
])
def test_diplomats_ordered_to_leave_are_expelled(nlp, text, expected):
    got = top(nlp, text)
    assert (got[0], got[2]) == expected


def test_residents_ordered_to_leave_are_not_sanctioned(nlp):
    assert "SANCTION" not in [t for t, _ in real(nlp, "Firefighters ordered residents to leave the block.")]


@pytest.mark.parametrize("text, expected", [
    ("Kenya Rules Out Talks With the Militants", "REJECT"),
    ("The host barred the neighbouring state's ministers from the summit.", "SANCTION"),
    ("Kenya and Uganda Express Mutual Respect for Each Other", "SUPPORT"),
    ("Kenya expressed its solidarity with the people of Uganda.", "SUPPORT"),
])
def test_refusals_exclusions_and_stances(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_ruling_out_a_cause_is_no_event(nlp):
    assert real(nlp, "The coroner ruled out foul play in the climber's death.") == []


@pytest.mark.parametrize("text", [
    "President Expresses Regret Over Police Killings",       # NER reads "Expresses Regret" as a name
    "The governor expressed deep regret over the deaths of the miners.",
    "Police Chief Voices Remorse for Raid on Wrong House",
])
def test_expressed_regret_is_a_concession(nlp, text):
    # CONCEDE: "expressions of regret or remorse for an action or situation"
    assert top(nlp, text)[0] == "CONCEDE"


def test_regret_sent_with_condolences_is_sympathy(nlp):
    text = "The mayor sent condolences and regret to the families of the drowned fishermen."
    assert "CONCEDE" not in [t for t, _ in real(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    ("The council granted permission for the march through the old town.", "CONCEDE"),
    ("Chile Softens Stance on Miners' Demands", "CONCEDE"),
    ("Chile Shelves Plan to Raise Bus Fares", "CONCEDE"),      # "Shelves" hidden in a name
    ("The state compensated the families of the drowned ferry passengers.", "AID"),
])
def test_permissions_softening_and_compensation(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_a_march_permitted_has_not_taken_place(nlp):
    text = "The council granted permission for the march through the old town."
    assert "PROTEST" not in [t for t, _ in real(nlp, text)]


def test_an_event_named_again_is_not_a_second_event(nlp):
    from dateline.events.coder import code_doc
    text = ("Rebel fighters withdrew from the border town on Monday. "
            "A government spokesman said the withdrawal was a trick.")
    assert [e.type for e in code_doc(nlp(text)) if not e.negated].count("RETREAT") == 1


def test_a_new_event_of_the_same_type_is_kept(nlp):
    from dateline.events.coder import code_doc
    text = ("Rebel fighters withdrew from the border town on Monday. "
            "On Tuesday a second unit withdrew from the hills to the north.")
    assert [e.type for e in code_doc(nlp(text)) if not e.negated].count("RETREAT") == 2


@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile Deepen Economic Integration", "COOPERATE"),
    ("Peru and Chile connected their power grids on Thursday.", "COOPERATE"),
    ("The two trade ministries harmonised customs rules for farm goods.", "COOPERATE"),
    ("Peru Extends Credit Line to Bolivia", "AID"),
])
def test_integration_links_and_credit(nlp, text, expected):
    assert top(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "The technician connected the scanner to the office network.",
    "Regional integration was the theme of the summer lecture series.",
])
def test_connecting_and_integration_in_other_senses(nlp, text):
    assert "COOPERATE" not in [t for t, _ in real(nlp, text)]


def test_violence_in_a_chain_of_acts_during_a_demonstration_is_a_riot(nlp):
    # "during a demonstration" hangs on the last verb; it dates every act of the chain
    text = ("Job seekers threw stones, set fire to a ticket office and looted shops during a "
            "demonstration outside the station.")
    assert top(nlp, text)[:2] == ("PROTEST", "threw")


@pytest.mark.parametrize("text", [
    "Protesters Agree to Leave Square After Talks",
    "Striking dockers agreed to return to work on Monday.",
])
def test_an_agreement_to_end_a_protest_is_a_concession(nlp, text):
    assert top(nlp, text)[0] == "CONCEDE"


def test_a_plural_in_es_is_not_read_as_a_shorter_word(nlp):
    # "Sites" is no "sit"(-in): the headline lemma strips "es" only after a sibilant
    assert "PROTEST" not in [t for t, _ in real(nlp, "Inspectors Return to Nuclear Sites")]


def test_two_clauses_cut_by_a_comma_are_two_reports(nlp):
    # spaCy hangs "Gunmen Kill Three" on "Seek" as its complement: it is a clause of its own,
    # neither what is sought nor below it
    assert top(nlp, "Gunmen Kill Three, Police Seek Public's Help")[0] == "ASSAULT"

"""Deals struck, proposals rejected, arms laid down, packages that are no aid, and plain material
facts that the sentence classifier must not veto as statements. Every sentence is our own."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Unions struck a deal with the government on pensions.",
    "Government And Unions Strike Deal On Pensions",
])
def test_striking_a_deal_is_an_agreement(nlp, text):
    assert top(nlp, text)[0] == "AGREE"
    assert not {"PROTEST", "ASSAULT"} & {t for t, _ in real(nlp, text)}


def test_the_subject_of_a_rejected_proposal_is_no_event(nlp):
    assert top(nlp, "Rebels Reject Ceasefire Proposal")[0] == "REJECT"
    assert top(nlp, "The rebels rejected a ceasefire proposal on Sunday.")[0] == "REJECT"


def test_arms_laid_down_and_promised_to_be(nlp):
    assert top(nlp, "The rebels laid down their arms on Friday.") == ("RETREAT", "laid", "disarm")
    # PLOVER's CONCEDE covers declared withdrawals from territory, not disarmament: an agreed
    # disarmament keeps its type (RETREAT + future), and does not reduce to AGREE
    assert top(nlp, "Rebels agreed to lay down their arms.")[0] == "RETREAT"


def test_packages_that_are_no_aid(nlp):
    types = [t for t, _ in real(nlp, "The government unveiled a sanctions package against the regime.")]
    assert "AID" not in types and "SANCTION" in types
    assert real(nlp, "The EU announced an aid package for farmers.") == [("AID", "aid")]


@pytest.mark.parametrize("text, expected", [
    ("The navy rescued 40 migrants off the coast.", "AID"),
    ("Police arrested five men on Monday.", "COERCE"),
])
def test_plain_material_facts_are_not_vetoed_as_statements(nlp, text, expected):
    assert top(nlp, text)[0] == expected


def test_an_attack_a_statement_is_about_stays_vetoed(nlp):
    # CAMEO codes these as statements (condolences, claims); the attack is their topic
    text = "The minister expressed condolences to the families after the attack on the market."
    assert real(nlp, text) == []

"""Trigger coverage added 2026-11-25 (third round), each from the PLOVER manual's definitions and
mode tables: martial law, fake news and repression (COERCE), tear gas (ASSAULT crowd-control),
found guilty (SANCTION convict), deplorable and investigative committees (ACCUSE), work
stoppages (PROTEST), bilateral trade (COOPERATE), hostilities that stop and peacekeepers that
arrive (RETREAT), police or troops ordered or called to a place (MOBILIZE), particles and
modifiers in title-case headlines, and a civilian body withdrawing from a country (SANCTION).

Sentences written for these tests."""
from __future__ import annotations

import pytest

from dateline.events.coder import code_doc
from dateline.events.features import doc_candidates

from event_helpers import top

pytestmark = pytest.mark.slow


def candidates(nlp, text):
    return {c.token.lower_: c.types for _, cs in doc_candidates(nlp(text)) for c in cs}


@pytest.mark.parametrize("text, word, etype", [
    ("The junta imposed martial law across the eastern provinces.", "law", "COERCE"),
    ("Governor Extends Martial Law After Riots", "law", "COERCE"),
    ("The ruling party was accused of spreading fake news.", "news", "COERCE"),
    ("Rights groups documented the repression of students.", "repression", "COERCE"),
    ("Riot police fired tear gas at the marchers.", "gas", "ASSAULT"),
    ("A jury found the former governor guilty of bribery.", "found", "SANCTION"),
    ("Dockers began a work stoppage at the port.", "stoppage", "PROTEST"),
    ("Bilateral trade between the two countries doubled.", "trade", "COOPERATE"),
    ("Senate Sets Up Special Investigative Committee", "investigative", "ACCUSE"),
    ("Troops Pull Out of Border Town", "pull", "RETREAT"),
])
def test_new_triggers_are_candidates(nlp, text, word, etype):
    assert etype in candidates(nlp, text).get(word, [])


def test_investigative_journalists_are_no_event(nlp):
    events = code_doc(nlp("Investigative journalists published the files."))
    assert "ACCUSE" not in {e.type for e in events}


@pytest.mark.parametrize("text, etype, mode", [
    ("The army imposed martial law in the region.", "COERCE", "martial-law"),
    ("The ruling party is spreading fake news about the opposition.", "COERCE", "misinformation"),
    ("Riot police fired tear gas at the marchers.", "ASSAULT", "crowd-control"),
    ("The fighting stopped on Friday after a week of clashes.", "RETREAT", "ceasefire"),
    ("UN peacekeepers arrived in the town on Monday.", "RETREAT", "access"),
    ("The governor ordered police to the city centre.", "MOBILIZE", "police"),
    ("The court found the former minister guilty of corruption.", "SANCTION", "convict"),
])
def test_manual_types_and_modes(nlp, text, etype, mode):
    got = top(nlp, text)
    assert got is not None and (got[0], got[2]) == (etype, mode)


def test_agreed_stop_to_fighting_is_a_declared_ceasefire(nlp):
    # CONCEDE: "declarations (but not implementations) of ceasefires"
    assert top(nlp, "The rebels agreed to stop fighting on Friday.")[:2] == ("CONCEDE", "stop")


@pytest.mark.parametrize("text", [
    "He stopped smoking last year.",
    "The delegation arrived in Geneva on Monday.",
    "She ordered him to leave the room.",
])
def test_argument_bound_words_without_their_arguments(nlp, text):
    assert all(e.type not in ("RETREAT", "MOBILIZE") for e in code_doc(nlp(text)))


def test_fighting_that_stopped_is_no_assault(nlp):
    events = code_doc(nlp("The fighting stopped on Friday."))
    assert [e.type for e in events if not e.negated] == ["RETREAT"]


def test_civilian_withdrawal_from_a_country_is_a_sanction(nlp):
    # SANCTION withdraw: "withdraw oneself or one's non-military resources ... from a country"
    assert top(nlp, "The medical charity withdrew from Somalia after the attacks.")[:1] == \
        ("SANCTION",)
    assert top(nlp, "The army withdrew from the town on Monday.")[0] == "RETREAT"


def test_aid_agency_is_no_aid_event(nlp):
    assert "AID" not in {e.type for e in code_doc(nlp("The aid agency closed its office."))}


def test_refused_end_of_curfew_is_one_rejection(nlp):
    events = [e for e in code_doc(nlp("The government declined to lift the curfew."))
              if not e.negated]
    assert [(e.type, e.mode) for e in events] == [("REJECT", "yield")]

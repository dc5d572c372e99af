"""PLOVER rules over the parse: cuts in aid are SANCTIONs, announced refusals REJECTs, hyphenated compounds one trigger."""
from __future__ import annotations

import pytest

from dateline.events.coder import code_doc

pytestmark = pytest.mark.slow


def coded(nlp, text):
    return [(e.type, e.trigger.text, e.mode) for e in code_doc(nlp(text)) if not e.negated]


@pytest.mark.parametrize("text, trigger, mode", [
    ("South Korea suspended humanitarian aid to the North after the test.", "suspended", "withdraw"),
    ("The agency announced a suspension of aid to the northern provinces.", "suspension", "withdraw"),
    ("Ecuador severed diplomatic ties with Mexico on Friday.", "severed", "discontinue"),
    ("Donors cut funding for the refugee camps last month.", "cut", "withdraw"),
])
def test_cut_in_cooperation_is_one_sanction(nlp, text, trigger, mode):
    events = coded(nlp, text)
    assert ("SANCTION", trigger, mode) in events
    assert not [e for e in events if e[0] in ("AID", "CONCEDE", "COOPERATE")]


def test_aid_that_is_given_stays_aid(nlp):
    assert [e[0] for e in coded(nlp, "Japan sent emergency aid to the flooded provinces.")] == ["AID"]


def test_lifting_a_suspension_is_a_concession(nlp):
    events = coded(nlp, "The government lifted the suspension of aid deliveries.")
    assert events[0][0] == "CONCEDE"
    assert "SANCTION" not in [e[0] for e in events]


# PLOVER REJECT ("all rejections and refusals"): an announced refusal to yield, help or meet
@pytest.mark.parametrize("text, trigger, mode", [
    ("The government announced that it will not lift the ban on the group.", "lift", "yield"),
    ("The army said it would not release the detained journalists.", "release", "yield"),
    ("The president said he would not meet the opposition leader.", "meet", "meet"),
])
def test_announced_refusal_is_a_reject(nlp, text, trigger, mode):
    events = code_doc(nlp(text))
    rejects = [e for e in events if e.type == "REJECT"]
    assert [(e.trigger.text, e.mode, e.negated, e.hypothetical) for e in rejects] == \
        [(trigger, mode, False, False)]


def test_what_did_not_happen_is_no_refusal(nlp):
    events = code_doc(nlp("The troops did not withdraw from the town."))
    assert "REJECT" not in {e.type for e in events}
    assert all(e.negated for e in events if e.type == "RETREAT")


def test_hyphenated_compounds_are_one_trigger(nlp):
    events = code_doc(nlp("The president announced a weeklong cease-fire with the rebels."))
    assert [(e.type, e.trigger.text) for e in events] == [("CONCEDE", "fire")]
    # a compound found at its first word is not found twice
    assert len(code_doc(nlp("Workers staged a sit-in at the factory."))) == 1


def test_material_support_is_aid(nlp):
    events = code_doc(nlp("The European Commission is allocating 95 million euros in humanitarian support to Yemen."))
    assert [(e.type, e.trigger.text) for e in events] == [("AID", "support")]


# A denial of a claim is CAMEO 016 (a statement, dropped by PLOVER's table); what the denied
# claim says did not happen by the speaker's account: negated.
def test_denying_a_claim_is_no_reject_and_the_claim_is_negated(nlp):
    events = code_doc(nlp("The ministry rejected accusations of shelling civilians."))
    assert "REJECT" not in {e.type for e in events}
    assert [(e.type, e.negated) for e in events] == [("ASSAULT", True)]
    assert code_doc(nlp("The spokeswoman declined to comment on the hiring freeze.")) == []
    # refusing a proposal or a request is still a REJECT
    assert "REJECT" in {e.type for e in code_doc(nlp("The parliament rejected the budget proposal."))}

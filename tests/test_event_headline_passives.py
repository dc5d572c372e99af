"""Headlines that drop the passive auxiliary ("Curfew Lifted In Capital"): the measure named as
subject is what the concession takes back, not a coercion of its own; a ban on rallies holds no
rally. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger", [
    ("Curfew Lifted In Capital", "Lifted"),
    ("Sanctions Eased On Neighbour", "Eased"),
    ("Ban On Rallies Lifted", "Lifted"),
    ("Night Curfew Lifted In Border Towns", "Lifted"),
])
def test_the_lifted_measure_is_the_concessions_object(nlp, text, trigger):
    assert real(nlp, text) == [("CONCEDE", trigger)]


def test_a_measure_imposed_stays_coercion(nlp):
    assert top(nlp, "Curfew Imposed In Capital")[0] == "COERCE"


def test_a_ban_on_protests_holds_no_protest(nlp):
    assert real(nlp, "The government imposed a ban on protests in the capital.") == \
        [("COERCE", "ban")]

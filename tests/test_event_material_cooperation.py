"""PLOVER COOPERATE named by mutual material exchange: joint operations, programmes and bodies,
routes opened or resumed, trade and military ties; relief goods sent are AID; a specific aid
package announced stays AID. Every sentence is our own writing."""
from __future__ import annotations

import pytest
from event_helpers import real, top

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Two Countries Launch Joint Border Patrols",
    "Neighbours Open New Rail Link Between Capitals",
    "Police Forces Team Up To Fight Drug Trafficking",
    "Countries Resume Direct Flights After Five Years",
    "Nations Begin Joint Development Of Gas Field",
    "Governments Establish Joint Commission On Water Sharing",
    "Countries Expand Trade Ties With New Customs Arrangement",
    "Scientists From Both Countries Launch Joint Research Program",
    "The two countries resumed direct flights on Monday after a five-year break.",
    "Police from both countries carried out a joint operation against smugglers.",
    "The two governments opened a new border crossing for trade.",
])
def test_mutual_material_exchange_cooperates(nlp, text):
    assert top(nlp, text)[0] == "COOPERATE"


def test_a_route_named_without_being_opened_is_no_exchange(nlp):
    assert top(nlp, "Two soldiers were killed at a border crossing on Sunday.")[0] == "ASSAULT"
    assert real(nlp, "The rail link between the two cities is often delayed.") == []


def test_diplomatic_ties_stay_support(nlp):
    assert top(nlp, "The two countries deepened diplomatic ties.")[0] == "SUPPORT"


def test_relief_goods_sent_are_aid(nlp):
    assert top(nlp, "The government sent food and medicine to the flood-hit region.")[0] == "AID"


def test_an_announced_aid_package_is_aid_announced_talks_are_agree(nlp):
    assert top(nlp, "The Netherlands announced a new package of military aid worth "
                    "300 million euros.")[0] == "AID"
    assert top(nlp, "The government announced talks with the rebels next week.")[0] == "AGREE"


# COOPERATE: "initiate, resume, improve, or expand economic exchange": trade and investment
# between countries; a shop's sale or a company's takeover is no such exchange. Intelligence
# exchanged is COOPERATE also where a headline parses "Exchange" as a modifier.
@pytest.mark.parametrize("text, expected", [
    ("Kenya buys natural gas from Qatar.", "COOPERATE"),
    ("Chile sold fighter jets to Ecuador in 2019.", "COOPERATE"),
    ("The Emirati fund invested 2 billion dollars in Egyptian ports.", "COOPERATE"),
    ("Kenya and Uganda Exchange Intelligence on Smuggling Networks", "COOPERATE"),
    ("The bakery sold bread to villagers at half price.", None),
    ("The chipmaker bought a smaller rival for 3 billion dollars.", None),
])
def test_trade_between_countries(nlp, text, expected):
    got = top(nlp, text)
    assert (got[0] if got else None) == expected

"""Places, issue 5 (2026-12-07): short forms of divisions in hints, names spaCy cut short,
"coded to X", a place written with its divisions inside a temporal phrase, what a stance is
taken on, countries the text names, Arabic articles, hints known only by another spelling.

Sentences written for these tests; none comes from LGL or ACLED.
"""
from __future__ import annotations

import pytest

from test_places import article, by_text, event, located_event
from test_places_context import located

pytestmark = pytest.mark.slow


# -- "(Hangu, KPK)": short forms of divisions inside a parenthesis -------------------------
def test_hint_abbrev_names_the_division(gz):
    from dateline.gazetteer import parens
    kpk = parens.hint_abbrev(gz, "KPK")
    assert kpk and kpk[0].country2 == "PK" and kpk[0].feature_code == "ADM1"
    assert parens.hint_abbrev(gz, " J&K ")[0].country2 == "IN"
    assert parens.hint_abbrev(gz, "Kabul") == []


def test_head_with_an_abbreviated_province_hint_stays_in_that_country():
    a = located("On 2 June 2023, police defused a roadside bomb in Hangu (Hangu, KPK) before dawn.")
    assert by_text(a)["Hangu"].country == "PAK"


def test_abbreviation_outside_a_parenthesis_is_not_a_division(gz):
    from dateline.gazetteer.resolve import Mention, candidates_for
    assert not any(e.name == "Uttar Pradesh" for e in candidates_for(gz, Mention("UP", 0, 2)))


# -- names spaCy cut short, names known only by a part --------------------------------------
def test_first_words_of_a_longer_name_do_not_go_abroad(gz):
    from dateline.gazetteer.resolve import Mention, resolve
    cut = Mention("Man", 0, 3, strong=True, runs_on=True)  # "Man Nawng Kawng"
    mm = Mention("Myanmar", 30, 37, strong=True)
    resolve(gz, [cut, mm])
    assert mm.entry is not None and mm.entry.country2 == "MM"
    assert cut.entry is None or cut.entry.country2 == "MM"


def test_a_cut_name_in_the_articles_country_is_kept(gz):
    from dateline.gazetteer.resolve import Mention, resolve
    cut = Mention("Brest", 0, 5, strong=True, runs_on=True)
    fr = Mention("France", 30, 36, strong=True)
    resolve(gz, [cut, fr])
    assert cut.entry is not None and cut.entry.country2 == "FR"


def test_a_name_that_stands_alone_somewhere_is_not_cut(gz):
    from dateline.gazetteer.resolve import Mention, resolve
    cut = Mention("Cartagena", 0, 9, strong=True, runs_on=True)
    alone = Mention("Cartagena", 40, 49, strong=True)
    other = Mention("Peru", 60, 64, strong=True)
    resolve(gz, [cut, alone, other])
    assert cut.entry is not None and cut.entry is alone.entry


def test_runs_on_is_set_before_more_capitalised_words_only():
    from dateline.pipeline.places import _mark_runs_on
    from dateline.gazetteer.resolve import Mention
    text = "Farmers marched from Santa Rosa Las Flores to Leon City on Monday."
    a = article(text)
    head = Mention("Santa Rosa", text.index("Santa"), text.index(" Las"))
    city = Mention("Leon", text.index("Leon"), text.index(" City"))
    _mark_runs_on(a, [head, city])
    assert head.runs_on and not city.runs_on


def test_ocean_before_a_capitalised_word_is_left_alone(gz):
    from dateline.gazetteer.resolve import Mention, resolve
    ocean = Mention("Atlantic", 0, 8, strong=True, runs_on=True)  # "the Atlantic Council"
    us = Mention("Ohio", 30, 34, strong=True)
    resolve(gz, [ocean, us])
    assert ocean.entry is None or ocean.entry.country2 != "US"


# -- class words ---------------------------------------------------------------------------
def test_district_after_a_name_asks_for_a_division(gz):
    from dateline.gazetteer.resolve import Mention, candidates_for
    found = candidates_for(gz, Mention("Bara", 0, 4, class_word="district"))
    assert found and all(e.feature_code.startswith("ADM") for e in found)


# -- "coded to X" --------------------------------------------------------------------------
def test_coded_to_place_is_the_events_location():
    ev = located_event("On 5 May 2023, gunmen attacked a bus near Bunia (coded to Mahagi).",
                       "attacked", "ASSAULT")
    assert ev.location is not None and ev.location.text == "Mahagi"
    assert ev.location.country == "COD"


def test_coded_pattern_needs_a_place_not_a_number():
    from dateline.pipeline.places import _CODED
    assert _CODED.search("event coded to the nearest town, ")
    assert _CODED.search("(coded as ")
    assert not _CODED.search("fatalities coded as 3 ")


# -- a place written with its divisions inside a temporal phrase ---------------------------
def test_head_with_divisions_after_a_temporal_word_is_still_the_place():
    ev = located_event("On 7 May 2023, worshippers gathered after the evening prayer in Settat "
                       "(Settat, Casablanca-Settat) to denounce the trade deal with Israel.",
                       "gathered", "PROTEST")
    assert ev.location is not None and ev.location.text == "Settat"
    assert ev.location.country == "MAR"


# -- what a stance is taken on -------------------------------------------------------------
def test_object_of_condemn_ranks_below_the_sentences_place():
    ev = located_event("On 2 March 2023, dozens of teachers held placards in Kaohsiung during a "
                       "memorial service to condemn troops invading Ukraine.", "condemn", "ACCUSE")
    assert ev.location is not None and ev.location.text == "Kaohsiung"


def test_object_of_condemn_is_used_when_nothing_else_is():
    ev = located_event("On 2 March 2023, the union condemned the shelling of Kharkiv.",
                       "condemned", "ACCUSE")
    assert ev.location is not None and ev.location.text == "Kharkiv"


# -- country coherence of event places ------------------------------------------------------
def test_arabic_article_does_not_make_a_name_weak():
    from dateline.pipeline.place_coherence import _bare
    assert _bare("As Samawah") == _bare("Samawah") == "samawah"
    assert _bare("Al-Muthanna") == _bare("Muthanna")
    assert _bare("Alabama") == "alabama"


def test_town_in_a_country_the_text_names_is_no_stray():
    text = ("On 9 May 2023, tenants hit by the Asbestos and Mica scandal gathered in Ennis to "
            "demand repairs to damaged homes across Ireland.")
    a = article(text)
    from dateline.pipeline import places
    ev = event(a, "gathered", "PROTEST")
    places.geolocate(a)
    assert ev.location is not None and ev.location.text == "Ennis"
    assert ev.location.country == "IRL"


def test_division_named_without_its_arabic_article_is_firm():
    ev = located_event("On 6 May 2023, locals from the Al Karama and Al Warka districts protested "
                       "outside offices in Muthanna province.", "protested", "PROTEST")
    assert ev.location is not None and ev.location.country == "IRQ"


# -- hints known only by another spelling ---------------------------------------------------
def test_hint_known_only_as_another_spelling_of_a_small_place_is_no_hint(gz):
    from dateline.gazetteer import parens
    from dateline.gazetteer.resolve import Mention, candidates_for
    heads = candidates_for(gz, Mention("Clay County", 0, 11))
    head, _ = parens.choose(gz, heads, ["Ching"])
    assert head is not None and head.country2 == "US" and head.feature_code == "ADM2"

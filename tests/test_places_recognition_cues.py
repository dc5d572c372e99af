"""Places recognition beyond spaCy's labels (2026-11-25): a name recognised once counts in any
case, town names before local-office words and inside institution names, demonyms spaCy does not
label, hyphenated compounds. Sentences written for these tests (issue 5).
"""
from __future__ import annotations

import pytest

from test_places import by_text
from test_places_context import located

pytestmark = pytest.mark.slow


def test_a_name_recognised_in_capitals_is_recognised_in_title_case():
    # the in-text dateline "ROCKY HILL —" makes the headline's "Rocky Hill" a place too
    a = located("Rocky Hill Tax Credits Available. ROCKY HILL — Residents of the Connecticut town "
                "may apply for the credits until June.")
    got = by_text(a)
    assert "Rocky Hill" in got and "ROCKY HILL" in got
    assert got["Rocky Hill"].name == got["ROCKY HILL"].name == "Rocky Hill"


def test_town_before_a_local_office_word_in_a_headline():
    a = located("Readington superintendent decides not to renew contract. The board of education met "
                "on Monday.")
    assert by_text(a)["Readington"].admin1 == "New Jersey"


def test_demonyms_spacy_does_not_label():
    a = located("Two Abkhaz servicemen were wounded on Monday. The Sri Lankan civil war ended in 2009.")
    got = by_text(a)
    assert got["Abkhaz"].name == "Abkhazia"
    assert got["Sri Lankan"].country == "LKA"
    # a person's name is not a demonym
    b = located("John French said the plan would fail.")
    assert "French" not in by_text(b)


def test_hyphenated_compounds_name_their_country():
    a = located("The U.S.-led coalition and Iranian-backed militias clashed, and a Russian-American "
                "crew flew to the station.")
    got = by_text(a)
    assert got["U.S."].country == "USA" and got["Iranian"].country == "IRN"
    assert got["Russian"].country == "RUS" and got["American"].country == "USA"
    for p in a.places:
        assert a.text[p.start:p.end] == p.text


def test_town_names_inside_institution_names():
    a = located("The Friends of Madison County Public Library raised money for books, and the Richmond "
                "Olympic Oval drew crowds on Saturday.")
    got = by_text(a)
    assert "Madison County" in got and "Richmond" in got

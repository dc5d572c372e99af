"""Gazetteer spellings: transliterated names with Latin Extended Additional letters
("Kunaṟ", "Şalāḩ ad Dīn"), division spellings of the press (supplement.ADMIN_ALIASES),
and Arabic articles in the back-off. Names and sentences written for these tests (issue 5).
"""
from __future__ import annotations

import pytest

from dateline.gazetteer import load
from dateline.gazetteer.normalize import is_latin
from test_places import by_text
from test_places_context import located


def first(name: str):
    found = load().lookup(name)
    return found[0] if found else None


def test_transliterations_with_extended_latin_letters_are_names():
    assert is_latin("Kunaṟ") and is_latin("Şalāḩ ad Dīn") and is_latin("ʻAdan")
    assert not is_latin("كنر") and not is_latin("Киев")
    e = first("Kunar")
    assert e is not None and e.country == "AFG" and e.feature_code == "ADM1"


@pytest.mark.parametrize("name, country", [
    ("Ninewa", "IRQ"), ("Thi Qar", "IRQ"), ("Salah al-Din", "IRQ"), ("Deir Ezzor", "SYR"),
    ("Rural Damascus", "SYR"), ("Urozgan", "AFG"), ("Hodeidah", "YEM"),
])
def test_press_spellings_of_divisions(name, country):
    e = first(name)
    assert e is not None and e.country == country and e.feature_code == "ADM1"


@pytest.mark.slow
def test_arabic_article_is_not_a_known_part_of_a_name():
    a = located("On 4 March 2022, police dispersed protesters in Ash Shakhurah village (Northern), "
                "Bahrain.")
    p = by_text(a).get("Ash Shakhurah")
    assert p is None or p.country != "GBR"


@pytest.mark.parametrize("name, code", [
    ("Puget Sound", "SD"), ("Chesapeake Bay", "BAY"), ("Lake Superior", "LK"), ("Rockies", "MTS"),
    ("Potomac River", "STM"),
])
def test_major_us_physical_features(name, code):
    e = first(name)
    assert e is not None and e.feature_code == code and e.lat is not None

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


# -- spelling variants of unknown names (gazetteer.spelling), written for these tests --------
from dateline.gazetteer import spelling  # noqa: E402
from dateline.extract import extract  # noqa: E402


def test_skeleton_drops_vowels_doubles_and_romanisation_digraphs():
    assert spelling.skeleton("nassriya") == spelling.skeleton("nasiriyah") == "nsr"
    assert spelling.skeleton("dhanusha") == spelling.skeleton("dhanusa")
    assert spelling.skeleton("khost") == spelling.skeleton("kost")
    assert spelling.skeleton("ahmad") == "amd"  # the first letter stays, vowel or not


def test_variants_find_main_names_of_towns_and_divisions():
    found = spelling.variants(load(), "Nassriya")
    assert found and found[0][1].name == "Nasiriyah" and found[0][1].country == "IRQ"
    assert all(0.8 <= r <= 1.0 and not e.alternate for r, e in found)
    assert spelling.variants(load(), "Dhanusha")[0][1].country == "NPL"


def test_variants_of_short_or_unlike_names_are_none():
    assert spelling.variants(load(), "Ubo") == []  # too short to say
    assert spelling.variants(load(), "Xqzvwt") == []


def first_location(text):
    events = extract(text).events
    return events[0].location if events else None


@pytest.mark.slow
def test_respelled_division_with_a_country_that_vouches():
    loc = first_location("Nepali police detained ten traders in Dhanusha district on Monday.")
    assert loc is not None and loc.name == "Dhanusa" and loc.country == "NPL"


@pytest.mark.slow
def test_respelled_big_town_alone():
    loc = first_location("Protesters blocked the highway near Nassriya city on Sunday, burning tyres.")
    assert loc is not None and loc.name == "Nasiriyah"


@pytest.mark.slow
def test_small_lookalike_abroad_is_not_taken():
    # "Bhangar" is not Bangar in the Philippines: nothing vouches for it, and it is small
    places = extract("Rebels attacked a convoy near Bhangar city in Nepal.").places
    assert all(p.country in (None, "NPL") for p in places)


@pytest.mark.slow
def test_name_with_its_divisions_is_not_respelled():
    # the unknown village falls back to its hints, not to a lookalike in another country
    loc = first_location("On 9 March 2022, students protested outside a school in Mkwezi (Blantyre, Southern).")
    assert loc is not None and loc.country == "MWI"


# -- hints with class words and numerals; Myanmar's split states ----------------------------
@pytest.mark.slow
def test_hint_with_class_word_and_numeral():
    loc = first_location("On 4 June 2022, farmers rallied in Gosaba town (South 24 Parganas district, "
                         "West Bengal).")
    assert loc is not None and loc.country == "IND" and loc.admin1 == "West Bengal"


@pytest.mark.slow
def test_single_hint_with_class_word_stays_a_place():
    loc = first_location("On 2 April 2022, party cadres staged a protest in Rupa rural municipality "
                         "(Kaski district).")
    assert loc is not None and loc.name == "Kaski"


@pytest.mark.slow
def test_shan_north_state():
    loc = first_location("On 2 May 2022, soldiers shelled Hsenwi township (Lashio district, "
                         "Shan-North state).")
    assert loc is not None and loc.country == "MMR" and loc.admin1 == "Shan"
    e = first("Shan-South")
    assert e is not None and e.name == "Shan" and e.feature_code == "ADM1"

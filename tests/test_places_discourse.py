"""Issue 5, tenth round: small towns abroad that nothing else in the article points to, and a
name written again without the divisions it first came with (:mod:`dateline.gazetteer.discourse`).

Waitsburg is a town of about 1,200 people in Washington State and the gazetteer's only place of
that name: in these sentences (written for these tests) it stands for a village the gazetteer
lacks elsewhere.
"""
from __future__ import annotations

import pytest

from test_places import article, event

pytestmark = pytest.mark.slow


def _located(text: str, trigger: str, type_: str):
    from dateline.pipeline import places
    a = article(text)
    ev = event(a, trigger, type_)
    places.geolocate(a)
    return a, ev


def test_small_town_abroad_against_the_articles_country():
    a, ev = _located("On 3 May 2023, a sniper wounded a shepherd near Waitsburg village in Atareb "
                     "district, Aleppo.", "wounded", "ASSAULT")
    assert not any(p.country == "USA" for p in a.places)
    assert ev.location is not None and ev.location.country == "SYR"


def test_small_town_abroad_written_in_a_division_of_another_country():
    a, ev = _located("On 3 May 2023, warplanes struck Waitsburg in Idleb governorate.", "struck", "ASSAULT")
    assert not any(p.country == "USA" for p in a.places)
    assert ev.location is not None and ev.location.country == "SYR"


def test_small_town_abroad_before_a_district_in_brackets():
    a, ev = _located("On 3 May 2023, farmers protested in Waitsburg municipality (Bara district) over "
                     "fertiliser prices.", "protested", "PROTEST")
    assert not any(p.country == "USA" for p in a.places)
    assert ev.location is not None and ev.location.country == "NPL"


def test_hometown_beside_places_abroad_stays():
    # a soldier's hometown in a story about Iraq: nothing writes it as lying there (a first
    # version that dropped any small town the article's other places disagreed with cost LGL)
    a, _ = _located("Spc. Dana Reyes of Waitsburg was wounded in Baqubah, in Diyala province, Iraq, "
                    "on Monday.", "wounded", "ASSAULT")
    assert [p.country for p in a.places if p.text == "Waitsburg"] == ["USA"]


def test_small_town_abroad_stays_when_nothing_disagrees():
    a, _ = _located("On 3 May 2023, farmers marched through Waitsburg to the county fair.",
                    "marched", "PROTEST")
    assert [p.country for p in a.places if p.text == "Waitsburg"] == ["USA"]
    # ... and when the article's other places are in its country
    a, _ = _located("On 3 May 2023, farmers from Waitsburg and Dayton marched to Walla Walla.",
                    "marched", "PROTEST")
    assert [p.country for p in a.places if p.text == "Waitsburg"] == ["USA"]


def test_a_name_written_again_keeps_the_sense_its_divisions_gave_it():
    a, ev = _located("On 3 May 2023, troops shelled Waitsburg, Dnipropetrovsk, for an hour "
                     "(coded to Waitsburg).", "shelled", "ASSAULT")
    assert {p.country for p in a.places if p.text == "Waitsburg"} == {"UKR"}
    assert ev.location is not None and ev.location.country == "UKR"


def test_follow_hinted_on_plain_mentions():
    from dateline.gazetteer import load
    from dateline.gazetteer.discourse import follow_hinted
    from dateline.gazetteer.resolve import Mention
    gz = load()
    dnipro = next(e for e in gz.candidates("Dnipro") if e.country == "UKR" and e.feature_class == "P")
    waits = gz.candidates("Waitsburg")[0]
    head = Mention("Waitsburg", 0, 9, entry=dnipro)
    head.parts = [Mention("Dnipropetrovsk", 11, 25, part_of=head, entry=dnipro)]
    again = Mention("Waitsburg", 40, 49, entry=waits)
    unknown = Mention("Waitsburg", 60, 69)  # nothing for it: stays unresolved
    follow_hinted([head, *head.parts, again, unknown])
    assert again.entry == dnipro and unknown.entry is None


def test_far_namesake_of_the_head_does_not_pull_its_hint_home():
    # the head's only sense is in Washington State; Lima, Ohio, is no nearer to it than Lima,
    # Peru, so the hint keeps its best-known sense
    a, ev = _located("On 3 May 2023, in Waitsburg (Lima), nurses marched to the ministry to demand "
                     "higher pay.", "marched", "PROTEST")
    assert ev.location is not None and ev.location.country == "PER"
    # a hint's namesake near the head still backs it: the town, not a division abroad
    a, ev = _located("On 3 May 2023, in Walla Walla (Washington), nurses marched to demand higher pay.",
                     "marched", "PROTEST")
    assert ev.location is not None and ev.location.country == "USA"

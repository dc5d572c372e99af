"""Acceptance on the seed article (../shared/seed) and on one of our own sample articles."""
from __future__ import annotations

import pytest

from dateline.schema import validate
from spans import assert_spans_exact

pytestmark = pytest.mark.slow


def _countries(actors):
    return {a.country for a in actors}


def test_seed_output_is_valid_and_spans_exact(seed_text, seed_doc):
    data = seed_doc.to_dict()
    validate(data)
    assert assert_spans_exact(seed_text, data) > 20


def test_seed_retreat_by_russia_from_kherson(seed_doc):
    retreats = [e for e in seed_doc.events if e.type == "RETREAT"]
    assert retreats, [e.type for e in seed_doc.events]
    located = [e for e in retreats if "RUS" in _countries(e.actors) and e.location
               and e.location.name and "Kherson" in e.location.name]
    assert located, [(e.trigger.text, e.actors, e.location) for e in retreats]
    place = located[0].location
    assert place.country == "UKR"
    assert place.lat == pytest.approx(46.6, abs=0.3) and place.lon == pytest.approx(32.6, abs=0.3)


def test_seed_consult_russia_iran_in_tehran(seed_doc):
    consults = [e for e in seed_doc.events if e.type == "CONSULT"]
    ok = [e for e in consults
          if {"RUS", "IRN"} <= _countries(e.actors) | _countries(e.recipients)
          and e.location is not None and (e.location.name or "").startswith("Tehran")]
    assert ok, [(e.trigger.text, e.actors, e.recipients, e.location) for e in consults]


def test_seed_accuse_by_ukraine_against_russia(seed_doc):
    accusations = [e for e in seed_doc.events if e.type == "ACCUSE"]
    ok = [e for e in accusations if "UKR" in _countries(e.actors) and "RUS" in _countries(e.recipients)]
    assert ok, [(e.trigger.text, e.actors, e.recipients) for e in accusations]


def test_seed_assault_on_energy_infrastructure(seed_doc):
    assaults = [e for e in seed_doc.events if e.type == "ASSAULT"]
    assert any("energy" in e.sentence.text and "UKR" in _countries(e.recipients) | {None}
               for e in assaults), [(e.trigger.text, e.recipients) for e in assaults]


@pytest.mark.parametrize("speaker", ["Surovikin", "Shamkhani", "Raisi"])
def test_seed_direct_quotes_with_speakers(seed_doc, speaker):
    direct = [q for q in seed_doc.quotes if q.kind == "direct"]
    assert any(speaker in (q.speaker_name or "") for q in direct), [
        (q.speaker_name, q.content.text[:40]) for q in direct]


def test_seed_nothing_from_header_or_duplicated_caption(seed_text, seed_doc):
    header_end = seed_text.index("\n")
    caption = "attends a training to test the strategic deterrence forces"
    for event in seed_doc.events:
        assert event.sentence.start >= header_end
        assert caption not in event.sentence.text
    for quote in seed_doc.quotes:
        assert quote.content.start >= header_end


# -- the same kind of acceptance on one of our own sample articles --------------------------

@pytest.fixture(scope="module")
def odesa():
    import dateline
    from conftest import EXAMPLES

    path = EXAMPLES / "2023-04-02-ukraine-drone-strikes.txt"
    text = path.read_text(encoding="utf-8")
    return text, dateline.extract(text, date="2023-04-02", id=path.stem)


def test_example_valid_and_spans_exact(odesa):
    text, doc = odesa
    validate(doc.to_dict())
    assert assert_spans_exact(text, doc.to_dict()) > 20


def test_example_assault_by_russia_located_in_odesa_or_kharkiv(odesa):
    _, doc = odesa
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    ok = [e for e in assaults if "RUS" in _countries(e.actors) and e.location
          and e.location.name in ("Odesa", "Odessa", "Kharkiv") and e.location.country == "UKR"]
    assert ok, [(e.trigger.text, e.actors, e.location) for e in assaults]


def test_example_accuse_and_aid(odesa):
    _, doc = odesa
    assert any(e.type == "ACCUSE" and "UKR" in _countries(e.actors) and "RUS" in _countries(e.recipients)
               for e in doc.events), [(e.type, e.actors, e.recipients) for e in doc.events]
    assert any(e.type == "AID" and "NLD" in _countries(e.actors) for e in doc.events)


def test_example_negated_denial(odesa):
    _, doc = odesa
    denied = [e for e in doc.events if e.type == "ASSAULT" and e.negated]
    assert denied and all("denied" in e.sentence.text for e in denied)


def test_example_quotes(odesa):
    _, doc = odesa
    speakers = {q.speaker_name for q in doc.quotes if q.kind == "direct"}
    assert any("Hrytsenko" in (s or "") for s in speakers), speakers
    # "according to the city's mayor, Ihor Lysenko": the mayor, named by the apposition
    assert any(q.kind == "according_to" and "Lysenko" in (q.speaker_name or "")
               for q in doc.quotes), [(q.kind, q.speaker, q.speaker_name) for q in doc.quotes]

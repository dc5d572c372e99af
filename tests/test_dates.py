"""The dates stage: expressions resolved against the publication date, with precision."""
from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline.dates import resolve

PUB = dt.date(2022, 11, 9)  # a Wednesday


@pytest.mark.parametrize("expression, expected, precision", [
    ("on Wednesday", "2022-11-09", "day"),
    ("on Monday", "2022-11-07", "day"),
    ("last Thursday", "2022-11-03", "day"),
    ("yesterday", "2022-11-08", "day"),
    ("today", "2022-11-09", "day"),
    ("last week", "2022-10-31", "week"),
    ("on Feb. 24", "2022-02-24", "day"),
    ("on December 20", "2021-12-20", "day"),   # a date well after publication is last year's
    ("on Nov. 12", "2022-11-12", "day"),       # a few days ahead: this year's (announced plans)
    ("24 February 2022", "2022-02-24", "day"),
    ("in October", "2022-10-01", "month"),
    ("last month", "2022-10-01", "month"),
    ("in 2014", "2014-01-01", "year"),
    ("2021-06-30", "2021-06-30", "day"),
    ("September 5, 2019", "2019-09-05", "day"),
])
def test_resolve(expression, expected, precision):
    date, prec = resolve(expression, PUB)
    assert (date.isoformat(), prec) == (expected, precision)


@pytest.mark.parametrize("expression", ["recent weeks", "the ninth month", "one", "Feb. 30"])
def test_unresolvable(expression):
    assert resolve(expression, PUB) is None


@pytest.mark.slow
def test_event_dates_fall_back_to_publication_date(monkeypatch):
    import dateline
    import importlib
    extract_module = importlib.import_module("dateline.extract")
    from dateline.pipeline import events as events_stage
    from dateline.records import Event

    def one_event_per_sentence(article):
        article.events = [Event(type="ASSAULT", trigger=article.span_of(s.root),
                                sentence=article.span_of(s)) for s in article.doc.sents]
    monkeypatch.setattr(extract_module, "STAGES", (one_event_per_sentence,) + extract_module.STAGES[1:])
    doc = dateline.extract("Rebels attacked the town on Monday. Rebels attacked the town again.",
                           date="2022-11-09")
    assert [(e.date, e.date_precision) for e in doc.events] == [("2022-11-07", "day"), ("2022-11-09", "day")]


@pytest.mark.slow
def test_date_comes_from_the_events_own_clause(monkeypatch):
    import importlib
    import dateline
    from dateline.records import Event
    extract_module = importlib.import_module("dateline.extract")

    def verbs_as_events(article):
        article.events = [Event(type="ASSAULT", trigger=article.span_of(t), sentence=article.span_of(t.sent))
                          for t in article.doc if t.lemma_ in ("attack", "withdraw")]
    monkeypatch.setattr(extract_module, "STAGES", (verbs_as_events,) + extract_module.STAGES[1:])
    doc = dateline.extract("Officials said on Monday that rebels attacked the town on Saturday. "
                           "Officials said on Monday that troops withdrew.", date="2022-11-09")
    # The attack is dated by its own "on Saturday"; the withdrawal has no date of its own
    # ("on Monday" dates the saying), so it takes the publication date.
    assert [(e.trigger.text, e.date) for e in doc.events] == [
        ("attacked", "2022-11-05"), ("withdrew", "2022-11-09")]

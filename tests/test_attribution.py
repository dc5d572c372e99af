"""Attribution stage: events inside reported speech carry who claims them."""
from __future__ import annotations

import pytest

from dateline.pipeline.attribution import attribute_events, claimant
from dateline.records import Event, Quote, Span


def _span(text, phrase):
    start = text.index(phrase)
    return Span(phrase, start, start + len(phrase))


def test_innermost_quote_wins_and_cue_is_not_claimed():
    text = "NourNews said that Shamkhani claimed that Russia attacked Kyiv."
    outer = Quote("according_to", _span(text, "that Shamkhani claimed that Russia attacked Kyiv"),
                  _span(text, "NourNews"), "NourNews", _span(text, "said"))
    inner = Quote("indirect", _span(text, "that Russia attacked Kyiv"), _span(text, "Shamkhani"),
                  "Shamkhani", _span(text, "claimed"))
    attack = Event("ASSAULT", _span(text, "attacked"), _span(text, text))
    claim = Event("ACCUSE", _span(text, "claimed"), _span(text, text))
    assert claimant(attack, [outer, inner]).text == "Shamkhani"
    assert claimant(claim, [outer, inner]).text == "NourNews"
    assert claimant(Event("ACCUSE", _span(text, "said"), _span(text, text)), [outer, inner]) is None


def test_quote_without_speaker_falls_to_the_enclosing_one():
    text = "The army said: It was attacked."
    outer = Quote("indirect", _span(text, "It was attacked."), _span(text, "The army"), "army",
                  _span(text, "said"))
    inner = Quote("direct", _span(text, "was attacked"), None, None, None)
    event = Event("ASSAULT", _span(text, "attacked"), _span(text, text))
    assert claimant(event, [inner, outer]).text == "The army"


@pytest.fixture(scope="module")
def run():
    from dateline.pipeline import parse
    from dateline.pipeline.article import Article
    from dateline.pipeline.quotes import find_quotes

    nlp = parse.load_nlp()

    def go(text, trigger_words):
        article = Article(id="t", text=text, clean_text=text, offsets=list(range(len(text))),
                          doc=nlp(text))
        for tok in article.doc:
            if tok.text in trigger_words:
                article.events.append(Event(type="ASSAULT", trigger=article.span_of(tok),
                                            sentence=article.span_of(tok.sent)))
        find_quotes(article)
        attribute_events(article)
        return {e.trigger.text: e.attributed_to for e in article.events}
    return go


@pytest.mark.slow
def test_accusation_noun_complement(run):
    text = ("Patrushev's visit followed accusations by Ukraine and the West that Russia has used "
            "Iranian drones to target Ukraine's energy infrastructure.")
    got = run(text, {"target"})
    assert got["target"] is not None and got["target"].text == "Ukraine and the West"
    assert text[got["target"].start:got["target"].end] == got["target"].text


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, who", [
    ('"Russian troops shelled the village," the mayor said.', "shelled", "the mayor"),
    ("Kyiv said that Russian missiles struck a power plant.", "struck", "Kyiv"),
    ("Two civilians were killed in the shelling, according to local officials.", "killed",
     "local officials"),
    ("Ukraine and the West accuse Russia of bombing the dam.", "bombing", "Ukraine and the West"),
    ("Rebels attacked the convoy, state media reported.", "attacked", "state media"),
])
def test_events_in_reported_speech(run, text, trigger, who):
    got = run(text, {trigger})
    assert got[trigger] is not None and who in got[trigger].text


@pytest.mark.slow
def test_plain_fact_is_not_attributed(run):
    got = run("Russian troops shelled the village on Tuesday.", {"shelled"})
    assert got["shelled"] is None


def test_never_raises_on_broken_article():
    class Broken:
        id = "b"
        events = [Event("ASSAULT", Span("x", 0, 1), Span("x", 0, 1))]
        quotes = [None]
    attribute_events(Broken())  # logs, does not raise
    assert Broken.events[0].attributed_to is None

"""Quotes stage: quotation-mark scanning, PolNeAR scoring, and passages written for these tests."""
from __future__ import annotations

import os

import pytest

from dateline.quotes.evaluation import Attribution, Report, half_overlap, read_ann, score
from dateline.quotes.marks import find_regions

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared")
SEED = os.path.join(SHARED, "seed", "kherson-2022-11-09.txt")
POLNEAR_DEV = os.path.join(SHARED, "data", "dev", "polnear", "dev")


# -- quotation marks (no model) -------------------------------------------------------------
def _contents(text):
    return [text[r.content_start:r.content_end] for r in find_regions(text)]


@pytest.mark.parametrize("text, expected", [
    ('He said: "We will win." Then he left.', ["We will win."]),
    ("\u201cWe will win,\u201d he said.", ["We will win"]),
    ('"First part," he said. "Second part."', ["First part", "Second part."]),
    ('"One paragraph ends open.\n\n"The next goes on," she said.',
     ['One paragraph ends open.\n\n"The next goes on']),
    ('A stray "opening mark\n\nNew paragraph.', ["opening mark"]),
    ("He said ``we are ready'' to talk.", ["we are ready"]),
    ("\u201cShe told me \u2018leave now\u2019 and I did,\u201d he said.",
     ["She told me \u2018leave now\u2019 and I did"]),
    ("It's the army's 'last stand', he said.", []),
    ("", []),
    ('"', []),
])
def test_quotation_regions(text, expected):
    assert _contents(text) == expected


def test_regions_never_raise_on_odd_input():
    for text in ['""""', "\u201d\u201d\u201c", '"\n"\n"', "\x00\"\ud800\"", "\u00abbonjour\u00bb"]:
        for region in find_regions(text):
            assert 0 <= region.content_start <= region.content_end <= len(text)


# -- scoring (no model) ----------------------------------------------------------------------
ANN = ("T1\tSource 0 5\tAlice\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tthat it w\nas ok\n"
       "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
       "T5\tCue 40 52\taccording to\nT6\tContent 31 39\tthe rain\n"
       "E2\tAttribution-no-source:T5 Cue:T5 Content:T6\nT7\tDiscuss 0 3\tAli\n")


def test_read_ann_handles_discontinuous_and_multiline_spans():
    gold = read_ann(ANN)
    assert [g.content for g in gold] == [[(11, 20), (25, 30)], [(31, 39)]]
    assert gold[0].source == (0, 5) and gold[1].source is None
    assert gold[0].cue == (6, 10)


def test_half_overlap_uses_the_shorter_span():
    assert half_overlap([(0, 100)], [(10, 20)])
    assert half_overlap([(0, 10)], [(5, 30)])
    assert not half_overlap([(0, 10)], [(6, 30)])
    assert not half_overlap([(0, 0)], [(0, 10)])


def test_score_counts_matches_and_speakers():
    gold = read_ann(ANN)
    predicted = [Attribution([(11, 30)], (0, 5)), Attribution([(31, 39)], (40, 52)),
                 Attribution([(60, 70)], None)]
    report = Report()
    score(gold, predicted, report)
    assert (report.gold, report.predicted, report.matched, report.speaker_right) == (2, 3, 2, 1)
    assert report.precision == pytest.approx(2 / 3) and report.recall == 1.0
    assert report.speaker_accuracy == 0.5


# -- passages (spaCy model) -----------------------------------------------------------------
@pytest.fixture(scope="module")
def quotes_of():
    from dateline.pipeline import parse
    from dateline.pipeline.article import Article
    from dateline.pipeline.quotes import find_quotes

    nlp = parse.load_nlp()

    def run(text):
        article = Article(id="t", text=text, clean_text=text, offsets=list(range(len(text))),
                          doc=nlp(text))
        find_quotes(article)
        for q in article.quotes:
            for span in (q.content, q.speaker, q.cue):
                if span is not None:
                    assert text[span.start:span.end] == span.text
        return article.quotes
    return run


def _find(quotes, content):
    hits = [q for q in quotes if content in q.content.text]
    assert hits, f"no quote holds {content!r}: {[q.content.text for q in quotes]}"
    return min(hits, key=lambda q: len(q.content.text))


PASSAGES = [
    # (passage, a phrase of the content, speaker name holds, kind)
    ('Surovikin said: "We will save the lives of our soldiers."', "save the lives", "Surovikin", "direct"),
    ('"Keeping them on the right bank is futile," Surovikin said.', "futile", "Surovikin", "direct"),
    ("\u201cKeeping them there is futile,\u201d the general said.", "futile", "general", "direct"),
    ('"We will not retreat," said Colonel Ivan Petrov, the regional commander.', "not retreat",
     "Ivan Petrov", "direct"),
    ('Defense Minister Sergei Shoigu responded: "I agree with your conclusions."', "I agree",
     "Sergei Shoigu", "direct"),
    ('Maria Lopez told reporters: "The vote was stolen."', "vote was stolen", "Maria Lopez", "direct"),
    ('The prime minister wrote on Twitter: "Our borders are closed."', "borders are closed",
     "prime minister", "direct"),
    ('"Prices will rise," Anna Novak said. "Nobody can stop that now."', "Nobody can stop",
     "Anna Novak", "direct"),
    ('"Prices will rise," she said, "and nobody can stop that."', "nobody can stop", "she", "direct"),
    ('"This is the first paragraph of a long statement.\n\n"And this is the second one," the '
     'mayor said.', "second one", "mayor", "direct"),
    ('Tom Briggs said: "He told me \'we are done\' and left."', "we are done", "Tom Briggs", "direct"),
    ('"Apparently we will leave the city," said the War Gonzo blog, which has many readers.\n\n'
     '"Kherson cannot be held," it said.', "cannot be held", "War Gonzo blog", "direct"),
    ('"Is this a ceasefire?" asked Omar Haddad.', "ceasefire", "Omar Haddad", "direct"),
    ("Jonas Berg said that the talks had failed.", "talks had failed", "Jonas Berg", "indirect"),
    ("The foreign ministry said the embassy would reopen next week.", "embassy would reopen",
     "foreign ministry", "indirect"),
    ("Kim Ahn told reporters the army had pulled back from the river.", "army had pulled back",
     "Kim Ahn", "indirect"),
    ("The governor warned that more floods were coming.", "more floods", "governor", "indirect"),
    ("Moscow denied that its troops had crossed the border.", "troops had crossed", "Moscow",
     "indirect"),
    ("The rebels accused the government of bombing a market.", "bombing a market", "rebels",
     "indirect"),
    ("Troops had crossed the border overnight, the ministry said.", "crossed the border",
     "ministry", "indirect"),
    ("The strike, the spokesman said, hit an empty warehouse.", "hit an empty warehouse",
     "spokesman", "indirect"),
    ("Lena Fischer claimed that the ballots had been destroyed.", "ballots had been destroyed",
     "Lena Fischer", "indirect"),
    ("Police announced that the suspect had been arrested.", "suspect had been arrested", "Police",
     "indirect"),
    ("The opposition insisted the election was rigged.", "election was rigged", "opposition",
     "indirect"),
    ("Seven people were killed in the blast, according to local police.", "Seven people",
     "local police", "according_to"),
    ("According to the United Nations, two million people have fled.", "two million",
     "United Nations", "according_to"),
    ("The army has withdrawn from the town, state media reported.", "withdrawn from the town",
     "state media", "according_to"),
    ("Two officials said on condition of anonymity that the plan had been dropped.",
     "plan had been dropped", "officials", "according_to"),
    ("Reuters reported that the pipeline was damaged.", "pipeline was damaged", "Reuters",
     "according_to"),
    ("Peter Mills arrived late. He said the meeting had been cancelled.", "meeting had been cancelled",
     "Peter Mills", "indirect"),
    ("The agency issued a statement saying the shipment had been seized.", "shipment had been seized",
     "statement", "indirect"),
    ("Sara Cole, who heads the union, said the strike would continue.", "strike would continue",
     "Sara Cole", "indirect"),
    ("The president added that the sanctions would stay.", "sanctions would stay", "president",
     "indirect"),
    ("Rescue workers said dozens of people were trapped.", "dozens of people", "Rescue workers",
     "indirect"),
    ("Analysts predicted that inflation would fall.", "inflation would fall", "Analysts", "indirect"),
    ("The army admitted that two soldiers had died.", "two soldiers had died", "army", "indirect"),
    ("\u201cWe are ready to talk,\u201d the envoy said in a statement.", "ready to talk", "envoy",
     "direct"),
    ('The minister said: "We have no plans to leave."', "no plans to leave", "minister", "direct"),
    ('"We will respond," Iran\'s foreign minister said, according to the IRNA agency.',
     "We will respond", "foreign minister", "direct"),
    ("Ukraine and the West accuse Russia of using Iranian drones.", "using Iranian drones",
     "Ukraine and the West", "indirect"),
]


@pytest.mark.slow
@pytest.mark.parametrize("passage, content, speaker, kind", PASSAGES)
def test_passage(quotes_of, passage, content, speaker, kind):
    quote = _find(quotes_of(passage), content)
    assert quote.speaker_name is not None and speaker.lower() in quote.speaker_name.lower()
    assert quote.kind == kind
    assert quote.cue is not None


@pytest.mark.slow
def test_pronouns_resolve_to_earlier_speakers(quotes_of):
    quotes = quotes_of("Security Council Secretary Nikolai Patrushev met Iranian leaders on Wednesday. "
                       "The official said that Tehran was a reliable partner. "
                       "He added that talks would go on.")
    assert "Patrushev" in _find(quotes, "reliable partner").speaker_name
    assert "Patrushev" in _find(quotes, "talks would go on").speaker_name


@pytest.mark.slow
def test_interrupted_quote_shares_speaker_and_cue(quotes_of):
    quotes = quotes_of('"We will hold," Olga Tkach said. "The city is ours."')
    first, second = _find(quotes, "We will hold"), _find(quotes, "The city is ours")
    assert first.speaker_name == second.speaker_name and "Tkach" in first.speaker_name
    assert (first.cue.start, first.cue.end) == (second.cue.start, second.cue.end)


@pytest.mark.slow
def test_chain_keeps_the_channel(quotes_of):
    quotes = quotes_of('"Iran supports any initiative for peace," Shamkhani said, according to '
                       "Iran's NourNews agency.")
    inner = _find(quotes, "supports any initiative")
    assert inner.kind == "direct" and "Shamkhani" in inner.speaker_name
    outer = [q for q in quotes if q.kind == "according_to"]
    assert outer and "NourNews" in outer[0].speaker_name
    assert outer[0].content.start <= inner.content.start and inner.content.end <= outer[0].content.end
    assert inner.via is not None and "NourNews" in inner.via.text
    assert "NourNews" in (inner.via_name or "")


@pytest.mark.slow
def test_scare_quotes_are_not_quotes(quotes_of):
    quotes = quotes_of('Russia wants to end what it calls U.S. "hegemony" in the region.')
    assert not any(q.kind == "direct" and q.content.text == "hegemony" for q in quotes)


@pytest.mark.slow
def test_odd_input_never_raises(quotes_of):
    for text in ["", " ", '"', '""', "\u201c\u201c\u201c", "said said said", "According to",
                 '"' * 50, "x\n\n\"" * 20]:
        quotes_of(text)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists(SEED), reason="shared seed article not present")
def test_seed_article():
    from dateline.extract import extract

    with open(SEED, encoding="utf-8") as fh:
        document = extract(fh.read(), date="2022-11-09")
    direct = [q for q in document.quotes if q.kind == "direct"]
    by_phrase = {
        "save the lives": "Surovikin", "I agree with your conclusions": "Shoigu",
        "Apparently we will leave": "War Gonzo", "black page": "War Gonzo",
        "bare hands": "War Gonzo", "Iran welcomes": "Shamkhani", "most decisive": "Raisi",
    }
    for phrase, speaker in by_phrase.items():
        quote = _find(direct, phrase)
        assert speaker in (quote.speaker_name or ""), (phrase, quote.speaker_name)
    channels = [q for q in document.quotes if q.kind == "according_to"]
    assert any("NourNews" in (q.speaker_name or "") and "Iran welcomes" in q.content.text
               for q in channels)
    assert any("state media" in (q.speaker_name or "") and "discussed" in q.content.text
               for q in channels)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir(POLNEAR_DEV), reason="PolNeAR dev not present")
def test_polnear_dev_floor():
    from dateline.quotes.evaluation import evaluate_brat

    report = evaluate_brat(POLNEAR_DEV)
    assert report.documents == 84
    assert report.f1 >= 0.70 and report.speaker_accuracy >= 0.80, report.summary()


# -- rules learned on PolNeAR train, continuation, headlines, chains ------------------------
def test_context_factor_discounts_cues_inside_complements():
    from dateline.quotes import lexicon as lx

    root = lx.rule_score("say", "VERB", "ccomp") * lx.context_factor("ROOT", "VBD", True)
    nested = lx.rule_score("say", "VERB", "ccomp") * lx.context_factor("ccomp", "VB", False)
    assert root > nested
    assert root >= lx.RULE_THRESHOLD
    assert lx.rule_score("have", "VERB", "dobj") < lx.RULE_THRESHOLD  # too common to be a cue


@pytest.mark.slow
def test_quote_goes_on_after_a_scene_between(quotes_of):
    quotes = quotes_of('"We will hold this bridge," Olga Tkach said as the sirens sounded over the '
                       'square. "The city is ours."')
    first, second = _find(quotes, "hold this bridge"), _find(quotes, "The city is ours")
    assert "Tkach" in (second.speaker_name or "")
    assert (first.cue.start, first.cue.end) == (second.cue.start, second.cue.end)


@pytest.mark.slow
def test_lone_quotation_paragraph_joins_the_quote_before(quotes_of):
    quotes = quotes_of('"The harvest was the worst in twenty years," said farmer Anton Berg.\n\n'
                       'The village lies two hours from the coast.\n\n'
                       '"We have sold half of our cattle and we will sell the rest by the winter."')
    first, lone = _find(quotes, "worst in twenty years"), _find(quotes, "sold half of our cattle")
    assert "Berg" in (lone.speaker_name or "")
    assert lone.cue is not None and (lone.cue.start, lone.cue.end) == (first.cue.start, first.cue.end)


@pytest.mark.slow
@pytest.mark.parametrize("passage, content, speaker", [
    ("Maria Lopez: The Bridge Will Be Rebuilt By Spring\n\nThe mayor spoke on Monday.",
     "The Bridge Will Be Rebuilt", "Maria Lopez"),
    ("Governor Hale: \u2018We Are Not Leaving\u2019 The Valley\n\nThe governor met farmers.",
     "We Are Not Leaving", "Hale"),
])
def test_headline_name_colon(quotes_of, passage, content, speaker):
    quote = _find(quotes_of(passage), content)
    assert speaker in (quote.speaker_name or "") and quote.cue.text == ":"


@pytest.mark.slow
def test_colon_after_a_clause_is_no_headline(quotes_of):
    quotes = quotes_of("The plan has three parts: roads, bridges and schools.")
    assert not any(q.cue is not None and q.cue.text == ":" for q in quotes)


@pytest.mark.slow
@pytest.mark.parametrize("passage, content, speaker", [
    ("The mayor endorsed the plan to rebuild the old harbour.", "plan to rebuild", "mayor"),
    ("Senator Ruth Ames called the tax a disgrace.", "tax a disgrace", "Ruth Ames"),
    ("The union criticized the decision to close the mine.", "decision to close the mine", "union"),
])
def test_learned_cues(quotes_of, passage, content, speaker):
    quote = _find(quotes_of(passage), content)
    assert speaker in (quote.speaker_name or "")


@pytest.mark.slow
def test_chain_fills_via_for_reported_speech(quotes_of):
    quotes = quotes_of("Shamkhani said Tehran would keep supplying fuel, according to Iran's "
                       "NourNews agency.")
    inner = _find(quotes, "keep supplying fuel")
    assert inner.kind == "indirect" and "Shamkhani" in inner.speaker_name
    assert inner.via is not None and "NourNews" in inner.via.text
    assert "NourNews" in (inner.via_name or "")
    assert any(q.kind == "according_to" and "NourNews" in (q.speaker_name or "") for q in quotes)

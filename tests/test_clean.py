"""The clean stage: chrome lines go, every cleaned character maps back, dates and datelines are read."""
from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline.clean import _BULLETS, clean, find_date, parse_any_date


def assert_map_exact(original: str, cleaned) -> None:
    assert len(cleaned.text) == len(cleaned.offsets)
    assert all(b > a for a, b in zip(cleaned.offsets, cleaned.offsets[1:])), "offsets must increase"
    for i, ch in enumerate(cleaned.text):
        source = original[cleaned.offsets[i]]
        assert ch == source or (ch == "." and source in _BULLETS), (i, ch, source)


def test_seed_header_and_both_caption_copies_go(seed_text):
    c = clean(seed_text)
    assert_map_exact(seed_text, c)
    dropped = [seed_text[s:e] for (s, e), why in zip(c.dropped, c.reasons) if why != "blank"]
    assert any("back to home page" in d for d in dropped)
    captions = [d for d in dropped if d.startswith("Russian Defense Minister Sergei Shoigu attends")]
    assert len(captions) == 2, dropped
    assert "back to home page" not in c.text
    assert "attends a training" not in c.text
    assert "Credit:" not in c.text
    assert len(dropped) == 3, dropped  # nothing of the article itself
    for kept in ("Russian Defense Minister Sergei Shoigu ordered his troops to withdraw",
                 "Russia Abandons Ukrainian City of Kherson", '"Iran welcomes and supports any initiative',
                 "since it invaded Ukraine on Feb. 24"):
        assert kept in c.text
    assert c.date == dt.date(2022, 11, 9)
    assert [r for r in c.reasons if r != "blank"] == ["header", "caption", "credit"]


def test_seed_spans_of_cleaned_text_map_back(seed_text):
    c = clean(seed_text)
    for phrase in ("Sergei Surovikin", "Tehran", "Ebrahim Raisi", "Shahed-136"):
        start = c.text.index(phrase)
        end = start + len(phrase)
        o_start, o_end = c.offsets[start], c.offsets[end - 1] + 1
        assert seed_text[o_start:o_end] == phrase


PAGE = """\
Home | World | Politics | Business | Sport
Skip to main content
By John Smith and Jane Doe, Associated Press
Published 10:32 AM EST, Wed November 9, 2022
5 min read
KHERSON, Ukraine (AP) — Ukrainian troops entered the centre of Kherson on Friday after Russian forces withdrew across the river.

By Wednesday, Russian forces had left.
Residents waved flags in the main square. Photo: Jane Doe/AP
Read more: What the retreat means for the war
Advertisement
"We waited eight months for this day," said Olena, a teacher.
Sign up for our daily newsletter to get the latest news
Share this article
Reporting by Tom Balmforth; Editing by Mark Heinrich
Copyright 2022 The Associated Press. All rights reserved.
"""


def test_chrome_lines_go_and_article_stays():
    c = clean(PAGE)
    assert_map_exact(PAGE, c)
    for gone in ("Home | World", "Skip to", "By John Smith", "Published 10:32", "5 min read",
                 "Photo: Jane Doe", "Read more", "Advertisement", "newsletter", "Share this",
                 "Reporting by", "Copyright"):
        assert gone not in c.text, gone
    for kept in ("Ukrainian troops entered the centre", "By Wednesday, Russian forces had left.",
                 '"We waited eight months for this day," said Olena'):
        assert kept in c.text, kept
    assert c.dateline_place == "KHERSON, Ukraine"
    assert PAGE[c.dateline_span[0]:c.dateline_span[1]] == "KHERSON, Ukraine (AP) —"
    assert c.date == dt.date(2022, 11, 9)
    assert len(c.reasons) == len(c.dropped)


def test_repeated_lines_keep_the_first_copy_unless_adjacent():
    quote = "The minister said the talks would continue next week in Geneva."
    text = f"{quote}\n\nOther paragraph about the talks in some detail here.\n\n{quote}\n"
    c = clean(text)
    assert c.text.count(quote) == 1 and c.text.index(quote) == 0
    caption = "Soldiers stand on a tank near the bridge over the river Dnipro"
    text2 = f"Article starts with a sentence about the war.\n{caption}\n\n{caption}\nMore article text here.\n"
    c2 = clean(text2)
    assert caption not in c2.text and "More article text here." in c2.text


@pytest.mark.parametrize("line, place", [
    ("KHERSON, Ukraine (AP) — Ukrainian troops entered the city on Friday morning.", "KHERSON, Ukraine"),
    ("MOSCOW, Nov 9 (Reuters) - Russia said on Wednesday that its troops would leave.", "MOSCOW"),
    ("GOMA, Democratic Republic of the Congo (Wire) — M23 rebels withdrew from the town.",
     "GOMA, Democratic Republic of the Congo"),
    ("CÚCUTA, Colombia (Wire) — The presidents of Colombia and Venezuela met on the bridge.", "CÚCUTA, Colombia"),
    ("Kyiv, Ukraine (AP) — Ukraine said on Wednesday that its troops would advance soon.", "Kyiv, Ukraine"),
    ("TEHRAN -- Iran's top security official met his Russian counterpart on Wednesday.", "TEHRAN"),
    ("US - China trade talks stall", None),
    ("Kyiv said on Friday — after a long delay — that its troops had entered the city.", None),
    ("The talks in GENEVA — a city of diplomats — went on for three days without a result.", None),
])
def test_dateline(line, place):
    c = clean(line)
    assert c.dateline_place == place
    if place:
        s, e = c.dateline_span
        assert line[s:e].startswith(place)


def test_dateline_after_dropped_header():
    text = "Home | World | Politics | Sport\n\nBEIRUT, Lebanon (AP) — An explosion shook the port area on Tuesday evening.\n"
    c = clean(text)
    assert c.dateline_place == "BEIRUT, Lebanon"
    assert text[c.dateline_span[0]:c.dateline_span[1]] == "BEIRUT, Lebanon (AP) —"


@pytest.mark.parametrize("text", [
    "", "\n\n\n", "x", "\r\n\r\nline one\r\nline two\r\n", "\ud800\udfff lone surrogates \udc80\n",
    "\x00\x01\x02\xff binary\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 breaks", "■ ● • | ▪" * 50,
    "Credit: AP\n" * 20, ("word " * 200_000),
])
def test_odd_input_never_raises_and_maps(text):
    c = clean(text)
    assert_map_exact(text, c)
    for s, e in c.dropped:
        assert 0 <= s < e <= len(text)


def test_dropped_lines_leave_nothing_behind():
    text = "Advertisement\r\nThe army said on Monday that it had repelled an attack.\r\n\r\nShare this\r\n\r\nNext."
    c = clean(text)
    assert c.text == "The army said on Monday that it had repelled an attack.\r\n\r\nNext."
    assert_map_exact(text, c)
    # a span over the paragraph break maps back without the dropped line in it
    i = c.text.index("attack.")
    j = c.text.index("Next")
    assert "Share" not in text[c.offsets[i]:c.offsets[j - 1] + 1]


@pytest.mark.parametrize("value, expected", [
    ("2022-11-09", dt.date(2022, 11, 9)),
    ("Wed, 09 Nov 2022 10:00:00 GMT", dt.date(2022, 11, 9)),
    ("Updated Nov. 9, 2022 at 10:32", dt.date(2022, 11, 9)),
    ("9 November 2022", dt.date(2022, 11, 9)),
    ("2022/11/09", dt.date(2022, 11, 9)),
    ("February 30, 2022", None),
    ("no date here", None),
    ("", None),
    (None, None),
])
def test_dates(value, expected):
    assert parse_any_date(value) == expected


def test_find_date_takes_the_first():
    assert find_date("posted 2021-01-02, updated March 3, 2021") == dt.date(2021, 1, 2)


@pytest.mark.slow
def test_seed_extraction_spans_exact_and_nothing_from_chrome(seed_text, seed_doc):
    from spans import assert_spans_exact

    data = seed_doc.to_dict()
    assert assert_spans_exact(seed_text, data) > 0
    dropped = clean(seed_text).dropped
    for event in data["events"]:
        t = event["trigger"]
        assert not any(a <= t["start"] < b for a, b in dropped), event


@pytest.mark.slow
def test_seed_sentences_do_not_reach_into_dropped_lines(seed_text):
    from dateline.pipeline import parse

    c = clean(seed_text)
    doc = parse.load_nlp()(c.text)
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        start, end = sent.start_char, sent.end_char
        o_start, o_end = c.offsets[start], c.offsets[end - 1] + 1
        assert not any(a < o_end and o_start < b for a, b in c.dropped), sent.text


def test_dateline_blanked_for_the_nlp_only():
    text = "GOMA, Democratic Republic of the Congo (Wire) — Rebels withdrew from the town on Tuesday."
    c = clean(text)
    assert c.text == text
    assert c.for_nlp.startswith(" " * 10) and c.for_nlp.endswith("Rebels withdrew from the town on Tuesday.")
    assert len(c.for_nlp) == len(c.text)

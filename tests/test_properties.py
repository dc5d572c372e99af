"""Property tests: every span points into the text as given, output fits the schema, no crash."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import dateline
from dateline.schema import validate
from spans import assert_spans_exact
from conftest import EXAMPLES

pytestmark = pytest.mark.slow

# Newsy fragments that exercise every stage, mixed with arbitrary unicode and chrome.
FRAGMENTS = [
    "Russian troops withdrew from Kherson on Wednesday.",
    '"We will not retreat," General Ivan Petrov said.',
    "Protesters marched in Niamey, according to state media.",
    "Iran's foreign minister met his Chinese counterpart in Beijing last week.",
    "The army shelled villages near Kharkiv, officials said.",
    "Back to home page\n", "Credit: Reuters\n", "■", "\r\n", "\u2028", "  ", "\t",
    "Ukraine accused Russia of attacking its energy grid on Feb. 24.",
]
texty = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=12).map("".join)


def check(text: str) -> None:
    doc = dateline.extract(text, date="2022-11-09")
    data = doc.to_dict()
    validate(data)
    assert_spans_exact(text, data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texty)
def test_generated_texts(text):
    check(text)


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=300))
def test_binary_garbage_decoded_leniently(data):
    check(data.decode("utf-8", errors="surrogateescape"))


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00\x01", "\ud800 lone surrogate", "🙂" * 50])
def test_edge_texts(text):
    check(text)


def test_real_examples_spans_exact():
    files = sorted(EXAMPLES.glob("*.txt"))
    assert files, "examples/ has sample articles"
    for path in files:
        check(path.read_text(encoding="utf-8"))


def test_one_megabyte_text():
    text = ("Russian troops shelled the city of Kharkiv on Monday, officials said. " * 15000)[:1_000_000]
    doc = dateline.extract(text, date="2022-11-09")
    assert_spans_exact(text, doc.to_dict())
    assert len(doc.events) > 100

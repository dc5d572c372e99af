"""The working object that the pipeline stages pass along.

An :class:`Article` holds the original text, the cleaned text the NLP saw, the
map between them, the spaCy ``Doc`` of the cleaned text, and the records the
stages have produced so far. Every stage works in *cleaned-text* offsets; the
extractor maps all spans back onto the original text at the end, so stages
never think about page chrome.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.records import Event, Place, Quote, Span


@dataclass
class Article:
    id: str
    text: str                      # exactly as the user gave it
    clean_text: str                # what the NLP sees
    offsets: list[int]             # offsets[i] = index in text of clean_text[i]
    date: Optional[dt.date] = None  # publication date
    doc: Optional[Doc] = None       # spaCy parse of clean_text
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    dateline_place: Optional[str] = None  # "KHERSON, Ukraine (AP) --" -> "KHERSON, Ukraine"
    dateline_start: Optional[int] = None  # where the (blanked) dateline begins in clean_text
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # the source's home learnt from its other articles (dateline.gazetteer.local_lexicon)
    home: Optional[object] = None          # a first-level division (gazetteer Entry)
    home_country: Optional[str] = None     # alpha-2, when no one division is home
    home_evidence: list[int] = field(default_factory=list)  # this article's votes for a home

    # -- helpers for stages (all offsets are into clean_text) -------------
    def span(self, start: int, end: int) -> Span:
        return Span(self.clean_text[start:end], start, end)

    def span_of(self, item: Token | SpacySpan) -> Span:
        if isinstance(item, Token):
            return self.span(item.idx, item.idx + len(item.text))
        return self.span(item.start_char, item.end_char)

    def token_at(self, char: int) -> Optional[Token]:
        """The token covering clean-text offset ``char`` (or the next one)."""
        if self.doc is None or len(self.doc) == 0:
            return None
        lo, hi = 0, len(self.doc) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.doc[mid].idx <= char:
                lo = mid
            else:
                hi = mid - 1
        return self.doc[lo]

    def tokens_of(self, span: Span) -> Optional[SpacySpan]:
        """The spaCy span covering a record span, expanded to token bounds."""
        if self.doc is None:
            return None
        return self.doc.char_span(span.start, span.end, alignment_mode="expand")

    def sentence_of(self, span: Span) -> Optional[SpacySpan]:
        tok = self.token_at(span.start)
        return tok.sent if tok is not None else None


def ents_within(span: SpacySpan) -> list[SpacySpan]:
    """The entities inside ``span``, like ``span.ents`` but without rescanning the whole doc.

    spaCy's ``Span.ents`` walks every entity of the document on each call, which makes
    per-sentence loops quadratic on long articles; this bisects a per-doc index instead.
    """
    from bisect import bisect_left

    doc = span.doc
    index = doc.user_data.get("dateline_ents")  # entities are fixed once the doc is parsed
    if index is None:
        ents = list(doc.ents)
        index = (ents, [e.start for e in ents])
        doc.user_data["dateline_ents"] = index
    ents, starts = index
    lo = bisect_left(starts, span.start)
    hi = bisect_left(starts, span.end)
    return [e for e in ents[lo:hi] if e.end <= span.end]

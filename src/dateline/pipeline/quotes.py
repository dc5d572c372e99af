"""Stage: quotes. Direct, indirect and "according to" quotes with their speakers and cues.

Direct quotes come from a scan of the quotation marks, tied to the cue beside them ('X said: "..."',
'"...," X said', '"...," he said. "..."'); reported speech comes from the dependency parse (a cue
word and its content argument, the cue's subject as speaker, "according to X"). Speakers are named
across the article (``dateline.quotes.speakers``). A quote passed on by a channel ("Shamkhani said
..., according to NourNews") gets ``via`` / ``via_name`` (the channel's span and name), and the
channel is kept as well as an ``according_to`` quote whose content holds the first one (PolNeAR
annotates both, and attribution falls back on it).
"""
from __future__ import annotations

import logging

from dateline.pipeline.article import Article
from dateline.quotes import finder, speakers
from dateline.quotes.lexicon import ANONYMITY
from dateline.quotes.marks import find_regions
from dateline.records import Quote

log = logging.getLogger(__name__)


def find_quotes(article: Article) -> None:
    """Set ``article.quotes``."""
    try:
        article.quotes = _quotes(article)
    except Exception:  # a quote finder must never stop an extraction
        log.exception("quotes: failed on %s", article.id)
        article.quotes = []


def found_quotes(article: Article) -> list[finder.Found]:
    """The finder's raw results, with speaker names (used by evaluation and attribution)."""
    doc, text = article.doc, article.clean_text
    if doc is None or not text:
        return []
    items = finder.find(doc, text)
    quoted = [(r.content_start, r.content_end) for r in find_regions(text)]
    speakers.resolve(doc, items, quoted)
    return items


def _quotes(article: Article) -> list[Quote]:
    items = found_quotes(article)
    records: dict[int, Quote] = {}
    out: list[Quote] = []
    for item in items:
        kind = item.kind
        if kind == "indirect" and item.cue_token is not None:
            sentence = item.cue_token.sent.text.lower()
            if any(p in sentence for p in ANONYMITY):
                kind = "according_to"
        quote = Quote(
            kind=kind,
            content=article.span(item.start, item.end),
            speaker=article.span_of(item.speaker) if item.speaker is not None else None,
            speaker_name=item.name,
            cue=article.span(*item.cue) if item.cue is not None else None,
        )
        records[id(item)] = quote
        out.append(quote)
    for item in items:  # the chain: the channel that passed the quote on
        channel = item.via
        if channel is not None and channel.speaker is not None:
            records[id(item)].via = article.span_of(channel.speaker)
            records[id(item)].via_name = channel.name
    return out

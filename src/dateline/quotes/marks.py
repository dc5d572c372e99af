"""Quotation-mark regions of a text: a linear scan, no parsing.

Handles straight and curly double quotes, ``''``/```` `` ```` pairs, guillemets, quotes that run
over several paragraphs in the news style (an unclosed paragraph followed by one that opens with a
quotation mark continues the quote), and stray marks (an unclosed quote ends with its paragraph).
Single quotation marks are left alone: inside a double quote they are nested quotes and belong to
its content; elsewhere they are too often apostrophes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENING, CLOSING, EITHER = "open", "close", "either"

_MARK = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_KIND = {"``": OPENING, "''": EITHER, '"': EITHER, "\u201c": OPENING, "\u201e": OPENING,
         "\u00ab": OPENING, "\u201d": CLOSING, "\u00bb": CLOSING}
_WORD = re.compile(r"\w+")


@dataclass
class Region:
    """One quotation: the marks at ``open_at`` and ``close_at`` (``close_end`` after the mark)."""

    open_at: int
    content_start: int
    content_end: int
    close_at: int
    close_end: int
    closed: bool = True
    words: int = 0


def _looks_closing(text: str, pos: int, length: int) -> bool:
    """A straight mark glued to the word before it and not to the word after it closes a quote."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + length] if pos + length < len(text) else " "
    return not before.isspace() and before not in "([{-\u2014" and (after.isspace() or after in ".,;:!?)]}-\u2014")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _region(text: str, open_at: int, open_len: int, close_at: int, close_len: int,
            closed: bool = True) -> Region:
    start, end = _trim(text, open_at + open_len, close_at)
    words = len(_WORD.findall(text[start:end]))
    return Region(open_at, start, end, close_at, close_at + close_len, closed, words)


def find_regions(text: str) -> list[Region]:
    """All quotation regions in ``text``, in order, never overlapping."""
    regions: list[Region] = []
    if not text:
        return regions
    open_at = -1
    open_len = 0
    segment = 0  # where the open quote's current paragraph begins
    for match in _MARK.finditer(text):
        pos, mark = match.start(), match.group()
        kind = _KIND[mark]
        if open_at >= 0:
            newline = text.find("\n", segment, pos)
            if newline >= 0:
                nxt = newline
                while nxt < len(text) and text[nxt].isspace():
                    nxt += 1
                if nxt == pos and kind != CLOSING:
                    segment = pos + len(mark)  # the quote goes on in a new paragraph
                    continue
                regions.append(_region(text, open_at, open_len, newline, 0, closed=False))
                open_at = -1
        if open_at < 0:
            if kind == CLOSING or (kind == EITHER and _looks_closing(text, pos, len(mark))):
                continue  # a stray closing mark
            open_at, open_len, segment = pos, len(mark), pos + len(mark)
            continue
        if kind == OPENING:  # a new quote opens before the last one closed
            regions.append(_region(text, open_at, open_len, pos, 0, closed=False))
            open_at, open_len, segment = pos, len(mark), pos + len(mark)
            continue
        regions.append(_region(text, open_at, open_len, pos, len(mark)))
        open_at = -1
    if open_at >= 0:
        newline = text.find("\n", segment)
        end = newline if newline >= 0 else len(text)
        regions.append(_region(text, open_at, open_len, end, 0, closed=False))
    return [r for r in regions if r.content_end > r.content_start]

"""Stage: clean. Removes page chrome before NLP while keeping a map back to the original.

Only whole lines are dropped and a few decorative characters are turned into
sentence breaks, so ``offsets[i]`` (the original index of cleaned character
``i``) is enough to map every span back exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CHROME = re.compile(
    r"back to home ?page|^\s*(read more|related:|advertisement|sign up|subscribe|share this|"
    r"click here|follow us|newsletter|skip to|all rights reserved|copyright|©)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(\bcredit\s*:|\bphoto\s*:|\(AP Photo|\bphotograph:|\bimage:|/ ?(getty|reuters|afp)( images)?\s*$)",
    re.IGNORECASE,
)
# "KHERSON, Ukraine (AP) --", "MOSCOW (Reuters) -", "TEHRAN, Nov 9 --"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.\- ]{2,}(?:,\s*[A-Z][A-Za-z.\- ]+)?)"
    r"(?:,?\s*[A-Z][a-z]{2,}\.?\s+\d{1,2})?\s*(?:\((?:[A-Za-z&. ]{1,20})\))?\s*(?:--|—|–|-)\s+"
)
_BULLETS = {"■", "●", "•", "▪", "◆", "►", "|"}


@dataclass
class Cleaned:
    text: str
    offsets: list[int]
    dateline_place: str | None
    dropped: list[tuple[int, int]]  # (start, end) of removed lines in the original


def clean(text: str) -> Cleaned:
    """Drop chrome lines (navigation, credits, repeated captions) and map offsets."""
    lines = text.splitlines(keepends=True)
    keep: list[tuple[int, str, bool]] = []
    dropped: list[tuple[int, int]] = []
    seen: set[str] = set()
    credits: list[str] = []
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line)
    # Credit lines ("...Credit: AP") and any line that repeats their caption go.
    for line in lines:
        if _CREDIT.search(line):
            caption = _CREDIT.split(line)[0].strip()
            if len(caption) > 20:
                credits.append(caption)
    for start, line in zip(starts, lines):
        body = line.strip()
        drop = False
        if body:
            if _CHROME.search(body) and len(body) < 200:
                drop = True
            elif _CREDIT.search(body) and len(body) < 400:
                drop = True
            elif len(body) > 20 and (body in seen or any(c.startswith(body) for c in credits)):
                drop = True
            seen.add(body)
        if drop:
            dropped.append((start, start + len(line)))
            keep.append((start, line, True))
            continue
        keep.append((start, line, False))
    out: list[str] = []
    offsets: list[int] = []
    for start, line, was_dropped in keep:
        if was_dropped:
            # a dropped line leaves only its line break, so paragraphs stay apart
            if line.endswith("\n"):
                out.append("\n")
                offsets.append(start + len(line) - 1)
            continue
        for i, ch in enumerate(line):
            out.append("." if ch in _BULLETS else ch)
            offsets.append(start + i)
    cleaned = "".join(out)
    return Cleaned(cleaned, offsets, _find_dateline(cleaned), dropped)


def _find_dateline(text: str) -> str | None:
    for line in text.splitlines()[:6]:
        if not line.strip():
            continue
        m = _DATELINE.match(line)
        if m:
            return m.group("place").strip().rstrip(",")
    return None

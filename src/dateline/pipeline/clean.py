"""Stage: clean. Removes page chrome before NLP while keeping a map back to the original.

Only whole lines are dropped (with their line breaks; the kept line before one
ends with its own) and a few decorative characters are turned into sentence
breaks, so ``offsets[i]`` (the original index of cleaned character
``i``) is enough to map every span back exactly.

What goes: header and navigation lines ("back to home page", "Home | World |
Politics"), bylines and timestamp lines, photo credits and the captions they
belong to (every copy), lines repeated verbatim, "Read more", newsletter, share
and cookie prompts, and wire trailers ("Reporting by ...; Editing by ...").
What is read on the way: the publication date (from a header or timestamp
line) and the dateline ("KHERSON, Ukraine (AP) —" -> "KHERSON, Ukraine").
"""
from __future__ import annotations

import bisect

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

_CHROME = re.compile(
    r"back to (the )?home ?page|^\s*(read more|read next|read also|also read|see also|related\b|"
    r"more from|more on this|recommended( for you)?\s*$|you (may|might) also like|most (read|popular|viewed)|"
    r"trending\b|advertisement|sponsored( content)?\s*$|ad\s*$|sign up|sign in|log in|register\b|subscribe|"
    r"share (this|on|via)|share\s*$|tweet\s*$|email\s*$|print\s*$|click here|follow us|"
    r"newsletter|get (our|the) .{0,40}newsletter|listen to (this )?article|skip to|jump to|"
    r"all rights reserved|copyright|©|\(c\) \d{4}|cookies?\b|we use cookies|accept (all )?cookies|"
    r"privacy policy|terms of (use|service)|comments?\s*(\(\d+\))?\s*$|show comments|join the conversation|"
    r"our standards:|this (article|story) (was|has been) (originally )?(published|updated)|"
    r"(reporting|writing|additional reporting) by .{0,120}(editing|edited) by)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(\bcredit\s*:|\bphoto\s*:|\bphotograph:|\bimage:|\bpicture:|\(AP Photo|\(Reuters/|"
    r"\(Photo by |/ ?(getty|reuters|afp|ap|epa|anadolu)( images)?\s*\)?\s*$)",
    re.IGNORECASE,
)
_AGENCIES = r"(?:The )?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg|dpa|Xinhua|Staff|Staff Writer|Wire)"
_NAME = r"[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|al|el|bin|da|di|la|le)){0,4}"
_WEEKDAYS_MONTHS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                     r"May|June|July|August|September|October|November|December|Then|Now|Late|Early|Mid)\b")
_BYLINE = re.compile(
    rf"^\s*(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by)\s+(?!{_WEEKDAYS_MONTHS}){_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    rf"(?:\s*(?:,|\||-|–|—)\s*.{{0,60}})?\s*$"
    rf"|^\s*{_NAME}\s*(?:\||,|-|–|—)\s*{_AGENCIES}\s*$"
    r"|^\s*\d+\s*(?:-\s*)?[Mm]in(?:ute)?s?\s+[Rr]ead\s*$",
)
_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b"),
    re.compile(rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
]
# A line that is only a date/time stamp ("Published 10:32 AM EST, Wed November 9, 2022").
_STAMP = re.compile(
    r"^\s*(?:(?:published|updated|posted|last updated|first published|date)\s*(?:on|at)?\s*:?\s*)?"
    r"[\w ,.:/+\-|()]{0,80}$", re.IGNORECASE)
_STAMP_WORDS = re.compile(r"\b(published|updated|posted|date|am|pm|gmt|utc|[ecmp][sd]t|bst|cet)\b|\d{1,2}[:.]\d\d",
                          re.IGNORECASE)
_NAV_SEP = re.compile(r"\s*(?:\||•|·|»|›|/|>)\s*")
# "KHERSON, Ukraine (AP) --", "MOSCOW, Nov 9 (Reuters) -", "TEHRAN --", "Kyiv, Ukraine (AP) —"
_UP, _AL = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿ"
_REGION = rf"(?:,\s*[{_UP}][{_AL}.\-]+(?: (?:[{_UP}][{_AL}.\-]+|of|the|and|de|du|da)){{0,5}})?"
_DATELINE = re.compile(
    rf"^\s*(?P<place>[{_UP}][{_UP}'.\-]+(?: [{_UP}][{_UP}'.\-]+){{0,3}}{_REGION})"
    rf"(?:,?\s*[A-Z][a-z]{{2,}}\.?\s+\d{{1,2}})?\s*(?:\((?P<agency>[A-Za-z&. ]{{1,20}})\))?\s*(?:--|—|–|-)\s*(?=\S)"
    rf"|^\s*(?P<place2>[{_UP}][a-zà-öø-ÿ]+(?: [{_UP}][a-zà-öø-ÿ]+){{0,2}}{_REGION})"
    rf"(?:,?\s*[A-Z][a-z]{{2,}}\.?\s+\d{{1,2}})?\s*\((?P<agency2>[A-Za-z&. ]{{1,20}})\)\s*(?:--|—|–|-)\s*(?=\S)"
)
_BULLETS = {"■", "●", "•", "▪", "◆", "►", "|"}
_HEAD_LINES = 12  # header, byline and timestamp lines are looked for near the top only


@dataclass
class Cleaned:
    text: str
    offsets: list[int]
    dateline_place: str | None
    dropped: list[tuple[int, int]]  # (start, end) of removed lines in the original
    date: Optional[dt.date] = None  # publication date found in a header or timestamp line
    dateline_span: Optional[tuple[int, int]] = None  # the dateline itself, original offsets
    reasons: list[str] = field(default_factory=list)  # why each dropped line went, same order

    @property
    def for_nlp(self) -> str:
        """The cleaned text with the dateline blanked ("GOMA, Congo (Wire) —" is where the
        report was filed, not a party to its first sentence); same length, so offsets hold."""
        if self.dateline_span is None:
            return self.text
        lo = bisect.bisect_left(self.offsets, self.dateline_span[0])
        hi = bisect.bisect_left(self.offsets, self.dateline_span[1])
        return self.text[:lo] + " " * (hi - lo) + self.text[hi:]


def clean(text: str) -> Cleaned:
    """Drop chrome lines (navigation, bylines, credits, repeated captions) and map offsets."""
    if not isinstance(text, str) or not text:
        return Cleaned("", [], None, [])
    lines = text.splitlines(keepends=True)
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line)
    bodies = [line.strip() for line in lines]
    reasons: list[Optional[str]] = [None] * len(lines)
    captions = _captions(bodies)
    counts: dict[str, list[int]] = {}
    for i, body in enumerate(bodies):
        if len(body) > 20:
            counts.setdefault(body, []).append(i)
    content_seen = 0  # non-empty lines kept so far: header rules apply near the top only
    for i, body in enumerate(bodies):
        if not body:
            continue
        reason = _line_reason(body, near_top=content_seen < _HEAD_LINES)
        if reason is None and len(body) > 20:
            if any(body != c and c.startswith(body) for c in captions) or body in captions:
                reason = "caption"
            else:
                copies = counts.get(body, [])
                if len(copies) > 1 and (i != copies[0] or _adjacent(bodies, copies[0], copies[1])):
                    reason = "duplicate"
        reasons[i] = reason
        if reason is None:
            content_seen += 1
    date = None
    for i, reason in enumerate(reasons):
        if reason in ("header", "timestamp", "byline") or (reason and i < _HEAD_LINES):
            date = date or find_date(bodies[i])
    out: list[str] = []
    offsets: list[int] = []
    dropped: list[tuple[int, int]] = []
    kept_reasons: list[str] = []
    _merge_blank_lines(bodies, reasons)
    for start, line, reason in zip(starts, lines, reasons):
        if reason is not None:
            dropped.append((start, start + len(line)))
            kept_reasons.append(reason)
            # Nothing of a dropped line is kept, not even its line break: the kept line before it
            # ends with its own, and a whitespace token mapped into a dropped line would pull
            # that line into a sentence span mapped back onto the original.
            continue
        for i, ch in enumerate(line):
            out.append("." if ch in _BULLETS else ch)
            offsets.append(start + i)
    cleaned = "".join(out)
    place, span = _find_dateline(cleaned, offsets)
    return Cleaned(cleaned, offsets, place, dropped, date=date, dateline_span=span, reasons=kept_reasons)


def _merge_blank_lines(bodies: list[str], reasons: list[Optional[str]]) -> None:
    """Blank lines after a dropped line go too when a blank line (or the start) precedes it.

    "para\n\nCAPTION\n\npara" then cleans to "para\n\npara" with both line breaks *before*
    the caption, so whitespace after a paragraph never reaches into a dropped line.
    """
    kept_blank = True  # at the start of the text
    after_drop = False
    for i, body in enumerate(bodies):
        if reasons[i] is not None:
            after_drop = True
            continue
        if not body:
            if after_drop and kept_blank:
                reasons[i] = "blank"
                continue
            kept_blank = True
        else:
            kept_blank, after_drop = False, False


def _line_reason(body: str, near_top: bool) -> Optional[str]:
    if len(body) < 200 and _CHROME.search(body):
        return "header" if "home" in body.lower() and near_top else "chrome"
    if len(body) < 400 and _CREDIT.search(body):
        return "credit"
    if len(body) < 160 and _BYLINE.match(body) and not _ends_sentence(body):
        return "byline"
    if len(body) < 100 and _is_nav(body):
        return "navigation"
    if near_top and len(body) < 100 and find_date(body) and _STAMP.match(body) and _STAMP_WORDS.search(body) \
            or near_top and len(body) < 40 and find_date(body) and _STAMP.match(body) and len(body.split()) <= 5:
        return "timestamp"
    return None


def _ends_sentence(body: str) -> bool:
    return body.endswith((".", "!", "?", '"', "”")) and len(body.split()) > 4


def _is_nav(body: str) -> bool:
    """"Home | World | Politics | Business": three or more short items between separators."""
    parts = [p for p in _NAV_SEP.split(body) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and not body.endswith(".")


def _captions(bodies: list[str]) -> set[str]:
    """Caption texts: what precedes a credit on a credit line ("...October.Credit: AP")."""
    out = set()
    for body in bodies:
        m = _CREDIT.search(body)
        if m and len(body) < 400:
            caption = body[:m.start()].strip().rstrip("(").strip()
            if len(caption) > 20:
                out.add(caption)
    return out


def _adjacent(bodies: list[str], a: int, b: int) -> bool:
    """Two copies with only blank lines between them (a caption and its alt text)."""
    return all(not bodies[k] for k in range(a + 1, b))


def find_date(text: str) -> Optional[dt.date]:
    """The first calendar date written in ``text`` (ISO, "Nov. 9, 2022", "9 November 2022")."""
    if not isinstance(text, str):
        return None
    best: tuple[int, dt.date] | None = None
    for pattern in _DATES:
        for m in pattern.finditer(text):
            date = _make_date(m)
            if date and (best is None or m.start() < best[0]):
                best = (m.start(), date)
            if date:
                break
    return best[1] if best else None


def _make_date(m: re.Match) -> Optional[dt.date]:
    try:
        groups = m.groupdict()
        month = _MONTHS[groups["mon"].lower().rstrip(".")] if groups.get("mon") else int(groups["m"])
        return dt.date(int(groups["y"]), month, int(groups["d"]))
    except (KeyError, ValueError):
        return None


def parse_any_date(value: object) -> Optional[dt.date]:
    """A date from ISO text, RFC 2822 ("Wed, 09 Nov 2022 10:00:00 GMT") or prose; None if none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(value)


def _find_dateline(text: str, offsets: list[int]) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    pos, seen = 0, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            m = _DATELINE.match(line)
            if m:
                place = (m.group("place") or m.group("place2") or "").strip().rstrip(",").strip()
                if place and len(place) >= 3 and len(line) - m.end() >= 30:
                    start = pos + len(line) - len(line.lstrip())
                    end = pos + m.end()
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    return place, (offsets[start], offsets[end - 1] + 1)
            if seen >= 6:
                break
        pos += len(line)
    return None, None


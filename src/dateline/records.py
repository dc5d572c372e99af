"""Typed records of the extraction contract.

Every record maps one-to-one onto the JSON that ``dateline extract`` prints
(see ``dateline/schema/contract.schema.json``). This module imports nothing
else from dateline, so every other part of the package may import it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Optional

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: PLOVER's quad classes: verbal/material cooperation/conflict.
QUAD_CLASS = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation", "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation", "AID": "material_cooperation",
    "RETREAT": "material_cooperation", "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict", "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict", "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict", "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}

QUOTE_KINDS = ("direct", "indirect", "according_to")


@dataclass
class Span:
    """A stretch of the input text: ``text == input[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Actor(Span):
    """Who acts (or is acted upon), coded to country and PLOVER sector."""

    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    title: Optional[str] = None
    kb_id: Optional[str] = None


@dataclass
class Place(Span):
    """A toponym resolved against the gazetteer."""

    name: Optional[str] = None
    geonameid: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    feature_code: Optional[str] = None
    #: Extra, outside the contract: "admin1" or "country" when the text's town is unknown to
    #: the gazetteer and the place is the division the article's evidence gives
    #: (:mod:`dateline.pipeline.place_fallback`); absent for a resolved toponym.
    precision: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        if out.get("precision") is None:
            out.pop("precision", None)
        return out


@dataclass
class Quote:
    """Something someone said, with who said it and the words that say so (the cue)."""

    kind: str
    content: Span
    speaker: Optional[Span] = None
    speaker_name: Optional[str] = None
    cue: Optional[Span] = None
    #: Extra, outside the contract: the channel that reports the speaker's words
    #: ("Shamkhani said ..., according to Iran's NourNews agency" -> via = NourNews).
    via: Optional[Span] = None
    via_name: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_name": self.speaker_name,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "via": self.via.to_dict() if self.via else None,
            "via_name": self.via_name,
        }


@dataclass
class Event:
    """One PLOVER event: who did what to whom, where, when, according to whom."""

    type: str
    trigger: Span
    sentence: Span
    mode: Optional[str] = None
    contexts: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    location: Optional[Place] = None
    date: Optional[str] = None
    attributed_to: Optional[Span] = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.0
    #: Extra, outside the contract: precision of ``date`` ("day", "month", "year").
    date_precision: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [a.to_dict() for a in self.recipients],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "confidence": round(float(self.confidence), 4),
        }

    @property
    def quad_class(self) -> str:
        return QUAD_CLASS[self.type]


@dataclass
class Document:
    """The result of extracting one article."""

    id: str
    text: str
    date: Optional[str] = None
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    #: The text the NLP saw, after page chrome was removed (not part of the contract JSON).
    clean_text: Optional[str] = None

    @property
    def actors(self) -> list[Actor]:
        """Every actor and recipient of every event, in text order, each span once."""
        seen: dict[tuple[int, int], Actor] = {}
        for event in self.events:
            for actor in (*event.actors, *event.recipients):
                seen.setdefault((actor.start, actor.end), actor)
        return [seen[k] for k in sorted(seen)]

    def to_dict(self) -> dict[str, Any]:
        """The extraction contract's JSON object for this document."""
        return {
            "id": self.id,
            "date": self.date,
            "events": [e.to_dict() for e in self.events],
            "places": [p.to_dict() for p in self.places],
            "quotes": [q.to_dict() for q in self.quotes],
        }


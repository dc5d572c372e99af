"""Names speakers across an article: full names for surnames, pronouns and descriptions resolved
to the person or body they stand for ("it said" -> the War Gonzo blog, "the official" -> Patrushev).
"""
from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from dateline.pipeline.article import ents_within
from dateline.quotes import lexicon as lx
from dateline.quotes.finder import Found

_DETERMINERS = {"the", "a", "an"}
_BODY_LABELS = {"ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"}


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


class Resolver:
    """Keeps the article's people and bodies, and who has spoken so far."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.full: dict[str, str] = {}
        self.people: list[tuple[int, str, bool]] = []  # (start, canonical name, is subject)
        self.bodies: list[tuple[int, str]] = []
        starts = [s for s, _ in quoted]
        for ent in doc.ents:
            inside = False
            k = bisect.bisect_right(starts, ent.start_char) - 1
            if k >= 0 and quoted[k][0] <= ent.start_char < quoted[k][1]:
                inside = True
            if ent.label_ == "PERSON":
                name = _strip_possessive(ent.text.strip())
                words = name.split()
                if not words:
                    continue
                key = words[-1].lower()
                if len(words) > len(self.full.get(key, "").split()):
                    self.full[key] = name
                if not inside and not _qualifier(ent):
                    self.people.append((ent.start_char, key, ent.root.dep_.startswith("nsubj")))
            elif ent.label_ in ("ORG",) and not inside:
                self.bodies.append((ent.start_char, _strip_possessive(ent.text.strip())))
        self.history: list[tuple[int, str, bool]] = []  # (position, name, is a person)
        self.plural: list[tuple[int, str, bool]] = []
        self.spoken: list[tuple[int, int]] = []  # character bounds of speakers already named

    def canonical_person(self, ent: SpacySpan) -> str:
        name = _strip_possessive(ent.text.strip())
        words = name.split()
        return self.full.get(words[-1].lower(), name) if words else name

    def _last_person(self, position: int) -> Optional[str]:
        best: Optional[tuple[int, str]] = None
        for start, key, _ in self.people:
            if start >= position:
                break
            if any(lo < start < hi for lo, hi in self.spoken if hi <= position):
                continue  # a name inside a speaker already named ("Bishop X of Goma" is X)
            best = (start, self.full.get(key, key))
        spoke = [h for h in self.history if h[2] and h[0] < position]
        if spoke and (best is None or spoke[-1][0] >= best[0]):
            return spoke[-1][1]
        return best[1] if best else None

    def _last_body(self, position: int) -> Optional[str]:
        spoke = [h for h in self.history if not h[2] and h[0] < position]
        if spoke:
            return spoke[-1][1]
        best = None
        for start, name in self.bodies:
            if start >= position:
                break
            best = name
        return best

    def name(self, span: SpacySpan) -> tuple[Optional[str], bool]:
        """The canonical name of a speaker span, and whether it is a person."""
        root = span.root
        low = root.lower_
        position = span.start_char
        if len(span) == 1 and low in lx.RELATIVE_PRONOUNS and root.head.dep_ in ("relcl", "acl"):
            antecedent = root.head.head
            if antecedent is not root:
                from dateline.quotes.finder import phrase
                return self.name(phrase(antecedent))
        if len(span) == 1 and low in lx.PERSON_PRONOUNS:
            return self._last_person(position) or span.text, True
        if len(span) == 1 and low in lx.THING_PRONOUNS:
            return self._last_body(position) or span.text, False
        if len(span) == 1 and low in lx.PLURAL_PRONOUNS:
            recent = [h for h in self.plural if h[0] < position]
            return (recent[-1][1] if recent else span.text), False
        for child in root.children:  # "the city's mayor, Ihor Lysenko": the person named
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                from dateline.quotes.finder import phrase
                return self.name(phrase(child))
        if root.pos_ == "PROPN" and root.text.lower() in self.full and root.text[:1].isupper():
            return self.full[root.text.lower()], True
        if any(c.dep_ == "conj" for c in root.children):
            return _plain(span), False  # "Ukraine and the West"
        persons = [e for e in ents_within(span) if e.label_ == "PERSON"]
        if persons:
            covering = [e for e in persons if e.start <= root.i < e.end] or persons
            return self.canonical_person(covering[0]), True
        if (span[0].lower_ == "the" and root.lemma_.lower() in lx.PERSON_NOUNS
                and root.tag_ in ("NN", "NNP") and not ents_within(span)):
            return self._last_person(position) or _plain(span), True
        bodies = [e for e in ents_within(span) if e.label_ in _BODY_LABELS and e.start <= root.i < e.end]
        if bodies:
            return _plain(bodies[0]), False
        return _plain(span), root.lemma_.lower() in lx.PERSON_NOUNS

    def resolve(self, items: list[Found]) -> None:
        order = sorted(items, key=lambda f: f.speaker.start_char if f.speaker is not None else f.start)
        for item in order:
            if item.speaker is None:
                item.name = None
                continue
            name, person = self.name(item.speaker)
            item.name = name
            entry = (item.speaker.start_char, name, person)
            self.history.append(entry)
            if person:
                self.spoken.append((item.speaker.start_char, item.speaker.end_char))
            root = item.speaker.root
            if root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children):
                self.plural.append(entry)
        self.history.sort()


def _qualifier(ent: SpacySpan) -> bool:
    """A name that only qualifies a person: the "of" object in "Bishop X of Goma", "the mayor of
    Lviv" (the parser sometimes takes such a place for a person). A pronoun stands for the head."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON" or owner.lemma_.lower() in QUALIFIED_OFFICES


#: Offices held "of" a place: "the mayor of Lviv", "the emir of Kano".
QUALIFIED_OFFICES = frozenset("""
mayor governor bishop archbishop imam emir sultan king queen prince chief head president minister
""".split())


def _plain(span: SpacySpan) -> str:
    words = list(span)
    while words and words[0].lower_ in _DETERMINERS:
        words = words[1:]
    if not words:
        return span.text
    return _strip_possessive(span.doc[words[0].i:words[-1].i + 1].text.strip())


def resolve(doc: Doc, items: list[Found], quoted: list[tuple[int, int]]) -> None:
    """Set ``name`` on every found quote that has a speaker."""
    Resolver(doc, quoted).resolve(items)

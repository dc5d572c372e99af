"""The scene of an event: the country an event takes place in (:class:`Context`), for groups the
text gives no nationality ("protesters", "police"), read from the places of the event's sentence,
then the article's.

Split from :mod:`dateline.kb.mentions`, which re-exports its public names.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.symbols import PROPN
from spacy.tokens import Token

from dateline.pipeline.article import ents_within

if TYPE_CHECKING:  # for annotations only: mentions imports this module
    from dateline.kb.mentions import Mentions


#: A place matched only through an alternate name votes for its country only when this big.
ALT_ONLY_POP = 100_000


#: Nouns that a place name modifies or follows: "in Buea town", "the streets of Bregenz".
PLACE_NOUNS = frozenset(("town", "city", "village", "district", "province", "region", "county",
                         "state", "municipality", "neighborhood", "neighbourhood", "street", "area",
                         "suburb", "capital", "commune", "governorate", "prefecture", "department"))
#: Prepositions that put a place as the scene of the event ("protested in Genoa").
LOCATIVE = frozenset(("in", "near", "at", "outside", "inside", "across", "around", "throughout",
                      "through", "into", "along", "within"))
_NOT_PLACES = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"))


_TRAILING_PLACE_NOUN = re.compile(
    r"\s+(?:city|town|village|district|province|region|county|municipality|governorate|prefecture|"
    r"department|commune|neighbou?rhood|area|suburb|regency|subdivision|township|state)$", re.I)


def _parenthesis_after(sent, i: int) -> Optional[str]:
    """The text in brackets right after token ``i`` ("Tourou (Mokolo, Mayo-Tsanaga)"), if short."""
    doc = sent.doc
    for _ in range(2):  # "El Palo corregimiento (Cauca)": past a common noun or two
        if i < sent.end and doc[i].pos_ == "NOUN" and doc[i].is_lower:
            i += 1
    if i >= sent.end or doc[i].text != "(":
        return None
    for j in range(i + 1, min(sent.end, i + 16)):
        if doc[j].text == ")":
            return doc[i + 1:j].text or None
    return None


#: Prepositions whose object is what an event is about, not where it is ("over", "about").
TOPIC_PREPS = frozenset(("over", "about", "regarding", "concerning"))


def _topic_of(tok: Token) -> bool:
    """Whether ``tok`` lies in a phrase that says what an event is about ("over the supply of
    drones to Russia", "concerns about Iran")."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "prep" and t.lower_ in TOPIC_PREPS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


#: Verbs of a stance taken toward someone: their object is a party, not the scene.
_STANCE_VERBS = frozenset(("accuse", "blame", "condemn", "criticize", "criticise", "denounce",
                           "urge", "thank", "praise", "warn", "ask", "congratulate", "welcome",
                           "commend", "fault", "rebuke", "chide", "implore", "press"))


def _addressee(root: Token) -> bool:
    """"accused neighbouring Rwanda of arming the rebels": the object of a stance verb."""
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _STANCE_VERBS


def _scene_tier(root: Token) -> int:
    """How surely a place phrase is where the event happens: 0 "demonstrated in X", "X town",
    "Y (X)"; 1 after "in/near/at" that hangs on a noun ("the war in Ukraine"); 2 anywhere else."""
    head = root.head
    if head.lower_ in LOCATIVE and root.dep_ == "pobj":
        return 0 if head.head.pos_ in ("VERB", "AUX") or head.head == head else 1
    if head.lemma_.lower() in PLACE_NOUNS or root.dep_ == "appos" and head.pos_ == "PROPN":
        return 0
    return 2


class Context:
    """The country an event takes place in, for groups the text gives none ("protesters", "police").

    As in NGEC, an actor with a sector but no nationality belongs to the country of the event's
    scene: the first place in the sentence after "in/near/at" (else any place in the sentence),
    looked up in the KB and then the gazetteer; failing that, the article's first such place, and
    then the country the article names most.
    """

    def __init__(self, mentions: Mentions):
        self.mentions, self.kb = mentions, mentions.kb
        self._by_sent: dict[int, Optional[str]] = {}
        self._main: Optional[str] = None
        self._main_done = False
        self._places: dict[tuple[str, bool], Optional[str]] = {}
        self._small: set[tuple[str, bool]] = set()  # names whose likeliest sense is no big place
        self._alias: set[tuple[str, bool]] = set()  # ... and is matched by an alternate name only

    def country(self, tok: Token) -> Optional[str]:
        sent = tok.sent
        if sent.start not in self._by_sent:
            code = self._scene(sent)
            if code is None and -1 not in self._by_sent:
                self._by_sent[-1] = self._scene(sent.doc[:]) or self._article()
            self._by_sent[sent.start] = code or self._by_sent.get(-1)
        return self._by_sent[sent.start]

    def _scene(self, sent) -> Optional[str]:
        found = []  # (tier (see _scene_tier), position, text, named a place by the parser)
        for e in ents_within(sent):  # not sent.ents: that rescans the doc (quadratic)
            tier = _scene_tier(e.root)
            if tier == 2 and (_topic_of(e.root) or _addressee(e.root)):
                continue  # "sanctions ... over the supply of drones to Russia": what, not where;
                # "accused neighbouring Rwanda": whom a stance is taken toward, not where
            if e.label_ in ("GPE", "LOC", "FAC") or (e.label_ not in _NOT_PLACES and tier < 2):
                found.append((tier, e.start, e.text, e.label_ in ("GPE", "LOC")))
                inside = _parenthesis_after(sent, e.end)  # "in Matalla (Rafah, North Sinai)"
                if inside:
                    found.append((tier, e.end, inside, False))
        for tok in sent:  # place names the parser missed: "in Bregenz", "in Buea town"
            if tok.pos == PROPN and not tok.ent_type and (
                    tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE or tok.head.lemma_.lower() in PLACE_NOUNS
                    or tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in LOCATIVE
                    and tok.nbor(-1).text == ","):  # "in Ejido de Vergel, Chihuahua"
                lo = min([c.i for c in tok.children if c.dep_ == "compound"] + [tok.i])
                found.append((_scene_tier(tok), lo, sent.doc[lo:tok.i + 1].text, False))
                inside = _parenthesis_after(sent, tok.i + 1)
                if inside:
                    found.append((_scene_tier(tok), tok.i + 1, inside, False))
        # "San Lorenzo (Santa Fe)", "Concepcion (Biobio)": every place part votes for the countries
        # it may lie in; the country most parts agree on wins (a part's likeliest reading counts more)
        # (tier by tier: "demonstrated in Heidelberg against the war in Ukraine" is German; the
        # places hanging on a noun, then any others, only when the nearer tiers give no country)
        found = sorted(found)[:6]
        for group in (0, 1, 2):
            votes: dict[str, float] = {}
            order: dict[str, int] = {}
            for tier, _, text, named in found:
                if tier != group:
                    continue
                parts = [text] + [p.strip() for p in re.split(r"[(),]| - ", text)]
                parts += [_TRAILING_PLACE_NOUN.sub("", p) for p in parts]  # "Kathua city" -> "Kathua"
                for part in dict.fromkeys(parts):
                    if len(part) <= 2:
                        continue
                    for country, weight in self.place_countries(part, named):
                        votes[country] = votes.get(country, 0.0) + weight
                        order.setdefault(country, len(order))
            if votes:
                return max(votes, key=lambda c: (votes[c], -order[c]))
        return None

    def _article(self) -> Optional[str]:
        if not self._main_done:
            self._main_done = True
            self._main = self.mentions.main_country()
            if self._main not in self.kb.country_names:
                self._main = None
        return self._main

    def place_country(self, text: str, named: bool = True) -> Optional[str]:
        found = self.place_countries(text, named)
        return found[0][0] if found else None

    def place_countries(self, text: str, named: bool = True) -> list[tuple[str, float]]:
        """Countries a place name may lie in, with a vote each: the likeliest first, worth more."""
        key = (text, named)
        if key not in self._places:
            self._places[key] = self._focused(self._place_countries(text, named), key)
        return self._places[key]

    def _focused(self, found: list[tuple[str, float]], key) -> list[tuple[str, float]]:
        """A small namesake in a country the article never names ("Banjska" read as Bulgaria's
        Bansko in a report on Kosovo) loses to a same-named place in a country it does name;
        with none, an alternate-name match gives no country at all."""
        if not found or key not in self._small:
            return found
        named = {info.country for _, info, _ in self.mentions._mentions() if info.country}
        if not named or found[0][0] in named:
            return found
        focus = [c for c, _ in found if c in named]
        if focus:
            return [(focus[0], found[0][1])] + [(c, 1.0) for c, _ in found if c != focus[0]]
        return [] if key in self._alias else found

    def _place_countries(self, text: str, named: bool) -> list[tuple[str, float]]:
        key = (text, named)
        text = text[:-2] if text.endswith(("'s", "’s")) else text
        code = self.kb.country(text)
        if code and code not in self.kb.country_names:
            return []
        try:
            from dateline import gazetteer
            found = gazetteer.lookup(text, limit=30)
        except Exception:  # the gazetteer is optional here
            found = []
        found = [e for e in found if e.feature_class in ("P", "A") and (
            named or e.feature_class == "A" or e.population >= 1000)]
        if found and len(text) <= 4 and all(e.alternate for e in found) and not any(
                e.feature_class == "A" or e.population >= ALT_ONLY_POP for e in found):
            return []  # "Ber" (Mali) is not Véroia, once "Ber": a short name known only as another's

        if code:  # a country's name, or a state of another ("Atlanta (Georgia)")
            return [(code, 1.5)] + [(c, 1.0) for c in dict.fromkeys(e.country for e in found)
                                    if c and c != code]
        if not found or not found[0].country:
            return []
        top = found[0]
        big = top.population >= 100000 or top.feature_code in ("PCLI", "ADM1", "PPLC")
        if not big:
            self._small.add(key)
            if top.alternate:
                self._alias.add(key)
        out = [(top.country, 1.5 if big else 1.25)]
        for e in found[1:]:
            if e.country and all(e.country != c for c, _ in out):
                out.append((e.country, 1.0))
        return out

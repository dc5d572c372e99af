"""Who a mention is: coding noun phrases to name, country, sector, title and KB id, and a small,
fast coreference resolver for pronouns, surnames and definite descriptions within one article.

Works on a parsed spaCy ``Doc``; one :class:`Mentions` object per article caches everything.
The country of an event's scene (:class:`Context`) is in :mod:`dateline.kb.scene`, re-exported here.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.kb import KB, normalize
# the event-scene country, re-exported: callers import it from here
from dateline.kb.scene import ALT_ONLY_POP, LOCATIVE, PLACE_NOUNS, TOPIC_PREPS, Context

#: Nouns naming a single person by role: "the minister", "the general".
ROLE_NOUNS = frozenset((
    "minister", "president", "premier", "chancellor", "secretary", "general", "commander",
    "official", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor",
    "mayor", "leader", "king", "queen", "prince", "emir", "sultan", "senator", "lawmaker", "judge",
    "prosecutor", "chief", "director", "head", "colonel", "admiral", "diplomat", "pope", "cleric",
    "ayatollah", "marshal", "lieutenant", "captain", "officer", "adviser", "advisor", "deputy",
))
_TITLE_STOP = frozenset(("top", "senior", "new", "then", "acting", "current", "outgoing", "incoming",
                         "a", "an", "the", "his", "her", "its", "their", "our"))
PERSON_PRON = frozenset(("he", "him", "his", "she", "her", "hers", "himself", "herself"))
THING_PRON = frozenset(("it", "its", "itself"))
PLURAL_PRON = frozenset(("they", "them", "their", "theirs", "themselves"))
_PAIR_HEADS = frozenset(("country", "countries", "side", "sides", "nation", "nations", "leader",
                         "leaders", "government", "governments", "state", "states", "party", "parties"))
#: Prepositions that put two parties face to face ("talks with", "war against", "attack on").
_FACING_PREPS = frozenset(("with", "against", "on", "between", "by", "to", "toward", "towards", "for"))
_COUNTRY_NOUNS = frozenset(("country", "nation", "state", "government", "regime"))
_GROUP_ENTS = frozenset(("ORG", "GPE", "NORP", "FAC", "LOC"))


@dataclass(frozen=True)
class Info:
    """The coding of one mention."""

    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    title: Optional[str] = None
    kb_id: Optional[str] = None
    person: bool = False


EMPTY = Info()


def _merge(a: Info, b: Info) -> Info:
    """``a`` with its gaps filled from ``b``."""
    return Info(a.name or b.name, a.country or b.country, a.sector or b.sector,
                a.title or b.title, a.kb_id or b.kb_id, a.person or b.person)


class Mentions:
    """Codes mentions of one article and resolves its pronouns and descriptions."""

    def __init__(self, doc: Doc, kb: KB, date: Optional[dt.date] = None):
        self.doc, self.kb, self.date = doc, kb, date
        self.ent_of: dict[int, SpacySpan] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self._cache: dict[int, Info] = {}
        self._base_cache: dict[int, Info] = {}
        self._busy: set[int] = set()
        self._index: Optional[list[tuple[int, Info, bool]]] = None
        self.people: dict[str, Info] = {}  # surname -> merged person coding
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not self._is_place(ent) and not qualifier(ent):
                info = self._local(ent.root, ent)
                key = self._surname(ent)
                if key:
                    old = self.people.get(key)
                    if old is None or len((info.name or "").split()) > len((old.name or "").split()):
                        self.people[key] = _merge(info, old) if old else info
                    else:
                        self.people[key] = _merge(old, info)

    # -- coding -------------------------------------------------------------
    def code(self, head: Token) -> Info:
        """The coding of the noun phrase headed by ``head`` ("his troops" takes his country)."""
        info = self._cache.get(head.i)
        if info is None:
            info = self._base(head)
            if not info.country and not info.person:
                info = _merge(info, self._from_possessive_pronoun(head))
            self._cache[head.i] = info
        return info

    def _base(self, head: Token) -> Info:
        info = self._base_cache.get(head.i)
        if info is None:
            ent = self.ent_of.get(head.i)
            info = self._local(head, ent)
            if info.person and ent is not None:
                key = self._surname(ent)
                if key in self.people:
                    info = _merge(replace(info, name=self.people[key].name), self.people[key])
            surname = head.lower_
            if not info.person and not info.kb_id and not info.country and head.pos_ == "PROPN" \
                    and surname in self.people and (ent is None or len(ent) == 1):
                info = self.people[surname]  # "Hassan" after "Abdi Wako Hassan"
            if ent is None or ent.label_ != "PERSON":
                for child in head.children:  # "Iran's top security official Ali Shamkhani"
                    if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i not in self._busy:
                        self._busy.add(head.i)
                        info = _merge(self._base(child), info)
                        self._busy.discard(head.i)
                        break
            self._base_cache[head.i] = info
        return info

    def _is_place(self, ent: SpacySpan) -> bool:
        text = _strip_poss(ent.text)
        return len(ent) <= 2 and self.kb.person(text) is None and self.kb.is_place(text)

    @staticmethod
    def _surname(ent: SpacySpan) -> str:
        words = normalize(_strip_poss(ent.text)).split()
        return words[-1] if words else ""

    def _local(self, head: Token, ent: Optional[SpacySpan]) -> Info:
        kb = self.kb
        left = _left_tokens(head)
        own = set(range(ent.start, ent.end)) if ent is not None else {head.i}
        name = country = sector = title = kb_id = None
        person = False
        known_org = ent is not None and ent.label_ == "PERSON" and _group(kb.entity(_strip_poss(ent.text)))
        if ent is not None and ent.label_ == "PERSON" and not self._is_place(ent) and not qualifier(ent) \
                and not known_org:  # ("the KESK", tagged a person: the union the dictionary knows)
            person = True
            text = _strip_poss(ent.text)
            known = kb.person(text)
            name = known.name if known else text
            if known:
                country, sector, kb_id = known.country, known.sector, known.id
                title = known.title_on(self.date)
        elif ent is not None or head.pos_ == "PROPN" or (
                _closed(head, head.text) != head.text and _group(kb.entity(_closed(head, head.text)))):
            # (a dictionary name spaCy splits and tags as a noun: "the CPN(UML)")
            text = _strip_poss(ent.text if ent is not None else head.text)
            known = kb.entity(text) or kb.entity(_closed(head, text))
            if known is not None:
                name, country, sector, kb_id = known.name, known.country, known.sector, known.id
            else:
                country = kb.country(text)
                if country:
                    name = kb.country_names.get(country, text)
                    if ent is not None and ent.label_ in ("GPE", "LOC") or normalize(text) in kb.countries:
                        kb_id = f"country:{country}"
                    if ent is not None and ent.label_ == "NORP":
                        name, kb_id = None, None  # "Iranians": a people, not the state
                elif ent is not None and ent.label_ in ("ORG", "FAC"):
                    name = text
        if kb_id is None and not person and head.pos_ == "NOUN" and head.lemma_.lower() in ORG_NOUNS:
            known = _named_before(head, kb)  # "the SUD union", "the Hamas movement"
            if known is not None:
                name, country, sector, kb_id = known.name, known.country, known.sector, known.id
        # title and sector from the words before a name, or the head noun itself
        words = [t for t in left if t.i not in own or not person]
        if person:
            run = _title_run(self.doc, ent.start, kb)
            for child in head.children:
                if child.dep_ == "appos" and not title:
                    run = run or _title_run(self.doc, child.i + 1, kb, child)
            if run and not title:
                title = run
            if not sector and title:
                sector = kb.sector(title.split())
        elif head.pos_ in ("NOUN", "PROPN") and not (ent is not None and ent.label_ in ("GPE", "NORP")):
            chain = [t.lower_ for t in left if t.i >= _chain_start(head) and t.i < head.i] + [head.lemma_.lower()]
            if not sector:  # the lemma ("force") or the word as written ("forces")
                sector = kb.sector(chain) or kb.sector(chain[:-1] + [head.lower_])
            if head.lemma_.lower() in ROLE_NOUNS and head.tag_ in ("NN", "NNP"):
                run = _title_run(self.doc, head.i + 1, kb, head)
                title = title or run
                person = True
        elif head.pos_ == "ADJ" and head.dep_ == "amod" and not sector:
            sector = kb.sector([head.lemma_.lower()])  # "the rebel pullback": an actor adjective
        if not country:
            country = self._country_in(words, own, head)
        return Info(name, country, sector, title, kb_id, person)

    def _country_in(self, tokens: list[Token], own: set[int], head: Token) -> Optional[str]:
        """The first country named by a modifier (adjective, possessive, compound) of the phrase."""
        seen: set[int] = set()
        tokens = list(tokens) + [t for c in head.children if c.dep_ == "appos" for t in _left_tokens(c)]
        for tok in tokens:
            if tok.i in seen or (tok.i in own and tok.ent_type_ == "PERSON"):
                continue
            ent = self.ent_of.get(tok.i)
            if ent is not None and ent.label_ in _GROUP_ENTS and ent.start not in seen:
                code = self.kb.country(_strip_poss(ent.text))
                if code:
                    return code
                if len(ent) > 1 and ent.label_ in ("GPE", "LOC", "FAC"):
                    seen.update(range(ent.start, ent.end))
                    continue  # "West Sumatra" is no mention of the West
                seen.add(ent.start)  # an organisation's words may still name a country:
                # "The Russian Defence Ministry" is Russian
            if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
                code = self.kb.country(tok.text)
                if code:
                    return code
        return None

    def _from_possessive_pronoun(self, head: Token) -> Info:
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in PERSON_PRON | THING_PRON | PLURAL_PRON:
                found = self.resolve(child)
                if found:
                    return Info(country=found[0].country)
        return EMPTY

    # -- coreference ----------------------------------------------------------
    def resolve(self, tok: Token) -> list[Info]:
        """Antecedent codings of a pronoun or description (empty when unsure)."""
        low = tok.lower_
        if low in PERSON_PRON:
            ok = lambda info, t: info.person  # noqa: E731
            return self._governing(tok, ok) or self._latest(tok, ok, skip_siblings=tok.dep_ != "poss")
        if low in THING_PRON:
            ok = lambda info, t: not info.person and bool(info.country)  # noqa: E731
            return self._governing(tok, ok) or self._latest(tok, ok, window=2)
        if low in PLURAL_PRON:
            return self._plural(tok)
        return []

    def describe(self, head: Token) -> list[Info]:
        """Antecedents of a definite description: "the minister", "the two countries"."""
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        lemma = head.lemma_.lower()
        if not dets & {"the", "both", "two", "this", "that"} or head.i in self.ent_of:
            return []
        if lemma in _PAIR_HEADS and head.tag_ in ("NNS", "NNPS") and dets & {"both", "two"}:
            return self._pair(head)
        if lemma in _COUNTRY_NOUNS and head.tag_ == "NN":
            return self._latest(head, lambda info, t: bool(info.country) and not info.person, window=3)
        if lemma in ROLE_NOUNS and head.tag_ == "NN":
            found = self._latest(head, lambda info, t: info.person and lemma in (info.title or "").lower()
                                 or info.person and t.lemma_.lower() == lemma, window=8)
            if not found and lemma in ("president", "premier", "government", "king", "leader"):
                country = self.main_country()
                if country:
                    return [Info(country=country, sector="GOV", title=lemma.capitalize(), person=True)]
            return found
        return []

    def _pair(self, head: Token) -> list[Info]:
        """"both sides", "the two countries": the two parties last named facing each other in one
        clause ("X accused Y", "X met Y", "talks between X and Y", "X and Y"); failing that, the
        two states of the preceding text when it names exactly two. Otherwise none: an
        unrelated pair ("Rwanda" and "the UN office") is no side of anything."""
        limit = self._sent_start_limit(head, 5)
        for k in range(head.i - 1, limit - 1, -1):
            tok = self.doc[k]
            if tok.pos_ in ("VERB", "AUX"):
                group = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
                # "voiced support for X during a call with Y": the parties one phrase further down
                nouns = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + [
                    p for c in tok.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"]
                group += [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in _FACING_PREPS
                          for p in c.children if p.dep_ == "pobj"]
                group += [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in _FACING_PREPS
                          for p in c.children if p.dep_ == "pobj"]
            elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "conj":
                group = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                         for p in c.children if p.dep_ == "pobj"]
                if not group and tok.conjuncts and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                    group = [tok]  # "Ethiopia and Eritrea"
            else:
                continue
            out: list[Info] = []
            parties = 0
            for t in sorted({x for g in group for x in (g, *g.conjuncts) if x.i < head.i}, key=lambda x: x.i):
                if t.pos_ == "PRON":
                    continue
                info = self._base(t)
                if info.country:
                    parties += 1
                    if all(o.country != info.country for o in out):
                        out.append(info)
            if parties >= 2:  # two sides of one country ("the army and the RSF") are that country's
                return out[:2]
        countries: dict[str, Info] = {}
        for i, info, _ in self._mentions():
            if limit <= i < head.i and info.country in self.kb.country_names and info.country not in countries:
                countries[info.country] = info
        return list(countries.values()) if len(countries) == 2 else []

    def main_country(self) -> Optional[str]:
        """The country the article talks about most."""
        counts = Counter(info.country for _, info, _ in self._mentions() if info.country)
        return counts.most_common(1)[0][0] if counts else None

    def _mentions(self) -> list[tuple[int, Info, bool]]:
        if self._index is None:
            index = []
            for tok in self.doc:
                if tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                ent = self.ent_of.get(tok.i)
                if ent is not None and tok.i != ent.end - 1 and ent.root.i != tok.i:
                    continue
                if ent is None and tok.pos_ == "NOUN" and tok.lemma_.lower() not in ROLE_NOUNS:
                    continue
                info = self._base(tok)
                if info.person or info.country:
                    index.append((tok.i, info, tok.tag_ in ("NNS", "NNPS")))
            self._index = index
        return self._index

    def _latest(self, tok: Token, ok, window: int = 5, skip_siblings: bool = False) -> list[Info]:
        sent_starts = self._sent_start_limit(tok, window)
        for i, info, _ in reversed(self._mentions()):
            if i >= tok.i or (tok.i - i < 0):
                continue
            if i < sent_starts:
                break
            cand = self.doc[i]
            if skip_siblings and cand.head == tok.head and cand.sent == tok.sent:
                continue
            if ok(info, cand):
                return [info]
        return []

    def _governing(self, tok: Token, ok) -> list[Info]:
        """The subject of a clause above the pronoun ("Russia ... since it invaded", "X said he")."""
        own = tok.head
        for anc in tok.ancestors:
            if anc == own and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
                continue
            for child in anc.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and child != tok \
                        and child.pos_ in ("PROPN", "NOUN"):
                    info = self._base(child)
                    if ok(info, child):
                        return [info]
        return []

    def _sent_start_limit(self, tok: Token, window: int) -> int:
        sent = tok.sent
        for _ in range(window - 1):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return sent.start

    def _plural(self, tok: Token) -> list[Info]:
        # "X met Y, and they ...", "X and Y discussed what they called ...": the clause above
        for anc in tok.ancestors:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            if anc == tok.head and tok.dep_ in ("nsubj", "nsubjpass"):
                continue
            group = []
            for child in anc.children:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.i < tok.i:
                    group.extend([child, *child.conjuncts])
            infos = [self._base(t) for t in group if t.lower_ not in PLURAL_PRON]
            infos = [i for i in infos if i.person or i.country]
            if len(infos) >= 2:
                return infos
        head = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if head is not None and head.dep_ == "conj":
            verb = head.head
            group = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
            infos = [self._base(t) for t in group]
            infos = [i for i in infos if i.person or i.country]
            if len(infos) >= 2:
                return infos
        for i, info, plural in reversed(self._mentions()):
            if i < tok.i and tok.i - i < 60 and (plural or not info.person) and info.country:
                return [info]
        return []


def pair_description(head: Token) -> bool:
    """"both sides", "the two countries": two parties, resolved from the text or not at all."""
    return head.lemma_.lower() in _PAIR_HEADS and head.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in ("both", "two") for c in head.children if c.dep_ in ("det", "nummod", "predet", "amod"))


def qualifier(ent: SpacySpan) -> bool:
    """A name that only qualifies a person: the "of" object in "Bishop X of Goma" (the parser
    may take such a place for a person). No pronoun stands for it: "he" is the bishop."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.ent_type_ == "PERSON" \
        and root.head.head.i < ent.start


def _closed(head: Token, text: str) -> str:
    """``text`` with the bracket spaCy split off its end ("CPN(UML" + ")"), else ``text``."""
    doc = head.doc
    if text.count("(") > text.count(")") and head.i + 1 < len(doc) and doc[head.i + 1].text == ")" \
            and not head.whitespace_:
        return text + ")"
    return text


#: Common nouns that a group's name may precede ("the SUD union", "the Hamas movement").
ORG_NOUNS = frozenset(("union", "party", "movement", "front", "federation", "confederation",
                       "alliance", "coalition", "militia", "group", "organisation", "organization",
                       "syndicate", "association", "rebels", "insurgents", "faction"))


def _named_before(head: Token, kb: KB):
    """The dictionary group or organisation whose name is the capitalised compound right before
    ``head`` ("the *SUD* union"; "the *Hamas* movement"), else None."""
    start = head.i
    while start > head.sent.start and head.doc[start - 1].dep_ == "compound" \
            and head.doc[start - 1].head.i == head.i and head.doc[start - 1].text[:1].isupper():
        start -= 1
    if start == head.i:
        return None
    known = kb.entity(head.doc[start:head.i].text)
    return known if _group(known) else None


def _group(known) -> bool:
    """An entry of the actor dictionary that is an organisation or group, not a person."""
    return known is not None and known.type not in ("person", "place")


def _strip_poss(text: str) -> str:
    text = text.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _left_tokens(head: Token) -> list[Token]:
    """The head's left modifiers (with their subtrees) and the head."""
    out: list[Token] = []
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "npadvmod", "quantmod"):
            out.extend(child.subtree)
    out.append(head)
    return out


def _chain_start(head: Token) -> int:
    """Index of the first word of the compound/adjective chain ending at ``head``."""
    i = head.i
    while i > head.sent.start and head.doc[i - 1].dep_ in ("compound", "amod") \
            and head.doc[i - 1].ent_type_ not in ("GPE", "NORP") and head.doc[i - 1].head.i > i - 1:
        i -= 1
    return i


def _title_run(doc: Doc, end: int, kb: KB, head: Optional[Token] = None) -> Optional[str]:
    """A title like "Defense Minister" in the words right before ``end`` (or ending at ``head``)."""
    if head is not None:
        end = head.i + 1
    i = end - 1
    words: list[Token] = []
    while i >= 0 and len(words) < 6:
        tok = doc[i]
        low = tok.lower_
        if tok.ent_type_ in ("GPE", "NORP") or tok.dep_ in ("poss", "case", "det", "punct") \
                or low in _TITLE_STOP or tok.is_punct:
            break
        if not (low in kb.title_words or low in ROLE_NOUNS or (tok.text[:1].isupper() and words)):
            break
        words.insert(0, tok)
        if tok.is_sent_start:
            break
        i -= 1
    while words and words[0].lower_ not in kb.title_words and words[0].lower_ not in ROLE_NOUNS:
        words.pop(0)
    if not words or not (words[-1].lower_ in ROLE_NOUNS or kb.is_title(words[-1].lower_)):
        return None
    text = " ".join(t.text for t in words)
    return text[:1].upper() + text[1:] if text else None


__all__ = [
    "ROLE_NOUNS", "PERSON_PRON", "THING_PRON", "PLURAL_PRON", "Info", "EMPTY", "Mentions",
    "pair_description", "qualifier", "ALT_ONLY_POP", "PLACE_NOUNS", "LOCATIVE", "TOPIC_PREPS", "Context",
]

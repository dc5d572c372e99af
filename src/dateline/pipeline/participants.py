"""Which phrases can be an event's participants, as actor or recipient: a person, group, state
or organisation (or a pronoun for one), a place, a facility that is hit, a thing a named party
made or holds; the participants inside a phrase that is none ("its blockade of Yemen"); and
what is no recipient: one's own forces, the thing parties do together.

Used by :mod:`dateline.pipeline.arguments` (which re-exports the public names) and
:mod:`dateline.pipeline.clauses`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.kb import load_kb
from dateline.kb.mentions import PERSON_PRON, PLACE_NOUNS, PLURAL_PRON, Mentions


SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "dative", "obj", "iobj", "oprd")
#: Prepositions whose object is the recipient ("attack on", "talks with", "sanctions against").
RECIPIENT_PREPS = frozenset(("with", "against", "on", "upon", "to", "at", "for", "from", "toward",
                             "towards", "into", "over", "onto", "across"))
RECIPROCAL_PREPS = frozenset(("between", "among", "amongst"))
NOT_ARGS = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"))
_ACTOR_ENTS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
#: Nouns for people that the sector tables do not list.
HUMAN_NOUNS = frozenset((
    "people", "person", "member", "civilian", "citizen", "resident", "worker", "student", "family",
    "child", "woman", "man", "villager", "prisoner", "detainee", "refugee", "migrant", "fighter",
    "soldier", "victim", "supporter", "group", "delegation", "team", "side", "party", "country",
    "nation", "state", "community", "population", "employee", "national", "hostage", "crew",
    "protester", "demonstrator", "gunman", "assailant", "attacker", "individual", "rioter", "mob",
    "crowd", "perpetrator", "youth", "farmer", "driver", "teacher", "trader", "militant",
    "union", "association", "movement", "organization", "organisation", "unit", "force", "gang"))


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "VERB"]


#: Heads of "N of X" phrases that are as much participants as X ("dozens of fighters").
QUANTITY_NOUNS = frozenset(("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                            "million", "millions", "number", "score", "scores", "handful", "group",
                            "member", "some", "many", "most", "all", "several", "few", "both"))


def _codes(tok: Token, mentions: Mentions) -> bool:
    info = mentions.code(tok)
    return bool(info.country or info.kb_id or info.sector or info.person)


def _actorish(tok: Token, mentions: Mentions) -> bool:
    """Whether a phrase can be a participant (a person, group, state or organisation)."""
    if tok.ent_type_ in _ACTOR_ENTS or tok.lower_ in PERSON_PRON | PLURAL_PRON | {"it", "them", "us", "me", "you"}:
        return True
    if tok.lemma_.lower() == "state" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "a state of emergency"
    if tok.lemma_.lower() in HUMAN_NOUNS or any(
            c.ent_type_ in _ACTOR_ENTS for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")):
        return True
    info = mentions.code(tok)
    if info.sector or info.person or info.kb_id or (info.country and any(  # not "its long blockade"
            c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON" and _codes(c, mentions)
            for c in tok.children)):
        return True
    # "dozens of IS members", "partners like Saudi Arabia", "thousands including children"
    quantity = tok.ent_type_ in NOT_ARGS or tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_NOUNS
    return any(
        c.dep_ == "prep" and (c.lower_ in ("like", "including") or c.lower_ == "of" and quantity) and
        o.i > tok.i and
        (o.ent_type_ in _ACTOR_ENTS or o.lemma_.lower() in HUMAN_NOUNS or mentions.code(o).sector)
        for c in tok.children for o in pobjs(c))


def animate(tok: Token) -> bool:
    """Whether a subject phrase can speak or act: a person, group, body or state, or a pronoun
    for one; "the rebel pullback", "the talks" cannot."""
    if tok.ent_type_ in _ACTOR_ENTS or tok.lower_ in PERSON_PRON | PLURAL_PRON | {"we", "i", "you"}:
        return True
    lemma = tok.lemma_.lower()
    if lemma in HUMAN_NOUNS or tok.lower_ in HUMAN_NOUNS:
        return True
    kb = load_kb()
    return bool(kb.sector([lemma]) or kb.sector([tok.lower_]) or kb.is_title(tok.lower_))


def mentions_agent(noun: Token) -> bool:
    """Whether an event noun names people who do it ("protesters", "demonstrators", "strikers")."""
    lemma = noun.lemma_.lower()
    return lemma in HUMAN_NOUNS or bool(load_kb().sector([lemma]))


def _named(tok: Token, mentions: Mentions) -> bool:
    """A phrase naming a participant by itself, not through a possessive ("his condolences")."""
    return tok.ent_type_ in _ACTOR_ENTS or tok.lemma_.lower() in HUMAN_NOUNS or tok.pos_ == "PROPN" \
        or bool(mentions.code(tok).sector)


def _placeish(tok: Token) -> bool:
    """A place phrase: a named place, or "the town", "parts of X", "all Libyan territories"."""
    if tok.lemma_.lower() == "state" and any(c.dep_ == "prep" and c.lower_ == "of" and not any(
            o.ent_type_ in ("GPE", "LOC") for o in pobjs(c)) for c in tok.children):
        return False  # "a state of emergency", not "the state of Texas"
    return tok.ent_type_ in ("GPE", "LOC") or tok.lemma_.lower() in PLACE_NOUNS | {"part", "territory"}


#: Buildings, sites and vehicles: hit as such ("stormed a police headquarters in Kabul").
FACILITY_NOUNS = frozenset((
    "base", "camp", "headquarters", "hq", "building", "embassy", "consulate", "mosque", "church",
    "temple", "synagogue", "shrine", "school", "university", "hospital", "clinic", "depot", "checkpoint",
    "outpost", "post", "station", "office", "compound", "facility", "installation", "airport", "airbase",
    "port", "harbour", "harbor", "bus", "vehicle", "convoy", "car", "truck", "train", "ship", "vessel",
    "boat", "tanker", "plane", "aircraft", "jet", "helicopter", "drone", "house", "home", "residence",
    "barracks", "prison", "jail", "palace", "parliament", "market", "hotel", "bridge", "position",
    "stronghold", "hideout", "enclave", "pipeline", "plant", "refinery", "mine", "factory", "warehouse",
    "court", "ministry", "tower", "stadium", "airfield", "garrison", "fort", "bunker"))


def _facility(tok: Token) -> bool:
    return tok.lemma_.lower() in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS


def _authors(noun: Token, mentions: Mentions) -> list[Token]:
    """Who made a proposal, demand or charge: "accusations by Maduro", "an appeal lodged by X"."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            out.extend(pobjs(child))
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            out.extend(p for c in child.children if c.dep_ == "agent" for p in pobjs(c))
    return [t for t in out if _actorish(t, mentions)]


#: Proposals, demands and charges: answering one answers its author ("rejected accusations by X").
CLAIM_NOUNS = frozenset(("accusation", "allegation", "charge", "claim", "demand", "request", "offer",
                         "proposal", "appeal", "call", "invitation", "plea", "ultimatum", "criticism",
                         "complaint", "bid", "suggestion", "overture", "plan", "initiative"))


def _authored(tok: Token, mentions: Mentions) -> bool:
    """A thing someone named made or holds: "the US administration's decision", "a UN draft
    resolution", "the proposal submitted by X", "Iran's involvement"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in NOT_ARGS:
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < tok.i and c.pos_ != "PRON" and (
                c.ent_type_ in _ACTOR_ENTS or c.dep_ == "poss" and _actorish(c, mentions)):
            return True
    return bool(_authors(tok, mentions))


def _concrete(toks: list[Token], mentions: Mentions) -> list[Token]:
    """Last-resort recipients, less abstract things: "used tear gas" keeps nothing."""
    return [t for t in toks if _actorish(t, mentions) or _facility(t) or _placeish(t)
            or _authored(t, mentions) or t.pos_ == "PROPN"]


#: Prepositions inside an object noun that lead to who or where it hits ("ban on", "aid to").
INNER_PREPS = RECIPIENT_PREPS | frozenset(("of", "in"))


def _inner(noun: Token, mentions: Mentions, depth: int = 2, located_too: bool = False) -> list:
    """Participants or places inside a non-participant noun phrase: "its blockade of Yemen",
    "sanctions imposed on Eritrea", "a ceasefire in Idlib". With ``located_too`` the result is
    (token, found through "in") pairs, so a caller can rank "talks in Jerusalem with X"."""
    found: list = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in INNER_PREPS:
            objs = pobjs(child)
        elif child.dep_ == "prep" and child.lower_ in RECIPROCAL_PREPS:  # "mediation between X and Y"
            found.extend((t, False) for o in pobjs(child) for t in (o, *o.conjuncts)
                         if _actorish(t, mentions) or t.ent_type_ in ("GPE", "LOC"))
            continue
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            objs = [p for c in child.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                    for p in pobjs(c)]
        else:
            continue
        where = child.lower_ == "in"
        for obj in objs:
            if where and not _placeish(obj):
                if depth > 1 and obj.ent_type_ not in NOT_ARGS:  # "$2 million in assistance to Fiji"
                    found.extend((t, True) for t, _ in _inner(obj, mentions, depth - 1, True))
                continue
            if where and obj.ent_type_ not in ("GPE", "LOC"):
                found.append((obj, True))  # "a curfew in parts of the province", "in the town"
                continue
            if _actorish(obj, mentions) or obj.ent_type_ in ("GPE", "LOC") or (
                    child.lower_ in RECIPIENT_PREPS and _facility(obj)) or (  # "an attack on an army base"
                    # "investigations against banks", "talks with the truckers"
                    (child.lower_ == "against" or child.lower_ == "with" and obj.tag_ == "NNS")
                    and obj.pos_ in ("NOUN", "PROPN", "NUM") and not obj.like_num) or (
                    child.lower_ in RECIPIENT_PREPS and obj.pos_ == "PROPN"  # "the ban on Netra Chand"
                    and obj.ent_type_ not in NOT_ARGS):
                found.append((obj, where))
            elif depth > 1:
                found.extend((t, w or where) for t, w in _inner(obj, mentions, depth - 1, True))
    if any(not _facility(t) for t, _ in found):  # "talks with X at his office": X
        found = [(t, w) for t, w in found if not _facility(t) or _actorish(t, mentions)]
    if located_too:
        return sorted(found, key=lambda f: f[1])[:2]
    return [t for t, _ in found[:2]]


#: Armed forces and arms: what a side moves or lays down is its own.
FORCE_NOUNS = frozenset(("troop", "troops", "force", "forces", "army", "soldier", "military", "weapon",
                         "gun", "arm", "arms", "unit", "battalion", "brigade", "division", "reservist",
                         "reserve", "navy", "fleet", "warship", "police", "policeman", "officer",
                         "personnel"))
MOVE_VERBS = frozenset(("mobilize", "mobilise", "deploy", "send", "dispatch", "withdraw", "pull", "station",
                        "intensify", "reinforce", "mass", "amass", "move", "lay", "drop", "surrender",
                        "evacuate", "redeploy", "muster", "call", "raise"))


def _own_force(tok: Token, verb: Token) -> bool:
    """"its troops", "their weapons"; or bare "troops"/"the army" moved by a verb of deployment."""
    if tok.lemma_.lower() not in FORCE_NOUNS and tok.lower_ not in FORCE_NOUNS:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in tok.children):
        return True
    return verb.lemma_.lower() in MOVE_VERBS and not any(
        c.ent_type_ in _ACTOR_ENTS for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod"))


#: Verbs and nouns of things done together ("X and Y met", "signed an agreement", "held talks").
MUTUAL_VERBS = frozenset(("agree", "meet", "sign", "negotiate", "talk", "cooperate", "discuss", "gather",
                          "confer", "reconcile", "clash", "fight", "exchange", "trade", "ally", "unite"))
MUTUAL_NOUNS = frozenset(("agreement", "accord", "deal", "pact", "treaty", "talks", "meeting", "summit",
                          "ceasefire", "truce", "exercise", "exercises", "drill", "drills", "cooperation",
                          "partnership", "relations", "ties", "dialogue", "negotiations", "consultations",
                          "memorandum", "alliance", "deals", "cease", "fire"))
MUTUAL_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE"))


def _mutual(verb: Token, sources: list[Token], objects: list[Token], event_type: Optional[str]) -> bool:
    """"X and Y agreed", "X and Y held talks": coordinated subjects doing a thing together."""
    if not any(s.conjuncts or any(c.conjuncts for c in s.children if c.dep_ in ("amod", "compound"))
               for s in sources):  # "X and Y", "British and EU negotiators"
        return False
    if event_type in MUTUAL_TYPES or verb.lemma_.lower() in MUTUAL_VERBS:
        return True
    objects = objects + [o for c in verb.children if c.dep_ == "xcomp"
                         for o in c.children if o.dep_ in OBJECTS]
    objects = objects + [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in pobjs(c)]  # "a new round of joint exercises"
    return any(o.lemma_.lower() in MUTUAL_NOUNS or o.lower_ in MUTUAL_NOUNS for o in objects)

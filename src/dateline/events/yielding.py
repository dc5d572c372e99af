"""PLOVER CONCEDE against RETREAT, SUPPORT and ACCUSE: what a party yields, read off the parse.

The manual's CONCEDE covers "verbal concessions which have no immediate material consequences,
including the promise of future concessions ... and declarations (but not implementations) of
ceasefires and withdrawals from territory"; CAMEO 08 ("yield") adds acceding to demands for
political reform, for a change of regime and for rights. RETREAT keeps the material acts
themselves: forces leaving, territory handed back, prisoners freed. Plain predicates over spaCy
tokens, used by :mod:`dateline.events.coder` and :mod:`dateline.events.plover_rules`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.agreements import views_exchanged
from dateline.events.cues import _forms, _particle, _plain

#: Civil rule a junta or a ruler returns to ("promises a return to democracy", "restores the
#: constitution"): CAMEO 0834, accede to demands for change in institutions or regime.
CIVIL_RULE = frozenset(("democracy", "civilian", "constitution", "constitutional", "parliament",
                        "legislature", "multiparty", "multi-party", "elected", "civil"))
#: Forces whose leaving is a withdrawal ("troops will leave the border area").
_FORCES = frozenset(("troops", "troop", "forces", "force", "soldiers", "army", "military",
                     "contingent", "peacekeepers", "militia", "militias", "fighters", "rebels",
                     "units", "battalion", "battalions", "brigade", "mission", "navy",
                     "warships", "garrison"))
#: Territory whose handing back is a RETREAT ("hand back the captured territory").
_TERRITORY = frozenset(("territory", "territories", "land", "lands", "town", "towns", "village",
                        "villages", "city", "area", "areas", "region", "province", "island",
                        "islands", "district", "positions", "base", "bases", "enclave", "zone",
                        "border", "crossing", "airport", "port", "control"))
#: Rights a government recognizes for a people (CAMEO 0833, accede to demands for rights), where
#: recognizing a state or a government is SUPPORT.
_RIGHTS = frozenset(("right", "rights", "freedom", "freedoms", "language", "languages", "culture",
                     "identity", "liberty", "liberties", "claims", "grievances"))
#: Attacks whose future stop a party declares ("says it will stop attacks"): a declared
#: ceasefire, CONCEDE.
#: Military action a party suspends or pauses ("suspended its bombing campaign": see
#: concessions.halts_attacks).
HALTABLE_ATTACKS = frozenset(("attack", "attacks", "bombing", "bombings", "airstrike",
                              "airstrikes", "strike", "strikes", "shelling", "offensive",
                              "offensives", "raid", "raids", "fighting", "hostilities", "assault",
                              "operation", "operations", "campaign", "bombardment", "incursion",
                              "incursions"))
ATTACKS = HALTABLE_ATTACKS | frozenset(("assaults", "violence", "war", "struggle", "insurgency",
                                        "rebellion", "uprising", "shootings", "killings"))
_STOPPING = frozenset(("stop", "cease", "halt", "end", "suspend", "pause", "abandon"))


def _to_objects(tok: Token) -> list[Token]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj"]


def return_to_civil_rule(tok: Token) -> bool:
    """"Junta promises a return to democracy", "military rulers set a date for the return to
    civilian rule": a change of regime acceded to (CAMEO 0834, CONCEDE), not a RETREAT."""
    if _plain(tok) not in ("return", "restoration", "transition"):
        return False
    ends = _to_objects(tok)
    ends += [c for e in list(ends) for c in e.children if c.dep_ in ("amod", "compound")]
    return any(e.lower_ in CIVIL_RULE or _plain(e) in CIVIL_RULE for e in ends)


def forces_leave(tok: Token) -> bool:
    """"Troops will leave the border area", "the army left the town": forces leaving a place,
    a RETREAT (withdraw), where a crowd leaving a square ends its protest."""
    if _plain(tok) != "leave" or tok.pos_ not in ("VERB", "PROPN"):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("xcomp", "conj"):
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("relcl", "acl") and all(s.lower_ in ("who", "which", "that") for s in subjects):
        subjects = [tok.head]        # "troops, who left the town"
    places = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(places) and any(s.lower_ in _FORCES or _plain(s) in _FORCES
                                or s.ent_type_ in ("GPE", "NORP") for s in subjects)


def leaving_forces(tok: Token) -> Optional[bool]:
    """For "leave" as a RETREAT: whether forces leave here (None: other words). A minister
    leaving the country or a family leaving its village retreats from nothing."""
    return forces_leave(tok) if _plain(tok) == "leave" else None


def territory_handed_back(tok: Token) -> bool:
    """"The rebels will hand back the captured territory", "handed over the town": ceding
    territory, RETREAT (manual: "a military retreat from, or ceding, territory")."""
    if not _forms(tok) & {"hand", "give", "return"} or not any(
            c.lower_ in ("back", "over") for c in tok.children if c.dep_ in ("prt", "advmod")):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lower_ in _TERRITORY or _plain(o) in _TERRITORY for o in objects)


def recognizes_rights(tok: Token) -> bool:
    """"The government recognized the rights of indigenous groups": rights granted (CAMEO 0833,
    CONCEDE), where recognizing a state or a government is SUPPORT."""
    if _plain(tok) not in ("recognize", "recognise", "recognition"):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in _RIGHTS or _plain(o) in _RIGHTS for o in objects)


def frees_up_access(tok: Token) -> bool:
    """"Authorities free up access to social media": a restriction eased (CONCEDE), nobody
    released."""
    return _plain(tok) == "free" and _particle(tok, "up")


def stops_attacks(tok: Token) -> bool:
    """"Says it will stop attacks", "vowed to end the fighting": the attacks a party stops (with
    the future, a declared ceasefire: CONCEDE)."""
    if _plain(tok) not in _STOPPING:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "xcomp")]
    objects += _to_objects(tok)
    return any(o.lower_ in ATTACKS or _plain(o) in ATTACKS for o in objects)


def first_reading(tok: Token, label: str, prob: float, backs_off, protesters_leave
                  ) -> tuple[str, float]:
    """The type a candidate is read as before the manual's rules: a stance given up ("the
    ministry retreated from its plan") and a crowd leaving its protest site are CONCEDE; forces
    leaving a place and territory handed back are RETREAT; views exchanged are a CONSULT."""
    if label == "NONE" and backs_off(tok) or label in ("NONE", "RETREAT", "COERCE", "PROTEST",
                                                       "SANCTION") and protesters_leave(tok):
        return "CONCEDE", max(prob, 0.5)
    if label in ("NONE", "CONCEDE") and (forces_leave(tok) or territory_handed_back(tok)):
        return "RETREAT", max(prob, 0.5)
    if label in ("NONE", "COOPERATE", "ASSAULT", "RETREAT") and views_exchanged(tok):
        return "CONSULT", max(prob, 0.5)          # "exchanged views": a consultation
    return label, prob


def yielded(tok: Token, etype: str) -> Optional[str]:
    """The CONCEDE this event word names instead of its lexical type, if any."""
    if etype == "RETREAT" and (return_to_civil_rule(tok) or frees_up_access(tok)):
        return "CONCEDE"
    if etype == "SUPPORT" and recognizes_rights(tok):
        return "CONCEDE"
    return None


def said_sorry(tok: Token) -> Optional[bool]:
    """Whether "sorry" is an apology here (None: other words): "minister says sorry for
    remarks" (PLOVER CONCEDE: "expressions of regret or remorse"); "felt sorry for them" is
    sympathy."""
    if tok.lower_ != "sorry":
        return None
    head = tok.head
    if head.lemma_.lower() in ("feel", "look", "seem"):
        return False                 # sympathy
    if head.lemma_.lower() == "be":  # "said he was sorry for his remarks"
        return any(c.dep_ == "prep" and c.lower_ in ("for", "about") for c in tok.children) \
            or head.head.lemma_.lower() in ("say", "tell", "write", "add")
    return head.lemma_.lower() in ("say", "apologise", "apologize", "express")

"""What an act is by its target or its purpose: rockets launched at a place (ASSAULT), a site
occupied to denounce something (PROTEST, a sit-in), tariffs or sanctions cut (CONCEDE, an easing of
restrictions), licences or citizenship taken away (COERCE).

Plain predicates over spaCy tokens, used by :mod:`dateline.events.plover_rules`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _CENSORED, _DISSENTERS, _arguments, _plain, _with_of


#: Missiles or rockets launched *at* a target are an attack (ASSAULT), not a show of weapons.
_AIMING = frozenset(("at", "on", "against", "toward", "towards", "into"))


def _launched_at(tok: Token) -> bool:
    """"Launched rockets at the city", "in the direction of the port"."""
    if _plain(tok) != "launch":
        return False
    for p in tok.children:
        if p.dep_ != "prep" or any(g.ent_type_ in ("DATE", "TIME") for g in p.children):
            continue                 # "on Sunday"
        if p.lower_ in _AIMING and not (p.lower_ == "into" and any(
                _plain(g) in ("sea", "ocean", "space", "orbit", "water", "waters")
                for g in p.children)):
            return True
        if p.lower_ == "in" and any(_plain(g) == "direction" for g in p.children):
            return True
    return False


#: PLOVER PROTEST: occupying a building or a site to denounce or demand something is a
#: demonstration (a sit-in), not an armed occupation.
_PROTESTING = frozenset(("denounce", "protest", "demonstrate", "demand", "oppose", "condemn",
                         "decry", "press", "call", "highlight"))


#: Unarmed groups whose occupying a building or a site is a sit-in ("students occupied the
#: rectorate", "landless farmers occupied an estate"), as it is for protesters.
_CIVILIANS = frozenset(("student", "worker", "farmer", "villager", "resident", "teacher",
                        "employee", "miner", "nurse", "doctor", "pensioner", "citizen", "unionist",
                        "peasant", "parent", "trader", "vendor", "driver", "family", "woman",
                        "staff", "member", "squatter", "tenant", "landless"))


def _occupied_in_protest(tok: Token) -> bool:
    if _plain(tok) != "occupy":
        return False
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else []) + \
        [c for c in tok.children if c.dep_ == "conj"]
    if any(c.dep_ == "nsubj" and (_plain(c) in _DISSENTERS | _CIVILIANS or c.lower_ in _DISSENTERS)
           for h in heads for c in h.children):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and _plain(c) in _PROTESTING
               for h in heads for c in h.children)


#: PLOVER CONCEDE covers the "easing of administrative or legal restrictions": tariffs, duties
#: or sanctions cut, lowered or rolled back.
_TRADE_MEASURES = frozenset(("tariff", "duty", "sanction", "embargo", "levy", "quota"))
_EASING = frozenset(("cut", "reduce", "lower", "slash", "roll", "ease", "scrap", "remove",
                     "trim", "halve"))


def _eased_measure(tok: Token) -> bool:
    """"Cut tariffs on rice", "rolled back tariffs on Chinese goods"."""
    if _plain(tok) not in _TRADE_MEASURES or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return _plain(tok.head) in _EASING


#: PLOVER COERCE mode restrict ("restrictions on political freedoms or movement ... the banning
#: of individuals or organizations from political life"): taking away a licence, permit, visa or
#: citizenship is repression, not the CONCEDE that revoking a ban or a decree is.
_REVOKING = frozenset(("revoke", "revocation", "cancel", "cancellation", "withdraw", "strip",
                       "suspend", "suspension", "annul", "rescind"))
_STANDING = frozenset(("licence", "license", "licences", "licenses", "permit", "permits",
                       "accreditation", "accreditations", "visa", "visas", "citizenship",
                       "passport", "passports", "registration", "credential", "credentials",
                       "nationality", "residency", "mandate", "immunity"))


def _revokes_standing(tok: Token) -> Optional[str]:
    """"Revoked the licences of foreign charities", "stripped of their citizenship": the COERCE
    mode (censor for a broadcaster's or newspaper's licence, else restrict), or None."""
    if _plain(tok) not in _REVOKING:
        return None
    args = _arguments(tok)
    if not any(_plain(a) in _STANDING or a.lower_ in _STANDING for a in args):
        return None
    return "censor" if _with_of(args) & _CENSORED else "restrict"


def stripped_standing(tok: Token) -> Optional[bool]:
    """For "strip": whether a licence, citizenship or immunity is what is taken ("stripped of
    their citizenship"; not "stripped of his title"); None for other words."""
    if _plain(tok) != "strip":
        return None
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]   # "stripped 40 dissidents of"
    return any(_plain(g) in _STANDING or g.lower_ in _STANDING for h in heads for p in h.children
               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")


#: Exchanges whose halting is a SANCTION ("halted gas exports", "froze loans"): PLOVER
#: "curtail, decrease, break, or terminate diplomatic, commercial, or material exchanges".
#: (Supplies are cues._halted_supplies': cut in a siege, they are COERCE withhold.)
_EXCHANGES = frozenset(("export", "exports", "import", "imports", "trade", "sale", "sales",
                        "delivery", "deliveries", "shipment", "shipments", "flight", "flights", "aid", "assistance", "loan", "loans", "funding",
                        "cooperation", "tie", "ties", "relation", "relations", "investment",
                        "investments", "subsidy", "subsidies", "grant", "grants"))
_HALTING = frozenset(("halt", "suspend", "cut", "freeze", "stop", "terminate", "sever", "curtail",
                      "slash", "withhold", "cancel"))
_MEMBERS = frozenset(("member", "members", "membership", "country", "state", "delegation"))


def halts_exchange(tok: Token) -> Optional[str]:
    """The SANCTION mode when a halting word cuts an exchange or a member here ("halted gas
    exports to its neighbour": discontinue; "froze loans": withdraw; "the bloc suspended Mali",
    "Suspends Member": expel), else None. A concession halts one's own measure or protest; these
    cut what others receive."""
    if _plain(tok) not in _HALTING:
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    for o in objects:
        word = {o.lower_, _plain(o)}
        if word & _EXCHANGES:
            return "withdraw" if word & {"aid", "assistance", "loan", "loans", "funding", "grant",
                                         "grants", "subsidy", "subsidies"} else "discontinue"
        if _plain(tok) == "suspend" and (word & _MEMBERS or o.ent_type_ == "GPE"):
            return "expel"
    return None

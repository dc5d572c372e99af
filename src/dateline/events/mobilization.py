"""PLOVER MOBILIZE words that name a mobilization only with armed forces or weapons about them.

PLOVER manual, MOBILIZE: "All military or police moves that fall short of the actual use of
force", by militaries, police or "any organized armed groups"; mobilizing "weapons, ships, or
vehicles" is mode weapons. "Moved", "stepped up", "presence" or "standby" alone are no such move
("the minister moved to a new office", "police stepped up efforts to find the suspect").
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _plain

#: Words that need armed forces or weapons in their clause to name a mobilization.
_BOUND = frozenset(("presence", "standby", "scramble", "move", "regroup", "beef", "step",
                    "bolster", "buildup", "build-up", "form", "establish", "emerge", "operate",
                    "stockpile", "arsenal", "roll", "strengthen", "launch", "ramp"))
#: An armed group that is formed, emerges or starts operating: the group itself must be armed
#: ("militia formed", "new armed group emerges"; not "a committee was formed").
_FORMING = frozenset(("form", "establish"))
_STARTING = frozenset(("emerge", "operate"))
_BEGIN = frozenset(("begin", "start", "commence", "resume", "continue"))
_ARMED = frozenset((
    "troop", "troops", "force", "forces", "soldier", "soldiers", "army", "military", "navy",
    "naval", "jet", "jets", "aircraft", "warship", "warships", "ship", "ships", "tank", "tanks",
    "missile", "missiles", "artillery", "police", "security", "militia", "militias", "rebel",
    "rebels", "fighter", "fighters", "militant", "militants", "unit", "units", "battalion",
    "battalions", "brigade", "reinforcement", "reinforcements", "reservist", "reservists",
    "submarine", "submarines", "armed", "defence", "defense", "defences", "defenses", "patrol",
    "patrols", "warplane", "warplanes", "bomber", "bombers", "drone", "drones", "armour",
    "armor", "armoured", "armored", "weapon", "weapons", "insurgent", "insurgents", "guard",
    "guards", "gendarme", "gendarmes", "marine", "marines", "paramilitary", "launcher",
    "launchers", "helicopter", "helicopters", "convoy", "convoys", "arsenal", "arms"))


#: What is launched in a show of force: "test-launched a ballistic missile".
_LAUNCHED = frozenset(("rocket", "rockets", "ballistic", "icbm", "icbms", "warhead", "warheads"))

#: "Stepped up patrols", "beefs up security": what is raised must be forces or their activity.
#: Ties between states: strengthening "military ties" is cooperation, not a build-up.
_BONDS = frozenset(("tie", "ties", "relation", "relations", "cooperation", "co-operation",
                    "partnership", "alliance", "alliances", "link", "links", "bond", "bonds",
                    "friendship", "dialogue", "coordination", "collaboration", "exchange",
                    "exchanges", "contacts"))
_RAISING = frozenset(("beef", "step", "bolster", "strengthen", "ramp"))


_ARMED_GROUPS = frozenset((
    "militia", "militias", "paramilitary", "paramilitaries", "armed", "rebel", "rebels",
    "fighter", "fighters", "militant", "militants", "insurgent", "insurgents", "unit", "units",
    "battalion", "battalions", "brigade", "brigades", "troop", "troops", "soldier", "soldiers",
    "army", "guerrilla", "guerrillas", "vigilante", "vigilantes", "gunmen", "force", "forces"))


def _armed_group(nouns: list) -> bool:
    """One of these nouns (or its modifiers) names an armed group: "pro-government militia"."""
    return any(t.lower_ in _ARMED_GROUPS for g in nouns for t in g.subtree
               if t.i <= g.i or t.head.i == g.i)


def needs_forces(tok: Token) -> Optional[bool]:
    """For a MOBILIZE word that names one only with armed forces or weapons about it: whether
    they are there (in a verb's own clause, in a noun's sentence); None for other words."""
    if _plain(tok) not in _BOUND and tok.lower_ not in _BOUND:
        return None
    if _plain(tok) in _RAISING or tok.lower_ in _RAISING:      # what is stepped up
        return any(t.lower_ in _ARMED for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                   and c.lower_ not in _BONDS and c.lemma_.lower() not in _BONDS
                   for t in c.subtree) or (_plain(tok) == "ramp" and any(
            t.lower_ in _ARMED for c in tok.children if c.dep_ in ("nsubj", "amod", "compound")
            and c.i < tok.i for t in c.subtree)        # "Military/amod Ramps/NNS up Production"
            and any(c.dep_ == "dobj" and c.lower_ in ("production", "output", "manufacturing")
                    for c in tok.children))    # "the military ramps up production"
    lemma = _plain(tok)
    if lemma == "launch":           # "launched a missile", not "launched a mediation effort"
        return any(t.lower_ in _ARMED or t.lower_ in _LAUNCHED
                   for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)
    if lemma in _FORMING:           # the group is what is formed: "militia formed"
        group = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        if not group:               # headline passive read as active: "Militia Formed"
            group = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            group.append(tok.head)
        return _armed_group(group)
    if lemma == "move":             # "moves tanks to the border", "troops moved into the town"
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects:
            return any(t.lower_ in _ARMED for o in objects for t in o.subtree)
        return _armed_group([c for c in tok.children if c.dep_ == "nsubj"]) and any(
            c.dep_ == "prep" and c.lower_ in ("into", "to", "toward", "towards")
            for c in tok.children)
    begun = tok.head is not tok and _plain(tok.head) in _BEGIN or any(
        c.dep_ == "aux" and (_plain(c) in _BEGIN or c.lower_.rstrip("s") in _BEGIN
                             or c.lower_ in ("began", "begun", "started"))
        for c in tok.children)      # "begins/aux operating"
    if lemma == "operate" and not begun:
        return False                 # only "begins / starts operating"
    if lemma in _STARTING:          # the group emerges or starts operating
        group = [c for c in tok.children if c.dep_ == "nsubj"]
        if begun:                   # "militia begins operating"
            group += [c for c in tok.head.children if c.dep_ == "nsubj"]
        return _armed_group(group)
    if tok.pos_ in ("NOUN", "PROPN"):       # "military presence", "forces on standby"
        return any(t.lower_ in _ARMED for t in tok.sent)
    return any(t.lower_ in _ARMED for t in tok.subtree)

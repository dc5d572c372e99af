"""PLOVER COOPERATE in its military form, read off the parse: joint exercises, patrols and
deployments, forces trained by or with another state, troops sent under a defence pact; and a
single state's drill, which stays MOBILIZE.

PLOVER manual, COOPERATE: "Military exchanges such as joint military games and maneuvers";
SUPPORT: "Military cooperation or defense should be coded as COOPERATE with a military context";
MOBILIZE: single-country exercises. Split from :mod:`dateline.events.cooperation`; plain
predicates over spaCy tokens, used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _plain

#: Defence pacts a deployment may serve ("under a mutual defence treaty").
_PACTS = frozenset(("pact", "agreement", "treaty", "deal", "accord", "alliance", "arrangement"))
_DEFENCE = frozenset(("defense", "defence", "security", "military", "mutual"))


def under_defence_pact(tok: Token) -> bool:
    """"Chile deploys troops to Peru under a defence pact", "as part of a defence agreement":
    forces sent under an alliance (PLOVER: "Military cooperation or defense should be coded as
    COOPERATE"), not a unilateral MOBILIZE."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in ("under", "as", "in"):
            continue
        words = [t for t in p.subtree if t.i != p.i]
        if any(_plain(t) in _PACTS or t.lower_ in _PACTS for t in words) and any(
                t.lower_ in _DEFENCE for t in words):
            return True
    return False


_TRAINEES = frozenset(("troops", "soldiers", "forces", "force", "police", "policemen", "officers",
                       "army", "armies", "pilots", "personnel", "recruits", "units", "commandos",
                       "guards", "coastguard", "navy", "military", "cadets", "gendarmes",
                       "peacekeepers", "special"))


def trains_forces(tok: Token) -> Optional[bool]:
    """Whether "train" names military cooperation here (None: not that word): one state's
    forces trained by another ("Jordan trains Iraqi special forces", "French instructors
    trained Malian police officers"). A coach training a team is none."""
    if _plain(tok) != "train" or tok.pos_ not in ("VERB", "PROPN"):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    return any((_plain(o) in _TRAINEES or o.lower_ in _TRAINEES)
               and any(c.ent_type_ in ("NORP", "GPE") or c.lower_ == "foreign"
                       for c in o.subtree if c.i < o.i)
               for o in objects) or trains_together(tok)


def trains_together(tok: Token) -> bool:
    """"Chilean and Peruvian forces train together", "troops train alongside Ugandan forces":
    forces of two states training with each other, PLOVER COOPERATE's "military exchanges such
    as joint military games and maneuvers"."""
    if _plain(tok) != "train":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in tok.children):
        return True
    return any(g.dep_ == "pobj" and (_plain(g) in _TRAINEES or g.lower_ in _TRAINEES)
               for p in tok.children if p.dep_ == "prep" and p.lower_ in ("alongside", "with")
               for g in p.children)


#: Military exercise words (a single country's is MOBILIZE, a shared one COOPERATE).
_DRILLS = frozenset(("exercise", "drill", "maneuver", "manoeuvre", "wargame", "war-game", "game",
                     "maneuvers", "manoeuvres", "drills", "exercises", "wargames"))
#: Joint military games a deployment or a visit is for ("hosts troops for joint war games").
_GAMES = _DRILLS | frozenset(("games", "training"))


def sent_for_joint_training(tok: Token) -> bool:
    """"Kenya sends soldiers to train alongside Ugandan forces", "hosts Peruvian troops for joint
    war games": the deployment or the hosting serves joint military games (PLOVER COOPERATE),
    not a show of force (MOBILIZE), aid or a meeting."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and trains_together(c):
            return True
        if c.dep_ == "dobj":           # "hosts troops for ...": the purpose hangs on the object
            c_preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
        else:
            c_preps = [c] if c.dep_ == "prep" and c.lower_ == "for" else []
        for p in c_preps:
            for g in p.children:
                if g.dep_ == "pobj" and (g.lower_ in _GAMES or _plain(g) in _GAMES) and any(
                        t.lower_ in _JOINT for t in g.subtree if t.i < g.i):
                    return True
    return False


#: Modifiers of an exercise or mission that several states hold ("a multinational exercise",
#: "a Peru-led exercise").
_SHARED = frozenset(("multinational", "international", "multilateral", "allied", "regional",
                     "joint", "combined", "bilateral", "trilateral", "led", "hosted"))
_TAKING_PART = frozenset(("join", "participate", "part", "take", "attend"))
_FORCES = frozenset(("navy", "navies", "army", "armies", "force", "forces", "troops", "military",
                     "coastguard", "fleet", "militaries", "soldiers"))


def shared_exercise(tok: Token) -> bool:
    """An exercise or mission of several states that one takes part in: "Chile joins Peru in
    naval exercises", "troops participate in a multinational exercise hosted by Peru", "jets
    take part in a Peru-led air exercise" (PLOVER COOPERATE: "joint military games and
    maneuvers"), not a single country's show of force."""
    if any(t.lower_ in _SHARED for t in tok.subtree if t.i != tok.i):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        verb = head.head
        if _plain(verb) == "part" or verb.lower_ == "part":
            verb = verb.head         # "take part in"
        return _plain(verb) in _TAKING_PART
    return False


def joined_exercise(tok: Token) -> bool:
    """An exercise word naming an exercise of several states (see :func:`shared_exercise`)."""
    return (_plain(tok) in _DRILLS or tok.lower_ in _DRILLS) and shared_exercise(tok)


_NOT_DEMONYMS = frozenset(("civilian", "urban", "veteran", "partisan", "special", "american-led",
                           "russian-led", "elite", "foreign"))


def _demonym_like(tok: Token) -> bool:
    """An adjective that reads as a people's name once a headline is lowered ("cameroonian")."""
    w = tok.lower_
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and w not in _NOT_DEMONYMS \
        and w.endswith(("ian", "ean", "ese", "ish", "i", "an"))


def joins_partner(tok: Token) -> Optional[bool]:
    """Whether "join" names military cooperation here (None: other words): another state's
    forces or a shared exercise joined ("Nigerian soldiers join Cameroonian troops in an
    operation", "warships join a Saudi naval exercise"), or "joined forces". Enlisting ("joined
    the army") is none."""
    if _plain(tok) != "join":
        return None
    for o in tok.children:
        if o.dep_ != "dobj":
            continue
        if o.lower_ == "forces" and not any(c.dep_ in ("amod", "compound", "poss", "det")
                                            for c in o.children):
            return True              # "joined forces"
        if _plain(o) in _DRILLS or o.lower_ in _DRILLS or _plain(o) in _OPERATIONS:
            return True              # an exercise or an operation of others
        if (_plain(o) in _FORCES or o.lower_ in _FORCES) and any(
                t.ent_type_ in ("NORP", "GPE") or t.dep_ in ("amod", "compound") and t.is_title
                or t.dep_ == "poss" and t.pos_ == "PROPN" or _demonym_like(t)
                for t in o.subtree if t.i != o.i):
            return True              # "Cameroonian troops", "Peru's navy"
    return False


def with_other_forces(tok: Token) -> bool:
    """A deployment or patrol carried out with another state's forces: "soldiers patrol the
    border together", "mobilize troops for joint border patrols", "deploys warships to join the
    Peruvian navy" (PLOVER COOPERATE), not a unilateral MOBILIZE."""
    if any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in tok.children):
        return True
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]   # "troops for joint patrols"
    heads += [c for c in tok.children if c.dep_ in ("xcomp", "advcl")]  # "to fight alongside"
    if any(p.dep_ == "prep" and p.lower_ in ("alongside", "with") and any(
            g.dep_ == "pobj" and (_plain(g) in _FORCES or g.lower_ in _FORCES) and (
                p.lower_ == "alongside" or any(
                    t.ent_type_ in ("NORP", "GPE") or t.dep_ in ("compound", "poss")
                    and t.pos_ == "PROPN" or _demonym_like(t) for t in g.subtree if t.i != g.i))
            for g in p.children) for h in heads for p in h.children):
        return True                  # "fight alongside the Southland army", "with Peruvian troops"
    for c in [c for h in heads for c in h.children]:
        if c.dep_ == "prep" and c.lower_ in ("for", "in") and any(
                (g.lower_ in _OPERATIONS or g.lower_ in _GAMES or _plain(g) in _OPERATIONS)
                and any(t.lower_ in _JOINT for t in g.subtree) for g in c.children):
            return True              # "for joint border patrols", "in a joint operation"
        if c.dep_ in ("xcomp", "advcl") and joins_partner(c):
            return True              # "to join the Peruvian navy", "to join a Saudi exercise"
    return False


#: Operations two states run together ("joint patrols", "a joint investigation").
_OPERATIONS = frozenset(("patrol", "operation", "investigation", "probe", "inquiry", "crackdown",
                         "mission", "task", "taskforce", "deployment", "campaign", "search",
                         "manhunt", "surveillance", "raid", "inspection", "inspections",
                         "crackdowns", "operations", "patrols", "investigations", "commission",
                         "committee", "program", "programme", "project", "research",
                         "development", "venture", "study", "force", "forces", "unit", "units",
                         "brigade", "command", "headquarters", "battalion", "contingent"))
_JOINT = frozenset(("joint", "combined", "bilateral", "multilateral", "trilateral"))


def joint_operation(tok: Token) -> bool:
    """"The two countries launched joint patrols", "a joint investigation into smuggling":
    mutual material cooperation (COOPERATE), not a unilateral MOBILIZE, ACCUSE or COERCE."""
    if _plain(tok) in _LAUNCHING:       # "launch a joint operation"
        return any(c.dep_ == "dobj" and joint_operation(c) for c in tok.children)
    if _plain(tok) not in _OPERATIONS and tok.lower_.rstrip("s") not in _OPERATIONS:
        return False
    return any(t.lower_ in _JOINT for t in tok.subtree if t.i < tok.i)


_LAUNCHING = frozenset(("launch", "conduct", "begin", "start", "hold", "carry", "mount", "stage",
                        "deploy", "form", "set", "establish", "create"))


_PARTNERED = frozenset(("with", "alongside", "between", "among", "involving"))


def _several(noun: Token) -> bool:
    """"Russia and China", "both navies", "two armies", "allies", "the armies of Kenya and
    Uganda": more than one party."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and any(k.dep_ == "conj" for k in g.children) for g in c.children)
           for c in noun.children):
        return True
    return any(c.dep_ == "conj" for c in noun.children) or any(
        c.lower_ in ("both", "two", "three", "four", "several", "allied") for c in noun.children) \
        or _plain(noun) in ("ally", "allies", "partner", "partners", "bloc", "alliance", "nato")


def solo_exercise(tok: Token) -> bool:
    """"Navy conducts missile drills in the gulf": PLOVER MOBILIZE ("single-country exercises
    should be coded as MOBILIZE"; joint military operations are COOPERATE)."""
    if _plain(tok) not in _DRILLS and tok.lower_ not in _DRILLS:
        return False
    if any(t.lower_ in _JOINT for t in tok.subtree if t.i < tok.i) or shared_exercise(tok):
        return False
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubjpass", "compound") else [])
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _PARTNERED:
                return False
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and _several(c):
                return False
    if any(c.dep_ in ("nmod", "compound", "poss") and c.pos_ == "PROPN" and _several(c)
           for c in tok.children):
        return False                 # a headline read as one noun: "Kenya and Uganda Stage War Games"
    return True

"""PLOVER COERCE and its neighbours read off the parse: states of emergency, blocked websites,
and seizures by armed groups (an ASSAULT, not a confiscation).

PLOVER manual, COERCE: "Repression, violence against protesters, or any other coercive action
short of physical force", with modes such as seize (by authorities), restrict, censor and
martial law; ASSAULT covers the use of force by any armed actor, hijackings and the taking of
territory (CAMEO 19, "fight", with 1951 "occupy territory"). Plain predicates over spaCy tokens,
used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _plain

#: Non-state armed actors: what they seize they take by force.
_ARMED = frozenset(("pirate", "pirates", "gunman", "gunmen", "militant", "militants", "rebel",
                    "rebels", "insurgent", "insurgents", "fighter", "fighters", "jihadist",
                    "jihadists", "militia", "militias", "militiamen", "attacker", "attackers",
                    "bandit", "bandits", "kidnapper", "kidnappers", "hijacker", "hijackers",
                    "terrorist", "terrorists", "assailant", "assailants", "extremist",
                    "extremists", "separatist", "separatists", "guerrilla", "guerrillas",
                    "gang", "gangs", "gangsters", "mob", "raiders"))
_TAKING = frozenset(("seize", "capture", "commandeer", "take", "grab", "raid", "storm"))
#: A raid that kills is an attack, whoever carries it out ("a deadly raid").
_DEADLY = frozenset(("deadly", "fatal", "bloody", "lethal", "murderous"))
#: People held by those who have no authority to arrest (armed groups, a crowd of residents)
#: are abducted (PLOVER COERCE is "repression ... coercive uses of power"; the manual codes
#: combatants captured as ASSAULT abduct, not an arrest).
_HOLDING = frozenset(("detain", "arrest", "capture", "hold", "apprehend"))
_CROWD_JUSTICE = frozenset(("resident", "residents", "villager", "villagers", "local", "locals",
                            "youth", "youths", "vigilante", "vigilantes", "neighbour",
                            "neighbours", "neighbor", "neighbors", "crowd", "passers-by"))


_COMBATANTS = frozenset(("fighter", "fighters", "rebel", "rebels", "militant", "militants",
                         "insurgent", "insurgents", "soldier", "soldiers", "troops", "combatant",
                         "combatants", "jihadist", "jihadists", "militiamen", "guerrillas",
                         "commander", "commanders", "mercenaries", "paratroopers", "marines"))


def captured_combatants(tok: Token) -> bool:
    """"The army captured 15 rebel fighters": combatants taken in a fight are ASSAULT abduct,
    not an arrest (PLOVER COERCE, potential ambiguities)."""
    return any(t.lower_ in _COMBATANTS for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
               for t in c.subtree)


def armed_seizure(tok: Token) -> bool:
    """"Pirates seized a cargo ship", "rebels captured the town", "armed men detained two
    farmers", "residents captured and beat a suspected thief": a seizure or an abduction by
    force (ASSAULT), not a confiscation or an arrest by the authorities (COERCE)."""
    if _plain(tok) not in _TAKING and _plain(tok) not in _HOLDING:
        return False
    if _plain(tok) == "raid" and any(c.lower_ in _DEADLY for c in tok.children
                                     if c.dep_ in ("amod", "compound")):
        return True                               # "after a deadly raid"
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "conj":
        subjects += [c for c in tok.head.children if c.dep_ == "nsubj"]
    agents = [g for p in tok.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
    names = {w for s in subjects + agents for w in (s.lower_, _plain(s))}
    names |= {c.lower_ for s in subjects + agents for c in s.children
              if c.dep_ in ("compound", "amod")}
    if _plain(tok) == "capture" and captured_combatants(tok):
        return True                           # the manual: "Combatants captured during conflict"
    if _plain(tok) in _HOLDING:               # detained, captured: by armed men or a crowd
        return bool(names & (_ARMED | _CROWD_JUSTICE | {"armed"}))
    return bool(names & (_ARMED | {"armed"}))     # "armed men seized the town hall"


def state_of_emergency(tok: Token) -> Optional[bool]:
    """Whether "emergency" names a coercive measure here: "a state of emergency", "emergency
    rule", "emergency powers" (None: not that word). "An emergency meeting" is none."""
    if _plain(tok) != "emergency":
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and _plain(head.head) == "state":
        return True
    return tok.dep_ in ("compound", "amod") and _plain(tok.head) in (
        "rule", "power", "powers", "law", "decree", "measure", "measures", "regulation")


_WEB = frozenset(("website", "websites", "site", "sites", "internet", "platform",
                  "platforms", "app", "apps", "network", "networks", "channel", "channels",
                  "account", "accounts", "page", "pages", "service", "services", "media",
                  "broadcast", "broadcasts", "newspaper", "newspapers"))
_CROWD = frozenset(("protester", "protesters", "demonstrator", "demonstrators", "activist",
                    "activists", "farmer", "farmers", "worker", "workers", "student", "students",
                    "rioter", "rioters", "crowd", "crowds", "truckers", "villagers", "residents"))


def blocks_media(tok: Token) -> bool:
    """"The authorities blocked access to news websites": censorship (COERCE, mode censor),
    not demonstrators obstructing a road or "access to a market" (PROTEST)."""
    if _plain(tok) != "block":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(s.lower_ in _CROWD or _plain(s) in _CROWD for s in subjects):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in _WEB or _plain(o) in _WEB for o in objects)


_BANS = frozenset(("ban", "bans", "restriction", "restrictions", "prohibition", "moratorium",
                   "curb", "curbs", "limit", "limits", "crackdown"))


#: What an authority grants for a protest to go ahead ("permission for the march").
_PERMITS = frozenset(("permission", "permit", "approval", "authorization", "authorisation",
                      "clearance", "licence", "license", "go-ahead"))


def banned_activity(tok: Token) -> bool:
    """"A ban on rallies", "restrictions on protests", "permission for the march": the protest
    named is what the measure forbids or allows, not a protest that took place."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and (
            _plain(head.head) in _PERMITS or head.head.lower_ in _PERMITS):
        return True     # "granted permission for the march": what is allowed, not yet held
    return tok.dep_ == "pobj" and head.lower_ in ("on", "against") and (
        _plain(head.head) in _BANS or head.head.lower_ in _BANS)



#: What authorities close as a coercive act: media, schools, offices, borders, places of worship.
_CLOSABLE = frozenset(("station", "stations", "newspaper", "newspapers", "channel", "channels",
                       "broadcaster", "outlet", "outlets", "website", "websites", "school",
                       "schools", "university", "universities", "office", "offices", "border",
                       "borders", "crossing", "crossings", "mosque", "mosques", "church",
                       "churches", "ngo", "ngos", "party", "parties", "market", "markets",
                       "radio", "tv", "television", "media", "paper", "magazine", "bureau"))


#: A work stoppage is a strike (PLOVER PROTEST mode strike): "stopped work", "halted production".
_WORK = frozenset(("work", "working", "production", "operation", "operations", "duty", "duties",
                   "classes", "class", "service", "services"))


def stopped_work(tok: Token) -> Optional[bool]:
    """Whether "stop" is a strike here ("the miners stopped work"; None: not that word).
    "Stopped the convoy" or "stopped shelling" is none."""
    if _plain(tok) != "stop" or tok.pos_ not in ("VERB", "PROPN"):
        return None
    return any(c.dep_ == "dobj" and (_plain(c) in _WORK or c.lower_ in _WORK) for c in tok.children)


def closure_by_authority(tok: Token) -> Optional[bool]:
    """Whether "closure" or "close" names a coercive closing here: "the closure of an independent
    TV station", "border closures", "closed its borders" (None: not that word). "A factory
    closure" is none."""
    if _plain(tok) == "close" and tok.pos_ in ("VERB", "PROPN"):
        nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [c for n in list(nouns) for c in n.children if c.dep_ in ("compound", "conj")]
        return any(n.lower_ in _CLOSABLE or _plain(n) in _CLOSABLE for n in nouns)
    if _plain(tok) != "closure":
        return None
    nouns = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "compound"]
    return any(n.lower_ in _CLOSABLE or _plain(n) in _CLOSABLE for n in nouns)


def searched_place(tok: Token) -> Optional[bool]:
    """Whether "search" names a coercive search here: "police searched the party's offices"
    (None: not that word). Searching *for* someone ("police are searching for the gunmen",
    "a search for survivors") is looking, and coerces no one yet."""
    if _plain(tok) != "search":
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return True
    return not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)

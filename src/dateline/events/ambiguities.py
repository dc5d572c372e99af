"""Cases the PLOVER manual settles in its "potential ambiguities" lists, read off the parse.

- AID: "Hostage rescues, e.g. ... 'Police in Barcelona freed 10 human trafficking victims
  during an operation yesterday' should be coded as AID" (security forces freeing captives are
  no captor releasing them, which is RETREAT); "Debt forgiveness and loan cancellations" are AID,
  also when agreed; "Mobilizing police or military forces for disaster relief should be coded as
  AID".
- ASSAULT, not RETREAT: units that "returned fire on the rebels" (the manual's MOBILIZE example).
- MOBILIZE weapons, not ASSAULT: missiles fired into the sea or test-fired, a show of capability
  with no target ("Increase readiness of weapons systems").
- PROTEST, not MOBILIZE: "Events that involved 'mobilizing supporters to demonstrate'".

Plain predicates over spaCy tokens, used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _plain

_FREEING = frozenset(("free", "release", "liberate", "rescue"))
#: Who frees captives by force of arms or law: a rescue, not a captor's release.
_SECURITY = frozenset(("police", "policeman", "policemen", "officer", "officers", "army",
                       "troops", "troop", "soldier", "soldiers", "military", "force", "forces",
                       "commando", "commandos", "navy", "marines", "coastguard", "guard",
                       "guards", "gendarmes", "gendarmerie", "security", "special", "swat"))
#: Whom only a rescue frees: people held by someone else.
_CAPTIVES = frozenset(("hostage", "hostages", "victim", "victims", "captive", "captives",
                       "abductee", "abductees", "kidnapped", "trafficked", "slaves", "hostaged"))


def _words(nouns) -> set[str]:
    return {t.lower_ for n in nouns for t in n.subtree}


def rescue_of_captives(tok: Token) -> bool:
    """"Police freed 10 trafficking victims", "hostages were freed by commandos": security
    forces freeing people someone else held (AID), where "the rebels freed the hostages" is the
    captors' RETREAT."""
    if _plain(tok) not in _FREEING:
        return False
    freed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not _words(freed) & _CAPTIVES:
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    subjects += [g for a in tok.children if a.dep_ == "agent" for g in a.children]
    return bool({s.lower_ for s in subjects} & _SECURITY
                or any(t.lower_ in _SECURITY for s in subjects for t in s.children
                       if t.dep_ in ("compound", "amod")))


def returned_fire(tok: Token) -> bool:
    """"Returned fire on the rebels": shooting back (ASSAULT), no return (RETREAT)."""
    return _plain(tok) == "return" and any(
        c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in tok.children)


_LAUNCHED = frozenset(("missile", "missiles", "rocket", "rockets", "projectile", "projectiles",
                       "torpedo", "torpedoes"))
_OPEN_WATER = frozenset(("sea", "ocean", "waters", "water", "gulf"))


def weapons_display(tok: Token) -> bool:
    """"Fired two ballistic missiles into the sea", "test-fired a missile": a show of weapons
    (MOBILIZE weapons), no use of force against anyone."""
    if _plain(tok) not in ("fire", "launch", "test-fire", "shoot"):
        return False
    if any(c.lower_ in ("test", "test-") and c.dep_ in ("compound", "npadvmod", "amod", "advmod")
           for c in tok.children) or (tok.i > 1 and tok.doc[tok.i - 1].lower_ == "-"
                                      and tok.doc[tok.i - 2].lower_ == "test"):
        return True
    if not any(c.dep_ == "dobj" and c.lower_ in _LAUNCHED for c in tok.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("into", "in") and any(
        g.dep_ == "pobj" and g.lower_ in _OPEN_WATER for g in p.children) for p in tok.children)


_FORGIVING = frozenset(("forgive", "cancel", "write", "waive", "scrap", "restructure"))
_DEBTS = frozenset(("debt", "debts", "loan", "loans", "obligation", "obligations", "arrears",
                    "repayment", "repayments"))


def debt_relief(tok: Token) -> bool:
    """"Agreed to forgive $200 million of Nigeria's loan obligations", "wrote off the debts":
    the manual's AID ("Debt forgiveness and loan cancellations ... should be coded as AID")."""
    acts = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    return any(_plain(a) in _FORGIVING and _words(
        [c for c in a.children if c.dep_ in ("dobj", "nsubjpass", "prep", "prt")]) & _DEBTS
        for a in acts)


_HELPING = frozenset(("help", "assist", "aid", "rescue", "evacuate", "support", "relieve"))
_DISASTER = frozenset(("flood", "floods", "flooding", "earthquake", "quake", "storm", "cyclone",
                       "hurricane", "typhoon", "landslide", "landslides", "wildfire", "wildfires",
                       "fire", "fires", "drought", "tsunami", "disaster", "victims", "survivors",
                       "relief", "rescue", "evacuation", "mudslide", "mudslides", "eruption"))


def disaster_deployment(tok: Token) -> bool:
    """"The army was deployed to help flood victims", "troops mobilised for earthquake relief":
    forces sent for disaster relief are AID, not MOBILIZE."""
    purposes = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and _plain(c) in _HELPING]
    purposes += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                 for g in p.children if g.dep_ == "pobj"]
    return any(t.lower_ in _DISASTER for p in purposes for t in p.subtree)


_FOLLOWERS = frozenset(("supporter", "supporters", "follower", "followers", "member", "members",
                        "people", "activist", "activists", "voter", "voters", "youth", "students",
                        "workers", "base", "partisans", "residents", "citizens"))
_DEMONSTRATING = frozenset(("demonstrate", "protest", "march", "rally", "strike", "picket"))


def supporters_mobilized(tok: Token) -> bool:
    """"Mobilized supporters to demonstrate in the capital": PLOVER PROTEST, not MOBILIZE."""
    if _plain(tok) not in ("mobilize", "mobilise", "rally", "call", "summon", "bring", "gather"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not {o.lower_ for o in objects} & _FOLLOWERS:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    clauses += [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")]
    return any(_plain(c) in _DEMONSTRATING for c in clauses) or any(
        g.lower_ in ("protest", "protests", "demonstration", "demonstrations", "rally", "rallies",
                     "march", "strike") for p in tok.children if p.dep_ == "prep"
        and p.lower_ in ("for", "to") for g in p.children)


_CALLING_OFF = frozenset(("cancel", "postpone", "scrap", "delay", "suspend", "call", "shelve",
                          "defer", "abandon"))


def meeting_called_off(tok: Token) -> bool:
    """"The summit was cancelled", "talks were postponed": the meeting is what is called off
    (the manual: "Cancellation of meetings are REJECT"), no CONSULT of its own."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubjpass", "dobj"):
        return False
    head = tok.head
    return _plain(head) in _CALLING_OFF and (_plain(head) != "call" or any(
        c.dep_ == "prt" and c.lower_ == "off" for c in head.children))


_ENTERING = frozenset(("enter", "entering", "entry", "visit", "visiting", "land", "landing",
                       "cross", "crossing"))


def barred_entry(tok: Token) -> bool:
    """"Israel barred a delegation of lawmakers from entering the country", "denied entry to
    the inspectors": the manual's REJECT (an expulsion is COERCE)."""
    if _plain(tok) not in ("bar", "ban", "deny", "refuse", "block", "prevent", "stop"):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                _plain(g) in _ENTERING or g.lower_ in _ENTERING for g in c.children):
            return True
        if c.dep_ == "dobj" and c.lower_ in ("entry", "access") and _plain(tok) in ("deny",
                                                                                   "refuse"):
            return True
    return False


def in_absentia(tok: Token) -> bool:
    """"Issued an arrest warrant in absentia": the manual's THREATEN arrest, not COERCE."""
    return any(t.lower_ == "absentia" for t in tok.sent)


_DISASTERS = frozenset(("flood", "floods", "flooding", "earthquake", "quake", "storm", "cyclone",
                        "hurricane", "typhoon", "drought", "wildfire", "wildfires", "fires",
                        "eruption", "tsunami", "landslide", "landslides", "pandemic", "epidemic",
                        "outbreak", "covid", "covid-19", "coronavirus", "heatwave", "snowstorm",
                        "disaster", "disasters", "rains", "blizzard", "famine"))


def disaster_emergency(tok: Token) -> bool:
    """"Declared a state of emergency after the floods": the manual keeps states of emergency
    over natural disasters out of COERCE "absent evidence for their use as a repressive
    tactic"."""
    return _plain(tok) == "emergency" and any(t.lower_ in _DISASTERS for t in tok.sent)


#: Parties to a fight: when they call for it to end, the manual reads an intent (AGREE).
_COMBATANTS = frozenset(("rebel", "rebels", "militant", "militants", "insurgent", "insurgents",
                         "militia", "militias", "guerrilla", "guerrillas", "belligerents",
                         "combatants", "fighters", "separatists", "junta", "taliban"))
_FIGHTS = frozenset(("war", "conflict", "fighting", "hostilities", "violence", "insurgency",
                     "bloodshed", "clashes", "fight"))


def combatants_call_for_peace(tok: Token) -> bool:
    """"The rebels called for an end to the war", "both warring parties called for an end to
    the conflict": the manual's AGREE ("When one or more parties to a conflict call for ending
    the conflict, that is taken to be an expression of intent"); a third party's call is a
    REQUEST."""
    if _plain(tok) not in ("call", "urge", "appeal", "demand", "seek"):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    words = {t.lower_ for s in subjects for t in s.subtree}
    if not (words & _COMBATANTS or "warring" in words or ({"both", "two"} & words
                                                          and "sides" in words)):
        return False
    ends = [g for t in tok.subtree if t.lower_ in ("end", "halt", "cessation", "stop")
            for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
            for g in p.children if g.dep_ == "pobj"]
    return any(_plain(g) in _FIGHTS or g.lower_ in _FIGHTS for g in ends)


#: What a person or group is expelled *from* when the expulsion is a SANCTION (mode expel:
#: "expel an entity from a group, organization, political party"), not a deportation.
_BODIES = frozenset(("party", "parliament", "organization", "organisation", "group", "bloc",
                     "union", "league", "federation", "association", "alliance", "council",
                     "assembly", "committee", "club", "body", "movement", "coalition",
                     "commonwealth", "ranks", "membership", "university", "school", "army"))
_HOMES = frozenset(("home", "homes", "house", "houses", "land", "lands", "village", "villages",
                    "area", "areas", "region", "neighbourhood", "neighborhood", "farms"))
_MEMBERS = frozenset(("member", "members", "lawmaker", "lawmakers", "mp", "mps", "deputy",
                      "deputies", "senator", "senators", "delegate", "delegates", "player",
                      "players", "student", "students"))
_ENVOYS = frozenset(("diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys",
                     "attache", "attaches", "consul", "consuls", "embassy", "charge",
                     "diplomatic", "representative", "representatives", "mission", "staff",
                     # CAMEO 166 "expel or withdraw" peacekeepers, inspectors, aid agencies
                     # (PLOVER THREATEN expel: "diplomats, peacekeepers, NGOs")
                     "peacekeeper", "peacekeepers", "peacekeeping", "inspector", "inspectors",
                     "observer", "observers", "monitor", "monitors", "humanitarian", "aid",
                     "agency", "agencies", "ngo", "ngos", "charity", "charities", "un",
                     "unhcr", "unicef", "oxfam", "relief"))


def deported_people(tok: Token) -> bool:
    """"Expelled three foreign journalists", "expelled a BBC correspondent": the manual's
    COERCE ("Expulsions or deportations of individuals ... are coded as COERCE"). Diplomats,
    peacekeepers, inspectors and aid agencies expelled (CAMEO 166, PLOVER "expel diplomats,
    peacekeepers, NGOs") and members expelled from a party or a bloc stay SANCTION expel."""
    if _plain(tok) not in ("expel", "expulsion", "eject", "oust"):
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    args += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]          # "the expulsion of journalists"
    if not args or _words(args) & (_ENVOYS | _MEMBERS):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(s.lower_ in _BODIES or _plain(s) in _BODIES for s in subjects):
        return False                 # "the party expelled two rebels": out of its ranks
    froms = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
             for g in p.children if g.dep_ == "pobj"]
    froms += [g for a in args for p in a.children if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj"]
    if any(t.lower_ in _BODIES or t.lower_ in _HOMES for t in _words_tokens(froms)):
        return False                 # out of a party, or driven from home (SANCTION expel:
        #                              the manual's people "fleeing a ... location")
    if any(t.ent_type_ in ("ORG", "NORP") for t in _words_tokens(froms)):
        return False                 # "expelled from the ANC", "from NATO"
    # a state expelled ("expelled Russia from the council") is a member, not a person
    return not any(a.ent_type_ == "GPE" for a in args)


def _words_tokens(nouns) -> list:
    return [t for n in nouns for t in n.subtree]


def settle(tok: Token, etype: str) -> tuple[Optional[str], Optional[str]]:
    """The type (None: no event) and forced mode that the manual's ambiguities give an event of
    type ``etype`` at ``tok``, applied in order; ``(etype, None)`` when none applies."""
    mode = None
    if etype == "RETREAT" and returned_fire(tok):
        return None, None                     # "returned fire": the fire is the ASSAULT
    if etype == "RETREAT" and rescue_of_captives(tok) or \
            etype in ("AGREE", "REJECT", "SANCTION", "CONCEDE") and debt_relief(tok):
        etype = "AID"                         # a hostage rescue, debt forgiveness
    if etype == "MOBILIZE" and supporters_mobilized(tok):
        etype = "PROTEST"                     # "mobilized supporters to demonstrate"
    if etype == "SANCTION" and deported_people(tok):
        etype, mode = "COERCE", "deport"      # "expelled three foreign journalists"
    if etype in ("SANCTION", "COERCE") and barred_entry(tok):
        etype = "REJECT"                      # "barred the delegation from entering"
    if etype == "COERCE" and _plain(tok) in ("arrest", "warrant") and in_absentia(tok):
        etype, mode = "THREATEN", "arrest"    # an arrest warrant in absentia
    if etype == "REQUEST" and combatants_call_for_peace(tok):
        etype = "AGREE"                       # "the rebels called for an end to the war"
    if etype == "COERCE" and disaster_emergency(tok):
        return None, None                     # an emergency declared over floods
    if etype == "ASSAULT" and weapons_display(tok):
        etype, mode = "MOBILIZE", "weapons"   # "fired missiles into the sea"
    return etype, mode


def arson(tok: Token) -> bool:
    """"Set fire to", "set on fire", "torched": fire as a weapon (PLOVER primitive), no gunfire."""
    fire = [t for t in [tok, *tok.children, tok.head] if t.lower_ in ("fire", "ablaze", "alight")]
    return any(_plain(f.head) == "set" or _plain(f) == "set" or f.head.lower_ == "on"
               or f.lower_ in ("ablaze", "alight") for f in fire)


def drop_undergoers(tokens: list, labels: list, keep: list, index: dict) -> None:
    """Drop (``keep[n] = False``) the events another kept event acts on: "the summit was
    cancelled" (the meeting a REJECT or SANCTION calls off), "protesters end sit-in" (the
    protesters are who concedes; the concession is the news, not a protest of its own)."""
    for n, tok in enumerate(tokens):
        if not keep[n] or tok.head.i not in index or not keep[index[tok.head.i]]:
            continue
        other = labels[index[tok.head.i]][0]
        if labels[n][0] == "CONSULT" and meeting_called_off(tok) and other in ("REJECT", "SANCTION"):
            keep[n] = False
        elif labels[n][0] == "PROTEST" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" \
                and (other == "CONCEDE" or other == "RETREAT" and (
                    tok.lemma_.lower() in _PROTESTERS or tok.lower_.rstrip("s") in _PROTESTERS)):
            keep[n] = False          # "protesters released the officers": who releases
    for n, tok in enumerate(tokens):
        if keep[n] and labels[n][0] == "PROTEST" and _conceded_to(tok, labels, keep, index):
            keep[n] = False


#: Protesters named as people, not as the protest: "protesters", "strikers", "demonstrators".
_PROTESTERS = frozenset(("protester", "protestor", "demonstrator", "striker", "marcher",
                         "picketer", "rioter"))


#: What protesters do once a concession is made ("celebrate", "go home").
_REJOICING = frozenset(("celebrate", "cheer", "welcome", "hail", "rejoice", "return", "go",
                        "disperse", "leave", "accept", "claim"))
#: What a government grants protesters, or forgoes doing to them.
_SPARING = frozenset(("grant", "allow", "permit", "pardon", "release", "free", "acquit", "spare",
                      "amnesty", "clear"))
_PUNISHING = frozenset(("prosecute", "arrest", "charge", "punish", "detain", "disperse", "jail",
                        "sentence", "fine", "expel", "evict", "try", "sack", "dismiss"))


def _conceded_to(tok, labels: list, keep: list, index: dict) -> bool:
    """Protesters who win or receive a concession or a release ("demonstrators won concessions",
    "amnesty for protesters", "bowed to pressure from protesters"): they are the concession's
    beneficiaries, not a protest the sentence reports (PLOVER PROTEST is the demonstration
    itself)."""
    if tok.lemma_.lower() not in _PROTESTERS and tok.lower_.rstrip("s") not in _PROTESTERS:
        return False

    def yielding(t) -> bool:
        return t.i in index and keep[index[t.i]] and labels[index[t.i]][0] in ("CONCEDE",
                                                                                "RETREAT")
    if tok.dep_ == "nsubj":          # "demonstrators *won* concessions from city hall"
        if tok.head.lemma_.lower() in _REJOICING and any(
                keep[m] and labels[m][0] == "CONCEDE" for m in range(len(labels))):
            return True              # "protesters celebrate as the government backs down"
        return any(c.dep_ == "dobj" and yielding(c) for c in tok.head.children)
    if tok.dep_ == "nsubjpass":      # "protesters were granted permission", "... will not be
        head = tok.head              # prosecuted": what is done to them is the news
        return yielding(head) or head.lemma_.lower() in _SPARING or (
            head.lemma_.lower() in _PUNISHING and any(c.dep_ == "neg" for c in head.children))
    head, steps = tok, 0
    while head.dep_ in ("pobj", "prep") and steps < 4:
        head, steps = head.head, steps + 1
        if yielding(head):           # "amnesty *for* protesters", "bowed to pressure *from* ..."
            return True
    return False

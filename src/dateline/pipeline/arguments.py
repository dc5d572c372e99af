"""Who acts on whom in a sentence: the actor and recipient phrases of an event trigger, read
from the dependency parse (subjects, passive agents, objects, prepositional objects,
conjunctions, possessives, control and relative clauses, nominal triggers, reported clauses).
Used by the actors stage (:mod:`dateline.pipeline.actors`), which codes the phrases found here.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from dateline.kb import load_kb
from dateline.kb.mentions import PERSON_PRON, PLACE_NOUNS, PLURAL_PRON, THING_PRON, Mentions


SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "dative", "obj", "iobj", "oprd")
#: Prepositions whose object is the recipient ("attack on", "talks with", "sanctions against").
RECIPIENT_PREPS = frozenset(("with", "against", "on", "upon", "to", "at", "for", "from", "toward",
                             "towards", "into", "over", "onto", "across"))
RECIPROCAL_PREPS = frozenset(("between", "among", "amongst"))
RELATIVE = frozenset(("who", "which", "that", "whom", "whose"))
#: Verbs whose object is made to act: "ordered troops to withdraw".
COMMAND_VERBS = frozenset(("order", "command", "instruct", "direct", "authorize", "authorise"))
#: Verbs whose object is the subject of their complement ("urged Russia to stop").
OBJECT_CONTROL = COMMAND_VERBS | frozenset((
    "urge", "ask", "tell", "force", "allow", "permit", "persuade", "encourage", "invite", "compel",
    "press", "pressure", "push", "request", "require", "warn", "advise", "help", "enable", "call",
    "expect", "want", "oblige", "prompt", "convince", "lead", "send", "deploy", "dispatch"))
NOT_ARGS = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"))
SPEECH_VERBS = frozenset(("say", "tell", "announce", "state", "claim", "report", "add", "declare",
                          "insist", "write", "note", "stress", "warn", "allege"))
#: Light verbs carrying a nominal trigger: "launched an attack on", "held talks with".
VERBAL_TYPES = frozenset(("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONSULT"))
MATERIAL_TYPES = frozenset(("ASSAULT", "COERCE", "SANCTION", "AID", "PROTEST", "MOBILIZE",
                            "CONCEDE", "COOPERATE", "RETREAT"))
#: Nominal triggers whose "of" object is the one acting ("withdrawal of troops").
OF_IS_ACTOR = frozenset(("RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "COOPERATE"))
_ACTOR_ENTS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
MAX_ARGS = 6
#: Nouns for people that the sector tables do not list.
HUMAN_NOUNS = frozenset((
    "people", "person", "member", "civilian", "citizen", "resident", "worker", "student", "family",
    "child", "woman", "man", "villager", "prisoner", "detainee", "refugee", "migrant", "fighter",
    "soldier", "victim", "supporter", "group", "delegation", "team", "side", "party", "country",
    "nation", "state", "community", "population", "employee", "national", "hostage", "crew",
    "protester", "demonstrator", "gunman", "assailant", "attacker", "individual", "rioter", "mob",
    "crowd", "perpetrator", "youth", "farmer", "driver", "teacher", "trader", "militant",
    "union", "association", "movement", "organization", "organisation", "unit", "force", "gang"))


def arguments(trigger: Token, event_type: Optional[str] = None, mentions: Optional[Mentions] = None
              ) -> tuple[list[Token], list[Token], Optional[Token]]:
    """Heads of the actor and the recipient phrases of the event that ``trigger`` names.

    The third value is the controller whose country an uncoded actor inherits ("Shoigu ordered
    troops to withdraw": troops are Shoigu's).
    """
    if mentions is None:
        mentions = Mentions(trigger.doc, load_kb())
    if trigger.pos_ in ("NOUN", "PROPN") or (trigger.pos_ != "VERB" and trigger.tag_.startswith("NN")):
        sources, targets, controller = _nominal(trigger, event_type)
    else:
        sources, targets, controller = _verbal(trigger, event_type, mentions)
    # "both sides, who held talks": a relative pronoun stands for the noun its clause modifies
    sources = [s.head.head if s.lower_ in RELATIVE and s.dep_ in SUBJECTS + ("nsubjpass",)
               and s.head.dep_ == "relcl" else s for s in sources]
    sources = _expand(sources)
    targets = [t for t in _expand(targets) if t not in sources]
    if event_type not in MATERIAL_TYPES | {None}:  # a stance is taken toward someone, or their act
        targets = [t for t in targets if _actorish(t, mentions) or _authored(t, mentions)]
    return sources[:MAX_ARGS], targets[:MAX_ARGS], controller


def _verbal(verb: Token, event_type: Optional[str], mentions: Mentions
            ) -> tuple[list[Token], list[Token], Optional[Token]]:
    sources: list[Token] = []
    passive: list[Token] = []
    direct: list[Token] = []
    via_prep: list[Token] = []
    located: list[Token] = []
    controller = None
    for child in verb.children:
        dep = child.dep_
        if dep in SUBJECTS:
            sources.append(child)
        elif dep in ("nsubjpass", "csubjpass"):
            passive.append(child)
        elif dep == "agent":
            sources.extend(pobjs(child))
        elif dep in OBJECTS and child.pos_ not in ("AUX", "PART", "SCONJ", "PUNCT", "DET", "ADP"):
            direct.append(child)
        elif dep == "prep" or (dep == "dative" and child.pos_ == "ADP"):
            prep = child.lower_
            if prep in RECIPIENT_PREPS or prep in RECIPROCAL_PREPS:
                via_prep.extend(pobjs(child))
            elif prep == "in":
                located.extend(t for t in pobjs(child) if _placeish(t))
    undergone = verb.lemma_.lower() in UNDERGO_VERBS
    if undergone:  # "a prisoner died in custody": the one who died is the recipient
        passive, sources = passive + sources, []
    if passive and not sources:  # "was shot and wounded by gunmen": the agent is shared
        sources = [p for v in verb.conjuncts if v.pos_ in ("VERB", "AUX")
                   for c in v.children if c.dep_ == "agent" for p in pobjs(c)][:2]
    if passive and not sources:  # "23 civilians were killed as government forces shelled the town"
        sources = [s for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                   and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "after", "while")
                           for m in c.children)
                   for s in c.children if s.dep_ == "nsubj" and _actorish(s, mentions)][:2]
    # "launched an assault on X", "held talks with X": the object noun hands its role on
    for obj in direct:
        via_prep.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                        for p in pobjs(c))
    # "carried out strikes, killing X", "issued a statement urging X to ..."
    participle = [o for c in (*verb.children, *(c for d in direct for c in d.children))
                  if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
                  for o in (*c.children, *(p for x in c.children if x.dep_ == "prep" for p in pobjs(x)))
                  if o.dep_ in OBJECTS + ("pobj",)]
    actorish = lambda toks: [t for t in toks if _actorish(t, mentions)]  # noqa: E731
    # "withdrew its troops from X", "mobilized the army for a war against X": one's own forces
    # are no recipient; they stay a last resort
    own = [d for d in direct if _own_force(d, verb)]
    direct = [d for d in direct if d not in own]
    # "sent aid to help victims of the quake", "went on strike to protest X": the purpose's recipient
    purpose = [t for c in (*verb.children, *(c for d in direct for c in d.children)) if c.pos_ == "VERB" and (
               c.dep_ in ("advcl", "relcl", "acl") or c.dep_ == "xcomp" and verb.lemma_ not in OBJECT_CONTROL)
               and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for t in _verbal(c, event_type, mentions)[1]] if not actorish(direct) else []
    expressed = verb.lemma_ in EXPRESS_VERBS and not any(_named(d, mentions) for d in direct)
    about: list[Token] = []
    if expressed:
        # "expressed concern about X", "voiced hope that X will": what the feeling is about
        about = [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in EXPRESS_PREPS
                 for t in pobjs(c)]
        about += [t for d in direct for c in d.children if c.dep_ == "prep" and c.lower_ in EXPRESS_PREPS
                  for t in pobjs(c)]
        # "pessimism over holding talks with X", "about bringing the standoff to an end"
        about += [t for x in (verb, *direct) for c in x.children
                  if c.dep_ == "prep" and c.lower_ in EXPRESS_PREPS
                  for v in c.children if v.dep_ == "pcomp" and v.pos_ == "VERB"
                  for t in (actorish([p for q in v.children if q.dep_ == "prep" for p in pobjs(q)])
                            or [o for o in v.children if o.dep_ in OBJECTS])]
        about = about or [s for x in (verb, *direct) for c in x.children
                          if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > x.i
                          for s in c.children
                          if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in RELATIVE]
        direct = actorish(about) or about or direct
    # "stormed a police headquarters", "shelled an army base": a facility is what is hit
    hit = [d for d in direct if not _actorish(d, mentions) and _facility(d)] \
        if event_type in MATERIAL_TYPES | {None} else []
    # "rejected accusations by X", "accepted the demands by protesters": the thing's author
    authors = [t for d in direct if not _actorish(d, mentions) and d.lemma_.lower() in CLAIM_NOUNS
               for t in _authors(d, mentions)]
    # "lifted its blockade of Yemen", "renewed the embargo on Iran", "called for sanctions against
    # China": a thing's object is the one hit; a place it is "in" only when nothing else is named
    things = [d for d in direct + own if not _actorish(d, mentions) and d not in hit] if not expressed else []
    inner_all = [(t, where) for d in things for t, where in _inner(d, mentions, located_too=True)]
    if not inner_all and not expressed:
        things = [v for v in via_prep if not _actorish(v, mentions) and not _placeish(v)]
        inner_all = [(t, where) for d in things for t, where in _inner(d, mentions, located_too=True)]
    inner = [t for t, where in inner_all if not where]
    inner_located = [t for t, where in inner_all if where]
    # "sent troops to Kuwait", "gave aid to Haitians", "opened its borders to refugees": what is
    # handed over is no recipient; the one it goes to is
    bound = [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in TOWARD_PREPS
             for t in pobjs(c) if _actorish(t, mentions) or _placeish(t) or (
                 t.ent_type_ not in NOT_ARGS and t.pos_ in ("NOUN", "PROPN") and (
                     verb.lemma_ in TRANSFER_VERBS and c.lower_ in ("to", "into")
                     or verb.lemma_ in LEAVE_VERBS and c.lower_ == "from"))]
    if bound and not any(d.ent_type_ in _ACTOR_ENTS for d in direct) and (
            verb.lemma_ in TRANSFER_VERBS or not actorish(direct)):
        direct = []
    # "declared a state of emergency in Colombia": the place is what the measure falls on
    scene = [t for t in located if (direct or own or via_prep) and not actorish(direct + via_prep)]
    if verb.lemma_ == "call" and any(c.dep_ == "xcomp" for c in verb.children):
        # "called on X to stop": X is asked, whatever the parser made of the rest
        called = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for t in pobjs(c)]
        direct = actorish(called) or direct
    # "called for Kenya to reopen the border", "pushed for the government to act": who is to act
    asked = [s for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.pos_ == "VERB"
             and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
             for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    targets = actorish(direct) or actorish(asked) or hit or authors or inner or bound or actorish(via_prep) \
        or actorish(participle) or actorish(purpose) or inner_located or scene or (
        (direct or via_prep) if about else _concrete(direct or via_prep or own, mentions))
    if not targets:  # "agreed to lift sanctions on X", "failed to renew the embargo on X"
        targets = [t for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                   for t in _verbal(c, event_type, mentions)[1]]
    if not targets:  # "is willing to send aid to X", "is skeptical of X", "was responsible for X"
        targets = _predicative(verb, event_type, mentions)
    if passive and actorish(passive):  # "X was released from captivity": X, not captivity
        targets = [t for t in targets if _actorish(t, mentions) and t.ent_type_ not in ("GPE", "LOC")]
    targets = passive + [t for t in targets if t not in passive]
    # relative pronouns stand for the noun the clause modifies
    if verb.dep_ == "relcl":
        sources = [verb.head if s.lower_ in RELATIVE else s for s in sources]
        targets = [verb.head if t.lower_ in RELATIVE else t for t in targets]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not sources and verb.lemma_.lower() in MOVE_VERBS \
            and (verb.head.lemma_.lower() in FORCE_NOUNS or verb.head.lower_ in FORCE_NOUNS):
        sources.insert(0, verb.head)  # "the force deployed to X": the force that moves, not its target
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":  # "missiles fired by Israel"
        targets.insert(0, verb.head)
    elif verb.dep_ == "acl":  # "troops attacking the city"
        if _actorish(verb.head, mentions) or not sources and verb.head.dep_ not in ("dobj", "pobj"):
            sources.insert(0, verb.head)
        elif not sources:  # "forces carried out shellings targeting X", "detonated an IED targeting X"
            sources = _nominal(verb.head, None)[0]
    if not sources and not undergone:
        sources, controller = _inherited_subject(verb)
    elif verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in OBJECT_CONTROL:
        controller = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if not targets and (event_type in VERBAL_TYPES or event_type is None or verb.lemma_ in SPEECH_VERBS):
        targets = _clausal_target(verb, sources)
        if targets and targets[0].dep_ in OBJECTS:  # an object of the clause: only a participant
            targets = _concrete(targets, mentions)
    if not targets and event_type in (None, "ASSAULT", "COERCE", "AID", "SANCTION", "AGREE", "MOBILIZE"):
        targets = located
    if _mutual(verb, sources, direct + via_prep, event_type) and not actorish(targets):
        targets = []  # "X and Y agreed to a ceasefire": both take part; the ceasefire is no recipient
    return sources, targets, controller


#: Prepositions of the one a thing goes to or comes from ("sent troops to", "withdrew from").
TOWARD_PREPS = frozenset(("to", "against", "on", "upon", "into", "onto", "from", "toward",
                          "towards", "at"))
#: Verbs whose object is what is said or felt, not who it is about ("expressed optimism at X").
EXPRESS_VERBS = frozenset(("express", "voice", "convey", "extend", "reiterate", "register", "lodge"))
EXPRESS_PREPS = frozenset(("to", "for", "about", "at", "over", "with", "on", "against", "toward",
                           "towards", "regarding", "concerning", "in", "of"))
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


#: Verbs whose subject undergoes the event ("died", "perished"): it is the recipient.
UNDERGO_VERBS = frozenset(("die", "perish", "drown", "starve", "succumb"))
#: Verbs that hand something over: the thing is no recipient, the one it goes to is.
TRANSFER_VERBS = frozenset(("send", "deploy", "dispatch", "give", "provide", "deliver", "return", "hand",
                            "transfer", "extradite", "deport", "offer", "donate", "supply", "ship", "export",
                            "sell", "lend", "grant", "contribute", "airlift", "move", "withdraw", "pull"))
#: Verbs of leaving a place: what they leave is the recipient ("withdrew its troops from X").
LEAVE_VERBS = frozenset(("withdraw", "pull", "retreat", "evacuate", "expel", "oust", "drive", "push"))
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


def _concrete(toks: list[Token], mentions: Mentions) -> list[Token]:
    """Last-resort recipients, less abstract things: "used tear gas" keeps nothing."""
    return [t for t in toks if _actorish(t, mentions) or _facility(t) or _placeish(t)
            or _authored(t, mentions) or t.pos_ == "PROPN"]


def _facility(tok: Token) -> bool:
    return tok.lemma_.lower() in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS


def _named(tok: Token, mentions: Mentions) -> bool:
    """A phrase naming a participant by itself, not through a possessive ("his condolences")."""
    return tok.ent_type_ in _ACTOR_ENTS or tok.lemma_.lower() in HUMAN_NOUNS or tok.pos_ == "PROPN" \
        or bool(mentions.code(tok).sector)


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


#: Prepositions after a predicative adjective that name what it is about ("skeptical of X").
ADJ_PREPS = frozenset(("of", "about", "over", "for", "with", "to", "on", "toward", "towards", "against"))


def _predicative(verb: Token, event_type: Optional[str], mentions: Mentions) -> list[Token]:
    """Recipients under a predicative adjective: "is willing to send aid to X" (its complement's),
    "is skeptical of X", "is pessimistic that X will", "was responsible for killings in X"."""
    out: list[Token] = []
    for attr in verb.children:  # "is the largest donor to Sudan", "remains a donor of aid in Iraq"
        if attr.dep_ == "attr" and attr.pos_ == "NOUN":
            out.extend(_inner(attr, mentions))
    for adj in verb.children:
        if adj.dep_ != "acomp":
            continue
        for c in adj.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                out.extend(_verbal(c, event_type, mentions)[1])
            elif c.dep_ == "prep" and c.lower_ in ADJ_PREPS:
                for obj in pobjs(c):
                    if _actorish(obj, mentions) or obj.ent_type_ in ("GPE", "LOC"):
                        out.append(obj)
                    else:
                        out.extend(_inner(obj, mentions) or [obj])
            elif c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                out.extend(s for s in c.children
                           if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in RELATIVE)
        if out:
            break
    return out


#: Verbs of what a speaker does with words: "X said Y ... and accused Z of ...".
SPEAKER_ACTS = SPEECH_VERBS | frozenset((
    "accuse", "blame", "urge", "call", "deny", "reject", "condemn", "criticize", "criticise", "vow",
    "pledge", "promise", "demand", "praise", "threaten", "ask", "appeal", "dismiss", "denounce",
    "welcome", "argue", "charge", "describe", "acknowledge", "admit", "confirm", "explain", "express",
    "voice", "reiterate", "suggest", "question", "slam", "blast"))
#: Verbs whose object is charged with the act in their "of"/"for" complement ("accused X of
#: arming Y", "blamed X for attacking Y").
CHARGE_VERBS = frozenset(("accuse", "suspect", "charge", "blame", "convict", "condemn", "criticize",
                          "criticise", "denounce", "praise", "thank", "fault", "punish", "sanction"))
#: Auxiliaries that set a reported clause's tense apart from the narration's ("said X had ...").
_SHIFTED_AUX = frozenset(("had", "would", "will", "could", "can", "may", "might", "must", "should",
                          "has", "have", "is", "are", "'s", "'re", "'d"))


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


def _speaker_conjunct(cur: Token) -> Optional[Token]:
    """The speech verb whose subject a subjectless conjunct takes when the parser hung it on the
    reported clause: in "X said the pullback was a show and accused Y of ...", "accused" is X's
    act, not the pullback's. Taken when the conjunct is a speaker's act and the reported clause's
    subject cannot speak, or that clause's tense is shifted ("said Y had ... and accused")."""
    head = cur.head
    if cur.dep_ != "conj" or cur.lemma_.lower() not in SPEAKER_ACTS or head.dep_ != "ccomp":
        return None
    outer = head.head
    if outer.lemma_.lower() not in SPEECH_VERBS or not any(c.dep_ in SUBJECTS for c in outer.children):
        return None
    inner = [c for c in head.children if c.dep_ in SUBJECTS + ("nsubjpass", "expl")]
    if not inner or not animate(inner[0]):
        return outer
    shifted = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SHIFTED_AUX for c in head.children) \
        or head.tag_ in ("VBZ", "VBP", "MD")
    if shifted and cur.tag_ == outer.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in cur.children):
        return outer
    return None


def _inherited_subject(verb: Token) -> tuple[list[Token], Optional[Token]]:
    """The subject of a verb that has none of its own: control, coordination, participles."""
    seen = 0
    cur = verb
    while seen < 6 and cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "dep") and cur.head != cur:
        seen += 1
        head = cur.head
        outer = _speaker_conjunct(cur)
        if outer is not None:
            return [c for c in outer.children if c.dep_ in SUBJECTS][:1], None
        if cur.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ in OBJECTS]
            if objs and head.lemma_ in OBJECT_CONTROL:  # "ordered troops to withdraw"
                subj = [c for c in head.children if c.dep_ in SUBJECTS]
                extra = subj if head.lemma_ in COMMAND_VERBS else []
                return objs + extra, (subj[0] if subj else None)
        if cur.dep_ == "pcomp":
            head = head.head
            objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs and cur.head.lower_ in ("of", "for") and head.lemma_.lower() in CHARGE_VERBS:
                return objs, None  # "accused Belarus of funding X": Belarus funds
        subj = [c for c in head.children if c.dep_ in SUBJECTS + ("nsubjpass",)]
        if subj and not (cur.dep_ == "ccomp" and head.lemma_ not in ("agree", "decide", "vow", "pledge")):
            if subj[0].dep_ == "nsubjpass":
                agents = [p for c in head.children if c.dep_ == "agent" for p in pobjs(c)]
                return (agents or subj), None
            if head.dep_ == "relcl" and subj[0].lower_ in RELATIVE:
                return [head.head], None
            return subj, None
        if cur.dep_ == "ccomp":
            break
        cur = head
    return [], None


def _clausal_target(verb: Token, sources: list[Token]) -> list[Token]:
    """"accused ... that Russia used", "said Turkey must mediate": the clause's subject (or object)."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "acl", "xcomp") and child.pos_ in ("VERB", "AUX"):
            inner = [c for c in child.children if c.dep_ in SUBJECTS + ("nsubjpass",)]
            inner = [t for t in inner if t.lower_ not in RELATIVE and not _same(t, sources)]
            if inner and not all(t.pos_ == "PRON" for t in inner):
                return inner
            objs = [c for c in child.children if c.dep_ in OBJECTS]
            if objs:
                return objs
    return []


def _same(tok: Token, others: Iterable[Token]) -> bool:
    return any(tok.lower_ == o.lower_ for o in others) or (
        tok.pos_ == "PRON" and tok.lower_ in PERSON_PRON | THING_PRON | PLURAL_PRON | {"we", "i"})


def _nominal(noun: Token, event_type: Optional[str]) -> tuple[list[Token], list[Token], Optional[Token]]:
    sources: list[Token] = []
    targets: list[Token] = []
    for child in noun.children:
        dep = child.dep_
        if dep == "poss":
            sources.append(child)
        elif dep in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            sources.append(child)
        elif dep == "prep":
            prep = child.lower_
            objs = pobjs(child)
            if prep == "by":
                sources = [s for s in sources if s.dep_ == "poss"] + objs
            elif prep in RECIPROCAL_PREPS and objs:
                both = sorted({t for o in objs for t in (o, *o.conjuncts)}, key=lambda t: t.i)
                sources.append(both[0])
                targets.extend(both[1:])
            elif prep == "of":
                (sources if event_type in OF_IS_ACTOR else targets).extend(objs)
            elif prep in RECIPIENT_PREPS:
                targets.extend(objs)
    if not sources and noun.dep_ in ("nsubj", "nsubjpass") and mentions_agent(noun):
        sources = [noun]  # "protesters rallied in Sydney": the trigger names who acts
    if not sources:
        head = noun.head
        if noun.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            sources = [c for c in head.children if c.dep_ in SUBJECTS] or _inherited_subject(head)[0]
            if not targets:
                targets = [p for c in head.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                           for p in pobjs(c)]
        elif noun.dep_ == "pobj":  # "staged a sit-in in protest", "carried out acts of protest"
            cur, steps = head, 0
            while cur.pos_ not in ("VERB", "AUX") and cur.dep_ in ("prep", "pobj", "dobj") and steps < 4:
                cur, steps = cur.head, steps + 1
            if cur.pos_ in ("VERB", "AUX"):
                sources = [c for c in cur.children if c.dep_ in SUBJECTS]
        elif noun.dep_ in ("nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
            # "X was attacked by Y", "a protest took place by pushcart owners"
            sources = [p for c in head.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                       for p in pobjs(c)]
    if not targets and (event_type in VERBAL_TYPES or event_type is None):
        targets = _clausal_target(noun, sources)
    return sources, targets, None


def mentions_agent(noun: Token) -> bool:
    """Whether an event noun names people who do it ("protesters", "demonstrators", "strikers")."""
    lemma = noun.lemma_.lower()
    return lemma in HUMAN_NOUNS or bool(load_kb().sector([lemma]))


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "VERB"]


def _expand(heads: list[Token]) -> list[Token]:
    """Every conjunct of every head ("Ukraine and the West"), in text order, once."""
    out: list[Token] = []
    for head in heads:
        reciprocal = head.dep_ in ("pobj", "conj") and any(
            a.lower_ in RECIPROCAL_PREPS for a in (head.head, head.head.head))
        for tok in ((head,) if reciprocal else (head, *head.conjuncts)):
            if tok.ent_type_ in NOT_ARGS and not any(  # "dozens of IS members" stays
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue
            if tok in out or tok.pos_ in ("AUX", "PART", "SCONJ", "PUNCT", "DET", "ADP", "CCONJ", "SPACE"):
                continue
            if tok.pos_ in ("ADJ", "ADV", "VERB") and tok.ent_type_ not in ("NORP", "GPE") \
                    and tok.dep_ not in OBJECTS + SUBJECTS + ("pobj", "nsubjpass", "conj"):
                continue
            out.append(tok)
    return sorted(out, key=lambda t: t.i)


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

"""Wrong senses of ASSAULT words, which are no events: fighting a fire, a disease or a problem,
killing a bill, deal or plan, harm done by a fire or a flood, a title-case "Fire" naming the fire
service (PLOVER ASSAULT is an actor's use of force against people or property).

Plain predicates over spaCy tokens, used by :func:`dateline.events.plover_rules.no_event`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _plain


#: Wrong senses of ASSAULT words (PLOVER ASSAULT is "the use of ... force" against people or
#: property): fighting, battling or attacking a fire, a disease or an economic ill, and killing a
#: bill, deal or plan, are no events ("firefighters battled the blaze", "the senator killed the
#: bill", "vowed to fight inflation").
_FOUGHT = frozenset(("fight", "battle", "attack", "combat", "tackle", "beat", "defeat", "fighting",
                     "battling", "war"))
_AILMENTS = frozenset((
    "fire", "blaze", "flame", "flames", "wildfire", "bushfire", "brushfire", "inferno",
    "firestorm",
    "disease", "outbreak", "epidemic", "pandemic", "virus", "infection", "illness", "cancer",
    "malaria", "cholera", "ebola", "covid", "covid-19", "coronavirus", "measles", "polio",
    "tuberculosis", "flu", "influenza", "dengue", "mpox", "inflation", "problem", "poverty",
    "hunger", "famine", "drought", "flood", "flooding", "unemployment", "pollution", "pest",
    "locust", "locusts", "plague", "deficit", "recession", "obesity", "addiction", "illiteracy", "smoke",
    "heat", "spread", "weed", "weeds"))
_KILLING = frozenset(("kill", "killing", "scrap", "torpedo", "scuttle"))

#: CAMEO 196 "violate ceasefire" is PLOVER ASSAULT: violating or breaching a truce is fighting;
#: violating a law, a rule or someone's rights is no use of force.
_VIOLATING = frozenset(("violate", "violation", "breach"))
_TRUCES = frozenset(("ceasefire", "truce", "armistice", "cease-fire", "cessation"))


def truce_violation(tok: Token):
    """For "violate / violation / breach": whether a ceasefire is what is violated ("violated
    the ceasefire", "ceasefire violations"); None for other words."""
    if _plain(tok) not in _VIOLATING:
        return None
    near = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "compound", "poss")]
    near += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "relcl"):
        near.append(tok.head)                 # "the truce violated by ..."
    return any(_plain(t) in _TRUCES or t.lower_ in _TRUCES or
               (t.lower_ == "fire" and t.i >= 2 and t.doc[t.i - 2].lower_ == "cease")
               for n in near for t in n.subtree)


#: CAMEO 128 "defy norms, law" is PLOVER REJECT: violating or defying a ban, an embargo,
#: sanctions, a law or a resolution; the measure defied is no event of its own.
_DEFYING = frozenset(("violate", "violation", "breach", "defy", "flout"))
_NORMS = frozenset(("ban", "embargo", "sanction", "sanctions", "resolution", "law", "order",
                    "curfew", "rule", "ruling", "regulation", "injunction", "restriction",
                    "restrictions", "moratorium", "lockdown"))


def _defied_objects(tok: Token) -> list:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return objs


def defies_norm(tok: Token) -> bool:
    """"Violated a ban on missile tests", "defied the curfew": a REJECT, not an ASSAULT."""
    return _plain(tok) in _DEFYING and any(_plain(o) in _NORMS or o.lower_ in _NORMS
                                           for o in _defied_objects(tok))


#: Agreements and promises that may be broken, kept or doubted rather than made.
_PLEDGES = frozenset(("deal", "agreement", "accord", "pact", "promise", "pledge", "commitment",
                      "commitments", "treaty", "promises", "pledges", "deals", "agreements"))
_BREAKING = frozenset(("renege", "violate", "breach", "break", "flout", "betray", "honour",
                       "honor", "keep", "question", "doubt", "dispute", "undermine", "sabotage",
                       "ignore", "disregard", "default", "welsh", "backtrack", "fulfil",
                       "fulfill", "respect", "implement", "compliance", "violation", "breach"))


def broken_agreement(tok: Token) -> bool:
    """An agreement or a promise named as what was broken, kept, doubted or questioned
    ("reneged on the deal", "broke its promise", "questions Peru's commitment to the peace
    deal"): it was made before, no AGREE now (the breach itself may be an ACCUSE's content)."""
    if _plain(tok) not in _PLEDGES and tok.lower_ not in _PLEDGES:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "of", "to", "with"):
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head is not tok and (_plain(head) in _BREAKING or head.lower_ in _BREAKING)


def defied_norm(tok: Token) -> bool:
    """The ban or curfew that a violation defies ("violated a *ban*"): no event of its own."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head is not tok and _plain(head) in _DEFYING and tok in _defied_objects(head)


def violated_truce(tok: Token) -> bool:
    """The ceasefire a kept violation names ("ceasefire violations"): no CONCEDE of its own."""
    if _plain(tok) not in _TRUCES and tok.lower_ not in _TRUCES:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head is not tok and _plain(head) in _VIOLATING
_MEASURES = frozenset((
    "bill", "deal", "plan", "proposal", "project", "legislation", "measure", "amendment", "motion",
    "reform", "initiative", "idea", "law", "merger", "agreement", "program", "programme", "scheme",
    "budget", "rule", "regulation", "policy", "resolution", "draft", "plans", "proposals",
    "bills", "deals", "projects"))


def _fought_objects(tok: Token) -> list[Token]:
    """What a fight / kill word acts on: its object or passive subject, "the fight *against* X",
    and the noun it modifies as a compound ("Fire Crews *Battle* Brush *Fire*")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    head, chain = tok, []
    while head.dep_ == "compound" and head.head is not head:
        head = head.head             # "Battle Brush Fire": battle -> brush -> fire
        chain.append(head)
    if chain:
        ailing = [h for h in chain if _plain(h) in _AILMENTS or h.lower_ in _AILMENTS]
        out.append(ailing[0] if ailing else head)
    elif tok.dep_ == "amod" and tok.pos_ == "VERB":
        out.append(tok.head)
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "against"
                                 or (c.lower_ == "with" and tok.pos_ == "NOUN")):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    out.extend([g for a in out for g in a.children if g.dep_ == "conj"])
    return out


#: People one fires from a post ("fired the governor"): a dismissal, no shooting.
_OFFICE_HOLDERS = frozenset((
    "governor", "minister", "official", "chief", "head", "director", "manager", "coach",
    "employee", "worker", "staff", "staffer", "aide", "adviser", "advisor", "secretary",
    "commissioner", "prosecutor", "judge", "general", "commander", "ceo", "executive",
    "editor", "president", "mayor", "spokesman", "spokeswoman", "deputy", "ambassador",
    "envoy", "officer", "lawyer", "teacher", "journalist", "board", "cabinet"))


def wrong_sense_attack(tok: Token) -> bool:
    """An ASSAULT word that acts on a fire, a disease or a problem ("battled the blaze"), or kills
    a bill, deal or plan ("killed the bill in committee"): no use of force."""
    lemma = _plain(tok)
    objects = _fought_objects(tok)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not objects and nxt is not None and nxt.lower_.rstrip("s") in _AILMENTS:
        objects = [nxt]              # a headline misparse: "Join Forces to Fight/advcl Wildfires/advcl"
    if not objects:
        return False
    if lemma in ("fire", "sack") and tok.pos_ == "VERB":
        return all(_plain(a) in _OFFICE_HOLDERS for a in objects)   # "fired the governor"
    if lemma in _FOUGHT or tok.lower_ in _FOUGHT:
        return all(_plain(a) in _AILMENTS or a.lower_ in _AILMENTS for a in objects)
    if lemma in _KILLING or tok.lower_ in _KILLING:
        return all(_plain(a) in _MEASURES or a.lower_ in _MEASURES for a in objects)
    return False


def _object_of_wrong_sense(tok: Token) -> bool:
    """"Killed the *deal*", "scrapped the *agreement*": the measure is the object of a wrong-sense
    kill, no event of its own."""
    return tok.dep_ in ("dobj", "nsubjpass", "conj") and tok.pos_ in ("NOUN", "PROPN") and \
        wrong_sense_attack(tok.head if tok.dep_ != "conj" else tok.head.head)


#: "A house fire killed two", "floods killed dozens": harm done by a fire, a disaster or a
#: disease is no one's use of force (PLOVER ASSAULT needs an actor).
_DISASTERS = frozenset((
    "fire", "blaze", "flame", "flames", "wildfire", "bushfire", "inferno", "flood", "flooding",
    "floods", "storm", "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake",
    "landslide", "mudslide", "avalanche", "lightning", "tsunami", "heatwave", "disease",
    "outbreak", "epidemic", "pandemic", "virus", "crash", "accident", "collapse", "smoke"))
_HARMING = frozenset(("kill", "injure", "wound", "hurt", "claim"))
#: The fire service and kinds of wildfire: a title-case "Fire" next to these is no gunfire
#: ("Fire Crews Battle Brush Fire").
_FIRE_SERVICE = frozenset((
    "crew", "crews", "fighter", "fighters", "firefighter", "firefighters", "brigade", "department",
    "service", "truck", "engine", "station", "alarm", "chief", "safety", "hydrant", "brush",
    "bush", "forest", "grass", "house", "battle", "battles", "fight", "fights", "fighting",
    "marshal", "season", "hazard", "risk", "warning", "ban", "danger", "exit", "drill"))
_FIRE_VERBS = frozenset(("open", "opens", "exchange", "exchanges", "set", "sets", "return",
                         "returns", "trade", "trades"))


def _harm_by_disaster(tok: Token) -> bool:
    """"The house fire killed two children": the harm's subject is a fire, a disaster or a
    disease."""
    if _plain(tok) not in _HARMING:
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for a in subjects + agents:
        if _plain(a) in ("fire", "flame", "flames") and not any(
                c.lower_ in _FIRE_SERVICE for c in a.children if c.dep_ in ("compound", "amod")):
            continue                 # "the fire killed two" may be gunfire; a house fire is not
        if _plain(a) in _DISASTERS or a.lower_ in _DISASTERS:
            return True
    return False


def _fire_service(tok: Token) -> bool:
    """A title-case "Fire" naming the fire service or a wildfire, not gunfire."""
    if tok.pos_ != "PROPN" or tok.lower_ not in ("fire", "fires"):
        return False
    near = [c.lower_ for c in tok.children if c.dep_ == "compound"]
    if tok.dep_ == "compound":
        near.append(tok.head.lower_)
        near.extend(c.lower_ for c in tok.head.children if c.dep_ == "compound" and c is not tok)
    return not any(w in _FIRE_VERBS for w in near) and any(w in _FIRE_SERVICE for w in near)


#: What is released when a release frees no one: documents, recordings, figures.
_DOCUMENTS = frozenset((
    "report", "reports", "statement", "statements", "video", "videos", "footage", "data",
    "study", "studies", "album", "result", "results", "detail", "details",
    "list", "document", "documents", "photo", "photos", "photograph", "photographs", "image",
    "images", "recording", "recordings", "transcript", "findings", "budget", "book", "film",
    "song", "survey", "poll", "guidelines", "memo", "letter", "audio", "tape", "tapes",
    "communique", "communiqué", "dossier", "paper", "version", "update", "estimate",
    "estimates", "statistics", "map", "maps", "name", "names", "text", "audit", "review",
    "assessment", "analysis", "forecast", "index"))
_RELEASING = frozenset(("release", "free"))


def released_document(tok: Token) -> Optional[bool]:
    """Whether "release" frees someone here (None: not that word): "the report, released on
    Monday", "released a video of the talks", "plans to release the inquiry's findings" free no
    one (no RETREAT, no CONCEDE)."""
    if _plain(tok) not in _RELEASING:
        return None
    released = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl"):
        released.append(tok.head)    # "the report, released Monday by ..."
    return not any(_plain(r) in _DOCUMENTS or r.lower_ in _DOCUMENTS for r in released)


#: Places a visit inspects: no consultation with anyone ("observers visited the sites").
_SITES = frozenset(("site", "sites", "scene", "scenes", "wreckage", "ruins", "facility",
                    "facilities", "plant", "plants", "mine", "mines", "factory", "factories",
                    "crater", "craters", "location", "locations", "front", "frontline",
                    "front-line", "damage", "rubble"))


def visited_site(tok: Token) -> Optional[bool]:
    """Whether "visit" names a consultation here (None: not that word). Visiting a site, a
    scene or the wreckage is an inspection, not a CONSULT."""
    if _plain(tok) != "visit" or tok.pos_ not in ("VERB", "PROPN"):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return not (objects and all(_plain(o) in _SITES or o.lower_ in _SITES for o in objects))


#: What threatens without anyone threatening: weather, disease, pests, disasters.
_HAZARDS = _AILMENTS | frozenset(("storm", "storms", "hurricane", "typhoon", "cyclone", "rain",
                                  "rains", "earthquake", "quake", "landslide", "tsunami",
                                  "wildfires", "fires", "floods", "waters", "river", "volcano",
                                  "eruption", "heatwave", "snow", "ice", "erosion", "plague"))


def hazard_threat(tok: Token) -> bool:
    """"A locust plague threatening crops", "floods threaten the capital": no actor makes a
    threat (PLOVER THREATEN is a coercive warning by someone)."""
    if _plain(tok) not in ("threaten", "threat", "menace", "endanger"):
        return False
    who = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and not who:
        who = [tok.head]
    who += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for g in p.children if g.dep_ == "pobj" and tok.pos_ == "NOUN"]   # "the threat of floods"
    return any(w.lower_ in _HAZARDS or _plain(w) in _HAZARDS for w in who)


#: Economic quantities a firm or a government cuts, eases or reduces: no political event
#: ("cut 500 jobs", "reduce poverty", "slashed prices").
_QUANTITIES = frozenset(("job", "jobs", "cost", "costs", "staff", "workforce", "output",
                         "production", "emission", "emissions", "spending", "budget", "budgets",
                         "deficit", "poverty", "inflation", "unemployment", "waste", "headcount",
                         "capacity", "expenses", "losses"))
_REDUCING_WORDS = frozenset(("cut", "slash", "reduce", "reduction", "lower", "trim", "ease",
                             "curb", "halve", "shed", "lose"))


def cuts_a_quantity(tok: Token) -> bool:
    """"The company announced plans to cut 500 jobs", "committed to reducing poverty": a cut in
    an economic quantity, no SANCTION or CONCEDE between actors. The promise of it ("committed
    to") carries no AGREE of its own either."""
    acts = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "prep", "pcomp")]
    acts += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    for a in acts:
        if _plain(a) in _REDUCING_WORDS and any(
                o.dep_ in ("dobj", "nsubjpass") and (o.lower_ in _QUANTITIES or _plain(o) in _QUANTITIES)
                for o in a.children):
            return True
    return False


#: A match, a season: what a player is banned for; teams meet in a final. (Subjects only where
#: the word is never political: a "team" or a "defender" of rights may well meet or be detained.)
_SPORT = frozenset(("match", "matches", "game", "games", "race", "races", "season", "seasons",
                    "fixture", "fixtures", "final", "finals", "semifinal", "semi-final",
                    "quarterfinal", "quarter-final", "tournament", "league", "cup", "championship"))
_PLAYERS = frozenset(("player", "players", "striker", "midfielder", "goalkeeper", "footballer",
                      "footballers", "cricketer", "cricketers", "sprinter", "batsman"))


def sports_sense(tok: Token) -> bool:
    """"The striker was banned for three matches", "the two teams will meet in the final": sport,
    no COERCE or CONSULT."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lower_ in _PLAYERS or _plain(s) in _PLAYERS for s in subjects):
        return True
    return any(g.lower_ in _SPORT for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "in")
               for g in p.children if g.dep_ == "pobj") and _plain(tok) in (
        "ban", "suspend", "meet", "play", "face", "beat", "defeat")


_FORECAST = frozenset(("glacier", "economy", "prices", "inflation", "temperatures", "temperature",
                       "climate", "crisis", "situation", "markets", "market", "growth", "ice",
                       "sea", "levels", "ecosystem", "species", "reef", "currency", "recession",
                       "shortage", "shortages", "demand", "supply", "harvest", "crops"))


def forecast_warning(tok: Token) -> bool:
    """"Scientists warned that the glacier could collapse": a forecast of what things will do,
    no coercive warning (PLOVER THREATEN is a warning "with serious potential repercussions"
    that someone would bring about)."""
    if _plain(tok) not in ("warn", "warning", "caution"):
        return False
    said = [c for c in tok.children if c.dep_ == "ccomp"]
    subjects = [s for c in said for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lower_ in _FORECAST | _HAZARDS or _plain(s) in _FORECAST | _HAZARDS
                                  for s in subjects)


#: Whom one receives in a meeting: officials, delegations, named people.
_VISITORS = frozenset(("president", "minister", "delegation", "envoy", "ambassador", "leader",
                       "leaders", "counterpart", "king", "queen", "premier", "chancellor", "emir",
                       "prince", "diplomat", "diplomats", "delegates", "officials", "official",
                       "secretary", "representatives", "mediator", "mediators", "pope"))


def received_visitor(tok: Token) -> Optional[bool]:
    """Whether "receive" names a meeting here (None: not that word): "the Pope received the
    Ukrainian president", not "received aid" or "received a letter"."""
    if _plain(tok) != "receive" or tok.pos_ != "VERB":
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(o.ent_type_ == "PERSON" or _plain(o) in _VISITORS or o.lower_ in _VISITORS
               for o in objects)


def welcomes_visitor(tok: Token) -> bool:
    """"The president welcomed his Peruvian counterpart in Santiago": hosting a visit (PLOVER
    CONSULT: "visiting and hosting visits"), not an expression of support ("welcomed the
    decision")."""
    if _plain(tok) != "welcome" or tok.pos_ not in ("VERB", "PROPN"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(o.ent_type_ == "PERSON" or _plain(o) in _VISITORS or o.lower_ in _VISITORS
               for o in objects)


#: Words after "Amnesty" that name the rights group, not a pardon.
_AMNESTY_GROUP = frozenset(("report", "international", "researcher", "official", "spokesperson",
                            "spokesman", "spokeswoman", "statement", "group", "director",
                            "investigation", "investigator", "chief", "head"))
#: What talks or searches "yield" (produce), no concession.
_PRODUCTS = frozenset(("progress", "results", "result", "fruit", "fruits", "breakthrough",
                       "nothing", "information", "evidence", "benefits", "returns", "profit",
                       "profits", "data", "clues", "agreement", "deal", "outcome", "gains"))
_CONDOLENCES = frozenset(("condolences", "condolence", "sympathy", "sympathies", "prayers",
                          "thoughts"))


def no_event_sense(tok: Token, etype: str) -> bool:
    """Senses of event words that name no political event: a supply boat, a source asking not to
    be named, a charge d'affaires, consultations an envoy is recalled for, hazards and forecasts
    that "threaten", economic cuts, sport."""
    if etype in ("AGREE", "AID", "SUPPORT") and _plain(tok) in ("offer", "extend", "send") and any(
            c.dep_ == "dobj" and c.lower_ in _CONDOLENCES for c in tok.children):
        return True                  # "offered condolences": an empathetic comment (CAMEO 018)
    if etype == "AGREE" and broken_agreement(tok):
        return True                  # "reneged on the deal": no agreement is made
    if etype == "CONCEDE" and _plain(tok) == "amnesty" and (
            tok.dep_ == "compound" and _plain(tok.head) in _AMNESTY_GROUP
            or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "international"):
        return True                  # "Amnesty Report Details Torture": the rights group
    if etype == "CONCEDE" and _plain(tok) == "yield" and any(
            c.dep_ == "dobj" and c.lower_ in _PRODUCTS for c in tok.children):
        return True                  # "talks yield progress": produce, no concession
    if etype == "AID" and _plain(tok) == "supply" and tok.dep_ in ("compound", "amod", "nmod"):
        return True                  # "a supply boat", "supply lines": what carries, no aid given
    if etype == "REQUEST" and _plain(tok) in ("ask", "request") and any(
            t.lower_ in ("named", "identified", "quoted") for c in tok.children
            if c.dep_ in ("xcomp", "ccomp") for t in c.subtree):
        return True                  # "who asked not to be named": a source's anonymity
    if _plain(tok) == "charge" and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].lower_.startswith(("d'", "d’")):
        return True                  # "the charge d'affaires": a diplomat, no charge
    if etype == "CONSULT" and _plain(tok) in ("consultation", "consultations") \
            and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and (_plain(tok.head.head) in ("recall", "summon", "call")
                 or _plain(tok.head.head.head) in ("recall", "summon", "call")):
        return True                  # "recalled its ambassador for consultations": the reason
    if etype == "THREATEN" and (hazard_threat(tok) or forecast_warning(tok)):
        return True                  # "a locust plague threatening crops": no one threatens
    if etype in ("SANCTION", "CONCEDE", "AGREE") and cuts_a_quantity(tok):
        return True                  # "plans to cut 500 jobs", "committed to reducing poverty"
    if etype in ("COERCE", "SANCTION", "CONSULT", "AGREE", "ASSAULT") and sports_sense(tok):
        return True                  # "banned for three matches", "will meet in the final"
    return False

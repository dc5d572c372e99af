"""PLOVER manual rules over the parse, second round (2026-11-25): what kind of event one kept
event word is, read from the manual's definitions, modes and ambiguities rather than learned.

* CONCEDE: "suspending protests", yielding to or withdrawing demands and complaints, declaring
  (not implementing) a ceasefire, promising to lift or end a measure; RETREAT: observing a
  ceasefire, resigning;
* SANCTION: walking out of talks, treaties and organisations (mode withdraw), expelling diplomats
  (mode expel);
* COERCE: cutting the internet, media or utilities (modes censor / withhold);
* PROTEST: demonstrators blocking a road or border (mode obstruct);
* THREATEN: a coercive act or protest put forward as a possibility ("may ban", "raises the
  prospect of suspending talks");
* REQUEST: asking for material aid;
* words that are no event in their sentence: light verbs before an event noun in title-case
  headlines ("Launches Inquiry"), participles modifying a noun ("*Jailed* Activist"), "mass" and
  "station" as nouns, "asylum" in "asylum seekers"; the wrong senses of ASSAULT words in
  :mod:`dateline.events.wrong_senses` (fighting a fire, killing a bill).

Used by :func:`dateline.events.coder._code_sentence`; plain predicates over spaCy tokens.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import (_CONCESSION, _COERCIVE, _DISSENTERS, _arguments,
                                  _conditional, _names, _particle, _plain, _with_of,
                                  _withdraws_resources)
from dateline.events.agreements import _ready_to_cooperate, signed_agreement
from dateline.events.demands import (_appeal_call, _demanded, _shares_view, ransom_demand,
                                     sought_culprits)
from dateline.events.measures import (_eased_measure, _launched_at, _occupied_in_protest,
                                      _revokes_standing)
from dateline.events.lexicon import LIGHT_VERBS
from dateline.events.restrictions import stopped_work
from dateline.events.shutoffs import _shutoff
from dateline.events.yielding import yielded
from dateline.events.shutoffs import _NATURAL, _SHUTTING, _UTILITIES  # noqa: F401  (moved there)
from dateline.events.wrong_senses import (_fire_service, _harm_by_disaster, defied_norm,
                                          defies_norm, no_event_sense, violated_truce,
                                          _object_of_wrong_sense, wrong_sense_attack)


#: PLOVER CONCEDE covers "suspending protests"; a strike, boycott or protest that is suspended,
#: ended or called off is the object of that concession.
_ENDING = frozenset(("suspend", "suspension", "end", "halt", "stop", "cancel", "postpone", "pause",
                     "call", "abandon", "lift", "drop", "conclude", "cease"))
_DISSENT = frozenset(("protest", "strike", "boycott", "sit-in", "demonstration", "rally", "march",
                      "walkout", "blockade", "picket", "hunger", "protests", "demonstrations",
                      "strikes", "rallies", "marches"))


def _ended_dissent(tok: Token) -> Optional[Token]:
    """The protest or strike this word suspends or ends ("suspends *protests*", "will end the
    *strike*", "called off the *boycott*"), if any."""
    if _plain(tok) not in _ENDING:
        return None
    if _plain(tok) == "call" and not _particle(tok, "off"):
        return None
    args = _arguments(tok)
    if tok.tag_ == "VBN":            # a headline's passive: "Demonstrations/nsubj Suspended"
        args = args + [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ == "acl":
            args.append(tok.head)    # "Demonstrations Suspended/acl as Talks Progress"
    for a in args:
        if _plain(a) in _DISSENT or a.lower_ in _DISSENT:
            return a
        for c in a.children:         # "the sit-in": spaCy splits it, "in" heads "sit"
            if c.dep_ == "compound" and c.lower_ == "sit" and a.lower_ == "in":
                return c
    return None


#: PLOVER SANCTION mode withdraw: "withdraw oneself ... from a group, mediation activity,
#: organization": quitting talks or a treaty is a SANCTION, not a military RETREAT.
_LEAVING = frozenset(("withdraw", "withdrawal", "pull", "quit", "leave", "exit", "abandon", "walk",
                      "pullout"))
_FORUMS = frozenset(("talk", "talks", "negotiation", "dialogue", "process", "agreement", "deal",
                     "treaty", "accord", "pact", "organization", "organisation", "coalition",
                     "alliance", "union", "council", "bloc", "membership", "mediation", "summit",
                     "commission", "convention", "forum", "conference", "framework", "initiative",
                     "arrangement", "consortium", "league", "partnership"))


#: ... or "withdraw oneself or one's non-military resources (e.g., aid, observers, diplomats,
#: peacekeepers) from a group, mediation activity, organization, or country".
_CIVILIANS = frozenset(("ngo", "ngos", "charity", "charities", "agency", "agencies",
                        "organization", "organisation", "organizations", "organisations",
                        "group", "groups", "embassy", "diplomat", "diplomats", "observer",
                        "observers", "mission", "monitor", "monitors", "aid", "worker", "workers",
                        "staff", "volunteer", "volunteers", "red", "cross", "un", "company",
                        "companies", "firm", "firms", "corporation", "business", "businesses",
                        "investor", "investors", "airline", "airlines", "bank", "banks",
                        "retailer", "retailers", "carmaker", "insurer", "lender", "broadcaster",
                        "journalist", "journalists", "correspondent", "correspondents"))
#: ... but an armed group that pulls out of a town retreats.
_ARMED = frozenset(("armed", "rebel", "rebels", "militant", "militants", "insurgent",
                    "insurgents", "jihadist", "jihadists", "terrorist", "separatist",
                    "separatists", "paramilitary", "fighters", "fighter", "gunmen"))
_PLACE_NOUNS = frozenset(("country", "region", "area", "province", "state", "city", "town",
                          "district", "territory", "zone", "market", "village", "capital",
                          "island", "nation"))


def _left_places(tok: Token) -> list[Token]:
    """What ``tok`` leaves: "withdrew from X", "pulled out of X" (the "of" on the verb or on
    its particle)."""
    outs = [c for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"]
    preps = [p for p in tok.children if p.dep_ == "prep"
             and (p.lower_ == "from" or (outs and p.lower_ == "of"))]
    preps += [p for c in outs for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "from")]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _quits_forum(tok: Token) -> bool:
    """"Rebels quit the peace talks", "withdrew from the treaty", "the aid group withdrew from
    the country", "a mining company pulls out of the region"."""
    if _plain(tok) not in _LEAVING:
        return False
    if any(_plain(a) in _FORUMS or a.lower_ in _FORUMS for a in _arguments(tok)):
        return True
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    words = _with_of(subjects)
    if not subjects or words & _FORCES or words & _ARMED or not (words & _CIVILIANS):
        return False
    return any(g.ent_type_ in ("GPE", "LOC") or _plain(g) in _PLACE_NOUNS
               or (g.pos_ == "PROPN" and g.ent_type_ != "PERSON")   # "Pulls Out of Northland"/ORG
               for g in _left_places(tok))


#: PLOVER CONCEDE covers "declarations (but not implementations) of ceasefires"; RETREAT covers
#: "observing a ceasefire".
_CEASEFIRE = frozenset(("ceasefire", "truce", "armistice", "cessation"))
_DECLARING = frozenset(("declare", "announce", "call", "propose", "offer", "proclaim", "unveil",
                        "seek", "order", "agree", "accept", "consent", "commit"))
_OBSERVING = frozenset(("implement", "observe", "respect", "hold", "enforce", "maintain", "begin",
                        "sign", "honour", "honor", "abide", "extend", "start"))


def _ceasefire_type(tok: Token) -> Optional[str]:
    """CONCEDE for a declared ceasefire, RETREAT for one implemented or observed, else None."""
    cease = _plain(tok) in _CEASEFIRE or (
        tok.lower_ == "fire" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-"
        and tok.doc[tok.i - 2].lower_ == "cease")
    if not cease:
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if tok.dep_ in ("nsubj",) and _plain(head) in ("hold", "take", "begin", "start", "go"):
        return "RETREAT"
    if tok.dep_ not in ("dobj", "nsubjpass", "pobj") or head is tok:
        return None
    if _plain(head) in _DECLARING:
        return "CONCEDE"
    if _plain(head) in _OBSERVING:
        return "RETREAT"
    return None


#: PLOVER PROTEST mode obstruct ("obstruct passage or access to a particular locale") when the
#: blockers are demonstrators.
_BLOCKING = frozenset(("block", "blockade", "barricade", "obstruct", "occupy", "close", "shut"))


#: PLOVER COERCE mode restrict covers "cordoning off areas" (CAMEO 191 "impose blockade,
#: restrict movement"): a blockade by troops, police or warships is COERCE, not a protest.
_NAVAL = frozenset(("navy", "navies", "warship", "warships", "coastguard",
                                   "tank", "tanks", "gunboat", "gunboats", "fleet",
                    "vessel", "vessels", "frigate", "frigates", "destroyer", "destroyers",
                    "cutter", "cutters"))


#: Uniformed staff who may themselves protest ("prison guards blocked access to the jail").
_STAFF = frozenset(("guard", "guards", "officer", "officers", "personnel"))


def _forces_block(tok: Token) -> bool:
    """"Troops blockaded the city", "a port blockaded by navy warships"."""
    if _plain(tok) not in _BLOCKING or _plain(tok) in ("occupy", "close", "shut"):
        return False
    agents = [c for c in tok.children if c.dep_ == "nsubj"]
    agents += [g for p in tok.children if p.dep_ == "agent" for g in p.children
               if g.dep_ == "pobj"]
    return bool(_with_of(agents) & ((_FORCES - _STAFF) | _NAVAL))


def _protesters_block(tok: Token) -> bool:
    if _plain(tok) not in _BLOCKING:
        return False
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    if tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _DISSENTERS:
        return True                  # title case: "Protestors Block Border"
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _DISSENTERS or c.lower_ in _DISSENTERS)
               for h in heads for c in h.children)


#: A coercive act or protest put forward as a possibility ("raises the *potential* of suspending
#: talks", "suggests it *may* ban ...") is a warning with serious repercussions: PLOVER THREATEN.
_POSSIBILITY = frozenset(("potential", "possibility", "prospect", "spectre", "specter", "option"))
_MAY = frozenset(("may", "might", "could"))
_SAYING = frozenset(("suggest", "say", "hint", "warn", "signal", "indicate", "announce", "state",
                     "declare", "tell", "insist"))


def _warned_possibility(tok: Token) -> bool:
    cur, steps = tok, 0
    while cur.head is not cur and steps < 3 and cur.dep_ in ("pobj", "pcomp", "prep", "compound",
                                                            "dobj", "nsubj"):
        cur, steps = cur.head, steps + 1
        if _plain(cur) in _POSSIBILITY:
            return True
    modal = any(c.dep_ == "aux" and c.lower_ in _MAY for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in _MAY and tok.pos_ in ("VERB", "PROPN"))
    if not modal or tok.tag_ == "VBN" or any(c.dep_ == "aux" and c.lower_ in ("have", "'ve")
                                              for c in tok.children):
        return False                 # "may have killed": a guess about the past, not a warning
    head = tok.head
    return tok.dep_ in ("ccomp", "compound", "punct", "dobj", "oprd", "xcomp") and \
        _plain(head) in _SAYING or any(_plain(a) in _SAYING for a in tok.ancestors)


#: PLOVER CONCEDE ("easing of administrative or legal restrictions"): withdrawing or dropping a
#: complaint, charges or a lawsuit; the complaint is that concession's object.
_DROPPING = frozenset(("withdraw", "drop", "abandon", "dismiss"))
_COMPLAINTS = frozenset(("complaint", "charge", "lawsuit", "suit", "case", "accusation", "claim",
                         "petition", "appeal", "objection", "veto"))


def _dropped_complaint(tok: Token) -> Optional[Token]:
    if _plain(tok) not in _DROPPING:
        return None
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and (_plain(c) in _COMPLAINTS
                                                 or c.lower_ in _COMPLAINTS):
            return c
    return None


_FUTURE_ONLY = frozenset(("will", "shall", "'ll"))


#: Verbs that report an announcement: "said it *would* lift the curfew" is the future of the
#: report, as "will" is the plain future.
_REPORTING = frozenset(("say", "announce", "tell", "state", "declare", "confirm"))


def _announced(tok: Token) -> bool:
    """A plain future ("workers *will* end the strike", "the government said it *would* lift the
    curfew"): announced, not conditional or possible."""
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    reported = "would" in aux and tok.dep_ == "ccomp" and _plain(tok.head) in _REPORTING \
        and not any(c.dep_ == "neg" for c in tok.head.children)
    return (reported or any(a in _FUTURE_ONLY for a in aux)) \
        and not any(c.dep_ == "neg" for c in tok.children) and not _conditional(tok)


def _object_of(tok: Token, heads: set) -> bool:
    """``tok`` is what one of the ``heads`` tokens is about: its object, or the object of its
    preposition ("support *for* the protests", "condemned the protests")."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in heads:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in heads


def _promise_to_concede(tok: Token) -> bool:
    """"Promises to end curfew" read word by word, for title-case headlines whose parse loses
    the infinitive ("Promises/NOUN to/ADP End/NOUN Curfew")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and \
        (_plain(doc[tok.i + 2]) in _CONCESSION or doc[tok.i + 2].lower_ in _CONCESSION)


#: PLOVER REQUEST: asking for material aid ("expressed the need for international assistance").
_ASKING = frozenset(("need", "call", "appeal", "plea", "request", "ask", "seek", "beg", "urge",
                     "demand", "petition"))


def _asked_for(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return _plain(head) in _ASKING or head.lower_ in _ASKING


def _adjectival_participle(tok: Token) -> bool:
    """A participle a title-case headline parses as a modifier ("*Jailed* Activist on Hunger
    Strike"): it describes the noun, it does not report an event."""
    return tok.dep_ in ("amod", "compound") and tok.lower_.endswith("ed") and \
        tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


#: PLOVER CONCEDE: yielding to a demand ("gave in to the demands", "met their demands") or
#: withdrawing one ("withdrawing a demand should be coded as CONCEDE").
_DEMANDS = frozenset(("demand", "request", "call", "appeal", "ultimatum", "claim"))
_MEETING_DEMAND = frozenset(("meet", "accept", "grant", "satisfy", "heed", "fulfil", "fulfill",
                             "withdraw", "drop", "abandon", "renounce", "relinquish", "forgo",
                             "waive", "shelve"))
_YIELDING_TO = frozenset(("give", "bow", "yield", "accede", "cave", "concede", "submit",
                          "succumb", "relent", "agree", "consent"))


def _yielded_demand(tok: Token) -> bool:
    if _plain(tok) not in _DEMANDS and tok.lower_ not in _DEMANDS:
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass"):
        return _plain(head) in _MEETING_DEMAND or _plain(head) == "give" and _particle(head, "up")
    if tok.dep_ == "pobj" and head.lower_ in ("to", "into", "in"):
        return _plain(head.head) in _YIELDING_TO or head.head.lower_ in _YIELDING_TO
    return False


#: PLOVER SANCTION mode expel covers "the expulsion of ambassadors or similar diplomats"
#: (the deportation of other individuals is COERCE).
_DIPLOMATS = frozenset(("diplomat", "ambassador", "envoy", "attache", "attaché", "consul",
                        "embassy", "diplomatic", "charge"))


def _expels_diplomats(tok: Token) -> bool:
    if _plain(tok) not in ("expel", "expulsion", "eject", "deport", "deportation"):
        return False
    for a in _arguments(tok):
        if _names(a) & _DIPLOMATS:
            return True
        if any(_names(g) & _DIPLOMATS for p in a.children if p.dep_ == "prep"
               for g in p.children if g.dep_ == "pobj"):
            return True      # "dozens of diplomats"
    return False


def _resigns(tok: Token) -> bool:
    """"The leader quits / resigns / steps down" with no organisation or talks left: RETREAT
    mode resign ("official resignation"), not a SANCTION."""
    if _plain(tok) not in ("quit", "resign", "resignation", "step"):
        return False
    if _plain(tok) == "step" and not _particle(tok, "down"):
        return False
    return not any(c.dep_ == "dobj" for c in tok.children) and not _quits_forum(tok)


def retype(tok: Token, etype: str) -> tuple[str, Optional[str]]:
    """The PLOVER type of a kept event word after the manual's rules above, and the mode they fix
    (None: left to the mode table)."""
    mode = None
    if yielded(tok, etype):
        return "CONCEDE", None                   # "promises a return to democracy"
    if etype == "CONSULT" and _appeal_call(tok):
        return "REQUEST", None
    if etype == "REQUEST" and ransom_demand(tok):
        ransom = any(t.lower_ in ("ransom", "ransoms") for t in tok.subtree)
        return "ASSAULT", "abduct" if ransom else None   # "kidnappers demand a ransom"
    if etype == "MOBILIZE" and _ready_to_cooperate(tok):
        return "AGREE", None
    if etype in ("RETREAT", "SANCTION", "PROTEST") and (_quits_forum(tok)
                                                        or _withdraws_resources(tok)):
        etype, mode = "SANCTION", "withdraw"      # "walked out of the talks": no protest
    if etype in ("SANCTION", "RETREAT", "COERCE") and _ended_dissent(tok) is not None:
        etype = "CONCEDE"
    if etype in ("SANCTION", "CONCEDE", "PROTEST", "COERCE") and not _protesters_block(tok):
        cut = _shutoff(tok)
        if cut:
            etype, mode = "COERCE", cut
    if etype in ("CONCEDE", "RETREAT"):
        etype = _ceasefire_type(tok) or etype
    if etype == "COERCE" and _protesters_block(tok):
        etype, mode = "PROTEST", "obstruct"
    if etype not in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") and _demanded(tok):
        return "REQUEST", None
    if etype == "MOBILIZE" and _launched_at(tok):
        return "ASSAULT", None                   # "launched rockets at the city"
    if etype == "ASSAULT" and _occupied_in_protest(tok):
        return "PROTEST", "obstruct"             # "activists occupied a villa to denounce ..."
    if etype == "RETREAT" and stopped_work(tok):
        return "PROTEST", "strike"               # a work stoppage
    if etype == "SANCTION" and _eased_measure(tok):
        return "CONCEDE", None                   # "cut tariffs": an easing of restrictions
    if etype == "ASSAULT" and defies_norm(tok):
        etype, mode = "REJECT", None             # CAMEO 128 "defy norms, law"
    if etype == "PROTEST" and _forces_block(tok):
        etype, mode = "COERCE", "restrict"
    if etype in ("CONCEDE", "SANCTION", "RETREAT", "REJECT") and _revokes_standing(tok):
        etype, mode = "COERCE", _revokes_standing(tok)
    if etype == "REQUEST" and _yielded_demand(tok):
        etype = "CONCEDE"
    if etype == "COERCE" and _expels_diplomats(tok):
        etype, mode = "SANCTION", "expel"
    if etype == "SANCTION" and _resigns(tok):
        etype, mode = "RETREAT", "resign"
    if etype == "AID" and _asked_for(tok):
        etype, mode = "REQUEST", "assist"
    if etype in ("RETREAT", "SANCTION") and _dropped_complaint(tok) is not None:
        etype = "CONCEDE"
    if (etype in _COERCIVE or etype == "PROTEST") and _warned_possibility(tok):
        etype = "THREATEN"
    if etype == "AGREE" and signed_agreement(tok):
        etype = "SUPPORT"                        # "X and Y Sign Trade Deal"
    if etype == "RETREAT" and _argument_bound(tok, etype):
        mode = "access" if _plain(tok) == "arrive" else "ceasefire"
        if mode == "ceasefire" and tok.dep_ == "xcomp" and _plain(tok.head) in _PROMISING:
            etype, mode = "CONCEDE", None    # "agreed to stop fighting": a declared ceasefire
    return etype, mode


#: Words that name an event only with certain arguments (PLOVER RETREAT: "observing a ceasefire
#: or otherwise ending active conflicts", "allowing the entry of observers, peacekeepers";
#: MOBILIZE police / troops: "orders police to the centre", "police called to the capital";
#: ACCUSE investigate: "an investigative committee").
_HOSTILITIES = frozenset(("hostility", "hostilities", "fighting", "fight", "clash", "clashes",
                          "violence", "war", "shelling", "combat", "bombardment", "bombing",
                          "attack", "attacks", "gunfire", "battle", "battles", "offensive",
                          "insurgency", "firing", "airstrike", "airstrikes", "raid", "raids"))
_THIRD_PARTIES = frozenset(("peacekeeper", "peacekeepers", "observer", "observers", "monitor",
                            "monitors", "inspector", "inspectors", "peacekeeping"))
_FORCES = frozenset(("police", "policeman", "policemen", "officer", "officers", "troop", "troops",
                     "soldier", "soldiers", "army", "force", "forces", "guard", "guards",
                     "militia", "militias", "military", "unit", "units", "battalion", "brigade",
                     "reinforcement", "reinforcements", "gendarme", "gendarmes", "marine",
                     "marines", "paratrooper", "paratroopers", "personnel", "reservist",
                     "reservists", "commando", "commandos"))
_PANELS = frozenset(("committee", "commission", "panel", "body", "team", "mission", "unit",
                     "board", "tribunal", "council", "task", "taskforce", "group"))


#: CONCEDE covers "declarations (but not implementations) of ceasefires".
_PROMISING = frozenset(("agree", "promise", "pledge", "vow", "commit", "offer", "announce",
                        "declare", "decide", "consent", "accept", "undertake"))


def _argument_bound(tok: Token, etype: str) -> Optional[bool]:
    """For words that name an event only with certain arguments: whether they do here (None:
    not such a word)."""
    lemma = _plain(tok)
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if etype == "RETREAT" and lemma in ("stop", "cease"):
        if stopped_work(tok):
            return None              # "miners stopped work": a strike (see retype)
        stopped = [c for c in tok.children if c.dep_ in ("dobj", "xcomp")]
        return bool(_with_of(subjects + stopped) & _HOSTILITIES)
    if etype == "RETREAT" and lemma == "arrive":
        return bool(_with_of(subjects) & _THIRD_PARTIES)
    if etype == "SANCTION" and lemma == "order":   # "ordered two diplomats to leave": expelled
        return any(_names(c) & _DIPLOMATS for c in tok.children if c.dep_ == "dobj")
    if etype == "MOBILIZE" and lemma in ("order", "call") and not _particle(tok, "up") \
            and not _particle(tok, "upon") and not _particle(tok, "into"):
        return bool(_with_of(_arguments(tok)) & _FORCES)
    if etype == "ACCUSE" and lemma == "investigative":
        return tok.dep_ in ("amod", "compound") and (_plain(tok.head) in _PANELS
                                                     or tok.head.lower_ in _PANELS)
    return None


#: Talks or a visit that end or conclude were held: their CONSULT is the event, and the ending
#: concedes nothing (PLOVER CONCEDE is the easing of a restriction, RETREAT an end to fighting).
_CONCLUDING = frozenset(("end", "conclude", "wrap", "close", "finish", "complete"))
_MEETING_WORDS = frozenset(("talk", "talks", "negotiation", "negotiations", "visit", "meeting",
                            "summit", "tour", "round", "session", "consultation", "dialogue",
                            "conference", "trip"))


_ORGANISERS = frozenset(("leader", "organiser", "organizer", "group", "movement", "coalition",
                         "committee", "spokesman", "spokeswoman", "spokesperson", "umbrella"))
_ARMS = frozenset(("helicopter", "aircraft", "jet", "plane", "submarine", "dog", "boat", "craft",
                   "fighter", "capability", "capabilities", "weapon", "squadron", "group",
                   "vessel", "ship", "carrier", "rifle", "drone", "vehicle", "brigade",
                   "battalion", "unit", "team", "force"))
_RIOT_GEAR = frozenset(("police", "policeman", "policemen", "officer", "gear", "shield", "squad",
                        "unit", "control", "force", "troop", "helmet", "van", "act"))

_AID_BODIES = frozenset(("agency", "group", "worker", "organization", "organisation", "official",
                         "charity", "ngo", "sector", "community", "staff", "volunteer", "body",
                         # trades named after what they carry: "food delivery riders"
                         "rider", "driver", "farmer", "company", "firm", "chain"))


_TRADE_WORDS = frozenset(("export", "import", "trade"))
_TRADE_EVENTS = frozenset(("deal", "agreement", "pact", "accord", "partnership", "cooperation",
                           "talks", "mission", "delegation", "link", "route", "corridor"))


#: Who answers an opinion poll: "37 percent who approve" states an opinion, no event.
_POLLED = frozenset(("percent", "%", "voter", "voters", "respondent", "respondents", "poll",
                     "survey", "majority", "minority", "per", "cent", "share"))


def _poll_answer(tok: Token) -> bool:
    """"Fifty-one percent of voters disapprove of ...", "37 percent who approve": a poll."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl":
        subjects.append(tok.head)
    return any(_plain(s) in _POLLED or s.lower_ in _POLLED for s in subjects)


def no_event(tok: Token, etype: str, candidates: set) -> bool:
    """Words whose event sense is a verb or a set phrase ("mass troops", "station troops" are
    MOBILIZE, not "mass deportations" or "a police station"; "asylum seekers" are given nothing),
    and participles modifying a noun that is no trigger ("*Jailed* Activist on Hunger Strike")."""
    if etype == "MOBILIZE" and _plain(tok) in ("mass", "station") and tok.pos_ != "VERB":
        return True
    if etype == "REQUEST" and sought_culprits(tok):
        return True                  # "police seek suspects": a search, no one is asked
    if etype == "PROTEST" and _plain(tok) == "riot" and tok.dep_ in ("compound", "amod") \
            and _plain(tok.head) in _RIOT_GEAR:
        return True                  # "riot police", "riot gear": no riot
    if etype == "PROTEST" and tok.dep_ == "compound" and _plain(tok.head) in _ORGANISERS:
        return True                  # "protest leaders agreed to ...": who they are, no event
    if etype == "ASSAULT" and tok.dep_ in ("compound", "amod") and _plain(tok.head) in _ARMS:
        return True                  # "attack helicopters", "strike aircraft": weapons
    if etype == "COOPERATE" and tok.dep_ == "compound" and _plain(tok) in _TRADE_WORDS \
            and _plain(tok.head) not in _TRADE_EVENTS:
        return True                  # "an export ban", "import duties": what is traded, no trade
    if etype in ("SUPPORT", "ACCUSE", "REJECT") and _plain(tok) in ("approve", "disapprove",
                                                                     "oppose", "support") \
            and _poll_answer(tok):
        return True                  # "51 percent of voters disapprove": an opinion poll
    if etype == "AID" and tok.dep_ == "compound" and (_plain(tok.head) in ("seeker", "seek")
                                                      or _plain(tok.head) in _AID_BODIES):
        return True                  # "asylum seekers", "the aid agency", "aid workers"
    if _argument_bound(tok, etype) is False:
        return True
    if no_event_sense(tok, etype):
        return True                  # economy, sport, hazards, titles (see wrong_senses)
    if etype in ("CONSULT", "REQUEST") and _plain(tok) == "call" and tok.pos_ == "NOUN" \
            and tok.dep_ == "pobj" and tok.head.lower_ == "at":
        return True                  # "at the call of the unions": who convened, no phone call
    if etype in ("CONCEDE", "RETREAT", "SANCTION") and _plain(tok) in _CONCLUDING \
            and _with_of([a for a in _arguments(tok) if a.dep_ != "nsubj"]) & _MEETING_WORDS:
        return True                  # "ended three days of talks": the talks are the CONSULT
    if etype == "ASSAULT" and (_harm_by_disaster(tok) or _fire_service(tok)):
        return True
    if etype == "AGREE" and _shares_view(tok):
        return True                  # "said they agree with the panel that ...": an opinion
    if etype in ("CONCEDE", "RETREAT") and violated_truce(tok):
        return True                  # "violated the ceasefire": the violation is the event
    if etype in ("COERCE", "SANCTION", "THREATEN") and defied_norm(tok):
        return True                  # "violated a ban": the defiance is the event
    if wrong_sense_attack(tok) and etype not in ("CONCEDE", "REJECT") or (
            etype in ("AGREE", "COOPERATE") and _object_of_wrong_sense(tok)):
        return True                  # "killed the bill" is no attack; "scrapped plans" concedes
    if etype in ("THREATEN", "AGREE") and any(
            c.dep_ == "xcomp" and wrong_sense_attack(c) for c in tok.children):
        return True                  # "vowed to fight inflation": no threat of force
    return tok.pos_ in ("VERB", "PROPN") and _adjectival_participle(tok) \
        and tok.head.i not in candidates


#: Approving a material measure is deciding on it: the measure is the event ("approved a loan",
#: "authorised sanctions", "approved the deployment of troops"); approving a deal stays SUPPORT.
_AUTHORIZING = frozenset(("approve", "authorize", "authorise", "sanction", "greenlight"))
_AUTHORIZED = frozenset(("AID", "SANCTION", "MOBILIZE", "COERCE"))


def objects_of_events(tokens: list, labels: list, keep: list) -> None:
    """Drop (``keep[n] = False``) the words that are another kept event's object: a protest
    suspended or ended ("suspended the *protests*"), a complaint withdrawn, and a light verb's
    event noun's light verb, also where a title-case headline parses that noun as a proper noun
    ("*Launches* Inquiry") or the verb as its modifier ("*Launches* Commission")."""
    ended = {_ended_dissent(tokens[m]).i for m in range(len(tokens)) if keep[m]
             and labels[m][0] == "CONCEDE" and _ended_dissent(tokens[m]) is not None}
    dropped = {_dropped_complaint(tokens[m]).i for m in range(len(tokens)) if keep[m]
               and labels[m][0] == "CONCEDE" and _dropped_complaint(tokens[m]) is not None}
    index = {t.i: m for m, t in enumerate(tokens)}
    for n, tok in enumerate(tokens):
        if not keep[n]:
            continue
        if (labels[n][0] == "PROTEST" and tok.i in ended) or \
                (labels[n][0] == "ACCUSE" and tok.i in dropped):
            keep[n] = False
        elif tok.dep_ in ("nsubj", "ccomp", "acomp", "oprd") and tok.head.i in index \
                and keep[index[tok.head.i]] and (
                    (labels[n][0] == "ASSAULT" and labels[index[tok.head.i]][0] == "RETREAT"
                     and _argument_bound(tok.head, "RETREAT"))
                    or (labels[n][0] == labels[index[tok.head.i]][0] == "SANCTION"
                        and _plain(tok) == "guilty")):
            keep[n] = False          # "the fighting ceased", "found him guilty": one event
        elif labels[n][0] == "SUPPORT" and _plain(tok) in _AUTHORIZING and any(
                c.dep_ == "dobj" and c.i in index and keep[index[c.i]]
                and labels[index[c.i]][0] in _AUTHORIZED for c in tok.children):
            keep[n] = False          # "approved a loan to Sri Lanka": the loan is the AID
        elif _plain(tok) in LIGHT_VERBS or tok.lemma_.lower() in LIGHT_VERBS:
            nouns = [tok.head] if tok.dep_ == "compound" else \
                [c for c in tok.children if c.dep_ == "dobj"]
            if any(t.i in index and keep[index[t.i]] and t.pos_ in ("NOUN", "PROPN")
                   for t in nouns):
                keep[n] = False

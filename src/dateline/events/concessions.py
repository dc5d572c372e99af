"""PLOVER CONCEDE read off the parse: yielding to demands, reversing one's own measure, future
retreats, and what was conceded (a sentence, a conviction, a bill) as that concession's object.

PLOVER manual, CONCEDE (verbal concessions "including the promise of future concessions such
easing of administrative or legal restrictions on persons and organizations, removing curfews,
suspending protests, and declarations ... of ceasefires and withdrawals from territory"; pardons
and amnesties; "Announcements of future retreats should be coded as CONCEDE"). Plain predicates
over spaCy tokens, used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _particle, _plain, _undergoer, headline_infinitive
from dateline.events.cues import _arguments, _with_of
from dateline.events.plover_rules import _CEASEFIRE, _DEMANDS, _ended_dissent
from dateline.events.yielding import CIVIL_RULE, HALTABLE_ATTACKS, stops_attacks

#: Words that accept or meet a demand ("accepted the demands", "agreed to their demands").
_GRANTING = frozenset(("accept", "agree", "meet", "grant", "satisfy", "heed", "fulfil",
                       "fulfill", "consent", "accede", "give", "bow", "yield", "cave", "concede",
                       "submit", "succumb", "relent"))


def accepts_demand(tok: Token) -> bool:
    """"Government accepts demands of striking doctors", "agrees to opposition demands": PLOVER
    CONCEDE (yielding to a demand), not an AGREE to cooperate."""
    if _plain(tok) not in _GRANTING:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "into")
                for g in p.children if g.dep_ == "pobj"]
    return any(_plain(o) in _DEMANDS or o.lower_ in _DEMANDS for o in objects)


def agrees_to_truce(tok: Token) -> bool:
    """"Rebels agree to a ceasefire", "accepted the truce": an agreement to stop fighting is
    the declaration of a ceasefire (PLOVER CONCEDE: "declarations (but not implementations) of
    ceasefires"), not an AGREE to cooperate."""
    if _plain(tok) not in ("agree", "accept", "consent", "commit"):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "xcomp")]   # "Agree to/aux Truce/xcomp"
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                for g in p.children if g.dep_ == "pobj"]
    return any(_plain(o) in _TRUCES or o.lower_ in _TRUCES for o in objects)


#: A government's own measure: withdrawing, cancelling or reversing it concedes (PLOVER CONCEDE:
#: "easing of administrative or legal restrictions").
_MEASURES = frozenset(("bill", "law", "decree", "policy", "plan", "proposal", "order", "reform",
                       "regulation", "rule", "measure", "tax", "levy", "hike", "rise", "increase",
                       "amendment", "directive", "ordinance", "legislation", "ban", "restriction",
                       "curfew", "charge", "tariff", "fee", "price",
                       # coercive measures (PLOVER COERCE) a government takes back
                       "lockdown", "crackdown", "arrest", "arrests", "deportation",
                       "deportations", "blockade", "censorship", "shutdown", "blackout",
                       "eviction", "evictions", "detention", "detentions", "emergency",
                       "sanction", "sanctions", "embargo", "closure", "restrictions",
                       "martial", "demolition", "demolitions", "expulsion", "expulsions"))
_REVERSING = frozenset(("withdraw", "cancel", "scrap", "shelve", "abandon", "drop", "reverse",
                        "rescind", "revoke", "repeal", "annul", "retract", "overturn", "quash",
                        "commute", "suspend", "postpone", "end", "halt", "stop", "lift",
                        "ease", "relax", "cease", "unblock", "loosen"))


_ENDING_NOUNS = frozenset(("end", "lifting", "removal", "easing", "relaxation", "suspension",
                           "repeal", "cancellation", "withdrawal", "scrapping"))


def ended_measure(tok: Token) -> bool:
    """"Announce an end to the curfew", "the lifting of sanctions": the measure named as what
    is ended is that CONCEDE (PLOVER: "removing curfews", easing restrictions)."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("to", "of", "on"):
        return False
    return _plain(head.head) in _ENDING_NOUNS and head.head.pos_ in ("NOUN", "PROPN")


def reverses_measure(tok: Token) -> bool:
    """"Withdrew the contested bill", "cancels fuel price rise", "overturns the conviction": a
    measure of one's own taken back (CONCEDE), not a military withdrawal (RETREAT) nor a
    cancelled meeting (REJECT)."""
    if _plain(tok) not in _REVERSING:
        return False
    args = [a for a in _arguments(tok) if a.dep_ != "nsubj" or _undergoer(a)]
    if any(_plain(a) in _MEASURES or a.lower_ in _MEASURES for a in args):
        return True
    # "ended the state of emergency", "lifted the state of siege"
    return any(_plain(a) == "state" for a in args) and bool(_with_of(args) & _STATES_OF)


_STATES_OF = frozenset(("emergency", "siege", "alert", "exception"))

#: Positions one may back away from ("retreated from its hardline stance", "pulled back from
#: the plan", "backed away from the threat").
_STANCES = _MEASURES | frozenset(("stance", "demand", "demands", "threat", "threats",
                                  "claim", "claims", "insistence", "ultimatum", "objection",
                                  "objections", "opposition", "veto", "hardline",
                                  "decision", "plans", "pledge", "vow", "commitment", "promise",
                                  "refusal", "condition", "conditions", "precondition",
                                  "preconditions"))       # not "positions": "pulled back from
#                                                            their positions near the border"
_BACKING_OFF = frozenset(("pull", "retreat", "back", "step", "walk", "withdraw", "climb", "row",
                          "move", "shift", "retract"))


def backs_off(tok: Token) -> bool:
    """"Retreated from its hardline stance", "pulls back from plan to raise tariffs", "backs away
    from threat to expel diplomats": giving up a position or a measure of one's own (PLOVER
    CONCEDE; compare "softening a stance"), no military RETREAT and no SUPPORT."""
    if _plain(tok) not in _BACKING_OFF and tok.lower_ not in _BACKING_OFF:
        return False
    heads = [tok] + [c for c in tok.children if c.dep_ in ("advmod", "prt")]  # "back/advmod from"
    if any(c.dep_ == "dobj" and _plain(c) in _STANCES - _MEASURES for c in tok.children) and \
            _plain(tok) in ("withdraw", "retract"):
        return True                  # "withdraws its demand for compensation"
    return any(g.dep_ == "pobj" and (_plain(g) in _STANCES or g.lower_ in _STANCES)
               for h in heads for p in h.children
               if p.dep_ == "prep" and p.lower_ in ("from", "on", "off")
               for g in p.children)


#: What a reversal or a pardon takes back: the sentence or verdict itself is no new SANCTION.
_VERDICTS = frozenset(("sentence", "conviction", "verdict", "ruling", "penalty", "fine", "ban",
                       "curfew", "sanction", "embargo", "restriction", "charge", "lockdown",
                       "emergency", "siege"))


def reversed_object(tok: Token, concessions: set) -> bool:
    """``tok`` names the measure a kept CONCEDE word takes back ("commutes the death *sentence*",
    "overturns the *conviction*", "lifts *sanctions*"): the object of that event, not its own."""
    if not {_plain(tok), tok.lower_, tok.lower_[:-1]} & _VERDICTS:
        return False
    if any(c.dep_ == "compound" and c.i in concessions and c.i < tok.i for c in tok.children):
        return True                  # title case: "Commutes/compound Death Sentences"
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "of", "to"):
        head = head.head
        if _plain(head) == "state" and head.dep_ in ("dobj", "nsubjpass"):
            head = head.head         # "ended the state of *emergency*"
    elif tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in head.children):
        pass                         # a headline's passive: "Curfew/nsubj Lifted In Capital"
    elif tok.dep_ not in ("dobj", "nsubjpass", "compound"):
        return False
    return head.i in concessions


_FUTURE_AUX = frozenset(("will", "would", "shall", "'ll", "'d"))
_ANNOUNCING = frozenset(("announce", "say", "declare", "decide", "state", "confirm", "tell",
                         "pledge", "promise", "vow", "agree", "commit", "offer", "plan"))


#: Nouns that announce what is to come ("announced *plans* to release detainees", "a *pledge* to
#: withdraw").
_INTENT_NOUNS = frozenset(("plan", "plans", "pledge", "promise", "offer", "commitment", "decision",
                           "intention", "vow", "readiness", "willingness", "proposal"))
#: Retreats whose announcement the manual names a CONCEDE: "withdrawals from territory" (and
#: releases, resignations, surrenders: "Announcements of future retreats should be coded as
#: CONCEDE"). An agreed disarmament or ceasefire stays a RETREAT + future (AGREE: "Future
#: cooperative actions of type RETREAT + future ... should be left as they are"), as the NGEC
#: stories code them too.
_PULLING_BACK = frozenset(("withdraw", "withdrawal", "pull", "pullout", "pullback", "retreat",
                           "leave", "vacate", "evacuate", "quit", "abandon", "release", "free",
                           "resign", "step", "surrender", "cede", "relinquish", "hand",
                           "return"))
#: Withdrawal nouns whose declaration or timetable announces a future retreat.
_WITHDRAWAL_NOUNS = frozenset(("withdrawal", "pullout", "pull-out", "pullback", "retreat"))
#: What fixes a future withdrawal ("a timetable for the withdrawal", "plans a phased pullout").
_SCHEDULING = frozenset(("timetable", "date", "deadline", "schedule", "plan", "plans", "roadmap"))


def future_retreat(tok: Token, promised: bool) -> bool:
    """An announced or promised future retreat ("announced it would withdraw its troops",
    "pledges to withdraw", "will release the prisoners", "announced plans to free the
    detainees"): PLOVER codes RETREAT + future as CONCEDE (manual, CONCEDE
    and RETREAT, potential ambiguities: "Announcements of future retreats should be coded as
    CONCEDE"): withdrawal, release, resignation."""
    if _plain(tok) not in _PULLING_BACK and not stops_attacks(tok):
        return False                 # "says it will stop attacks": a declared ceasefire
    if promised:
        return True
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if aux & {"will", "shall", "'ll"} or headline_infinitive(tok):
        return True                  # "Army to pull troops out of border villages"
    if aux & _FUTURE_AUX and tok.dep_ in ("ccomp",) and _plain(tok.head) in _ANNOUNCING:
        return True              # "said it would withdraw"
    if declared_withdrawal(tok):
        return True              # "declares withdrawal from", "timetable for troop withdrawal"
    if tok.dep_ == "xcomp" and _plain(tok.head) == "decide":
        return True              # "decides to withdraw from the territory"
    if tok.dep_ == "acl" and "to" in aux and _plain(tok.head) in _INTENT_NOUNS:
        return True              # "announced plans to release the detainees"
    return tok.dep_ == "xcomp" and _plain(tok.head) in _ANNOUNCING


_GIVING = frozenset(("grant", "give", "offer", "issue", "extend", "award", "announce", "declare"))


def grants_concession(tok: Token, concessions: set) -> bool:
    """"President grants amnesty to jailed protesters", "offers concessions": the verb only
    carries the concession its object names (PLOVER CONCEDE: "formal pardons ... and amnesties"),
    no AID or AGREE of its own."""
    if _plain(tok) not in _GIVING:
        return False
    if tok.dep_ == "compound" and tok.head.i in concessions:
        return True                  # title case: "Grants/compound Amnesty"
    return any(c.dep_ == "dobj" and c.i in concessions for c in tok.children)


_STRIKERS = frozenset(("striker", "strikers", "worker", "workers", "employee", "employees",
                       "teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "miner",
                       "miners", "driver", "drivers", "union", "unions", "staff", "farmer",
                       "farmers", "student", "students", "protester", "protesters"))


def back_to_work(tok: Token) -> bool:
    """"Strikers return to work", "teachers go back to class": a strike ended (PLOVER CONCEDE,
    "suspending protests"), no RETREAT."""
    if _plain(tok) not in ("return", "go", "head"):
        return False
    back = any(g.dep_ == "pobj" and g.lower_ in ("work", "class", "classes", "school", "duty",
                                                  "jobs", "job", "fields", "mines", "classroom",
                                                  "classrooms", "posts", "post", "wards", "desks",
                                                  "lessons", "schools", "hospitals", "offices",
                                                  "factories", "factory", "routes")
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children)
    subjects = _subjects_of(tok)
    return back and any(_striker(s) for s in subjects)


def _striker(tok: Token) -> bool:
    """Strikers or protesters: "strikers", "the union", "striking dockers"."""
    return tok.lower_ in _STRIKERS or _plain(tok) in _STRIKERS or any(
        c.dep_ == "amod" and c.lower_ in ("striking", "protesting") for c in tok.children)


def _subjects_of(tok: Token) -> list[Token]:
    """The verb's subjects, or those of the verb whose infinitive it is ("strikers agreed to
    return to work")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ in ("xcomp", "conj"):
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]   # "strikers accept
    if not subjects:                 # the deal, *return* to work"; a headline misparse:
        # "Striking Miners/compound Return"
        subjects = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return subjects


#: Verbs of a crowd going home: "protesters agreed to leave the square".
_DISPERSING = frozenset(("leave", "disperse", "vacate", "clear", "quit", "abandon", "dismantle"))


def protest_given_up(tok: Token) -> bool:
    """"Protesters agree to leave the square", "strikers agree to return to work": an agreement
    to end a protest is a CONCEDE ("suspending protests"; a promised concession does not reduce
    to AGREE)."""
    if _plain(tok) not in ("agree", "promise", "pledge", "vow", "offer", "decide", "consent",
                           "accept", "deal", "agreement", "sign", "reach"):
        return False
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
    heads += [c for c in tok.children if c.dep_ == "dobj"]         # "signs *deal* to end protests"
    if any((c.dep_ in ("advcl", "xcomp") and (c.tag_ == "VBG" or any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) or c.dep_ in ("acl", "relcl"))
           and _ended_dissent(c) is not None for h in heads for c in h.children):
        return True                  # "union accepts pay offer, *ending* the strike"
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not any(_striker(s) for s in subjects):
        return False
    return any(c.dep_ == "xcomp" and (_plain(c) in _DISPERSING or back_to_work(c))
               for c in tok.children)


#: Rights, freedoms and statuses whose granting or restoring eases a restriction or yields
#: power (PLOVER CONCEDE: "easing of administrative or legal restrictions on persons and
#: organizations"; CAMEO 08, "yield", with its "ease ... restrictions", "accede to demands for
#: ... change in leadership" and "grant ... rights" codes).
_FREEDOMS = frozenset(("internet", "access", "right", "rights", "freedom", "freedoms", "liberty",
                       "liberties", "service", "services", "connection", "connectivity", "data",
                       "network", "broadcast", "broadcasts", "broadcasting", "license", "licence",
                       "accreditation", "status", "autonomy", "independence", "self-rule",
                       "citizenship", "passport", "passports", "amnesty", "pardon", "clemency",
                       "bail", "parole", "concession", "concessions", "suffrage", "permit",
                       "permits", "registration", "legality", "legitimacy"))
#: What a ruler yields ("handed power to a civilian government", "ceded control").
_POWER = frozenset(("power", "sovereignty", "control", "authority", "autonomy", "independence",
                    "self-rule", "presidency", "leadership", "office", "rule"))
#: People a government dismissed, barred or exiled, whose reinstatement or return it allows.
_DISMISSED = frozenset(("judge", "official", "officer", "worker", "employee", "teacher", "lecturer",
                        "journalist", "lawmaker", "legislator", "mp", "member", "staff", "minister",
                        "governor", "mayor", "prosecutor", "professor", "student", "editor",
                        "exile", "dissident", "candidate", "party", "parties", "doctor",
                        "nurse"))
#: Dissent a government may allow ("allowed the opposition to rally", "permits protests").
_DISSENT = frozenset(("opposition", "protester", "protesters", "protest", "protests", "rally",
                      "rallies", "demonstration", "demonstrations", "demonstrator", "gathering",
                      "gatherings", "party", "parties", "media", "journalist", "journalists",
                      "press", "newspaper", "newspapers", "union", "unions", "activist",
                      "activists", "candidate", "candidates", "critic", "critics", "dissident",
                      "dissidents", "exile", "exiles", "worship", "march", "marches", "strike",
                      "strikes", "campaign", "campaigning", "dissent", "assembly"))
#: Failings one admits or takes the blame for (PLOVER CONCEDE: "Expressions of regret").
_FAILINGS = frozenset(("mistake", "mistakes", "error", "errors", "responsibility", "wrongdoing",
                       "fault", "faults", "blame", "guilt", "failure", "failures", "failing",
                       "failings", "liability", "culpability", "negligence", "misconduct"))

#: Outcomes and scrutiny a party accepts (CAMEO 08 "yield": "accepts defeat", "accepted an
#: independent inquiry").
_OUTCOMES = frozenset(("defeat", "inquiry", "investigation", "probe", "verdict", "ruling",
                       "result", "results", "outcome", "loss", "audit", "recount"))

#: Words that concede only with these objects (argument-bound CONCEDE entries of the lexicon).
_BOUND = {"restore": _FREEDOMS | CIVIL_RULE, "reinstate": _FREEDOMS | _DISMISSED, "cede": _POWER,
          "restoration": _FREEDOMS | CIVIL_RULE, "reinstatement": _FREEDOMS | _DISMISSED,
          "hand": _POWER, "transfer": _POWER, "grant": _FREEDOMS | _POWER,
          "admit": _FAILINGS, "acknowledge": _FAILINGS, "accept": _FAILINGS | _OUTCOMES,
          "allow": _DISSENT, "permit": _DISSENT}


def _objects(tok: Token) -> list[Token]:
    """What the verb acts on: its objects (with their conjuncts and "of" nouns: "access to the
    internet" is read from "access"), the subject of an infinitive it governs ("allowed the
    opposition to rally"), its passive subject, and in title case the noun it modifies."""
    out = [c for c in tok.children if c.dep_ in ("dative", "attr") or _undergoer(c)]
    for x in tok.children:
        if x.dep_ in ("xcomp", "ccomp"):
            out += [c for c in x.children if c.dep_ in ("nsubj", "dobj")]
            out.append(x)                       # "allowed protests to *go* ahead": the verb
    if tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.pos_ == "VERB"):
        out.append(tok.head)                    # "Restores/compound Internet Access"
    if tok.pos_ in ("NOUN", "PROPN"):           # "the reinstatement of the judges"
        out += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    out += [g for o in list(out) for g in o.children if g.dep_ in ("conj", "compound")]
    return out


def concedes_by_object(tok: Token) -> Optional[bool]:
    """Whether a word that concedes only with certain objects does so here: "restored internet
    access", "reinstated the dismissed judges", "admits mistakes", "accepts responsibility",
    "allowed the opposition to rally", "grants autonomy", "hands power to civilians" (None: not
    such a word). Not "restored order", "accepted the offer", "allowed aid convoys in"."""
    words = _BOUND.get(_plain(tok))
    if words is None:
        return None
    return any(_plain(o) in words or o.lower_ in words for o in _objects(tok))


#: Third parties whose entry a party to a conflict allows (PLOVER RETREAT, mode access:
#: "allowing the entry of observers, peacekeepers, or humanitarian workers").
_THIRD_PARTIES = frozenset(("observer", "inspector", "monitor", "peacekeeper", "investigator",
                            "humanitarian", "aid", "convoy", "cross", "crescent", "icrc", "un",
                            "rapporteur", "mission", "relief"))
_LETTING = frozenset(("grant", "allow", "permit", "give", "let", "authorize", "authorise", "admit"))


def grants_access(tok: Token) -> bool:
    """"The junta granted Red Cross inspectors access to the prisons", "allowed UN observers into
    Tigray", "let aid convoys enter": a third party let in is PLOVER RETREAT (access), where
    "restored internet access" eases a restriction (CONCEDE)."""
    if _plain(tok) not in _LETTING:
        return False
    let_in = [g for o in _objects(tok) for g in o.subtree if g.i != tok.i]
    return any(_plain(g) in _THIRD_PARTIES or g.lower_ in _THIRD_PARTIES for g in let_in)


#: Truces called, agreed to or accepted.
_TRUCES = _CEASEFIRE | frozenset(("cease-fire", "pause"))


def calls_truce(tok: Token) -> bool:
    """"The rebels called a truce for the holiday": calling a truce declares it (PLOVER
    CONCEDE: "declarations ... of ceasefires"), where "called *for* a truce" asks for one."""
    if _plain(tok) != "call" or any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "off")
                                    for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in _TRUCES or _plain(c) in _TRUCES)
               for c in tok.children)


#: What "an end to" ends when a party declares it: hostilities, its campaign, its protest.
_ENDED = frozenset(("hostilities", "fighting", "war", "violence", "conflict", "attacks",
                    "clashes", "insurgency", "rebellion", "campaign", "strike", "strikes",
                    "protest", "protests", "boycott", "blockade", "siege", "curfew", "ban",
                    "sanctions", "embargo", "occupation", "restrictions", "lockdown",
                    "struggle", "offensive", "operations", "bombing", "bombings", "airstrikes",
                    "shelling", "raids", "uprising", "resistance", "revolt", "standoff"))


def end_to(tok: Token) -> Optional[bool]:
    """Whether the noun "end" names an ending here (None: not that noun): "declared an end to
    hostilities", "announced an end to the curfew"; "at the end of the month" is none."""
    if _plain(tok) != "end" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.lower_ in _ENDED or _plain(g) in _ENDED) for g in p.children)
        for p in tok.children)


_EMPATHY = frozenset(("condolence", "condolences", "sympathy", "sympathies", "sorrow", "grief",
                      "sadness"))


def regret_as_concession(tok: Token) -> Optional[bool]:
    """Whether a noun of regret is PLOVER's CONCEDE ("expressions of regret or remorse for an
    action") and not sympathy (None: not such a noun): "extends condolences and regret to the
    Belgian government" is an empathetic comment (CAMEO 018), no concession."""
    if _plain(tok) not in ("regret", "remorse") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    near = [tok.head] + list(tok.conjuncts) + [c for c in tok.children if c.dep_ == "conj"]
    return not any(_plain(t) in _EMPATHY or t.lower_ in _EMPATHY for t in near)


#: Political reforms a government may accede to (CAMEO 083, "accede to requests or demands for
#: political reform": change of leadership, policy, rights, institutions), which PLOVER's CONCEDE
#: covers as "the promise of future concessions".
_REFORMS = frozenset(("reform", "reforms", "election", "elections", "referendum", "recount",
                      "autonomy", "power-sharing", "sharing", "power", "rights", "right",
                      "transition", "self-rule", "self-determination", "devolution",
                      "federalism", "limit", "limits", "constitution", "amendment",
                      "independence", "language", "status", "vote", "ballot", "cabinet",
                      "government", "rule", "party", "parties", "union", "unions",
                      "opposition", "monitoring", "monitors", "observers", "conditions",
                      "condition"))
_ENACTING = frozenset(("hold", "share", "recognize", "recognise", "respect", "grant", "include",
                       "restore", "introduce", "implement", "enact", "guarantee", "allow",
                       "review", "amend", "postpone", "delay", "call", "accept", "hand", "give",
                       "cede", "return", "form", "open", "launch", "order", "establish", "set"))
#: Verbs that change a policy or an institution (CAMEO 0832, 0834).
_REFORMING = frozenset(("reform", "democratize", "democratise", "liberalize", "liberalise",
                        "review", "amend", "reconsider", "revise", "rethink", "overhaul",
                        "decentralize", "decentralise"))
_PROMISING = frozenset(("agree", "offer", "promise", "pledge", "vow", "commit", "consent",
                        "accept"))


#: Who holds the power a reform gives up.
_RULERS = frozenset(("government", "president", "junta", "regime", "authorities", "authority",
                     "ruler", "king", "queen", "monarch", "military", "army", "premier",
                     "minister", "administration", "council", "cabinet", "parliament",
                     "congress", "governor", "mayor", "emir", "sultan", "chancellor", "state",
                     "leader", "dictator", "ministry", "court"))


def _ruler(subject: Token) -> bool:
    """The subject holds power: a government, a ruler, a country, the ruling party."""
    if subject.ent_type_ == "GPE" and not any(c.dep_ == "conj" for c in subject.children):
        return True
    return _plain(subject) in _RULERS or subject.lower_ in _RULERS or any(
        c.lower_ == "ruling" for c in subject.children)


def reform_conceded(tok: Token) -> bool:
    """"Government agrees to hold early elections", "offers to share power with the opposition",
    "agrees to autonomy for the region", "accepts an independent inquiry": acceding to a
    political reform (CAMEO 083, PLOVER CONCEDE: "promise of future concessions"), not an AGREE
    to cooperate. Not "agreed to hold talks" (a future meeting, AGREE)."""
    if _plain(tok) not in _PROMISING:
        return False
    subjects = [s for s in tok.children if s.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":
        subjects = [s for s in tok.head.children if s.dep_ == "nsubj"]   # "bows ..., agrees to"
    if not any(_ruler(s) for s in subjects):
        return False                 # "rival parties agree on power-sharing": a mutual AGREE
    nouns = [c for c in tok.children if c.dep_ == "dobj"
             or c.dep_ == "xcomp" and c.pos_ == "NOUN"]     # "Agrees to/aux Autonomy/xcomp"
    nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
              for g in p.children if g.dep_ == "pobj"]
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and _plain(c) in _REFORMING:
            return True              # "agrees to reform the police", "to review the law"
        if c.dep_ in ("xcomp", "ccomp") and _plain(c) == "share" and any(
                g.lower_ in ("opposition", "rivals", "minority", "minorities")
                for p in c.children if p.dep_ == "prep" for g in p.children):
            return True              # "agrees to share seats with the opposition"
        if c.dep_ in ("xcomp", "ccomp") and _plain(c) in _ENACTING:
            nouns += [g for g in c.children if g.dep_ in ("dobj", "nsubjpass")]
            nouns += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                      and _plain(c) == "share" for g in p.children if g.dep_ == "pobj"]
            if _plain(c) == "share" and any(g.lower_ == "power" for g in c.children):
                return True
    words = [t for n in nouns for t in [n, *(c for c in n.children
                                               if c.dep_ in ("compound", "amod"))]]
    return any(t.lower_ in _REFORMS or _plain(t) in _REFORMS for t in words)


#: Attacks one may suspend ("suspended its bombing campaign", "pauses airstrikes").
_ATTACKS = HALTABLE_ATTACKS
_PAUSING = frozenset(("suspend", "suspension", "halt", "pause", "stop", "freeze", "end",
                      "scale"))


def halts_attacks(tok: Token) -> bool:
    """"The military suspended its bombing campaign", "pauses airstrikes for the holiday",
    "scales back operations": attacks suspended (PLOVER CONCEDE, as "suspending protests" and
    declared ceasefires), not a SANCTION nor the attack itself."""
    doc = tok.doc
    if tok.lower_ == "back" and tok.i > 0 and doc[tok.i - 1].lower_.startswith("scal"):
        # "Army Scales Back Operations": whatever the title-case parse, the next words say
        return any(t.lower_ in _ATTACKS for t in doc[tok.i + 1:min(tok.i + 4, len(doc))])
    if _plain(tok) not in _PAUSING:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "on", "to")
                for g in p.children if g.dep_ in ("pobj", "xcomp")]     # "a halt to the offensive"
    objects += [c for c in tok.children if c.dep_ == "xcomp" and c.lower_ in _ATTACKS]
    return any(_plain(o) in _ATTACKS or o.lower_ in _ATTACKS for o in objects)


#: Crowds whose leaving ends a protest.
_CROWDS = frozenset(("protester", "protesters", "protestor", "protestors", "demonstrator",
                     "demonstrators", "striker", "strikers", "activist", "activists", "student",
                     "students", "farmer", "farmers", "trucker", "truckers", "supporter",
                     "supporters", "occupier", "occupiers", "picketer", "picketers", "marcher",
                     "marchers", "worker", "workers", "miners", "crowd", "crowds"))
#: What protesters leave, clear or end: the place or the means of their protest.
_PROTEST_SITES = frozenset(("square", "campus", "grounds", "camp", "camps", "barricade",
                            "barricades", "picket", "pickets", "occupation", "road", "roads",
                            "highway", "highways", "building", "ministry", "capital", "street",
                            "streets", "tent", "tents", "blockade", "blockades", "sit-in",
                            "encampment", "roadblock", "roadblocks", "site", "office", "offices",
                            "parliament", "plaza", "park", "bridge", "border", "port", "rigs",
                            "tractors", "trucks", "vehicles"))
_LEAVING_SITE = frozenset(("vacate", "leave", "withdraw", "retreat", "pull", "end", "clear",
                           "dismantle", "abandon", "disperse", "lift", "remove", "move", "quit",
                           "evacuate", "depart", "go", "head", "return"))


def protesters_leave(tok: Token) -> bool:
    """"Protesters vacate the square after a deal", "activists end their occupation of the
    ministry", "strikers withdraw pickets", "demonstrators retreat from the main square": a
    crowd ending its protest (PLOVER CONCEDE, "suspending protests"), no military RETREAT, no
    new PROTEST."""
    if _plain(tok) not in _LEAVING_SITE:
        return False
    subjects = _subjects_of(tok)
    if not any(s.lower_ in _CROWDS or _plain(s) in _CROWDS for s in subjects):
        return False
    if _plain(tok) == "disperse" and not any(c.dep_ == "dobj" for c in tok.children):
        return True                  # "supporters dispersed peacefully"
    if _plain(tok) in ("go", "head", "return") and any(c.lower_ == "home" for c in tok.children):
        return True                  # "protesters go home"
    places = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "advmod", "npadvmod")]
    places += [g for p in [*tok.children, *(c for c in tok.children if c.dep_ in ("prt", "advmod"))]
               if p.dep_ == "prep" and p.lower_ in ("from", "of", "out", "off")
               for g in p.children if g.dep_ == "pobj"]
    places += [g for o in places for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return any(p.lower_ in _PROTEST_SITES or _plain(p) in _PROTEST_SITES for p in places)


def left_in_protest(tok: Token) -> Optional[bool]:
    """For "leave", "clear" and "vacate", which concede only as a crowd ending its protest
    ("protesters vacated the square"): whether they do here (None: other words). Tenants
    leaving a building or crews clearing a road concede nothing."""
    if _plain(tok) not in ("leave", "clear", "vacate"):
        return None
    if _plain(tok) == "clear" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None                  # "cleared of all charges": an acquittal
    return protesters_leave(tok)


def declared_withdrawal(tok: Token) -> bool:
    """"Chile declares withdrawal from the disputed territory", "announces a timetable for troop
    withdrawal", "plans a phased withdrawal": PLOVER CONCEDE covers "declarations (but not
    implementations) of ... withdrawals from territory". An announced withdrawal alone stays a
    RETREAT (news uses it for one under way)."""
    if _plain(tok) not in _WITHDRAWAL_NOUNS and tok.lower_ not in _WITHDRAWAL_NOUNS:
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "compound") and _plain(head) in ("declare", "proclaim", "plan"):
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" \
            and _plain(head.head) in _SCHEDULING:
        return True
    return False


#: Claims one may give up ("renounces its claim to the islands").
_GIVING_UP = frozenset(("relinquish", "renounce", "abandon", "drop", "waive", "forgo", "forswear",
                        "surrender", "give"))


def claim_given_up(tok: Token) -> bool:
    """"Chile relinquishes its claim to the disputed islands": a claim yielded (PLOVER CONCEDE),
    not a military RETREAT."""
    if _plain(tok) not in _GIVING_UP or _plain(tok) == "give" and not _particle(tok, "up"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in ("claim", "claims") for c in tok.children)

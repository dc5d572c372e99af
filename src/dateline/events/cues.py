"""Cues over the parse that PLOVER's rules read: who riots, what is gunfire or a military strike,
a withdrawal of troops, a cut in aid or ties, an announced refusal, a denial of a claim, a
condition, a joint drill, diplomatic or material help. Plain predicates over spaCy tokens, used by
:mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token


_PROTEST_TOPIC = frozenset(("REQUEST", "REJECT", "SUPPORT", "ACCUSE"))


def _related(a: Token, b: Token) -> bool:
    """True when one token governs the other, or they share a head (same clause)."""
    return a.head == b.head or a in b.subtree or b in a.subtree or a.head in b.subtree \
        or b.head in a.subtree


_RIOTERS = frozenset(("rioter", "protester", "protestor", "demonstrator", "rioters",
                      "protesters", "demonstrators"))
#: Those whose blocking or occupying is a protest: protesters, activists, strikers.
_DISSENTERS = _RIOTERS | frozenset(("activist", "activists", "striker", "strikers", "protestors"))


def _rioters(tok: Token) -> bool:
    """True when the subject of this (ASSAULT) verb, or of the verb it is conjoined to, is protesters."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("conj", "dobj") else [])   # "threw petrol *bombs*"
    subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    # "protesters who threw stones": the relative pronoun stands for the protesters
    subjects += [h.head for h in heads for c in h.children
                 if c.dep_ == "nsubj" and c.lower_ in ("who", "that") and h.dep_ == "relcl"]
    return any(s.lemma_.lower() in _RIOTERS for s in subjects)


#: Words naming a demonstration, for violence "during a demonstration" (a violent demonstration).
_DEMO = frozenset(("demonstration", "protest", "riot", "rioting", "sit-in", "march", "protests"))
#: Modifiers that make a "strike" or "raid" military ("a drone strike", "air raids").
_MILITARY_STRIKE = frozenset(("drone", "air", "missile", "rocket", "artillery", "military", "aerial",
                              "mortar", "precision", "retaliatory", "airstrike", "naval", "uav"))


#: Violent unrest whose damage, reported after it, is the riot's own ("after the riots").
_RIOTING = frozenset(("riot", "rioting", "riots", "unrest", "looting"))


def _demonstration(noun: Token, words: frozenset = _DEMO) -> bool:
    """The noun names a demonstration, also as "a night / days / hours of rioting"."""
    if noun.lemma_.lower() in words or noun.lower_ in words:
        return True
    return noun.lemma_.lower() in ("night", "day", "hour", "week", "wave", "spate") and any(
        g.lemma_.lower() in words or g.lower_ in words
        for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


_MARCHING = frozenset(("march", "rally", "protest", "demonstrate", "picket", "riot"))


def _in_demonstration(tok: Token) -> bool:
    """"Locals clashed with police during a demonstration", "police clashed with demonstrators",
    "a police station was burned after a night of rioting": violence inside a demonstration, or
    damage reported after a riot, is a violent demonstration (PROTEST, riot mode)."""
    # "threw stones, set fire to the office and looted shops during a demonstration": a phrase
    # on one verb of a chain of conjoined acts dates them all
    heads = [tok] + [v for v in tok.conjuncts if v.pos_ in ("VERB", "AUX")]
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if c.lower_ in ("during", "in", "at", "amid") and _demonstration(g):
                    return True
                if c.lower_ in ("after", "following") and _demonstration(g, _RIOTING):
                    return True      # "a police station burned after a night of rioting"
                if c.lower_ == "with" and h.lemma_.lower() == "clash" and g.lemma_.lower() in _RIOTERS:
                    return True
        for c in h.children:         # "clashed with police as they marched on parliament"
            if c.dep_ == "advcl" and c.lemma_.lower() in _MARCHING and any(
                    m.dep_ == "mark" and m.lower_ in ("as", "while", "when") for m in c.children):
                return True
    return False


_FIRE_VERBS = frozenset(("open", "exchange", "set", "return", "trade", "direct"))


def _gunfire(tok: Token) -> bool:
    """The noun "fire" names an attack only as "opened / exchanged / set fire", not "a fire broke out"."""
    if tok.lemma_.lower() != "fire" or tok.pos_ != "NOUN":
        return True
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "cease":
        return True                  # a cease-fire
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FIRE_VERBS


#: Who strikes when the strike is an attack ("a suicide bomber struck a mosque").
_ATTACKERS = frozenset(("bomber", "bombers", "gunman", "gunmen", "militant", "militants", "rebel",
                        "rebels", "insurgent", "insurgents", "jihadist", "jihadists", "attacker",
                        "attackers", "terrorist", "terrorists", "missile", "missiles", "drone",
                        "drones", "rocket", "rockets", "jet", "jets", "warplane", "warplanes",
                        "aircraft", "bandits", "assailant", "assailants", "raiders"))


def _military_strike(tok: Token) -> bool:
    """"A drone strike", "air raids", "a suicide bomber struck the mosque": an attack, never a
    labour strike or a police raid."""
    if _plain(tok) in ("strike", "raid") and tok.pos_ in ("VERB", "PROPN") and any(
            c.dep_ == "nsubj" and (c.lower_ in _ATTACKERS or _plain(c) in _ATTACKERS)
            for c in tok.children):
        return True
    return tok.lemma_.lower() in ("strike", "raid") and tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MILITARY_STRIKE for c in tok.children)


_WITHDRAW = frozenset(("withdraw", "pull", "retreat", "leave", "evacuate", "abandon"))
_ARMED = frozenset(("troop", "force", "soldier", "rebel", "army", "fighter", "peacekeeper", "militant",
                    "militia", "unit", "battalion", "brigade", "contingent", "marine", "insurgent"))
_TERRAIN = frozenset(("town", "city", "village", "area", "region", "base", "position", "hill", "front",
                      "territory", "border", "camp", "district", "province", "zone", "bank", "port",
                      "outpost", "island", "corridor", "line", "airport", "bridge", "street",
                      "streets"))


_NON_MILITARY = frozenset(("peacekeeper", "observer", "monitor", "diplomat", "ambassador",
                           "envoy", "inspector", "staff", "aid"))


def _withdraws_resources(tok: Token) -> bool:
    """"Withdrew peacekeepers from ...": PLOVER SANCTION withdraw, "withdraw oneself or one's
    non-military resources (e.g., aid, observers, diplomats, peacekeepers)"."""
    return tok.lemma_.lower() in _WITHDRAW and any(
        c.dep_ in ("dobj", "nsubjpass") and _plain(c) in _NON_MILITARY for c in tok.children)


def _military_withdrawal(tok: Token) -> bool:
    """"Rebels withdrew from the town": a RETREAT, not a SANCTION's withdrawal from a treaty."""
    if tok.lemma_.lower() not in _WITHDRAW:
        return False
    if _withdraws_resources(tok):
        return False
    heads = [tok] + ([tok.head] if tok.dep_ in ("conj", "xcomp") else [])
    for head in heads:
        for child in head.children:
            if (child.dep_ in ("nsubj", "nsubjpass") or child.dep_ == "compound"
                    and child.i < head.i) and child.lemma_.lower() in _ARMED:
                return True          # also a headline's "Army/compound Withdraws"
            if child.dep_ in ("prep", "prt") or child.dep_ == "dobj":
                objects = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"]
                for obj in objects:
                    if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in _TERRAIN:
                        return True
                    if child.dep_ == "dobj" and (_plain(obj) in _ARMED
                                                 or _plain(obj).rstrip("s") in _ARMED) \
                            and _plain(obj).rstrip("s") != "peacekeeper":
                        return True          # "will withdraw (its) forces"; peacekeepers
                        #                      withdrawn are a SANCTION (manual, mode withdraw)
    return False


#: Lemmas that, embedded under "agree / promise / pledge to ...", name a concession (PLOVER
#: CONCEDE: ease, lift, halt or reverse a policy, restriction or action).
_CONCESSION = frozenset(("halt", "stop", "cease", "end", "lift", "ease", "relax", "loosen", "drop",
                         "suspend", "reverse", "scrap", "abandon", "waive", "pardon", "unban",
                         "reopen", "remove", "concede", "compromise", "rescind", "revoke", "freeze",
                         "curb", "limit", "reduce", "allow", "let", "release", "apologize", "apologise",
                         # an announced retreat is a CONCEDE (PLOVER: "announced ... would
                         # withdraw troops"), also where the headline model misses the retreat
                         "withdraw", "retreat", "disarm", "demobilize", "demobilise", "disband",
                         "vacate", "surrender", "cede", "free"))
#: Types whose conditional / promised use is a THREATEN ("to detain journalists if ...").
_COERCIVE = frozenset(("ASSAULT", "COERCE", "SANCTION"))
#: Lemmas of coercive actions (for title-case headlines the lexicon misses).
_COERCIVE_WORDS = frozenset(("arrest", "detain", "jail", "imprison", "ban", "attack", "bomb",
                             "bombing", "strike", "invade", "expel", "deport", "sanction", "punish",
                             "prosecute", "retaliate", "retaliation", "crackdown", "kill", "shut",
                             "seize", "renew", "resume"))
_CYBER = frozenset(("hacker", "hackers", "hack", "hacked", "hacking", "cyber", "cyberattack",
                    "cyberattacks", "cyber-attack", "cyber-attacks", "ransomware", "malware",
                    "ddos", "phishing", "cybersecurity"))
_JOINT_DRILL = frozenset(("exercise", "drill", "training", "maneuver", "manoeuvre", "wargame"))


#: Types of a measure that can be lifted or refused, and the types that lift or refuse it.
_LIFTED = frozenset(("COERCE", "SANCTION"))
#: PLOVER SANCTION ("all reductions in existing, routine, or cooperative relations"; modes
#: withdraw / discontinue): a cut in aid, ties or trade is a SANCTION, not an AID or a CONCEDE.
_REDUCING = frozenset(("suspend", "suspension", "cut", "reduce", "reduction", "halt", "freeze",
                       "stop", "withhold", "curtail", "terminate", "termination", "slash",
                       "sever", "downgrade", "scale", "cancel", "cancellation", "end", "break"))
_TIES = frozenset(("aid", "assistance", "funding", "fund", "loan", "grant", "cooperation", "tie",
                   "relation", "trade", "delivery", "shipment", "investment", "export", "import",
                   "mediation", "subsidy", "donation", "link"))
_PASSING = frozenset(("of", "on", "to", "for"))
#: A denial of a claim ("rejected the accusations", "denied charges that ...") is CAMEO 016,
#: "deny responsibility", a public statement, which PLOVER's table of CAMEO equivalents drops;
#: "declined to comment" refuses nothing.
_CLAIMS = frozenset(("accusation", "allegation", "charge", "claim", "report", "suggestion",
                     "criticism", "assertion", "rumour", "rumor", "speculation"))
_NO_COMMENT = frozenset(("comment", "elaborate", "confirm", "say", "speak", "respond", "discuss",
                         "disclose", "specify", "answer"))


def _denial(tok: Token) -> bool:
    """A REJECT word that denies a claim or declines to comment, rather than refusing an act."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMS:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT:
            return True
    return False


def _in_denied_claim(tok: Token) -> bool:
    """The event is what a denied claim says ("denied charges that it *suspended* the official")."""
    cur, steps = tok, 0
    while cur.head.i != cur.i and steps < 6:
        head = cur.head
        if head.lemma_.lower() in _CLAIMS and head.dep_ == "dobj" and cur.dep_ in (
                "acl", "ccomp", "relcl", "prep", "pobj", "pcomp") \
                and head.head.lemma_.lower() in ("deny", "reject", "dismiss", "refute", "rebuff"):
            return True
        cur, steps = head, steps + 1
    return False


#: PLOVER REJECT ("all rejections and refusals"): an announced refusal to yield, help or meet
#: ("will not lift the ban", "won't release the prisoners"), with the REJECT mode it takes.
_REFUSED = {"CONCEDE": "yield", "RETREAT": "yield", "AID": "assist", "COOPERATE": "assist",
            "CONSULT": "meet"}
_FUTURE_AUX = frozenset(("will", "would", "wo", "shall"))


def _refusal(tok: Token) -> bool:
    """An announced refusal: a negated verb with a future auxiliary ("will not lift")."""
    kids = list(tok.children)
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in kids) \
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids)
_LIFTING = frozenset(("CONCEDE", "RETREAT", "REJECT"))
_OBJECT_DEPS = frozenset(("dobj", "nsubjpass"))


def _undergoer(tok: Token) -> bool:
    """``tok`` is what its verb acts on: the object, the passive subject, or the subject of a
    headline's elided passive ("Aid/nsubj Suspended After Coup", "Lockdown/nsubj Ended"), read
    where the verb has no object of its own."""
    if tok.dep_ in _OBJECT_DEPS:
        return True
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "PROPN") and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in tok.head.children)


def _low(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_


def _word_lemma(tok: Token) -> str:
    """Lemma of a possibly title-case word ("Relax", "Detains" -> "detain")."""
    w = tok.lower_
    if tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    for c in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "",
              w[:-2] if w.endswith("ed") else "", w[:-1] if w.endswith("ed") else ""):
        if c and (c in _CONCESSION or c in _COERCIVE_WORDS):
            return c
    return w


def _conditional(tok: Token) -> bool:
    """The clause carries an "if / unless" condition ("... if they publicize", "unless talks fail")."""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children):
                return True
    return False


def _embedded(tok: Token) -> list[Token]:
    """What an "agree / promise" trigger commits to: its xcomp/acl verb or its object noun."""
    return [c for c in tok.children if c.dep_ in ("xcomp", "acl", "dobj", "ccomp")]


def _joint(tok: Token) -> bool:
    """"Joint exercises", "exercises with the Portuguese navy": a joint drill (COOPERATE)."""
    nouns = [tok] + ([tok.head] if tok.dep_ == "compound" else [])
    if not any(_low(n).rstrip("s") in _JOINT_DRILL or _low(n) in _JOINT_DRILL for n in nouns):
        return False
    for n in nouns:
        for c in n.children:
            if c.lower_ in ("joint", "combined", "bilateral", "multilateral", "trilateral"):
                return True
            if c.dep_ == "prep" and c.lower_ == "with":
                return True
    return False


def _diplomatic(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ("diplomatic", "political")
               for c in tok.children)


_MATERIAL = frozenset(("humanitarian", "financial", "military", "economic", "material", "budget",
                       "budgetary", "medical", "logistical", "logistic", "technical", "food"))


def _material(tok: Token) -> bool:
    """ "humanitarian support", "financial backing": the noun names material help."""
    return tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in _MATERIAL
                                      for c in tok.children)


_RESOURCES = frozenset(("aid", "assistance", "funding", "fund", "loan", "grant", "delivery",
                        "shipment", "subsidy", "donation", "mediation", "talk", "talks",
                        "negotiation", "dialogue"))


def _cut_mode(tok: Token) -> str:
    """PLOVER SANCTION mode of a cut: resources withdrawn, or exchanges discontinued."""
    return "withdraw" if tok.lemma_.lower() in _RESOURCES else "discontinue"


#: Supplies halted by a state are a SANCTION ("suspended food supplies to ..."); supplies that
#: are cut may be a siege's (COERCE withhold) or a storm's, so only these verbs count.
_SUPPLIES = frozenset(("supply", "supplies"))
_SUSPENDING = frozenset(("suspend", "suspension", "halt", "freeze", "stop", "withhold"))


def _halted_supplies(tok: Token) -> Optional[Token]:
    """The word that suspends these supplies, if any."""
    return _reducer(tok, _SUPPLIES, _SUSPENDING)


def _reducer(tok: Token, ties: frozenset = _TIES,
             reducing: frozenset = _REDUCING) -> Optional[Token]:
    """The word that cuts ``tok`` ("suspended *aid*", "a cut in *aid*", "*ties* were severed"), if any."""
    if _low(tok) not in ties and tok.lemma_.lower() not in ties \
            and not (tok.pos_ == "PROPN" and _low(tok).rstrip("s") in ties):   # "Exports"
        return None
    for c in tok.children:           # a headline's participle: "Trade Ties/ROOT Severed/acl"
        if c.dep_ == "acl" and c.tag_ == "VBN" and (c.lemma_.lower() in reducing
                                                    or c.lower_ in reducing):
            return c
        if c.dep_ == "compound" and c.pos_ == "VERB" and c.i < tok.i \
                and c.lemma_.lower() in reducing:
            return c                 # a headline's verb read as a modifier: "Halts/compound Gas Exports"
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head is not tok:
        tok = tok.head               # "ended mediation/compound efforts", "aid programmes"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in ("VERB", "AUX"):
        return None                  # a purpose: "suspended operations *for* talks"
    if tok.dep_ == "pobj" and head.lower_ in _PASSING:
        head = head.head
    elif tok.dep_ != "conj" and not _undergoer(tok):
        return None
    if tok.dep_ == "conj":
        return _reducer(head, ties, reducing)
    if _plain(head) in reducing or head.lemma_.lower() in reducing or head.lower_ in reducing:
        if _plain(head) == "break" and not _particle(head, "off") \
                and _low(tok).rstrip("s") not in ("tie", "relation"):
            return None              # "broke the deadlock", but "broke off talks", "broke ties"
        return head
    return None


#: CAMEO 164 "halt negotiations" is PLOVER SANCTION mode withdraw (CAMEO2PLOVER): talks that
#: are suspended, frozen or broken off. Talks that end or conclude were held (CONSULT), and a
#: cancelled meeting is a REJECT (manual, SANCTION ambiguities), so neither is here.
_TALKS = frozenset(("talk", "talks", "negotiation", "negotiations", "dialogue"))
_HALTING = frozenset(("suspend", "suspension", "halt", "freeze", "pause", "stop", "break"))


def _halted_talks(tok: Token) -> Optional[Token]:
    """The word that halts these talks ("suspended the *talks*", "a freeze in *negotiations*"),
    or ends a mediation (CAMEO 165 "halt mediation": "ended mediation efforts")."""
    if _plain(tok) == "mediation":
        return _reducer(tok, frozenset(("mediation",)), _HALTING | {"end", "terminate", "abandon"})
    return _reducer(tok, _TALKS, _HALTING)


#: Conjunctions of a clause that reports what already happened ("urge calm *as* a bombing kills
#: twenty", "appeal for witnesses *after* gunmen killed a shopkeeper").
_TEMPORAL_MARKS = frozenset(("after", "as", "when", "since", "following", "while", "once"))
_MODALS = frozenset(("will", "would", "may", "might", "could", "should", "can", "shall", "must",
                     "'ll", "'d", "wo", "ca"))


def _temporal_fact(tok: Token) -> bool:
    """The event sits in a time clause of its own ("... as a bombing *kills* twenty"): a fact,
    even under an appeal or a promise, whose INTENT reading made it hypothetical."""
    verb, steps = tok, 0
    while verb.dep_ in ("nsubj", "nsubjpass", "dobj", "compound", "conj", "amod") \
            and verb.head is not verb and steps < 4:
        verb, steps = verb.head, steps + 1
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in kids) \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in kids) \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)


def headline_infinitive(tok: Token) -> bool:
    """A headline's "to" infinitive, news shorthand for the future ("Minister To Visit China",
    "Army to pull troops out of border villages"): the verb is the root (or a clause on the
    root noun) with an aux "to" and no subordinating mark."""
    kids = list(tok.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) \
        and not any(c.dep_ == "mark" for c in kids) \
        and (tok.dep_ == "ROOT" or tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "ROOT"
             and tok.head.pos_ in ("NOUN", "PROPN")
             or tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT"      # "Army to pull out, minister
             and tok.head.lemma_.lower() in ("say", "tell", "announce", "confirm")   # says"
             and any(c.dep_ == "nsubj" for c in kids) and tok.i < tok.head.i)


def _plain(tok: Token) -> str:
    """Lemma of a word, de-inflected when a title-case headline tags it a proper noun."""
    if tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    w = tok.lower_
    for suffix in ("ies", "es", "s", "ed", "d", "ing"):
        if w.endswith(suffix) and len(w) - len(suffix) > 2 and not w.endswith("ss"):
            return w[:-len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def _forms(tok: Token) -> set[str]:
    """The forms a word may be looked up by: its lemma, its plain form and its lower-case text
    (a title-case "Flood" or "Hand" de-inflects to a stem that is no word)."""
    w = tok.lower_
    return {_plain(tok), w, tok.lemma_.lower(), w[:-1] if w.endswith("s") else w}


def _particle(tok: Token, word: str) -> bool:
    """The verb has this particle ("call *off*", "step *down*")."""
    return any(c.dep_ == "prt" and c.lower_ == word for c in tok.children)


def _arguments(tok: Token) -> list[Token]:
    """The nouns an event word acts on: its object, passive subject, subject of a participle,
    and the objects of "from / of / on" ("withdrew from the talks", "a suspension of protests")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
            out.append(c)
        elif c.dep_ in ("prep", "prt") and c.lower_ in ("from", "of", "on", "out", "off", "with"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
            if c.lower_ in ("out", "off"):    # "walked out of the talks", "pulled out from"
                out.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                           for g in p.children if g.dep_ == "pobj")
    out.extend([g for a in out for g in a.children if g.dep_ == "conj"])
    return out


def _names(tok: Token) -> set[str]:
    """A noun's lemma and, for compounds ("social media platforms"), its modifiers' words."""
    words = {_plain(tok), tok.lower_}
    words.update(c.lower_ for c in tok.children if c.dep_ in ("compound", "amod"))
    return words


def _with_of(nouns: list) -> set:
    """Words of these nouns and of their "of" objects ("hundreds *of police*")."""
    words = set()
    for a in nouns:
        words |= _names(a)
        for p in a.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                words |= {w for g in p.children if g.dep_ == "pobj" for w in _names(g)}
    return words


#: What is censored when it is shut or blocked: media and online platforms (COERCE censor).
_CENSORED = frozenset(("media", "website", "site", "platform", "network", "newspaper",
                       "broadcast", "broadcaster", "channel", "facebook", "twitter", "whatsapp",
                       "telegram", "youtube", "online", "web", "messaging", "app"))

"""Agreements and meetings read off the parse: when an agreement noun names an agreeing (AGREE)
or its signing (SUPPORT), when a meeting failed or ended, and when an event word only names what
a meeting or a proposal is about.

PLOVER manual: AGREE "agree to ... or promise to ... sign or ratify agreements"; SUPPORT
"ratify, sign, or finalize an agreement or treaty"; CONSULT "all consultations and meetings".
Split from :mod:`dateline.events.cooperation`; plain predicates over spaCy tokens, used by
:mod:`dateline.events.coder` and :mod:`dateline.events.plover_rules`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cooperation import _MEETINGS
from dateline.events.cues import _particle, _plain
from dateline.events.features import _headline_lemma
from dateline.events.lexicon import LEXICON, candidates_for

#: What is exchanged in a consultation ("exchanged views on security").
_VIEWS = frozenset(("views", "view", "opinions", "ideas", "thoughts", "notes", "perspectives"))


def convened_meeting(tok: Token) -> Optional[bool]:
    """Whether "convene" or "huddle" names a meeting here (None: other words): "the two sides
    convened in Doha", "convened talks"; a government convening a grand jury or a panel to
    investigate holds no consultation."""
    if _plain(tok) not in ("convene", "huddle"):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return all(_plain(o) in _MEETINGS or o.lower_ in _MEETINGS for o in objects)


def views_exchanged(tok: Token) -> bool:
    """"Leaders exchange views on security cooperation": a consultation (CONSULT), no material
    exchange."""
    return _plain(tok) == "exchange" and any(
        c.dep_ == "dobj" and c.lower_ in _VIEWS for c in tok.children)


#: What talks do when they fail ("talks collapsed", "negotiations broke down", "the summit
#: ended without agreement" is not among them: that meeting took place).
_FAILING = frozenset(("collapse", "fail", "stall", "founder", "falter", "crumble", "unravel"))


def failed_talks(tok: Token) -> bool:
    """"Union negotiations collapse as strike begins", "peace talks broke down": the news is the
    failure, not a consultation (PLOVER CONSULT covers meetings held); the talks are the subject
    of a verb of failing, or a modifier of the noun "collapse"."""
    head = tok.head
    while tok.dep_ == "compound" and head.dep_ == "compound" and head.head is not head:
        head = head.head              # "Union negotiations collapse": compound of a compound
    if tok.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN"):
        return _plain(head) in _FAILING or head.lower_ in ("collapse", "failure", "breakdown")
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if _plain(head) in _FAILING:
        return True
    return _plain(head) == "break" and _particle(head, "down")


#: What is put forward, not done: "a ceasefire *proposal*", "a withdrawal *plan*".
_PROPOSALS = frozenset(("proposal", "proposals", "plan", "plans", "offer", "offers", "initiative",
                        "bid", "roadmap", "framework", "idea", "resolution", "draft", "blueprint"))


def _verb_only(tok: Token) -> bool:
    """A title-case word whose lexicon entries are all verbs ("Shelves": shelve/v)."""
    lemma = _headline_lemma(tok)
    entries = LEXICON.get(lemma, ()) if lemma else ()
    return bool(entries) and all(e.pos == "VERB" for e in entries)


def topic_of_talks(tok: Token) -> bool:
    """"Ceasefire talks", "sanctions negotiations", "an aid conference", "a ceasefire proposal":
    the word names what a meeting or a proposal is about, not an event of its own (the meeting
    is the CONSULT; the proposal is what is offered, rejected or discussed)."""
    if tok.dep_ != "compound" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.tag_ == "VBG" and tok.pos_ == "VERB":
        return False      # a title-case "Suspending Talks" parsed as a compound: an act on them
    if tok.pos_ == "PROPN" and _verb_only(tok):
        return False      # "Ghana Shelves Plan to ...": a verb the title case hid in a name
    head = {_plain(tok.head), tok.head.lower_}
    return bool(head & _MEETINGS or head & _PROPOSALS)


_STRUCK = frozenset(("deal", "agreement", "bargain", "accord", "compromise", "pact", "truce"))


def strikes_deal(tok: Token) -> bool:
    """"Unions struck a deal", "Sides Strike Deal": an agreement (the deal is the AGREE), no
    labour strike or attack."""
    if _plain(tok) != "strike" and tok.lower_ not in ("strike", "strikes", "struck"):
        return False
    if tok.dep_ == "compound" and (_plain(tok.head) in _STRUCK or tok.head.lower_ in _STRUCK):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and (_plain(c) in _STRUCK or c.lower_ in _STRUCK)
               for c in tok.children)       # "struck a deal", "a deal was struck"


_AGREEMENTS = frozenset(("agreement", "deal", "pact", "accord", "memorandum"))
#: Verbs whose object is an agreement coming about: the agreement noun is then the AGREE.
_REACHING = frozenset(("reach", "strike", "make", "conclude", "broker", "seal", "clinch", "hammer",
                       "secure", "announce", "unveil", "finalize", "finalise", "agree", "forge",
                       "negotiate", "offer", "propose", "win", "produce", "yield", "achieve",
                       "have", "get", "cut", "work", "come", "arrive", "agree"))
#: Signing an agreement is PLOVER SUPPORT ("ratify, sign, or finalize an agreement").
_SIGNING = frozenset(("sign", "signs", "ink", "inks", "ratify", "ratifies"))
#: Prepositions that introduce an agreement already in being ("under the deal", "as part of
#: the accord", "in line with the agreement").
_REFERRING = frozenset(("under", "per", "with", "by", "from", "within", "after", "since",
                        "despite", "against", "about", "over", "of", "to", "without"))


def signed_agreement(tok: Token) -> bool:
    """A title-case headline's "Sign Trade Deal", parsed as one name: the agreement noun stands
    for its signing, which PLOVER codes as SUPPORT ("ratify, sign, or finalize an agreement")."""
    return (_plain(tok) in _AGREEMENTS or tok.lower_ in _AGREEMENTS) and any(
        c.dep_ == "compound" and c.i < tok.i and c.lower_ in _SIGNING for c in tok.children)


def agreement_reached(tok: Token) -> Optional[bool]:
    """Whether an agreement noun names an agreeing here (None: not such a noun). "Reached a
    deal", "a deal was struck", a headline's "Peace Deal for Sudan" are AGREEs; "under the
    agreement", "the accord is seen as", "critics say the deal does little" refer to an
    agreement already made, and a verb that acts on it ("discussed the deal", "welcomed the
    agreement") carries the event."""
    if _plain(tok) not in _AGREEMENTS and tok.lower_ not in _AGREEMENTS \
            or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj":
        return head.lower_ not in _REFERRING or (head.lower_ in ("to", "with", "at")
                                                 and _plain(head.head) in _REACHING)
    if tok.dep_ in ("dobj", "nsubjpass"):
        return _plain(head) in _REACHING or head.pos_ not in ("VERB", "AUX")
    if tok.dep_ == "nsubj":
        return _plain(head) in _REACHING or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("xcomp", "ccomp") and _plain(c) in _REACHING for c in head.children)
    return None


_ENDING = frozenset(("end", "conclude", "close", "wrap", "finish", "adjourn"))


def meeting_ended(tok: Token) -> bool:
    """"The talks ended on Friday": a meeting that ends is no concession (CONCEDE "end" needs
    an actor ending a measure or a protest: "the union ended the strike")."""
    if _plain(tok) not in _ENDING or any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and (_plain(c) in _MEETINGS or c.lower_ in _MEETINGS)
               for c in tok.children)


#: Nouns of a stated intent to cooperate: PLOVER AGREE "indicate willingness or commitment to
#: cooperate", CAMEO 03 "express intent to cooperate" (not a CAMEO 01-02 statement).
_INTENT_NOUNS = frozenset(("willingness", "readiness", "commitment", "intention", "intent"))
#: Nouns of a stance expressed toward another (PLOVER SUPPORT "express support for, commend";
#: CAMEO 051 "praise or endorse", verbal cooperation, not a CAMEO 01 statement).
_STANCE_NOUNS = frozenset(("support", "respect", "solidarity", "appreciation", "gratitude",
                           "admiration", "backing", "sympathy"))
_EXPRESSING = frozenset(("express", "voice", "reaffirm", "reiterate", "show", "declare", "extend",
                         "convey", "offer", "pledge"))


def stated_stance(tok: Token, etype: str) -> bool:
    """"Leader expresses new willingness to work with the international community", "the two
    express mutual respect": the AGREE or SUPPORT is the statement itself, so a statement
    reading of the sentence does not veto it."""
    if etype == "AGREE":
        if tok.dep_ in ("acl", "xcomp") and _plain(tok.head) in _INTENT_NOUNS:
            return True              # the act intended: "its intention to *cooperate*"
        return _plain(tok) in _INTENT_NOUNS and any(
            c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX") for c in tok.children)
    return etype == "SUPPORT" and _plain(tok) in _STANCE_NOUNS and tok.dep_ == "dobj" \
        and _plain(tok.head) in _EXPRESSING


_COOPERATIVE = frozenset(("CONSULT", "COOPERATE", "AID", "SUPPORT", "AGREE"))
_JOINT_VERBS = frozenset(("work", "resume", "help", "engage", "join", "partner", "reconcile"))


def _ready_to_cooperate(tok: Token) -> bool:
    """"Signals readiness to resume talks": readiness for a cooperative act is an offer (AGREE,
    "indicate willingness ... to cooperate"), not military readiness (MOBILIZE)."""
    if _plain(tok) != "readiness":
        return False
    for act in (c for c in tok.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"):
        words = [act] + [o for o in act.children if o.dep_ in ("dobj", "prep")]
        words += [g for o in words[1:] if o.dep_ == "prep" for g in o.children if g.dep_ == "pobj"]
        if _plain(act) in _JOINT_VERBS or any(
                set(candidates_for(_plain(w), w.pos_, set())) & _COOPERATIVE for w in words):
            return True
    return False

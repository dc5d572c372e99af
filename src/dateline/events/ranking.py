"""Which event of a document is its main one: the order of events within a sentence and the
lead sentence's first event (used by the events stage to put the main event first, and by the
dev figures, which score a document by it)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

from dateline.events.features import _juxtaposed, _title_case
from dateline.records import QUAD_CLASS

if TYPE_CHECKING:
    from dateline.events.coder import Coded


#: Arcs that put a trigger in a subordinate role: an oblique ("against the *killing*", "at the
#: *call* of"), a participle or purpose clause ("*demanding* ...", "to *denounce* ..."), a relative
#: or complement clause ("who was *stabbed*"). The main clause's event has none on its way to the root.
_SUBORDINATE = frozenset(("pobj", "pcomp", "advcl", "acl", "relcl", "ccomp", "xcomp", "npadvmod",
                          "appos", "csubj", "parataxis"))
#: Verbal events rank below material ones. CONCEDE is verbal cooperation in PLOVER's quad
#: classes, but a concession acts on a measure ("eased the curfew", "lifted the emergency law")
#: that must not outrank it, so it ranks with the material events (CAMEO's YIELD is material).
_VERBAL = frozenset(t for t, q in QUAD_CLASS.items() if q.startswith("verbal")) - {"CONCEDE"}


def top_event(events: Sequence[Coded], lead_sentences: int = 1) -> Optional[Coded]:
    """The document's main event, from the first sentence(s) holding events.

    News and incident notes lead with the main incident ("On 3 March, protesters gathered ...
    against the killing of ..."): among the lead sentence's non-negated events, prefer a factual
    one, then the main clause's (fewest subordinating arcs to the root), then a material event
    over a verbal one, then the earliest in the text, then the most probable."""
    real = [e for e in events if not e.negated]
    if not real:
        return None
    starts: list[int] = []
    for e in real:
        if e.sentence.start not in starts:
            starts.append(e.sentence.start)
    lead = set(starts[:lead_sentences])
    verbal = {_parsed(e).i for e in real if e.type in _VERBAL and e.sentence.start in lead}
    triggers = {_parsed(e).i for e in real if e.sentence.start in lead}
    return min((e for e in real if e.sentence.start in lead),
               key=lambda e: main_key(e, verbal, triggers))


def main_key(e: Coded, verbal_triggers: frozenset = frozenset(),
             triggers: frozenset = frozenset()) -> tuple:
    """Order of events within a sentence: factual (or agreed, "agreed to withdraw") first, then
    the main clause's (fewest subordinating arcs to the root, counting the object of a verbal
    event as one: "condemned the *attack*", "will not end the *strike*"), then material before
    verbal, then the earliest, then the most probable."""
    tok = _parsed(e)
    sub = subordination(tok) + _topic_of(tok, verbal_triggers) + _reaction(e.type, tok) \
        + _modifies_argument(tok, triggers) + _backdrop(tok, e.type) \
        + _alleged_in_headline(e, tok, verbal_triggers) + _caused(tok, triggers)
    return (e.hypothetical and not e.promised, sub, e.type in _VERBAL, e.trigger.i, -e.probability)


#: What an appeal asks for when it only reacts to an incident ("urge calm as a bombing kills
#: twenty", "appeal for witnesses after gunmen kill a shopkeeper").
_CALM = frozenset(("calm", "restraint", "unity", "witness", "witnesses", "patience", "vigilance",
                   "prayer", "prayers", "tolerance", "composure", "information", "tip", "tips",
                   "peace", "peacefulness", "justice", "answers", "accountability",
                   # help for the wounded or the besieged: the attack it follows is the news
                   "blood", "donation", "donations", "donor", "donors", "help", "protection",
                   "rescue", "mercy",
                   # safety after an attack: the attack is the news
                   "evacuation", "shelter", "caution", "supplies", "revenge", "vengeance",
                   "action"))
#: What residents are urged to do for their safety ("urged residents to stay indoors").
_TAKING_COVER = frozenset(("stay", "remain", "flee", "evacuate", "shelter", "avoid", "leave",
                           "hide"))


#: Verbs whose subject causes the reaction they govern ("an attack *prompts* calls for ...").
_CAUSING = frozenset(("prompt", "spark", "trigger", "provoke", "draw", "cause", "fuel", "lead",
                      "bring", "ignite", "unleash"))


def _caused(tok, triggers=frozenset()) -> int:
    """1 for a reaction that another event causes ("Chemical Attack Prompts *Calls* for
    Investigation", "the killing sparked *protests*"): the cause is the news. And 1 for talks
    whose outcome is an event ("Secret *Negotiations* Produce Promises to Support Rebels"): the
    outcome is the news."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head             # "led to protests"
    elif tok.dep_ == "nsubj" and _lemma(head) in _YIELDING and any(
            c.dep_ == "dobj" and c.i in triggers for c in head.children):
        return 1                     # "Negotiations Produce Promises": the talks rank below
    elif tok.dep_ != "dobj":
        return 0
    return int(_lemma(head) in _CAUSING and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children))


#: Verbs whose object is what their subject achieved ("talks *produced* an agreement").
_YIELDING = frozenset(("produce", "yield", "deliver", "achieve", "secure", "clinch"))


def _lemma(tok) -> str:
    w = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


def _reaction(etype: str, tok) -> int:
    """1 for a REQUEST for calm, restraint or witnesses, 2 for one urging people to take cover
    ("urged residents to stay indoors after the shelling"): a reaction to the lead's incident,
    which is the news (PLOVER REQUEST covers "all requests", but such an appeal is not the
    story's event when the same sentence reports the attack it follows)."""
    if etype != "REQUEST":
        return 0
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"]
    if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _TAKING_COVER
           for c in tok.children):
        return 2                     # "urges residents to stay indoors after the shelling"
    return int(any(o.lower_ in _CALM or o.lemma_.lower() in _CALM for o in objects))


def _modifies_argument(tok, triggers) -> int:
    """1 when ``tok`` only modifies a participant of another event: "*Aid* Convoy Blocked At
    Border", "*Protest* Leaders Detained", "*Striking* Miners Return to Work" (the blocking, the
    detention and the return are the news)."""
    if tok.dep_ == "amod" and tok.tag_ == "VBG" and _argument_of(tok.head, triggers, tok):
        return 1                     # "*Striking* Miners Return to Work": who returns
    if tok.dep_ in ("amod", "acl") and tok.tag_ == "VBN" and _argument_of(tok.head, triggers, tok):
        return 1                     # "hand back *seized* territory": what is handed back
    if tok.dep_ == "poss" and tok.pos_ == "NOUN" and (
            tok.head.i in triggers or _argument_of(tok.head, triggers, tok)):
        return 1                     # "accepts the *protesters'* demands": whose demands
    if tok.dep_ != "compound" or tok.tag_.startswith("VB"):
        return 0                     # "Militants *bomb*/VBP/compound railway line": a verb misparsed
    noun = tok.head
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in triggers and noun.head.i != tok.i:
        return 1
    return int(any(c.dep_ == "acl" and c.i in triggers for c in noun.children))  # "Convoy Blocked"


def _argument_of(noun, triggers, tok) -> bool:
    """``noun`` is a participant of another event: its subject or object, directly or through a
    preposition ("an agreement *with* striking workers"), or a headline's compound."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "compound"):
        return noun.head.i in triggers and noun.head.i != tok.i
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head.i in triggers and noun.head.head.i != tok.i
    return False


#: Prepositions that set the scene of the news rather than report it ("appeals for aid *during*
#: the lockdown", "withdraws *amid* fighting", "arrests *ahead of* the vote").
_BACKDROP = frozenset(("during", "amid", "amidst", "ahead", "despite", "throughout", "before"))


def _backdrop(tok, etype: str = "") -> int:
    """1 when ``tok`` (or the noun it is a conjunct of) is the object of a scene-setting
    preposition. Not for a protest under "during": "arrested 20 people during a protest" reports
    the protest (ACLED codes such reports as protests)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj":
        return 0
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    return int(prep.lower_ in _BACKDROP and not (etype == "PROTEST" and prep.lower_ == "during"))


def _parsed(e: Coded):
    """The token whose parse ranks the event (the re-parsed headline's, when there is one)."""
    return getattr(e, "parsed", None) or e.trigger


def _topic_of(tok, verbal_triggers) -> int:
    """1 when ``tok`` is what another (verbal) event is about: its direct object, or the object
    of a preposition attached to it ("accused X *of* shelling")."""
    if not verbal_triggers:
        return 0
    if tok.i > 0 and tok.doc[tok.i - 1].i in verbal_triggers \
            and tok.doc[tok.i - 1].lower_ in _ASKING:
        return 2     # "Request End to ...", "urge release of ...", however the headline parses
        #              (2: a misparse may subordinate the asking word itself once)
    if any(c.dep_ == "compound" and c.i in verbal_triggers and c.pos_ in ("VERB", "PROPN")
           and c.i < tok.i and (c.lower_.endswith("s") or _after_plural(c)) for c in tok.children) \
            or any(c.dep_ == "nsubj" and c.i == tok.i - 1 and c.i in verbal_triggers
                   and _after_plural(c) for c in tok.children):
        return 1     # a headline verb misparsed as a modifier: "UN Condemns/compound Airstrike",
        #              "Activists Urge/compound Repeal", "unions demand/nsubj end"
    if tok.dep_ == "dobj" and tok.head.i in verbal_triggers:
        return 1
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" \
            and tok.head.head.i in verbal_triggers and tok.head.lower_ not in _WHEN:
        return 1     # "accused X *of* shelling"; not "called for calm *after* the bombing"
    return 0


#: Headline verbs that introduce what is alleged ("Police *Allege* Companies Violated Law").
_ALLEGING = frozenset(("allege", "alleges", "alleged", "claim", "claims", "accuse", "accuses",
                       "charge", "charges", "blame", "blames", "say", "says"))


def _alleged_in_headline(e, tok, verbal_triggers) -> int:
    """2 when ``tok`` follows an alleging verb of the same title-case headline: the allegation
    is the news, however the title case parses (re-parsed headlines carry ``parsed``)."""
    if not verbal_triggers or (getattr(e, "parsed", None) is None
                               and not _title_case(e.sentence)):
        return 0
    return 2 * any(t.i in verbal_triggers and t.lower_ in _ALLEGING
                   for t in tok.doc[tok.sent.start:tok.i])


#: Headline verbs of asking: right before the event noun they ask for, they are its verb
#: ("Activists in Zimbabwe *Request* End to ...", "Groups *Urge* Release of ...").
_ASKING = frozenset(("request", "urge", "demand", "seek", "ask", "appeal", "press", "plead"))


#: Prepositions that date an event rather than make it what a statement is about.
_WHEN = frozenset(("after", "following"))


def _after_plural(tok) -> bool:
    """The word follows a plural noun, its subject in a headline ("Unions *Demand* End")."""
    return tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("NNS", "NNPS")


def subordination(tok) -> int:
    """Subordinating arcs between the trigger and its sentence root (see ``_SUBORDINATE``)."""
    n = steps = 0
    while tok.head is not tok and steps < 50:
        if tok.dep_ in _SUBORDINATE and not _juxtaposed(tok):
            n += 1
        tok, steps = tok.head, steps + 1
    return n


def without_mentions_again(events: list[Coded]) -> list[Coded]:
    """A bare definite event noun ("the rebel pullback was a show for the cameras") of the type of
    an event reported in an earlier sentence names that event again: it is not a second one."""
    out: list[Coded] = []
    for e in events:
        tok = e.trigger
        again = tok.pos_ == "NOUN" and not e.negated and not e.hypothetical and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("prep", "poss", "acl", "relcl", "nummod") for c in tok.children) and any(
            o.type == e.type and not o.negated and o.sentence.start < e.sentence.start for o in out)
        if not again:
            out.append(e)
    return out

"""Arguments found across clauses: the subject a verb without one of its own inherits (control
"ordered troops to withdraw", coordination, participles, a speaker's conjoined act "X said ...
and accused Y"), and the subject or object of a reported clause as the recipient ("accused ...
that Russia used", "said Turkey must mediate").
Used by :mod:`dateline.pipeline.arguments`, which re-exports the public names.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from dateline.kb.mentions import PERSON_PRON, PLURAL_PRON, THING_PRON
from dateline.pipeline.participants import OBJECTS, SUBJECTS, animate, pobjs


RELATIVE = frozenset(("who", "which", "that", "whom", "whose"))
#: Verbs whose object is made to act: "ordered troops to withdraw".
COMMAND_VERBS = frozenset(("order", "command", "instruct", "direct", "authorize", "authorise"))
#: Verbs whose object is the subject of their complement ("urged Russia to stop").
OBJECT_CONTROL = COMMAND_VERBS | frozenset((
    "urge", "ask", "tell", "force", "allow", "permit", "persuade", "encourage", "invite", "compel",
    "press", "pressure", "push", "request", "require", "warn", "advise", "help", "enable", "call",
    "expect", "want", "oblige", "prompt", "convince", "lead", "send", "deploy", "dispatch"))
SPEECH_VERBS = frozenset(("say", "tell", "announce", "state", "claim", "report", "add", "declare",
                          "insist", "write", "note", "stress", "warn", "allege"))


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

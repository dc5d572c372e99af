"""The verb of a present-tense headline that spaCy reads as a noun.

Headlines report the news in the present tense, and the present forms of many event verbs are
also nouns: "Denmark *Arrests* 20 in Crackdown", "Russia and Ukraine *Exchange* Prisoners",
"Air Force *Bombs* Training Camp". Even in sentence case spaCy's small and medium models often
tag them ``NNS``/``NN``, so the headline has no verb and its event has no actor or object.
:func:`verb_to_repair` finds such a word (an event verb of the lexicon, right after the
subject's last word), and :func:`past_tense` gives the form that only a verb can have
("arrested", "exchanged", "bombed"), which the re-parse reads in its place (see
:func:`dateline.events.headlines._recase_headline`). The article's text is never changed.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from dateline.events.lexicon import LEXICON

#: Irregular past forms of verbs that headlines use.
IRREGULAR = {
    "begin": "began", "bid": "bid", "break": "broke", "bring": "brought", "build": "built",
    "buy": "bought", "come": "came", "cut": "cut", "deal": "dealt", "drive": "drove",
    "feed": "fed", "fight": "fought", "flee": "fled", "forbid": "forbade", "forgive": "forgave",
    "freeze": "froze", "give": "gave", "go": "went", "hit": "hit", "hold": "held",
    "keep": "kept", "lay": "laid", "lead": "led", "leave": "left", "lose": "lost",
    "make": "made", "meet": "met", "overthrow": "overthrew", "pay": "paid", "put": "put",
    "quit": "quit", "rise": "rose", "run": "ran", "say": "said", "seek": "sought",
    "sell": "sold", "send": "sent", "set": "set", "shoot": "shot", "shut": "shut",
    "speak": "spoke", "spread": "spread", "stand": "stood", "steal": "stole", "strike": "struck",
    "swear": "swore", "take": "took", "tell": "told", "throw": "threw", "undertake": "undertook",
    "win": "won", "withdraw": "withdrew", "withhold": "withheld", "wage": "waged",
}
#: Verbs whose last consonant doubles before "-ed" (one-syllable or stressed last syllable).
DOUBLED = frozenset((
    "ban", "bar", "beg", "chop", "commit", "dip", "drop", "flag", "grab", "hug", "jab",
    "jam", "mob", "nab", "omit", "patrol", "permit", "pin", "plan", "ram", "regret", "rip",
    "rob", "ship", "skip", "slam", "slap", "stab", "stop", "strip", "submit", "tag", "tap",
    "trap", "admit", "control", "occur", "prefer", "refer", "transfer", "spar",
))
#: Words that end a subject noun phrase in a headline: nouns, names, numbers, pronouns.
_SUBJECT_END = frozenset(("NN", "NNS", "NNP", "NNPS", "CD", "PRP"))
#: Words after which a noun-like word is not a verb ("the arrests of", "arrests by").
_NOT_AFTER = frozenset(("of", "by", "'s", "’s"))


def past_tense(base: str) -> str:
    """The past tense of a verb's base form ("exchange" -> "exchanged", "ban" -> "banned")."""
    if base in IRREGULAR:
        return IRREGULAR[base]
    if base in DOUBLED:
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


#: Verbs that headlines put before the event they announce ("Rebels *Announce* Truce",
#: "Minister *Expresses* Regret"), which the trigger lexicon does not list on their own.
HEADLINE_VERBS = frozenset(("announce", "declare", "express", "issue", "unveil", "propose",
                            "hold", "begin", "start", "resume", "extend", "reach", "say"))


def headline_verb(lemma: str) -> bool:
    """A verb a headline may report the news with: a trigger of the lexicon that may be a verb,
    or one of :data:`HEADLINE_VERBS`."""
    return lemma in HEADLINE_VERBS or any(e.pos in ("VERB", None) for e in LEXICON.get(lemma, ()))


def _present_base(word: str, plural_subject: bool) -> Optional[str]:
    """The base form of ``word`` read as a present-tense verb: a third-person "-s" form
    ("arrests", "approves", "pushes") of an event verb, or the base form itself after a plural
    subject ("Russia and Ukraine *exchange*")."""
    if word.endswith("s") and not word.endswith("ss"):
        stems = [word[:-2]] if word.endswith(("ches", "shes", "sses", "xes", "zes")) else []
        for stem in stems + [word[:-1]]:    # "pushes" -> "push"; "arrests" -> "arrest"
            if headline_verb(stem):
                return stem
    if plural_subject and headline_verb(word):
        return word
    return None


def verb_to_repair(span: SpacySpan) -> Optional[tuple[int, str]]:
    """``(index in span, past form)`` of the headline's verb that the parse read as a noun, when
    the parse's root is no verb, or is a participle right after it ("Kenya Returns/NNS
    Confiscated/VBD Equipment"); else None."""
    roots = [n for n, t in enumerate(span) if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = span[roots[0]]
    for n in range(1, len(span) - 1):
        t, before, after = span[n], span[n - 1], span[n + 1]
        if before.text == "," and n >= 2:
            before = span[n - 2]     # "Malawi, Ireland, Announce Boycotts": a list's last comma
        if n >= 2 and span[n - 2].tag_ == "IN" and before.tag_ in ("NN", "NNS"):
            continue                 # "Killed in Air Strike": the object of a preposition
        if t.tag_ not in ("NN", "NNS", "NNP", "NNPS") or before.tag_ not in _SUBJECT_END \
                or after.lower_ in _NOT_AFTER or not t.is_alpha \
                or root.pos_ in ("VERB", "AUX") and (roots[0] != n + 1
                                                     or after.tag_ not in ("VBD", "VBN")):
            continue
        plural = any(c.tag_ in ("NNS", "NNPS", "CD") or c.lower_ in ("and", ",")
                     for c in span[:n])
        base = _present_base(t.lower_, plural)
        if base is not None:
            return n, past_tense(base)
    return None

"""Word lists for reported speech, written by hand (the learned cue table is in ``cue_rules``)."""
from __future__ import annotations

from dateline.quotes.cue_rules import CONTEXT, RULES

#: Verbs that introduce or close a direct quote ("X said: ...", "'...,' X added").
SPEECH_VERBS = frozenset("""
say tell add write tweet post respond reply answer warn deny accuse claim allege assert insist
declare announce report note explain argue continue recall confirm admit acknowledge concede
suggest predict vow pledge promise urge threaten stress emphasize reiterate maintain complain
caution joke quip scoff shout yell cry ask wonder demand charge counter retort state observe
remark comment recount describe conclude add testify boast brag lament mourn plead protest
proclaim exclaim whisper murmur read begin finish speak concur agree disagree object estimate
""".split())

#: Verbs whose clausal complement reports a claim ("X warned that ...").
CLAIM_VERBS = SPEECH_VERBS | frozenset("""
fear hope expect reveal indicate signal imply hint
""".split())

#: Nouns whose "that" clause or "of" complement reports a claim ("accusations ... that ...").
CLAIM_NOUNS = frozenset("""
accusation allegation claim charge assertion statement report warning denial suggestion promise
pledge threat belief fear hope assurance insistence announcement contention argument rumor rumour
speculation complaint concern criticism assessment estimate prediction testimony admission
""".split())

#: Speech nouns whose owner is the speaker ("Ukraine's accusation", "accusations by Ukraine").
AGENT_PREPOSITIONS = frozenset({"by", "from"})

#: Common nouns that name a person: "the official" can be Patrushev, "the blog" cannot.
PERSON_NOUNS = frozenset("""
official spokesman spokeswoman spokesperson minister president general commander secretary
ambassador diplomat leader chief head governor mayor senator lawmaker representative aide adviser
advisor analyst expert source officer soldier lawyer attorney judge candidate nominee man woman
prime premier chancellor king queen prince envoy negotiator director manager chairman chairwoman
deputy colonel lieutenant captain sergeant admiral marshal professor researcher economist witness
resident activist blogger journalist reporter correspondent editor writer author father mother
""".split())

#: Verbs of what a speaker does with words, conjoined to a reported clause ("X said ... and
#: accused Y of ...", "... and called on Z to ...").
SPEAKER_ACTS = SPEECH_VERBS | frozenset("""
blame call condemn criticize criticise praise appeal dismiss denounce welcome question slam blast
reject express voice
""".split())

#: Auxiliaries that shift a reported clause's tense from the narration's ("said X had ...").
SHIFTED_AUX = frozenset({"had", "would", "will", "could", "can", "may", "might", "must", "should",
                         "has", "have", "is", "are", "'s", "'re", "'d"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

#: Phrases that make a quote an "according to" attribution: hearsay passed on by a channel.
ANONYMITY = ("on condition of anonymity", "speaking anonymously", "who asked not to be named",
             "who declined to be named", "on condition that they not be named",
             "who requested anonymity")
REPORT_VERBS = frozenset({"report", "cite", "quote"})

#: Minimum score of a cue candidate (tuned for content F1 on PolNeAR train: a candidate adds to
#: F1 when its precision is above about half the F1 reached).
RULE_THRESHOLD = 0.36


def rule_score(lemma: str, pos: str, argument: str) -> float:
    """How reliable ``lemma`` (as ``pos``) is as a cue whose content is its ``argument``."""
    score = RULES.get((lemma, pos, argument), 0.0)
    if pos == "VERB" and argument in ("ccomp", "_head") and lemma in SPEECH_VERBS:
        score = max(score, 0.6)
    if pos == "VERB" and argument == "ccomp" and lemma in CLAIM_VERBS:
        score = max(score, 0.5)
    if pos == "NOUN" and argument in ("acl", "ccomp") and lemma in CLAIM_NOUNS:
        score = max(score, 0.5)
    return score


def context_factor(dep: str, tag: str, has_subject: bool) -> float:
    """How much more (or less) often than its rule says a cue word in this position is one."""
    return (CONTEXT.get(("dep", dep), 1.0) * CONTEXT.get(("tag", tag), 1.0)
            * CONTEXT.get(("subject", has_subject), 1.0))

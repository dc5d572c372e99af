"""Candidate triggers and their features, from a spaCy parse.

A candidate is a verb or noun whose lemma the lexicon lists. For each one we compute sparse
features (lemma, lexicon types, dependency context, modality) and dense ones (the word vectors of
the trigger, of its arguments and of its sentence), plus the auxiliary modes PLOVER asks for:
negation and hypothetical/future.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

import numpy as np
from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events.lexicon import (INTENT, LEXICON, LIGHT_VERBS, MODAL_AUX, NEGATORS,
                                    candidates_for)

VECTOR_WIDTH = 300
_ARG_DEPS = ("dobj", "nsubj", "nsubjpass", "agent", "attr", "compound", "amod", "prt", "acomp",
             "poss", "nmod", "oprd")
#: Dependencies through which an embedding word governs a trigger ("threatened *to invade*").
_EMBED_DEPS = frozenset(("xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "advcl", "ccomp", "conj",
                         "relcl", "nsubj", "nsubjpass", "attr", "appos", "npadvmod"))
_ABSORB_DEPS = frozenset(("xcomp", "pcomp", "pobj", "prep", "dobj"))
_NEG_WORDS = frozenset(("not", "n't", "never", "no", "neither", "nor"))
#: Prepositions that place an event in time: what they govern happened, whatever the verb
#: they attach to intends ("called for calm after the bombing").
_TIME_PREPS = frozenset(("after", "following"))
#: Words that open a time clause ("as a bombing *kills* twenty", "when troops *fired*").
_TIME_CLAUSES = frozenset(("as", "when", "while", "after", "following", "once"))


def in_time_clause(tok: Token) -> bool:
    """``tok`` heads a clause of time ("urge calm *as* a bombing kills twenty"): what it reports
    happened, whatever the verb above it intends."""
    if tok.dep_ == "pcomp" and tok.head.lower_ in _TIME_CLAUSES:
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_CLAUSES
                                       for c in tok.children)
_COND_MARKS = frozenset(("if", "unless", "whether"))
_FUTURE_NOUN_HEADS = frozenset(("plan", "proposal", "prospect", "possibility", "threat", "risk",
                                "fear", "call", "demand", "bid", "initiative", "offer", "hope",
                                "drive", "effort", "push", "campaign", "attempt", "readiness",
                                "willingness", "intention", "ready", "role"))


@dataclass
class Candidate:
    token: Token
    types: list[str]
    negated: bool = False
    hypothetical: bool = False
    #: The nearest governing candidate reached through an absorbing chain (xcomp, prep/pobj...).
    governor: Optional[int] = None
    sparse: dict[str, float] = field(default_factory=dict)
    dense: Optional[np.ndarray] = None
    #: The lexicon lemma (a title-case headline word is normalised: "Lifts" -> "lift").
    lemma: str = ""


def _children_lower(tok: Token) -> set[str]:
    """The particles, prepositions, modifiers and objects a lexicon entry may ask for ("pull
    *out*", "*martial* law", "found *guilty*", "settled their *dispute*")."""
    kids = {c.lower_ for c in tok.children
            if c.dep_ in ("prt", "prep", "advmod", "amod", "compound", "acomp", "oprd", "ccomp",
                          "dobj", "xcomp")}
    if any(p.dep_ == "prep" and p.lower_ == "of" for c in tok.children if c.dep_ == "dobj"
           for p in c.children):
        kids.add("of")               # "stripped 40 dissidents *of* their citizenship"
    return kids


def _has_neg(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if tok.pos_ in ("VERB", "AUX") and c.dep_ == "nsubj" and (
                c.lower_ in ("nobody", "neither", "none") or any(
                    d.dep_ in ("det", "preconj") and d.lower_ in ("neither", "no")
                    for d in c.children)):
            return True              # "neither side has violated the ceasefire"
    return False


def _has_modal(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and (c.lower_ in MODAL_AUX or c.lemma_.lower() in MODAL_AUX):
            return True
        if c.dep_ == "aux" and c.lower_ == "to" and tok.dep_ != "xcomp" and tok.head.lemma_ == "go":
            return True
    return False


def _has_cond(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _COND_MARKS for c in tok.children)


#: Verbs whose clause before a comma is what they report ("Gunmen kill three, police say").
_REPORTING = frozenset(("say", "tell", "report", "claim", "confirm", "announce", "state", "add",
                        "allege", "believe", "think", "fear", "suspect", "insist", "warn",
                        "deny", "accuse", "estimate", "write", "note", "explain", "quote"))


def _juxtaposed(tok) -> bool:
    """"Gunmen kill three, police seek help": a clause the parser hung as the complement of the
    next clause's verb, before it and cut off by a comma, is a clause of its own when that verb
    reports nothing."""
    head = tok.head
    return tok.dep_ in ("ccomp", "parataxis") and tok.i < head.i and head.pos_ == "VERB" \
        and head.lemma_.lower() not in _REPORTING \
        and any(t.text == "," for t in tok.doc[tok.right_edge.i + 1:head.i])


def modality(tok: Token) -> tuple[bool, bool, list[str]]:
    """(negated, hypothetical, embedding lemmas) for a trigger token, from its parse context."""
    negated = _has_neg(tok)
    hypo = _has_modal(tok) or _has_cond(tok)
    embedders: list[str] = []
    if tok.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj") for c in tok.children) \
            and tok.dep_ == "ROOT":
        hypo = True  # imperative or bare infinitive headline: not (yet) done
    # A gerund misparsed as an adjective ("denied shelling civilian areas") sits where its noun is.
    cur, steps = (tok.head, 0) if tok.dep_ == "amod" and tok.tag_ == "VBG" else (tok, 0)
    while cur.dep_ in _EMBED_DEPS and cur.head is not cur and steps < 6:
        head = cur.head
        lemma = head.lemma_.lower()
        if cur.dep_ in ("relcl", "ccomp") and steps > 0 or _juxtaposed(cur):
            break            # ("gunmen kill three, police seek help": no help sought *for* it)
        if cur.dep_ == "conj" and cur.tag_ in ("VBD", "VBZ", "VBP") and head.pos_ == "VERB":
            break            # a clause of its own: "mob calls for his death, *beats* him"
        if lemma in NEGATORS and cur.dep_ == "prep" and cur.lower_ not in ("from", "of"):
            break            # "stopped work *in* a strike": the setting, not what was stopped
        if cur.dep_ == "prep" and cur.lower_ in _TIME_PREPS or in_time_clause(cur):
            break            # "appealed for witnesses *after* the shooting": a fact, its time
        if lemma in NEGATORS:
            negated = True
            embedders.append(lemma)
        elif lemma in INTENT or lemma in _FUTURE_NOUN_HEADS:
            hypo = True
            embedders.append(lemma)
        if cur.dep_ not in ("xcomp", "conj", "advcl") and _has_cond(head):
            hypo = True  # in an "if" clause: "... if the march goes ahead"
        if cur.dep_ in ("xcomp", "conj") and (_has_modal(head) or _has_cond(head)):
            hypo = True
        if cur.dep_ == "dobj" and steps == 0 and tok.pos_ == "NOUN" and _has_modal(head):
            hypo = True      # "warned it could impose sanctions": the noun's act is the verb's
        if cur.dep_ == "xcomp" and _has_neg(head) and lemma not in NEGATORS:
            negated = True
        if cur.dep_ in ("relcl", "ccomp", "advcl"):
            break
        cur, steps = head, steps + 1
    return negated, hypo, embedders


_NAME_ENTS = frozenset(("PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL"))


def _title_case(sent: SpacySpan) -> bool:
    """A headline in title case ("Government Lifts Curfew After Week of Unrest")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)


def _headline_lemma(tok: Token) -> Optional[str]:
    """A lexicon lemma for a title-case word spaCy tagged as a proper noun ("Talks", "Sharing",
    "Beaten")."""
    w = tok.lower_
    for cand in (w, w[:-1] if w.endswith("s") else "",
                 w[:-2] if w.endswith(("ses", "xes", "zes", "ches", "shes", "oes")) else "",
                 w[:-3] if w.endswith("ing") else "", w[:-3] + "e" if w.endswith("ing") else "",
                 w[:-2] if w.endswith("ed") else "", w[:-1] if w.endswith("ed") else "",
                 w[:-2] if w.endswith("en") else ""):
        if cand and cand in LEXICON:
            return cand
    return None


def _adjective_entry(lemma: str) -> bool:
    """The lexicon lists this adjective as a trigger ("*deplorable*", "found *guilty*")."""
    return any(e.pos == "ADJ" for e in LEXICON.get(lemma, ()))


def _event_words_entity(tok: Token) -> bool:
    """A title-case "name" made only of event words ("Sign Ceasefire" tagged PERSON) is none."""
    if tok.ent_type_ not in ("PERSON",):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) >= 2 and all(
        t.is_title and _headline_lemma(t) is not None for t in ent)


def _adjectival(tok: Token) -> bool:
    """A past participle used as an adjective: "the occupied city", "detained activists".

    Gerunds stay ("denied shelling civilian areas" is often parsed as an adjective)."""
    return tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.tag_ == "VBN"


def _hyphen_compound(tok: Token, lemma: str, pos: str) -> str:
    """The lexicon word a hyphenated compound names, which spaCy splits ("cease-fire" ->
    "cease", "-", "fire"): the compound when the lexicon knows it, else ``lemma``."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ \
            or doc[tok.i - 2].whitespace_:
        return lemma
    first = doc[tok.i - 2].lower_
    for joined in (first + lemma, first + "-" + lemma):
        if candidates_for(joined, pos, set()):
            return joined
    return lemma


#: Joint things that are no shared activity: statements and meetings (SUPPORT, CONSULT) and
#: the names of military staffs ("the Joint Chiefs").
_NOT_JOINT_ACTIVITY = frozenset(("statement", "declaration", "communique", "communiqué", "press",
                                 "conference", "chief", "chiefs", "staff", "session", "letter",
                                 "appeal", "news", "meeting", "summit", "talks", "visit", "call",
                                 "account", "custody", "owner", "owners", "winner", "winners",
                                 # who acts together, not what they do: "joint forces attacked"
                                 "force", "forces", "team", "teams", "troops", "unit", "units",
                                 "command", "army", "armies", "militia", "militias"))


def _joint_activity(tok: Token) -> bool:
    """A noun modified by "joint" names something two parties do or build together (PLOVER
    COOPERATE), whatever the noun: "a joint survey", "a joint hydropower plant"."""
    return tok.lower_ not in _NOT_JOINT_ACTIVITY and tok.lemma_.lower() not in _NOT_JOINT_ACTIVITY \
        and tok.dep_ != "nsubj" and any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in tok.children)


def _first_of_hyphenated(tok: Token) -> bool:
    """The first word of a hyphenated lexicon word ("build" in "build-up")."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or tok.whitespace_ \
            or doc[tok.i + 1].whitespace_:
        return False
    last = doc[tok.i + 2].lower_
    return any(candidates_for(w, p, set()) for w in (tok.lower_ + last, tok.lower_ + "-" + last)
               for p in ("NOUN", "VERB"))


def find_candidates(sent: SpacySpan) -> list[Candidate]:
    """The lexicon's candidate triggers of one sentence, light verbs dropped when their object is one."""
    found: list[Candidate] = []
    headline = None
    for tok in sent:
        if _first_of_hyphenated(tok):
            continue                 # "Build-Up": the compound is found at its last word
        pos, lemma = tok.pos_, tok.lemma_.lower()
        if pos == "PROPN" and tok.is_title and (tok.ent_type_ not in _NAME_ENTS
                                                 or _event_words_entity(tok)):
            if headline is None:
                headline = _title_case(sent)
            found_lemma = _headline_lemma(tok) if headline else None
            if found_lemma is None and headline and _joint_activity(tok):
                found_lemma = tok.lower_          # "Build Joint Hydropower Plant"
            if found_lemma is None:
                continue
            lemma = found_lemma
            pos = "VERB" if any(c.dep_ in ("nsubj", "dobj") for c in tok.children) else "NOUN"
            kids = _children_lower(tok)
            types = candidates_for(lemma, "VERB", kids) + candidates_for(lemma, "NOUN", kids) \
                + candidates_for(lemma, "ADJ", kids)
            types = list(dict.fromkeys(types))
        else:
            if (pos not in ("VERB", "NOUN") and not (pos == "ADJ" and _adjective_entry(lemma))) \
                    or _adjectival(tok):
                continue
            if not lemma.isalpha() and "-" not in lemma:
                continue
            if not (found and found[-1].token.i == tok.i - 2):     # "sit-in": found at "sit"
                lemma = _hyphen_compound(tok, lemma, pos)
            types = candidates_for(lemma, pos, _children_lower(tok))
        if pos in ("NOUN", "PROPN") and "COOPERATE" not in types and _joint_activity(tok):
            types = types + ["COOPERATE"]    # "a joint survey", "Joint Hydropower Plant"
        if not types:
            continue
        if lemma in LIGHT_VERBS and any(
                c.dep_ == "dobj" and candidates_for(c.lemma_.lower(), c.pos_, set())
                for c in tok.children):
            continue
        neg, hypo, _ = modality(tok)
        found.append(Candidate(tok, types, neg, hypo, lemma=lemma))
    index = {c.token.i: n for n, c in enumerate(found)}
    for cand in found:
        cur, steps = cand.token, 0
        while cur.dep_ in _ABSORB_DEPS and cur.head is not cur and steps < 4:
            if cur.dep_ == "prep" and cur.lower_ in _TIME_PREPS or in_time_clause(cur):
                break        # "urged calm after the bombing": the bombing is not what is urged
            cur, steps = cur.head, steps + 1
            if cur.i in index:
                cand.governor = index[cur.i]
                break
    return found


def _unit(vec: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vec))
    if norm == 0.0 or not np.isfinite(norm):
        return np.zeros(VECTOR_WIDTH, dtype=np.float32)
    return (vec / norm).astype(np.float32)


def _vec(tok: Token) -> np.ndarray:
    v = tok.vector
    if v.shape[0] != VECTOR_WIDTH:
        return np.zeros(VECTOR_WIDTH, dtype=np.float32)
    return v


def _args(tok: Token) -> Iterable[tuple[str, Token]]:
    for c in tok.children:
        if c.dep_ in _ARG_DEPS:
            yield c.dep_, c
        elif c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    yield "p:" + c.lower_, g


def featurize(cand: Candidate, sent_vec: np.ndarray) -> None:
    """Fill ``cand.sparse`` and ``cand.dense``."""
    tok = cand.token
    lemma = cand.lemma or tok.lemma_.lower()
    f: dict[str, float] = {"bias": 1.0, "l=" + lemma: 1.0, "pos=" + tok.pos_: 1.0,
                           "dep=" + tok.dep_: 1.0, "tag=" + tok.tag_: 1.0,
                           f"ld={lemma}|{tok.dep_}": 1.0}
    for t in cand.types:
        f["lx=" + t] = 1.0
        f[f"lxp={t}|{tok.pos_}"] = 1.0
    if len(cand.types) == 1:
        f["lx1=" + cand.types[0]] = 1.0
    if tok.head is not tok:
        f["h=" + tok.head.lemma_.lower()] = 1.0
        f[f"hd={tok.dep_}|{tok.head.lemma_.lower()}"] = 1.0
    argvecs = []
    for dep, arg in _args(tok):
        al = arg.lemma_.lower()
        f[f"a:{dep}={al}"] = 1.0
        f[f"la:{lemma}|{dep}={al}"] = 1.0
        f[f"ad:{dep}"] = 1.0
        if arg.ent_type_:
            f[f"ae:{dep}={arg.ent_type_}"] = 1.0
        for g in arg.subtree:
            if g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                f[f"as:{dep}={g.ent_type_}"] = 1.0
                break
        if dep in ("dobj", "nsubj", "nsubjpass") or dep.startswith("p:"):
            argvecs.append(_vec(arg))
    if tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ in ("the", "a", "an"):
        f["det_before"] = 1.0
    neg, hypo, embedders = modality(tok)
    if neg:
        f["neg"] = 1.0
    if hypo:
        f["hypo"] = 1.0
    for e in embedders[:2]:
        f["emb=" + e] = 1.0
    if tok.ent_type_:
        f["ent=" + tok.ent_type_] = 1.0
    if tok.is_title and tok.i > tok.sent.start:
        f["title_case"] = 1.0
    if tok.pos_ == "PROPN":
        f["headline_word"] = 1.0
    cand.sparse = f
    arg = _unit(np.mean(argvecs, axis=0)) if argvecs else np.zeros(VECTOR_WIDTH, np.float32)
    cand.dense = np.concatenate([_unit(_vec(tok)), arg, sent_vec])


def sentence_vector(sent: SpacySpan) -> np.ndarray:
    vecs = [_vec(t) for t in sent if t.has_vector and not t.is_stop and not t.is_punct]
    return _unit(np.mean(vecs, axis=0)) if vecs else np.zeros(VECTOR_WIDTH, np.float32)


def doc_candidates(doc: Doc, max_tokens_per_sent: int = 200) -> list[tuple[SpacySpan, list[Candidate]]]:
    """All sentences of a doc with their featurized candidates (very long sentences are skipped)."""
    out = []
    for sent in doc.sents:
        if len(sent) > max_tokens_per_sent:
            continue
        cands = find_candidates(sent)
        if not cands:
            continue
        svec = sentence_vector(sent)
        for c in cands:
            featurize(c, svec)
        out.append((sent, cands))
    return out

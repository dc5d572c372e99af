"""From a parsed doc to coded events: classify candidates, resolve embedding, pick modes/contexts."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events.features import Candidate, doc_candidates
from dateline.events.lexicon import ABSORBING, CONTEXT_CUES, DEFAULT_CONTEXTS, MODE_TABLE
from dateline.events.model import NONE, LinearModel, load_model
from dateline.events.sentence import (BOOST, STATEMENT, STATEMENT_PROB, SentenceModel,
                                      load_sentence_model, penta_class)

#: Below this probability a candidate is not reported.
MIN_PROB = 0.35
#: Probability given to a lexicon-only guess when no model is installed.
FALLBACK_PROB = 0.4


@dataclass
class Coded:
    """One coded event, in spaCy terms (the pipeline stage turns it into a records.Event)."""

    type: str
    trigger: Token
    sentence: SpacySpan
    probability: float
    negated: bool
    hypothetical: bool
    mode: Optional[str] = None
    contexts: list[str] = field(default_factory=list)
    #: An agreed or promised act ("agreed to withdraw"): future, but the agreement happened.
    promised: bool = False


def _mode(etype: str, cand: Candidate, absorbed: list[Token], sent: SpacySpan) -> Optional[str]:
    table = MODE_TABLE.get(etype)
    if not table:
        return None
    tok = cand.token
    lemma = cand.lemma or tok.lemma_.lower()
    near: set[str] = {lemma}
    for t in [*absorbed, tok]:
        near.add(t.lemma_.lower())
        for c in t.children:
            near.add(c.lemma_.lower())
            near.update(g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "compound", "amod"))
    near.update(c.lemma_.lower() for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    for mode, cues in table:
        if near & cues:
            return mode
    if etype in ("ASSAULT", "MOBILIZE", "PROTEST"):
        words = {x.lemma_.lower() for x in sent}
        for mode, cues in table:
            if words & cues:
                return mode
    return None


def _contexts(etype: str, mode: Optional[str], sent: SpacySpan) -> list[str]:
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    out: list[str] = []
    for key in (etype, f"{etype}:{mode}"):
        for ctx in DEFAULT_CONTEXTS.get(key, ()):
            if ctx not in out:
                out.append(ctx)
    for ctx, cues in CONTEXT_CUES.items():
        if ctx not in out and words & cues:
            out.append(ctx)
    return out[:4]


_PROTEST_TOPIC = frozenset(("REQUEST", "REJECT", "SUPPORT", "ACCUSE"))


def _related(a: Token, b: Token) -> bool:
    """True when one token governs the other, or they share a head (same clause)."""
    return a.head == b.head or a in b.subtree or b in a.subtree or a.head in b.subtree \
        or b.head in a.subtree


_RIOTERS = frozenset(("rioter", "protester", "protestor", "demonstrator", "rioters",
                      "protesters", "demonstrators"))


def _rioters(tok: Token) -> bool:
    """True when the subject of this (ASSAULT) verb, or of the verb it is conjoined to, is protesters."""
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _RIOTERS for h in heads for c in h.children)


#: Words naming a demonstration, for violence "during a demonstration" (a violent demonstration).
_DEMO = frozenset(("demonstration", "protest", "riot", "rioting", "sit-in", "march", "protests"))
#: Modifiers that make a "strike" or "raid" military ("a drone strike", "air raids").
_MILITARY_STRIKE = frozenset(("drone", "air", "missile", "rocket", "artillery", "military", "aerial",
                              "mortar", "precision", "retaliatory", "airstrike", "naval", "uav"))


def _in_demonstration(tok: Token) -> bool:
    """"Locals clashed with police during a demonstration", "police clashed with demonstrators":
    violence inside a demonstration is a violent demonstration (PROTEST, riot mode)."""
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if c.lower_ in ("during", "in", "at") and g.lemma_.lower() in _DEMO:
                    return True
                if c.lower_ == "with" and h.lemma_.lower() == "clash" and g.lemma_.lower() in _RIOTERS:
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


def _military_strike(tok: Token) -> bool:
    return tok.lemma_.lower() in ("strike", "raid") and tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MILITARY_STRIKE for c in tok.children)


_WITHDRAW = frozenset(("withdraw", "pull", "retreat", "leave", "evacuate", "abandon"))
_ARMED = frozenset(("troop", "force", "soldier", "rebel", "army", "fighter", "peacekeeper", "militant",
                    "militia", "unit", "battalion", "brigade", "contingent", "marine", "insurgent"))
_TERRAIN = frozenset(("town", "city", "village", "area", "region", "base", "position", "hill", "front",
                      "territory", "border", "camp", "district", "province", "zone", "bank", "port",
                      "outpost", "island", "corridor", "line", "airport", "bridge"))


def _military_withdrawal(tok: Token) -> bool:
    """"Rebels withdrew from the town": a RETREAT, not a SANCTION's withdrawal from a treaty."""
    if tok.lemma_.lower() not in _WITHDRAW:
        return False
    heads = [tok] + ([tok.head] if tok.dep_ in ("conj", "xcomp") else [])
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in _ARMED:
                return True
            if child.dep_ in ("prep", "prt") or child.dep_ == "dobj":
                objects = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"]
                for obj in objects:
                    if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in _TERRAIN:
                        return True
    return False


#: Lemmas that, embedded under "agree / promise / pledge to ...", name a concession (PLOVER
#: CONCEDE: ease, lift, halt or reverse a policy, restriction or action).
_CONCESSION = frozenset(("halt", "stop", "cease", "end", "lift", "ease", "relax", "loosen", "drop",
                         "suspend", "reverse", "scrap", "abandon", "waive", "pardon", "unban",
                         "reopen", "remove", "concede", "compromise", "rescind", "revoke", "freeze",
                         "curb", "limit", "reduce", "allow", "release", "apologize", "apologise"))
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
                       "sever", "downgrade", "scale", "cancel", "cancellation", "end"))
_TIES = frozenset(("aid", "assistance", "funding", "fund", "loan", "grant", "cooperation", "tie",
                   "relation", "trade", "delivery", "shipment", "investment", "export", "import",
                   "mediation", "subsidy", "donation"))
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


def code_doc(doc: Doc, model: Optional[LinearModel] = None,
             min_prob: float = MIN_PROB, recase: bool = False,
             sentence_model: Optional[SentenceModel] = None) -> list[Coded]:
    """Every event in ``doc``, in text order.

    ``recase=True`` re-parses a title-case headline in sentence case (see ``_recase_headline``);
    it is off by default: on held-out NGEC *train* templates it scored lower (macro-F1 0.674 vs
    0.686, retrained either way), since the model's headline features come from title-case parses."""
    model = model if model is not None else load_model()
    smodel = sentence_model if sentence_model is not None else load_sentence_model()
    groups = doc_candidates(doc)
    if recase:
        groups = _recase_headline(doc, groups)
    flat = [c for _, cands in groups for c in cands]
    if not flat:
        return []
    if model is not None:
        preds = model.predict(flat)
    else:
        preds = [(c.types[0], FALLBACK_PROB if len(c.types) == 1 else FALLBACK_PROB / 2)
                 for c in flat]
    out: list[Coded] = []
    pos = 0
    for sent, cands in groups:
        labels = preds[pos:pos + len(cands)]
        pos += len(cands)
        coded = _code_sentence(sent, cands, labels, min_prob)
        if smodel is not None:
            coded = _reconcile(sent, cands, coded, smodel)
        if coded and coded[0].trigger.doc is not doc:
            # Coded on the sentence-case re-parse of a headline: back to the article's tokens.
            orig = _RECASED.get(id(sent))
            for c in coded:
                c.trigger = doc[orig.start + c.trigger.i - sent.start]
                c.sentence = orig
        out.extend(coded)
    _RECASED.clear()
    return out


#: Re-parsed headline span (by id) -> the article's sentence it stands for (within one code_doc).
_RECASED: dict[int, SpacySpan] = {}
_KEEP_CASE = frozenset(("PERSON", "GPE", "LOC", "NORP", "ORG", "FAC", "EVENT", "LAW", "PRODUCT"))
#: A title-case headline longer than this is not re-parsed.
MAX_HEADLINE_TOKENS = 40


def _recase_headline(doc: Doc, groups: list, register: bool = True) -> list:
    """Re-parse a title-case headline ("Government Agrees to Lift Curfew") in sentence case.

    spaCy tags most words of a title-case line as proper nouns, so triggers are missed or get
    the wrong arguments; the first sentence, when it is such a headline, is re-parsed (tagger,
    parser and lemmatizer only; the article's entities are copied over) and its candidates
    replace the ones found on the title-case parse."""
    from dateline.events.features import _title_case, find_candidates, featurize, sentence_vector
    try:
        first = next(doc.sents)
    except (StopIteration, ValueError):
        return groups
    if len(first) > MAX_HEADLINE_TOKENS or len(first) < 3 or not _title_case(first):
        return groups
    words = []
    for n, t in enumerate(first):
        keep = n == 0 or t.ent_type_ in _KEEP_CASE or (t.is_upper and len(t) > 1) \
            or t.lower_ == "i"
        words.append(t.text if keep else t.text.lower())
    try:
        from dateline.pipeline.parse import load_nlp
        from spacy.tokens import Doc as _Doc
        nlp = load_nlp()
        new = _Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in first])
        with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p in ("ner",)]):
            for _, proc in nlp.pipeline:
                new = proc(new)
        new.ents = [new.char_span(e.start_char - first.start_char, e.end_char - first.start_char,
                                  label=e.label_) for e in first.ents if e.start >= first.start
                    and e.end <= first.end]
    except Exception:
        return groups
    if any(s is None for s in new.ents):
        return groups
    span = new[:]
    cands = find_candidates(span)
    rest = [(s, c) for s, c in groups if s.start != first.start]
    if not cands:
        return rest
    svec = sentence_vector(span)
    for c in cands:
        featurize(c, svec)
    if register:
        _RECASED[id(span)] = first
    return [(span, cands)] + rest


def _main_key(e: Coded):
    from dateline.events.evaluation import main_key
    return main_key(e)


def _reconcile(sent: SpacySpan, cands: list[Candidate], coded: list[Coded],
               smodel: SentenceModel) -> list[Coded]:
    """Let the trigger coder and the sentence classifier agree on what the sentence reports.

    The coder's reading (the CAMEO class of the sentence's main event, or a statement when it
    coded nothing) counts ``BOOST`` times the sentence model's probability. Where they still
    disagree, two things may change, both in line with PLOVER:

    * a sentence the coder found nothing in, read by the sentence model as an event of some class,
      reports a candidate trigger whose lexicon entry allows a type of that class (the main-clause
      one first), with the sentence model's probability as its confidence;
    * a sentence the sentence model is at least ``STATEMENT_PROB`` sure is a statement or an appeal
      (which PLOVER does not code) keeps only its REQUESTs and negated events.

    Where the coder did code an event, its type stands: the two schemes disagree by design there
    (CAMEO codes "agreed to lift the curfew" as an intent to cooperate, PLOVER as a CONCEDE).
    Nothing is reported without a trigger word."""
    real = [e for e in coded if not e.negated]
    top = min(real, key=_main_key) if real else None
    mine = penta_class(top.type, top.hypothetical) if top else STATEMENT
    p = smodel.proba(sent)
    b = p.copy()
    b[mine] *= BOOST
    if top is not None and top.type == "REQUEST":
        b[STATEMENT] *= BOOST          # an appeal is CAMEO 02, a statement
    q = int(np.argmax(b))
    if q == mine or (q == STATEMENT and top is not None and top.type == "REQUEST"):
        return coded
    if q == STATEMENT:
        if p[STATEMENT] < STATEMENT_PROB:
            return coded
        return [e for e in coded if e.negated or e.type == "REQUEST"]
    if top is not None:
        return coded
    options = []
    for cand in cands:
        if cand.negated:
            continue
        for t in cand.types:
            if penta_class(t, cand.hypothetical) == q:
                options.append((cand, t))
                break
    if not options:
        return coded
    from dateline.events.evaluation import subordination
    cand, etype = min(options, key=lambda o: (subordination(o[0].token), o[0].token.i))
    mode = _mode(etype, cand, [], sent)
    new = Coded(etype, cand.token, sent, float(p[q]), False, cand.hypothetical, mode,
                _contexts(etype, mode, sent))
    return sorted([e for e in coded if e.trigger.i != cand.token.i] + [new],
                  key=lambda e: e.trigger.i)


_RESOURCES = frozenset(("aid", "assistance", "funding", "fund", "loan", "grant", "delivery",
                        "shipment", "subsidy", "donation", "mediation"))


def _cut_mode(tok: Token) -> str:
    """PLOVER SANCTION mode of a cut: resources withdrawn, or exchanges discontinued."""
    return "withdraw" if tok.lemma_.lower() in _RESOURCES else "discontinue"


def _reducer(tok: Token) -> Optional[Token]:
    """The word that cuts ``tok`` ("suspended *aid*", "a cut in *aid*", "*ties* were severed"), if any."""
    if _low(tok) not in _TIES and tok.lemma_.lower() not in _TIES:
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _PASSING:
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass", "conj"):
        return None
    if tok.dep_ == "conj":
        return _reducer(head)
    if head.lemma_.lower() in _REDUCING or head.lower_ in _REDUCING:
        return head
    return None


def _code_sentence(sent: SpacySpan, cands: list[Candidate], labels: list[tuple[str, float]],
                   min_prob: float) -> list[Coded]:
    keep = [lab != NONE and p >= min_prob for lab, p in labels]
    labels = list(labels)
    hypo = [c.hypothetical for c in cands]
    promised = [False] * len(cands)
    for n, cand in enumerate(cands):
        g = cand.governor
        # PLOVER (AGREE, ambiguities): an agreed or promised RETREAT / CONCEDE keeps its own
        # type and does not reduce to AGREE ("agreed to lift the curfew" is one CONCEDE).
        if keep[n] and g is not None and keep[g] and labels[g][0] == "AGREE" \
                and labels[n][0] in ("CONCEDE", "RETREAT"):
            keep[g] = False
            # PLOVER: RETREAT / CONCEDE + future ("agreed to resign" has not resigned yet)
            hypo[n] = True
            promised[n] = not cands[g].hypothetical and not cands[g].negated
        if keep[n] and labels[n][0] == "SANCTION" and _military_withdrawal(cand.token):
            labels[n] = ("RETREAT", labels[n][1])
        if keep[n] and not _gunfire(cand.token):
            keep[n] = False
        # "a drone strike", "air raids" are ASSAULTs, never a labour strike or a police raid.
        if keep[n] and labels[n][0] in ("PROTEST", "COERCE") and _military_strike(cand.token):
            labels[n] = ("ASSAULT", max(labels[n][1], 0.5))
        # A riot: protesters who attack or burn, or violence during a demonstration, are coded
        # PROTEST (mode riot), not ASSAULT.
        if keep[n] and labels[n][0] == "ASSAULT" and (_rioters(cand.token)
                                                      or _in_demonstration(cand.token)):
            labels[n] = ("PROTEST", labels[n][1])
    words = {t.lower_ for t in sent}
    cyber = bool(words & _CYBER)
    for n, cand in enumerate(cands):
        if not keep[n]:
            continue
        etype = labels[n][0]
        tok = cand.token
        # PLOVER THREATEN: a coercive action promised or announced on a condition ("government
        # to detain journalists if they ...", "promise to renew bombings if talks fail").
        if etype == "AGREE":
            emb = _embedded(tok)
            if any(_word_lemma(e) in _COERCIVE_WORDS and (_conditional(tok) or _conditional(e))
                   for e in emb):
                labels[n] = ("THREATEN", labels[n][1])
                hypo[n] = False      # the threat itself was made
            elif any(e.dep_ in ("xcomp", "acl") and _word_lemma(e) in _CONCESSION for e in emb):
                # "agrees to halt construction", "promises to relax restrictions": an agreed or
                # promised concession is one CONCEDE (or RETREAT), never an AGREE.
                inner = [m for m in range(len(cands)) if keep[m] and m != n
                         and labels[m][0] in ("RETREAT", "CONCEDE")
                         and any(e.i == cands[m].token.i for e in emb)]
                if inner:
                    keep[n] = False
                    for m in inner:
                        hypo[m] = True
                        promised[m] = not cand.hypothetical and not cand.negated
                    continue
                labels[n] = ("CONCEDE", labels[n][1])
        elif etype in _COERCIVE and _conditional(tok) and (cand.hypothetical or tok.tag_ in (
                "VB", "VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            labels[n] = ("THREATEN", labels[n][1])
            hypo[n] = False          # the threat itself was made
        # PLOVER COERCE, cyber mode: a hacking "attack" is coercion, not an ASSAULT.
        if labels[n][0] == "ASSAULT" and cyber:
            labels[n] = ("COERCE", labels[n][1])
        # PLOVER COOPERATE: joint exercises; MOBILIZE is a unilateral show of force.
        if labels[n][0] == "MOBILIZE" and _joint(tok):
            labels[n] = ("COOPERATE", labels[n][1])
        # PLOVER SUPPORT: "improve / expand diplomatic cooperation" is non-material SUPPORT.
        if labels[n][0] == "COOPERATE" and _diplomatic(tok):
            labels[n] = ("SUPPORT", labels[n][1])
        # PLOVER AID: "humanitarian / financial / military support" is material, not SUPPORT.
        if labels[n][0] == "SUPPORT" and _material(tok):
            labels[n] = ("AID", labels[n][1])
    absorbed: dict[int, list[Token]] = {}
    for n, cand in enumerate(cands):
        g = cand.governor
        if keep[n] and g is not None and labels[g][0] in ABSORBING and keep[g]:
            keep[n] = False          # "threatened to invade": one THREATEN, mode from "invade"
            absorbed.setdefault(g, []).append(cand.token)
    # One event per trigger chain: same type where one trigger governs the other directly.
    for n, cand in enumerate(cands):
        g = cand.governor
        if keep[n] and g is not None and keep[g] and labels[g][0] == labels[n][0]:
            keep[n] = False          # "visited ... for talks": the governing trigger stays
    # PLOVER: the topic of a protest (usually a REQUEST) is not a separate event.
    protests = [cands[n].token for n in range(len(cands))
                if keep[n] and labels[n][0] == "PROTEST" and not cands[n].negated]
    for n, cand in enumerate(cands):
        if keep[n] and protests and labels[n][0] in _PROTEST_TOPIC:
            tok = cand.token
            if any(_related(tok, p) for p in protests):
                keep[n] = False
    # PLOVER SANCTION: a cut in aid, ties or trade ("suspended aid", "severed ties").
    index = {c.token.i: m for m, c in enumerate(cands)}
    cut_mode: dict[int, str] = {}
    for n, cand in enumerate(cands):
        reducer = _reducer(cand.token)
        if not keep[n] or labels[n][0] not in ("AID", "COOPERATE", "SUPPORT") or reducer is None:
            continue
        m = index.get(reducer.i)
        if m is not None and m != n and not cands[m].negated:
            keep[m], keep[n] = True, False       # the cut is the event: "suspended aid"
            labels[m] = ("SANCTION", max(labels[m][1], labels[n][1]))
            hypo[m] = hypo[m] or cands[m].hypothetical
            cut_mode[m] = _cut_mode(cand.token)
        elif m is None:
            labels[n] = ("SANCTION", labels[n][1])
            cut_mode[n] = _cut_mode(cand.token)
    # PLOVER CONCEDE / RETREAT / REJECT: what is lifted, eased, ended or refused ("lifted the
    # curfew", "the ban will be eased") is the object of that event, not an event of its own.
    # (Not yet when the lifting verb was folded into another trigger: "declined to end the curfew".)
    for n, cand in enumerate(cands):
        tok = cand.token
        if keep[n] and labels[n][0] in _LIFTED and tok.pos_ in ("NOUN", "PROPN") \
                and tok.dep_ in _OBJECT_DEPS and tok.head.i in index:
            m = index[tok.head.i]
            if m != n and keep[m] and labels[m][0] in _LIFTING:
                keep[n] = False
    for n, cand in enumerate(cands):
        if keep[n] and labels[n][0] == "REJECT" and _denial(cand.token):
            keep[n] = False
    refused = {n: _REFUSED[labels[n][0]] for n, cand in enumerate(cands)
               if keep[n] and cand.negated and labels[n][0] in _REFUSED and _refusal(cand.token)}
    coded = []
    for n, cand in enumerate(cands):
        if not keep[n]:
            continue
        if n in refused:              # the refusal itself happened: a factual REJECT
            coded.append(Coded("REJECT", cand.token, sent, labels[n][1], False, False, refused[n],
                               _contexts("REJECT", refused[n], sent)))
            continue
        etype, prob = labels[n]
        mode = cut_mode.get(n) if etype == "SANCTION" and n in cut_mode else \
            _mode(etype, cand, absorbed.get(n, []), sent)
        if etype == "PROTEST" and (_rioters(cand.token) or _in_demonstration(cand.token)):
            mode = "riot"
        coded.append(Coded(etype, cand.token, sent, prob,
                           cand.negated or _in_denied_claim(cand.token), hypo[n],
                           mode, _contexts(etype, mode, sent), promised=promised[n]))
    return coded

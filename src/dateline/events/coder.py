"""From a parsed doc to coded events: classify candidates, resolve embedding, pick modes/contexts."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events.cues import (
    _COERCIVE, _COERCIVE_WORDS, _CONCESSION, _CYBER, _LIFTED, _LIFTING, _PROTEST_TOPIC, _REFUSED,
    _RIOTERS, _conditional, _cut_mode, _denial, _diplomatic, _embedded, _gunfire,
    _in_demonstration, _in_denied_claim, _joint, _material, _military_strike,
    _halted_supplies, _halted_talks, _military_withdrawal, _plain, _reducer, _refusal, _related,
    _rioters, _temporal_fact, _undergoer, _word_lemma, headline_infinitive)
from dateline.events.accusations import (blame_named, diplomatic_protest, formal_charge,
                                         held_responsible, voiced_disapproval)
from dateline.events.ambiguities import disaster_deployment, drop_undergoers, settle
from dateline.events.concessions import (
    accepts_demand, agrees_to_truce, backs_off, claim_given_up, declared_withdrawal, halts_attacks,
    left_in_protest, protesters_leave, reform_conceded, back_to_work, calls_truce,
    protest_given_up, concedes_by_object, end_to, grants_access, regret_as_concession,
    ended_measure, future_retreat, grants_concession, reversed_object, reverses_measure)
from dateline.events.agreements import (agreement_reached, convened_meeting, failed_talks,
                                        meeting_ended, stated_stance, strikes_deal, topic_of_talks)
from dateline.events.cooperation import (carries_aid, cooperative_vow, deal_in_force,
                                         diplomatic_field, distributes_relief, envoy_sent,
                                         exchanged_captives, exchanged_fire, exchanged_information,
                                         free_as_quality, future_cooperation, gives_aid,
                                         hands_over_suspect, material_ties, mutual_help,
                                         not_aid_package, officials_meet, opened_route,
                                         provides_information, reopens_mission, sends_envoy,
                                         sends_relief, shares_information, sold_supply,
                                         spoke_by_phone, trades_with)
from dateline.events.military_cooperation import (
    joined_exercise, joins_partner, joint_operation, sent_for_joint_training, solo_exercise,
    trains_forces, under_defence_pact, with_other_forces)
from dateline.events.features import Candidate, doc_candidates, in_time_clause
from dateline.events.headlines import (_RECASED, _headline_missed, _headline_on_recase,
                                       _recase_headline, headline_report)
from dateline.events.lexicon import ABSORBING
from dateline.events.measures import _occupied_in_protest, halts_exchange, stripped_standing
from dateline.events.mobilization import needs_forces
from dateline.events.modes import _contexts, _mode
from dateline.events.restrictions import (armed_seizure, banned_activity, blocks_media,
                                          closure_by_authority, searched_place,
                                          state_of_emergency)
from dateline.events.model import FALLBACK_PROB, NONE, LinearModel, load_model
from dateline.events.plover_rules import (_announced, _argument_bound, _ended_dissent,
                                          _object_of, _forces_block, _promise_to_concede,
                                          _quits_forum, _warned_possibility, no_event,
                                          objects_of_events, retype)
from dateline.events.protests import (broke_up_gathering, collective_demand, took_to_streets,
                                      unrest_reported)
from dateline.events.ranking import _VERBAL, _parsed, main_key, subordination, without_mentions_again
from dateline.events.ventures import done_together, trade_named
from dateline.events.yielding import first_reading, leaving_forces, said_sorry
from dateline.events.wrong_senses import (received_visitor, released_document, truce_violation,
                                          visited_site, welcomes_visitor)
from dateline.events.sentence import (BOOST, STATEMENT, STATEMENT_PROB, SentenceModel,
                                      load_sentence_model, penta_class)

#: Types of a word that can take back one's own measure ("withdrew the bill", "cancels the
#: tax rise", "suspended the levy"): then a CONCEDE (see concessions.reverses_measure).
#: Legal action one may forgo ("protesters will not be prosecuted": a CONCEDE).
_PROSECUTING = frozenset(("prosecute", "charge", "indict", "try", "punish", "sue"))
_TAKEN_BACK = frozenset(("RETREAT", "REJECT", "SANCTION", "COERCE"))
#: Cooperation that, announced for the future, is an AGREE (see cooperation.future_cooperation).
_COOPERATIVE = frozenset(("CONSULT", "SUPPORT", "COOPERATE", "AID"))
#: A vow to retreat or concede is a promise of it, not a threat ("vowed to lay down arms").
_VOWING = frozenset(("vow", "pledge", "promise", "swear"))
#: CAMEO PentaClass indices of material acts (sentence.CLASSES: material cooperation, conflict).
_MATERIAL_CLASSES = frozenset((2, 4))
#: Below this probability a candidate is not reported.
MIN_PROB = 0.35


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
    #: The token the ranking reads the parse from: the trigger on the sentence-case re-parse of
    #: a title-case headline (see ``_headline_on_recase``), else None (the trigger itself).
    parsed: Optional[Token] = None


def code_doc(doc: Doc, model: Optional[LinearModel] = None,
             min_prob: float = MIN_PROB, recase: bool = False,
             sentence_model: Optional[SentenceModel] = None,
             headline_rules: bool = True) -> list[Coded]:
    """Every event in ``doc``, in text order.

    ``recase=True`` re-parses a title-case headline in sentence case (see ``_recase_headline``);
    it is off by default: on held-out NGEC *train* templates it scored lower (macro-F1 0.674 vs
    0.686, retrained either way), since the model's headline features come from title-case parses.
    ``headline_rules=True`` (the default) keeps the model's reading of the title-case headline but
    lets PLOVER's rules and the ranking read its sentence-case re-parse (see
    ``_headline_on_recase``): out-of-fold macro-F1 on NGEC train templates 0.866 -> 0.869 on
    its own (with the false-name fix in ``_recase_headline``)."""
    model = model if model is not None else load_model()
    smodel = sentence_model if sentence_model is not None else load_sentence_model()
    groups = doc_candidates(doc)
    if recase or (headline_rules and _headline_missed(doc, groups)):
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
        if headline_rules and not recase and pos == len(cands):
            sent, cands, labels = _headline_on_recase(doc, sent, cands, labels, model)
        coded = _code_sentence(sent, cands, labels, min_prob)
        if smodel is not None:
            coded = _reconcile(sent, cands, coded, smodel)
        if coded and coded[0].trigger.doc is not doc:
            # Coded on the sentence-case re-parse of a headline: back to the article's tokens.
            orig = _RECASED.get(id(sent))
            for c in coded:
                c.parsed = c.trigger
                c.trigger = doc[orig.start + c.trigger.i - sent.start]
                c.sentence = orig
        out.extend(coded)
    _RECASED.clear()
    return without_mentions_again(out)


def _in_content(p: Token, tok: Token) -> bool:
    """The protest is part of what an accusation charges, not its speaker ("accused the police
    *of* beating *demonstrators* during the *rally*"; but "*protesters* accused ...")."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]   # "accused the police of"
    return p.i != tok.i and any(a.dep_ == "prep" and a.lower_ in ("of", "for", "over")
                                and p in a.subtree for h in heads for a in h.children)


#: Words that name an event of a type only with certain arguments (each check returns None for
#: the words it does not govern, False where the arguments are missing).
def _asked_to_act(tok: Token, protest: Token) -> bool:
    """The protest is what is asked for ("asked the unions to end their boycott", "urged
    supporters to march"): inside the request's infinitive clause, not its topic."""
    return any(c.dep_ == "xcomp" and protest in c.subtree for c in tok.children)


_BOUND_CHECKS = {"MOBILIZE": (needs_forces,), "ASSAULT": (truce_violation, exchanged_fire),
                 "CONCEDE": (concedes_by_object, released_document, end_to, regret_as_concession,
                             left_in_protest, said_sorry),
                 "RETREAT": (exchanged_captives, released_document, leaving_forces),
                 "COOPERATE": (opened_route, trades_with, exchanged_information, trains_forces,
                               done_together, trade_named, joins_partner),
                 "PROTEST": (took_to_streets, unrest_reported),
                 "ACCUSE": (held_responsible, voiced_disapproval, blame_named),
                 "COERCE": (state_of_emergency, closure_by_authority, stripped_standing,
                            searched_place, broke_up_gathering),
                 "AID": (distributes_relief, gives_aid),
                 "CONSULT": (spoke_by_phone, envoy_sent, visited_site, received_visitor,
                             convened_meeting),
                 "AGREE": (agreement_reached,)}


def _unbound(tok: Token, etype: str) -> bool:
    """The word names this type only with arguments it lacks here ("moved to a new office",
    "restored order", "an emergency meeting", "distributed leaflets", "spoke to reporters",
    "a factory closure")."""
    return any(check(tok) is False for check in _BOUND_CHECKS.get(etype, ()))


def _material_fact(top: Coded, p) -> bool:
    """A factual material act in the main clause ("the navy rescued 40 migrants", "called up
    reservists") that the coder is surer of than the sentence model is of a statement: not
    vetoed as a statement. An act that a statement is about ("claimed responsibility for the
    *attack*", "condolences after the *attack*") is below the main clause and stays vetoed."""
    tok = getattr(top, "parsed", None) or top.trigger
    clause, steps = tok, 0
    while clause.dep_ in ("compound", "nsubj", "nsubjpass", "dobj") and steps < 3:
        clause, steps = clause.head, steps + 1     # "as a *bombing* kills twenty": its clause
    return not top.hypothetical and penta_class(top.type, False) in _MATERIAL_CLASSES \
        and top.probability >= p[STATEMENT] \
        and (subordination(tok) == 0 or subordination(tok) == 1 and in_time_clause(clause))


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
    verbal = {_parsed(e).i for e in real if e.type in _VERBAL}
    triggers = {_parsed(e).i for e in real}
    top = min(real, key=lambda e: main_key(e, verbal, triggers)) if real else None
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
        if p[STATEMENT] < STATEMENT_PROB or (top is not None and (
                _material_fact(top, p) or ((not top.hypothetical or top.promised)
                                           and stated_stance(_parsed(top), top.type))
                or headline_report(sent, top)
                or top.type == "ACCUSE" and not top.hypothetical and formal_charge(_parsed(top)))):
            return coded
        return [e for e in coded if e.negated or e.type == "REQUEST"]
    if top is not None:
        return coded
    options = []
    triggers = {c.token.i for c in cands}
    for cand in cands:
        if cand.negated:
            continue
        for t in cand.types:
            if penta_class(t, cand.hypothetical) == q and _gunfire(cand.token) \
                    and not no_event(cand.token, t, triggers) \
                    and not _unbound(cand.token, t) \
                    and not (t == "PROTEST" and officials_meet(cand.token)):
                options.append((cand, t))
                break
    if not options:
        return coded
    cand, etype = min(options, key=lambda o: (subordination(o[0].token), o[0].token.i))
    if etype == "PROTEST" and blocks_media(cand.token):
        etype = "COERCE"             # "blocked access to news websites"
    if etype == "COERCE" and armed_seizure(cand.token):
        etype = "ASSAULT"            # "pirates seized a ship"
    mode = _mode(etype, cand, [], sent)
    if etype == "ASSAULT" and _occupied_in_protest(cand.token):
        etype, mode = "PROTEST", "obstruct"    # "workers occupied the factory"
    if etype == "PROTEST" and _forces_block(cand.token):
        etype, mode = "COERCE", "restrict"     # "troops blockaded the city"
    new = Coded(etype, cand.token, sent, float(p[q]), False, cand.hypothetical, mode,
                _contexts(etype, mode, sent))
    return sorted([e for e in coded if e.trigger.i != cand.token.i] + [new],
                  key=lambda e: e.trigger.i)


def _code_sentence(sent: SpacySpan, cands: list[Candidate], labels: list[tuple[str, float]],
                   min_prob: float) -> list[Coded]:
    labels = [first_reading(c.token, lab, p, backs_off, protesters_leave)
              for c, (lab, p) in zip(cands, labels)]
    keep = [lab != NONE and p >= min_prob for lab, p in labels]
    for n, cand in enumerate(cands):      # "stopped smoking", "arrived in Geneva": no event
        if keep[n] and _argument_bound(cand.token, labels[n][0]) is False:
            keep[n] = False
    labels = list(labels)
    hypo = [c.hypothetical for c in cands]
    promised = [False] * len(cands)
    for n, cand in enumerate(cands):
        g = cand.governor
        # PLOVER (AGREE, ambiguities): an agreed or promised RETREAT / CONCEDE keeps its own
        # type and does not reduce to AGREE ("agreed to lift the curfew" is one CONCEDE).
        if keep[n] and g is not None and keep[g] and (labels[g][0] == "AGREE" or (
                labels[g][0] == "THREATEN" and _plain(cands[g].token) in _VOWING
                and not _conditional(cands[g].token))) \
                and labels[n][0] in ("CONCEDE", "RETREAT") \
                and not _unbound(cand.token, labels[n][0]):
            keep[g] = False
            # PLOVER: RETREAT / CONCEDE + future ("agreed to resign" has not resigned yet)
            hypo[n] = True
            promised[n] = not cands[g].hypothetical and not cands[g].negated
        if keep[n] and labels[n][0] == "SANCTION" and _military_withdrawal(cand.token) \
                and not _quits_forum(cand.token):
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
    forced_mode: dict[int, str] = {}
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
            elif _promise_to_concede(tok) or agrees_to_truce(tok) or reform_conceded(tok):
                labels[n] = ("CONCEDE", labels[n][1])
        elif etype in _COERCIVE and _conditional(tok) and (cand.hypothetical or tok.tag_ in (
                "VB", "VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            labels[n] = ("THREATEN", labels[n][1])
            hypo[n] = False          # the threat itself was made
        # PLOVER manual rules of the second round (see events.plover_rules).
        new, fixed = retype(tok, labels[n][0])
        if new in ("THREATEN", "REQUEST") and labels[n][0] != new:
            hypo[n] = False          # the warning or the demand itself was made
        labels[n] = (new, labels[n][1])
        if fixed:
            forced_mode[n] = fixed
        # PLOVER CONCEDE: "the promise of future concessions"; an announced concession ("workers
        # will end the strike") happened as an announcement, so it ranks as a factual event.
        if new == "CONCEDE" and hypo[n] and _announced(tok):
            promised[n] = True
        # PLOVER CONCEDE: yielding to demands, taking back one's own measure.
        given_up = labels[n][0] in ("AGREE", "CONSULT") and protest_given_up(tok)
        if given_up and _plain(tok) in _VOWING | {"agree", "offer", "decide", "consent"}:
            hypo[n] = promised[n] = True   # "agreed to postpone the protest": CONCEDE + future
        if given_up or labels[n][0] in ("AGREE", "CONSULT") and accepts_demand(tok) or \
                labels[n][0] == "RETREAT" and back_to_work(tok) or \
                labels[n][0] in ("COERCE", "SANCTION") and not hypo[n] and ended_measure(tok) or \
                labels[n][0] in _TAKEN_BACK and reverses_measure(tok) or \
                labels[n][0] in ("RETREAT", "SUPPORT", "SANCTION") and backs_off(tok) or \
                labels[n][0] in ("RETREAT", "REJECT", "SANCTION") and claim_given_up(tok):
            labels[n] = ("CONCEDE", labels[n][1])
        # PLOVER CONCEDE by its object: "restored internet access", "accepts responsibility".
        if labels[n][0] != NONE and concedes_by_object(tok):
            labels[n] = ("CONCEDE", labels[n][1])
        if grants_access(tok):                        # "allowed UN observers into Tigray"
            labels[n] = ("RETREAT", max(labels[n][1], 0.5))
        # PLOVER COOPERATE: shared intelligence, a suspect handed over, a joint operation.
        if labels[n][0] in ("RETREAT", "ASSAULT", "AID") and shares_information(tok) or \
                labels[n][0] in ("RETREAT", "AID") and hands_over_suspect(tok) or \
                labels[n][0] in ("MOBILIZE", "ACCUSE", "COERCE") and joint_operation(tok) or \
                labels[n][0] in ("MOBILIZE", "AID", "CONSULT") and sent_for_joint_training(tok):
            labels[n] = ("COOPERATE", labels[n][1])
        if labels[n][0] == "AID" and (provides_information(tok) or sold_supply(tok)):
            labels[n] = ("COOPERATE", labels[n][1])   # "provided intelligence", "sells gas"
        if labels[n][0] == "AID" and mutual_help(tok):
            labels[n] = ("COOPERATE", labels[n][1])   # "helping each other fight wildfires"
        if labels[n][0] == "SUPPORT" and welcomes_visitor(tok):
            labels[n] = ("CONSULT", labels[n][1])     # "welcomed his counterpart": a visit hosted
        if labels[n][0] == "SUPPORT" and material_ties(tok):
            labels[n] = ("COOPERATE", labels[n][1])
        if labels[n][0] == "COERCE" and armed_seizure(tok):
            labels[n] = ("ASSAULT", labels[n][1])     # "pirates seized a ship"
            if _plain(tok) in ("detain", "arrest", "capture", "hold", "apprehend"):
                forced_mode[n] = "abduct"             # "gunmen detained a journalist"
        if labels[n][0] == "REQUEST" and calls_truce(tok):
            labels[n] = ("CONCEDE", labels[n][1])     # "the rebels called a truce"
        if labels[n][0] in ("REJECT", "SANCTION", "RETREAT") and _ended_dissent(tok) is not None:
            labels[n] = ("CONCEDE", labels[n][1])     # "organisers cancelled the march"
        if labels[n][0] in ("SANCTION", "COERCE", "SUPPORT") and halts_attacks(tok):
            labels[n] = ("CONCEDE", labels[n][1])     # "suspended its bombing campaign"
        if labels[n][0] in ("CONCEDE", "RETREAT", "COERCE") and halts_exchange(tok):
            forced_mode[n] = halts_exchange(tok)      # "halted gas exports to its neighbour"
            labels[n] = ("SANCTION", labels[n][1])
        if labels[n][0] == "PROTEST" and blocks_media(tok):
            labels[n] = ("COERCE", labels[n][1])      # "blocked access to news websites"
        if labels[n][0] in ("CONCEDE", "COOPERATE") and reopens_mission(tok):
            labels[n] = ("SUPPORT", labels[n][1])     # "reopened their embassies"
        if labels[n][0] == "MOBILIZE" and (sends_relief(tok) or disaster_deployment(tok)):
            labels[n] = ("AID", labels[n][1])
        # PLOVER's potential ambiguities (see events.ambiguities).
        settled, mode = settle(tok, labels[n][0])
        if settled is None:
            keep[n] = False
            continue
        labels[n] = (settled, labels[n][1])
        if mode:
            forced_mode[n] = mode
        if labels[n][0] == "THREATEN" and cooperative_vow(tok):
            labels[n] = ("AGREE", labels[n][1])
        if labels[n][0] == "AGREE" and deal_in_force(tok):
            labels[n] = ("COOPERATE", labels[n][1])
        if labels[n][0] == "COOPERATE" and solo_exercise(tok):
            labels[n] = ("MOBILIZE", labels[n][1])
        # PLOVER ACCUSE (disapprove): a state's protest is diplomatic, not a demonstration.
        if labels[n][0] == "PROTEST" and diplomatic_protest(tok):
            labels[n] = ("ACCUSE", labels[n][1])
        # PLOVER COERCE, cyber mode: a hacking "attack" is coercion, not an ASSAULT.
        if labels[n][0] == "ASSAULT" and cyber:
            labels[n] = ("COERCE", labels[n][1])
        # PLOVER COOPERATE: joint exercises; MOBILIZE is a unilateral show of force.
        if labels[n][0] == "MOBILIZE" and (_joint(tok) or with_other_forces(tok)
                                           or under_defence_pact(tok) or joined_exercise(tok)):
            labels[n] = ("COOPERATE", labels[n][1])
        # PLOVER SUPPORT: "improve / expand diplomatic cooperation" is non-material SUPPORT.
        if labels[n][0] == "COOPERATE" and (_diplomatic(tok) or diplomatic_field(tok)):
            labels[n] = ("SUPPORT", labels[n][1])
        # PLOVER AID: "humanitarian / financial / military support" is material, not SUPPORT.
        if labels[n][0] == "SUPPORT" and _material(tok):
            labels[n] = ("AID", labels[n][1])
    triggers = {c.token.i for c in cands}
    for n, cand in enumerate(cands):
        if keep[n] and no_event(cand.token, labels[n][0], triggers):
            keep[n] = False
        if keep[n] and labels[n][0] == "PROTEST" and officials_meet(cand.token):
            keep[n] = False          # "ministers gathered for the summit": a meeting
        if keep[n] and _unbound(cand.token, labels[n][0]):
            keep[n] = False          # "moved to a new office", "an emergency meeting"
        if keep[n] and labels[n][0] == "RETREAT" and free_as_quality(cand.token):
            keep[n] = False          # "free trade": no one was freed
        if keep[n] and labels[n][0] == "CONSULT" and failed_talks(cand.token):
            keep[n] = False          # "talks collapsed": no consultation is the news
        if keep[n] and labels[n][0] == "PROTEST" and banned_activity(cand.token):
            keep[n] = False          # "a ban on rallies": no rally took place
        if keep[n] and labels[n][0] == "AID" and not_aid_package(cand.token):
            keep[n] = False          # "a sanctions package"
        if keep[n] and labels[n][0] in ("AID", "MOBILIZE") and sends_envoy(cand.token):
            keep[n] = False          # "sent an envoy": the envoy's mission is the CONSULT
    aid_words = {c.token.i for m, c in enumerate(cands) if keep[m] and labels[m][0] == "AID"}
    for n, cand in enumerate(cands):
        if keep[n] and labels[n][0] == "AID" and _plain(cand.token) == "package" and any(
                c.dep_ == "compound" and c.i in aid_words for c in cand.token.children):
            keep[n] = False          # "an aid package": one AID, the aid
        if keep[n] and labels[n][0] in ("PROTEST", "ASSAULT") and strikes_deal(cand.token):
            keep[n] = False          # "struck a deal": the deal is the AGREE
        if keep[n] and labels[n][0] != "CONSULT" and topic_of_talks(cand.token):
            keep[n] = False          # "ceasefire talks": what the meeting is about
        if keep[n] and labels[n][0] == "CONCEDE" and meeting_ended(cand.token):
            keep[n] = False          # "the talks ended": no concession
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
    # PLOVER: the topic of a protest (usually a REQUEST) is not a separate event; but a protest
    # that a verbal event is about ("support for the protests") is that event's object.
    # Protesters named as victims ("sue the government over the killing of protesters") hold
    # no protest whose topic the verbal event could be.
    protests = [cands[n].token for n in range(len(cands))
                if keep[n] and labels[n][0] == "PROTEST" and not cands[n].negated
                and not (cands[n].token.dep_ == "pobj"
                         and _plain(cands[n].token) in _RIOTERS)]
    for n, cand in enumerate(cands):
        if keep[n] and protests and labels[n][0] in _PROTEST_TOPIC:
            tok = cand.token
            own = {tok.i} | {t.i for t in absorbed.get(n, [])}   # "refused to *meet* protesters"
            if any(_related(tok, p) and not _object_of(p, own)
                   and not (labels[n][0] == "ACCUSE" and _in_content(p, tok))
                   and not (labels[n][0] == "REQUEST" and _asked_to_act(tok, p))
                   for p in protests):
                keep[n] = False
    # PLOVER SANCTION: a cut in aid, ties or trade ("suspended aid", "severed ties").
    index = {c.token.i: m for m, c in enumerate(cands)}
    cut_mode: dict[int, str] = {}
    for n, cand in enumerate(cands):
        reducer = _reducer(cand.token) or _halted_supplies(cand.token)
        if keep[n] and labels[n][0] == "CONSULT":
            reducer = _halted_talks(cand.token)      # "suspended the talks": CAMEO 164
            if reducer is not None and _ended_dissent(reducer) is not None:
                reducer = None                       # "suspended the strike pending talks"
        elif not keep[n] or labels[n][0] not in ("AID", "COOPERATE", "SUPPORT"):
            continue
        if reducer is None:
            continue
        m = index.get(reducer.i)
        if m is not None and m != n and not cands[m].negated:
            keep[m], keep[n] = True, False       # the cut is the event: "suspended aid"
            labels[m] = ("SANCTION", max(labels[m][1], labels[n][1]))
            hypo[m] = hypo[m] or cands[m].hypothetical
            cut_mode[m] = _cut_mode(cand.token)
            if _warned_possibility(reducer):     # "raises the potential of suspending talks"
                labels[m], hypo[m] = ("THREATEN", labels[m][1]), False
        elif m is None:
            labels[n] = ("SANCTION", labels[n][1])
            cut_mode[n] = _cut_mode(cand.token)
    # PLOVER CONCEDE / RETREAT / REJECT: what is lifted, eased, ended or refused ("lifted the
    # curfew", "the ban will be eased") is the object of that event, not an event of its own.
    # Also when the lifting verb was folded into a refusal: "declined to end the curfew" is one
    # REJECT (mode yield: "easing curfews").
    folded = {t.i: g for g, toks in absorbed.items() for t in toks}
    for n, cand in enumerate(cands):
        tok = cand.token
        if keep[n] and labels[n][0] in _LIFTED and tok.pos_ in ("NOUN", "PROPN") \
                and _undergoer(tok) and tok.head.i in index:
            m = index[tok.head.i]
            if m != n and keep[m] and labels[m][0] in _LIFTING:
                keep[n] = False
            elif m != n and tok.head.i in folded and keep[folded[tok.head.i]] \
                    and labels[folded[tok.head.i]][0] == "REJECT" and labels[m][0] in _LIFTING \
                    and _word_lemma(tok.head) in _CONCESSION:
                keep[n] = False
    # A suspended protest or a withdrawn complaint is the concession's object; a light verb gives
    # way to its event noun.
    objects_of_events([c.token for c in cands], labels, keep)
    for n, cand in enumerate(cands):
        if keep[n] and labels[n][0] == "REJECT" and _denial(cand.token):
            keep[n] = False
    # a meeting called off, protesters ending their protest: the other event's undergoers
    drop_undergoers([c.token for c in cands], labels, keep, index)
    # PLOVER CONCEDE: an announced or promised retreat ("said it would withdraw", "pledges to
    # free the detainees") is a CONCEDE that happened as an announcement.
    for n, cand in enumerate(cands):
        if keep[n] and labels[n][0] == "RETREAT" and not cand.negated \
                and (hypo[n] or headline_infinitive(cand.token) or declared_withdrawal(cand.token)
                     or cand.token.dep_ == "xcomp" and _plain(cand.token.head) == "decide") \
                and future_retreat(cand.token, promised[n]):
            labels[n], promised[n] = ("CONCEDE", labels[n][1]), True
    # "Officials urge calm as a bombing kills twenty": the time clause reports a fact.
    for n, cand in enumerate(cands):
        if keep[n] and hypo[n] and not promised[n] and _temporal_fact(cand.token):
            hypo[n] = False
    # PLOVER AGREE: a meeting, visit, aid or cooperation announced for the future.
    aid = {c.token.i for n, c in enumerate(cands) if keep[n] and labels[n][0] == "AID"}
    for n, cand in enumerate(cands):
        if keep[n] and labels[n][0] == "MOBILIZE" and carries_aid(cand.token, aid):
            keep[n] = False          # "sends aid": one AID
    for n, cand in enumerate(cands):
        if keep[n] and labels[n][0] in _COOPERATIVE and not cand.negated \
                and future_cooperation(cand.token):
            labels[n], promised[n] = ("AGREE", labels[n][1]), True
    # The sentence commuted or the conviction overturned is that concession's object.
    conceded = {c.token.i for n, c in enumerate(cands) if keep[n] and labels[n][0] == "CONCEDE"}
    for n, cand in enumerate(cands):
        if keep[n] and labels[n][0] in ("SANCTION", "COERCE") \
                and reversed_object(cand.token, conceded):
            keep[n] = False
        if keep[n] and labels[n][0] in ("AID", "AGREE") and grants_concession(cand.token, conceded):
            keep[n] = False          # "grants amnesty": one CONCEDE
    refused = {n: _REFUSED[labels[n][0]] for n, cand in enumerate(cands)
               if keep[n] and cand.negated and labels[n][0] in _REFUSED and _refusal(cand.token)}
    # PLOVER CONCEDE: "many concessions deal with promises that certain things will *not*
    # happen": an announced forgoing of force or repression ("police will not arrest marchers").
    forgone = {n for n, cand in enumerate(cands)
               if keep[n] and cand.negated and (labels[n][0] in ("ASSAULT", "COERCE", "SANCTION")
                                                or _plain(cand.token) in _PROSECUTING)
               and _refusal(cand.token) and not _conditional(cand.token)}
    protest_kept = any(keep[m] and labels[m][0] == "PROTEST" for m in range(len(cands)))
    coded = []
    for n, cand in enumerate(cands):
        if not keep[n]:
            continue
        if n in refused:              # the refusal itself happened: a factual REJECT
            coded.append(Coded("REJECT", cand.token, sent, labels[n][1], False, False, refused[n],
                               _contexts("REJECT", refused[n], sent)))
            continue
        if n in forgone:              # the promise itself was made: a factual CONCEDE
            coded.append(Coded("CONCEDE", cand.token, sent, labels[n][1], False, False, None,
                               _contexts("CONCEDE", None, sent)))
            continue
        etype, prob = labels[n]
        action = collective_demand(cand.token) if etype in ("REQUEST", "ACCUSE") \
            and not cand.negated and not protest_kept else None
        if action is not None:        # "workers took over the offices to demand back pay"
            coded.append(Coded("PROTEST", action, sent, prob, False, False, "demo",
                               _contexts("PROTEST", "demo", sent)))
            continue
        mode = forced_mode[n] if n in forced_mode else \
            cut_mode.get(n) if etype == "SANCTION" and n in cut_mode else \
            _mode(etype, cand, absorbed.get(n, []), sent)
        if etype == "PROTEST" and (_rioters(cand.token) or _in_demonstration(cand.token)):
            mode = "riot"
        coded.append(Coded(etype, cand.token, sent, prob,
                           cand.negated or _in_denied_claim(cand.token), hypo[n],
                           mode, _contexts(etype, mode, sent), promised=promised[n]))
    return coded

"""Who acts on whom in a sentence: the actor and recipient phrases of an event trigger, read
from the dependency parse (subjects, passive agents, objects, prepositional objects,
conjunctions, possessives, control and relative clauses, nominal triggers, reported clauses).
Used by the actors stage (:mod:`dateline.pipeline.actors`), which codes the phrases found here.

Which phrases can be participants is in :mod:`dateline.pipeline.participants`, the arguments
found across clauses (inherited subjects, reported clauses) in :mod:`dateline.pipeline.clauses`;
their public names are re-exported here.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.kb import load_kb
from dateline.kb.mentions import Mentions
# the parts of the argument reader, re-exported: callers import them from here
from dateline.pipeline.clauses import (
    CHARGE_VERBS, COMMAND_VERBS, OBJECT_CONTROL, RELATIVE, SPEAKER_ACTS, SPEECH_VERBS, _clausal_target,
    _inherited_subject,
)
from dateline.pipeline.participants import (
    _ACTOR_ENTS, CLAIM_NOUNS, FACILITY_NOUNS, FORCE_NOUNS, HUMAN_NOUNS, INNER_PREPS, MOVE_VERBS,
    MUTUAL_NOUNS, MUTUAL_TYPES, MUTUAL_VERBS, NOT_ARGS, OBJECTS, QUANTITY_NOUNS, RECIPIENT_PREPS,
    RECIPROCAL_PREPS, SUBJECTS, _actorish, _authored, _authors, _concrete, _facility, _inner, _mutual,
    _named, _own_force, _placeish, animate, mentions_agent, pobjs,
)


#: Light verbs carrying a nominal trigger: "launched an attack on", "held talks with".
VERBAL_TYPES = frozenset(("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONSULT"))
MATERIAL_TYPES = frozenset(("ASSAULT", "COERCE", "SANCTION", "AID", "PROTEST", "MOBILIZE",
                            "CONCEDE", "COOPERATE", "RETREAT"))
#: Nominal triggers whose "of" object is the one acting ("withdrawal of troops").
OF_IS_ACTOR = frozenset(("RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "COOPERATE"))
MAX_ARGS = 6


def arguments(trigger: Token, event_type: Optional[str] = None, mentions: Optional[Mentions] = None
              ) -> tuple[list[Token], list[Token], Optional[Token]]:
    """Heads of the actor and the recipient phrases of the event that ``trigger`` names.

    The third value is the controller whose country an uncoded actor inherits ("Shoigu ordered
    troops to withdraw": troops are Shoigu's).
    """
    if mentions is None:
        mentions = Mentions(trigger.doc, load_kb())
    if trigger.pos_ in ("NOUN", "PROPN") or (trigger.pos_ != "VERB" and trigger.tag_.startswith("NN")):
        sources, targets, controller = _nominal(trigger, event_type)
    else:
        sources, targets, controller = _verbal(trigger, event_type, mentions)
    # "both sides, who held talks": a relative pronoun stands for the noun its clause modifies
    sources = [s.head.head if s.lower_ in RELATIVE and s.dep_ in SUBJECTS + ("nsubjpass",)
               and s.head.dep_ == "relcl" else s for s in sources]
    sources = _expand(sources)
    targets = [t for t in _expand(targets) if t not in sources]
    if event_type not in MATERIAL_TYPES | {None}:  # a stance is taken toward someone, or their act
        targets = [t for t in targets if _actorish(t, mentions) or _authored(t, mentions)]
    return sources[:MAX_ARGS], targets[:MAX_ARGS], controller



def _verbal(verb: Token, event_type: Optional[str], mentions: Mentions
            ) -> tuple[list[Token], list[Token], Optional[Token]]:
    sources: list[Token] = []
    passive: list[Token] = []
    direct: list[Token] = []
    via_prep: list[Token] = []
    located: list[Token] = []
    controller = None
    for child in verb.children:
        dep = child.dep_
        if dep in SUBJECTS:
            sources.append(child)
        elif dep in ("nsubjpass", "csubjpass"):
            passive.append(child)
        elif dep == "agent":
            sources.extend(pobjs(child))
        elif dep in OBJECTS and child.pos_ not in ("AUX", "PART", "SCONJ", "PUNCT", "DET", "ADP"):
            direct.append(child)
        elif dep == "prep" or (dep == "dative" and child.pos_ == "ADP"):
            prep = child.lower_
            if prep in RECIPIENT_PREPS or prep in RECIPROCAL_PREPS:
                via_prep.extend(pobjs(child))
            elif prep == "in":
                located.extend(t for t in pobjs(child) if _placeish(t))
    if verb.tag_ == "VBN" and sources and not passive and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and all(
            s.i < verb.i and s.doc[verb.i - 1].text == "," for s in sources):
        passive, sources = sources, []   # "The deal, signed late on Saturday, ...": a participle
    elif verb.lemma_.lower() in DONE_TO_VERBS and sources and not passive and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "xcomp", "ccomp", "dative", "attr") for c in verb.children) \
            and all(s.i < verb.i for s in sources):
        passive, sources = sources, []   # a headline's "5 suspects arrested": who is arrested
    undergone = verb.lemma_.lower() in UNDERGO_VERBS
    if undergone:  # "a prisoner died in custody": the one who died is the recipient
        passive, sources = passive + sources, []
    if passive and not sources:  # "was shot and wounded by gunmen": the agent is shared
        sources = [p for v in verb.conjuncts if v.pos_ in ("VERB", "AUX")
                   for c in v.children if c.dep_ == "agent" for p in pobjs(c)][:2]
    if passive and not sources:  # "23 civilians were killed as government forces shelled the town"
        sources = [s for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                   and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "after", "while")
                           for m in c.children)
                   for s in c.children if s.dep_ == "nsubj" and _actorish(s, mentions)][:2]
    # "launched an assault on X", "held talks with X": the object noun hands its role on
    for obj in direct:
        via_prep.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                        for p in pobjs(c))
    # "carried out strikes, killing X", "issued a statement urging X to ..."
    participle = [o for c in (*verb.children, *(c for d in direct for c in d.children))
                  if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
                  for o in (*c.children, *(p for x in c.children if x.dep_ == "prep" for p in pobjs(x)))
                  if o.dep_ in OBJECTS + ("pobj",)]
    actorish = lambda toks: [t for t in toks if _actorish(t, mentions)]  # noqa: E731
    # "withdrew its troops from X", "mobilized the army for a war against X": one's own forces
    # are no recipient; they stay a last resort
    own = [d for d in direct if _own_force(d, verb)]
    direct = [d for d in direct if d not in own]
    # "sent aid to help victims of the quake", "went on strike to protest X": the purpose's recipient
    purpose = [t for c in (*verb.children, *(c for d in direct for c in d.children)) if c.pos_ == "VERB" and (
               c.dep_ in ("advcl", "relcl", "acl") or c.dep_ == "xcomp" and verb.lemma_ not in OBJECT_CONTROL)
               and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for t in _verbal(c, event_type, mentions)[1]] if not actorish(direct) else []
    expressed = verb.lemma_ in EXPRESS_VERBS and not any(_named(d, mentions) for d in direct)
    about: list[Token] = []
    if expressed:
        # "expressed concern about X", "voiced hope that X will": what the feeling is about
        about = [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in EXPRESS_PREPS
                 for t in pobjs(c)]
        about += [t for d in direct for c in d.children if c.dep_ == "prep" and c.lower_ in EXPRESS_PREPS
                  for t in pobjs(c)]
        # "pessimism over holding talks with X", "about bringing the standoff to an end"
        about += [t for x in (verb, *direct) for c in x.children
                  if c.dep_ == "prep" and c.lower_ in EXPRESS_PREPS
                  for v in c.children if v.dep_ == "pcomp" and v.pos_ == "VERB"
                  for t in (actorish([p for q in v.children if q.dep_ == "prep" for p in pobjs(q)])
                            or [o for o in v.children if o.dep_ in OBJECTS])]
        about = about or [s for x in (verb, *direct) for c in x.children
                          if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > x.i
                          for s in c.children
                          if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in RELATIVE]
        direct = actorish(about) or about or direct
    # "stormed a police headquarters", "shelled an army base": a facility is what is hit
    hit = [d for d in direct if not _actorish(d, mentions) and _facility(d)] \
        if event_type in MATERIAL_TYPES | {None} else []
    # "rejected accusations by X", "accepted the demands by protesters": the thing's author
    authors = [t for d in direct if not _actorish(d, mentions) and d.lemma_.lower() in CLAIM_NOUNS
               for t in _authors(d, mentions)]
    # "lifted its blockade of Yemen", "renewed the embargo on Iran", "called for sanctions against
    # China": a thing's object is the one hit; a place it is "in" only when nothing else is named
    things = [d for d in direct + own if not _actorish(d, mentions) and d not in hit] if not expressed else []
    inner_all = [(t, where) for d in things for t, where in _inner(d, mentions, located_too=True)]
    if not inner_all and not expressed:
        things = [v for v in via_prep if not _actorish(v, mentions) and not _placeish(v)]
        inner_all = [(t, where) for d in things for t, where in _inner(d, mentions, located_too=True)]
    inner = [t for t, where in inner_all if not where]
    inner_located = [t for t, where in inner_all if where]
    # "sent troops to Kuwait", "gave aid to Haitians", "opened its borders to refugees": what is
    # handed over is no recipient; the one it goes to is
    bound = [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in TOWARD_PREPS
             for t in pobjs(c) if _actorish(t, mentions) or _placeish(t) or (
                 t.ent_type_ not in NOT_ARGS and t.pos_ in ("NOUN", "PROPN") and (
                     verb.lemma_ in TRANSFER_VERBS and c.lower_ in ("to", "into")
                     or verb.lemma_ in LEAVE_VERBS and c.lower_ == "from"))]
    if bound and not any(d.ent_type_ in _ACTOR_ENTS for d in direct) and (
            verb.lemma_ in TRANSFER_VERBS or not actorish(direct)):
        direct = []
    # "declared a state of emergency in Colombia": the place is what the measure falls on
    scene = [t for t in located if (direct or own or via_prep) and not actorish(direct + via_prep)]
    if verb.lemma_ == "call" and any(c.dep_ == "xcomp" for c in verb.children):
        # "called on X to stop": X is asked, whatever the parser made of the rest
        called = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for t in pobjs(c)]
        direct = actorish(called) or direct
    # "called for Kenya to reopen the border", "pushed for the government to act": who is to act
    asked = [s for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.pos_ == "VERB"
             and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
             for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    targets = actorish(direct) or actorish(asked) or hit or authors or inner or bound or actorish(via_prep) \
        or actorish(participle) or actorish(purpose) or inner_located or scene or (
        (direct or via_prep) if about else _concrete(direct or via_prep or own, mentions))
    if not targets:  # "agreed to lift sanctions on X", "failed to renew the embargo on X"
        targets = [t for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                   for t in _verbal(c, event_type, mentions)[1]]
    if not targets:  # "is willing to send aid to X", "is skeptical of X", "was responsible for X"
        targets = _predicative(verb, event_type, mentions)
    if passive and actorish(passive):  # "X was released from captivity": X, not captivity
        targets = [t for t in targets if _actorish(t, mentions) and t.ent_type_ not in ("GPE", "LOC")]
    targets = passive + [t for t in targets if t not in passive]
    # relative pronouns stand for the noun the clause modifies
    if verb.dep_ == "relcl":
        sources = [verb.head if s.lower_ in RELATIVE else s for s in sources]
        targets = [verb.head if t.lower_ in RELATIVE else t for t in targets]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not sources and verb.lemma_.lower() in MOVE_VERBS \
            and (verb.head.lemma_.lower() in FORCE_NOUNS or verb.head.lower_ in FORCE_NOUNS):
        sources.insert(0, verb.head)  # "the force deployed to X": the force that moves, not its target
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":  # "missiles fired by Israel"
        targets.insert(0, verb.head)
    elif verb.dep_ == "acl":  # "troops attacking the city"
        if _actorish(verb.head, mentions) or not sources and verb.head.dep_ not in ("dobj", "pobj"):
            sources.insert(0, verb.head)
        elif not sources:  # "forces carried out shellings targeting X", "detonated an IED targeting X"
            sources = _nominal(verb.head, None)[0]
    if not sources and not undergone:
        sources, controller = _inherited_subject(verb)
    elif verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in OBJECT_CONTROL:
        controller = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if not targets and (event_type in VERBAL_TYPES or event_type is None or verb.lemma_ in SPEECH_VERBS):
        targets = _clausal_target(verb, sources)
        if targets and targets[0].dep_ in OBJECTS:  # an object of the clause: only a participant
            targets = _concrete(targets, mentions)
    if not targets and event_type in (None, "ASSAULT", "COERCE", "AID", "SANCTION", "AGREE", "MOBILIZE"):
        targets = located
    if _mutual(verb, sources, direct + via_prep, event_type) and not actorish(targets):
        targets = []  # "X and Y agreed to a ceasefire": both take part; the ceasefire is no recipient
    return sources, targets, controller


#: Prepositions of the one a thing goes to or comes from ("sent troops to", "withdrew from").
TOWARD_PREPS = frozenset(("to", "against", "on", "upon", "into", "onto", "from", "toward",
                          "towards", "at"))
#: Verbs whose object is what is said or felt, not who it is about ("expressed optimism at X").
EXPRESS_VERBS = frozenset(("express", "voice", "convey", "extend", "reiterate", "register", "lodge"))
EXPRESS_PREPS = frozenset(("to", "for", "about", "at", "over", "with", "on", "against", "toward",
                           "towards", "regarding", "concerning", "in", "of"))
#: Verbs done to someone, never intransitive: with a subject and no object or auxiliary
#: ("5 suspects arrested", "Hostages freed") the subject is who undergoes them.
DONE_TO_VERBS = frozenset(("arrest", "detain", "kill", "wound", "injure", "kidnap", "abduct", "jail",
                           "imprison", "sentence", "convict", "deport", "expel", "execute", "free",
                           "release", "rescue", "lift", "ban", "impose", "seize", "capture",
                           "behead", "torture", "evacuate", "sanction", "indict", "charge", "fine",
                           "pardon", "acquit", "extradite", "summon", "hang"))
#: Verbs of witnessing, reporting or judging an act: their subject is not who did it ("residents
#: reported air strikes", "the UN condemned the bombing", "monitors documented the shelling").
WITNESS_VERBS = frozenset(("report", "hear", "see", "witness", "describe", "recount", "recall",
                           "document", "record", "observe", "notice", "film", "photograph",
                           "condemn", "denounce", "criticize", "criticise", "deplore", "decry",
                           "investigate", "probe", "mourn", "fear", "predict", "expect", "blame",
                           "welcome", "praise", "hail", "protest", "survive", "flee", "escape",
                           "confirm", "announce"))
#: Verbs whose subject undergoes the event ("died", "perished"): it is the recipient.
UNDERGO_VERBS = frozenset(("die", "perish", "drown", "starve", "succumb"))
#: Verbs that hand something over: the thing is no recipient, the one it goes to is.
TRANSFER_VERBS = frozenset(("send", "deploy", "dispatch", "give", "provide", "deliver", "return", "hand",
                            "transfer", "extradite", "deport", "offer", "donate", "supply", "ship", "export",
                            "sell", "lend", "grant", "contribute", "airlift", "move", "withdraw", "pull"))
#: Verbs of leaving a place: what they leave is the recipient ("withdrew its troops from X").
LEAVE_VERBS = frozenset(("withdraw", "pull", "retreat", "evacuate", "expel", "oust", "drive", "push"))


#: Prepositions after a predicative adjective that name what it is about ("skeptical of X").
ADJ_PREPS = frozenset(("of", "about", "over", "for", "with", "to", "on", "toward", "towards", "against"))


def _predicative(verb: Token, event_type: Optional[str], mentions: Mentions) -> list[Token]:
    """Recipients under a predicative adjective: "is willing to send aid to X" (its complement's),
    "is skeptical of X", "is pessimistic that X will", "was responsible for killings in X"."""
    out: list[Token] = []
    for attr in verb.children:  # "is the largest donor to Sudan", "remains a donor of aid in Iraq"
        if attr.dep_ == "attr" and attr.pos_ == "NOUN":
            out.extend(_inner(attr, mentions))
    for adj in verb.children:
        if adj.dep_ != "acomp":
            continue
        for c in adj.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                out.extend(_verbal(c, event_type, mentions)[1])
            elif c.dep_ == "prep" and c.lower_ in ADJ_PREPS:
                for obj in pobjs(c):
                    if _actorish(obj, mentions) or obj.ent_type_ in ("GPE", "LOC"):
                        out.append(obj)
                    else:
                        out.extend(_inner(obj, mentions) or [obj])
            elif c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                out.extend(s for s in c.children
                           if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in RELATIVE)
        if out:
            break
    return out


#: sectors whose noun before an event noun names who does it ("rebel pullback", "police raid");
#: not victims or captives ("civilian deaths", "prisoner release")
_ACTING_SECTORS = frozenset(("REB", "COP", "MIL", "GOV", "UAF", "EDU", "LAB", "JUD", "LEG", "SPY"))


def _acting_word(tok: Token) -> bool:
    """A word naming who acts, by its sector ("rebel", "police", "army"; not "civilian")."""
    return load_kb().sector([tok.lemma_.lower()]) in _ACTING_SECTORS


def _nominal(noun: Token, event_type: Optional[str]) -> tuple[list[Token], list[Token], Optional[Token]]:
    sources: list[Token] = []
    targets: list[Token] = []
    for child in noun.children:
        dep = child.dep_
        if dep == "poss":
            sources.append(child)
        elif dep in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            sources.append(child)
        elif dep == "prep":
            prep = child.lower_
            objs = pobjs(child)
            if prep == "by":
                sources = [s for s in sources if s.dep_ == "poss"] + objs
            elif prep in RECIPROCAL_PREPS and objs:
                both = sorted({t for o in objs for t in (o, *o.conjuncts)}, key=lambda t: t.i)
                sources.append(both[0])
                targets.extend(both[1:])
            elif prep == "of":
                (sources if event_type in OF_IS_ACTOR else targets).extend(objs)
            elif prep in RECIPIENT_PREPS:
                targets.extend(objs)
    if not sources and noun.dep_ in ("nsubj", "nsubjpass") and mentions_agent(noun):
        sources = [noun]  # "protesters rallied in Sydney": the trigger names who acts
    if not sources and event_type == "PROTEST" and mentions_agent(noun):
        sources = [noun]  # "police dispersed the protesters": they protest, the police do not
    if not sources:
        head = noun.head
        if noun.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX") \
                and head.lemma_.lower() in WITNESS_VERBS:
            pass  # "residents reported air strikes", "the UN condemned the bombing": not who struck
        elif noun.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            sources = [c for c in head.children if c.dep_ in SUBJECTS] or _inherited_subject(head)[0]
            if not targets:
                targets = [p for c in head.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                           for p in pobjs(c)]
        elif noun.dep_ == "pobj":  # "staged a sit-in in protest", "carried out acts of protest"
            cur, steps = head, 0
            while cur.pos_ not in ("VERB", "AUX") and cur.dep_ in ("prep", "pobj", "dobj") and steps < 4:
                cur, steps = cur.head, steps + 1
            if cur.pos_ in ("VERB", "AUX"):
                sources = [c for c in cur.children if c.dep_ in SUBJECTS]
        elif noun.dep_ in ("nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
            # "X was attacked by Y", "a protest took place by pushcart owners"
            sources = [p for c in head.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                       for p in pobjs(c)]
    if not sources and event_type != "AID":  # "the rebel pullback", "a police raid"; not "military aid"
        sources = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                   and _acting_word(c)]
    if not targets and (event_type in VERBAL_TYPES or event_type is None):
        targets = _clausal_target(noun, sources)
    return sources, targets, None


def _expand(heads: list[Token]) -> list[Token]:
    """Every conjunct of every head ("Ukraine and the West"), in text order, once."""
    out: list[Token] = []
    for head in heads:
        reciprocal = head.dep_ in ("pobj", "conj") and any(
            a.lower_ in RECIPROCAL_PREPS for a in (head.head, head.head.head))
        for tok in ((head,) if reciprocal else (head, *head.conjuncts)):
            if tok.ent_type_ in NOT_ARGS and not any(  # "dozens of IS members" stays
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue
            if tok in out or tok.pos_ in ("AUX", "PART", "SCONJ", "PUNCT", "DET", "ADP", "CCONJ", "SPACE"):
                continue
            if tok.pos_ in ("ADJ", "ADV", "VERB") and tok.ent_type_ not in ("NORP", "GPE") \
                    and tok.dep_ not in OBJECTS + SUBJECTS + ("pobj", "nsubjpass", "conj") \
                    and not (tok.dep_ == "amod" and _acting_word(tok)):
                continue
            out.append(tok)
    return sorted(out, key=lambda t: t.i)


__all__ = [
    "arguments", "SUBJECTS", "OBJECTS", "RECIPIENT_PREPS", "RECIPROCAL_PREPS", "RELATIVE",
    "COMMAND_VERBS", "OBJECT_CONTROL", "NOT_ARGS", "SPEECH_VERBS", "VERBAL_TYPES", "MATERIAL_TYPES",
    "OF_IS_ACTOR", "MAX_ARGS", "HUMAN_NOUNS", "TOWARD_PREPS", "EXPRESS_VERBS", "EXPRESS_PREPS",
    "INNER_PREPS", "FACILITY_NOUNS", "MUTUAL_VERBS", "MUTUAL_NOUNS", "MUTUAL_TYPES",
    "UNDERGO_VERBS", "TRANSFER_VERBS", "LEAVE_VERBS", "FORCE_NOUNS", "MOVE_VERBS", "CLAIM_NOUNS",
    "ADJ_PREPS", "SPEAKER_ACTS", "CHARGE_VERBS", "animate", "mentions_agent", "pobjs",
    "QUANTITY_NOUNS",
]

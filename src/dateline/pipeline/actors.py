"""Stage: actors. Finds each event's actors and recipients and codes them.

The arguments come from the dependency parse of the trigger's sentence (subjects, passive agents,
objects, prepositional objects, conjunctions, possessives, control and relative clauses); each
argument phrase is then coded against the actor KB (:mod:`dateline.kb`) and, for pronouns and
definite descriptions, resolved within the article (:mod:`dateline.kb.mentions`).
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Iterable, Optional

from spacy.tokens import Token

from dateline.kb import load_kb
from dateline.kb.mentions import PERSON_PRON, PLACE_NOUNS, PLURAL_PRON, THING_PRON, Context, Info, Mentions
from dateline.pipeline.article import Article
from dateline.records import Actor, Event

log = logging.getLogger(__name__)

SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "dative", "obj", "iobj", "oprd")
#: Prepositions whose object is the recipient ("attack on", "talks with", "sanctions against").
RECIPIENT_PREPS = frozenset(("with", "against", "on", "upon", "to", "at", "for", "from", "toward",
                             "towards", "into", "over", "onto", "across"))
RECIPROCAL_PREPS = frozenset(("between", "among", "amongst"))
RELATIVE = frozenset(("who", "which", "that", "whom", "whose"))
#: Verbs whose object is made to act: "ordered troops to withdraw".
COMMAND_VERBS = frozenset(("order", "command", "instruct", "direct", "authorize", "authorise"))
#: Verbs whose object is the subject of their complement ("urged Russia to stop").
OBJECT_CONTROL = COMMAND_VERBS | frozenset((
    "urge", "ask", "tell", "force", "allow", "permit", "persuade", "encourage", "invite", "compel",
    "press", "pressure", "push", "request", "require", "warn", "advise", "help", "enable", "call",
    "expect", "want", "oblige", "prompt", "convince", "lead", "send", "deploy", "dispatch"))
_NOT_ARGS = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"))
SPEECH_VERBS = frozenset(("say", "tell", "announce", "state", "claim", "report", "add", "declare",
                          "insist", "write", "note", "stress", "warn", "allege"))
#: Light verbs carrying a nominal trigger: "launched an attack on", "held talks with".
VERBAL_TYPES = frozenset(("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONSULT"))
MATERIAL_TYPES = frozenset(("ASSAULT", "COERCE", "SANCTION", "AID", "PROTEST", "MOBILIZE",
                            "CONCEDE", "COOPERATE", "RETREAT"))
#: Nominal triggers whose "of" object is the one acting ("withdrawal of troops").
OF_IS_ACTOR = frozenset(("RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "COOPERATE"))
_SPAN_DROP = frozenset(("relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis",
                        "ccomp", "xcomp", "case", "prep", "mark", "advmod", "preconj"))
_ACTOR_ENTS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
MAX_ARGS = 6
#: Nouns for people that the sector tables do not list.
HUMAN_NOUNS = frozenset((
    "people", "person", "member", "civilian", "citizen", "resident", "worker", "student", "family",
    "child", "woman", "man", "villager", "prisoner", "detainee", "refugee", "migrant", "fighter",
    "soldier", "victim", "supporter", "group", "delegation", "team", "side", "party", "country",
    "nation", "state", "community", "population", "employee", "national", "hostage", "crew",
    "protester", "demonstrator", "gunman", "assailant", "attacker", "individual", "rioter", "mob",
    "crowd", "perpetrator", "youth", "farmer", "driver", "teacher", "trader", "militant",
    "union", "association", "movement", "organization", "organisation", "unit", "force", "gang"))


def code_actors(article: Article, actors_file: Optional[str] = None) -> None:
    """Fill ``event.actors`` and ``event.recipients`` for every event of the article."""
    if not article.events or article.doc is None or len(article.doc) == 0:
        return
    try:
        kb = load_kb(actors_file)
        mentions = Mentions(article.doc, kb, article.date)
    except Exception:  # never let a bad KB file or odd parse stop the pipeline
        log.exception("actors: cannot prepare article %s", article.id)
        return
    context = Context(mentions)
    for event in article.events:
        try:
            _code_event(article, mentions, event, context)
        except Exception:
            log.exception("actors: event %s in %s skipped", event.type, article.id)


def _code_event(article: Article, mentions: Mentions, event: Event, context: Context) -> None:
    trigger = article.token_at(event.trigger.start)
    if trigger is None:
        return
    sources, targets, controller = arguments(trigger, event.type, mentions)
    inherited = mentions.code(controller) if controller is not None else None
    event.actors = _to_actors(article, mentions, sources, inherited, context)
    _scene_fallback(article, event, trigger, context)
    taken = {(a.start, a.end) for a in event.actors}
    event.recipients = [a for a in _to_actors(article, mentions, targets, None, context)
                        if (a.start, a.end) not in taken]


def _scene_fallback(article: Article, event: Event, trigger: Token, context: Context) -> None:
    """NGEC's rule for unnamed perpetrators: when no actor of the event has a country, its actors
    (a local person, "a group", an unresolved "they") take the scene's country; an event with no
    actor at all ("a man was killed in X", "looting in X") gets an implicit one: an empty span at
    the trigger, ``kb_id`` :data:`IMPLICIT`, coded to the scene's country only."""
    if any(a.country for a in event.actors):
        return
    country = context.country(trigger)
    if not country:
        return
    if event.actors:
        event.actors = [replace(a, country=country) if a.country is None else a for a in event.actors]
        return
    # No words name this actor: a zero-width span at the trigger, so no text is mistaken for it.
    at = article.span(event.trigger.start, event.trigger.start)
    event.actors = [Actor(**vars(at), country=country, kb_id=IMPLICIT)]


#: ``kb_id`` of an event's unnamed actor, coded from the scene (an empty span at the trigger).
IMPLICIT = "implicit:scene"


def _groupish(head: Token, info: Info) -> bool:
    """An unnamed group or role that takes the scene's country ("police", "protesters", a union)."""
    if info.country or info.kb_id or info.person or head.pos_ == "PRON":
        return False
    return bool(info.sector) or head.lemma_.lower() in HUMAN_NOUNS or head.tag_ == "NNS" or (
        head.ent_type_ == "ORG" and head.pos_ == "PROPN")


# -- finding the arguments ---------------------------------------------------------------------
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
    sources = _expand(sources)
    targets = [t for t in _expand(targets) if t not in sources]
    if event_type not in MATERIAL_TYPES | {None}:
        targets = [t for t in targets if _actorish(t, mentions)]
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
            sources.extend(_pobjs(child))
        elif dep in OBJECTS and child.pos_ not in ("AUX", "PART", "SCONJ", "PUNCT", "DET", "ADP"):
            direct.append(child)
        elif dep == "prep" or (dep == "dative" and child.pos_ == "ADP"):
            prep = child.lower_
            if prep in RECIPIENT_PREPS or prep in RECIPROCAL_PREPS:
                via_prep.extend(_pobjs(child))
            elif prep == "in":
                located.extend(t for t in _pobjs(child) if _placeish(t))
    if passive and not sources:  # "was shot and wounded by gunmen": the agent is shared
        sources = [p for v in verb.conjuncts if v.pos_ in ("VERB", "AUX")
                   for c in v.children if c.dep_ == "agent" for p in _pobjs(c)][:2]
    # "launched an assault on X", "held talks with X": the object noun hands its role on
    for obj in direct:
        via_prep.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                        for p in _pobjs(c))
    # "carried out strikes, killing X", "issued a statement urging X to ..."
    participle = [o for c in (*verb.children, *(c for d in direct for c in d.children))
                  if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
                  for o in (*c.children, *(p for x in c.children if x.dep_ == "prep" for p in _pobjs(x)))
                  if o.dep_ in OBJECTS + ("pobj",)]
    actorish = lambda toks: [t for t in toks if _actorish(t, mentions)]  # noqa: E731
    # "lifted its blockade of Yemen", "renewed the embargo on Iran": a thing's object is the one hit
    inner = [t for d in direct if not _actorish(d, mentions) for t in _inner(d, mentions)]
    # "sent troops to Kuwait", "gave aid to Haitians", "opened its borders to refugees": what is
    # handed over is no recipient; the one it goes to is
    bound = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in TOWARD_PREPS
             for t in _pobjs(c) if _actorish(t, mentions) or t.ent_type_ in ("GPE", "LOC")]
    if bound and not any(d.ent_type_ in _ACTOR_ENTS for d in direct):
        direct = []
    if verb.lemma_ in EXPRESS_VERBS and not actorish(direct):  # "expressed concern about X"
        about = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in EXPRESS_PREPS for t in _pobjs(c)]
        about += [t for d in direct for c in d.children if c.dep_ == "prep" and c.lower_ in EXPRESS_PREPS
                  for t in _pobjs(c)]
        direct = about or direct
    # "declared a state of emergency in Colombia": the place is what the measure falls on
    scene = [t for t in located if direct and not actorish(direct)]
    targets = (actorish(direct) and direct) or inner or bound or actorish(via_prep) \
        or actorish(participle) or scene or direct or via_prep
    if not targets:  # "agreed to lift sanctions on X", "failed to renew the embargo on X"
        targets = [t for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                   for t in _verbal(c, event_type, mentions)[1]]
    targets = passive + [t for t in targets if t not in passive]
    # relative pronouns stand for the noun the clause modifies
    if verb.dep_ == "relcl":
        sources = [verb.head if s.lower_ in RELATIVE else s for s in sources]
        targets = [verb.head if t.lower_ in RELATIVE else t for t in targets]
    if verb.dep_ == "acl":  # "missiles fired by Israel", "troops attacking the city"
        (targets if verb.tag_ == "VBN" else sources).insert(0, verb.head)
    if not sources:
        sources, controller = _inherited_subject(verb)
    elif verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in OBJECT_CONTROL:
        controller = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if not targets and (event_type in VERBAL_TYPES or event_type is None or verb.lemma_ in SPEECH_VERBS):
        targets = _clausal_target(verb, sources)
    if not targets and event_type in (None, "ASSAULT", "COERCE", "AID", "SANCTION", "AGREE", "MOBILIZE"):
        targets = located
    return sources, targets, controller


#: Prepositions of the one a thing goes to or comes from ("sent troops to", "withdrew from").
TOWARD_PREPS = frozenset(("to", "against", "on", "upon", "into", "onto", "from", "toward",
                          "towards", "at"))
#: Verbs whose object is what is said or felt, not who it is about ("expressed optimism at X").
EXPRESS_VERBS = frozenset(("express", "voice", "convey", "extend", "reiterate", "register", "lodge"))
EXPRESS_PREPS = frozenset(("to", "for", "about", "at", "over", "with", "on", "against", "toward",
                           "towards", "regarding", "concerning"))
#: Prepositions inside an object noun that lead to who or where it hits ("ban on", "aid to").
INNER_PREPS = RECIPIENT_PREPS | frozenset(("of", "in"))


def _inner(noun: Token, mentions: Mentions, depth: int = 2) -> list[Token]:
    """Participants or places inside a non-participant noun phrase: "its blockade of Yemen",
    "sanctions imposed on Eritrea", "a ceasefire in Idlib"."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in INNER_PREPS:
            objs = _pobjs(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            objs = [p for c in child.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                    for p in _pobjs(c)]
        else:
            continue
        for obj in objs:
            if child.lower_ == "in" and not _placeish(obj):
                continue
            if child.lower_ == "in" and obj.ent_type_ not in ("GPE", "LOC"):
                found.append(obj)  # "a curfew in parts of the province", "in the town"
                continue
            if _actorish(obj, mentions) or obj.ent_type_ in ("GPE", "LOC"):
                found.append(obj)
            elif depth > 1:
                found.extend(_inner(obj, mentions, depth - 1))
    return found[:2]


def _placeish(tok: Token) -> bool:
    """A place phrase: a named place, or "the town", "parts of X", "all Libyan territories"."""
    return tok.ent_type_ in ("GPE", "LOC") or tok.lemma_.lower() in PLACE_NOUNS | {"part", "territory"}


def _inherited_subject(verb: Token) -> tuple[list[Token], Optional[Token]]:
    """The subject of a verb that has none of its own: control, coordination, participles."""
    seen = 0
    cur = verb
    while seen < 6 and cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "dep") and cur.head != cur:
        seen += 1
        head = cur.head
        if cur.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ in OBJECTS]
            if objs and head.lemma_ in OBJECT_CONTROL:  # "ordered troops to withdraw"
                subj = [c for c in head.children if c.dep_ in SUBJECTS]
                extra = subj if head.lemma_ in COMMAND_VERBS else []
                return objs + extra, (subj[0] if subj else None)
        if cur.dep_ == "pcomp":
            head = head.head
        subj = [c for c in head.children if c.dep_ in SUBJECTS + ("nsubjpass",)]
        if subj and not (cur.dep_ == "ccomp" and head.lemma_ not in ("agree", "decide", "vow", "pledge")):
            if subj[0].dep_ == "nsubjpass":
                agents = [p for c in head.children if c.dep_ == "agent" for p in _pobjs(c)]
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
            objs = _pobjs(child)
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
    if not sources:
        head = noun.head
        if noun.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            sources = [c for c in head.children if c.dep_ in SUBJECTS] or _inherited_subject(head)[0]
            if not targets:
                targets = [p for c in head.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                           for p in _pobjs(c)]
        elif noun.dep_ == "pobj":  # "staged a sit-in in protest", "carried out acts of protest"
            cur, steps = head, 0
            while cur.pos_ not in ("VERB", "AUX") and cur.dep_ in ("prep", "pobj", "dobj") and steps < 4:
                cur, steps = cur.head, steps + 1
            if cur.pos_ in ("VERB", "AUX"):
                sources = [c for c in cur.children if c.dep_ in SUBJECTS]
        elif noun.dep_ in ("nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
            # "X was attacked by Y", "a protest took place by pushcart owners"
            sources = [p for c in head.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                       for p in _pobjs(c)]
    if not targets and (event_type in VERBAL_TYPES or event_type is None):
        targets = _clausal_target(noun, sources)
    return sources, targets, None


def mentions_agent(noun: Token) -> bool:
    """Whether an event noun names people who do it ("protesters", "demonstrators", "strikers")."""
    lemma = noun.lemma_.lower()
    return lemma in HUMAN_NOUNS or bool(load_kb().sector([lemma]))


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "VERB"]


def _expand(heads: list[Token]) -> list[Token]:
    """Every conjunct of every head ("Ukraine and the West"), in text order, once."""
    out: list[Token] = []
    for head in heads:
        reciprocal = head.dep_ in ("pobj", "conj") and any(
            a.lower_ in RECIPROCAL_PREPS for a in (head.head, head.head.head))
        for tok in ((head,) if reciprocal else (head, *head.conjuncts)):
            if tok.ent_type_ in _NOT_ARGS and not any(  # "dozens of IS members" stays
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue
            if tok in out or tok.pos_ in ("AUX", "PART", "SCONJ", "PUNCT", "DET", "ADP", "CCONJ", "SPACE"):
                continue
            if tok.pos_ in ("ADJ", "ADV", "VERB") and tok.ent_type_ not in ("NORP", "GPE") \
                    and tok.dep_ not in OBJECTS + SUBJECTS + ("pobj", "nsubjpass", "conj"):
                continue
            out.append(tok)
    return sorted(out, key=lambda t: t.i)


#: Heads of "N of X" phrases that are as much participants as X ("dozens of fighters").
QUANTITY_NOUNS = frozenset(("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                            "million", "millions", "number", "score", "scores", "handful", "group",
                            "member", "some", "many", "most", "all", "several", "few", "both"))


def _actorish(tok: Token, mentions: Mentions) -> bool:
    """Whether a phrase can be a participant (a person, group, state or organisation)."""
    if tok.ent_type_ in _ACTOR_ENTS or tok.lower_ in PERSON_PRON | PLURAL_PRON | {"it", "them", "us", "me", "you"}:
        return True
    if tok.lemma_.lower() in HUMAN_NOUNS or any(
            c.ent_type_ in _ACTOR_ENTS for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")):
        return True
    info = mentions.code(tok)
    if info.sector or info.person or info.kb_id or (info.country and any(  # not "its blockade"
            c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON" for c in tok.children)):
        return True
    # "dozens of IS members", "partners like Saudi Arabia", "thousands including children"
    quantity = tok.ent_type_ in _NOT_ARGS or tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_NOUNS
    return any(
        c.dep_ == "prep" and (c.lower_ in ("like", "including") or c.lower_ == "of" and quantity) and
        o.i > tok.i and
        (o.ent_type_ in _ACTOR_ENTS or o.lemma_.lower() in HUMAN_NOUNS or mentions.code(o).sector)
        for c in tok.children for o in _pobjs(c))


# -- from heads to Actor records ----------------------------------------------------------------
def _to_actors(article: Article, mentions: Mentions, heads: list[Token], inherited: Optional[Info],
               context: Optional[Context] = None) -> list[Actor]:
    out: list[Actor] = []
    seen: set[tuple[int, int, Optional[str]]] = set()
    for head in heads:
        start, end = _phrase(head)
        for info in _codings(mentions, head):
            if inherited is not None and not info.country and not info.person:
                info = Info(info.name, inherited.country, info.sector, info.title, info.kb_id, info.person)
            if context is not None and _groupish(head, info):
                info = replace(info, country=context.country(head))
            key = (start, end, info.country)
            if key in seen or end <= start:
                continue
            seen.add(key)
            out.append(Actor(**vars(article.span(start, end)), name=info.name, country=info.country,
                             sector=info.sector, title=info.title, kb_id=info.kb_id))
    return out[:MAX_ARGS]


def _codings(mentions: Mentions, head: Token) -> list[Info]:
    low = head.lower_
    if head.pos_ == "PRON" or low in PERSON_PRON | THING_PRON | PLURAL_PRON:
        return mentions.resolve(head) or [Info()]
    info = mentions.code(head)
    if not info.name and not info.kb_id:
        found = mentions.describe(head)
        if found:
            return [Info(f.name, f.country, f.sector or info.sector, f.title or info.title, f.kb_id, f.person)
                    for f in found]
    return [info]


def _in_phrase(head: Token, child: Token) -> bool:
    """Dependents kept in an actor's span: "of"/"in" phrases, participles, appended names."""
    if child.i < head.i:
        return False
    if child.dep_ == "prep":
        return child.lower_ in ("of", "in", "to", "from", "at", "near", "like", "including") and not any(
            t.ent_type_ in _NOT_ARGS for t in _pobjs(child))
    if child.dep_ == "acl":
        return child.tag_ == "VBN"
    if child.dep_ == "appos":  # "Prime Minister, Prince Khalifa", not "Patrushev, a close ally"
        return child.pos_ == "PROPN" and head.pos_ != "PROPN" or child.i == head.i + 1 and child.ent_type_ == "PERSON"
    return False


def _phrase(head: Token) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``head``, without clauses or appositions."""
    lo = hi = head.i
    for child in head.children:
        if child.dep_ in _SPAN_DROP and not _in_phrase(head, child):
            continue
        sub = list(child.subtree)
        if child.i < head.i:
            lo = min(lo, sub[0].i)
        else:
            hi = max(hi, sub[-1].i)
    doc, sent = head.doc, head.sent
    lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
    for i in range(head.i - 1, lo - 1, -1):  # never across a line break
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            lo = i + 1
            break
    for i in range(head.i, hi + 1):
        if "\n" in doc[i].whitespace_ or (i > head.i and "\n" in doc[i].text):
            hi = i if "\n" not in doc[i].text else i - 1
            break
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ in ("cc", "preconj")):
        lo += 1
    while hi > head.i and (doc[hi].is_space or doc[hi].dep_ == "case" or doc[hi].is_punct and not (
            doc[hi].text == ")" and any(doc[j].text == "(" for j in range(lo, hi)))):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
